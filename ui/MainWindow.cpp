#include "MainWindow.h"

#include "ActionController.h"
#include "ConnectDialog.h"
#include "DashboardPage.h"
#include "DocumentsPage.h"
#include "Icons.h"
#include "ItemEditorDialog.h"
#include "ItemListPage.h"
#include "ItemTableModel.h"
#include "ListArea.h"
#include "NewDatabaseDialog.h"
#include "OffersDialog.h"
#include "PlaceholderPage.h"
#include "ProgrammeDialog.h"
#include "ProposalInbox.h"
#include "RoleDialog.h"
#include "RulesPage.h"
#include "Settings.h"
#include "SettingsPage.h"
#include "StudentsPage.h"
#include "TimelinePage.h"
#include "Workspace.h"
#include "domain/ProfileLabels.h"
#include "storage/Database.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace interntrack {

namespace {
constexpr int kMaxRecentDatabases = 8;
constexpr int kStatusMessageMs = 5000;

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}
} // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_workspace(new Workspace(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::app());
    applyActor();
    m_actions = new ActionController(*m_workspace, this, this);
    m_inbox = new ProposalInbox(*m_workspace, this);
    setAcceptDrops(true); // students' proposal files
    connect(m_actions, &ActionController::refused, this,
            [this](const QString& why) { statusBar()->showMessage(why, 2 * kStatusMessageMs); });
    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();

    connect(m_workspace, &Workspace::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
    connect(m_workspace, &Workspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::databaseChanged, this, [this] {
        // On a server the server's login and role work; back on a file (or none), the user's chosen ones.
        if (m_workspace->isServer())
            m_serverActor = true;
        else if (m_serverActor) {
            m_serverActor = false;
            applyActor();
        }
        updateTitle();
        updateYears();
        updateEnabled();
    });
    connect(m_workspace, &Workspace::yearLoaded, this, [this] {
        updateYears();
        updateEnabled();
        updateLabels();
    });
    connect(m_workspace, &Workspace::rulesChanged, this, &MainWindow::updateLabels);
    connect(m_workspace, &Workspace::loadingChanged, this, [this](bool loading) {
        m_loadingBar->setVisible(loading);
        if (loading)
            statusBar()->showMessage(tr("Loading the academic year…"));
        updateEnabled();
    });
    connect(m_workspace, &Workspace::actorChanged, this, &MainWindow::updateEnabled);

    retranslate();
    updateRecentMenu();
    updateEnabled();

    if (!restoreGeometry(m_settings.value(Settings::MainWindowGeometry)))
        resize(1280, 800);
    restoreState(m_settings.value(Settings::MainWindowState));
    const int page = m_settings.value(Settings::NavigationPage);
    m_navigation->setCurrentRow(page >= 0 && page < PageCount ? page : 0);
}

MainWindow::~MainWindow()
{
    // A year still loading ends now, while the pages it updates exist; then the workspace, destroyed with the
    // other children, tells no one.
    m_workspace->waitForLoaded();
    m_workspace->blockSignals(true);
}

void MainWindow::applyActor()
{
    if (m_workspace->isServer())
        return; // the server says who works (Workspace::openServer())
    Actor actor;
    actor.name = m_settings.value(Settings::UserName);
    if (actor.name.isEmpty())
        actor.name = loginName();
    actor.role = roleFromCode(m_settings.value(Settings::Role)).value_or(Role::Advisor);
    if (actor.role == Role::Student)
        actor.role = Role::Advisor; // a file database is the advisor's or the secretariat's
    m_workspace->setActor(actor);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_connectAction = new QAction(this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(m_connectAction, &QAction::triggered, this, [this] { chooseServer(); });

    m_closeAction = new QAction(this);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDatabase);

    m_addProgrammeAction = new QAction(this);
    m_addProgrammeAction->setObjectName(QStringLiteral("addProgrammeAction"));
    connect(m_addProgrammeAction, &QAction::triggered, this, &MainWindow::addProgramme);

    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupDatabase);
    m_importProposalsAction = new QAction(this);
    m_importProposalsAction->setObjectName(QStringLiteral("importProposalsAction"));
    connect(m_importProposalsAction, &QAction::triggered, m_inbox, &ProposalInbox::chooseAndImport);
    m_saveReplyAction = new QAction(this);
    m_saveReplyAction->setObjectName(QStringLiteral("saveReplyAction"));
    connect(m_saveReplyAction, &QAction::triggered, this, [this] { m_inbox->saveReply(m_actions->currentId()); });
    m_emailReplyAction = new QAction(this);
    m_emailReplyAction->setObjectName(QStringLiteral("emailReplyAction"));
    connect(m_emailReplyAction, &QAction::triggered, this, [this] { m_inbox->emailReply(m_actions->currentId()); });
    connect(m_actions, &ActionController::changed, this, &MainWindow::updateEnabled);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_settings.setValue(Settings::RecentDatabases, QStringList());
        updateRecentMenu();
    });

    QUndoStack* undo = m_workspace->undoStack();
    m_undoAction = undo->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_redoAction = undo->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        // The current page's search box, if it has one.
        if (auto* search = m_pages->currentWidget()->findChild<QLineEdit*>(QStringLiteral("searchEdit"))) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });

    m_offersAction = new QAction(this);
    m_offersAction->setObjectName(QStringLiteral("offersAction"));
    connect(m_offersAction, &QAction::triggered, this, [this] {
        OffersDialog dialog(*m_workspace, this);
        dialog.exec();
    });

    m_languageGroup = new QActionGroup(this);
    const auto addLanguage = [this](const char* name, const QString& code) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
        return action;
    };
    m_languageSystem = addLanguage("languageSystemAction", QString());
    m_languageEnglish = addLanguage("languageEnglishAction", QStringLiteral("en"));
    m_languageFrench = addLanguage("languageFrenchAction", QStringLiteral("fr"));
    const QString language = m_settings.value(Settings::Language);
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);

    m_roleGroup = new QActionGroup(this);
    m_roleAdvisor = new QAction(this);
    m_roleAdvisor->setObjectName(QStringLiteral("roleAdvisorAction"));
    m_roleSecretariat = new QAction(this);
    m_roleSecretariat->setObjectName(QStringLiteral("roleSecretariatAction"));
    for (QAction* a : {m_roleAdvisor, m_roleSecretariat}) {
        a->setCheckable(true);
        m_roleGroup->addAction(a);
    }
    connect(m_roleAdvisor, &QAction::triggered, this, [this] { setRole(Role::Advisor); });
    connect(m_roleSecretariat, &QAction::triggered, this, [this] { setRole(Role::Secretariat); });
    m_roleChange = new QAction(this);
    m_roleChange->setObjectName(QStringLiteral("roleChangeAction"));
    connect(m_roleChange, &QAction::triggered, this, &MainWindow::chooseRole);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_connectAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_addProgrammeAction);
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importProposalsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_offersAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->setObjectName(QStringLiteral("actionsMenu"));
    m_actions->addToMenu(m_actionsMenu);
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_saveReplyAction);
    m_actionsMenu->addAction(m_emailReplyAction);

    m_roleMenu = menuBar()->addMenu(QString());
    m_roleMenu->setObjectName(QStringLiteral("roleMenu"));
    m_roleMenu->addAction(m_roleAdvisor);
    m_roleMenu->addAction(m_roleSecretariat);
    m_roleMenu->addSeparator();
    m_roleMenu->addAction(m_roleChange);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    // Icons only: the actions' names and why they are disabled are in their tooltips and the Actions menu.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // A database that serves several programmes shows which one, and offers the others.
    m_programmeLabel = new QLabel(m_toolBar);
    m_programmeLabel->setContentsMargins(6, 0, 4, 0);
    m_programmeCombo = new QComboBox(m_toolBar);
    m_programmeCombo->setObjectName(QStringLiteral("programmeCombo"));
    m_programmeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_programmeLabel->setBuddy(m_programmeCombo);
    m_programmeLabelAction = m_toolBar->addWidget(m_programmeLabel);
    m_programmeComboAction = m_toolBar->addWidget(m_programmeCombo);
    m_programmeLabelAction->setVisible(false); // until a database of several programmes is open
    m_programmeComboAction->setVisible(false);
    connect(m_programmeCombo, &QComboBox::activated, this, [this](int index) {
        if (Status s = m_workspace->setProgramme(m_programmeCombo->itemData(index).toString()); !s)
            showError(s.error());
        rememberProgramme();
    });
    m_yearLabel = new QLabel(m_toolBar);
    m_yearLabel->setContentsMargins(6, 0, 4, 0);
    m_yearCombo = new QComboBox(m_toolBar);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearCombo->setMinimumContentsLength(9); // "2025-2026"
    m_yearLabel->setBuddy(m_yearCombo);
    m_toolBar->addWidget(m_yearLabel);
    m_toolBar->addWidget(m_yearCombo);
    connect(m_yearCombo, &QComboBox::activated, this,
            [this](int index) { m_workspace->setYear(AcademicYear{m_yearCombo->itemData(index).toInt()}); });
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_actions->addToToolBar(m_toolBar);
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(200);
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    for (int i = 0; i < PageCount; ++i) {
        auto* item = new QListWidgetItem(m_navigation);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() * 2)); // roomier than a plain list
        QWidget* page = nullptr;
        switch (static_cast<Page>(i)) {
        case Page::Students:
            m_studentsPage = new StudentsPage(*m_workspace, m_pages);
            page = m_studentsPage;
            break;
        case Page::Ters:
        case Page::Internships:
        case Page::Alternatives: {
            const ListArea::Area area = static_cast<Page>(i) == Page::Ters          ? ListArea::Area::Ters
                                        : static_cast<Page>(i) == Page::Internships ? ListArea::Area::Internships
                                                                                    : ListArea::Area::Alternatives;
            auto* lists = new ListArea(*m_workspace, area, m_pages);
            connect(lists, &ListArea::currentItemChanged, m_actions, &ActionController::setCurrentItem);
            // Its lists are made when the page is first shown (a 300,000-row year opens quicker).
            for (ItemListPage* list : lists->findChildren<ItemListPage*>())
                list->model()->setActive(false);
            page = lists;
            break;
        }
        case Page::Timeline: {
            // The year at a glance: the dashboard and the timeline in tabs.
            m_overviewTabs = new QTabWidget(m_pages);
            m_overviewTabs->setObjectName(QStringLiteral("overviewTabs"));
            m_dashboard = new DashboardPage(*m_workspace, m_overviewTabs);
            connect(m_dashboard, &DashboardPage::showStudents, this, &MainWindow::showDashboardStudents);
            m_overviewTabs->addTab(m_dashboard, QString());
            auto* timeline = new TimelinePage(*m_workspace, m_overviewTabs);
            connect(timeline, &TimelinePage::currentItemChanged, m_actions, &ActionController::setCurrentItem);
            // An item chosen on another page is the one the timeline shows selected (scrolled into view when
            // the choice changes, not on every refresh).
            connect(m_actions, &ActionController::changed, timeline, [this, timeline] {
                const QString id = m_actions->currentId();
                if (id.isEmpty() || id == m_timelineItem)
                    return;
                m_timelineItem = id;
                timeline->view()->selectItem(m_actions->currentKind(), id);
            });
            m_overviewTabs->addTab(timeline, QString());
            page = m_overviewTabs;
            break;
        }
        case Page::Documents: {
            auto* documents = new DocumentsPage(*m_workspace, m_pages);
            documents->setSelectedStudentProvider([this] { return m_studentsPage->currentStudentId(); });
            page = documents;
            break;
        }
        case Page::Settings: {
            m_settingsTabs = new QTabWidget(m_pages);
            m_settingsTabs->setObjectName(QStringLiteral("settingsTabs"));
            m_rulesPage = new RulesPage(*m_workspace, m_settingsTabs);
            m_settingsPage = new SettingsPage(m_settings, m_settingsTabs);
            connect(m_settingsPage, &SettingsPage::languageChosen, this, &MainWindow::chooseLanguage);
            m_settingsTabs->addTab(m_rulesPage, QString());
            m_settingsTabs->addTab(m_settingsPage, QString());
            page = m_settingsTabs;
            break;
        }
        default:
            break;
        }
        if (page) {
            m_placeholders.append(nullptr);
        } else {
            auto* placeholder = new PlaceholderPage(m_pages);
            m_placeholders.append(placeholder);
            page = placeholder;
        }
        m_pages->addWidget(page);
    }
    m_studentsPage->splitter()->restoreState(m_settings.value(Settings::StudentsSplitter));
    connect(m_studentsPage, &StudentsPage::currentItemChanged, m_actions, &ActionController::setCurrentItem);
    connect(m_studentsPage, &StudentsPage::editRequested, this,
            [this](ItemKind kind, const QString& id, const QString& field) {
                ItemEditorDialog::editItem(*m_workspace, kind, id, this, field);
            });
    connect(m_studentsPage, &StudentsPage::studentActivated, this,
            [this](const QString& id) { ItemEditorDialog::editItem(*m_workspace, ItemKind::Student, id, this); });
    connect(m_studentsPage, &StudentsPage::overrideRequested, m_actions,
            [this](ItemKind kind, const QString& id, const QString& rule) { m_actions->overrideRule(kind, id, rule); });
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        for (ItemListPage* list : m_pages->widget(index)->findChildren<ItemListPage*>())
            list->model()->setActive(true);
    });

    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setObjectName(QStringLiteral("loadingBar"));
    m_loadingBar->setRange(0, 0); // busy: loading a year reports no steps
    m_loadingBar->setMaximumWidth(120);
    m_loadingBar->setVisible(false);
    statusBar()->addPermanentWidget(m_loadingBar);

    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_roleLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_roleLabel);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Database…"));
    m_newAction->setStatusTip(tr("Create the database of a programme for an academic year"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Choose the database file of a programme"));
    m_connectAction->setText(tr("Connect to &Server…"));
    m_connectAction->setStatusTip(tr("Work on your programme's shared PostgreSQL database with your own login"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear the List"));
    m_closeAction->setText(tr("&Close Database"));
    m_backupAction->setText(tr("&Back Up…"));
    m_backupAction->setStatusTip(tr("Write a consistent copy of the open database to another file"));
    m_importProposalsAction->setText(tr("&Import Proposals…"));
    m_importProposalsAction->setStatusTip(
        tr("Import the proposal files students send (.%1); you can also drop them on the window")
            .arg(QLatin1String(kProposalSuffix)));
    m_saveReplyAction->setText(tr("Save &Reply to the Student…"));
    m_saveReplyAction->setStatusTip(tr("Write the decision on this proposal as a file for the student's InternTrack"));
    m_emailReplyAction->setText(tr("&Email the Decision…"));
    m_emailReplyAction->setStatusTip(tr("Open an email to the student with the decision and your comment"));
    m_quitAction->setText(tr("&Quit"));

    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Search the current list"));
    m_offersAction->setText(tr("&Offers…"));
    m_offersAction->setStatusTip(
        tr("The internship offers partner labs and companies sent: record them, export them for the students"));

    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_languageSystem->setText(tr("&System Language"));
    m_languageEnglish->setText(QStringLiteral("&English")); // each language in its own name
    m_languageFrench->setText(QStringLiteral("&Français"));

    m_actionsMenu->setTitle(tr("&Actions"));
    m_roleMenu->setTitle(tr("&Role"));
    m_roleAdvisor->setText(tr("&Academic Advisor"));
    m_roleAdvisor->setStatusTip(tr("Approve, request changes, reject, override rules, record grades, validate"));
    m_roleSecretariat->setText(tr("&Secretariat"));
    m_roleSecretariat->setStatusTip(tr("Record signatures, reports and proofs; export documents"));
    m_roleChange->setText(tr("&Who Am I…"));

    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About InternTrack"));

    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_yearLabel->setText(tr("Academic &year:"));
    m_programmeLabel->setText(tr("P&rogramme:"));
    m_programmeCombo->setAccessibleName(tr("Programme"));
    m_addProgrammeAction->setText(tr("Add &Programme…"));
    m_addProgrammeAction->setStatusTip(
        tr("Serve another programme from this database: its own years, rules and students"));
    m_yearCombo->setAccessibleName(tr("Academic year"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_settingsTabs->setTabText(0, tr("Rules of the Year"));
    m_settingsTabs->setTabText(1, tr("Application"));
    m_loadingBar->setAccessibleName(tr("Loading"));
    m_overviewTabs->setTabText(0, tr("Dashboard"));
    m_overviewTabs->setTabText(1, tr("Timeline"));
    updateLabels();
    updateTitle();
    updateEnabled();
    statusBar()->showMessage(tr("Ready"), kStatusMessageMs);
}

void MainWindow::updateLabels()
{
    using Activity = ProfileLabels::Activity;
    const RuleSet& rules = m_workspace->rules();
    struct Entry
    {
        QString name;
        QString description;
    };
    // The programme's own names, where its profile has them (data, not translated).
    const bool terLabel = ProfileLabels::hasLabel(rules, Activity::Ter);
    const bool internshipLabel = ProfileLabels::hasLabel(rules, Activity::Internship);
    const QString ters = ProfileLabels::plural(rules, Activity::Ter, tr("TERs"));
    const QString internships = ProfileLabels::plural(rules, Activity::Internship, tr("Internships"));
    const Entry entries[PageCount] = {
        {tr("Students"), tr("The students of the year and where each stands on the year's requirements.")},
        {ters, terLabel ? tr("%1: subjects, supervisors, capacity and the students of each group.").arg(ters)
                        : tr("Research projects (TER): subjects, labs, capacity and the students of each group.")},
        {internships,
         internshipLabel
             ? tr("%1: host, supervisor, schedule and absences, with what the rules find in each.").arg(internships)
             : tr("Internships: host, tutor, schedule, absences, signatures and gratification, with what the rules "
                  "find in each.")},
        {tr("Alternatives"), tr("The alternatives to an internship: summer schools and seminars.")},
        {tr("Overview"), tr("Where the year stands: who is placed, the findings by rule, the internships starting "
                            "each week, the deliverables owed and the gratifications.")},
        {tr("Documents"),
         agreementsApply(rules)
             ? tr("Internship agreements (convention de stage), completion certificates and lists, as PDF, ODT or "
                  "CSV.")
             : tr("Completion certificates and lists, as PDF, ODT or CSV.")},
        {tr("Settings"), QString()},
    };
    // An area the programme has nothing for (no TERs at Montréal, no alternatives at Imperial) is hidden, unless the
    // year has items there all the same.
    const Cohort& cohort = m_workspace->cohort();
    const bool hasTers = ProfileLabels::offers(rules, Activity::Ter) || !cohort.ters.isEmpty();
    const bool hasAlternatives = ProfileLabels::offers(rules, Activity::SummerSchool)
                                 || ProfileLabels::offers(rules, Activity::Seminars) || !cohort.summerSchools.isEmpty()
                                 || !cohort.seminars.isEmpty();
    for (int i = 0; i < PageCount; ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        item->setText(entries[i].name);
        item->setToolTip(entries[i].name); // a programme's long name is elided in the narrow list
        const auto page = static_cast<Page>(i);
        item->setHidden((page == Page::Ters && !hasTers) || (page == Page::Alternatives && !hasAlternatives));
        if (m_placeholders.at(i))
            m_placeholders.at(i)->setTexts(entries[i].name, entries[i].description);
        else if (auto* documents = qobject_cast<DocumentsPage*>(m_pages->widget(i)))
            documents->setTexts(entries[i].name, entries[i].description);
    }
    if (m_navigation->currentItem() && m_navigation->currentItem()->isHidden())
        m_navigation->setCurrentRow(int(Page::Students));
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace->path();
    if (path.isEmpty()) {
        setWindowTitle(tr("InternTrack"));
        m_databaseLabel->setText(tr("No database open"));
        m_databaseLabel->setToolTip(QString());
    } else if (m_workspace->isServer()) {
        // login@host/database: the path of a server database holds no password.
        const QString name = ConnectDialog::shortName(path);
        const QString readOnly = m_workspace->isReadOnly() ? tr(" (read-only)") : QString();
        setWindowTitle(tr("%1%2 — InternTrack").arg(name, readOnly));
        m_databaseLabel->setText(tr("Server: %1%2").arg(name, readOnly));
        m_databaseLabel->setToolTip(path);
    } else {
        const QString fileName = QFileInfo(path).fileName();
        const QString readOnly = m_workspace->isReadOnly() ? tr(" (read-only)") : QString();
        setWindowTitle(tr("%1%2 — InternTrack").arg(fileName, readOnly));
        m_databaseLabel->setText(tr("Database: %1%2").arg(fileName, readOnly));
        m_databaseLabel->setToolTip(QDir::toNativeSeparators(path));
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.value(Settings::RecentDatabases);
    int n = 0;
    for (const QString& path : recent) {
        ++n;
        // &1 … &8 give each entry a keyboard accelerator.
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!recent.isEmpty());
}

void MainWindow::addProgramme()
{
    QStringList taken;
    for (const ProgrammeInfo& p : m_workspace->programmes())
        taken.append(p.key);
    ProgrammeDialog dialog(taken, m_workspace->today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_workspace->addProgramme(dialog.key(), dialog.profileId(), dialog.year()); !s)
        showError(s.error());
    rememberProgramme();
}

void MainWindow::rememberProgramme()
{
    if (m_workspace->isServer() || m_workspace->path().isEmpty())
        return;
    const QString path = m_workspace->path();
    QStringList entries = m_settings.value(Settings::LastProgrammes);
    entries.removeIf([&](const QString& entry) { return entry.section(QLatin1Char('\t'), 1) == path; });
    entries.prepend(m_workspace->programme() + QLatin1Char('\t') + path);
    constexpr qsizetype kRemembered = 20;
    entries = entries.mid(0, kRemembered);
    m_settings.setValue(Settings::LastProgrammes, entries);
}

void MainWindow::updateYears()
{
    const QList<ProgrammeInfo> programmes = m_workspace->programmes();
    m_programmeCombo->clear();
    for (const ProgrammeInfo& p : programmes)
        m_programmeCombo->addItem(p.displayName(), p.key);
    m_programmeCombo->setCurrentIndex(m_programmeCombo->findData(m_workspace->programme()));
    m_programmeLabelAction->setVisible(programmes.size() > 1);
    m_programmeComboAction->setVisible(programmes.size() > 1);
    m_yearCombo->clear();
    for (const AcademicYear& y : m_workspace->years())
        m_yearCombo->addItem(y.toString(), y.startYear);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_workspace->year().startYear));
}

void MainWindow::updateEnabled()
{
    const bool open = m_workspace->isOpen();
    m_closeAction->setEnabled(open);
    // The server's administrator backs up a server database (pg_dump).
    m_backupAction->setEnabled(open && !m_workspace->isServer());
    const Role actorRole = m_workspace->actor().role;
    m_importProposalsAction->setEnabled(open && actorRole != Role::Student);
    m_offersAction->setEnabled(open && actorRole != Role::Student);
    // A reply exists once the advisor has decided: the current item is a proposal past "submitted".
    bool decided = false;
    if (open && actorRole == Role::Advisor && !m_actions->currentId().isEmpty()) {
        const ItemKind kind = m_actions->currentKind();
        if (kind == ItemKind::Internship || kind == ItemKind::Ter || kind == ItemKind::SummerSchool) {
            if (const std::optional<Item> item = m_workspace->item(kind, m_actions->currentId())) {
                std::optional<WorkflowState> state;
                if (const auto* in = std::get_if<Internship>(&*item))
                    state = in->state;
                else if (const auto* ter = std::get_if<Ter>(&*item))
                    state = ter->state;
                else if (const auto* school = std::get_if<SummerSchool>(&*item))
                    state = school->state;
                decided = state && *state != WorkflowState::Draft && *state != WorkflowState::Submitted;
            }
        }
    }
    m_saveReplyAction->setEnabled(decided);
    m_emailReplyAction->setEnabled(decided);
    m_yearCombo->setEnabled(open && !m_workspace->isLoading() && m_yearCombo->count() > 1);
    m_programmeCombo->setEnabled(open && !m_workspace->isLoading());
    // A programme is the advisor's to add; on a server, the administrator's rights decide (the server refuses).
    m_addProgrammeAction->setEnabled(open && !m_workspace->isReadOnly() && actorRole == Role::Advisor);
    const Role role = m_workspace->actor().role;
    m_roleAdvisor->setChecked(role == Role::Advisor);
    m_roleSecretariat->setChecked(role == Role::Secretariat);
    m_roleLabel->setText(tr("%1: %2").arg(roleName(role), m_workspace->actor().name));
    // On a server, the role is the one the server gives the login: no one picks another.
    const bool server = m_workspace->isServer();
    for (QAction* a : {m_roleAdvisor, m_roleSecretariat, m_roleChange})
        a->setEnabled(!server);
    m_roleLabel->setToolTip(server ? tr("Your role decides what you may do; on a server, the server gives it to "
                                        "your login.")
                                   : tr("Your role decides what you may do: Role menu to change it."));
}

void MainWindow::showDashboardStudents(const StudentsFilter& filter)
{
    const YearSummary& summary = m_dashboard->summary();
    QString key;
    QString caption;
    switch (filter.kind) {
    case StudentsFilter::Kind::NotPlaced:
        key = YearSummary::notPlacedKey();
        caption = tr("Dashboard: not yet placed");
        break;
    case StudentsFilter::Kind::State: {
        key = YearSummary::stateKey(filter.value);
        const std::optional<WorkflowState> state = workflowStateFromCode(filter.value);
        caption = tr("Dashboard: %1").arg(state ? Workflow::stateName(*state) : tr("no internship"));
        break;
    }
    case StudentsFilter::Kind::Rule:
        key = YearSummary::ruleKey(filter.value);
        caption = tr("Dashboard: rule %1").arg(filter.value);
        break;
    case StudentsFilter::Kind::Deliverable:
        key = YearSummary::deliverableKey(filter.value);
        caption = tr("Dashboard: owe %1")
                      .arg(filter.value == QLatin1String("proof")           ? tr("a proof of completion")
                           : filter.value == QLatin1String("report")        ? tr("an internship report")
                           : filter.value == QLatin1String("school_report") ? tr("a summer school report")
                                                                            : tr("a seminar paragraph"));
        break;
    case StudentsFilter::Kind::StartWeek:
        key = YearSummary::startWeekKey(filter.week);
        caption = tr("Dashboard: starting in week %1 of %2").arg(filter.week % 100).arg(filter.week / 100);
        break;
    }
    const QStringList ids = summary.studentsByFigure.value(key);
    m_studentsPage->showStudents(ids, tr("%1 (%n)", nullptr, int(ids.size())).arg(caption));
    setCurrentPage(Page::Students);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_workspace->isOpen() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile() || !ProposalInbox::isProposalFile(url.toLocalFile()))
            return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && ProposalInbox::isProposalFile(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importProposals(paths);
}

bool MainWindow::importProposals(const QStringList& paths)
{
    return m_workspace->isOpen() && m_inbox->importFiles(paths);
}

bool MainWindow::openDatabase(const QString& path, bool quiet)
{
    if (Database::isServerUrl(path)) {
        // A server address (the command line): its password is asked, unless libpq has it.
        if (quiet)
            return connectToServer(path, QString(), true);
        chooseServer(path);
        return m_workspace->isServer() && m_workspace->path() == Database::displayName(path);
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        const QString text = tr("Cannot open %1: there is no such file.").arg(QDir::toNativeSeparators(path));
        statusBar()->showMessage(text, 2 * kStatusMessageMs);
        if (!quiet)
            QMessageBox::warning(this, tr("Open Database"), text);
        return false;
    }
    QString programme; // the one shown last time in this file, if it holds several
    for (const QString& entry : m_settings.value(Settings::LastProgrammes)) {
        if (entry.section(QLatin1Char('\t'), 1) == info.absoluteFilePath()) {
            programme = entry.section(QLatin1Char('\t'), 0, 0);
            break;
        }
    }
    const Status opened = m_workspace->open(info.absoluteFilePath(), programme);
    if (!opened) {
        const QString text = tr("Cannot open %1: %2").arg(info.fileName(), opened.error());
        statusBar()->showMessage(text, 2 * kStatusMessageMs);
        if (!quiet)
            QMessageBox::warning(this, tr("Open Database"), text);
        return false;
    }
    if (!m_workspace->notice().isEmpty() && !quiet)
        QMessageBox::information(this, tr("Open Database"), m_workspace->notice());
    rememberDatabase(info.absoluteFilePath());
    emit databaseChosen(info.absoluteFilePath());
    return true;
}

bool MainWindow::createDatabase(const QString& path, int startYear, const QString& profileId)
{
    const Status created = m_workspace->create(QFileInfo(path).absoluteFilePath(), AcademicYear{startYear}, profileId);
    if (!created) {
        showError(tr("Cannot create %1: %2").arg(QFileInfo(path).fileName(), created.error()));
        return false;
    }
    rememberDatabase(QFileInfo(path).absoluteFilePath());
    emit databaseChosen(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::rememberDatabase(const QString& path)
{
    QStringList recent = m_settings.value(Settings::RecentDatabases);
    recent.removeAll(path);
    recent.prepend(path);
    m_settings.setValue(Settings::RecentDatabases, recent.mid(0, kMaxRecentDatabases));
    m_settings.setValue(Settings::LastDatabase, path);
    updateRecentMenu();
}

QString MainWindow::databasePath() const
{
    return m_workspace->path();
}

void MainWindow::chooseDatabase()
{
    const QString current = m_workspace->isServer() ? QString() : m_workspace->path();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("InternTrack databases (*.interntrack *.sqlite *.db)")
                                                          + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::chooseServer(const QString& url)
{
    ConnectDialog dialog(
        m_settings,
        [this](const QString& address, const QString& password) { return m_workspace->openServer(address, password); },
        this);
    if (!url.isEmpty())
        dialog.setServer(url);
    if (dialog.exec() == QDialog::Accepted)
        serverConnected();
}

bool MainWindow::connectToServer(const QString& url, const QString& password, bool quiet)
{
    const Status connected = m_workspace->openServer(url, password);
    if (!connected) {
        statusBar()->showMessage(connected.error(), 2 * kStatusMessageMs);
        if (!quiet)
            QMessageBox::warning(this, tr("Connect to a Server"), connected.error());
        return false;
    }
    ConnectDialog::rememberServer(m_settings, url);
    serverConnected();
    return true;
}

void MainWindow::serverConnected()
{
    if (!m_workspace->notice().isEmpty())
        QMessageBox::information(this, tr("Connect to a Server"), m_workspace->notice());
    const Actor& actor = m_workspace->actor();
    statusBar()->showMessage(tr("Connected to %1 as %2 (%3).")
                                 .arg(ConnectDialog::shortName(m_workspace->path()), actor.name, roleName(actor.role)),
                             kStatusMessageMs);
    emit databaseChosen(m_workspace->path());
}

void MainWindow::newDatabase()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!m_workspace->path().isEmpty() && !m_workspace->isServer())
        folder = QFileInfo(m_workspace->path()).absolutePath();
    QDir().mkpath(folder);
    NewDatabaseDialog dialog(m_workspace->today(), folder, this);
    if (dialog.exec() == QDialog::Accepted)
        createDatabase(dialog.path(), dialog.year().startYear, dialog.profileId());
}

void MainWindow::closeDatabase()
{
    m_workspace->close();
    m_settings.setValue(Settings::LastDatabase, QString());
    statusBar()->showMessage(tr("Database closed."), kStatusMessageMs);
}

void MainWindow::backupDatabase()
{
    const QFileInfo current(m_workspace->path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("%1-%2.interntrack")
            .arg(current.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up the Database"), suggested,
                                                      tr("InternTrack databases (*.interntrack)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot replace %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const Status s = m_workspace->backup(path);
    if (!s)
        showError(tr("The backup failed: %1").arg(s.error()));
    else
        statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
}

void MainWindow::ensureRoleChosen()
{
    if (m_settings.value(Settings::Role).isEmpty())
        chooseRole();
}

void MainWindow::chooseRole()
{
    if (m_workspace->isServer())
        return; // the server gives the role (the actions are disabled)
    RoleDialog dialog(m_workspace->actor().role, m_workspace->actor().name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.setValue(Settings::UserName, dialog.name());
    setRole(dialog.role());
}

void MainWindow::setRole(Role role)
{
    if (m_workspace->isServer()) {
        statusBar()->showMessage(tr("On a server, your role is the one the server gives your login (%1).")
                                     .arg(roleName(m_workspace->actor().role)),
                                 2 * kStatusMessageMs);
        return;
    }
    m_settings.setValue(Settings::Role, roleCode(role));
    applyActor();
    statusBar()->showMessage(tr("You work as %1.").arg(roleName(role)), kStatusMessageMs);
}

void MainWindow::chooseLanguage(const QString& code)
{
    m_settings.setValue(Settings::Language, code);
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == code);
    emit languageChosen(code);
}

void MainWindow::showError(const QString& text)
{
    statusBar()->showMessage(text, 2 * kStatusMessageMs);
    QMessageBox::warning(this, tr("InternTrack"), text);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    persistState();
    QMainWindow::closeEvent(event);
}

void MainWindow::persistState()
{
    m_settings.setValue(Settings::MainWindowGeometry, QMainWindow::saveGeometry());
    m_settings.setValue(Settings::MainWindowState, QMainWindow::saveState());
    m_settings.setValue(Settings::NavigationPage, m_navigation->currentRow());
    m_settings.setValue(Settings::StudentsSplitter, m_studentsPage->splitter()->saveState());
    m_settings.sync();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_navigation->currentRow());
}

void MainWindow::setCurrentPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About InternTrack"),
        tr("<h3>InternTrack %1</h3>"
           "<p>Tracks the internships and research projects (TER) of a master's programme, and checks every "
           "plan against the programme's rules.</p>"
           "<p>For the programme's advisor, its students and its secretariat.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace interntrack

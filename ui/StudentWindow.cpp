#include "StudentWindow.h"

#include "Icons.h"
#include "ItemEditorDialog.h"
#include "OffersPage.h"
#include "ProposalSubmit.h"
#include "ReplyImport.h"
#include "Settings.h"
#include "StudentFileDialog.h"
#include "TerChoiceDialog.h"
#include "io/OffersFile.h"
#include "rules/Format.h"
#include "storage/OfferRepository.h"
#include "storage/StorageRecords.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace interntrack {

namespace {

constexpr int kMaxRecentFiles = 8;
constexpr int kStatusMessageMs = 6000;
constexpr int kIconSize = 16;

// Student mode's own settings (the registry's keys are the advisor window's).
const SettingKey<QString> kLastFile{QLatin1String("student/lastFile"), {}};
const SettingKey<QStringList> kRecentFiles{QLatin1String("student/recentFiles"), {}};
const SettingKey<QByteArray> kGeometry{QLatin1String("student/windowGeometry"), {}};

/// Partners of a mini-challenge are students of the file too; their ids start with this, the owner's do not.
const QLatin1String kPartnerPrefix("p-");

enum DataRole { KindRole = Qt::UserRole, IdRole };

QString randomHex()
{
    const quint64 bits = QRandomGenerator::system()->generate64() & Q_UINT64_C(0xFFFFFFFFFFFF);
    return QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
}

std::optional<WorkflowState> stateOf(const Item& item)
{
    if (const auto* i = std::get_if<Internship>(&item))
        return i->state;
    if (const auto* t = std::get_if<Ter>(&item))
        return t->state;
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return s->state;
    return std::nullopt;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString localFile(const QUrl& url, const QString& suffix)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1Char('.') + suffix) ? url.toLocalFile() : QString();
}

} // namespace

StudentWindow::StudentWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_ws(new Workspace(this))
{
    setObjectName(QStringLiteral("studentWindow"));
    setWindowIcon(Icons::app());
    setAcceptDrops(true);
    m_ws->setRandomIds(true);

    // The questions, asked for real (tests replace them)
    m_prompts.saveFile = [this](const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    m_prompts.openFile = [this](const QString& title, const QString& filter) {
        return QFileDialog::getOpenFileName(this, title, QString(), filter);
    };
    m_prompts.confirm = [this](const QString& title, const QString& text, const QString& details) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("confirmBox"));
        box.setDefaultButton(QMessageBox::No);
        if (!details.isEmpty())
            box.setInformativeText(details);
        return box.exec() == QMessageBox::Yes;
    };
    m_prompts.inform = [this](const QString& title, const QString& text, bool error) {
        QMessageBox box(error ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("informBox"));
        box.exec();
    };
    m_prompts.openUrl = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    m_prompts.newFile = [this] {
        StudentFileDialog dialog(m_ws->today(), StudentFileDialog::defaultFolder(), this);
        if (const Student* me = owner())
            dialog.setStudent(*me);
        while (dialog.exec() == QDialog::Accepted) {
            Student me = dialog.student();
            if (Status s = createFile(dialog.path(), dialog.year(), me); s)
                return true;
            else
                m_prompts.inform(tr("New Personal File"), s.error(), true);
        }
        return false;
    };

    createActions();
    createMenus();
    createCentralWidget();

    connect(m_ws, &Workspace::yearLoaded, this, &StudentWindow::reload);
    connect(m_ws, &Workspace::databaseChanged, this, &StudentWindow::resetOffers);
    connect(m_ws, &Workspace::itemChanged, this, &StudentWindow::reload);
    connect(m_ws, &Workspace::message, this, &StudentWindow::showStatus);
    connect(m_ws, &Workspace::errorOccurred, this,
            [this](const QString& text) { m_prompts.inform(tr("InternTrack"), text, true); });
    connect(m_ws->undoStack(), &QUndoStack::indexChanged, this, &StudentWindow::updateEnabled);

    retranslate();
    updateRecentMenu();
    updateEnabled();
    if (!restoreGeometry(m_settings.value(kGeometry)))
        resize(1100, 720);
}

StudentWindow::~StudentWindow()
{
    // The Workspace (a child) goes after this window's own part: it must not call it back meanwhile.
    disconnect(m_ws->undoStack(), nullptr, this, nullptr);
    disconnect(m_ws, nullptr, this, nullptr);
}

// Building --------------------------------------------------------------------------------------

void StudentWindow::createActions()
{
    const auto make = [this](const char* name, const QIcon& icon = {}) {
        auto* action = new QAction(icon, QString(), this);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    m_newFileAction = make("newFileAction");
    m_newFileAction->setShortcut(QKeySequence::New);
    connect(m_newFileAction, &QAction::triggered, this, &StudentWindow::newFile);
    m_openAction = make("openAction");
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &StudentWindow::chooseFile);
    m_detailsAction = make("myDetailsAction", Icons::kind(ItemKind::Student));
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        if (owner())
            ItemEditorDialog::editItem(*m_ws, ItemKind::Student, m_ownerId, this);
        updateTitle();
    });
    m_importReplyAction = make("importReplyAction", Icons::state(WorkflowState::Approved));
    connect(m_importReplyAction, &QAction::triggered, this, &StudentWindow::chooseReply);
    m_importOffersAction = make("importOffersAction");
    connect(m_importOffersAction, &QAction::triggered, this, &StudentWindow::chooseOffers);
    m_quitAction = make("quitAction");
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QUndoStack* undo = m_ws->undoStack();
    m_undoAction = undo->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undo->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_newInternshipAction = make("newInternshipAction", Icons::kind(ItemKind::Internship));
    connect(m_newInternshipAction, &QAction::triggered, this, [this] { newItem(ItemKind::Internship); });
    m_chooseTerAction = make("chooseTerAction", Icons::kind(ItemKind::Ter));
    connect(m_chooseTerAction, &QAction::triggered, this, &StudentWindow::chooseTer);
    m_newSummerSchoolAction = make("newSummerSchoolAction", Icons::kind(ItemKind::SummerSchool));
    connect(m_newSummerSchoolAction, &QAction::triggered, this, [this] { newItem(ItemKind::SummerSchool); });
    m_newSeminarAction = make("newSeminarAction", Icons::kind(ItemKind::Seminar));
    connect(m_newSeminarAction, &QAction::triggered, this, [this] { newItem(ItemKind::Seminar); });
    m_editAction = make("editAction", Icons::state(WorkflowState::Draft));
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const auto current = currentItem())
            editItem(current->first, current->second);
    });
    m_deleteAction = make("deleteAction", Icons::state(WorkflowState::Cancelled));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // on the list only: Delete edits text elsewhere
    connect(m_deleteAction, &QAction::triggered, this, &StudentWindow::deleteCurrent);
    m_submitAction = make("submitAction", Icons::state(WorkflowState::Submitted));
    connect(m_submitAction, &QAction::triggered, this, [this] {
        if (const auto current = currentItem())
            submit(current->first, current->second);
    });
    m_emailAction = make("emailAction", Icons::state(WorkflowState::SentForSignature));
    connect(m_emailAction, &QAction::triggered, this, [this] {
        if (const auto current = currentItem())
            emailToAdvisor(current->first, current->second);
    });

    m_languageGroup = new QActionGroup(this);
    const QString language = m_settings.value(Settings::Language);
    for (const auto& [name, code] : {std::pair<const char*, QString>{"languageSystemAction", QString()},
                                     {"languageEnglishAction", QStringLiteral("en")},
                                     {"languageFrenchAction", QStringLiteral("fr")}}) {
        QAction* action = make(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            m_settings.setValue(Settings::Language, code);
            emit languageChosen(code);
        });
    }
}

void StudentWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newFileAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_detailsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importReplyAction);
    m_fileMenu->addAction(m_importOffersAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_proposalMenu = menuBar()->addMenu(QString());
    m_proposalMenu->setObjectName(QStringLiteral("proposalMenu"));
    for (QAction* a : {m_newInternshipAction, m_chooseTerAction, m_newSummerSchoolAction, m_newSeminarAction})
        m_proposalMenu->addAction(a);
    m_proposalMenu->addSeparator();
    m_proposalMenu->addAction(m_editAction);
    m_proposalMenu->addAction(m_deleteAction);
    m_proposalMenu->addSeparator();
    m_proposalMenu->addAction(m_submitAction);
    m_proposalMenu->addAction(m_emailAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("studentToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a : {m_newInternshipAction, m_chooseTerAction, m_newSummerSchoolAction, m_newSeminarAction})
        m_toolBar->addAction(a);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_submitAction);
    m_toolBar->addAction(m_emailAction);
    m_toolBar->addAction(m_importReplyAction);
}

void StudentWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("headerLabel"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_header->setFont(big);

    // The advisor must be contacted early: said once here, and by the rules in each proposal.
    auto* hintRow = new QWidget(central);
    hintRow->setObjectName(QStringLiteral("hintBanner"));
    hintRow->setAutoFillBackground(true);
    QPalette hintPalette = hintRow->palette();
    hintPalette.setColor(QPalette::Window, hintPalette.color(QPalette::AlternateBase));
    hintRow->setPalette(hintPalette);
    auto* hintIcon = new QLabel(hintRow);
    hintIcon->setPixmap(Icons::severity(Severity::Info).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    hintIcon->setAlignment(Qt::AlignTop);
    m_hint = new QLabel(hintRow);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    auto* hintLayout = new QHBoxLayout(hintRow);
    hintLayout->setContentsMargins(10, 8, 10, 8);
    hintLayout->addWidget(hintIcon, 0, Qt::AlignTop);
    hintLayout->addWidget(m_hint, 1);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("studentTabs"));
    m_tabs->setDocumentMode(true);

    m_proposalsPage = new QWidget(m_tabs);
    m_proposalsPage->setObjectName(QStringLiteral("proposalsPage"));
    m_list = new QTreeWidget(m_proposalsPage);
    m_list->setObjectName(QStringLiteral("proposalList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(kIconSize, kIconSize));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(ProposalColumn, QHeaderView::Interactive);
    m_list->addAction(m_deleteAction);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* row) {
        editItem(ItemKind(row->data(ProposalColumn, KindRole).toInt()), row->data(ProposalColumn, IdRole).toString());
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateDetails();
        updateEnabled();
    });

    auto* details = new QWidget(m_proposalsPage);
    details->setObjectName(QStringLiteral("detailPane"));
    m_detailTitle = new QLabel(details);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailState = new QLabel(details);
    m_detailState->setObjectName(QStringLiteral("detailState"));
    m_detailState->setTextFormat(Qt::PlainText);
    m_detailState->setWordWrap(true);
    m_detailDecision = new QLabel(details);
    m_detailDecision->setObjectName(QStringLiteral("detailDecision"));
    m_detailDecision->setTextFormat(Qt::PlainText);
    m_detailDecision->setWordWrap(true);
    m_detailDecision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailFindings = new QListWidget(details);
    m_detailFindings->setObjectName(QStringLiteral("detailFindings"));
    m_detailFindings->setWordWrap(true);
    m_detailFindings->setSelectionMode(QAbstractItemView::NoSelection);
    m_detailFindings->setIconSize(QSize(kIconSize, kIconSize));
    auto* detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detailState);
    detailLayout->addWidget(m_detailDecision);
    detailLayout->addWidget(m_detailFindings, 1);

    auto* splitter = new QSplitter(Qt::Vertical, m_proposalsPage);
    splitter->setObjectName(QStringLiteral("proposalSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* pageLayout = new QVBoxLayout(m_proposalsPage);
    pageLayout->setContentsMargins(0, 6, 0, 0);
    pageLayout->addWidget(splitter);
    m_tabs->addTab(m_proposalsPage, Icons::kind(ItemKind::Student), QString());

    // The offers of the year: browse, filter and apply (OffersPage), then follow each application.
    m_offersTab = new QWidget(m_tabs);
    m_offersTab->setObjectName(QStringLiteral("offersTab"));
    m_offersPage = new OffersPage(m_offersTab);
    m_offersPage->setObjectName(QStringLiteral("offersPage"));
    m_offersPage->layout()->setContentsMargins(0, 6, 0, 0);
    QTreeWidget* applications = m_offersPage->applicationsView();
    applications->setSelectionMode(QAbstractItemView::SingleSelection);
    applications->setSelectionBehavior(QAbstractItemView::SelectRows);
    applications->header()->setStretchLastSection(false);
    applications->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_applicationLabel = new QLabel(m_offersTab);
    auto* moveRow = new QHBoxLayout;
    moveRow->addWidget(m_applicationLabel);
    for (const ApplicationState to : {ApplicationState::Screened, ApplicationState::Accepted,
                                      ApplicationState::Declined, ApplicationState::Withdrawn}) {
        auto* button = new QPushButton(m_offersTab);
        button->setObjectName(QStringLiteral("move_%1").arg(applicationStateCode(to)));
        connect(button, &QPushButton::clicked, this, [this, to] { moveSelectedApplication(to); });
        m_moveButtons.insert(int(to), button);
        moveRow->addWidget(button);
    }
    moveRow->addStretch(1);
    m_writeProposalButton = new QPushButton(Icons::kind(ItemKind::Internship), QString(), m_offersTab);
    m_writeProposalButton->setObjectName(QStringLiteral("writeProposalButton"));
    connect(m_writeProposalButton, &QPushButton::clicked, this, &StudentWindow::writeProposal);
    moveRow->addWidget(m_writeProposalButton);
    auto* offersLayout = new QVBoxLayout(m_offersTab);
    offersLayout->setContentsMargins(0, 0, 0, 6);
    offersLayout->addWidget(m_offersPage, 1);
    offersLayout->addLayout(moveRow);
    m_tabs->addTab(m_offersTab, Icons::kind(ItemKind::Internship), QString());
    connect(applications, &QTreeWidget::itemSelectionChanged, this, &StudentWindow::updateApplicationButtons);
    connect(m_offersPage, &OffersPage::applied, this, &StudentWindow::updateApplicationButtons);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(hintRow);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
}

void StudentWindow::addPage(QWidget* page, const QString& title, const QIcon& icon)
{
    m_tabs->addTab(page, icon, title);
}

void StudentWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newFileAction->setText(tr("&New Personal File…"));
    m_newFileAction->setStatusTip(tr("Start the personal file of an academic year: your proposals, on this computer"));
    m_openAction->setText(tr("&Open Personal File…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_detailsAction->setText(tr("My &Details…"));
    m_detailsAction->setStatusTip(tr("Your name, email and student number, as the advisor will see them"));
    m_importReplyAction->setText(tr("Import &Reply…"));
    m_importReplyAction->setStatusTip(
        tr("Read the advisor's reply file: the proposal takes the advisor's decision and comment"));
    m_importOffersAction->setText(tr("Import &Offers…"));
    m_importOffersAction->setStatusTip(
        tr("Read the offers file the advisor sent: browse the offers of the year in the Offers tab and apply"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_proposalMenu->setTitle(tr("&Proposal"));
    m_newInternshipAction->setText(tr("New &Internship Proposal…"));
    m_newInternshipAction->setStatusTip(tr("Write an internship proposal; the rules check it as you type"));
    m_chooseTerAction->setText(tr("New &TER Choice…"));
    m_chooseTerAction->setStatusTip(tr("Choose a TER subject with free places"));
    m_newSummerSchoolAction->setText(tr("New &Summer School…"));
    m_newSeminarAction->setText(tr("New S&eminar…"));
    m_editAction->setText(tr("&Edit…"));
    m_deleteAction->setText(tr("&Delete Draft"));
    m_submitAction->setText(tr("&Submit…"));
    m_submitAction->setStatusTip(tr("Write the proposal file to send to the advisor, and mark the proposal submitted"));
    m_emailAction->setText(tr("E&mail to Advisor…"));
    m_emailAction->setStatusTip(tr("Draft an email to the advisor about the proposal file"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    const QList<QAction*> languages = m_languageGroup->actions();
    languages.at(0)->setText(tr("&System Language"));
    languages.at(1)->setText(QStringLiteral("&English")); // each language in its own name
    languages.at(2)->setText(QStringLiteral("&Français"));
    m_toolBar->setWindowTitle(tr("Proposals"));
    m_tabs->setTabText(m_tabs->indexOf(m_proposalsPage), tr("My Proposals"));
    m_tabs->setTabText(m_tabs->indexOf(m_offersTab), tr("Offers"));
    m_applicationLabel->setText(tr("Selected application:"));
    moveButton(ApplicationState::Screened)->setText(tr("Screened by the &Host"));
    moveButton(ApplicationState::Screened)->setStatusTip(tr("The host read your application and is considering it"));
    moveButton(ApplicationState::Accepted)->setText(tr("A&ccepted"));
    moveButton(ApplicationState::Accepted)->setStatusTip(tr("The host accepts you: write the proposal next"));
    moveButton(ApplicationState::Declined)->setText(tr("&Declined"));
    moveButton(ApplicationState::Declined)->setStatusTip(tr("The host said no"));
    moveButton(ApplicationState::Withdrawn)->setText(tr("&Withdraw"));
    moveButton(ApplicationState::Withdrawn)->setStatusTip(tr("You give up this application"));
    m_writeProposalButton->setText(tr("Write the &Proposal…"));
    m_writeProposalButton->setStatusTip(tr("Start the internship proposal of the accepted offer, already filled in"));
    m_list->setHeaderLabels({tr("Proposal"), tr("State"), tr("Rules"), tr("Advisor's answer")});
    m_list->setAccessibleName(tr("My proposals"));
    m_detailFindings->setAccessibleName(tr("What the rules say of the proposal"));
    m_hint->setText(tr("Contact the academic advisor at least %n month(s) before your internship starts: several "
                       "parties must sign the agreement before you begin. Write your proposal here (the rules "
                       "check it as you type), then Submit it: you get a file to send to the advisor, who "
                       "answers with a reply file to import here.",
                       nullptr, m_ws->isOpen() ? m_ws->rules().leadTimeMonths : 3));
    updateTitle();
    reload();
}

void StudentWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void StudentWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(kGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

// Files -----------------------------------------------------------------------------------------

void StudentWindow::start(const QString& path)
{
    if (!path.isEmpty()) {
        openFile(path);
        return;
    }
    const QString last = m_settings.value(kLastFile);
    if (!last.isEmpty() && QFileInfo(last).isFile() && openFile(last, true))
        return;
    m_prompts.newFile();
}

QString StudentWindow::filePath() const
{
    return m_ws->isOpen() ? m_ws->path() : QString();
}

const Student* StudentWindow::owner() const
{
    return m_ownerId.isEmpty() ? nullptr : m_ws->student(m_ownerId);
}

bool StudentWindow::openFile(const QString& path, bool quiet)
{
    const auto fail = [&](const QString& why) {
        if (!quiet)
            m_prompts.inform(tr("Open Personal File"), why, true);
        showStatus(why);
        return false;
    };
    m_ownerId.clear();
    if (Status s = m_ws->open(path); !s)
        return fail(s.error());
    m_ws->waitForLoaded();
    QStringList owners;
    for (const Student& s : m_ws->cohort().students) {
        if (!s.id.startsWith(kPartnerPrefix))
            owners.append(s.id);
    }
    if (owners.size() != 1) {
        m_ws->close();
        reload();
        updateTitle();
        return fail(owners.isEmpty()
                        ? tr("%1 is not a personal file: it has no student.").arg(QFileInfo(path).fileName())
                        : tr("%1 holds the %n student(s) of a programme: it is the advisor's database, to open "
                             "without --student.",
                             nullptr, int(owners.size()))
                              .arg(QFileInfo(path).fileName()));
    }
    m_ownerId = owners.first();
    const Student* me = owner();
    m_ws->setActor(Actor{me->name, Role::Student, me->id});
    m_ws->undoStack()->clear();
    m_sentFiles.clear();
    resetOffers();
    remember(path);
    retranslate();
    updateEnabled();
    emit fileOpened(path);
    return true;
}

Status StudentWindow::createFile(const QString& path, AcademicYear year, const Student& me)
{
    if (me.name.trimmed().isEmpty())
        return Status::failure(tr("Give your name."));
    QDir().mkpath(QFileInfo(path).absolutePath());
    Student student = me;
    student.id = QStringLiteral("s-") + randomHex();
    const Actor previous = m_ws->actor();
    m_ws->setActor(Actor{student.name, Role::Student, student.id});
    if (Status s = m_ws->create(path, year); !s) {
        m_ws->setActor(previous);
        return s;
    }
    m_ws->waitForLoaded();
    if (Status s = m_ws->saveItem(student, tr("Create the personal file of %1").arg(student.name)); !s) {
        m_ws->close();
        QFile::remove(path);
        return s;
    }
    m_ws->undoStack()->clear();
    m_ownerId = student.id;
    m_sentFiles.clear();
    resetOffers();
    remember(path);
    retranslate();
    updateEnabled();
    emit fileOpened(path);
    return {};
}

bool StudentWindow::newFile()
{
    return m_prompts.newFile();
}

void StudentWindow::chooseFile()
{
    const QString path = m_prompts.openFile(tr("Open Personal File"),
                                            tr("InternTrack personal files (*.%1)").arg(StudentFileDialog::suffix()));
    if (!path.isEmpty())
        openFile(path);
}

void StudentWindow::remember(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = m_settings.value(kRecentFiles);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    m_settings.setValue(kRecentFiles, recent.mid(0, kMaxRecentFiles));
    m_settings.setValue(kLastFile, absolute);
    updateRecentMenu();
}

void StudentWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.value(kRecentFiles);
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void StudentWindow::updateTitle()
{
    const Student* me = owner();
    if (!me) {
        setWindowTitle(tr("InternTrack — Student"));
        m_header->setText(tr("No personal file is open: create one with File ▸ New Personal File, or open yours."));
        return;
    }
    setWindowTitle(tr("%1 — %2 — InternTrack (student)").arg(me->name, m_ws->year().toString()));
    QStringList who;
    if (!me->email.isEmpty())
        who.append(me->email.toHtmlEscaped());
    if (!me->studentNumber.isEmpty())
        who.append(tr("student number %1").arg(me->studentNumber.toHtmlEscaped()));
    m_header->setText(tr("<b>%1</b> · %2<br>Academic year %3 · <small>%4</small>")
                          .arg(me->name.toHtmlEscaped(), who.join(QStringLiteral(" · ")), m_ws->year().toString(),
                               QDir::toNativeSeparators(m_ws->path()).toHtmlEscaped()));
}

void StudentWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, kStatusMessageMs);
}

// The list --------------------------------------------------------------------------------------

bool StudentWindow::isMine(const Item& item) const
{
    if (const auto* t = std::get_if<Ter>(&item))
        return t->studentIds.contains(m_ownerId);
    return std::visit(
        [this](const auto& i) -> bool {
            if constexpr (requires { i.studentId; })
                return i.studentId == m_ownerId;
            else
                return false;
        },
        item);
}

QString StudentWindow::rowTitle(ItemKind kind, const QString& id) const
{
    return capitalized(ProposalSubmit::describe(*m_ws, kind, id));
}

void StudentWindow::reload()
{
    if (!m_list)
        return;
    const std::optional<std::pair<ItemKind, QString>> selected = currentItem();
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (owner() && !m_ws->isLoading()) {
        const QList<std::pair<ItemKind, QStringList>> kinds = {
            {ItemKind::Internship, m_ws->internshipsOf(m_ownerId)},
            {ItemKind::Ter, m_ws->tersOf(m_ownerId)},
            {ItemKind::SummerSchool, m_ws->summerSchoolsOf(m_ownerId)},
            {ItemKind::Seminar, m_ws->seminarsOf(m_ownerId)},
        };
        for (const auto& [kind, ids] : kinds) {
            for (const QString& id : ids) {
                auto* row = new QTreeWidgetItem(m_list);
                row->setData(ProposalColumn, KindRole, int(kind));
                row->setData(ProposalColumn, IdRole, id);
                updateRow(row);
                if (selected && selected->first == kind && selected->second == id)
                    row->setSelected(true);
            }
        }
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true);
    m_list->resizeColumnToContents(ProposalColumn);
    m_list->resizeColumnToContents(StateColumn);
    m_list->resizeColumnToContents(RulesColumn);
    m_list->setColumnWidth(ProposalColumn, std::min(m_list->columnWidth(ProposalColumn), 460));
    updateDetails();
    updateEnabled();
}

void StudentWindow::updateRow(QTreeWidgetItem* row)
{
    const auto kind = ItemKind(row->data(ProposalColumn, KindRole).toInt());
    const QString id = row->data(ProposalColumn, IdRole).toString();
    const std::optional<Item> item = m_ws->item(kind, id);
    if (!item)
        return;
    row->setIcon(ProposalColumn, Icons::kind(kind));
    row->setText(ProposalColumn, rowTitle(kind, id));
    row->setToolTip(ProposalColumn, tr("%1 %2").arg(capitalized(itemKindName(kind)), id));

    if (const std::optional<WorkflowState> state = stateOf(*item)) {
        row->setIcon(StateColumn, Icons::state(*state));
        row->setText(StateColumn, capitalized(Workflow::stateName(*state)));
    } else {
        row->setIcon(StateColumn, QIcon());
        row->setText(StateColumn, tr("Sent with the other seminars"));
    }

    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const Finding& f : m_ws->findings(id)) {
        if (f.overridden)
            continue;
        if (f.severity == Severity::Error)
            ++errors;
        else if (f.severity == Severity::Warning)
            ++warnings;
        else
            ++notes;
    }
    QStringList parts;
    if (errors > 0)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    if (notes > 0)
        parts.append(tr("%n note(s)", nullptr, notes));
    row->setText(RulesColumn, parts.isEmpty() ? tr("No problem") : parts.join(tr(", ")));
    row->setIcon(RulesColumn, errors > 0     ? Icons::severity(Severity::Error)
                              : warnings > 0 ? Icons::severity(Severity::Warning)
                              : notes > 0    ? Icons::severity(Severity::Info)
                                             : Icons::ok());
    const QString comment = advisorComment(kind, id);
    row->setText(CommentColumn, comment.isEmpty() ? tr("—") : comment.section(QLatin1Char('\n'), 0, 0));
    row->setToolTip(CommentColumn, comment);
}

QString StudentWindow::advisorComment(ItemKind kind, const QString& id) const
{
    if (kind == ItemKind::Seminar || kind == ItemKind::Student || !m_ws->isOpen())
        return {};
    const Result<QList<TransitionRecord>> history = m_ws->transitions(kind, id);
    if (!history)
        return {};
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->role != Role::Advisor || it->to == WorkflowState::Submitted)
            continue;
        const QString when = formatDate(it->at.date());
        if (it->comment.trimmed().isEmpty())
            return tr("%1 by %2 on %3").arg(capitalized(Workflow::stateName(it->to)), it->actor, when);
        return tr("“%1” — %2, %3").arg(it->comment.trimmed(), it->actor, when);
    }
    return {};
}

bool StudentWindow::selectItem(ItemKind kind, const QString& id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_list->topLevelItem(i);
        if (row->data(ProposalColumn, KindRole).toInt() == int(kind) && row->data(ProposalColumn, IdRole) == id) {
            m_list->setCurrentItem(row);
            row->setSelected(true);
            return true;
        }
    }
    return false;
}

std::optional<std::pair<ItemKind, QString>> StudentWindow::currentItem() const
{
    const QList<QTreeWidgetItem*> rows = m_list ? m_list->selectedItems() : QList<QTreeWidgetItem*>();
    if (rows.isEmpty())
        return std::nullopt;
    return std::pair{ItemKind(rows.first()->data(ProposalColumn, KindRole).toInt()),
                     rows.first()->data(ProposalColumn, IdRole).toString()};
}

void StudentWindow::updateDetails()
{
    m_detailFindings->clear();
    const auto current = currentItem();
    const std::optional<Item> item = current ? m_ws->item(current->first, current->second) : std::nullopt;
    if (!item) {
        m_detailTitle->setText(owner() ? tr("No proposal yet: start one with the buttons above.") : QString());
        m_detailState->clear();
        m_detailDecision->clear();
        m_detailDecision->hide();
        m_detailFindings->hide();
        return;
    }
    const auto& [kind, id] = *current;
    m_detailTitle->setText(rowTitle(kind, id));

    QString state;
    if (const std::optional<WorkflowState> s = stateOf(*item)) {
        state = tr("State: %1.").arg(Workflow::stateName(*s));
        if (const auto* in = std::get_if<Internship>(&*item); in && in->submitted.isValid())
            state += QLatin1Char(' ') + tr("Submitted on %1.").arg(formatDate(in->submitted));
        if (*s == WorkflowState::Draft || *s == WorkflowState::ChangesRequested)
            state += QLatin1Char(' ') + tr("You can still change it; Submit sends it to the advisor.");
    } else {
        state = tr("Seminars need no approval: Submit sends all your seminars to the advisor together.");
    }
    m_detailState->setText(state);

    // Every decision of the advisor, newest first, with who and when.
    QStringList decisions;
    if (const Result<QList<TransitionRecord>> history = m_ws->transitions(kind, id); history) {
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            if (it->role != Role::Advisor || it->to == WorkflowState::Submitted)
                continue;
            QString line = tr("%1 by %2 on %3")
                               .arg(capitalized(Workflow::stateName(it->to)), it->actor, formatDate(it->at.date()));
            if (!it->comment.trimmed().isEmpty())
                line += tr(": “%1”").arg(it->comment.trimmed());
            decisions.append(line);
        }
    }
    m_detailDecision->setText(
        decisions.isEmpty() ? QString() : tr("The advisor's answer: %1").arg(decisions.join(QLatin1Char('\n'))));
    m_detailDecision->setVisible(!decisions.isEmpty());

    const QList<Finding> findings = m_ws->findings(id);
    for (const Finding& f : findings) {
        QString text;
        QIcon icon = Icons::severity(f.severity);
        if (f.overridden) {
            text = tr("Overridden: %1").arg(f.message);
            icon = Icons::overridden();
        } else if (f.severity == Severity::Error) {
            text = tr("Error: %1").arg(f.message);
        } else if (f.severity == Severity::Warning) {
            text = tr("Warning: %1").arg(f.message);
        } else {
            text = tr("Note: %1").arg(f.message);
        }
        auto* row = new QListWidgetItem(icon, text, m_detailFindings);
        row->setToolTip(tr("Rule %1").arg(f.rule));
    }
    if (findings.isEmpty())
        new QListWidgetItem(Icons::ok(), tr("No rule is broken."), m_detailFindings);
    m_detailFindings->show();
}

QStringList StudentWindow::detailTexts() const
{
    QStringList out{m_detailTitle->text(), m_detailState->text()};
    if (!m_detailDecision->text().isEmpty())
        out.append(m_detailDecision->text());
    for (int i = 0; i < m_detailFindings->count(); ++i)
        out.append(m_detailFindings->item(i)->text());
    return out;
}

void StudentWindow::updateEnabled()
{
    const bool open = owner() != nullptr && !m_ws->isReadOnly();
    for (QAction* a : {m_newInternshipAction, m_chooseTerAction, m_newSummerSchoolAction, m_newSeminarAction})
        a->setEnabled(open);
    m_importReplyAction->setEnabled(open);
    m_importOffersAction->setEnabled(open);
    m_detailsAction->setEnabled(open);
    const auto current = currentItem();
    const std::optional<Item> item = current ? m_ws->item(current->first, current->second) : std::nullopt;
    m_editAction->setEnabled(open && item.has_value());
    const std::optional<WorkflowState> state = item ? stateOf(*item) : std::nullopt;
    m_deleteAction->setEnabled(open && item && (!state || *state == WorkflowState::Draft));
    const Status canSubmit =
        item ? ProposalSubmit::canSubmit(*m_ws, current->first, current->second) : Status::failure(QString());
    m_submitAction->setEnabled(open && canSubmit.ok());
    m_submitAction->setToolTip(canSubmit.ok() || canSubmit.error().isEmpty() ? m_submitAction->statusTip()
                                                                             : canSubmit.error());
    m_emailAction->setEnabled(open && item && (canSubmit.ok() || m_sentFiles.contains(current->second)));
}

// Actions ---------------------------------------------------------------------------------------

QString StudentWindow::newItem(ItemKind kind)
{
    if (!owner())
        return {};
    const QString id = ItemEditorDialog::createItem(*m_ws, kind, this, m_ownerId);
    if (!id.isEmpty())
        selectItem(kind, id);
    return id;
}

QString StudentWindow::newItemFrom(Item initial)
{
    if (!owner())
        return {};
    std::visit(
        [this](auto& item) {
            if constexpr (requires { item.studentIds; }) {
                if (!item.studentIds.contains(m_ownerId))
                    item.studentIds.prepend(m_ownerId);
            } else if constexpr (requires { item.studentId; }) {
                item.studentId = m_ownerId;
            }
        },
        initial);
    const QString id = ItemEditorDialog::createItem(*m_ws, initial, this);
    if (!id.isEmpty())
        selectItem(kindOf(initial), id);
    return id;
}

QString StudentWindow::chooseTer()
{
    if (!owner())
        return {};
    TerChoiceDialog dialog(*m_ws, m_ownerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QString partnerId;
    if (const std::optional<Student> partner = dialog.partner()) {
        const Result<QString> added = addPartner(*partner);
        if (!added) {
            m_prompts.inform(tr("New TER Choice"), added.error(), true);
            return {};
        }
        partnerId = added.value();
    }
    const QString id = ItemEditorDialog::createItem(*m_ws, dialog.ter(partnerId), this);
    if (!id.isEmpty())
        selectItem(ItemKind::Ter, id);
    return id;
}

Result<QString> StudentWindow::addPartner(const Student& partner)
{
    if (!owner())
        return Result<QString>::failure(tr("Open your personal file first."));
    if (partner.name.trimmed().isEmpty())
        return Result<QString>::failure(tr("Give your partner's name."));
    // The same classmate again: reuse them.
    for (const Student& s : m_ws->cohort().students) {
        if (s.id.startsWith(kPartnerPrefix)
            && s.name.simplified().toCaseFolded() == partner.name.simplified().toCaseFolded()
            && s.email.trimmed().toCaseFolded() == partner.email.trimmed().toCaseFolded())
            return s.id;
    }
    // A classmate recorded in this file only as the partner. The student may change only what is theirs: the
    // partner's row is written as its own owner, the one exception, for this.
    Student added = partner;
    added.id = QString(kPartnerPrefix) + randomHex();
    const Actor me = m_ws->actor();
    Actor asPartner = me;
    asPartner.studentId = added.id;
    m_ws->setActor(asPartner);
    const Status saved = m_ws->saveItem(added, tr("Add %1 as partner").arg(added.name));
    m_ws->setActor(me);
    if (!saved)
        return Result<QString>::failure(saved.error());
    return added.id;
}

bool StudentWindow::editItem(ItemKind kind, const QString& id)
{
    const bool saved = ItemEditorDialog::editItem(*m_ws, kind, id, this);
    selectItem(kind, id);
    return saved;
}

void StudentWindow::deleteCurrent()
{
    const auto current = currentItem();
    if (!current)
        return;
    const QString what = ProposalSubmit::describe(*m_ws, current->first, current->second);
    if (!m_prompts.confirm(tr("Delete Draft"), tr("Delete your %1? (Edit ▸ Undo brings it back.)").arg(what), {}))
        return;
    if (Status s = m_ws->deleteItem(current->first, current->second); !s)
        m_prompts.inform(tr("Delete Draft"), s.error(), true);
}

QString StudentWindow::submit(ItemKind kind, const QString& id)
{
    const QString title = tr("Submit");
    if (Status s = ProposalSubmit::canSubmit(*m_ws, kind, id); !s) {
        m_prompts.inform(title, s.error(), true);
        return {};
    }
    // Broken rules do not stop a student from sending (the advisor may override them), but they should know.
    const QList<Finding> errors = ProposalSubmit::blockingFindings(*m_ws, kind, id);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const Finding& f : errors)
            lines.append(QStringLiteral("• ") + f.message);
        if (!m_prompts.confirm(tr("Submit With Errors?"),
                               tr("This proposal breaks %n rule(s): the advisor cannot approve it until each is "
                                  "fixed, or overridden with a written reason. Submit it anyway?",
                                  nullptr, int(errors.size())),
                               lines.join(QLatin1Char('\n'))))
            return {};
    }
    const Result<ProposalFile> file = ProposalSubmit::proposalFile(*m_ws, m_ownerId, kind, id);
    if (!file) {
        m_prompts.inform(title, file.error(), true);
        return {};
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(ProposalSubmit::suggestedFileName(*m_ws, m_ownerId, kind, id));
    QString path = m_prompts.saveFile(tr("Save the Proposal File to Send"), suggested,
                                      tr("InternTrack proposals (*.%1)").arg(ProposalSubmit::suffix()));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1Char('.') + ProposalSubmit::suffix()))
        path += QLatin1Char('.') + ProposalSubmit::suffix();
    if (Status s = ProposalSubmit::writeFile(path, file.value()); !s) {
        m_prompts.inform(title, s.error(), true);
        return {};
    }
    m_sentFiles.insert(id, path);
    if (Status s = ProposalSubmit::markSubmitted(*m_ws, kind, id); !s) {
        m_prompts.inform(title,
                         tr("The proposal file %1 is written, but the proposal could not be marked submitted: %2")
                             .arg(QDir::toNativeSeparators(path), s.error()),
                         true);
    }
    selectItem(kind, id);
    updateEnabled();
    showStatus(tr("Proposal written to %1: send it to the advisor (Proposal ▸ Email to Advisor).")
                   .arg(QDir::toNativeSeparators(path)));
    return path;
}

bool StudentWindow::emailToAdvisor(ItemKind kind, const QString& id)
{
    const Student* me = owner();
    if (!me)
        return false;
    QString path = m_sentFiles.value(id);
    if (path.isEmpty() || !QFileInfo::exists(path))
        path = submit(kind, id);
    if (path.isEmpty())
        return false;
    const QUrl url = ProposalSubmit::emailDraft(*owner(), ProposalSubmit::describe(*m_ws, kind, id), path);
    if (!m_prompts.openUrl(url)) {
        m_prompts.inform(tr("Email to Advisor"),
                         tr("No email program could be opened. Send %1 to the advisor yourself.")
                             .arg(QDir::toNativeSeparators(path)),
                         true);
        return false;
    }
    showStatus(tr("Email drafted: attach %1 before sending it.").arg(QFileInfo(path).fileName()));
    return true;
}

void StudentWindow::chooseReply()
{
    const QString path = m_prompts.openFile(tr("Import the Advisor's Reply"),
                                            tr("InternTrack replies (*.%1)").arg(ReplyImport::suffix()));
    if (!path.isEmpty())
        importReply(path);
}

bool StudentWindow::importReply(const QString& path)
{
    const QString title = tr("Import Reply");
    if (!owner()) {
        m_prompts.inform(title, tr("Open your personal file first."), true);
        return false;
    }
    const Result<ReplyImport::Outcome> outcome = ReplyImport::importFile(*m_ws, m_ownerId, path);
    if (!outcome) {
        m_prompts.inform(title, outcome.error(), true);
        return false;
    }
    reload();
    selectItem(outcome->kind, outcome->id);
    const QString comment = advisorComment(outcome->kind, outcome->id);
    showStatus(outcome->summary);
    m_prompts.inform(title, comment.isEmpty() ? outcome->summary : outcome->summary + QStringLiteral("\n\n") + comment,
                     false);
    return true;
}

// Drag and drop ---------------------------------------------------------------------------------

void StudentWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!localFile(url, ReplyImport::suffix()).isEmpty()
            || !localFile(url, StudentFileDialog::suffix()).isEmpty()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void StudentWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (const QString reply = localFile(url, ReplyImport::suffix()); !reply.isEmpty())
            importReply(reply);
        else if (const QString file = localFile(url, StudentFileDialog::suffix()); !file.isEmpty())
            openFile(file);
    }
    event->acceptProposedAction();
}

// Offers ----------------------------------------------------------------------------------------

void StudentWindow::resetOffers()
{
    // The repository works on the Workspace's database: a new one (or none) needs a new repository.
    m_offersPage->setRepository(nullptr, {});
    m_offersPage->setStudent({});
    m_offerRepository.reset();
    const Student* me = owner();
    if (Database* db = m_ws->database(); db && me) {
        m_offerRepository = std::make_unique<OfferRepository>(*db, me->name);
        m_offersPage->setRepository(m_offerRepository.get(), m_ws->year());
        m_offersPage->setStudent(m_ownerId);
    }
    updateApplicationButtons();
}

void StudentWindow::chooseOffers()
{
    const QString path =
        m_prompts.openFile(tr("Import the Offers"), tr("InternTrack offers (*%1)").arg(OffersFile::suffix()));
    if (!path.isEmpty())
        importOffers(path);
}

bool StudentWindow::importOffers(const QString& path)
{
    const QString title = tr("Import Offers");
    if (!owner() || !m_offerRepository) {
        m_prompts.inform(title, tr("Open your personal file first."), true);
        return false;
    }
    const Result<OffersFile::Contents> contents = OffersFile::load(path);
    if (!contents) {
        m_prompts.inform(title, contents.error(), true);
        return false;
    }
    if (contents->year != m_ws->year()) {
        m_prompts.inform(title,
                         tr("%1 holds the offers of %2, and your personal file is of %3: ask the advisor for the "
                            "offers of %3.")
                             .arg(QFileInfo(path).fileName(), contents->year.toString(), m_ws->year().toString()),
                         true);
        return false;
    }
    if (m_ws->isReadOnly()) {
        m_prompts.inform(title, tr("Your personal file is open read-only: the offers cannot be stored in it."), true);
        return false;
    }
    if (Status s = m_offerRepository->replaceOffers(contents->year, contents->offers); !s) {
        m_prompts.inform(title, s.error(), true);
        return false;
    }
    m_offersPage->reload();
    m_tabs->setCurrentWidget(m_offersTab);
    updateApplicationButtons();
    showStatus(tr("%n offer(s) of %1 imported from %2.", nullptr, int(contents->offers.size()))
                   .arg(contents->year.toString(), QFileInfo(path).fileName()));
    return true;
}

qint64 StudentWindow::selectedApplicationId() const
{
    const QList<QTreeWidgetItem*> rows = m_offersPage->applicationsView()->selectedItems();
    return rows.isEmpty() ? 0 : rows.constFirst()->data(0, Qt::UserRole).toLongLong();
}

bool StudentWindow::selectApplication(qint64 id)
{
    QTreeWidget* view = m_offersPage->applicationsView();
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = view->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toLongLong() == id) {
            view->setCurrentItem(row);
            row->setSelected(true);
            return true;
        }
    }
    return false;
}

void StudentWindow::updateApplicationButtons()
{
    const qint64 id = selectedApplicationId();
    std::optional<ApplicationState> state;
    if (m_offerRepository && id != 0) {
        if (const Result<Application> a = m_offerRepository->application(id); a)
            state = a->state;
    }
    const bool writable = owner() != nullptr && !m_ws->isReadOnly();
    for (auto it = m_moveButtons.begin(); it != m_moveButtons.end(); ++it) {
        const auto to = ApplicationState(it.key());
        const bool allowed = writable && state && canMoveApplication(*state, to);
        it.value()->setEnabled(allowed);
        if (!state)
            it.value()->setToolTip(tr("Select one of your applications first."));
        else if (!allowed)
            it.value()->setToolTip(tr("An application cannot go from \"%1\" to \"%2\".")
                                       .arg(applicationStateName(*state), applicationStateName(to)));
        else
            it.value()->setToolTip(it.value()->statusTip());
    }
    const bool accepted = writable && state == ApplicationState::Accepted;
    m_writeProposalButton->setEnabled(accepted);
    m_writeProposalButton->setToolTip(accepted ? m_writeProposalButton->statusTip()
                                               : tr("Once the host accepts you, write the proposal from the offer."));
}

bool StudentWindow::moveSelectedApplication(ApplicationState to)
{
    const QString title = tr("Application");
    const qint64 id = selectedApplicationId();
    if (!m_offerRepository || id == 0)
        return false;
    const Result<Application> application = m_offerRepository->application(id);
    if (!application) {
        m_prompts.inform(title, application.error(), true);
        return false;
    }
    const Result<Offer> offer = m_offerRepository->offer(application->offerId);
    const QString offerTitle = offer ? offer->title : tr("offer #%1").arg(application->offerId);
    if (canMoveApplication(application->state, to)
        && (to == ApplicationState::Declined || to == ApplicationState::Withdrawn)
        && !m_prompts.confirm(title,
                              tr("Mark your application to \"%1\" as \"%2\"? It cannot change afterwards.")
                                  .arg(offerTitle, applicationStateName(to)),
                              {}))
        return false;
    if (Status s = m_offerRepository->moveApplication(id, to); !s) {
        m_prompts.inform(title, s.error(), true);
        updateApplicationButtons();
        return false;
    }
    m_offersPage->reload();
    selectApplication(id);
    updateApplicationButtons();
    showStatus(tr("Your application to \"%1\" is now: %2.").arg(offerTitle, applicationStateName(to)));
    return true;
}

Result<Internship> StudentWindow::proposalFromApplication(qint64 applicationId) const
{
    using R = Result<Internship>;
    if (!owner() || !m_offerRepository)
        return R::failure(tr("Open your personal file first."));
    const Result<Application> application = m_offerRepository->application(applicationId);
    if (!application)
        return R::failure(application.error());
    if (application->state != ApplicationState::Accepted)
        return R::failure(tr("The host has not accepted this application (it is: %1): the proposal comes after.")
                              .arg(applicationStateName(application->state)));
    const Result<Offer> offer = m_offerRepository->offer(application->offerId);
    if (!offer)
        return R::failure(offer.error());
    Internship proposal = internshipFromOffer(offer.value(), m_ownerId);
    // A fresh id and the rules' defaults, the way a new proposal gets them.
    const Item blank = ItemEditorDialog::blankItem(*m_ws, ItemKind::Internship, m_ownerId);
    if (const auto* b = std::get_if<Internship>(&blank)) {
        proposal.id = b->id;
        proposal.workDays = b->workDays;
        proposal.weeklyHours = b->weeklyHours;
    }
    return proposal;
}

QString StudentWindow::writeProposal()
{
    const Result<Internship> proposal = proposalFromApplication(selectedApplicationId());
    if (!proposal) {
        m_prompts.inform(tr("Write the Proposal"), proposal.error(), true);
        return {};
    }
    const QString id = newItemFrom(proposal.value());
    if (!id.isEmpty())
        m_tabs->setCurrentWidget(m_proposalsPage);
    return id;
}

} // namespace interntrack

#include "MainWindow.h"

#include "PlaceholderPage.h"
#include "Settings.h"
#include "SettingsPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace interntrack {

namespace {
constexpr int kMaxRecentDatabases = 8;
constexpr int kStatusMessageMs = 5000;
} // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    createMenus();
    createCentralWidget();

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_databaseLabel);

    retranslate();

    if (!restoreGeometry(m_settings.value(Settings::MainWindowGeometry))) {
        resize(1100, 720);
    }
    restoreState(m_settings.value(Settings::MainWindowState));
    const int page = m_settings.value(Settings::NavigationPage);
    m_navigation->setCurrentRow(page >= 0 && page < PageCount ? page : 0);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDatabase);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
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
        if (static_cast<Page>(i) == Page::Settings) {
            m_settingsPage = new SettingsPage(m_settings, m_pages);
            connect(m_settingsPage, &SettingsPage::languageChosen, this, &MainWindow::languageChosen);
            m_pages->addWidget(m_settingsPage);
            m_placeholders.append(nullptr);
        } else {
            auto* page = new PlaceholderPage(m_pages);
            m_pages->addWidget(page);
            m_placeholders.append(page);
        }
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::retranslate()
{
    updateDatabaseLabel();

    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Choose the database file of a programme"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About InternTrack"));
    m_navigation->setAccessibleName(tr("Navigation"));

    struct Entry
    {
        QString name;
        QString description;
    };
    const Entry entries[PageCount] = {
        {tr("Students"), tr("The students of the year and where each stands on the year's requirements.")},
        {tr("TERs"), tr("Research projects (TER): subjects, labs, capacity and the students of each group.")},
        {tr("Internships"),
         tr("Internships: host, tutor, schedule, absences, signatures and gratification, with what the rules "
            "find in each.")},
        {tr("Alternatives"), tr("The alternatives to an internship: summer schools and seminars.")},
        {tr("Timeline"), tr("The year on a calendar: the periods T1 to T4, the deadlines and every internship.")},
        {tr("Documents"),
         tr("Internship agreements (convention de stage), completion certificates and lists, as PDF, ODT or "
            "CSV.")},
        {tr("Settings"), QString()},
    };
    for (int i = 0; i < PageCount; ++i) {
        m_navigation->item(i)->setText(entries[i].name);
        if (m_placeholders.at(i)) {
            m_placeholders.at(i)->setTexts(entries[i].name, entries[i].description);
        }
    }
    statusBar()->showMessage(tr("Ready"), kStatusMessageMs);
}

void MainWindow::updateDatabaseLabel()
{
    if (m_databasePath.isEmpty()) {
        setWindowTitle(tr("InternTrack"));
        m_databaseLabel->setText(tr("No database open"));
    } else {
        const QString fileName = QFileInfo(m_databasePath).fileName();
        setWindowTitle(tr("%1 — InternTrack").arg(fileName));
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
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

bool MainWindow::openDatabase(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        statusBar()->showMessage(tr("Cannot open %1: there is no such file.").arg(QDir::toNativeSeparators(path)),
                                 2 * kStatusMessageMs);
        return false;
    }
    m_databasePath = info.absoluteFilePath();
    QStringList recent = m_settings.value(Settings::RecentDatabases);
    recent.removeAll(m_databasePath);
    recent.prepend(m_databasePath);
    m_settings.setValue(Settings::RecentDatabases, recent.mid(0, kMaxRecentDatabases));
    m_settings.setValue(Settings::LastDatabase, m_databasePath);
    updateDatabaseLabel();
    emit databaseChosen(m_databasePath);
    return true;
}

QString MainWindow::databasePath() const
{
    return m_databasePath;
}

void MainWindow::chooseDatabase()
{
    const QString start = m_databasePath.isEmpty() ? QDir::homePath() : QFileInfo(m_databasePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("InternTrack databases (*.interntrack *.sqlite *.db)")
                                                          + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty()) {
        openDatabase(path);
    }
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

// The GUI shell: the main window opens with its menus and navigation, follows the language, keeps its geometry.
#include "MainWindow.h"
#include "Settings.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace interntrack;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithMenusAndStatusBar();
    void navigationHasEveryArea_data();
    void navigationHasEveryArea();
    void navigationSwitchesPage();
    void menusFollowLanguage_data();
    void menusFollowLanguage();
    void geometryAndPageRestored();
    void settingsPageChoosesLanguage();
    void openDatabaseRejectsMissingFile();
    void openDatabaseRemembersFile();
    void screenshot();

private:
    QListWidget* navigation(MainWindow& w) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("0.0.test"));
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestMainWindow::cleanup()
{
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
    m_settings.reset();
    m_dir.reset();
}

QListWidget* TestMainWindow::navigation(MainWindow& w) const
{
    return w.findChild<QListWidget*>(QStringLiteral("navigation"));
}

void TestMainWindow::opensWithMenusAndStatusBar()
{
    MainWindow w(*m_settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.windowTitle(), QStringLiteral("InternTrack"));

    const QList<QAction*> menus = w.menuBar()->actions();
    QCOMPARE(menus.size(), 2);
    QCOMPARE(menus.at(0)->text(), QStringLiteral("&File"));
    QCOMPARE(menus.at(1)->text(), QStringLiteral("&Help"));

    auto* fileMenu = w.findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QStringList fileEntries;
    for (QAction* a : fileMenu->actions()) {
        if (!a->isSeparator()) {
            fileEntries << a->text();
        }
    }
    QCOMPARE(fileEntries, (QStringList{QStringLiteral("&Open…"), QStringLiteral("&Quit")}));
    auto* about = w.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QCOMPARE(about->text(), QStringLiteral("&About InternTrack"));

    QVERIFY(w.statusBar()->isVisible());
    auto* database = w.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    QVERIFY(database);
    QCOMPARE(database->text(), QStringLiteral("No database open"));

    // Quit closes the window.
    w.findChild<QAction*>(QStringLiteral("quitAction"))->trigger();
    QVERIFY(!w.isVisible());
}

void TestMainWindow::navigationHasEveryArea_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::newRow("students") << 0 << QStringLiteral("Students");
    QTest::newRow("ters") << 1 << QStringLiteral("TERs");
    QTest::newRow("internships") << 2 << QStringLiteral("Internships");
    QTest::newRow("alternatives") << 3 << QStringLiteral("Alternatives");
    QTest::newRow("timeline") << 4 << QStringLiteral("Timeline");
    QTest::newRow("documents") << 5 << QStringLiteral("Documents");
    QTest::newRow("settings") << 6 << QStringLiteral("Settings");
}

void TestMainWindow::navigationHasEveryArea()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    MainWindow w(*m_settings);
    QListWidget* nav = navigation(w);
    QVERIFY(nav);
    QCOMPARE(nav->count(), MainWindow::PageCount);
    QCOMPARE(nav->item(row)->text(), text);
    auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->count(), MainWindow::PageCount);
    // Each page is titled after its entry.
    auto* title = pages->widget(row)->findChild<QLabel*>(QStringLiteral("pageTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), text);
}

void TestMainWindow::navigationSwitchesPage()
{
    MainWindow w(*m_settings);
    auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(w.currentPage(), MainWindow::Page::Students);
    QCOMPARE(pages->currentIndex(), 0);
    navigation(w)->setCurrentRow(3);
    QCOMPARE(w.currentPage(), MainWindow::Page::Alternatives);
    QCOMPARE(pages->currentIndex(), 3);
    w.setCurrentPage(MainWindow::Page::Settings);
    QCOMPARE(pages->currentIndex(), 6);
}

void TestMainWindow::menusFollowLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("help");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("students");
    QTest::newRow("french") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Aide")
                            << QStringLiteral("&Ouvrir…") << QStringLiteral("Étudiants");
    QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("&Help")
                             << QStringLiteral("&Open…") << QStringLiteral("Students");
}

void TestMainWindow::menusFollowLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, help);
    QFETCH(QString, open);
    QFETCH(QString, students);

    // The window exists before the switch: it must retranslate itself on QEvent::LanguageChange.
    MainWindow w(*m_settings);
    w.show();
    QVERIFY(Translations::install(language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr")).ok());
    QVERIFY(Translations::install(language).ok());
    QCOMPARE(Translations::current(), language);

    const QList<QAction*> menus = w.menuBar()->actions();
    QTRY_COMPARE(menus.at(0)->text(), file);
    QCOMPARE(menus.at(1)->text(), help);
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("openAction"))->text(), open);
    QCOMPARE(navigation(w)->item(0)->text(), students);
}

void TestMainWindow::geometryAndPageRestored()
{
    {
        MainWindow w(*m_settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(931, 677);
        w.setCurrentPage(MainWindow::Page::Timeline);
        QTRY_COMPARE(w.size(), QSize(931, 677));
        QVERIFY(w.close());
    }
    QVERIFY(!m_settings->value(Settings::MainWindowGeometry).isEmpty());

    // A fresh registry over the same file, as at the next start.
    Settings reread(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow w(reread);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), QSize(931, 677));
    QCOMPARE(w.currentPage(), MainWindow::Page::Timeline);
}

void TestMainWindow::settingsPageChoosesLanguage()
{
    MainWindow w(*m_settings);
    w.setCurrentPage(MainWindow::Page::Settings);
    auto* combo = w.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentIndex(), 0); // the system's language until one is chosen
    QSignalSpy chosen(&w, &MainWindow::languageChosen);
    const int french = combo->findData(QStringLiteral("fr"));
    QVERIFY(french > 0);
    combo->setCurrentIndex(french);
    emit combo->activated(french); // what a user's click emits
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("fr"));
    QCOMPARE(m_settings->value(Settings::Language), QStringLiteral("fr"));

    // The next window shows the saved choice.
    MainWindow next(*m_settings);
    QCOMPARE(next.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("fr"));
}

void TestMainWindow::openDatabaseRejectsMissingFile()
{
    MainWindow w(*m_settings);
    const QString missing = m_dir->filePath(QStringLiteral("nothing-here.interntrack"));
    QVERIFY(!w.openDatabase(missing));
    QVERIFY(!w.openDatabase(m_dir->path())); // a directory is not a database either
    QVERIFY(w.databasePath().isEmpty());
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no such file")));
    QVERIFY(m_settings->value(Settings::LastDatabase).isEmpty());
}

void TestMainWindow::openDatabaseRemembersFile()
{
    const QString path = m_dir->filePath(QStringLiteral("m1-ai.interntrack"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    MainWindow w(*m_settings);
    QSignalSpy chosen(&w, &MainWindow::databaseChosen);
    QVERIFY(w.openDatabase(path));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(w.databasePath(), path);
    QCOMPARE(w.windowTitle(), QStringLiteral("m1-ai.interntrack — InternTrack"));
    QCOMPARE(m_settings->value(Settings::LastDatabase), path);
    QCOMPARE(m_settings->value(Settings::RecentDatabases), QStringList{path});
}

void TestMainWindow::screenshot()
{
    // Set INTERNTRACK_SCREENSHOT=/tmp/x.png to look at the window as it renders offscreen.
    const QString out = qEnvironmentVariable("INTERNTRACK_SCREENSHOT");
    if (out.isEmpty()) {
        QSKIP("INTERNTRACK_SCREENSHOT not set");
    }
    const QString language = qEnvironmentVariable("INTERNTRACK_SCREENSHOT_LANG", QStringLiteral("en"));
    QVERIFY(Translations::install(language).ok());
    MainWindow w(*m_settings);
    w.resize(1000, 640);
    w.setCurrentPage(static_cast<MainWindow::Page>(qEnvironmentVariableIntValue("INTERNTRACK_SCREENSHOT_PAGE")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.grab().save(out));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The GUI shell: the main window opens with its menus and navigation, follows the language, keeps its geometry.
#include "ActionController.h"
#include "DashboardPage.h"
#include "ItemListPage.h"
#include "ItemTableModel.h"
#include "MainWindow.h"
#include "OverrideDialog.h"
#include "Settings.h"
#include "SignaturesDialog.h"
#include "StudentsFilterModel.h"
#include "StudentsModel.h"
#include "StudentsPage.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "i18n/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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
    void advisorAndSecretariatWorkEndToEnd();
    void dashboardShowsTheStudentsBehindAFigure();
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
    QStringList menuTitles;
    for (QAction* a : menus)
        menuTitles << a->text();
    QCOMPARE(menuTitles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                      QStringLiteral("&Actions"), QStringLiteral("&Role"), QStringLiteral("&Help")}));

    auto* fileMenu = w.findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QStringList fileEntries;
    for (QAction* a : fileMenu->actions()) {
        if (!a->isSeparator()) {
            fileEntries << a->text();
        }
    }
    QCOMPARE(fileEntries,
             (QStringList{QStringLiteral("&New Database…"), QStringLiteral("&Open…"),
                          QStringLiteral("Connect to &Server…"), QStringLiteral("Open &Recent"),
                          QStringLiteral("&Close Database"), QStringLiteral("Add &Programme…"),
                          QStringLiteral("&Back Up…"), QStringLiteral("&Import Proposals…"), QStringLiteral("&Quit")}));
    // The main commands have the platform's shortcuts.
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("openAction"))->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("undoAction"))->shortcut(), QKeySequence(QKeySequence::Undo));
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
    QTest::addColumn<QString>("pageClass"); ///< the page's class, empty for a page still to write
    QTest::newRow("students") << 0 << QStringLiteral("Students") << QStringLiteral("interntrack::StudentsPage");
    QTest::newRow("ters") << 1 << QStringLiteral("TERs") << QStringLiteral("interntrack::ListArea");
    QTest::newRow("internships") << 2 << QStringLiteral("Internships") << QStringLiteral("interntrack::ListArea");
    QTest::newRow("alternatives") << 3 << QStringLiteral("Alternatives") << QStringLiteral("interntrack::ListArea");
    QTest::newRow("overview") << 4 << QStringLiteral("Overview") << QStringLiteral("QTabWidget");
    QTest::newRow("documents") << 5 << QStringLiteral("Documents") << QString();
    QTest::newRow("settings") << 6 << QStringLiteral("Settings") << QStringLiteral("QTabWidget");
}

void TestMainWindow::navigationHasEveryArea()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    QFETCH(QString, pageClass);
    MainWindow w(*m_settings);
    QListWidget* nav = navigation(w);
    QVERIFY(nav);
    QCOMPARE(nav->count(), MainWindow::PageCount);
    QCOMPARE(nav->item(row)->text(), text);
    auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->count(), MainWindow::PageCount);
    if (!pageClass.isEmpty()) {
        QCOMPARE(QString::fromLatin1(pages->widget(row)->metaObject()->className()), pageClass);
        return;
    }
    // A page still to write says what it will hold, titled after its entry.
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
    QCOMPARE(menus.last()->text(), help);
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("openAction"))->text(), open);
    QCOMPARE(navigation(w)->item(0)->text(), students);
}

void TestMainWindow::geometryAndPageRestored()
{
    {
        MainWindow w(*m_settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(1131, 777);
        w.setCurrentPage(MainWindow::Page::Timeline);
        QTRY_COMPARE(w.size(), QSize(1131, 777));
        QVERIFY(w.close());
    }
    QVERIFY(!m_settings->value(Settings::MainWindowGeometry).isEmpty());

    // A fresh registry over the same file, as at the next start.
    Settings reread(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow w(reread);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), QSize(1131, 777));
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
    QVERIFY(!w.openDatabase(missing, true));
    QVERIFY(!w.openDatabase(m_dir->path(), true)); // a directory is not a database either
    QVERIFY(w.databasePath().isEmpty());
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("no such file")));
    QVERIFY(m_settings->value(Settings::LastDatabase).isEmpty());
}

void TestMainWindow::openDatabaseRemembersFile()
{
    const QString path = m_dir->filePath(QStringLiteral("m1-ai.interntrack"));
    QCOMPARE(test::createDemoDatabase(path), QString());

    MainWindow w(*m_settings);
    QSignalSpy chosen(&w, &MainWindow::databaseChosen);
    QVERIFY(w.openDatabase(path));
    w.workspace().waitForLoaded();
    QCOMPARE(w.workspace().cohort().students.size(), 25);
    QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("yearCombo"))->currentText(), QStringLiteral("2025-2026"));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(w.databasePath(), path);
    QCOMPARE(w.windowTitle(), QStringLiteral("m1-ai.interntrack — InternTrack"));
    QCOMPARE(m_settings->value(Settings::LastDatabase), path);
    QCOMPARE(m_settings->value(Settings::RecentDatabases), QStringList{path});
}

void TestMainWindow::advisorAndSecretariatWorkEndToEnd()
{
    // The walk through the real window on a temporary copy of the demo.
    const QString path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(test::createDemoDatabase(path), QString());
    m_settings->setValue(Settings::Role, QStringLiteral("advisor"));
    m_settings->setValue(Settings::UserName, QStringLiteral("Ada Advisor"));
    MainWindow w(*m_settings);
    connect(&w, &MainWindow::languageChosen, &w, [](const QString& code) { (void)Translations::install(code); });
    Workspace& ws = w.workspace();
    ws.setClock([] { return test::demoNow(); });
    w.show();
    QVERIFY(w.openDatabase(path, true));
    ws.waitForLoaded();
    auto* page = w.findChild<StudentsPage*>();
    auto* actions = w.findChild<ActionController*>();
    QVERIFY(page && actions);

    // The lists of the other pages are made when first shown, not at load.
    auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
    const QList<ItemListPage*> internshipLists =
        pages->widget(int(MainWindow::Page::Internships))->findChildren<ItemListPage*>();
    QVERIFY(!internshipLists.isEmpty());
    w.setCurrentPage(MainWindow::Page::Students);
    QCOMPARE(internshipLists.first()->model()->rowCount(), 0);
    w.setCurrentPage(MainWindow::Page::Internships);
    QVERIFY(internshipLists.first()->model()->rowCount() > 0);
    w.setCurrentPage(MainWindow::Page::Students);

    // Filter to the students with errors, select one.
    page->setFilter(StudentsFilterModel::Filter::WithErrors);
    const int withErrors = page->proxyModel()->rowCount();
    QVERIFY(withErrors > 0 && withErrors < 25);
    QVERIFY(page->selectStudent(QStringLiteral("s11")));
    QCOMPARE(page->currentStudentId(), QStringLiteral("s11"));
    const QString id = QStringLiteral("int-fontaine");
    actions->setCurrentItem(ItemKind::Internship, id);

    // Approving with an error is refused, with the reason.
    auto* approve = w.findChild<QAction*>(QStringLiteral("approveAction"));
    QVERIFY(approve && approve->isEnabled());
    approve->trigger();
    QCOMPARE(ws.internship(id)->state, WorkflowState::Submitted);
    QVERIFY2(actions->lastRefusal().contains(QStringLiteral("INT_")), qPrintable(actions->lastRefusal()));
    QTRY_VERIFY(w.statusBar()->currentMessage().contains(actions->lastRefusal().left(20)));
    if (QMessageBox* box = actions->refusalBox())
        box->reject();

    // Override a rule with a reason: the finding is marked overridden, with who.
    emit page->overrideRequested(ItemKind::Internship, id, QStringLiteral("INT_TEACHING_PERIOD"));
    auto* dialog = qobject_cast<OverrideDialog*>(actions->activeDialog());
    QVERIFY(dialog);
    dialog->setReason(QStringLiteral("Evening classes only; agreed with the host."));
    dialog->okButton()->click();
    bool overridden = false;
    for (const Finding& f : ws.findings(id))
        overridden = overridden || (f.rule == QLatin1String("INT_TEACHING_PERIOD") && f.overridden);
    QVERIFY(overridden);
    QCOMPARE(ws.internship(id)->overrides.last().by, QStringLiteral("Ada Advisor"));

    // The secretariat records the four signatures: the state moves; Edit > Undo brings it back.
    auto* secretariat = w.findChild<QAction*>(QStringLiteral("roleSecretariatAction"));
    secretariat->trigger();
    QCOMPARE(ws.actor().role, Role::Secretariat);
    QVERIFY(!approve->isEnabled()); // what a role may not do is disabled…
    QVERIFY(!approve->toolTip().isEmpty()); // …with the reason
    const QString approved = QStringLiteral("int-haddad");
    actions->setCurrentItem(ItemKind::Internship, approved);
    w.findChild<QAction*>(QStringLiteral("recordSignaturesAction"))->trigger();
    auto* signatures = qobject_cast<SignaturesDialog*>(actions->activeDialog());
    QVERIFY(signatures);
    for (Signatory who : {Signatory::Student, Signatory::Host, Signatory::Tutor, Signatory::University})
        signatures->setSignature(who, test::demoNow().date());
    signatures->okButton()->click();
    QCOMPARE(ws.internship(approved)->state, WorkflowState::Signed);
    auto* undo = w.findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(ws.internship(approved)->state, WorkflowState::Approved);
    QVERIFY(!ws.internship(approved)->signatures.university.isValid());
    w.findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(ws.internship(approved)->state, WorkflowState::Signed);

    // Switch to French from the View menu: the menus follow at once.
    w.findChild<QAction*>(QStringLiteral("languageFrenchAction"))->trigger();
    QTRY_COMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("&Fichier"));
    QCOMPARE(m_settings->value(Settings::Language), QStringLiteral("fr"));
    w.findChild<QAction*>(QStringLiteral("languageEnglishAction"))->trigger();
    QTRY_COMPARE(w.menuBar()->actions().at(0)->text(), QStringLiteral("&File"));
}

void TestMainWindow::dashboardShowsTheStudentsBehindAFigure()
{
    const QString path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(test::createDemoDatabase(path), QString());
    m_settings->setValue(Settings::Role, QStringLiteral("advisor"));
    MainWindow w(*m_settings);
    w.workspace().setClock([] { return test::demoNow(); });
    QVERIFY(w.openDatabase(path, true));
    w.workspace().waitForLoaded();
    w.setCurrentPage(MainWindow::Page::Timeline);
    auto* dashboard = w.findChild<DashboardPage*>();
    QVERIFY(dashboard);
    dashboard->refresh();
    const YearSummary& summary = dashboard->summary();
    QVERIFY(summary.notPlaced() > 0);
    auto* proxy = w.findChild<StudentsFilterModel*>();
    QVERIFY(proxy);

    w.showDashboardStudents({StudentsFilter::Kind::NotPlaced, {}, 0});
    QCOMPARE(w.currentPage(), MainWindow::Page::Students);
    QCOMPARE(proxy->filter(), StudentsFilterModel::Filter::Chosen);
    QCOMPARE(proxy->rowCount(), summary.notPlaced());
    auto* filterCombo = w.findChild<QComboBox*>(QStringLiteral("studentsFilter"));
    QVERIFY(filterCombo);
    QVERIFY2(filterCombo->currentText().startsWith(QLatin1String("Dashboard: not yet placed")),
             qPrintable(filterCombo->currentText()));

    // A rule's bar: the students with an open finding of that rule
    QVERIFY(!summary.findingsByRule.isEmpty());
    const QString rule = summary.findingsByRule.first().rule;
    w.showDashboardStudents({StudentsFilter::Kind::Rule, rule, 0});
    QSet<QString> expected;
    for (const Finding& f : w.workspace().checkResult().findings) {
        if (f.rule == rule && !f.overridden)
            expected.insert(f.student);
    }
    QCOMPARE(proxy->rowCount(), expected.size());
    for (int row = 0; row < proxy->rowCount(); ++row)
        QVERIFY(expected.contains(proxy->index(row, 0).data(StudentsModel::StudentIdRole).toString()));

    // Back to everyone from the filter list
    filterCombo->setCurrentIndex(0);
    emit filterCombo->activated(0);
    QCOMPARE(proxy->rowCount(), int(w.workspace().cohort().students.size()));
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

// Programme profiles in the interface, the documents and the command line (issue 10 item 3): the main window names
// the activities as the profile does, the timeline draws the profile's calendar, and agreements exist only under
// French internship law.
#include "CliRunner.h"
#include "DocumentsPage.h"
#include "ItemEditorDialog.h"
#include "ItemListPage.h"
#include "ListArea.h"
#include "MainWindow.h"
#include "ProgrammeDialog.h"
#include "Settings.h"
#include "StudentsModel.h"
#include "StudentsPage.h"
#include "TestSupport.h"
#include "TimelineView.h"
#include "Workspace.h"
#include "demo/DemoCohort.h"
#include "domain/ProfileLabels.h"
#include "domain/Profiles.h"
#include "i18n/Translations.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

using namespace interntrack;

namespace {

/// A QString from UTF-8 (the build forbids the implicit conversion).
QString S(const char* text)
{
    return QString::fromUtf8(text);
}

/// The demo cohort of @p profileId for 2025-2026 written to a new database at @p path; empty, or why not.
QString createProfileDemo(const QString& path, const QString& profileId)
{
    Database db;
    if (Status s = db.open(path); !s)
        return s.error();
    CohortRepository repo(db);
    repo.setClock([] { return test::demoNow(); });
    if (Status s = repo.saveCohort(demoCohort(profileId, AcademicYear{2025}), QStringLiteral("test")); !s)
        return s.error();
    return {};
}

} // namespace

class TestProfileUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void labels_data();
    void labels();
    void mainWindowFollowsProfile_data();
    void mainWindowFollowsProfile();
    void labelsFollowRulesChanges();
    void documentsPageOffers_data();
    void documentsPageOffers();
    void timelineDrawsProfileCalendar_data();
    void timelineDrawsProfileCalendar();
    void cliRefusesAgreements_data();
    void severalProgrammesInOneDatabase();
    void addProgrammeDialog();
    void cliChoosesTheProgramme();
    void cliRefusesAgreements();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestProfileUi::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
}

void TestProfileUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(Settings::Role, QStringLiteral("advisor"));
    m_settings->setValue(Settings::UserName, QStringLiteral("Ada Advisor"));
}

void TestProfileUi::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestProfileUi::labels_data()
{
    QTest::addColumn<QJsonObject>("labels");
    QTest::addColumn<QString>("terSingular");
    QTest::addColumn<QString>("terPlural");
    QTest::addColumn<QString>("internshipPlural");

    QTest::newRow("software's names") << QJsonObject{} << S("TER") << S("TERs") << S("Internships");
    QTest::newRow("label without plural keeps it")
        << QJsonObject{{S("ter"), S("Group project")}, {S("internship"), S("Individual project or internship")}}
        << S("Group project") << S("Group project") << S("Individual project or internship");
    QTest::newRow("plural key") << QJsonObject{{S("ter"), S("Group project")}, {S("ter_plural"), S("Group projects")}}
                                << S("Group project") << S("Group projects") << S("Internships");
}

void TestProfileUi::labels()
{
    QFETCH(QJsonObject, labels);
    QFETCH(QString, terSingular);
    QFETCH(QString, terPlural);
    QFETCH(QString, internshipPlural);
    RuleSet rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    QVERIFY(rules.applyJson(QJsonObject{{S("profile"), QJsonObject{{S("labels"), labels}}}}).ok());
    using Activity = ProfileLabels::Activity;
    QCOMPARE(ProfileLabels::singular(rules, Activity::Ter), terSingular);
    QCOMPARE(ProfileLabels::plural(rules, Activity::Ter), terPlural);
    QCOMPARE(ProfileLabels::plural(rules, Activity::Internship), internshipPlural);
    QCOMPARE(ProfileLabels::singular(rules, Activity::SummerSchool), QStringLiteral("Summer school"));
    QCOMPARE(ProfileLabels::hasLabel(rules, Activity::Ter), !labels.isEmpty());
}

void TestProfileUi::mainWindowFollowsProfile_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("ters"); ///< navigation entry and tab; empty: no TERs area
    QTest::addColumn<QString>("internships");
    QTest::addColumn<bool>("alternatives"); ///< the Alternatives area is offered
    QTest::addColumn<QString>("terColumn"); ///< empty: hidden
    QTest::addColumn<QString>("placementColumn");
    QTest::addColumn<QString>("newTer");
    QTest::addColumn<QString>("newInternship");
    QTest::addColumn<bool>("signaturesColumn");

    QTest::newRow("paris-saclay-m1") << S("paris-saclay-m1") << S("TERs") << S("Internships") << true << S("TER")
                                     << S("Internship or alternative") << S("New TER") << S("New internship") << true;
    QTest::newRow("imperial-msc-ai") << S("imperial-msc-ai") << S("Group projects")
                                     << S("Individual projects and internships") << false << S("Group project")
                                     << S("Individual project or internship") << S("New Group project")
                                     << S("New Individual project or internship") << false;
    QTest::newRow("montreal-mila-pro") << S("montreal-mila-pro") << QString()
                                       << S("Internship with a partner organisation") << false << QString()
                                       << S("Internship with a partner organisation") << S("New TER")
                                       << S("New Internship with a partner organisation") << false;
}

void TestProfileUi::mainWindowFollowsProfile()
{
    QFETCH(QString, profile);
    QFETCH(QString, ters);
    QFETCH(QString, internships);
    QFETCH(bool, alternatives);
    QFETCH(QString, terColumn);
    QFETCH(QString, placementColumn);
    QFETCH(QString, newTer);
    QFETCH(QString, newInternship);
    QFETCH(bool, signaturesColumn);

    MainWindow w(*m_settings);
    w.workspace().setClock([] { return test::demoNow(); });
    QVERIFY(w.createDatabase(m_dir->filePath(profile + QStringLiteral(".interntrack")), 2025, profile));
    w.workspace().waitForLoaded();
    QCOMPARE(w.workspace().rules().profile.id, profile);

    // The navigation
    auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QListWidgetItem* terEntry = navigation->item(int(MainWindow::Page::Ters));
    QCOMPARE(terEntry->isHidden(), ters.isEmpty());
    if (!ters.isEmpty())
        QCOMPARE(terEntry->text(), ters);
    QCOMPARE(navigation->item(int(MainWindow::Page::Internships))->text(), internships);
    QCOMPARE(navigation->item(int(MainWindow::Page::Internships))->isHidden(), false);
    QCOMPARE(navigation->item(int(MainWindow::Page::Alternatives))->isHidden(), !alternatives);

    // The tabs of the lists, and the internships' columns
    auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* internshipArea = qobject_cast<ListArea*>(pages->widget(int(MainWindow::Page::Internships)));
    QVERIFY(internshipArea);
    QCOMPARE(internshipArea->tabWidget()->tabText(0), QString(internships).replace(u'&', QStringLiteral("&&")));
    auto* terArea = qobject_cast<ListArea*>(pages->widget(int(MainWindow::Page::Ters)));
    QVERIFY(terArea);
    if (!ters.isEmpty())
        QCOMPARE(terArea->tabWidget()->tabText(0), ters);
    ItemListPage* internshipList = internshipArea->page(ListKind::Internships);
    QVERIFY(internshipList);
    const int signatures = internshipList->model()->columnOf(ItemTableModel::Field::Signatures);
    QVERIFY(signatures >= 0);
    QCOMPARE(internshipList->tableView()->isColumnHidden(signatures), !signaturesColumn);
    auto* newInternshipButton = internshipList->findChild<QPushButton*>(QStringLiteral("newButton"));
    if (newInternshipButton)
        QCOMPARE(newInternshipButton->text().remove(u'&'), newInternship + QStringLiteral("…"));

    // The Students page's columns
    auto* students = w.findChild<StudentsPage*>();
    QVERIFY(students);
    auto* table = students->findChild<QTableView*>();
    QVERIFY(table);
    QAbstractItemModel* model = table->model();
    QCOMPARE(table->isColumnHidden(StudentsModel::TerColumn), terColumn.isEmpty());
    if (!terColumn.isEmpty())
        QCOMPARE(model->headerData(StudentsModel::TerColumn, Qt::Horizontal).toString(), terColumn);
    QCOMPARE(model->headerData(StudentsModel::PlacementColumn, Qt::Horizontal).toString(), placementColumn);

    // The editor's title for a new item
    const auto titleOf = [&w](ItemKind kind) {
        const std::unique_ptr<ItemEditorDialog> editor =
            ItemEditorDialog::forNewItem(w.workspace(), ItemEditorDialog::blankItem(w.workspace(), kind), &w);
        auto* title = editor ? editor->findChild<QLabel*>(QStringLiteral("editorTitle")) : nullptr;
        return title ? title->text() : QString();
    };
    QCOMPARE(titleOf(ItemKind::Ter), newTer);
    QCOMPARE(titleOf(ItemKind::Internship), newInternship);
}

void TestProfileUi::labelsFollowRulesChanges()
{
    // A label changed in the year's rules renames the navigation, the tabs and the headers at once.
    MainWindow w(*m_settings);
    QVERIFY(
        w.createDatabase(m_dir->filePath(QStringLiteral("m1.interntrack")), 2025, QStringLiteral("paris-saclay-m1")));
    Workspace& ws = w.workspace();
    ws.waitForLoaded();
    auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(int(MainWindow::Page::Ters))->text(), QStringLiteral("TERs"));

    RuleSet rules = ws.rules();
    rules.profile.labels.insert(QStringLiteral("ter"), QStringLiteral("Projet tutoré"));
    rules.profile.labels.insert(QStringLiteral("ter_plural"), QStringLiteral("Projets tutorés"));
    QVERIFY(ws.saveRules(rules).ok());
    QCOMPARE(navigation->item(int(MainWindow::Page::Ters))->text(), QStringLiteral("Projets tutorés"));
    auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* terArea = qobject_cast<ListArea*>(pages->widget(int(MainWindow::Page::Ters)));
    QCOMPARE(terArea->tabWidget()->tabText(0), QStringLiteral("Projets tutorés"));
    auto* table = w.findChild<StudentsPage*>()->findChild<QTableView*>();
    QCOMPARE(table->model()->headerData(StudentsModel::TerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Projet tutoré"));

    // Undone, the software's names come back.
    ws.undoStack()->undo();
    QCOMPARE(navigation->item(int(MainWindow::Page::Ters))->text(), QStringLiteral("TERs"));
    QCOMPARE(table->model()->headerData(StudentsModel::TerColumn, Qt::Horizontal).toString(), QStringLiteral("TER"));
}

void TestProfileUi::documentsPageOffers_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("agreements");
    QTest::addColumn<QString>("reason");

    QTest::newRow("paris-saclay-m1") << S("paris-saclay-m1") << true << QString();
    QTest::newRow("imperial-msc-ai") << S("imperial-msc-ai") << false << S("Imperial College London");
    QTest::newRow("montreal-mila-pro") << S("montreal-mila-pro") << false << S("Université de Montréal / Mila");
}

void TestProfileUi::documentsPageOffers()
{
    QFETCH(QString, profile);
    QFETCH(bool, agreements);
    QFETCH(QString, reason);

    const QString path = m_dir->filePath(profile + QStringLiteral(".interntrack"));
    QCOMPARE(createProfileDemo(path, profile), QString());
    MainWindow w(*m_settings);
    w.workspace().setClock([] { return test::demoNow(); });
    QVERIFY(w.openDatabase(path, true));
    w.workspace().waitForLoaded();
    QVERIFY(!w.workspace().cohort().internships.isEmpty());
    w.show();
    w.setCurrentPage(MainWindow::Page::Documents);

    auto* page = w.findChild<DocumentsPage*>();
    QVERIFY(page);
    QCOMPARE(page->offersAgreements(), agreements);
    auto* button = page->findChild<QPushButton*>(QStringLiteral("agreementsButton"));
    auto* why = page->findChild<QLabel*>(QStringLiteral("agreementsUnavailable"));
    QVERIFY(button && why);
    QCOMPARE(button->isVisible(), agreements);
    QCOMPARE(why->isVisible(), !agreements);
    // Certificates and lists are always there.
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("certificatesButton"))->isVisible());
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("listButton"))->isVisible());
    auto* description = page->findChild<QLabel*>(QStringLiteral("pageDescription"));
    QCOMPARE(description->text().contains(QStringLiteral("convention de stage")), agreements);
    if (!agreements) {
        QVERIFY2(why->text().contains(reason), qPrintable(why->text()));
        QVERIFY(why->text().contains(QStringLiteral("not under French internship law")));
        QVERIFY(!why->text().contains(u'\n'));
        // Asked all the same (a shortcut, a script), the page refuses and says why.
        QVERIFY(!page->generate(DocumentsPage::Output::Agreements));
        QVERIFY(page->lastRunFailed());
        QCOMPARE(page->resultText(), why->text());
    }
}

void TestProfileUi::timelineDrawsProfileCalendar_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QDate>("lastDate"); ///< the last day drawn: the deadline's month at least

    QTest::newRow("paris-saclay-m1") << S("paris-saclay-m1") << QDate(2026, 8, 31);
    QTest::newRow("imperial-msc-ai") << S("imperial-msc-ai") << QDate(2026, 9, 30); // deadline and window: 15 September
    QTest::newRow("montreal-mila-pro") << S("montreal-mila-pro") << QDate(2026, 8, 31);
}

void TestProfileUi::timelineDrawsProfileCalendar()
{
    QFETCH(QString, profile);
    QFETCH(QDate, lastDate);
    MainWindow w(*m_settings);
    QVERIFY(w.createDatabase(m_dir->filePath(profile + QStringLiteral(".interntrack")), 2025, profile));
    w.workspace().waitForLoaded();
    auto* view = w.findChild<TimelineView*>();
    QVERIFY(view);
    view->rebuild();
    QCOMPARE(view->lastDate(), lastDate);
    QCOMPARE(view->firstDate(), QDate(2025, 9, 1));
    // The header's tooltip names the internship window where the profile has one.
    view->resize(1200, 400);
    const RuleSet& rules = w.workspace().rules();
    if (rules.hasInternshipWindow()) {
        const int x = view->xForDate(QDate(2026, 6, 15)) + 1;
        const QString tip = view->toolTipAt(QPoint(x, view->headerHeight() - 2));
        QVERIFY2(tip.contains(QStringLiteral("Individual project or internship window")), qPrintable(tip));
    }
}

void TestProfileUi::cliRefusesAgreements_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("agreements");

    QTest::newRow("paris-saclay-m1") << S("paris-saclay-m1") << true;
    QTest::newRow("imperial-msc-ai") << S("imperial-msc-ai") << false;
    QTest::newRow("montreal-mila-pro") << S("montreal-mila-pro") << false;
}

void TestProfileUi::cliRefusesAgreements()
{
    QFETCH(QString, profile);
    QFETCH(bool, agreements);
    const QString db = m_dir->filePath(profile + QStringLiteral(".interntrack"));
    QCOMPARE(createProfileDemo(db, profile), QString());
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const QStringList common = {QStringLiteral("documents"), QStringLiteral("--db"),      db, QStringLiteral("-o"), out,
                                QStringLiteral("--today"),   QStringLiteral("2026-03-02")};

    const test::CliRun run = test::runProgram(
        QStringLiteral(CLI_PATH), common + QStringList{QStringLiteral("--kind"), QStringLiteral("agreements")});
    if (agreements) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!QDir(out).entryList({QStringLiteral("agreement-*.pdf")}, QDir::Files).isEmpty());
    } else {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QStringLiteral("not under French internship law")), run.err.constData());
        QVERIFY(QDir(out).entryList({QStringLiteral("agreement-*")}, QDir::Files).isEmpty());
        // The certificates and lists are still made.
        const test::CliRun certificates = test::runProgram(
            QStringLiteral(CLI_PATH), common + QStringList{QStringLiteral("--kind"), QStringLiteral("certificates")});
        QVERIFY2(certificates.exitCode == 0, certificates.err.constData());
        const test::CliRun lists = test::runProgram(
            QStringLiteral(CLI_PATH), common + QStringList{QStringLiteral("--kind"), QStringLiteral("lists")});
        QVERIFY2(lists.exitCode == 0, lists.err.constData());
    }
}

void TestProfileUi::severalProgrammesInOneDatabase()
{
    // The three demo programmes in one database (interntrack-cli demo --profile all): the window shows one,
    // names it in the toolbar, and switches to another with its own students, labels and rules.
    const QString path = m_dir->filePath(QStringLiteral("faculty.interntrack"));
    const test::CliRun made = test::runProgram(
        QStringLiteral(CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--profile"),
                                   QStringLiteral("all"), QStringLiteral("--year"), QStringLiteral("2025-2026")});
    QVERIFY2(made.exitCode == 0, made.err.constData());

    MainWindow w(*m_settings);
    w.workspace().setClock([] { return test::demoNow(); });
    QVERIFY(w.openDatabase(path, true));
    w.workspace().waitForLoaded();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    auto* combo = w.findChild<QComboBox*>(QStringLiteral("programmeCombo"));
    QVERIFY(combo);
    QTRY_VERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("imperial-msc-ai")); // the first by key is shown
    QCOMPARE(combo->itemText(0), S("MSc in Artificial Intelligence — Imperial College London"));
    QCOMPARE(w.workspace().programme(), QStringLiteral("imperial-msc-ai"));
    QCOMPARE(w.workspace().rules().profile.id, QStringLiteral("imperial-msc-ai"));
    auto* navigation = w.findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(int(MainWindow::Page::Ters))->text(), S("Group projects"));
    const qsizetype imperialStudents = w.workspace().cohort().students.size();

    const int paris = combo->findData(QStringLiteral("paris-saclay-m1"));
    QVERIFY(paris >= 0);
    combo->setCurrentIndex(paris);
    emit combo->activated(paris);
    w.workspace().waitForLoaded();
    QCOMPARE(w.workspace().programme(), QStringLiteral("paris-saclay-m1"));
    QCOMPARE(w.workspace().rules().profile.id, QStringLiteral("paris-saclay-m1"));
    QVERIFY(w.workspace().rules().frenchLawApplies());
    QVERIFY(w.workspace().cohort().students.size() != imperialStudents);
    QCOMPARE(navigation->item(int(MainWindow::Page::Ters))->text(), S("TERs"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("paris-saclay-m1"));
    QCOMPARE(w.workspace().years(), QList<AcademicYear>{AcademicYear{2025}});
    // INTERNTRACK_SCREENSHOT_DIR=/tmp/x: look at the window with its Programme list.
    if (const QString dir = qEnvironmentVariable("INTERNTRACK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        w.resize(1280, 800);
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("programmes.png"))));
    }

    // The programme shown is remembered for this file: a new window opens it again.
    {
        MainWindow again(*m_settings);
        again.workspace().setClock([] { return test::demoNow(); });
        QVERIFY(again.openDatabase(path, true));
        again.workspace().waitForLoaded();
        QCOMPARE(again.workspace().programme(), QStringLiteral("paris-saclay-m1"));
    }

    // A database with one programme hides the selector.
    const QString single = m_dir->filePath(QStringLiteral("single.interntrack"));
    QCOMPARE(createProfileDemo(single, QStringLiteral("montreal-mila-pro")), QString());
    QVERIFY(w.openDatabase(single, true));
    w.workspace().waitForLoaded();
    QCOMPARE(combo->count(), 1);
    QTRY_VERIFY(!combo->isVisible()); // the toolbar lays itself out when the events run
    QCOMPARE(w.workspace().programme(), QStringLiteral("montreal-mila-pro"));
}

void TestProfileUi::addProgrammeDialog()
{
    // File > Add Programme…: the key is checked beside the field; the programme is added and shown.
    ProgrammeDialog dialog({QStringLiteral("paris-saclay-m1")}, QDate(2026, 3, 2));
    auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("keyEdit"));
    auto* profile = dialog.findChild<QComboBox*>(QStringLiteral("profileCombo"));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(key && profile && ok);
    QCOMPARE(dialog.profileId(), QStringLiteral("imperial-msc-ai")); // the first not taken
    QCOMPARE(key->text(), QStringLiteral("imperial-msc-ai"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.year(), AcademicYear{2025});
    key->setText(QStringLiteral("paris-saclay-m1"));
    QVERIFY(!ok->isEnabled());
    key->setText(QStringLiteral("MSc AI"));
    QVERIFY(!ok->isEnabled());
    key->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(key, QStringLiteral("msc-ai-2027"));
    QVERIFY(ok->isEnabled());
    profile->setCurrentIndex(profile->findData(QStringLiteral("montreal-mila-pro")));
    QCOMPARE(key->text(), QStringLiteral("msc-ai-2027")); // typed by the user: kept
    if (const QString dir = qEnvironmentVariable("INTERNTRACK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        key->setText(QStringLiteral("paris-saclay-m1")); // with the message beside the key
        dialog.adjustSize();
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("add-programme.png"))));
        key->setText(QStringLiteral("msc-ai-2027"));
    }

    MainWindow w(*m_settings);
    w.workspace().setClock([] { return test::demoNow(); });
    QVERIFY(w.createDatabase(m_dir->filePath(QStringLiteral("add.interntrack")), 2025));
    w.workspace().waitForLoaded();
    QCOMPARE(w.workspace().programme(), QStringLiteral("paris-saclay-m1"));
    QVERIFY(!w.workspace()
                 .addProgramme(QStringLiteral("paris-saclay-m1"), QStringLiteral("imperial-msc-ai"), AcademicYear{2025})
                 .ok());
    QVERIFY(!w.workspace()
                 .addProgramme(QStringLiteral("Bad Key"), QStringLiteral("imperial-msc-ai"), AcademicYear{2025})
                 .ok());
    QCOMPARE(w.workspace().programmes().size(), 1);
    const Status added =
        w.workspace().addProgramme(QStringLiteral("msc-ai"), QStringLiteral("imperial-msc-ai"), AcademicYear{2026});
    QVERIFY2(added.ok(), qPrintable(added.error()));
    w.workspace().waitForLoaded();
    QCOMPARE(w.workspace().programme(), QStringLiteral("msc-ai"));
    QCOMPARE(w.workspace().year(), AcademicYear{2026});
    QCOMPARE(w.workspace().rules().profile.id, QStringLiteral("msc-ai"));
    QCOMPARE(w.workspace().rules().profile.institution, QStringLiteral("Imperial College London"));
    QCOMPARE(w.workspace().programmes().size(), 2);
    auto* combo = w.findChild<QComboBox*>(QStringLiteral("programmeCombo"));
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("msc-ai"));
}

void TestProfileUi::cliChoosesTheProgramme()
{
    const QString path = m_dir->filePath(QStringLiteral("faculty.interntrack"));
    const QString year = QStringLiteral("2025-2026");
    const test::CliRun made = test::runProgram(
        QStringLiteral(CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--profile"),
                                   QStringLiteral("imperial-msc-ai"), QStringLiteral("--profile"),
                                   QStringLiteral("paris-saclay-m1"), QStringLiteral("--year"), year});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QStringList check = {QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--today"),
                               QStringLiteral("2026-03-02")};

    // Not chosen: refused, naming the programmes.
    const test::CliRun ambiguous = test::runProgram(QStringLiteral(CLI_PATH), check);
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.errText().contains(QStringLiteral("imperial-msc-ai, paris-saclay-m1")),
             ambiguous.err.constData());
    // Unknown.
    const test::CliRun unknown =
        test::runProgram(QStringLiteral(CLI_PATH), check + QStringList{QStringLiteral("--programme"), S("mila")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.errText().contains(QStringLiteral("holds no programme \"mila\"")), unknown.err.constData());
    // Each programme checks under its own rules: the host screening is Imperial's.
    const test::CliRun imperial = test::runProgram(
        QStringLiteral(CLI_PATH), check + QStringList{QStringLiteral("--programme"), S("imperial-msc-ai")});
    QVERIFY2(imperial.exitCode == 0 || imperial.exitCode == 1, imperial.err.constData());
    QVERIFY(imperial.out.contains("INT_HOST_SCREENING"));
    QVERIFY(!imperial.out.contains("INT_GRATIFICATION"));
    const test::CliRun paris = test::runProgram(
        QStringLiteral(CLI_PATH), check + QStringList{QStringLiteral("--programme"), S("paris-saclay-m1")});
    QVERIFY2(paris.exitCode == 0 || paris.exitCode == 1, paris.err.constData());
    QVERIFY(!paris.out.contains("INT_HOST_SCREENING"));
    QVERIFY(paris.out.contains("\"student\""));
    // The export of a programme's students holds only theirs.
    const test::CliRun students = test::runProgram(
        QStringLiteral(CLI_PATH), {QStringLiteral("export"), QStringLiteral("--db"), path,
                                   QStringLiteral("--programme"), S("imperial-msc-ai"), QStringLiteral("students")});
    QVERIFY2(students.exitCode == 0, students.err.constData());
    QVERIFY(students.out.contains("imperial.ac.uk"));
    QVERIFY(!students.out.contains("universite-paris-saclay.fr"));
}

QTEST_MAIN(TestProfileUi)
#include "tst_profileui.moc"

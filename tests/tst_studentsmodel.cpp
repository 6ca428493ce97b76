// The Students overview's models: one row per student, the filters and search of the overview, locale-aware
// sorting, and rows updated in place (the selection stays) when the Workspace changes an item.
#include "CohortGenerator.h"
#include "StudentsFilterModel.h"
#include "StudentsModel.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace interntrack;
using Filter = StudentsFilterModel::Filter;

Q_DECLARE_METATYPE(interntrack::StudentsFilterModel::Filter)
Q_DECLARE_METATYPE(interntrack::Role)

class TestStudentsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelTester();
    void oneRowPerStudent();
    void rowContents();
    void filterCounts_data();
    void filterCounts();
    void byState_data();
    void byState();
    void search_data();
    void search();
    void sortsNamesByLocale();
    void sortsByDeadlineAndFindings();
    void updateKeepsSelection();
    void addedStudentIsInsertedNotReset();
    void closingEmptiesTheModel();
    void largeCohortTiming();

private:
    QStringList shownIds() const;
    int rowOf(const QString& id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<StudentsModel> m_model;
    std::unique_ptr<StudentsFilterModel> m_proxy;
};

void TestStudentsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(test::createDemoDatabase(path), QString());
    m_ws = std::make_unique<Workspace>();
    m_ws->setClock([] { return test::demoNow(); });
    m_ws->setActor(Actor{QStringLiteral("Nona Naderi"), Role::Advisor, {}});
    m_model = std::make_unique<StudentsModel>(*m_ws);
    m_proxy = std::make_unique<StudentsFilterModel>(*m_ws);
    m_proxy->setSourceModel(m_model.get());
    QVERIFY(m_ws->open(path).ok());
    m_ws->waitForLoaded();
}

void TestStudentsModel::cleanup()
{
    m_proxy.reset();
    m_model.reset();
    m_ws.reset();
    m_dir.reset();
}

QStringList TestStudentsModel::shownIds() const
{
    QStringList out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        out.append(m_proxy->index(r, 0).data(StudentsModel::StudentIdRole).toString());
    return out;
}

int TestStudentsModel::rowOf(const QString& id) const
{
    return static_cast<int>(shownIds().indexOf(id));
}

void TestStudentsModel::modelTester()
{
    QAbstractItemModelTester sourceTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy->sort(StudentsModel::StudentColumn);
    m_proxy->setFilter(Filter::WithErrors);
    m_proxy->setSearchText(QStringLiteral("a"));
    m_proxy->sort(StudentsModel::DeadlineColumn, Qt::DescendingOrder);
    m_proxy->setFilter(Filter::All);
    m_proxy->setSearchText(QString());
    // An edit, an added student, a reload and a close, all under the testers' eyes.
    Internship in = *m_ws->internship(QStringLiteral("int-fontaine"));
    in.gratification.amountEur = 700;
    QVERIFY(m_ws->saveItem(in).ok());
    QVERIFY(m_ws->saveItem(Student{QStringLiteral("s99"), QStringLiteral("Zoé Test"), {}, {}, {}}).ok());
    m_ws->undoStack()->undo();
    m_ws->setYear(m_ws->year());
    m_ws->close();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestStudentsModel::oneRowPerStudent()
{
    QCOMPARE(m_model->rowCount(), 25);
    QCOMPARE(m_model->columnCount(), int(StudentsModel::ColumnCount));
    QCOMPARE(m_proxy->rowCount(), 25);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString id = m_model->index(r, 0).data(StudentsModel::StudentIdRole).toString();
        QCOMPARE(id, m_ws->cohort().students.at(r).id);
        QCOMPARE(m_model->rowOf(id), r);
        QCOMPARE(m_model->studentIdAt(r), id);
        QCOMPARE(m_model->index(r, StudentsModel::StudentColumn).data().toString(), m_ws->cohort().students.at(r).name);
    }
    for (int c = 0; c < StudentsModel::ColumnCount; ++c)
        QVERIFY(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestStudentsModel::rowContents()
{
    const auto cell = [&](const char* id, int column, int role = Qt::DisplayRole) {
        return m_model->index(m_model->rowOf(QLatin1String(id)), column).data(role);
    };
    // s01 Amina Benali: TER and internship validated, nothing due.
    QCOMPARE(cell("s01", StudentsModel::TerColumn, StudentsModel::TerStateRole).toInt(), int(WorkflowState::Validated));
    QVERIFY(cell("s01", StudentsModel::TerColumn).toString().contains(QStringLiteral("Graph neural networks")));
    QCOMPARE(cell("s01", StudentsModel::PlacementColumn, StudentsModel::PlacementRole).toInt(),
             int(StudentsModel::Placement::Internship));
    QVERIFY(cell("s01", StudentsModel::PlacementColumn).toString().contains(QStringLiteral("Inria Saclay")));
    QVERIFY(!cell("s01", 0, StudentsModel::NextDeadlineRole).toDate().isValid());
    QVERIFY(cell("s01", StudentsModel::StudentColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("amina.benali@universite-paris-saclay.fr")));

    // s08 Arjun Patel: a draft internship starting 11 May 2026, its proposal was due on 11 February: late.
    QCOMPARE(cell("s08", 0, StudentsModel::NextDeadlineRole).toDate(), QDate(2026, 2, 11));
    QVERIFY(cell("s08", 0, StudentsModel::LateRole).toBool());
    QVERIFY(cell("s08", StudentsModel::DeadlineColumn).toString().contains(QStringLiteral("Late")));
    QVERIFY(!cell("s08", StudentsModel::DeadlineColumn, Qt::DecorationRole).value<QIcon>().isNull());

    // s19 Jules Bernard: a TER, no internship nor alternative.
    QVERIFY(cell("s19", 0, StudentsModel::NotPlacedRole).toBool());
    QCOMPARE(cell("s19", StudentsModel::PlacementColumn, StudentsModel::PlacementRole).toInt(),
             int(StudentsModel::Placement::None));
    QVERIFY(!cell("s19", StudentsModel::PlacementColumn, Qt::DecorationRole).value<QIcon>().isNull());
    // s13 Camille Girard: the internship was rejected: not placed, and the row says so.
    QVERIFY(cell("s13", 0, StudentsModel::NotPlacedRole).toBool());
    QVERIFY(cell("s13", StudentsModel::PlacementColumn).toString().contains(QStringLiteral("Boulangerie")));
    // s24 summer school, s25 seminars.
    QCOMPARE(cell("s24", StudentsModel::PlacementColumn, StudentsModel::PlacementRole).toInt(),
             int(StudentsModel::Placement::SummerSchool));
    QCOMPARE(cell("s25", StudentsModel::PlacementColumn, StudentsModel::PlacementRole).toInt(),
             int(StudentsModel::Placement::Seminars));
    QVERIFY(cell("s25", StudentsModel::PlacementColumn).toString().contains(QStringLiteral("6")));
    // s21 Anastasia Ivanova has no TER of her own? She has ter-nlp; s24 Manon Chevalier has none.
    QCOMPARE(cell("s24", StudentsModel::TerColumn, StudentsModel::TerStateRole).toInt(), -1);

    // Findings: counts match the Workspace's, overridden ones apart.
    for (const Student& s : m_ws->cohort().students) {
        int errors = 0, warnings = 0, overridden = 0;
        QStringList messages;
        for (const Finding& f : m_ws->studentFindings(s.id)) {
            overridden += f.overridden;
            errors += !f.overridden && f.severity == Severity::Error;
            warnings += !f.overridden && f.severity == Severity::Warning;
            messages.append(f.message);
        }
        const QModelIndex index = m_model->index(m_model->rowOf(s.id), StudentsModel::FindingsColumn);
        QCOMPARE(index.data(StudentsModel::ErrorCountRole).toInt(), errors);
        QCOMPARE(index.data(StudentsModel::WarningCountRole).toInt(), warnings);
        QCOMPARE(index.data(StudentsModel::OverriddenCountRole).toInt(), overridden);
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString tip = index.data(Qt::ToolTipRole).toString();
        for (const QString& m : std::as_const(messages).mid(0, 10))
            QVERIFY2(tip.contains(m), qPrintable(s.id + QStringLiteral(": ") + m));
        if (errors > 0)
            QVERIFY(index.data().toString().contains(QStringLiteral("error")));
    }
    // s12 Kofi Mensah's late proposal is overridden: not an open error.
    QVERIFY(cell("s12", StudentsModel::FindingsColumn, StudentsModel::OverriddenCountRole).toInt() >= 1);
}

void TestStudentsModel::filterCounts_data()
{
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("expected");

    const auto ids = [](std::initializer_list<int> numbers) {
        QStringList out;
        for (int n : numbers)
            out.append(QStringLiteral("s%1").arg(n, 2, 10, QLatin1Char('0')));
        return out;
    };
    // On 2 March 2026, in the demo cohort:
    QTest::newRow("all") << Filter::All << Role::Advisor << ids({1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13,
                                                                 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25});
    // Submitted (s07, s10–s15, s23) or completed (s02, s03, s16, s17) items to decide or validate, and the
    // challenge TER of s06 and s07 that ended on 30 January without a grade.
    QTest::newRow("needs-advisor") << Filter::NeedsMyAction << Role::Advisor
                                   << ids({2, 3, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 23});
    // Agreements approved or sent without their signatures (s05, s06); s16's completed internship lacks its proof.
    QTest::newRow("needs-secretariat") << Filter::NeedsMyAction << Role::Secretariat << ids({5, 6, 16});
    // Ended without a report: the challenge TER of s06 and s07, the summer school of s23.
    QTest::newRow("missing-reports") << Filter::MissingReports << Role::Advisor << ids({6, 7, 23});
    // No internship, summer school or seminar (s13's internship was rejected).
    QTest::newRow("not-placed") << Filter::NotPlaced << Role::Advisor << ids({13, 19, 20, 21});
}

void TestStudentsModel::filterCounts()
{
    QFETCH(Filter, filter);
    QFETCH(Role, role);
    QFETCH(QStringList, expected);

    m_ws->setActor(Actor{QStringLiteral("Someone"), role, {}});
    m_proxy->setFilter(filter);
    QStringList shown = shownIds();
    shown.sort();
    QCOMPARE(shown, expected);
    QCOMPARE(m_proxy->filter(), filter);
}

void TestStudentsModel::byState_data()
{
    QTest::addColumn<WorkflowState>("state");
    QTest::addColumn<int>("count");

    // Internships s07 s10 s11 s12 s15, TERs s10 s11 s12 s13 s14, summer school s23
    QTest::newRow("submitted") << WorkflowState::Submitted << 8;
    QTest::newRow("sent-for-signature") << WorkflowState::SentForSignature << 1; // s05
    QTest::newRow("rejected") << WorkflowState::Rejected << 1; // s13
    QTest::newRow("cancelled") << WorkflowState::Cancelled << 1; // s15's first internship
}

void TestStudentsModel::byState()
{
    QFETCH(WorkflowState, state);
    QFETCH(int, count);
    m_proxy->setFilter(Filter::ByState, state);
    QCOMPARE(m_proxy->rowCount(), count);
    QCOMPARE(m_proxy->state(), state);
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        QVERIFY(m_proxy->index(r, 0).data(StudentsModel::StatesRole).toList().contains(int(state)));
}

void TestStudentsModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("host") << QStringLiteral("mistral") << QStringList{QStringLiteral("s10")};
    QTest::newRow("host-two-words-any-order") << QStringLiteral("uplift CRITEO") << QStringList{QStringLiteral("s12")};
    QTest::newRow("lab") << QStringLiteral("Pasteur") << QStringList{QStringLiteral("s11")};
    QTest::newRow("ter-subject") << QStringLiteral("argument mining")
                                 << QStringList{QStringLiteral("s20"), QStringLiteral("s21")};
    QTest::newRow("supervisor") << QStringLiteral("naderi")
                                << QStringList{QStringLiteral("s01"), QStringLiteral("s02")};
    QTest::newRow("tutor") << QStringLiteral("Varoquaux") << QStringList{QStringLiteral("s16")};
    QTest::newRow("name-without-accent") << QStringLiteral("lefevre") << QStringList{QStringLiteral("s07")};
    QTest::newRow("name-with-accent-upper-case") << QStringLiteral("LEFÈVRE") << QStringList{QStringLiteral("s07")};
    QTest::newRow("accent-in-data-only") << QStringLiteral("chloe") << QStringList{QStringLiteral("s03")};
    QTest::newRow("id") << QStringLiteral("s25") << QStringList{QStringLiteral("s25")};
    QTest::newRow("email") << QStringLiteral("wei.zhang@") << QStringList{QStringLiteral("s04")};
    QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList{};
}

void TestStudentsModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(text);
    QCOMPARE(m_proxy->searchText(), text);
    QStringList shown = shownIds();
    shown.sort();
    QCOMPARE(shown, expected);
    // Search and filter combine.
    m_proxy->setFilter(Filter::NotPlaced);
    QVERIFY(m_proxy->rowCount() <= expected.size());
    m_proxy->setSearchText(QString());
    m_proxy->setFilter(Filter::All);
    QCOMPARE(m_proxy->rowCount(), 25);
}

void TestStudentsModel::sortsNamesByLocale()
{
    // Accented capitals sort with their letter (a plain comparison of code points puts "É" after "Z"), and
    // numbers in names by value.
    for (const auto& [id, name] :
         {std::pair{"x1", "Émile Zola"}, std::pair{"x2", "Zoé Aubert"}, std::pair{"x3", "élodie Martin"},
          std::pair{"x4", "Étudiant 10"}, std::pair{"x5", "Étudiant 9"}})
        QVERIFY(m_ws->saveItem(Student{QLatin1String(id), QString::fromUtf8(name), {}, {}, {}}).ok());
    m_proxy->setLocale(QLocale(QLocale::French, QLocale::France));
    m_proxy->setSearchText(QString());
    m_proxy->sort(StudentsModel::StudentColumn, Qt::AscendingOrder);
    QStringList names;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        names.append(m_proxy->index(r, StudentsModel::StudentColumn).data().toString());
    const auto pos = [&](const char* name) { return names.indexOf(QString::fromUtf8(name)); };
    QVERIFY(pos("Elif Yilmaz") >= 0);
    QVERIFY(pos("Elif Yilmaz") < pos("élodie Martin"));
    QVERIFY(pos("élodie Martin") < pos("Émile Zola"));
    QVERIFY(pos("Émile Zola") < pos("Emma Lefèvre"));
    QVERIFY(pos("Emma Lefèvre") < pos("Étudiant 9"));
    QVERIFY(pos("Étudiant 9") < pos("Étudiant 10"));
    QVERIFY(pos("Étudiant 10") < pos("Fatou Diallo"));
    QCOMPARE(pos("Zoé Aubert"), int(names.size()) - 1);
    QCOMPARE(pos("Amina Benali"), 0);

    m_proxy->sort(StudentsModel::StudentColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("Zoé Aubert"));
}

void TestStudentsModel::sortsByDeadlineAndFindings()
{
    m_proxy->sort(StudentsModel::DeadlineColumn, Qt::AscendingOrder);
    QDate previous;
    bool undatedSeen = false;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QDate date = m_proxy->index(r, 0).data(StudentsModel::NextDeadlineRole).toDate();
        if (!date.isValid()) {
            undatedSeen = true; // nothing due: after every dated row
            continue;
        }
        QVERIFY(!undatedSeen);
        if (previous.isValid())
            QVERIFY(previous <= date);
        previous = date;
    }
    m_proxy->sort(StudentsModel::FindingsColumn, Qt::DescendingOrder);
    int previousErrors = INT_MAX;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int errors = m_proxy->index(r, 0).data(StudentsModel::ErrorCountRole).toInt();
        QVERIFY(errors <= previousErrors);
        previousErrors = errors;
    }
}

void TestStudentsModel::updateKeepsSelection()
{
    m_proxy->sort(StudentsModel::StudentColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(m_proxy.get());
    const int row = rowOf(QStringLiteral("s11"));
    QVERIFY(row >= 0);
    selection.setCurrentIndex(m_proxy->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int errorsBefore =
        m_model->index(m_model->rowOf(QStringLiteral("s11")), 0).data(StudentsModel::ErrorCountRole).toInt();

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // Léa Fontaine's internship: a gratification above the legal minimum clears one error.
    Internship in = *m_ws->internship(QStringLiteral("int-fontaine"));
    in.gratification.amountEur = 900;
    QVERIFY(m_ws->saveItem(in).ok());

    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    bool rowAnnounced = false;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        const int top = args.at(0).toModelIndex().row(), bottom = args.at(1).toModelIndex().row();
        const int s11 = m_model->rowOf(QStringLiteral("s11"));
        rowAnnounced = rowAnnounced || (top <= s11 && s11 <= bottom);
    }
    QVERIFY(rowAnnounced);
    const int errorsAfter =
        m_model->index(m_model->rowOf(QStringLiteral("s11")), 0).data(StudentsModel::ErrorCountRole).toInt();
    QCOMPARE(errorsAfter, errorsBefore - 1);
    // The same student is still selected.
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(StudentsModel::StudentIdRole).toString(), QStringLiteral("s11"));
    QCOMPARE(selection.currentIndex().data(StudentsModel::StudentIdRole).toString(), QStringLiteral("s11"));

    // Undo announces the row again, without a reset either.
    changed.clear();
    m_ws->undoStack()->undo();
    QCOMPARE(reset.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("s11")), 0).data(StudentsModel::ErrorCountRole).toInt(),
             errorsBefore);
    QCOMPARE(selection.selectedRows().first().data(StudentsModel::StudentIdRole).toString(), QStringLiteral("s11"));
}

void TestStudentsModel::addedStudentIsInsertedNotReset()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_ws->saveItem(Student{QStringLiteral("s26"), QStringLiteral("Zoé Nouvelle"), {}, {}, {}}).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 26);
    QVERIFY(m_model->index(m_model->rowOf(QStringLiteral("s26")), 0).data(StudentsModel::NotPlacedRole).toBool());
    m_ws->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 25);
    QCOMPARE(m_model->rowOf(QStringLiteral("s26")), -1);
    QCOMPARE(m_model->rowOf(QStringLiteral("s25")), 24);
    QCOMPARE(reset.count(), 0);
}

void TestStudentsModel::closingEmptiesTheModel()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_ws->close();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestStudentsModel::largeCohortTiming()
{
    // Set INTERNTRACK_BENCH_STUDENTS=N to time the model over a generated year of N students (not a test of
    // speed: the figures are printed for people).
    const int students = qEnvironmentVariableIntValue("INTERNTRACK_BENCH_STUDENTS");
    if (students <= 0)
        QSKIP("INTERNTRACK_BENCH_STUDENTS not set");
    test::GeneratorSizes sizes;
    sizes.students = students;
    sizes.internships = students;
    sizes.ters = students / 2;
    sizes.summerSchools = students / 10;
    sizes.seminars = students * 6 / 10;
    const QString path = m_dir->filePath(QStringLiteral("large.interntrack"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        CohortRepository repo(db);
        Cohort cohort = test::generateCohort(sizes);
        // Hosts are matched by name in the database: one set of details per name.
        for (Internship& in : cohort.internships)
            in.host =
                Host{in.host.name, in.host.name.size() % 2 ? HostKind::Company : HostKind::PublicLab, true, {}, {}, {}};
        const Status saved = repo.saveCohort(cohort, QStringLiteral("bench"));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
    }
    QElapsedTimer timer;
    QVERIFY(m_ws->open(path).ok());
    m_ws->waitForLoaded(); // the model resets on yearLoaded()
    QCOMPARE(m_model->rowCount(), students);
    timer.start();
    m_ws->setYear(m_ws->year()); // same year: no reload; time a reset directly instead
    QMetaObject::invokeMethod(m_ws.get(), "yearLoaded");
    const qint64 reset = timer.restart();
    m_proxy->sort(StudentsModel::StudentColumn);
    const qint64 sort = timer.restart();
    m_proxy->setSearchText(QStringLiteral("a b"));
    const qint64 search = timer.restart();
    Internship in = m_ws->cohort().internships.first();
    in.subject += QStringLiteral(" (edited)");
    QVERIFY(m_ws->saveItem(in).ok());
    const qint64 save = timer.restart();
    qInfo("%d students: reset %lld ms, sort by name %lld ms, search %lld ms, save + recheck + refresh %lld ms",
          students, reset, sort, search, save);
}

QTEST_MAIN(TestStudentsModel)
#include "tst_studentsmodel.moc"

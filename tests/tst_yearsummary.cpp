#include "TestSupport.h"
#include "rules/YearSummary.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/YearComparison.h"

#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

namespace {

Internship internship(const char* id, const char* student, WorkflowState state, QDate start, QDate end, double amount,
                      GratificationPer per = GratificationPer::Month)
{
    Internship i;
    i.id = QString::fromLatin1(id);
    i.studentId = QString::fromLatin1(student);
    i.state = state;
    i.start = start;
    i.end = end;
    i.gratification = {amount, per};
    i.weeklyHours = 35.0;
    return i;
}

Finding finding(const char* rule, Severity severity, bool overridden = false)
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.severity = severity;
    f.overridden = overridden;
    return f;
}

/// s1: approved internship (placed); s2: draft internship (not placed); s3: 6 seminars (placed);
/// s4: nothing; s5: validated summer school without report (placed).
Cohort smallCohort()
{
    Cohort c;
    for (const char* id : {"s1", "s2", "s3", "s4", "s5"})
        c.students.append(Student{QString::fromLatin1(id), QString::fromLatin1(id), {}, {}, {}});
    c.internships.append(internship("i1", "s1", WorkflowState::Approved, QDate(2026, 4, 6), QDate(2026, 6, 12), 650.0));
    c.internships.append(internship("i2", "s2", WorkflowState::Draft, QDate(2026, 4, 7), QDate(2026, 6, 19), 4.5,
                                    GratificationPer::Hour));
    c.internships.append(internship("i3", "s1", WorkflowState::Completed, QDate(2025, 7, 1), QDate(2025, 8, 29), 0.0));
    c.internships.append(
        internship("i4", "s4", WorkflowState::Cancelled, QDate(2026, 4, 6), QDate(2026, 5, 29), 700.0));
    for (int n = 0; n < 6; ++n) {
        Seminar s;
        s.id = QStringLiteral("sem%1").arg(n);
        s.studentId = QStringLiteral("s3");
        s.date = QDate(2026, 1, 5).addDays(7 * n);
        s.paragraph = n < 4 ? QStringLiteral("learned") : QString();
        c.seminars.append(s);
    }
    SummerSchool school;
    school.id = QStringLiteral("ss1");
    school.studentId = QStringLiteral("s5");
    school.state = WorkflowState::Validated;
    school.start = QDate(2025, 7, 7);
    school.end = QDate(2025, 7, 18);
    c.summerSchools.append(school);
    return c;
}

} // namespace

class TestYearSummary : public QObject
{
    Q_OBJECT

private slots:
    void placement()
    {
        const YearSummary s = YearSummary::compute(smallCohort(), {}, QDate(2026, 3, 2));
        QCOMPARE(s.students, 5);
        QCOMPARE(s.placed, 3);
        QCOMPARE(s.notPlaced(), 2);
        QCOMPARE(s.notPlacedIds, (QStringList{QStringLiteral("s2"), QStringLiteral("s4")}));
    }

    void studentsBehindEachFigure()
    {
        CheckResult r;
        Finding a = finding("A", Severity::Error);
        a.student = QStringLiteral("s2");
        Finding b = finding("A", Severity::Warning);
        b.student = QStringLiteral("s2"); // the same student twice: listed once
        Finding c = finding("A", Severity::Error, true);
        c.student = QStringLiteral("s4"); // overridden: not behind the figure
        r.findings = {a, b, c};
        const YearSummary s = YearSummary::compute(smallCohort(), r, QDate(2026, 7, 1));
        const auto ids = [&](const QString& key) { return s.studentsByFigure.value(key); };
        const auto list = [](std::initializer_list<const char*> l) {
            QStringList out;
            for (const char* id : l)
                out.append(QString::fromLatin1(id));
            return out;
        };
        QCOMPARE(ids(YearSummary::notPlacedKey()), list({"s2", "s4"}));
        QCOMPARE(ids(YearSummary::stateKey(QStringLiteral("completed"))), list({"s1"}));
        QCOMPARE(ids(YearSummary::stateKey(QStringLiteral("none"))), list({"s3"}));
        QCOMPARE(ids(YearSummary::ruleKey(QStringLiteral("A"))), list({"s2"}));
        QCOMPARE(ids(YearSummary::startWeekKey(202615)), list({"s1", "s2"}));
        QCOMPARE(ids(YearSummary::deliverableKey(QStringLiteral("report"))), list({"s1", "s2"}));
        QCOMPARE(ids(YearSummary::deliverableKey(QStringLiteral("paragraph"))), list({"s3"}));
        // Every figure's count matches the students behind it where one student counts once
        QCOMPARE(ids(YearSummary::notPlacedKey()).size(), s.notPlaced());
        for (auto it = s.studentsByState.cbegin(); it != s.studentsByState.cend(); ++it)
            QCOMPARE(ids(YearSummary::stateKey(it.key())).size(), it.value());
    }

    void comparisonDay_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("before-the-year") << QDate(2025, 8, 31) << QDate(2025, 9, 1);
        QTest::newRow("first-day") << QDate(2025, 9, 1) << QDate(2025, 9, 1);
        QTest::newRow("during") << QDate(2026, 3, 2) << QDate(2026, 3, 2);
        QTest::newRow("last-day") << QDate(2026, 8, 31) << QDate(2026, 8, 31);
        QTest::newRow("after-the-year") << QDate(2026, 9, 1) << QDate(2026, 8, 31);
    }

    void comparisonDay()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        QCOMPARE(interntrack::comparisonDay(AcademicYear{2025}, today), expected);
    }

    void yearsCompared()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("years.interntrack"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            CohortRepository repo(db);
            Cohort current = smallCohort();
            current.rules = RuleSet::parisSaclayM1(AcademicYear{2025});
            QVERIFY(repo.saveCohort(current, QStringLiteral("test")).ok());
            Cohort earlier;
            earlier.rules = RuleSet::parisSaclayM1(AcademicYear{2024});
            earlier.students.append(Student{QStringLiteral("old1"), QStringLiteral("Old"), {}, {}, {}});
            QVERIFY(repo.saveCohort(earlier, QStringLiteral("test")).ok());
        }
        const Result<QList<YearFigures>> years = compareYears(path, QDate(2026, 3, 2));
        QVERIFY2(years.ok(), qPrintable(years.error()));
        QCOMPARE(years->size(), 2);
        QCOMPARE(years->at(0).year, AcademicYear{2024}); // oldest first
        QCOMPARE(years->at(0).asOf, QDate(2025, 8, 31));
        QCOMPARE(years->at(0).summary.students, 1);
        QCOMPARE(years->at(0).summary.placed, 0);
        QCOMPARE(years->at(1).year, AcademicYear{2025});
        QCOMPARE(years->at(1).asOf, QDate(2026, 3, 2));
        QCOMPARE(years->at(1).summary,
                 YearSummary::compute(smallCohort(),
                                      Checker(RuleSet::parisSaclayM1(AcademicYear{2025}))
                                          .check(smallCohort(), QDate(2026, 3, 2), Stage::Current),
                                      QDate(2026, 3, 2)));
        // Stopped on request
        QVERIFY(!compareYears(path, QDate(2026, 3, 2), [] { return true; }).ok());
        // Not a database
        QVERIFY(!compareYears(dir.filePath(QStringLiteral("none.interntrack")), QDate(2026, 3, 2)).ok());
    }

    void byState()
    {
        const YearSummary s = YearSummary::compute(smallCohort(), {}, QDate(2026, 3, 2));
        QCOMPARE(s.studentsByState.value(QStringLiteral("completed")), 1); // s1: completed beats approved
        QCOMPARE(s.studentsByState.value(QStringLiteral("draft")), 1);
        QCOMPARE(s.studentsByState.value(QStringLiteral("cancelled")), 1); // s4
        QCOMPARE(s.studentsByState.value(QStringLiteral("validated")), 1);
        QCOMPARE(s.studentsByState.value(QStringLiteral("none")), 1); // s3: seminars only
    }

    void findings()
    {
        CheckResult r;
        r.findings = {finding("A", Severity::Warning), finding("B", Severity::Error), finding("A", Severity::Error),
                      finding("A", Severity::Info), finding("C", Severity::Error, true)};
        const YearSummary s = YearSummary::compute(smallCohort(), r, QDate(2026, 3, 2));
        QCOMPARE(s.findingsByRule.size(), 2);
        QCOMPARE(s.findingsByRule.at(0), (RuleCount{QStringLiteral("A"), Severity::Error, 3}));
        QCOMPARE(s.findingsByRule.at(1), (RuleCount{QStringLiteral("B"), Severity::Error, 1}));
        QCOMPARE(s.findingsBySeverity.value(Severity::Error), 2);
        QCOMPARE(s.findingsBySeverity.value(Severity::Warning), 1);
        QCOMPARE(s.findingsBySeverity.value(Severity::Info), 1);
    }

    void weeksAndGratification()
    {
        const YearSummary s = YearSummary::compute(smallCohort(), {}, QDate(2026, 3, 2));
        QCOMPARE(s.internships, 3); // the cancelled one is not counted
        QCOMPARE(s.startsPerWeek.value(202615), 2); // 6 and 7 April 2026
        QCOMPARE(s.startsPerWeek.value(202527), 1); // 1 July 2025
        QCOMPARE(s.startsPerWeek.size(), 2);
        // 650 €/month; 4.5 €/h × 35 × 52 / 12 = 682.5; 0 → bins 0–200 (1), 200–400 (0), 400–600 (0), 600–800 (2)
        QCOMPARE(s.gratificationBins.size(), 4);
        QCOMPARE(s.gratificationBins.at(0).count, 1);
        QCOMPARE(s.gratificationBins.at(1).count, 0);
        QCOMPARE(s.gratificationBins.at(3), (GratificationBin{600.0, 800.0, 2}));
        QCOMPARE(s.gratificationTotalMonthlyEur, 1332.5);
    }

    void deliverables_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("proof");
        QTest::addColumn<int>("report");
        QTest::addColumn<int>("schoolReport");
        QTest::addColumn<int>("paragraph");
        QTest::newRow("march") << QDate(2026, 3, 2) << 1 << 1 << 1 << 2;
        QTest::newRow("july") << QDate(2026, 7, 1) << 3 << 3 << 1 << 2;
        QTest::newRow("before seminars 5-6") << QDate(2026, 2, 2) << 1 << 1 << 1 << 1;
    }

    void deliverables()
    {
        QFETCH(QDate, today);
        const YearSummary s = YearSummary::compute(smallCohort(), {}, today);
        QFETCH(int, proof);
        QFETCH(int, report);
        QFETCH(int, schoolReport);
        QFETCH(int, paragraph);
        QCOMPARE(s.deliverablesOwed.value(QStringLiteral("proof")), proof);
        QCOMPARE(s.deliverablesOwed.value(QStringLiteral("report")), report);
        QCOMPARE(s.deliverablesOwed.value(QStringLiteral("school_report")), schoolReport);
        QCOMPARE(s.deliverablesOwed.value(QStringLiteral("paragraph")), paragraph);
    }
};

QTEST_GUILESS_MAIN(TestYearSummary)
#include "tst_yearsummary.moc"

#include "TestSupport.h"
#include "demo/DemoCohort.h"
#include "rules/Checker.h"

#include <QSet>
#include <QTest>

using namespace interntrack;

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleIsBrokenSomewhere();
    void everyWorkflowStateIsThere();
    void otherYearsShiftTheDates();
};

void TestDemo::everyRuleIsBrokenSomewhere()
{
    const Cohort c = demoCohort(AcademicYear{2025});
    QCOMPARE(c.students.size(), 25);
    const CheckResult r = Checker(c.rules).check(c, test::d("2026-05-20"), Stage::Close);
    QSet<QString> seen;
    for (const Finding& f : r.findings)
        seen.insert(f.rule);
    QStringList missing;
    for (const RuleInfo& info : ruleCatalogue()) {
        if (!seen.contains(QLatin1String(info.code)))
            missing.append(QLatin1String(info.code));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    // …and some students have completed the year.
    int complete = 0;
    for (const StudentStatus& s : r.students)
        complete += s.complete ? 1 : 0;
    QVERIFY(complete >= 2);
}

void TestDemo::everyWorkflowStateIsThere()
{
    const Cohort c = demoCohort(AcademicYear{2025});
    QSet<WorkflowState> states;
    for (const Internship& i : c.internships)
        states.insert(i.state);
    for (int s = 0; s <= static_cast<int>(WorkflowState::Cancelled); ++s)
        QVERIFY2(states.contains(static_cast<WorkflowState>(s)),
                 qPrintable(workflowStateCode(static_cast<WorkflowState>(s))));
}

void TestDemo::otherYearsShiftTheDates()
{
    const Cohort a = demoCohort(AcademicYear{2025});
    const Cohort b = demoCohort(AcademicYear{2027});
    QCOMPARE(b.rules.year.startYear, 2027);
    QCOMPARE(b.internships.first().start.year(), a.internships.first().start.year() + 2);
    QCOMPARE(b.internships.size(), a.internships.size());
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"

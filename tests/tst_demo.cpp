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
    // Every rule that applies to Paris-Saclay is broken in its demo (INT_HOST_SCREENING needs a host's
    // screening, which the Paris-Saclay programme does not record; INT_PROJECT_WINDOW a window)…
    QStringList missing;
    for (const RuleInfo& info : ruleCatalogue()) {
        const QString code = QLatin1String(info.code);
        if (!seen.contains(code) && ruleApplies(c.rules, code) && code != QLatin1String("INT_HOST_SCREENING"))
            missing.append(code);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    // …and every rule of the catalogue in the demo of one profile or another.
    for (const QString& profile : {QStringLiteral("imperial-msc-ai"), QStringLiteral("montreal-mila-pro")}) {
        const Cohort other = demoCohort(profile, AcademicYear{2025});
        for (const Finding& f : Checker(other.rules).check(other, test::d("2026-09-20"), Stage::Close).findings)
            seen.insert(f.rule);
    }
    missing.clear();
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

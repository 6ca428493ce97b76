#include "TestSupport.h"
#include "domain/Profiles.h"
#include "rules/Deadlines.h"

#include <QTest>

#include <functional>

using namespace interntrack;
using interntrack::test::d;

Q_DECLARE_METATYPE(interntrack::DeadlineKind)
Q_DECLARE_METATYPE(std::function<void(interntrack::Internship&)>)

namespace {

using InternshipChange = std::function<void(Internship&)>;

/// The deadline of @p kind in @p list (the test fails when there is none).
std::optional<Deadline> find(const QList<Deadline>& list, DeadlineKind kind)
{
    for (const Deadline& dl : list) {
        if (dl.kind == kind)
            return dl;
    }
    return std::nullopt;
}

Seminar seminar(int n, const char* student, bool paragraph = true)
{
    Seminar s;
    s.id = QStringLiteral("sem-%1").arg(n);
    s.studentId = QLatin1String(student);
    s.title = QStringLiteral("Seminar %1").arg(n);
    s.date = d("2026-01-08").addDays(7 * n);
    s.paragraph = paragraph ? QStringLiteral("What I learned.") : QString();
    return s;
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void kindCodes();
    void internshipDates_data();
    void internshipDates();
    void internshipDone_data();
    void internshipDone();
    void droppedItemsHaveNone();
    void previousSummerHasNoProposalDue();
    void profileWithoutAgreementsOrLeadTime();
    void terPerStudent();
    void summerSchool();
    void seminars_data();
    void seminars();
    void next_data();
    void next();
    void studentAndCohortLists();
};

void TestDeadlines::kindCodes()
{
    for (DeadlineKind k : {DeadlineKind::ProposalDue, DeadlineKind::SignaturesDue, DeadlineKind::Start,
                           DeadlineKind::End, DeadlineKind::ReportDue, DeadlineKind::SeminarsDue}) {
        QVERIFY(!deadlineKindCode(k).isEmpty());
        QCOMPARE(deadlineKindFromCode(deadlineKindCode(k)), k);
        QVERIFY(!deadlineKindName(k).isEmpty());
    }
    QCOMPARE(deadlineKindCode(DeadlineKind::ProposalDue), QStringLiteral("proposal_due"));
    QVERIFY(!deadlineKindFromCode(QStringLiteral("nope")));
}

void TestDeadlines::internshipDates_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("leadTimeMonths");
    QTest::addColumn<DeadlineKind>("kind");
    QTest::addColumn<QDate>("expected");

    const QDate s = d("2026-05-04"), e = d("2026-06-26");
    QTest::newRow("proposal-due-start-minus-3-months") << s << e << 3 << DeadlineKind::ProposalDue << d("2026-02-04");
    QTest::newRow("proposal-due-follows-the-rule-set") << s << e << 2 << DeadlineKind::ProposalDue << d("2026-03-04");
    QTest::newRow("proposal-due-end-of-month-clamped")
        << d("2026-05-31") << e << 3 << DeadlineKind::ProposalDue << d("2026-02-28");
    QTest::newRow("signatures-due-day-before-start") << s << e << 3 << DeadlineKind::SignaturesDue << d("2026-05-03");
    QTest::newRow("start") << s << e << 3 << DeadlineKind::Start << s;
    QTest::newRow("end") << s << e << 3 << DeadlineKind::End << e;
    QTest::newRow("report-due-is-the-completion-deadline") << s << e << 3 << DeadlineKind::ReportDue << d("2026-06-30");
    QTest::newRow("report-due-end-on-the-deadline")
        << s << d("2026-06-30") << 3 << DeadlineKind::ReportDue << d("2026-06-30");
    QTest::newRow("report-due-end-after-the-deadline")
        << s << d("2026-07-01") << 3 << DeadlineKind::ReportDue << d("2026-07-01");
}

void TestDeadlines::internshipDates()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, leadTimeMonths);
    QFETCH(DeadlineKind, kind);
    QFETCH(QDate, expected);

    RuleSet rules = test::rules2025();
    rules.leadTimeMonths = leadTimeMonths;
    Internship in = test::cleanInternship();
    in.start = start;
    in.end = end;
    const QList<Deadline> list = internshipDeadlines(in, rules, d("2026-01-01"));
    QCOMPARE(list.size(), 5);
    const std::optional<Deadline> dl = find(list, kind);
    QVERIFY(dl);
    QCOMPARE(dl->date, expected);
    QCOMPARE(dl->itemKind, ItemKind::Internship);
    QCOMPARE(dl->itemId, in.id);
    QCOMPARE(dl->studentId, in.studentId);
    QVERIFY(
        std::is_sorted(list.begin(), list.end(), [](const Deadline& a, const Deadline& b) { return a.date < b.date; }));
}

void TestDeadlines::internshipDone_data()
{
    QTest::addColumn<InternshipChange>("change");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<DeadlineKind>("kind");
    QTest::addColumn<bool>("done");
    QTest::addColumn<bool>("late");

    const auto none = [](Internship&) {};
    const auto draft = [](Internship& in) {
        in.state = WorkflowState::Draft;
        in.submitted = QDate();
    };
    // cleanInternship: start 4 May, end 26 June 2026, submitted 10 Jan, four signatures by 10 March.
    QTest::newRow("proposal-submitted") << InternshipChange(none) << d("2026-03-01") << DeadlineKind::ProposalDue
                                        << true << false;
    QTest::newRow("proposal-draft-on-the-due-day")
        << InternshipChange(draft) << d("2026-02-04") << DeadlineKind::ProposalDue << false << false;
    QTest::newRow("proposal-draft-day-after-due")
        << InternshipChange(draft) << d("2026-02-05") << DeadlineKind::ProposalDue << false << true;
    QTest::newRow("proposal-changes-requested-without-date") << InternshipChange([](Internship& in) {
        in.state = WorkflowState::ChangesRequested;
        in.submitted = QDate();
    }) << d("2026-02-05") << DeadlineKind::ProposalDue << false
                                                             << true;
    QTest::newRow("proposal-approved-without-date") << InternshipChange([](Internship& in) { in.submitted = QDate(); })
                                                    << d("2026-02-05") << DeadlineKind::ProposalDue << true << false;
    QTest::newRow("signatures-complete") << InternshipChange(none) << d("2026-05-04") << DeadlineKind::SignaturesDue
                                         << true << false;
    const auto threeSignatures = [](Internship& in) { in.signatures.university = QDate(); };
    QTest::newRow("signatures-three-of-four-on-the-due-day")
        << InternshipChange(threeSignatures) << d("2026-05-03") << DeadlineKind::SignaturesDue << false << false;
    QTest::newRow("signatures-three-of-four-on-the-start-day")
        << InternshipChange(threeSignatures) << d("2026-05-04") << DeadlineKind::SignaturesDue << false << true;
    QTest::newRow("start-day-before") << InternshipChange(none) << d("2026-05-03") << DeadlineKind::Start << false
                                      << false;
    QTest::newRow("start-on-the-day") << InternshipChange(none) << d("2026-05-04") << DeadlineKind::Start << false
                                      << false;
    QTest::newRow("start-day-after") << InternshipChange(none) << d("2026-05-05") << DeadlineKind::Start << true
                                     << false;
    QTest::newRow("start-in-progress-early")
        << InternshipChange([](Internship& in) { in.state = WorkflowState::InProgress; }) << d("2026-04-01")
        << DeadlineKind::Start << true << false;
    QTest::newRow("end-on-the-day") << InternshipChange(none) << d("2026-06-26") << DeadlineKind::End << false << false;
    QTest::newRow("end-day-after") << InternshipChange(none) << d("2026-06-27") << DeadlineKind::End << true << false;
    QTest::newRow("end-completed-early") << InternshipChange(
        [](Internship& in) { in.state = WorkflowState::Completed; })
                                         << d("2026-06-01") << DeadlineKind::End << true << false;
    QTest::newRow("report-missing-on-the-deadline")
        << InternshipChange(none) << d("2026-06-30") << DeadlineKind::ReportDue << false << false;
    QTest::newRow("report-missing-day-after-deadline")
        << InternshipChange(none) << d("2026-07-01") << DeadlineKind::ReportDue << false << true;
    QTest::newRow("report-without-proof") << InternshipChange([](Internship& in) { in.reportPages = 5; })
                                          << d("2026-07-01") << DeadlineKind::ReportDue << false << true;
    QTest::newRow("proof-without-report") << InternshipChange([](Internship& in) { in.proof = true; })
                                          << d("2026-07-01") << DeadlineKind::ReportDue << false << true;
    QTest::newRow("report-and-proof") << InternshipChange([](Internship& in) {
        in.proof = true;
        in.reportPages = 5;
    }) << d("2026-07-01") << DeadlineKind::ReportDue
                                      << true << false;
    QTest::newRow("validated-is-done") << InternshipChange([](Internship& in) { in.state = WorkflowState::Validated; })
                                       << d("2026-07-01") << DeadlineKind::ReportDue << true << false;
}

void TestDeadlines::internshipDone()
{
    QFETCH(InternshipChange, change);
    QFETCH(QDate, today);
    QFETCH(DeadlineKind, kind);
    QFETCH(bool, done);
    QFETCH(bool, late);

    Internship in = test::cleanInternship();
    change(in);
    const std::optional<Deadline> dl = find(internshipDeadlines(in, test::rules2025(), today), kind);
    QVERIFY(dl);
    QCOMPARE(dl->done, done);
    QCOMPARE(dl->isLate(today), late);
}

void TestDeadlines::droppedItemsHaveNone()
{
    for (WorkflowState state : {WorkflowState::Rejected, WorkflowState::Cancelled}) {
        Internship in = test::cleanInternship();
        in.state = state;
        QVERIFY(internshipDeadlines(in, test::rules2025(), d("2026-03-01")).isEmpty());
        Ter t = test::cleanTer();
        t.state = state;
        QVERIFY(terDeadlines(t, test::rules2025(), d("2026-03-01")).isEmpty());
    }
    Internship noDates = test::cleanInternship();
    noDates.start = QDate();
    noDates.end = QDate();
    // Without dates only the report's deadline (the completion deadline) remains.
    const QList<Deadline> list = internshipDeadlines(noDates, test::rules2025(), d("2026-03-01"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().kind, DeadlineKind::ReportDue);
}

void TestDeadlines::previousSummerHasNoProposalDue()
{
    Internship in = test::cleanInternship();
    in.previousSummer = true;
    in.start = d("2025-07-01");
    in.end = d("2025-08-29");
    const QList<Deadline> list = internshipDeadlines(in, test::rules2025(), d("2026-03-01"));
    QVERIFY(!find(list, DeadlineKind::ProposalDue));
    QCOMPARE(find(list, DeadlineKind::ReportDue)->date, d("2026-06-30"));
}

void TestDeadlines::profileWithoutAgreementsOrLeadTime()
{
    // Imperial: no agreement to sign (UK), no lead time: neither deadline exists; the report's still does.
    const RuleSet imperial = Profiles::load(QStringLiteral("imperial-msc-ai"), AcademicYear{2025}).value();
    QVERIFY(!imperial.frenchLawApplies());
    QVERIFY(!imperial.isEnabled(QStringLiteral("INT_LEAD_TIME")));
    Internship in = test::cleanInternship();
    in.start = d("2026-06-01");
    in.end = d("2026-09-04");
    const QList<Deadline> there = internshipDeadlines(in, imperial, d("2026-03-01"));
    QVERIFY(!find(there, DeadlineKind::SignaturesDue));
    QVERIFY(!find(there, DeadlineKind::ProposalDue));
    QVERIFY(find(there, DeadlineKind::ReportDue));
    // The same internship at Paris-Saclay has both.
    const QList<Deadline> here = internshipDeadlines(in, test::rules2025(), d("2026-03-01"));
    QVERIFY(find(here, DeadlineKind::SignaturesDue));
    QVERIFY(find(here, DeadlineKind::ProposalDue));
}

void TestDeadlines::terPerStudent()
{
    Ter t = test::cleanTer();
    t.studentIds = {QStringLiteral("s1"), QStringLiteral("s2")};
    const QList<Deadline> list = terDeadlines(t, test::rules2025(), d("2026-03-01"));
    QCOMPARE(list.size(), 6); // start, end, report × 2 students
    for (const Deadline& dl : list) {
        QCOMPARE(dl.itemKind, ItemKind::Ter);
        QCOMPARE(dl.itemId, t.id);
    }
    QCOMPARE(list.at(0).studentId, QStringLiteral("s1"));
    QCOMPARE(list.at(1).studentId, QStringLiteral("s2"));
    QVERIFY(!find(list, DeadlineKind::ReportDue)->done);
    t.reportPages = 4;
    QVERIFY(find(terDeadlines(t, test::rules2025(), d("2026-03-01")), DeadlineKind::ReportDue)->done);
    QVERIFY(!find(list, DeadlineKind::ProposalDue));
    QVERIFY(!find(list, DeadlineKind::SignaturesDue));
}

void TestDeadlines::summerSchool()
{
    SummerSchool s;
    s.id = QStringLiteral("ss1");
    s.studentId = QStringLiteral("s1");
    s.start = d("2025-07-07");
    s.end = d("2025-07-11");
    s.state = WorkflowState::Completed;
    QList<Deadline> list = summerSchoolDeadlines(s, test::rules2025(), d("2026-03-01"));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.last().kind, DeadlineKind::ReportDue);
    QCOMPARE(list.last().date, d("2026-06-30"));
    QVERIFY(!list.last().done);
    s.reportPages = 2;
    list = summerSchoolDeadlines(s, test::rules2025(), d("2026-03-01"));
    QVERIFY(list.last().done);
    QVERIFY(!nextDeadline(list, d("2026-03-01")));
}

void TestDeadlines::seminars_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("oneWithoutParagraph");
    QTest::addColumn<int>("deadlines");
    QTest::addColumn<bool>("done");

    QTest::newRow("none") << 0 << false << 0 << false;
    QTest::newRow("one-below-the-minimum") << 5 << false << 1 << false;
    QTest::newRow("the-minimum") << 6 << false << 1 << true;
    QTest::newRow("the-minimum-one-paragraph-missing") << 6 << true << 1 << false;
}

void TestDeadlines::seminars()
{
    QFETCH(int, count);
    QFETCH(bool, oneWithoutParagraph);
    QFETCH(int, deadlines);
    QFETCH(bool, done);

    QList<Seminar> list;
    for (int i = 0; i < count; ++i)
        list.append(seminar(i, "s1", !(oneWithoutParagraph && i == 0)));
    list.append(seminar(99, "s2")); // another student's: not counted
    const QList<Deadline> out = seminarDeadlines(QStringLiteral("s1"), list, test::rules2025(), d("2026-03-01"));
    QCOMPARE(out.size(), deadlines);
    if (deadlines > 0) {
        QCOMPARE(out.first().kind, DeadlineKind::SeminarsDue);
        QCOMPARE(out.first().itemKind, ItemKind::Seminar);
        QVERIFY(out.first().itemId.isEmpty());
        QCOMPARE(out.first().date, d("2026-06-30"));
        QCOMPARE(out.first().done, done);
    }
}

void TestDeadlines::next_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<bool>("found");
    QTest::addColumn<DeadlineKind>("kind");
    QTest::addColumn<bool>("late");

    // A draft internship of 4 May – 26 June 2026 (proposal due 4 Feb) and a TER of 2 March – 30 April 2026.
    QTest::newRow("draft-before-the-proposal-due")
        << d("2026-01-01") << true << true << DeadlineKind::ProposalDue << false;
    QTest::newRow("draft-on-the-proposal-due-day")
        << d("2026-02-04") << true << true << DeadlineKind::ProposalDue << false;
    QTest::newRow("draft-late-first-even-with-a-start-to-come")
        << d("2026-02-05") << true << true << DeadlineKind::ProposalDue << true;
    QTest::newRow("submitted-next-is-the-ter-start")
        << d("2026-02-05") << false << true << DeadlineKind::Start << false;
    QTest::newRow("submitted-on-the-ter-start") << d("2026-03-02") << false << true << DeadlineKind::Start << false;
    QTest::newRow("submitted-ter-ends-next") << d("2026-03-03") << false << true << DeadlineKind::End << false;
    QTest::newRow("reports-due-on-the-deadline")
        << d("2026-06-30") << false << true << DeadlineKind::ReportDue << false;
    QTest::newRow("reports-late-after-the-deadline")
        << d("2026-07-01") << false << true << DeadlineKind::ReportDue << true;
}

void TestDeadlines::next()
{
    QFETCH(QDate, today);
    QFETCH(bool, draft);
    QFETCH(bool, found);
    QFETCH(DeadlineKind, kind);
    QFETCH(bool, late);

    Cohort c;
    c.rules = test::rules2025();
    c.students = {Student{QStringLiteral("s1"), QStringLiteral("A"), {}, {}, {}}};
    Internship in = test::cleanInternship();
    if (draft) {
        in.state = WorkflowState::Draft;
        in.submitted = QDate();
    }
    c.internships = {in};
    c.ters = {test::cleanTer()};
    const std::optional<Deadline> next = nextDeadline(c, QStringLiteral("s1"), today);
    QCOMPARE(bool(next), found);
    if (!next)
        return;
    QCOMPARE(next->kind, kind);
    QCOMPARE(next->isLate(today), late);
    if (kind == DeadlineKind::ProposalDue)
        QCOMPARE(next->date, d("2026-02-04"));
}

void TestDeadlines::studentAndCohortLists()
{
    Cohort c;
    c.rules = test::rules2025();
    Internship a = test::cleanInternship();
    Internship b = test::cleanInternship();
    b.id = QStringLiteral("i2");
    b.studentId = QStringLiteral("s2");
    b.start = d("2026-05-11");
    c.internships = {b, a};
    Ter t = test::cleanTer();
    t.studentIds = {QStringLiteral("s1"), QStringLiteral("s2")};
    c.ters = {t};
    c.seminars = {seminar(1, "s3")};

    const QList<Deadline> all = deadlines(c, d("2026-03-01"));
    QCOMPARE(all.size(), 5 + 5 + 6 + 1);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).date <= all.at(i).date);

    const QList<Deadline> s1 = deadlines(c, QStringLiteral("s1"), d("2026-03-01"));
    QCOMPARE(s1.size(), 5 + 3);
    for (const Deadline& dl : s1)
        QCOMPARE(dl.studentId, QStringLiteral("s1"));
    QCOMPARE(deadlines(c, QStringLiteral("s3"), d("2026-03-01")).size(), 1);
    QVERIFY(deadlines(c, QStringLiteral("nobody"), d("2026-03-01")).isEmpty());
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"

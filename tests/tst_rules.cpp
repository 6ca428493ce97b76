#include "TestSupport.h"
#include "rules/Checker.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace interntrack;
using interntrack::test::d;

Q_DECLARE_METATYPE(interntrack::Cohort)
Q_DECLARE_METATYPE(interntrack::Stage)

namespace {

const QString kNone = QStringLiteral("none");

Student student(const char* id)
{
    return Student{QLatin1String(id), QStringLiteral("Student ") + QLatin1String(id), {}, {}, {}};
}

// A cohort of 2025-2026 with students s1…s4 and the given items.
Cohort cohort()
{
    Cohort c;
    c.rules = test::rules2025();
    c.students = {student("s1"), student("s2"), student("s3"), student("s4")};
    return c;
}

void early(Internship& in);

Cohort withInternship(const std::function<void(Internship&)>& change, const std::function<void(RuleSet&)>& rules = {})
{
    Cohort c = cohort();
    Internship in = test::cleanInternship();
    change(in);
    c.internships.append(in);
    if (rules)
        rules(c.rules);
    return c;
}

Cohort withTer(const std::function<void(Ter&)>& change)
{
    Cohort c = cohort();
    Ter t = test::cleanTer();
    change(t);
    c.ters.append(t);
    return c;
}

SummerSchool cleanSchool()
{
    SummerSchool s;
    s.id = QStringLiteral("ss1");
    s.studentId = QStringLiteral("s1");
    s.name = QStringLiteral("PAISS");
    s.proposed = true;
    s.start = d("2025-07-07");
    s.end = d("2025-07-11");
    return s;
}

Cohort withSchool(const std::function<void(SummerSchool&)>& change)
{
    Cohort c = cohort();
    SummerSchool s = cleanSchool();
    change(s);
    c.summerSchools.append(s);
    return c;
}

QString words(int n)
{
    QStringList w;
    for (int i = 0; i < n; ++i)
        w.append(QStringLiteral("word"));
    return w.join(QLatin1Char(' '));
}

Seminar seminar(int i, const char* studentId, int paragraphWords, QDate date = d("2026-01-10"))
{
    return Seminar{QStringLiteral("se%1%2").arg(QLatin1String(studentId)).arg(i),
                   QLatin1String(studentId),
                   QStringLiteral("Seminar %1").arg(i),
                   date,
                   words(paragraphWords),
                   {}};
}

// No public holidays at all: presence days equal scheduled days, for legal thresholds written by hand.
void noHolidays(RuleSet& r)
{
    r.fixedHolidays.clear();
    r.easterHolidayOffsets.clear();
}

// Submitted and signed long before any start in the year, so that only the rule under test speaks.
void early(Internship& in)
{
    in.submitted = d("2025-09-15");
    in.signatures = Signatures{d("2025-10-01"), d("2025-10-01"), d("2025-10-01"), d("2025-10-01")};
}

// A full-time internship of four months in 2026 (more than 2 months: gratification due), paid per month.
void longPaid(Internship& in, double amount, GratificationPer per = GratificationPer::Month)
{
    early(in);
    in.start = d("2026-03-02");
    in.end = d("2026-06-30");
    in.gratification = {amount, per};
}

QString severityOf(const CheckResult& r, const QString& rule)
{
    for (const Finding& f : r.findings) {
        if (f.rule == rule)
            return severityCode(f.severity);
    }
    return kNone;
}

QList<Finding> findingsOf(const CheckResult& r, const QString& rule)
{
    QList<Finding> out;
    for (const Finding& f : r.findings) {
        if (f.rule == rule)
            out.append(f);
    }
    return out;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void messagesGiveFiguresAndFixes_data();
    void messagesGiveFiguresAndFixes();
    void cleanCohortHasNoError();
    void overridesAreListedButDoNotBlock();
    void disabledRulesAreNotRun();
    void figures();
    void completion_data();
    void completion();
    void catalogueIsComplete();
    void ruleSetJsonRoundTrip();
    void ruleSetJsonErrorsNameThePath_data();
    void ruleSetJsonErrorsNameThePath();
    void gratificationRateTable_data();
    void gratificationRateTable();
};

void TestRules::rules_data()
{
    QTest::addColumn<Cohort>("cohort");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity"); // expected severity of the rule's first finding, or "none"

    const QDate jan = d("2026-01-15");
    const Stage P = Stage::Proposal;
    const Stage V = Stage::Validation;
    auto row = [](const char* name, const Cohort& c, QDate today, Stage stage, const char* rule, const char* sev) {
        QTest::newRow(name) << c << today << stage << QString::fromLatin1(rule) << QString::fromLatin1(sev);
    };

    // INT_MIN_DURATION: 8 FTE weeks = 280 scheduled hours.
    row("min-duration-8-weeks-with-3-holidays", withInternship([](Internship&) {}), jan, P, "INT_MIN_DURATION", "none");
    row("min-duration-one-day-short", withInternship([](Internship& i) { i.end = d("2026-06-25"); }), jan, P,
        "INT_MIN_DURATION", "error");
    row("min-duration-part-time-16-weeks-exact", withInternship([](Internship& i) {
            i.weeklyHours = 17.5;
            i.end = d("2026-08-21");
        }),
        jan, P, "INT_MIN_DURATION", "none");
    row("min-duration-part-time-one-day-short", withInternship([](Internship& i) {
            i.weeklyHours = 17.5;
            i.end = d("2026-08-20");
        }),
        jan, P, "INT_MIN_DURATION", "error");
    row("min-duration-late-signature-loses-a-day",
        withInternship([](Internship& i) { i.signatures.host = d("2026-05-05"); }), jan, P, "INT_MIN_DURATION",
        "error");
    row("min-duration-absence-loses-a-day", withInternship([](Internship& i) { i.absences = {d("2026-06-01")}; }), jan,
        P, "INT_MIN_DURATION", "error");

    // INT_MAX_DURATION: 6 months = 924 presence hours (132 days of 7 h); no holidays to count by hand.
    row("max-duration-132-days",
        withInternship(
            [](Internship& i) {
                early(i);
                i.start = d("2026-01-05");
                i.end = d("2026-07-07");
            },
            noHolidays),
        jan, P, "INT_MAX_DURATION", "none");
    row("max-duration-133-days",
        withInternship(
            [](Internship& i) {
                early(i);
                i.start = d("2026-01-05");
                i.end = d("2026-07-08");
            },
            noHolidays),
        jan, P, "INT_MAX_DURATION", "error");
    {
        // Two internships with the same host add up; with another host they do not.
        Cohort c = withInternship(
            [](Internship& i) {
                early(i);
                i.start = d("2026-01-05");
                i.end = d("2026-04-03"); // 65 days
            },
            noHolidays);
        Internship second = c.internships.first();
        second.id = QStringLiteral("i2");
        second.start = d("2026-04-06");
        second.end = d("2026-07-06"); // 66 days: 131 in all
        c.internships.append(second);
        row("max-duration-same-host-131-days", c, jan, P, "INT_MAX_DURATION", "none");
        c.internships[1].end = d("2026-07-08"); // 133 days in all
        row("max-duration-same-host-133-days", c, jan, P, "INT_MAX_DURATION", "error");
        c.internships[1].host.name = QStringLiteral("Another host");
        row("max-duration-other-host-133-days", c, jan, P, "INT_MAX_DURATION", "none");
    }

    // INT_LEAD_TIME: submitted <= start.addMonths(-3).
    row("lead-time-exactly-3-months", withInternship([](Internship& i) { i.submitted = d("2026-02-04"); }), jan, P,
        "INT_LEAD_TIME", "none");
    row("lead-time-one-day-late", withInternship([](Internship& i) { i.submitted = d("2026-02-05"); }), jan, P,
        "INT_LEAD_TIME", "error");
    row("lead-time-end-of-month-clamped", withInternship([](Internship& i) {
            i.start = d("2026-05-31");
            i.end = d("2026-06-30");
            i.submitted = d("2026-02-28");
        }),
        jan, P, "INT_LEAD_TIME", "none");
    row("lead-time-end-of-month-late", withInternship([](Internship& i) {
            i.start = d("2026-05-31");
            i.end = d("2026-06-30");
            i.submitted = d("2026-03-01");
        }),
        jan, P, "INT_LEAD_TIME", "error");
    row("lead-time-unsubmitted-still-possible", withInternship([](Internship& i) { i.submitted = QDate(); }),
        d("2026-02-04"), P, "INT_LEAD_TIME", "none");
    row("lead-time-unsubmitted-too-late", withInternship([](Internship& i) { i.submitted = QDate(); }), d("2026-02-05"),
        P, "INT_LEAD_TIME", "error");
    row("lead-time-previous-summer-exempt", withInternship([](Internship& i) {
            i.previousSummer = true;
            i.submitted = d("2026-06-01");
        }),
        jan, P, "INT_LEAD_TIME", "none");

    // INT_NOT_SIGNED: all four on or before the start.
    row("signed-on-the-start-day", withInternship([](Internship& i) { i.signatures.university = d("2026-05-04"); }),
        jan, P, "INT_NOT_SIGNED", "none");
    row("signed-the-day-after-the-start",
        withInternship([](Internship& i) { i.signatures.university = d("2026-05-05"); }), jan, P, "INT_NOT_SIGNED",
        "error");
    row("unsigned-before-start-is-info", withInternship([](Internship& i) { i.signatures.tutor = QDate(); }),
        d("2026-05-04"), P, "INT_NOT_SIGNED", "info");
    row("unsigned-after-start-is-error", withInternship([](Internship& i) { i.signatures.tutor = QDate(); }),
        d("2026-05-05"), P, "INT_NOT_SIGNED", "error");

    // INT_GRATIFICATION_REQUIRED: more than 308 presence hours (44 days of 7 h).
    row("gratification-44-days-not-required",
        withInternship(
            [](Internship& i) {
                early(i);
                i.start = d("2026-01-05");
                i.end = d("2026-03-05");
            },
            noHolidays),
        jan, P, "INT_GRATIFICATION_REQUIRED", "none");
    row("gratification-45-days-required",
        withInternship(
            [](Internship& i) {
                early(i);
                i.start = d("2026-01-05");
                i.end = d("2026-03-06");
            },
            noHolidays),
        jan, P, "INT_GRATIFICATION_REQUIRED", "error");
    row("gratification-45-days-paid",
        withInternship(
            [](Internship& i) {
                early(i);
                i.start = d("2026-01-05");
                i.end = d("2026-03-06");
                i.gratification = {700, GratificationPer::Month};
            },
            noHolidays),
        jan, P, "INT_GRATIFICATION_REQUIRED", "none");
    row("gratification-not-under-other-law",
        withInternship(
            [](Internship& i) {
                early(i);
                i.start = d("2026-01-05");
                i.end = d("2026-03-06");
            },
            [](RuleSet& r) { r.frenchInternshipLaw = false; }),
        jan, P, "INT_GRATIFICATION_REQUIRED", "none");

    // INT_GRATIFICATION_TOO_LOW: 4.50 €/h in 2026 → 682.50 € a month for 35 h; 4.35 € in 2025 → 659.75 €.
    row("gratification-monthly-at-minimum", withInternship([](Internship& i) { longPaid(i, 682.50); }), jan, P,
        "INT_GRATIFICATION_TOO_LOW", "none");
    row("gratification-monthly-one-cent-below", withInternship([](Internship& i) { longPaid(i, 682.49); }), jan, P,
        "INT_GRATIFICATION_TOO_LOW", "error");
    row("gratification-hourly-at-minimum",
        withInternship([](Internship& i) { longPaid(i, 4.50, GratificationPer::Hour); }), jan, P,
        "INT_GRATIFICATION_TOO_LOW", "none");
    row("gratification-hourly-below", withInternship([](Internship& i) { longPaid(i, 4.49, GratificationPer::Hour); }),
        jan, P, "INT_GRATIFICATION_TOO_LOW", "error");
    row("gratification-2025-rate-on-31-dec", withInternship([](Internship& i) {
            early(i);
            i.start = d("2025-12-31");
            i.end = d("2026-03-31");
            i.gratification = {659.75, GratificationPer::Month};
        }),
        jan, P, "INT_GRATIFICATION_TOO_LOW", "none");
    row("gratification-2026-rate-on-1-jan", withInternship([](Internship& i) {
            early(i);
            i.start = d("2026-01-01");
            i.end = d("2026-03-31");
            i.gratification = {659.75, GratificationPer::Month};
        }),
        jan, P, "INT_GRATIFICATION_TOO_LOW", "error");
    row("gratification-part-time-monthly", withInternship([](Internship& i) {
            longPaid(i, 341.25); // 4.50 × 17.5 × 52 / 12
            early(i);
            i.start = d("2026-01-05");
            i.weeklyHours = 17.5;
        }),
        jan, P, "INT_GRATIFICATION_TOO_LOW", "none");

    // INT_TEACHING_PERIOD: T4 ends on 30 April; > 17.5 h a week is full-time.
    row("teaching-full-time-starts-30-april", withInternship([](Internship& i) { i.start = d("2026-04-30"); }), jan, P,
        "INT_TEACHING_PERIOD", "error");
    row("teaching-full-time-starts-1-may", withInternship([](Internship& i) { i.start = d("2026-05-01"); }), jan, P,
        "INT_TEACHING_PERIOD", "none");
    row("teaching-absent-on-the-teaching-days", withInternship([](Internship& i) {
            i.start = d("2026-04-29");
            i.absences = {d("2026-04-29"), d("2026-04-30")};
        }),
        jan, P, "INT_TEACHING_PERIOD", "none");
    row("teaching-half-time-is-warning", withInternship([](Internship& i) {
            i.start = d("2026-03-02");
            i.weeklyHours = 17.5;
        }),
        jan, P, "INT_TEACHING_PERIOD", "warning");
    row("teaching-just-over-half-time-is-error", withInternship([](Internship& i) {
            i.start = d("2026-03-02");
            i.weeklyHours = 17.6;
        }),
        jan, P, "INT_TEACHING_PERIOD", "error");
    row("teaching-before-T1-last-summer", withInternship([](Internship& i) {
            i.start = d("2025-07-01");
            i.end = d("2025-08-29");
        }),
        jan, P, "INT_TEACHING_PERIOD", "none");
    row("teaching-ends-on-first-T1-day", withInternship([](Internship& i) {
            i.start = d("2025-07-01");
            i.end = d("2025-09-01");
        }),
        jan, P, "INT_TEACHING_PERIOD", "error");
    row("teaching-previous-summer-exempt", withInternship([](Internship& i) {
            i.start = d("2025-07-01");
            i.end = d("2025-09-30");
            i.previousSummer = true;
        }),
        jan, P, "INT_TEACHING_PERIOD", "none");

    // INT_AFTER_DEADLINE: 30 June.
    row("deadline-ends-30-june", withInternship([](Internship& i) { i.end = d("2026-06-30"); }), jan, P,
        "INT_AFTER_DEADLINE", "none");
    row("deadline-ends-1-july", withInternship([](Internship& i) { i.end = d("2026-07-01"); }), jan, P,
        "INT_AFTER_DEADLINE", "error");

    // INT_OVERLAP
    {
        Cohort c = withInternship([](Internship&) {});
        Internship second = c.internships.first();
        second.id = QStringLiteral("i2");
        second.start = d("2026-06-26");
        second.end = d("2026-06-30");
        second.host.name = QStringLiteral("Other");
        c.internships.append(second);
        row("overlap-one-shared-day", c, jan, P, "INT_OVERLAP", "error");
        c.internships[1].start = d("2026-06-27");
        row("overlap-next-day", c, jan, P, "INT_OVERLAP", "none");
        c.internships[1].start = d("2026-06-01");
        c.internships[1].studentId = QStringLiteral("s2");
        row("overlap-other-student", c, jan, P, "INT_OVERLAP", "none");
    }

    // INT_HOST_NOT_AI, INT_CONTACT_ADVISOR, INT_PREVIOUS_SUMMER
    row("host-ai", withInternship([](Internship&) {}), jan, P, "INT_HOST_NOT_AI", "none");
    row("host-not-ai", withInternship([](Internship& i) { i.host.aiResearch = false; }), jan, P, "INT_HOST_NOT_AI",
        "error");
    row("contact-advisor-while-drafting", withInternship([](Internship& i) { i.submitted = QDate(); }), jan, P,
        "INT_CONTACT_ADVISOR", "info");
    row("contact-advisor-once-submitted", withInternship([](Internship&) {}), jan, P, "INT_CONTACT_ADVISOR", "none");
    row("previous-summer-info", withInternship([](Internship& i) { i.previousSummer = true; }), jan, P,
        "INT_PREVIOUS_SUMMER", "info");
    row("not-previous-summer", withInternship([](Internship&) {}), jan, P, "INT_PREVIOUS_SUMMER", "none");

    // INT_PROOF_MISSING, INT_REPORT: at validation; reports 4–6 pages.
    row("proof-not-checked-at-proposal", withInternship([](Internship&) {}), jan, P, "INT_PROOF_MISSING", "none");
    row("proof-missing-at-validation", withInternship([](Internship&) {}), jan, V, "INT_PROOF_MISSING", "error");
    row("proof-present", withInternship([](Internship& i) { i.proof = true; }), jan, V, "INT_PROOF_MISSING", "none");
    row("report-missing", withInternship([](Internship&) {}), jan, V, "INT_REPORT", "error");
    row("report-3-pages", withInternship([](Internship& i) { i.reportPages = 3; }), jan, V, "INT_REPORT", "warning");
    row("report-4-pages", withInternship([](Internship& i) { i.reportPages = 4; }), jan, V, "INT_REPORT", "none");
    row("report-6-pages", withInternship([](Internship& i) { i.reportPages = 6; }), jan, V, "INT_REPORT", "none");
    row("report-7-pages", withInternship([](Internship& i) { i.reportPages = 7; }), jan, V, "INT_REPORT", "warning");
    row("report-not-checked-at-proposal", withInternship([](Internship&) {}), jan, P, "INT_REPORT", "none");

    // TER_TIME_COMMITMENT: 3.5–7 h a week.
    row("ter-3.4-hours", withTer([](Ter& t) { t.weeklyHours = 3.4; }), jan, P, "TER_TIME_COMMITMENT", "warning");
    row("ter-3.5-hours", withTer([](Ter& t) { t.weeklyHours = 3.5; }), jan, P, "TER_TIME_COMMITMENT", "none");
    row("ter-7-hours", withTer([](Ter& t) { t.weeklyHours = 7; }), jan, P, "TER_TIME_COMMITMENT", "none");
    row("ter-7.1-hours", withTer([](Ter& t) { t.weeklyHours = 7.1; }), jan, P, "TER_TIME_COMMITMENT", "warning");

    // TER_DURATION: end in [start+2 months−1 day, start+4 months−1 day].
    row("ter-duration-2-months-minus-a-day", withTer([](Ter& t) { t.end = d("2026-04-30"); }), jan, P, "TER_DURATION",
        "warning");
    row("ter-duration-2-months", withTer([](Ter& t) { t.end = d("2026-05-01"); }), jan, P, "TER_DURATION", "none");
    row("ter-duration-4-months", withTer([](Ter& t) {
            t.start = d("2025-11-03");
            t.end = d("2026-03-02");
        }),
        jan, P, "TER_DURATION", "none");
    row("ter-duration-4-months-and-a-day", withTer([](Ter& t) {
            t.start = d("2025-11-03");
            t.end = d("2026-03-03");
        }),
        jan, P, "TER_DURATION", "warning");

    // TER_OUTSIDE_PERIOD: the union T1..T4.
    row("ter-whole-teaching-period", withTer([](Ter& t) {
            t.start = d("2025-09-01");
            t.end = d("2026-04-30");
        }),
        jan, P, "TER_OUTSIDE_PERIOD", "none");
    row("ter-ends-1-may", withTer([](Ter& t) { t.end = d("2026-05-01"); }), jan, P, "TER_OUTSIDE_PERIOD", "error");
    row("ter-starts-31-august", withTer([](Ter& t) {
            t.start = d("2025-08-31");
            t.end = d("2025-10-31");
        }),
        jan, P, "TER_OUTSIDE_PERIOD", "error");

    // TER_OUTSIDE_SACLAY, TER_AGREEMENT_NEEDED
    row("ter-in-saclay", withTer([](Ter&) {}), jan, P, "TER_OUTSIDE_SACLAY", "none");
    row("ter-outside-saclay", withTer([](Ter& t) { t.lab.inParisSaclay = false; }), jan, P, "TER_OUTSIDE_SACLAY",
        "warning");
    row("ter-no-agreement", withTer([](Ter&) {}), jan, P, "TER_AGREEMENT_NEEDED", "none");
    row("ter-agreement-outside", withTer([](Ter& t) { t.lab.inParisSaclay = false; }), jan, P, "TER_AGREEMENT_NEEDED",
        "info");
    row("ter-agreement-paid", withTer([](Ter& t) { t.paid = true; }), jan, P, "TER_AGREEMENT_NEEDED", "info");

    // TER_GROUP_SIZE: capacity of the subject.
    row("ter-group-at-capacity", withTer([](Ter& t) {
            t.studentIds = {QStringLiteral("s1"), QStringLiteral("s2")};
        }),
        jan, P, "TER_GROUP_SIZE", "none");
    row("ter-group-over-capacity", withTer([](Ter& t) {
            t.studentIds = {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")};
        }),
        jan, P, "TER_GROUP_SIZE", "error");
    row("ter-group-no-capacity", withTer([](Ter& t) {
            t.capacity.reset();
            t.studentIds = {QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")};
        }),
        jan, P, "TER_GROUP_SIZE", "none");
    {
        Cohort c = withTer([](Ter&) {});
        Ter second = c.ters.first();
        second.id = QStringLiteral("t2");
        second.studentIds = {QStringLiteral("s2"), QStringLiteral("s3")};
        second.subject = second.subject.toUpper() + QLatin1Char(' ');
        c.ters.append(second);
        row("ter-group-two-ters-same-subject", c, jan, P, "TER_GROUP_SIZE", "error");
    }

    // TER_CHALLENGE_PREP_PERIOD: T1 or T2.
    row("ter-prep-in-T1-T2", withTer([](Ter& t) {
            t.kind = TerKind::ChallengePrep;
            t.start = d("2025-09-01");
            t.end = d("2025-12-31");
        }),
        jan, P, "TER_CHALLENGE_PREP_PERIOD", "none");
    row("ter-prep-into-T3", withTer([](Ter& t) {
            t.kind = TerKind::ChallengePrep;
            t.start = d("2025-11-03");
            t.end = d("2026-01-01");
        }),
        jan, P, "TER_CHALLENGE_PREP_PERIOD", "error");
    row("ter-prep-in-T4", withTer([](Ter& t) { t.kind = TerKind::ChallengePrep; }), jan, P, "TER_CHALLENGE_PREP_PERIOD",
        "error");

    // TER_CHALLENGE_SOLVE: T4, exactly two students.
    auto solve = [](const QStringList& students, QDate start, QDate end) {
        return withTer([=](Ter& t) {
            t.kind = TerKind::ChallengeSolve;
            t.studentIds = students;
            t.start = start;
            t.end = end;
        });
    };
    const QStringList pair = {QStringLiteral("s1"), QStringLiteral("s2")};
    row("ter-solve-pair-in-T4", solve(pair, d("2026-03-01"), d("2026-04-30")), jan, P, "TER_CHALLENGE_SOLVE", "none");
    row("ter-solve-alone", solve({QStringLiteral("s1")}, d("2026-03-01"), d("2026-04-30")), jan, P,
        "TER_CHALLENGE_SOLVE", "error");
    row("ter-solve-three", solve(pair + QStringList{QStringLiteral("s3")}, d("2026-03-01"), d("2026-04-30")), jan, P,
        "TER_CHALLENGE_SOLVE", "error");
    row("ter-solve-starts-in-T3", solve(pair, d("2026-02-28"), d("2026-04-30")), jan, P, "TER_CHALLENGE_SOLVE",
        "error");

    // TER_REPORT, TER_GRADE: at validation.
    row("ter-report-missing", withTer([](Ter&) {}), jan, V, "TER_REPORT", "error");
    row("ter-report-4", withTer([](Ter& t) { t.reportPages = 4; }), jan, V, "TER_REPORT", "none");
    row("ter-report-6", withTer([](Ter& t) { t.reportPages = 6; }), jan, V, "TER_REPORT", "none");
    row("ter-report-3", withTer([](Ter& t) { t.reportPages = 3; }), jan, V, "TER_REPORT", "warning");
    row("ter-report-7", withTer([](Ter& t) { t.reportPages = 7; }), jan, V, "TER_REPORT", "warning");
    row("ter-grade-missing", withTer([](Ter&) {}), jan, V, "TER_GRADE", "error");
    row("ter-grade-zero-is-a-grade", withTer([](Ter& t) { t.grade = 0; }), jan, V, "TER_GRADE", "none");
    row("ter-grade-not-checked-at-proposal", withTer([](Ter&) {}), jan, P, "TER_GRADE", "none");

    // SCHOOL_TOO_SHORT: 3 days of full-time classes.
    row("school-3-days", withSchool([](SummerSchool& s) { s.fullTimeDays = 3; }), jan, P, "SCHOOL_TOO_SHORT", "none");
    row("school-2-days", withSchool([](SummerSchool& s) { s.fullTimeDays = 2; }), jan, P, "SCHOOL_TOO_SHORT", "error");
    row("school-mon-to-wed", withSchool([](SummerSchool& s) { s.end = d("2025-07-09"); }), jan, P, "SCHOOL_TOO_SHORT",
        "none");
    row("school-mon-to-tue", withSchool([](SummerSchool& s) { s.end = d("2025-07-08"); }), jan, P, "SCHOOL_TOO_SHORT",
        "error");
    row("school-over-14-july", withSchool([](SummerSchool& s) {
            s.start = d("2025-07-14");
            s.end = d("2025-07-16");
        }),
        jan, P, "SCHOOL_TOO_SHORT", "error");

    // SCHOOL_NOT_PROPOSED
    row("school-proposed", withSchool([](SummerSchool&) {}), jan, P, "SCHOOL_NOT_PROPOSED", "none");
    row("school-not-proposed", withSchool([](SummerSchool& s) { s.proposed = false; }), jan, P, "SCHOOL_NOT_PROPOSED",
        "warning");
    {
        Cohort c = withSchool([](SummerSchool& s) { s.proposed = false; });
        c.rules.proposedSchools = {QStringLiteral("paiss")};
        row("school-in-the-programme-list", c, jan, P, "SCHOOL_NOT_PROPOSED", "none");
    }

    // SCHOOL_REPORT: a report with at least one link.
    row("school-report-missing", withSchool([](SummerSchool&) {}), jan, V, "SCHOOL_REPORT", "error");
    row("school-report-no-link", withSchool([](SummerSchool& s) { s.reportPages = 2; }), jan, V, "SCHOOL_REPORT",
        "error");
    row("school-report-one-link", withSchool([](SummerSchool& s) {
            s.reportPages = 2;
            s.reportLinks = {QStringLiteral("https://example.org/class")};
        }),
        jan, V, "SCHOOL_REPORT", "none");

    // SEMINARS_TOO_FEW, SEMINAR_PARAGRAPH: 6 seminars, 40 words each.
    auto seminars = [](int count, int paragraphWords) {
        Cohort c = cohort();
        for (int i = 0; i < count; ++i)
            c.seminars.append(seminar(i, "s1", paragraphWords));
        return c;
    };
    row("seminars-5", seminars(5, 40), jan, P, "SEMINARS_TOO_FEW", "error");
    row("seminars-6", seminars(6, 40), jan, P, "SEMINARS_TOO_FEW", "none");
    {
        Cohort c = seminars(2, 40);
        c.internships.append(test::cleanInternship());
        row("seminars-2-besides-an-internship", c, jan, P, "SEMINARS_TOO_FEW", "none");
    }
    row("seminar-paragraph-39-words", seminars(6, 39), jan, P, "SEMINAR_PARAGRAPH", "error");
    row("seminar-paragraph-40-words", seminars(6, 40), jan, P, "SEMINAR_PARAGRAPH", "none");
    {
        Cohort c = cohort();
        c.seminars.append(seminar(1, "s1", 0, d("2026-03-10")));
        row("seminar-to-come-at-proposal", c, jan, P, "SEMINAR_PARAGRAPH", "none");
        row("seminar-to-come-at-validation", c, jan, V, "SEMINAR_PARAGRAPH", "error");
    }
}

void TestRules::rules()
{
    QFETCH(Cohort, cohort);
    QFETCH(QDate, today);
    QFETCH(Stage, stage);
    QFETCH(QString, rule);
    QFETCH(QString, severity);

    const CheckResult result = Checker(cohort.rules).check(cohort, today, stage);
    const QString got = severityOf(result, rule);
    if (got != severity) {
        QStringList all;
        for (const Finding& f : result.findings)
            all.append(f.rule + QLatin1Char(' ') + f.message);
        QFAIL(qPrintable(
            QStringLiteral("%1: expected %2, got %3\n%4").arg(rule, severity, got, all.join(QLatin1Char('\n')))));
    }
    for (const Finding& f : findingsOf(result, rule))
        QVERIFY2(!f.message.isEmpty() && !f.subject.isEmpty(), qPrintable(rule));
}

void TestRules::messagesGiveFiguresAndFixes_data()
{
    QTest::addColumn<Cohort>("cohort");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("fragments");
    const QDate jan = d("2026-01-15");

    QTest::newRow("min-duration-says-which-end")
        << withInternship([](Internship& i) { i.end = d("2026-06-19"); }) << jan << QStringLiteral("INT_MIN_DURATION")
        << QStringList{QStringLiteral("7.0 full-time-equivalent weeks"), QStringLiteral("26 June 2026")};
    QTest::newRow("teaching-says-when-to-start")
        << withInternship([](Internship& i) { i.start = d("2026-04-20"); }) << jan
        << QStringLiteral("INT_TEACHING_PERIOD") << QStringList{QStringLiteral("1 May 2026"), QStringLiteral("T4")};
    QTest::newRow("gratification-says-how-much")
        << withInternship([](Internship& i) { longPaid(i, 0); }) << jan << QStringLiteral("INT_GRATIFICATION_REQUIRED")
        << QStringList{QStringLiteral("682.50"), QStringLiteral("4.50")};
    QTest::newRow("too-low-says-how-much")
        << withInternship([](Internship& i) { longPaid(i, 600); }) << jan << QStringLiteral("INT_GRATIFICATION_TOO_LOW")
        << QStringList{QStringLiteral("600.00"), QStringLiteral("682.50")};
    QTest::newRow("lead-time-says-by-when")
        << withInternship([](Internship& i) { i.submitted = d("2026-03-01"); }) << jan
        << QStringLiteral("INT_LEAD_TIME")
        << QStringList{QStringLiteral("4 February 2026"), QStringLiteral("1 June 2026")};
    QTest::newRow("late-signature-says-days-and-weeks")
        << withInternship([](Internship& i) { i.signatures.host = d("2026-05-06"); }) << jan
        << QStringLiteral("INT_NOT_SIGNED")
        << QStringList{QStringLiteral("2 scheduled day"), QStringLiteral("7.6 weeks"), QStringLiteral("30 June 2026")};
    QTest::newRow("deadline-says-end") << withInternship([](Internship& i) { i.end = d("2026-07-10"); }) << jan
                                       << QStringLiteral("INT_AFTER_DEADLINE")
                                       << QStringList{QStringLiteral("10 July 2026"), QStringLiteral("30 June 2026")};
    QTest::newRow("max-says-latest-end") << withInternship(
        [](Internship& i) {
            early(i);
            i.start = d("2026-01-05");
            i.end = d("2026-07-08");
        },
        noHolidays) << jan << QStringLiteral("INT_MAX_DURATION")
                                         << QStringList{QStringLiteral("931.0"), QStringLiteral("7 July 2026")};
    QTest::newRow("ter-duration-says-end")
        << withTer([](Ter& t) { t.end = d("2026-04-15"); }) << jan << QStringLiteral("TER_DURATION")
        << QStringList{QStringLiteral("1 May 2026")};
}

void TestRules::messagesGiveFiguresAndFixes()
{
    QFETCH(Cohort, cohort);
    QFETCH(QDate, today);
    QFETCH(QString, rule);
    QFETCH(QStringList, fragments);
    const CheckResult result = Checker(cohort.rules).check(cohort, today, Stage::Proposal);
    const QList<Finding> found = findingsOf(result, rule);
    QVERIFY2(!found.isEmpty(), qPrintable(rule));
    for (const QString& fragment : fragments)
        QVERIFY2(found.first().message.contains(fragment),
                 qPrintable(found.first().message + QStringLiteral(" ≠ ") + fragment));
}

void TestRules::cleanCohortHasNoError()
{
    Cohort c = cohort();
    c.internships.append(test::cleanInternship());
    c.ters.append(test::cleanTer());
    const CheckResult r = Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal);
    QVERIFY(!r.hasBlockingError());
    for (const Finding& f : r.findings)
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.rule));
}

void TestRules::overridesAreListedButDoNotBlock()
{
    Cohort c = withInternship([](Internship& i) {
        i.submitted = d("2026-03-01");
        i.overrides = {Override{QStringLiteral("INT_LEAD_TIME"),
                                QStringLiteral("advisor"),
                                {},
                                QStringLiteral("Agreed with the host in January")}};
    });
    CheckResult r = Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal);
    const QList<Finding> f = findingsOf(r, QStringLiteral("INT_LEAD_TIME"));
    QCOMPARE(f.size(), 1);
    QVERIFY(f.first().overridden);
    QVERIFY(!r.hasBlockingError());

    c.internships[0].overrides.clear();
    r = Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal);
    QVERIFY(r.hasBlockingError());
}

void TestRules::disabledRulesAreNotRun()
{
    Cohort c = withInternship([](Internship& i) { i.host.aiResearch = false; });
    QCOMPARE(severityOf(Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal), QStringLiteral("INT_HOST_NOT_AI")),
             QStringLiteral("error"));
    c.rules.disabledRules = {QStringLiteral("INT_HOST_NOT_AI")};
    QCOMPARE(severityOf(Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal), QStringLiteral("INT_HOST_NOT_AI")),
             kNone);
}

void TestRules::figures()
{
    Cohort c = withInternship([](Internship& i) { i.end = d("2026-06-30"); });
    const CheckResult r = Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal);
    const InternshipFigures f = r.internships.value(QStringLiteral("i1"));
    // 4 May – 30 June 2026: 42 weekdays, 3 of them holidays.
    QCOMPARE(f.days.countedStart, d("2026-05-04"));
    QCOMPARE(f.days.scheduledDays, 42);
    QCOMPARE(f.days.presenceDays, 39);
    QCOMPARE(f.days.presenceHours, 273.0);
    QVERIFY(!f.gratificationRequired); // 273 h ≤ 308 h
    QCOMPARE(f.proposalDue, d("2026-02-04"));

    c = withInternship([](Internship& i) {
        i.start = d("2026-03-02");
        i.end = d("2026-06-30");
        i.weeklyHours = 35;
    });
    const InternshipFigures g =
        Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal).internships.value(QStringLiteral("i1"));
    QVERIFY(g.gratificationRequired);
    QCOMPARE(g.hourlyRateEur, 4.50);
    QVERIFY(qAbs(g.gratificationMinMonthlyEur - 682.50) < 1e-9);
    QVERIFY(qAbs(g.gratificationMinTotalEur - 4.50 * g.days.presenceHours) < 1e-9);
}

void TestRules::completion_data()
{
    QTest::addColumn<Cohort>("cohort");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QStringList>("missing");

    auto doneTer = []() {
        Ter t = test::cleanTer();
        t.reportPages = 5;
        t.grade = 15;
        return t;
    };
    auto doneInternship = []() {
        Internship i = test::cleanInternship();
        i.proof = true;
        i.reportPages = 5;
        return i;
    };
    const QString ter = QStringLiteral("TER");
    const QString alt = QStringLiteral("INTERNSHIP_OR_ALTERNATIVE");

    Cohort none = cohort();
    QTest::newRow("nothing") << none << false << QStringList{ter, alt};

    Cohort both = cohort();
    both.ters.append(doneTer());
    both.internships.append(doneInternship());
    QTest::newRow("ter-and-internship") << both << true << QStringList();

    Cohort ungraded = both;
    ungraded.ters[0].grade.reset();
    QTest::newRow("ter-without-grade") << ungraded << false << QStringList{ter};

    Cohort overridden = ungraded;
    overridden.ters[0].overrides = {
        Override{QStringLiteral("TER_GRADE"), QStringLiteral("advisor"), {}, QStringLiteral("Grade sent by post")}};
    QTest::newRow("ter-grade-overridden") << overridden << true << QStringList();

    Cohort noProof = both;
    noProof.internships[0].proof = false;
    QTest::newRow("internship-without-proof") << noProof << false << QStringList{alt};

    Cohort withSeminars = cohort();
    withSeminars.ters.append(doneTer());
    for (int i = 0; i < 6; ++i)
        withSeminars.seminars.append(seminar(i, "s1", 45));
    QTest::newRow("ter-and-6-seminars") << withSeminars << true << QStringList();
    withSeminars.seminars[5].paragraph = words(10);
    QTest::newRow("ter-and-5-good-seminars") << withSeminars << false << QStringList{alt};

    Cohort school = cohort();
    school.ters.append(doneTer());
    SummerSchool s = cleanSchool();
    s.reportPages = 2;
    s.reportLinks = {QStringLiteral("https://example.org")};
    school.summerSchools.append(s);
    QTest::newRow("ter-and-summer-school") << school << true << QStringList();
    school.summerSchools[0].start = d("2026-07-06");
    school.summerSchools[0].end = d("2026-07-10");
    QTest::newRow("summer-school-after-deadline") << school << false << QStringList{alt};
}

void TestRules::completion()
{
    QFETCH(Cohort, cohort);
    QFETCH(bool, complete);
    QFETCH(QStringList, missing);
    const Checker checker(cohort.rules);
    const CheckResult close = checker.check(cohort, d("2026-07-01"), Stage::Close);
    const StudentStatus st = close.students.value(QStringLiteral("s1"));
    QCOMPARE(st.complete, complete);
    QCOMPARE(st.missing, missing);
    bool incomplete = false;
    for (const Finding& f : close.findings)
        incomplete = incomplete || (f.rule == QLatin1String("STUDENT_INCOMPLETE") && f.subject == QLatin1String("s1"));
    QCOMPARE(incomplete, !complete);
    // Before the close, the status is known but STUDENT_INCOMPLETE is not reported.
    const CheckResult proposal = checker.check(cohort, d("2026-07-01"), Stage::Proposal);
    QCOMPARE(proposal.students.value(QStringLiteral("s1")).complete, complete);
    QCOMPARE(severityOf(proposal, QStringLiteral("STUDENT_INCOMPLETE")), kNone);
}

void TestRules::catalogueIsComplete()
{
    // Every code of RULES.md, in its order.
    const QStringList expected = {QStringLiteral("INT_MIN_DURATION"),
                                  QStringLiteral("INT_MAX_DURATION"),
                                  QStringLiteral("INT_LEAD_TIME"),
                                  QStringLiteral("INT_NOT_SIGNED"),
                                  QStringLiteral("INT_GRATIFICATION_REQUIRED"),
                                  QStringLiteral("INT_GRATIFICATION_TOO_LOW"),
                                  QStringLiteral("INT_TEACHING_PERIOD"),
                                  QStringLiteral("INT_AFTER_DEADLINE"),
                                  QStringLiteral("INT_OVERLAP"),
                                  QStringLiteral("INT_HOST_NOT_AI"),
                                  QStringLiteral("INT_CONTACT_ADVISOR"),
                                  QStringLiteral("INT_PREVIOUS_SUMMER"),
                                  QStringLiteral("INT_PROOF_MISSING"),
                                  QStringLiteral("INT_REPORT"),
                                  QStringLiteral("INT_HOST_SCREENING"),
                                  QStringLiteral("INT_PROJECT_WINDOW"),
                                  QStringLiteral("TER_TIME_COMMITMENT"),
                                  QStringLiteral("TER_DURATION"),
                                  QStringLiteral("TER_OUTSIDE_PERIOD"),
                                  QStringLiteral("TER_OUTSIDE_SACLAY"),
                                  QStringLiteral("TER_AGREEMENT_NEEDED"),
                                  QStringLiteral("TER_GROUP_SIZE"),
                                  QStringLiteral("TER_CHALLENGE_PREP_PERIOD"),
                                  QStringLiteral("TER_CHALLENGE_SOLVE"),
                                  QStringLiteral("TER_REPORT"),
                                  QStringLiteral("TER_GRADE"),
                                  QStringLiteral("SCHOOL_TOO_SHORT"),
                                  QStringLiteral("SCHOOL_NOT_PROPOSED"),
                                  QStringLiteral("SCHOOL_REPORT"),
                                  QStringLiteral("SEMINARS_TOO_FEW"),
                                  QStringLiteral("SEMINAR_PARAGRAPH"),
                                  QStringLiteral("STUDENT_INCOMPLETE")};
    QStringList got;
    for (const RuleInfo& info : ruleCatalogue())
        got.append(QLatin1String(info.code));
    QCOMPARE(got, expected);
}

void TestRules::ruleSetJsonRoundTrip()
{
    RuleSet r = test::rules2025();
    r.proposedSchools = {QStringLiteral("PAISS"), QStringLiteral("ELLIS summer school")};
    r.disabledRules = {QStringLiteral("INT_HOST_NOT_AI")};
    r.internshipMinWeeks = 10;
    r.defaultWorkDays = WorkDays(0x0F);
    RuleSet back = RuleSet::parisSaclayM1(AcademicYear{2025});
    QVERIFY(back.applyJson(r.toJson()).ok());
    QCOMPARE(back, r);
}

void TestRules::ruleSetJsonErrorsNameThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("unknown-key") << QByteArray(R"({"internship_min_week": 8})")
                                 << QStringLiteral("rules.internship_min_week:");
    QTest::newRow("wrong-type") << QByteArray(R"({"internship_min_weeks": "8"})")
                                << QStringLiteral("rules.internship_min_weeks:");
    QTest::newRow("negative") << QByteArray(R"({"lead_time_months": -1})") << QStringLiteral("rules.lead_time_months:");
    QTest::newRow("not-whole") << QByteArray(R"({"seminars_min": 5.5})") << QStringLiteral("rules.seminars_min:");
    QTest::newRow("bad-period-date") << QByteArray(
        R"({"teaching_periods": [{"name": "T1", "start": "2025-13-01", "end": "2025-10-31"}]})")
                                     << QStringLiteral("rules.teaching_periods[0].start:");
    QTest::newRow("rates-out-of-order") << QByteArray(
        R"({"gratification_rates": [{"from": "2026-01-01", "hourly_eur": 4.5}, {"from": "2025-01-01", "hourly_eur": 4.35}]})")
                                        << QStringLiteral("rules.gratification_rates[1].from:");
    QTest::newRow("bad-holiday") << QByteArray(R"({"public_holidays_fixed": ["13-01"]})")
                                 << QStringLiteral("rules.public_holidays_fixed[0]:");
    QTest::newRow("bad-work-day") << QByteArray(R"({"default_work_days": ["monday"]})")
                                  << QStringLiteral("rules.default_work_days[0]:");
    QTest::newRow("max-below-min") << QByteArray(R"({"report_min_pages": 8})")
                                   << QStringLiteral("rules.report_max_pages:");
}

void TestRules::ruleSetJsonErrorsNameThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, prefix);
    RuleSet r = test::rules2025();
    const RuleSet before = r;
    const Status s = r.applyJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(prefix), qPrintable(s.error()));
    QCOMPARE(r, before); // nothing applied
}

void TestRules::gratificationRateTable_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("rate");
    QTest::newRow("2015-08-31") << d("2015-08-31") << 3.30;
    QTest::newRow("2015-09-01") << d("2015-09-01") << 3.60;
    QTest::newRow("2017-12-31") << d("2017-12-31") << 3.60;
    QTest::newRow("2018-01-01") << d("2018-01-01") << 3.75;
    QTest::newRow("2020-01-01") << d("2020-01-01") << 3.90;
    QTest::newRow("2022-12-31") << d("2022-12-31") << 3.90;
    QTest::newRow("2023-06-01") << d("2023-06-01") << 4.05;
    QTest::newRow("2024-01-01") << d("2024-01-01") << 4.35;
    QTest::newRow("2025-12-31") << d("2025-12-31") << 4.35;
    QTest::newRow("2026-01-01") << d("2026-01-01") << 4.50;
}

void TestRules::gratificationRateTable()
{
    QFETCH(QDate, date);
    QFETCH(double, rate);
    QCOMPARE(test::rules2025().gratificationRateOn(date).value_or(-1), rate);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"

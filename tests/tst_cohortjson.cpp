#include "io/CheckResultJson.h"
#include "io/CohortJson.h"
#include "io/IsoDate.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace interntrack;
using interntrack::test::d;

namespace {

QByteArray readFile(const QString& relative)
{
    QFile f(test::sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// A cohort where every field differs from its default, so that a field the writer or the reader
// forgets shows up as a difference.
Cohort everyFieldCohort()
{
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    c.rules.internshipMinWeeks = 9;
    c.rules.proposedSchools = {QStringLiteral("MLSS"), QStringLiteral("PAISS")};
    c.rules.disabledRules = {QStringLiteral("TER_OUTSIDE_SACLAY")};
    c.rules.gradeMax = 25;

    Student s1;
    s1.id = QStringLiteral("s1");
    s1.name = QStringLiteral("Ada Lovelace");
    s1.email = QStringLiteral("ada@example.org");
    s1.studentNumber = QStringLiteral("22501001");
    s1.overrides = {Override{QStringLiteral("STUDENT_INCOMPLETE"), QStringLiteral("advisor"),
                             QDateTime(d("2026-06-30"), QTime(17, 5, 3, 250), Qt::UTC),
                             QStringLiteral("Medical leave, completes in September.")}};
    Student s2;
    s2.id = QStringLiteral("s2");
    s2.name = QStringLiteral("Émile « Zola »");
    c.students = {s1, s2};

    Internship i = test::cleanInternship();
    i.host.address = QStringLiteral("1 rue Honoré d'Estienne d'Orves");
    i.host.city = QStringLiteral("Palaiseau");
    i.host.country = QStringLiteral("France");
    i.host.aiResearch = false;
    i.tutor = Tutor{QStringLiteral("Camille Moreau"), QStringLiteral("camille@example.org"),
                    QStringLiteral("+33 1 00 00 00 01")};
    i.subject = QStringLiteral("Neural PDE solvers");
    i.weeklyHours = 28.5;
    i.workDays = WorkDays(0);
    i.workDays.set(1);
    i.workDays.set(2);
    i.workDays.set(4);
    i.workDays.set(6);
    i.absences = {d("2026-05-12"), d("2026-06-02")};
    i.signatures.tutor = QDate(); // one party has not signed
    i.gratification = Gratification{4.5, GratificationPer::Hour};
    i.previousSummer = true;
    i.proof = true;
    i.reportPages = 5;
    i.overrides = {Override{QStringLiteral("INT_LEAD_TIME"), QStringLiteral("advisor"),
                            QDateTime(d("2026-01-20"), QTime(9, 0), Qt::OffsetFromUTC, 3600),
                            QStringLiteral("Offer came late.")},
                   Override{QStringLiteral("INT_HOST_NOT_AI"), QStringLiteral("dean"), QDateTime(),
                            QStringLiteral("Checked by phone.")}};
    i.state = WorkflowState::InProgress;
    Internship i2;
    i2.id = QStringLiteral("i2");
    i2.studentId = QStringLiteral("s2");
    i2.start = d("2026-05-04");
    i2.end = d("2026-05-04");
    c.internships = {i, i2};

    Ter t = test::cleanTer();
    t.studentIds = {QStringLiteral("s1"), QStringLiteral("s2")};
    t.kind = TerKind::ChallengeSolve;
    t.supervisor = QStringLiteral("Dr. Nadia Benali");
    t.weeklyHours = 3.5;
    t.paid = true;
    t.reportPages = 0;
    t.grade = 24.75;
    t.lab.inParisSaclay = false;
    t.overrides = {
        Override{QStringLiteral("TER_DURATION"), QStringLiteral("advisor"), QDateTime(), QStringLiteral("Fine.")}};
    t.state = WorkflowState::ChangesRequested;
    Ter t2;
    t2.id = QStringLiteral("t2");
    t2.studentIds = {QStringLiteral("s2")};
    t2.kind = TerKind::ChallengePrep;
    t2.start = d("2025-09-15");
    t2.end = d("2025-12-12");
    c.ters = {t, t2};

    SummerSchool ss;
    ss.id = QStringLiteral("ss1");
    ss.studentId = QStringLiteral("s2");
    ss.name = QStringLiteral("MLSS");
    ss.proposed = true;
    ss.start = d("2025-07-07");
    ss.end = d("2025-07-11");
    ss.fullTimeDays = 4;
    ss.reportPages = 2;
    ss.reportLinks = {QStringLiteral("https://example.org/a"), QStringLiteral("https://example.org/b")};
    ss.overrides = {Override{QStringLiteral("SCHOOL_REPORT"), QStringLiteral("advisor"), QDateTime(),
                             QStringLiteral("Sent by mail.")}};
    ss.state = WorkflowState::Validated;
    SummerSchool ss2;
    ss2.id = QStringLiteral("ss2");
    ss2.studentId = QStringLiteral("s1");
    ss2.start = d("2025-07-14");
    ss2.end = d("2025-07-18");
    c.summerSchools = {ss, ss2};

    Seminar se;
    se.id = QStringLiteral("se1");
    se.studentId = QStringLiteral("s1");
    se.title = QStringLiteral("Diffusion models");
    se.date = d("2026-02-03");
    se.paragraph = QStringLiteral("Line one.\nLine two, with \"quotes\" and a tab\t.");
    se.overrides = {Override{QStringLiteral("SEMINAR_PARAGRAPH"), QStringLiteral("advisor"),
                             QDateTime(d("2026-02-04"), QTime(8, 30)), QStringLiteral("Oral summary given.")}};
    c.seminars = {se};
    return c;
}

/// A small valid input around @p items (students s1 and s2 exist).
QByteArray doc(const char* items)
{
    QByteArray b = R"({"academic_year": "2025-2026", "students": [{"id": "s1"}, {"id": "s2"}])";
    if (*items)
        b += ", " + QByteArray(items);
    return b + "}";
}

/// An internship of s1 with @p extra fields added.
QByteArray internship(const char* extra)
{
    QByteArray item = R"({"id": "i1", "student": "s1", "start": "2026-05-04", "end": "2026-06-26")";
    if (*extra)
        item += ", " + QByteArray(extra);
    return doc(QByteArray(R"("internships": [)" + item + "}]").constData());
}

QByteArray ter(const char* extra)
{
    QByteArray item = R"({"id": "t1", "students": ["s1"], "start": "2026-03-01", "end": "2026-04-30")";
    if (*extra)
        item += ", " + QByteArray(extra);
    return doc(QByteArray(R"("ters": [)" + item + "}]").constData());
}

QByteArray school(const char* extra)
{
    QByteArray item = R"({"id": "ss1", "student": "s1", "start": "2025-07-07", "end": "2025-07-11")";
    if (*extra)
        item += ", " + QByteArray(extra);
    return doc(QByteArray(R"("summer_schools": [)" + item + "}]").constData());
}

} // namespace

class TestCohortJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void examplesAreValid_data();
    void examplesAreValid();
    void defaultsForMissingFields();
    void nullMeansAbsent();
    void todayStageAndRules();
    void sameIdInTwoKindsIsAllowed();
    void badInput_data();
    void badInput();
    void exampleDateMessage();
    void everyProblemIsReported();
    void manyProblemsAreCapped();
    void truncatedInputFailsCleanly();
    void mutatedInputFailsCleanly();
    void numbersReadExactly_data();
    void numbersReadExactly();
    void numbersTooLargeAreRefused_data();
    void numbersTooLargeAreRefused();
    void fuzzRegressions_data();
    void fuzzRegressions();
    void duplicateUnknownKey();
    void byteOrderMarkIsSkipped();
    void compactWriter();
    void compactWriterWorkDaysOfTheRuleSet();
    void isoDate_data();
    void isoDate();
    void isoDateEveryDay();
    void checkResultJson();
    void checkResultJsonLayout();
    void checkResultJsonToDevice();
    void rvalueInputReadsTheSame();
    void checkResultRounding_data();
    void checkResultRounding();
};

void TestCohortJson::roundTrip_data()
{
    QTest::addColumn<Cohort>("cohort");
    QTest::newRow("every-field-set") << everyFieldCohort();
    Cohort empty;
    empty.rules = RuleSet::parisSaclayM1(AcademicYear{2031});
    QTest::newRow("empty-cohort-2031") << empty;
    const Result<Cohort> clean = readCohortJson(readFile(QStringLiteral("resources/examples/clean-2025-2026.json")));
    QVERIFY2(clean.ok(), qPrintable(clean.error()));
    QTest::newRow("clean-example") << clean.value();
}

void TestCohortJson::roundTrip()
{
    QFETCH(Cohort, cohort);
    const QByteArray written = bytes(cohortToJson(cohort));
    const Result<Cohort> back = readCohortJson(written);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    // Compare the JSON first: on a difference, the failure shows which field.
    QCOMPARE(bytes(cohortToJson(back.value())), written);
    QVERIFY(back.value() == cohort);
}

void TestCohortJson::examplesAreValid_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("internships");
    QTest::newRow("clean") << QStringLiteral("resources/examples/clean-2025-2026.json") << 4;
    QTest::newRow("every-rule") << QStringLiteral("resources/examples/every-rule-2025-2026.json") << 4;
}

void TestCohortJson::examplesAreValid()
{
    QFETCH(QString, file);
    QFETCH(int, internships);
    const QByteArray data = readFile(file);
    QVERIFY(!data.isEmpty());
    const Result<CheckInput> in = readCheckInput(data);
    QVERIFY2(in.ok(), qPrintable(in.error()));
    QCOMPARE(in->cohort.internships.size(), internships);
    QCOMPARE(in->cohort.year(), AcademicYear{2025});
}

void TestCohortJson::defaultsForMissingFields()
{
    const Result<CheckInput> in = readCheckInput(doc(R"(
        "internships": [{"id": "i1", "student": "s1", "start": "2026-05-04", "end": "2026-06-26"}],
        "ters": [{"id": "t1", "students": ["s1"], "start": "2026-03-01", "end": "2026-04-30"}],
        "summer_schools": [{"id": "ss1", "student": "s2", "start": "2025-07-07", "end": "2025-07-11"}],
        "seminars": [{"id": "se1", "student": "s2", "date": "2026-02-03"}])"));
    QVERIFY2(in.ok(), qPrintable(in.error()));
    QVERIFY(!in->today.isValid());
    QVERIFY(!in->stage);
    QCOMPARE(in->cohort.rules, RuleSet::parisSaclayM1(AcademicYear{2025}));
    QCOMPARE(in->cohort.students.size(), 2);
    QCOMPARE(in->cohort.students.at(0), (Student{QStringLiteral("s1"), {}, {}, {}, {}}));

    Internship expected;
    expected.id = QStringLiteral("i1");
    expected.studentId = QStringLiteral("s1");
    expected.start = d("2026-05-04");
    expected.end = d("2026-06-26");
    QVERIFY(in->cohort.internships.at(0) == expected);
    QCOMPARE(in->cohort.internships.at(0).weeklyHours, 35.0);
    QCOMPARE(in->cohort.internships.at(0).workDays, WorkDays::mondayToFriday());
    QVERIFY(!in->cohort.internships.at(0).reportPages);

    Ter t;
    t.id = QStringLiteral("t1");
    t.studentIds = {QStringLiteral("s1")};
    t.start = d("2026-03-01");
    t.end = d("2026-04-30");
    QVERIFY(in->cohort.ters.at(0) == t);

    SummerSchool s;
    s.id = QStringLiteral("ss1");
    s.studentId = QStringLiteral("s2");
    s.start = d("2025-07-07");
    s.end = d("2025-07-11");
    QVERIFY(in->cohort.summerSchools.at(0) == s);

    Seminar se;
    se.id = QStringLiteral("se1");
    se.studentId = QStringLiteral("s2");
    se.date = d("2026-02-03");
    QVERIFY(in->cohort.seminars.at(0) == se);
}

void TestCohortJson::nullMeansAbsent()
{
    const Result<Cohort> c = readCohortJson(internship(R"(
        "host": null, "submitted": null, "report_pages": null, "overrides": null, "absences": null,
        "signatures": {"student": "2026-03-02", "host": null, "university": "2026-03-10"})"));
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const Internship& i = c->internships.at(0);
    QCOMPARE(i.signatures.student, d("2026-03-02"));
    QVERIFY(!i.signatures.host.isValid());
    QVERIFY(!i.signatures.tutor.isValid());
    QCOMPARE(i.signatures.university, d("2026-03-10"));
    QCOMPARE(i.signatures.missingCount(), 2);
    QVERIFY(!i.submitted.isValid());
    QCOMPARE(i.host, Host{});
}

void TestCohortJson::todayStageAndRules()
{
    const Result<CheckInput> in = readCheckInput(R"({"academic_year": "2026-2027", "today": "2026-10-01",
        "stage": "validation", "rules": {"internship_min_weeks": 9, "grade_max": 10},
        "students": [{"id": "s1"}],
        "ters": [{"id": "t1", "students": ["s1"], "start": "2027-03-01", "end": "2027-04-30", "grade": 9.5}]})");
    QVERIFY2(in.ok(), qPrintable(in.error()));
    QCOMPARE(in->today, d("2026-10-01"));
    QCOMPARE(in->stage, std::optional<Stage>(Stage::Validation));
    QCOMPARE(in->cohort.year(), AcademicYear{2026});
    QCOMPARE(in->cohort.rules.internshipMinWeeks, 9.0);
    QCOMPARE(in->cohort.rules.gradeMax, 10.0);
    // The rest of the rule set keeps the defaults of that year.
    QCOMPARE(in->cohort.rules.deadline, d("2027-06-30"));
    QCOMPARE(in->cohort.ters.at(0).grade, std::optional<double>(9.5));

    // checkInputToJson writes today and stage back.
    const Result<CheckInput> again = readCheckInput(bytes(checkInputToJson(in.value())));
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again.value() == in.value());
}

void TestCohortJson::sameIdInTwoKindsIsAllowed()
{
    // Ids are unique per kind of item: "x1" may name an internship and a TER.
    const Result<Cohort> c = readCohortJson(doc(R"(
        "internships": [{"id": "x1", "student": "s1", "start": "2026-05-04", "end": "2026-06-26"}],
        "ters": [{"id": "x1", "students": ["s1"], "start": "2026-03-01", "end": "2026-04-30"}])"));
    QVERIFY2(c.ok(), qPrintable(c.error()));
}

void TestCohortJson::badInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // start of the first error line

    auto row = [](const char* name, const QByteArray& input, const char* expected) {
        QTest::newRow(name) << input << QString::fromUtf8(expected);
    };

    // Not a cohort at all
    row("not-json", "{\"academic_year\": ", "line 1, column 19 (byte 18): not valid JSON");
    row("not-json-second-line", "{\n  \"academic_year\": 2025-2026\n}", "line 2, column ");
    row("empty-input", "", "line 1, column 1 (byte 0): not valid JSON");
    row("top-level-list", "[]", "(top level): expected an object");

    // Top level
    row("academic-year-missing", R"({"students": []})", "academic_year: is required");
    row("academic-year-not-consecutive", R"({"academic_year": "2025-2027"})", "academic_year: \"2025-2027\" is not");
    row("academic-year-number", R"({"academic_year": 2025})", "academic_year: 2025 is not");
    row("top-level-unknown-key", doc(R"("studnets": [])"), "studnets: unknown key (did you mean \"students\"?)");
    row("top-level-unknown-key-far", doc(R"("colour": "blue")"), "colour: unknown key (known keys: ");
    row("today-bad", doc(R"("today": "15/01/2026")"), "today: \"15/01/2026\" is not a date (YYYY-MM-DD)");
    row("stage-unknown", doc(R"("stage": "final")"), "stage: \"final\" is not one of proposal, validation, close");
    row("rules-not-object", doc(R"("rules": [])"), "rules: expected an object, got a list");
    row("rules-unknown-key", doc(R"("rules": {"internship_min_weekz": 8})"), "rules.internship_min_weekz: ");
    row("rules-bad-value", doc(R"("rules": {"internship_min_weeks": -1})"), "rules.internship_min_weeks: ");
    row("internships-not-list", doc(R"("internships": {})"), "internships: expected a list, got an object");

    // Students
    row("student-not-object", R"({"academic_year": "2025-2026", "students": ["s1"]})",
        "students[0]: expected an object, got \"s1\"");
    row("student-id-missing", R"({"academic_year": "2025-2026", "students": [{"name": "Ada"}]})",
        "students[0].id: is required");
    row("student-id-empty", R"({"academic_year": "2025-2026", "students": [{"id": ""}]})",
        "students[0].id: must not be empty");
    row("student-id-spaces", R"({"academic_year": "2025-2026", "students": [{"id": " s1"}]})",
        "students[0].id: \" s1\" has spaces around it");
    row("student-id-number", R"({"academic_year": "2025-2026", "students": [{"id": 7}]})",
        "students[0].id: expected a string, got 7");
    row("student-duplicate-id", R"({"academic_year": "2025-2026", "students": [{"id": "s1"}, {"id": "s1"}]})",
        "students[1].id: \"s1\" is already the id of students[0]");
    row("student-name-number", R"({"academic_year": "2025-2026", "students": [{"id": "s1", "name": 3}]})",
        "students[0].name: expected a string, got 3");
    row("student-unknown-key", R"({"academic_year": "2025-2026", "students": [{"id": "s1", "mail": "a@b"}]})",
        "students[0].mail: unknown key (did you mean \"email\"?)");
    row("student-overrides-not-list", R"({"academic_year": "2025-2026", "students": [{"id": "s1", "overrides": {}}]})",
        "students[0].overrides: expected a list");

    // Internships
    row("internship-id-missing",
        doc(R"("internships": [{"student": "s1", "start": "2026-05-04", "end": "2026-06-26"}])"),
        "internships[0].id: is required");
    row("internship-student-missing",
        doc(R"("internships": [{"id": "i1", "start": "2026-05-04", "end": "2026-06-26"}])"),
        "internships[0].student: is required");
    row("internship-unknown-student",
        doc(R"("internships": [{"id": "i1", "student": "s9", "start": "2026-05-04", "end": "2026-06-26"}])"),
        "internships[0].student: \"s9\" is not the id of a student listed in \"students\"");
    row("internship-start-missing", doc(R"("internships": [{"id": "i1", "student": "s1", "end": "2026-06-26"}])"),
        "internships[0].start: is required");
    row("internship-end-missing", doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-05-04"}])"),
        "internships[0].end: is required");
    row("internship-start-month-13",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-13-01", "end": "2026-06-26"}])"),
        "internships[0].start: \"2026-13-01\" is not a date (YYYY-MM-DD)");
    row("internship-start-february-30",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-02-30", "end": "2026-06-26"}])"),
        "internships[0].start: \"2026-02-30\" is not a date");
    row("internship-start-short-form",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-5-4", "end": "2026-06-26"}])"),
        "internships[0].start: \"2026-5-4\" is not a date");
    row("internship-start-with-time",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-05-04T08:00", "end": "2026-06-26"}])"),
        "internships[0].start: \"2026-05-04T08:00\" is not a date");
    row("internship-start-number",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": 20260504, "end": "2026-06-26"}])"),
        "internships[0].start: 20260504 is not a date");
    row("internship-end-typo-year",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-05-04", "end": "2206-06-26"}])"),
        "internships[0].end: \"2206-06-26\" is more than 10 years away from the academic year 2025-2026");
    row("internship-end-before-start",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-05-04", "end": "2026-04-01"}])"),
        "internships[0].end: 2026-04-01 is before the start 2026-05-04");
    row("internship-duplicate-id",
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-05-04", "end": "2026-06-26"},
                               {"id": "i1", "student": "s2", "start": "2026-05-04", "end": "2026-06-26"}])"),
        "internships[1].id: \"i1\" is already the id of internships[0]");
    row("internship-unknown-key", internship(R"("weekly_hour": 35)"),
        "internships[0].weekly_hour: unknown key (did you mean \"weekly_hours\"?)");
    row("internship-negative-hours", internship(R"("weekly_hours": -1)"),
        "internships[0].weekly_hours: -1 is out of range");
    row("internship-hours-over-168", internship(R"("weekly_hours": 169)"),
        "internships[0].weekly_hours: 169 is out of range");
    row("internship-hours-huge", internship(R"("weekly_hours": 1e308)"), "internships[0].weekly_hours: ");
    row("internship-hours-string", internship(R"("weekly_hours": "35")"),
        "internships[0].weekly_hours: expected a number, got \"35\"");
    row("internship-number-out-of-json-range", internship(R"("weekly_hours": 1e999)"), "line 1, column ");
    row("internship-work-days-empty", internship(R"("work_days": [])"), "internships[0].work_days: names no day");
    row("internship-work-day-unknown", internship(R"("work_days": ["mon", "monday"])"),
        "internships[0].work_days[1]: \"monday\" is not a day");
    row("internship-work-day-number", internship(R"("work_days": [1])"), "internships[0].work_days[0]: 1 is not a day");
    row("internship-work-day-twice", internship(R"("work_days": ["mon", "mon"])"),
        "internships[0].work_days[1]: \"mon\" is listed twice");
    row("internship-work-days-string", internship(R"("work_days": "mon")"),
        "internships[0].work_days: expected a list, got \"mon\"");
    row("internship-absence-bad", internship(R"("absences": ["2026-05-32"])"),
        "internships[0].absences[0]: \"2026-05-32\" is not a date");
    row("internship-absence-outside", internship(R"("absences": ["2026-07-01"])"),
        "internships[0].absences[0]: 2026-07-01 is outside the internship (2026-05-04 to 2026-06-26)");
    row("internship-absence-twice", internship(R"("absences": ["2026-05-05", "2026-05-05"])"),
        "internships[0].absences[1]: 2026-05-05 is listed twice");
    row("internship-submitted-bad", internship(R"("submitted": "yesterday")"),
        "internships[0].submitted: \"yesterday\" is not a date");
    row("internship-host-not-object", internship(R"("host": "Inria")"),
        "internships[0].host: expected an object, got \"Inria\"");
    row("internship-host-kind-unknown", internship(R"("host": {"kind": "lab"})"),
        "internships[0].host.kind: \"lab\" is not one of public_lab, company");
    row("internship-host-ai-string", internship(R"("host": {"ai_research": "yes"})"),
        "internships[0].host.ai_research: expected true or false, got \"yes\"");
    row("internship-host-unknown-key", internship(R"("host": {"kinds": "company"})"),
        "internships[0].host.kinds: unknown key (did you mean \"kind\"?)");
    row("internship-tutor-unknown-key", internship(R"("tutor": {"name": "A", "mobile": "1"})"),
        "internships[0].tutor.mobile: unknown key");
    row("internship-signature-bad", internship(R"("signatures": {"tutor": "2026-02-29"})"),
        "internships[0].signatures.tutor: \"2026-02-29\" is not a date");
    row("internship-signature-unknown-party", internship(R"("signatures": {"dean": "2026-03-01"})"),
        "internships[0].signatures.dean: unknown key");
    row("internship-gratification-negative", internship(R"("gratification": {"amount_eur": -10})"),
        "internships[0].gratification.amount_eur: -10 is out of range");
    row("internship-gratification-per-unknown", internship(R"("gratification": {"amount_eur": 700, "per": "week"})"),
        "internships[0].gratification.per: \"week\" is not one of month, hour");
    row("internship-report-pages-negative", internship(R"("report_pages": -1)"),
        "internships[0].report_pages: -1 is out of range");
    row("internship-report-pages-fraction", internship(R"("report_pages": 4.5)"),
        "internships[0].report_pages: 4.5 is not a whole number");
    row("internship-proof-string", internship(R"("proof": "yes")"), "internships[0].proof: expected true or false");
    row("internship-state-unknown", internship(R"("state": "done")"),
        "internships[0].state: \"done\" is not one of draft, submitted");

    // Overrides
    row("override-not-object", internship(R"("overrides": ["INT_LEAD_TIME"])"),
        "internships[0].overrides[0]: expected an object, got \"INT_LEAD_TIME\"");
    row("override-rule-missing", internship(R"("overrides": [{"by": "advisor", "reason": "ok"}])"),
        "internships[0].overrides[0].rule: is required");
    row("override-rule-unknown", internship(R"("overrides": [{"rule": "INT_LEAD", "reason": "ok"}])"),
        "internships[0].overrides[0].rule: \"INT_LEAD\" is not a rule code of RULES.md");
    row("override-reason-missing", internship(R"("overrides": [{"rule": "INT_LEAD_TIME"}])"),
        "internships[0].overrides[0].reason: is required");
    row("override-reason-blank", internship(R"("overrides": [{"rule": "INT_LEAD_TIME", "reason": "  "}])"),
        "internships[0].overrides[0].reason: an override needs a written reason");
    row("override-at-bad", internship(R"("overrides": [{"rule": "INT_LEAD_TIME", "reason": "ok", "at": "noon"}])"),
        "internships[0].overrides[0].at: \"noon\" is not a date and time");
    row("override-unknown-key", internship(R"("overrides": [{"rule": "INT_LEAD_TIME", "reason": "ok", "who": "x"}])"),
        "internships[0].overrides[0].who: unknown key");

    // TERs
    row("ter-students-missing", doc(R"("ters": [{"id": "t1", "start": "2026-03-01", "end": "2026-04-30"}])"),
        "ters[0].students: is required");
    row("ter-students-string",
        doc(R"("ters": [{"id": "t1", "students": "s1", "start": "2026-03-01", "end": "2026-04-30"}])"),
        "ters[0].students: expected a list of student ids");
    row("ter-students-empty", ter(R"("capacity": 2)").replace(R"(["s1"])", "[]"), "ters[0].students: names no student");
    row("ter-unknown-student", ter("").replace(R"(["s1"])", R"(["s1", "s9"])"),
        "ters[0].students[1]: \"s9\" is not the id of a student listed in \"students\"");
    row("ter-student-twice", ter("").replace(R"(["s1"])", R"(["s1", "s1"])"),
        "ters[0].students[1]: \"s1\" is listed twice");
    row("ter-student-not-string", ter("").replace(R"(["s1"])", R"([1])"),
        "ters[0].students[0]: expected a student id, got 1");
    row("ter-kind-unknown", ter(R"("kind": "challenge")"),
        "ters[0].kind: \"challenge\" is not one of research, challenge_prep, challenge_solve");
    row("ter-capacity-zero", ter(R"("capacity": 0)"), "ters[0].capacity: 0 is out of range");
    row("ter-grade-over-20", ter(R"("grade": 21)"), "ters[0].grade: 21 is out of range: a grade must be from 0 to 20");
    row("ter-grade-negative", ter(R"("grade": -0.5)"), "ters[0].grade: -0.5 is out of range");
    row("ter-grade-over-rules-max",
        R"({"academic_year": "2025-2026", "rules": {"grade_max": 10}, "students": [{"id": "s1"}],
            "ters": [{"id": "t1", "students": ["s1"], "start": "2026-03-01", "end": "2026-04-30", "grade": 15}]})",
        "ters[0].grade: 15 is out of range: a grade must be from 0 to 10");
    row("ter-negative-hours", ter(R"("weekly_hours": -7)"), "ters[0].weekly_hours: -7 is out of range");
    row("ter-end-before-start", ter("").replace("2026-04-30", "2026-02-01"),
        "ters[0].end: 2026-02-01 is before the start 2026-03-01");
    row("ter-report-pages-negative", ter(R"("report_pages": -2)"), "ters[0].report_pages: -2 is out of range");
    row("ter-lab-unknown-key", ter(R"("lab": {"name": "LISN", "in_saclay": true})"),
        "ters[0].lab.in_saclay: unknown key");
    row("ter-paid-number", ter(R"("paid": 1)"), "ters[0].paid: expected true or false, got 1");
    row("ter-duplicate-id",
        doc(R"("ters": [{"id": "t1", "students": ["s1"], "start": "2026-03-01", "end": "2026-04-30"},
                        {"id": "t1", "students": ["s2"], "start": "2026-03-01", "end": "2026-04-30"}])"),
        "ters[1].id: \"t1\" is already the id of ters[0]");

    // Summer schools
    row("school-start-missing", school("").replace(R"("start": "2025-07-07", )", ""),
        "summer_schools[0].start: is required");
    row("school-unknown-student", school("").replace(R"("student": "s1")", R"("student": "s3")"),
        "summer_schools[0].student: \"s3\" is not the id");
    row("school-end-before-start", school("").replace("2025-07-11", "2025-07-01"),
        "summer_schools[0].end: 2025-07-01 is before the start 2025-07-07");
    row("school-full-time-days-negative", school(R"("full_time_days": -1)"),
        "summer_schools[0].full_time_days: -1 is out of range");
    row("school-full-time-days-too-many", school(R"("full_time_days": 9)"),
        "summer_schools[0].full_time_days: 9 is more than the 5 days from start to end");
    row("school-link-not-string", school(R"("report_links": [42])"),
        "summer_schools[0].report_links[0]: expected a link, got 42");
    row("school-proposed-string", school(R"("proposed": "true")"),
        "summer_schools[0].proposed: expected true or false");

    // Seminars
    row("seminar-date-missing", doc(R"("seminars": [{"id": "se1", "student": "s1"}])"),
        "seminars[0].date: is required");
    row("seminar-unknown-student", doc(R"("seminars": [{"id": "se1", "student": "x", "date": "2026-02-03"}])"),
        "seminars[0].student: \"x\" is not the id");
    row("seminar-duplicate-id", doc(R"("seminars": [{"id": "se1", "student": "s1", "date": "2026-02-03"},
                            {"id": "se1", "student": "s1", "date": "2026-02-04"}])"),
        "seminars[1].id: \"se1\" is already the id of seminars[0]");
    row("seminar-paragraph-list", doc(R"("seminars": [{"id": "se1", "student": "s1", "date": "2026-02-03",
                                                        "paragraph": ["a"]}])"),
        "seminars[0].paragraph: expected a string, got a list");
    row("seminar-override-without-reason", doc(R"("seminars": [{"id": "se1", "student": "s1", "date": "2026-02-03",
                             "overrides": [{"rule": "SEMINAR_PARAGRAPH"}]}])"),
        "seminars[0].overrides[0].reason: is required");

    // Duplicate keys: JSON allows them, a cohort must not (which one would count?)
    row("duplicate-key-top-level", R"({"academic_year": "2025-2026", "academic_year": "2026-2027"})",
        "academic_year: duplicate key");
    row("duplicate-key-student",
        R"({"academic_year": "2025-2026", "students": [{"id": "s1", "name": "A", "name": "B"}]})",
        "students[0].name: duplicate key: a key may appear only once in an object");
    row("duplicate-key-null-then-value", internship(R"("subject": null, "subject": "Vision")"),
        "internships[0].subject: duplicate key");
    row("duplicate-key-nested", internship(R"("host": {"name": "Inria", "kind": "public_lab", "name": "CEA"})"),
        "internships[0].host.name: duplicate key");
    row("duplicate-key-in-override",
        internship(R"("overrides": [{"rule": "INT_LEAD_TIME", "reason": "ok", "reason": "fine"}])"),
        "internships[0].overrides[0].reason: duplicate key");
    row("duplicate-key-rules", doc(R"("rules": {"grade_max": 10, "grade_max": 12})"), "rules.grade_max: duplicate key");
    row("duplicate-key-odd-name", R"({"academic_year": "2025-2026", "rules": {"a b": 1, "a b": 2}})",
        "rules[\"a b\"]: duplicate key");

    // Syntax: what the parser reports, with its position
    row("trailing-garbage", R"({"academic_year": "2025-2026"} x)",
        "line 1, column 32 (byte 31): not valid JSON: more follows the end of the document");
    row("nul-byte-after-document", QByteArray("{\"academic_year\": \"2025-2026\"}\0{}", 33),
        "line 1, column 31 (byte 30): not valid JSON: more follows the end of the document");
    row("deep-nesting", QByteArray(5000, '['),
        "line 1, column 1026 (byte 1025): not valid JSON: nested more than 1024");
    row("latin1-not-utf8",
        "{\"academic_year\": \"2025-2026\",\n \"students\": [{\"id\": \"s1\", \"name\": \"Ren\xE9\"}]}",
        "line 2, column 40 (byte 70): not valid JSON: not valid UTF-8");
    row("utf8-surrogate", "{\"academic_year\": \"\xED\xA0\x80\"}",
        "line 1, column 20 (byte 19): not valid JSON: not valid UTF-8");
    row("utf8-overlong", "{\"academic_year\": \"\xC0\xAF\"}",
        "line 1, column 20 (byte 19): not valid JSON: not valid UTF-8");
    row("utf8-above-10ffff", "{\"academic_year\": \"\xF4\x90\x80\x80\"}",
        "line 1, column 20 (byte 19): not valid JSON: not valid UTF-8");
    row("utf8-cut", "{\"academic_year\": \"\xE2\x82\"}",
        "line 1, column 20 (byte 19): not valid JSON: not valid UTF-8");
    row("column-counts-characters", "{\"academic_year\": \"\xC3\xA9\xC3\xA9\", x}",
        "line 1, column 25 (byte 26): not valid JSON: expected a key in double quotes");
    row("tab-in-string", "{\"academic_year\": \"2025\t2026\"}",
        "line 1, column 24 (byte 23): not valid JSON: a control character");
    row("bad-escape", R"({"academic_year": "2025\q2026"})",
        "line 1, column 24 (byte 23): not valid JSON: unknown escape");
    row("unclosed-string", R"({"academic_year": "2025)",
        "line 1, column 24 (byte 23): not valid JSON: a string is not closed");
    row("missing-colon", R"({"academic_year" "2025-2026"})",
        "line 1, column 18 (byte 17): not valid JSON: expected \":\"");
    row("not-a-value", R"({"academic_year": tru})", "line 1, column 22 (byte 21): not valid JSON: expected a value");
    row("nan", R"({"academic_year": NaN})", "line 1, column 19 (byte 18): not valid JSON: expected a value");
    row("top-level-number", "42", "(top level): expected an object {\"academic_year\": …}, got 42");
    row("top-level-string", "\"cohort\"", "(top level): expected an object {\"academic_year\": …}, got \"cohort\"");

    // Strict dates (parsed by hand, not by QDate::fromString)
    row("date-trailing-newline", internship("").replace("2026-05-04", "2026-05-04\\n"),
        "internships[0].start: \"2026-05-04\\n\" is not a date");
    row("date-slashes", internship("").replace("2026-05-04", "2026/05/04"),
        "internships[0].start: \"2026/05/04\" is not a date");
    row("date-not-leap-2100", internship(R"("absences": ["2100-02-29"])"),
        "internships[0].absences[0]: \"2100-02-29\" is not a date");
    row("date-leap-too-far", internship(R"("submitted": "2040-02-29")"),
        "internships[0].submitted: \"2040-02-29\" is more than 10 years away from the academic year 2025-2026");
}

void TestCohortJson::badInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Result<CheckInput> in = readCheckInput(input);
    QVERIFY2(!in.ok(), "bad input was accepted");
    const QStringList lines = in.error().split(QLatin1Char('\n'));
    QVERIFY2(lines.constFirst().startsWith(expected),
             qPrintable(QStringLiteral("got: ") + in.error() + QStringLiteral("\nwanted: ") + expected));
    // Every line is "<path>: <what>".
    static const QRegularExpression pathMessage(QStringLiteral("^\\S[^:]*: \\S"));
    for (const QString& line : lines)
        QVERIFY2(pathMessage.match(line).hasMatch(), qPrintable(line));
}

void TestCohortJson::exampleDateMessage()
{
    // The message CLI.md shows, to the letter.
    const Result<Cohort> c = readCohortJson(
        doc(R"("internships": [{"id": "i1", "student": "s1", "start": "2026-13-01", "end": "2026-06-26"}])"));
    QVERIFY(!c.ok());
    QCOMPARE(c.error(), QStringLiteral("internships[0].start: \"2026-13-01\" is not a date (YYYY-MM-DD)"));
}

void TestCohortJson::everyProblemIsReported()
{
    const Result<Cohort> c = readCohortJson(doc(R"(
        "internships": [{"id": "i1", "student": "s9", "start": "2026-05-04", "end": "2026-04-01", "weekly_hours": -3}],
        "seminars": [{"id": "se1", "student": "s1"}])"));
    QVERIFY(!c.ok());
    QCOMPARE(c.error().split(QLatin1Char('\n')),
             QStringList({QStringLiteral("internships[0].student: \"s9\" is not the id of a student listed in "
                                         "\"students\""),
                          QStringLiteral("internships[0].end: 2026-04-01 is before the start 2026-05-04"),
                          QStringLiteral("internships[0].weekly_hours: -3 is out of range: hours a week must be "
                                         "from 0 to 168"),
                          QStringLiteral("seminars[0].date: is required")}));
}

void TestCohortJson::manyProblemsAreCapped()
{
    QByteArray items = R"("seminars": [)";
    for (int i = 0; i < 100; ++i)
        items += (i ? "," : "") + QByteArray(R"({"id": "se)") + QByteArray::number(i) + R"(", "student": "s1"})";
    items += "]";
    const Result<Cohort> c = readCohortJson(doc(items.constData()));
    QVERIFY(!c.ok());
    const QStringList lines = c.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 31);
    QCOMPARE(lines.at(29), QStringLiteral("seminars[29].date: is required"));
    QVERIFY2(lines.last().contains(QStringLiteral("70")), qPrintable(lines.last()));
}

void TestCohortJson::truncatedInputFailsCleanly()
{
    // Cut the example anywhere: every prefix is bad input with a position, never a crash.
    const QByteArray data = readFile(QStringLiteral("resources/examples/clean-2025-2026.json")).trimmed();
    QVERIFY(data.size() > 1000);
    for (qsizetype n = 0; n < data.size(); n += 37) {
        const Result<CheckInput> in = readCheckInput(data.left(n));
        QVERIFY2(!in.ok(), qPrintable(QString::number(n)));
        QVERIFY2(in.error().startsWith(QStringLiteral("line ")), qPrintable(in.error()));
    }
    QVERIFY(readCheckInput(data).ok());
}

void TestCohortJson::mutatedInputFailsCleanly()
{
    // Random damage to a valid file (bytes changed, dropped, doubled): the reader answers every time,
    // with the cohort or with a message, never a crash (run it under ASan: INTERNTRACK_SANITIZE).
    const QByteArray data = readFile(QStringLiteral("resources/examples/every-rule-2025-2026.json"));
    QVERIFY(!data.isEmpty());
    static const char alphabet[] = "{}[]\":,\\ -0123456789.eE\"tfnul\x00\x7f\xC3\xA9\xFF\n";
    QRandomGenerator rng(20260115);
    int failures = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray damaged = data;
        for (int k = 0, n = 1 + int(rng.bounded(4)); k < n; ++k) {
            const qsizetype at = rng.bounded(damaged.size());
            switch (rng.bounded(3)) {
            case 0:
                damaged[at] = alphabet[rng.bounded(int(sizeof alphabet - 1))];
                break;
            case 1:
                damaged.remove(at, 1 + rng.bounded(8));
                break;
            default:
                damaged.insert(at, damaged.mid(rng.bounded(damaged.size()), 1 + rng.bounded(40)));
                break;
            }
        }
        const Result<CheckInput> in = readCheckInput(damaged);
        if (!in.ok()) {
            ++failures;
            QVERIFY2(!in.error().isEmpty(), qPrintable(QString::number(round)));
        }
    }
    QVERIFY2(failures > 2000, qPrintable(QString::number(failures))); // the damage is real
}

void TestCohortJson::numbersReadExactly_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<double>("hours");

    QTest::newRow("decimal") << QByteArray("28.5") << 28.5;
    QTest::newRow("exponent") << QByteArray("2.85e1") << 28.5;
    QTest::newRow("shortest-17-digits") << QByteArray("4.3499999999999996") << 4.35;
    QTest::newRow("zero-small-exponent") << QByteArray("0e-5") << 0.0;
    QTest::newRow("negative-zero") << QByteArray("-0.0") << 0.0;
    QTest::newRow("integer") << QByteArray("35") << 35.0;
    QTest::newRow("underflow-is-zero") << QByteArray("1e-400") << 0.0;
    QTest::newRow("smallest-subnormal") << QByteArray("5e-324") << 5e-324;
    // Found by tests/fuzz (regressions/cohortjson/known-0e55.json): RapidJSON 1.1.0, Debian 12's, turned these
    // into garbage in full-precision mode (Tencent/rapidjson#1249, #1441, #2326); numbers are now converted by
    // std::from_chars (CohortJson.cpp, DepthLimitedHandler::RawNumber).
    QTest::newRow("zero-large-exponent") << QByteArray("0e55") << 0.0;
    QTest::newRow("zero-25-decimals") << QByteArray("0.0000000000000000000000000") << 0.0;
    QTest::newRow("21-significant-digits") << QByteArray("0.184467440737095516159") << 0.18446744073709551;
}

void TestCohortJson::numbersReadExactly()
{
    // A number reads as the double nearest to it, as Qt and strtod() read it, whatever its spelling.
    QFETCH(QByteArray, number);
    QFETCH(double, hours);
    const Result<Cohort> c = readCohortJson(internship(QByteArray(R"("weekly_hours": )" + number).constData()));
    const double read = c.ok() ? c->internships.value(0).weeklyHours : qQNaN();
    // Compared exactly: QCOMPARE would take a garbage 1e-194 for 0.
    QVERIFY2(c.ok() && read == hours, qPrintable(c.ok() ? QStringLiteral("read %1").arg(read, 0, 'g', 17) : c.error()));
}

void TestCohortJson::numbersTooLargeAreRefused_data()
{
    QTest::addColumn<QByteArray>("number");

    QTest::newRow("exponent") << QByteArray("1e400");
    QTest::newRow("negative") << QByteArray("-1e309");
    QTest::newRow("integer-digits") << QByteArray("1" + QByteArray(400, '0'));
    QTest::newRow("fraction-digits") << QByteArray("1" + QByteArray(400, '0') + ".5");
    // Found by tests/fuzz: RapidJSON 1.1.0 (Debian 12) read it as a garbage number in full-precision mode, and
    // failed an assertion (abort) in a debug build: in Double::NextPositiveDouble(), from StrtodBigInteger().
    QTest::newRow("20-digits-e306") << QByteArray("55555556555553543542e306");
}

void TestCohortJson::numbersTooLargeAreRefused()
{
    QFETCH(QByteArray, number);
    const Result<Cohort> c = readCohortJson(internship(QByteArray(R"("weekly_hours": )" + number).constData()));
    QVERIFY2(!c.ok() && c.error().contains(QStringLiteral("a number is too large")),
             qPrintable(c.ok() ? QStringLiteral("read %1").arg(c->internships.value(0).weeklyHours, 0, 'g', 17)
                               : c.error()));
}

void TestCohortJson::fuzzRegressions_data()
{
    // The inputs that crashed tests/fuzz/fuzz_cohortjson (tests/fuzz/regressions/README.md).
    QTest::addColumn<QString>("file");
    const QString folder = QStringLiteral("tests/fuzz/regressions/cohortjson/");
    const QStringList files = QDir(test::sourcePath(folder)).entryList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << folder + name;
}

void TestCohortJson::fuzzRegressions()
{
    // Read or refused with a message, never a crash; what is read writes back to the same cohort.
    QFETCH(QString, file);
    const QByteArray data = readFile(file);
    QVERIFY(!data.isEmpty());
    const Result<CheckInput> in = readCheckInput(data);
    if (!in.ok()) {
        QVERIFY(!in.error().isEmpty());
        return;
    }
    const Result<CheckInput> back = readCheckInput(bytes(checkInputToJson(in.value())));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == in.value());
}

void TestCohortJson::duplicateUnknownKey()
{
    // An unknown key given twice is reported once as unknown, then as a duplicate.
    const Result<Cohort> c =
        readCohortJson(R"({"academic_year": "2025-2026", "students": [{"id": "s1", "colour": 1, "colour": 2}]})");
    QVERIFY(!c.ok());
    const QStringList lines = c.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("students[0].colour: unknown key")), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("students[0].colour: duplicate key: a key may appear only once in an object"));
}

void TestCohortJson::byteOrderMarkIsSkipped()
{
    // Some editors start UTF-8 files with a byte order mark; Qt's parser skipped it, so does this one.
    const Result<CheckInput> in = readCheckInput("\xEF\xBB\xBF" + doc(""));
    QVERIFY2(in.ok(), qPrintable(in.error()));
    // Bytes count from the start of the file; columns as an editor shows them, without the mark.
    const Result<CheckInput> bad = readCheckInput("\xEF\xBB\xBF{\"academic_year\": }");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().startsWith(QStringLiteral("line 1, column 19 (byte 21): ")), qPrintable(bad.error()));
}

void TestCohortJson::compactWriter()
{
    // An item with nothing but its required fields is written as just those: the defaults are
    // left out, since the reader applies them.
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    c.students = {Student{QStringLiteral("s1"), {}, {}, {}, {}}};
    Internship i;
    i.id = QStringLiteral("i1");
    i.studentId = QStringLiteral("s1");
    i.start = d("2026-05-04");
    i.end = d("2026-06-26");
    c.internships = {i};
    Ter t;
    t.id = QStringLiteral("t1");
    t.studentIds = {QStringLiteral("s1")};
    t.start = d("2026-03-02");
    t.end = d("2026-04-30");
    c.ters = {t};
    SummerSchool ss;
    ss.id = QStringLiteral("ss1");
    ss.studentId = QStringLiteral("s1");
    ss.start = d("2025-07-07");
    ss.end = d("2025-07-11");
    c.summerSchools = {ss};
    Seminar se;
    se.id = QStringLiteral("se1");
    se.studentId = QStringLiteral("s1");
    se.date = d("2026-02-03");
    c.seminars = {se};

    const QJsonObject json = cohortToJson(c);
    auto first = [&json](const char* list) {
        return json.value(QLatin1String(list)).toArray().at(0).toObject().keys();
    };
    QCOMPARE(first("students"), QStringList({QStringLiteral("id")}));
    QCOMPARE(first("internships"), QStringList({QStringLiteral("end"), QStringLiteral("id"), QStringLiteral("start"),
                                                QStringLiteral("student")}));
    QCOMPARE(first("ters"), QStringList({QStringLiteral("end"), QStringLiteral("id"), QStringLiteral("start"),
                                         QStringLiteral("students")}));
    QCOMPARE(first("summer_schools"), QStringList({QStringLiteral("end"), QStringLiteral("id"), QStringLiteral("start"),
                                                   QStringLiteral("student")}));
    QCOMPARE(first("seminars"), QStringList({QStringLiteral("date"), QStringLiteral("id"), QStringLiteral("student")}));
    // The rule set is written in full, once.
    QCOMPARE(json.value(QStringLiteral("rules")).toObject(), c.rules.toJson());

    const Result<Cohort> back = readCohortJson(bytes(json));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == c);

    // A value that differs from its default is written, even when it looks empty.
    c.internships[0].host.aiResearch = false;
    c.internships[0].weeklyHours = 0;
    c.ters[0].lab.inParisSaclay = false;
    c.ters[0].reportPages = 0;
    const QJsonObject changed = cohortToJson(c);
    const QJsonObject i0 = changed.value(QStringLiteral("internships")).toArray().at(0).toObject();
    QCOMPARE(i0.value(QStringLiteral("host")).toObject(), (QJsonObject{{QStringLiteral("ai_research"), false}}));
    QCOMPARE(i0.value(QStringLiteral("weekly_hours")), QJsonValue(0));
    const QJsonObject t0 = changed.value(QStringLiteral("ters")).toArray().at(0).toObject();
    QCOMPARE(t0.value(QStringLiteral("lab")).toObject(), (QJsonObject{{QStringLiteral("in_paris_saclay"), false}}));
    QCOMPARE(t0.value(QStringLiteral("report_pages")), QJsonValue(0));
    const Result<Cohort> back2 = readCohortJson(bytes(changed));
    QVERIFY2(back2.ok(), qPrintable(back2.error()));
    QVERIFY(back2.value() == c);
}

void TestCohortJson::compactWriterWorkDaysOfTheRuleSet()
{
    // The reader's default schedule is the rule set's: the writer leaves out work_days when they
    // equal it, and writes them when they equal the domain default but not the rule set's.
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    c.rules.defaultWorkDays = WorkDays(0x0Fu); // Monday to Thursday
    c.students = {Student{QStringLiteral("s1"), {}, {}, {}, {}}};
    Internship mondayToThursday = test::cleanInternship();
    mondayToThursday.workDays = WorkDays(0x0Fu);
    Internship mondayToFriday = test::cleanInternship();
    mondayToFriday.id = QStringLiteral("i2");
    c.internships = {mondayToThursday, mondayToFriday};

    const QJsonArray items = cohortToJson(c).value(QStringLiteral("internships")).toArray();
    QVERIFY(!items.at(0).toObject().contains(QStringLiteral("work_days")));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("work_days")).toArray().size(), 5);
    const Result<Cohort> back = readCohortJson(bytes(cohortToJson(c)));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value() == c);
}

void TestCohortJson::isoDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDate>("expected"); // null: not a date
    QTest::newRow("plain") << QByteArray("2026-05-04") << QDate(2026, 5, 4);
    QTest::newRow("first-day") << QByteArray("0001-01-01") << QDate(1, 1, 1);
    QTest::newRow("last-day") << QByteArray("9999-12-31") << QDate(9999, 12, 31);
    QTest::newRow("leap-2028") << QByteArray("2028-02-29") << QDate(2028, 2, 29);
    QTest::newRow("leap-2000") << QByteArray("2000-02-29") << QDate(2000, 2, 29);
    QTest::newRow("not-leap-2100") << QByteArray("2100-02-29") << QDate();
    QTest::newRow("not-leap-2026") << QByteArray("2026-02-29") << QDate();
    QTest::newRow("april-31") << QByteArray("2026-04-31") << QDate();
    QTest::newRow("year-zero") << QByteArray("0000-01-01") << QDate();
    QTest::newRow("month-zero") << QByteArray("2026-00-10") << QDate();
    QTest::newRow("month-13") << QByteArray("2026-13-01") << QDate();
    QTest::newRow("day-zero") << QByteArray("2026-05-00") << QDate();
    QTest::newRow("day-32") << QByteArray("2026-05-32") << QDate();
    QTest::newRow("short-form") << QByteArray("2026-5-4") << QDate();
    QTest::newRow("slashes") << QByteArray("2026/05/04") << QDate();
    QTest::newRow("trailing-newline") << QByteArray("2026-05-04\n") << QDate();
    QTest::newRow("leading-space") << QByteArray(" 2026-05-04") << QDate();
    QTest::newRow("with-time") << QByteArray("2026-05-04T08:00") << QDate();
    QTest::newRow("sign") << QByteArray("+026-05-04") << QDate();
    QTest::newRow("letters") << QByteArray("2026-O5-04") << QDate();
    QTest::newRow("arabic-indic-digits") << QByteArray("\xD9\xA2\xD9\xA0\xD9\xA2\xD9\xA6-05-04") << QDate();
    QTest::newRow("empty") << QByteArray() << QDate();
}

void TestCohortJson::isoDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDate, expected);
    QCOMPARE(parseIsoDate(text), expected);
}

void TestCohortJson::isoDateEveryDay()
{
    // The hand parser agrees with QDate on every day of eight centuries (leap rules of 1600–2400).
    for (QDate day(1600, 1, 1); day <= QDate(2400, 12, 31); day = day.addDays(1)) {
        const QByteArray text = day.toString(Qt::ISODate).toLatin1();
        if (parseIsoDate(text) != day)
            QFAIL(text.constData());
    }
}

void TestCohortJson::checkResultJson()
{
    Cohort cohort;
    cohort.rules = test::rules2025();
    cohort.students = {Student{QStringLiteral("s1"), {}, {}, {}, {}}, Student{QStringLiteral("s2"), {}, {}, {}, {}}};
    Internship i1 = test::cleanInternship();
    Internship i2 = test::cleanInternship();
    i2.id = QStringLiteral("i2");
    cohort.internships = {i1, i2};

    CheckResult r;
    Finding f;
    f.subject = QStringLiteral("i1");
    f.student = QStringLiteral("s1");
    f.rule = QStringLiteral("INT_LEAD_TIME");
    f.severity = Severity::Error;
    f.message = QStringLiteral("Submitted late.");
    f.overridden = true;
    f.field = QStringLiteral("submitted");
    Finding w = f;
    w.rule = QStringLiteral("INT_REPORT");
    w.severity = Severity::Warning;
    w.overridden = false;
    r.findings = {f, w};
    InternshipFigures fig;
    fig.days.countedStart = d("2026-05-04");
    fig.days.scheduledDays = 40;
    fig.days.presenceDays = 37;
    fig.days.presenceHours = 259.0;
    fig.days.fteWeeks = 8.0;
    fig.gratificationRequired = true;
    fig.gratificationMinTotalEur = 1165.5;
    r.internships.insert(QStringLiteral("i1"), fig); // i2 has no figures: not listed
    r.students.insert(QStringLiteral("s1"), StudentStatus{false, {QStringLiteral("TER")}});
    r.students.insert(QStringLiteral("s2"), StudentStatus{true, {}});

    const QJsonObject out = checkResultToJson(r, cohort);
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "findings": [
            {"subject": "i1", "student": "s1", "rule": "INT_LEAD_TIME", "severity": "error",
             "message": "Submitted late.", "overridden": true},
            {"subject": "i1", "student": "s1", "rule": "INT_REPORT", "severity": "warning",
             "message": "Submitted late.", "overridden": false}],
        "internships": {"i1": {"counted_start": "2026-05-04", "scheduled_days": 40, "presence_days": 37,
                               "presence_hours": 259.0, "fte_weeks": 8.0, "gratification_required": true,
                               "gratification_min_eur": 1165.5}},
        "students": {"s1": {"complete": false, "missing": ["TER"]}, "s2": {"complete": true, "missing": []}}
    })")
                                     .object();
    QCOMPARE(bytes(out), bytes(expected));
}

void TestCohortJson::checkResultJsonLayout()
{
    // The bytes themselves: keys in the order of CLI.md, items in input order (i2 before i1),
    // strings escaped, UTF-8 kept, one line and a newline.
    Cohort cohort;
    cohort.rules = test::rules2025();
    cohort.students = {Student{QStringLiteral("s2"), {}, {}, {}, {}}, Student{QStringLiteral("s1"), {}, {}, {}, {}}};
    Internship i1 = test::cleanInternship();
    Internship i2 = test::cleanInternship();
    i2.id = QStringLiteral("i2");
    cohort.internships = {i2, i1};

    CheckResult r;
    Finding f;
    f.subject = QStringLiteral("i1");
    f.student = QStringLiteral("s1");
    f.rule = QStringLiteral("INT_LEAD_TIME");
    f.severity = Severity::Error;
    f.message = QStringLiteral("Line one\n\"quoted\"\t\u00e9\u2014");
    f.overridden = true;
    r.findings = {f};
    InternshipFigures fig;
    fig.days.countedStart = d("2026-05-04");
    fig.days.scheduledDays = 40;
    fig.days.presenceDays = 37;
    fig.days.presenceHours = 259.0;
    fig.days.fteWeeks = 8.456;
    fig.gratificationRequired = true;
    fig.gratificationMinTotalEur = 1165.5;
    r.internships.insert(QStringLiteral("i1"), fig);
    r.internships.insert(QStringLiteral("i2"), InternshipFigures{});
    r.students.insert(QStringLiteral("s1"), StudentStatus{false, {QStringLiteral("TER"), QStringLiteral("X")}});
    r.students.insert(QStringLiteral("s2"), StudentStatus{true, {}});

    const QByteArray expected =
        R"({"findings":[{"subject":"i1","student":"s1","rule":"INT_LEAD_TIME","severity":"error",)"
        R"("message":"Line one\n\"quoted\"\t\u00e9\u2014","overridden":true}],)"
        R"("internships":{"i2":{"counted_start":null,"scheduled_days":0,"presence_days":0,"presence_hours":0.0,)"
        R"("fte_weeks":0.0,"gratification_required":false,"gratification_min_eur":0.0},)"
        R"("i1":{"counted_start":"2026-05-04","scheduled_days":40,"presence_days":37,"presence_hours":259.0,)"
        R"("fte_weeks":8.46,"gratification_required":true,"gratification_min_eur":1165.5}},)"
        R"("students":{"s2":{"complete":true,"missing":[]},"s1":{"complete":false,"missing":["TER","X"]}}})"
        "\n";
    // RapidJSON escapes only what JSON requires: the non-ASCII characters stay UTF-8.
    QCOMPARE(interntrack::checkResultJson(r, cohort),
             QByteArray(expected).replace("\\u00e9\\u2014", "\xC3\xA9\xE2\x80\x94"));

    // Indented: the same document, on many lines.
    const QByteArray indented = interntrack::checkResultJson(r, cohort, JsonStyle::Indented);
    QVERIFY(indented.count('\n') > 30);
    QVERIFY(indented.endsWith("}\n"));
    QVERIFY(indented.contains("\n    \"findings\": [\n        {\n            \"subject\": \"i1\",\n"));
    QJsonParseError error;
    QCOMPARE(QJsonDocument::fromJson(indented, &error).object(), checkResultToJson(r, cohort));
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestCohortJson::checkResultJsonToDevice()
{
    Cohort cohort;
    cohort.students = {Student{QStringLiteral("s1"), {}, {}, {}, {}}};
    CheckResult r;
    for (int i = 0; i < 2000; ++i) { // several buffers' worth
        Finding f;
        f.subject = QStringLiteral("s1");
        f.student = QStringLiteral("s1");
        f.rule = QStringLiteral("SEMINARS_TOO_FEW");
        f.message =
            QStringLiteral("Finding number %1, long enough to fill the writer's buffer several times over.").arg(i);
        r.findings.append(f);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const Status s = writeCheckResultJson(buffer, r, cohort);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(bytes.size() > 3 * 64 * 1024);
    QCOMPARE(bytes, interntrack::checkResultJson(r, cohort));
    QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("findings")).toArray().size(), 2000);

    // A device that takes nothing: the failure is reported, not swallowed.
    QBuffer readOnly(&bytes);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    const Status failed = writeCheckResultJson(readOnly, r, cohort);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().startsWith(QStringLiteral("cannot write the result")), qPrintable(failed.error()));
}

void TestCohortJson::rvalueInputReadsTheSame()
{
    // readCheckInput(QByteArray&&) frees the input after parsing: it reads the same cohort, and reports
    // the same errors with the same positions.
    const QByteArray clean = readFile(QStringLiteral("resources/examples/every-rule-2025-2026.json"));
    const Result<CheckInput> fromLvalue = readCheckInput(clean);
    QVERIFY2(fromLvalue.ok(), qPrintable(fromLvalue.error()));
    QByteArray moved = clean;
    const Result<CheckInput> fromRvalue = readCheckInput(std::move(moved));
    QVERIFY2(fromRvalue.ok(), qPrintable(fromRvalue.error()));
    QVERIFY(fromRvalue.value() == fromLvalue.value());

    const QByteArray bad = clean.left(clean.size() / 2);
    const Result<CheckInput> badLvalue = readCheckInput(bad);
    QVERIFY(!badLvalue.ok());
    QByteArray badMoved = bad;
    QCOMPARE(readCheckInput(std::move(badMoved)).error(), badLvalue.error());
}

void TestCohortJson::checkResultRounding_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("rounded");
    QTest::newRow("already-2-decimals") << 259.25 << 259.25;
    QTest::newRow("third-decimal-up") << 8.4567 << 8.46;
    QTest::newRow("third-decimal-down") << 12.344 << 12.34;
    QTest::newRow("thirds-of-an-hour") << 1.0 / 3.0 << 0.33;
    QTest::newRow("tiny-negative-is-zero") << -0.001 << 0.0;
    QTest::newRow("nan-is-zero") << std::nan("") << 0.0;
}

void TestCohortJson::checkResultRounding()
{
    QFETCH(double, value);
    QFETCH(double, rounded);
    QCOMPARE(roundedTo2(value), rounded);
    QVERIFY(!std::signbit(roundedTo2(value)) || rounded < 0);

    Cohort cohort;
    cohort.internships = {test::cleanInternship()};
    CheckResult r;
    InternshipFigures fig;
    fig.days.presenceHours = value;
    fig.days.fteWeeks = value;
    fig.gratificationMinTotalEur = value;
    r.internships.insert(QStringLiteral("i1"), fig);
    const QJsonObject i1 = checkResultToJson(r, cohort)
                               .value(QStringLiteral("internships"))
                               .toObject()
                               .value(QStringLiteral("i1"))
                               .toObject();
    QCOMPARE(i1.value(QStringLiteral("presence_hours")).toDouble(), rounded);
    QCOMPARE(i1.value(QStringLiteral("fte_weeks")).toDouble(), rounded);
    QCOMPARE(i1.value(QStringLiteral("gratification_min_eur")).toDouble(), rounded);
    QVERIFY(i1.value(QStringLiteral("counted_start")).isNull());
}

QTEST_GUILESS_MAIN(TestCohortJson)
#include "tst_cohortjson.moc"

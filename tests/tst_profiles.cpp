#include "TestSupport.h"
#include "demo/DemoCohort.h"
#include "domain/Profiles.h"
#include "io/CohortJson.h"
#include "rules/Checker.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>

using namespace interntrack;
using interntrack::test::d;

Q_DECLARE_METATYPE(interntrack::Cohort)
Q_DECLARE_METATYPE(interntrack::HostScreening)

namespace {

const QString kNone = QStringLiteral("none");
const QString kParis = QStringLiteral("paris-saclay-m1");
const QString kImperial = QStringLiteral("imperial-msc-ai");
const QString kMontreal = QStringLiteral("montreal-mila-pro");

// A cohort of profile @p profile in 2025-2026: student s1 and one internship, clean under that profile
// (15 May – 15 September bounds aside), changed by @p change.
Cohort withInternship(const QString& profile, const std::function<void(Internship&)>& change = {})
{
    Cohort c;
    c.rules = RuleSet::forProfile(profile, AcademicYear{2025});
    c.students = {Student{QStringLiteral("s1"), QStringLiteral("Student s1"), {}, {}, {}}};
    Internship in = test::cleanInternship();
    if (profile != kParis) {
        in.start = d("2026-05-18");
        in.end = d("2026-08-21");
        in.signatures = {};
    }
    if (change)
        change(in);
    c.internships.append(in);
    return c;
}

QString severityOf(const CheckResult& r, const QString& rule)
{
    for (const Finding& f : r.findings) {
        if (f.rule == rule)
            return severityCode(f.severity);
    }
    return kNone;
}

QString describe(const CheckResult& r)
{
    QStringList all;
    for (const Finding& f : r.findings)
        all.append(f.rule + QLatin1Char(' ') + f.message);
    return all.join(QLatin1Char('\n'));
}

// The French-law rules a long unpaid internship with late signatures breaks in Paris-Saclay.
void longUnpaidLate(Internship& i)
{
    i.start = d("2026-05-18");
    i.end = d("2026-09-15"); // about 4 months: gratification due under French law
    i.gratification = {0, GratificationPer::Month};
    i.signatures = Signatures{d("2026-05-20"), d("2026-05-20"), d("2026-05-20"), d("2026-05-25")};
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void registryListsTheShippedProfiles();
    void parisProfileIsTheCodeDefaults_data();
    void parisProfileIsTheCodeDefaults();
    void profilesLoadForOtherYears();
    void unknownProfile();
    void profileJsonRoundTrip_data();
    void profileJsonRoundTrip();
    void profileJsonErrorsNameThePath_data();
    void profileJsonErrorsNameThePath();
    void cohortJsonNamesAProfile();
    void rules_data();
    void rules();
    void screening_data();
    void screening();
    void frenchLawRulesAreMarked();
    void demoCohorts_data();
    void demoCohorts();
};

void TestProfiles::registryListsTheShippedProfiles()
{
    QCOMPARE(Profiles::ids(), (QStringList{kParis, kImperial, kMontreal}));
    QCOMPARE(Profiles::defaultId(), kParis);
    for (const QString& id : Profiles::ids()) {
        const Result<RuleSet> r = Profiles::load(id, AcademicYear{2025});
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->profile.id, id);
        QVERIFY(!r->profile.name.isEmpty() && !r->profile.institution.isEmpty() && !r->profile.country.isEmpty());
        QVERIFY(!r->requirements.isEmpty());
        QCOMPARE(RuleSet::forProfile(id, AcademicYear{2025}), r.value());
    }
    const RuleSet imperial = RuleSet::forProfile(kImperial, AcademicYear{2025});
    QCOMPARE(imperial.profile.legalFramework, LegalFramework::None);
    QVERIFY(!imperial.frenchLawApplies());
    QCOMPARE(imperial.profile.label(QStringLiteral("ter"), QStringLiteral("TER")), QStringLiteral("Group project"));
    QCOMPARE(imperial.internshipWindowStart, d("2026-05-15"));
    QCOMPARE(imperial.internshipWindowEnd, d("2026-09-15"));
    const RuleSet montreal = RuleSet::forProfile(kMontreal, AcademicYear{2025});
    QCOMPARE(montreal.profile.legalFramework, LegalFramework::None);
    QVERIFY(!montreal.hasInternshipWindow());
    QCOMPARE(montreal.profile.country, QStringLiteral("CA"));
    QVERIFY(RuleSet::forProfile(kParis, AcademicYear{2025}).frenchLawApplies());
}

void TestProfiles::parisProfileIsTheCodeDefaults_data()
{
    QTest::addColumn<int>("startYear");
    for (int y : {2023, 2024, 2025, 2026, 2027, 2031})
        QTest::newRow(qPrintable(QString::number(y))) << y;
}

void TestProfiles::parisProfileIsTheCodeDefaults()
{
    // The shipped file and RuleSet::parisSaclayM1 agree in every year, leap Februaries included.
    QFETCH(int, startYear);
    const Result<RuleSet> r = Profiles::load(kParis, AcademicYear{startYear});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->toJson(), RuleSet::parisSaclayM1(AcademicYear{startYear}).toJson());
    QCOMPARE(r.value(), RuleSet::parisSaclayM1(AcademicYear{startYear}));
}

void TestProfiles::profilesLoadForOtherYears()
{
    const RuleSet r = RuleSet::forProfile(kImperial, AcademicYear{2027});
    QCOMPARE(r.year.startYear, 2027);
    QCOMPARE(r.internshipWindowStart, d("2028-05-15"));
    QCOMPARE(r.internshipWindowEnd, d("2028-09-15"));
    QCOMPARE(r.deadline, d("2028-09-15"));
    QCOMPARE(r.teachingPeriods.first().start.year(), 2027);
    QCOMPARE(r.teachingPeriods.last().end.year(), 2028);
}

void TestProfiles::unknownProfile()
{
    const Result<RuleSet> r = Profiles::load(QStringLiteral("oxford-msc"), AcademicYear{2025});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("oxford-msc")) && r.error().contains(kImperial), qPrintable(r.error()));
    QCOMPARE(RuleSet::forProfile(QStringLiteral("oxford-msc"), AcademicYear{2025}),
             RuleSet::parisSaclayM1(AcademicYear{2025}));
}

void TestProfiles::profileJsonRoundTrip_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString& id : Profiles::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestProfiles::profileJsonRoundTrip()
{
    // Through RuleSet::toJson/applyJson over the Paris-Saclay defaults (what the database does)…
    QFETCH(QString, profile);
    const RuleSet r = RuleSet::forProfile(profile, AcademicYear{2025});
    RuleSet back = RuleSet::parisSaclayM1(AcademicYear{2025});
    const Status s = back.applyJson(r.toJson());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(back, r);

    // …and through a cohort's JSON, with an item's host screening.
    Cohort c = withInternship(profile, [](Internship& i) { i.hostScreening = HostScreening::Pending; });
    const Result<Cohort> read = readCohortJson(QJsonDocument(cohortToJson(c)).toJson());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->rules, c.rules);
    QCOMPARE(read->internships.first().hostScreening, HostScreening::Pending);
    QCOMPARE(read->internships, c.internships);
}

void TestProfiles::profileJsonErrorsNameThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("profile-not-object") << QByteArray(R"({"profile": 3})") << QStringLiteral("rules.profile: is not");
    QTest::newRow("legal-framework") << QByteArray(R"({"profile": {"legal_framework": "uk"}})")
                                     << QStringLiteral("rules.profile.legal_framework: is not");
    QTest::newRow("empty-id") << QByteArray(R"({"profile": {"id": " "}})")
                              << QStringLiteral("rules.profile.id: a profile needs an id");
    QTest::newRow("unknown-key") << QByteArray(R"({"profile": {"law": "none"}})")
                                 << QStringLiteral("rules.profile.law: is not a key of the profile");
    QTest::newRow("label") << QByteArray(R"({"profile": {"labels": {"ter": 1}}})")
                           << QStringLiteral("rules.profile.labels.ter: is not a name");
    QTest::newRow("activity") << QByteArray(R"({"profile": {"activities": [{"code": "hackathon"}]}})")
                              << QStringLiteral("rules.profile.activities[0].code: is not one of");
    QTest::newRow("window-not-object") << QByteArray(R"({"internship_window": "summer"})")
                                       << QStringLiteral("rules.internship_window: is not null or");
    QTest::newRow("window-start") << QByteArray(R"({"internship_window": {"start": "15 May", "end": "2026-09-15"}})")
                                  << QStringLiteral("rules.internship_window.start: is not a date");
    QTest::newRow("window-reversed")
        << QByteArray(R"({"internship_window": {"start": "2026-09-15", "end": "2026-05-15"}})")
        << QStringLiteral("rules.internship_window.end: 2026-05-15 is before the start 2026-09-15");
}

void TestProfiles::profileJsonErrorsNameThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    RuleSet r = RuleSet::parisSaclayM1(AcademicYear{2025});
    const RuleSet before = r;
    const Status s = r.applyJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(error), qPrintable(s.error()));
    QCOMPARE(r, before);
}

void TestProfiles::cohortJsonNamesAProfile()
{
    // "profile": {"id"} alone gives the shipped profile's rules; other keys change them.
    const QByteArray json = R"({"academic_year": "2026-2027",
        "rules": {"profile": {"id": "imperial-msc-ai"}, "internship_min_weeks": 10}})";
    const Result<Cohort> c = readCohortJson(json);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    RuleSet expected = RuleSet::forProfile(kImperial, AcademicYear{2026});
    expected.internshipMinWeeks = 10;
    QCOMPARE(c->rules, expected);
    // A JSON without a profile is Paris-Saclay's, as before.
    const Result<Cohort> old = readCohortJson(R"({"academic_year": "2025-2026", "rules": {}})");
    QVERIFY2(old.ok(), qPrintable(old.error()));
    QCOMPARE(old->rules.profile, Profile::parisSaclayM1());
    // A bad screening code names its path.
    const Result<Cohort> bad = readCohortJson(R"({"academic_year": "2025-2026", "students": [{"id": "s1"}],
        "internships": [{"id": "i1", "student": "s1", "start": "2026-05-04", "end": "2026-06-26",
                         "host_screening": "maybe"}]})");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("internships[0].host_screening")), qPrintable(bad.error()));
}

void TestProfiles::rules_data()
{
    QTest::addColumn<Cohort>("cohort");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity");
    const auto row = [](const QByteArray& name, const Cohort& c, const char* rule, const char* severity) {
        QTest::newRow(name.constData()) << c << QString::fromLatin1(rule) << QString::fromLatin1(severity);
    };

    // French-law rules: on in Paris-Saclay, silent under Imperial and Montréal.
    for (const QString& p : {kParis, kImperial, kMontreal}) {
        const char* expected = p == kParis ? "error" : "none";
        const Cohort c = withInternship(p, longUnpaidLate);
        const QByteArray id = p.toUtf8();
        row(QByteArray(id + "-gratification-required"), c, "INT_GRATIFICATION_REQUIRED", expected);
        row(QByteArray(id + "-not-signed"), c, "INT_NOT_SIGNED", expected);
        const Cohort low = withInternship(p, [](Internship& i) {
            longUnpaidLate(i);
            i.gratification = {100, GratificationPer::Month};
        });
        row(QByteArray(id + "-gratification-too-low"), low, "INT_GRATIFICATION_TOO_LOW", expected);
        // More than 6 months (924 presence hours) with one host, in two internships.
        Cohort max = withInternship(p, [](Internship& i) {
            longUnpaidLate(i);
            i.gratification = {5000, GratificationPer::Month};
        });
        Internship second = max.internships.first();
        second.id = QStringLiteral("i2");
        second.start = d("2025-09-01");
        second.end = d("2026-03-31");
        second.signatures = Signatures{d("2025-07-01"), d("2025-07-01"), d("2025-07-01"), d("2025-07-01")};
        max.internships.append(second);
        row(QByteArray(id + "-max-duration"), max, "INT_MAX_DURATION", expected);
        Cohort ter = withInternship(p);
        Ter t = test::cleanTer();
        t.lab.inParisSaclay = false;
        ter.ters.append(t);
        row(QByteArray(id + "-ter-agreement"), ter, "TER_AGREEMENT_NEEDED", p == kParis ? "info" : "none");
    }

    // INT_PROJECT_WINDOW: 15 May – 15 September 2026 under Imperial, on both sides of each bound.
    const auto imperial = [](const char* start, const char* end) {
        return withInternship(kImperial, [=](Internship& i) {
            i.start = d(start);
            i.end = d(end);
        });
    };
    row("window-start-on-bound", imperial("2026-05-15", "2026-08-21"), "INT_PROJECT_WINDOW", "none");
    row("window-start-day-before", imperial("2026-05-14", "2026-08-21"), "INT_PROJECT_WINDOW", "error");
    row("window-end-on-bound", imperial("2026-06-01", "2026-09-15"), "INT_PROJECT_WINDOW", "none");
    row("window-end-day-after", imperial("2026-06-01", "2026-09-16"), "INT_PROJECT_WINDOW", "error");
    row("window-whole", imperial("2026-05-15", "2026-09-15"), "INT_PROJECT_WINDOW", "none");
    row("window-deadline-day-after", imperial("2026-06-01", "2026-09-16"), "INT_AFTER_DEADLINE", "error");
    Cohort previous = imperial("2025-05-05", "2025-08-15");
    previous.internships.first().previousSummer = true;
    row("window-not-for-previous-summer", previous, "INT_PROJECT_WINDOW", "none");
    // No window in Paris-Saclay or Montréal.
    row("window-none-paris", withInternship(kParis), "INT_PROJECT_WINDOW", "none");
    row("window-none-montreal", withInternship(kMontreal, [](Internship& i) { i.start = d("2026-05-01"); }),
        "INT_PROJECT_WINDOW", "none");
    // The minimum of 12 weeks under Imperial (35 h a week): 12 weeks pass, one day less fails.
    row("imperial-min-12-weeks", imperial("2026-05-18", "2026-08-07"), "INT_MIN_DURATION", "none");
    row("imperial-min-12-weeks-less-a-day", imperial("2026-05-18", "2026-08-06"), "INT_MIN_DURATION", "error");
    // Montréal: an internship full time in the winter trimester clashes with classes.
    row("montreal-winter",
        withInternship(kMontreal,
                       [](Internship& i) {
                           i.start = d("2026-02-02");
                           i.end = d("2026-05-29");
                       }),
        "INT_TEACHING_PERIOD", "error");
    row("montreal-after-winter", withInternship(kMontreal, [](Internship& i) { i.start = d("2026-04-27"); }),
        "INT_TEACHING_PERIOD", "none");
    // Rules the profiles turn off.
    row("imperial-no-lead-time", imperial("2026-05-18", "2026-08-21"), "INT_LEAD_TIME", "none");
    row("paris-lead-time", withInternship(kParis, [](Internship& i) { i.submitted = d("2026-03-01"); }),
        "INT_LEAD_TIME", "error");
}

void TestProfiles::rules()
{
    QFETCH(Cohort, cohort);
    QFETCH(QString, rule);
    QFETCH(QString, severity);
    const CheckResult r = Checker(cohort.rules).check(cohort, d("2026-01-15"), Stage::Proposal);
    const QString got = severityOf(r, rule);
    QVERIFY2(got == severity,
             qPrintable(QStringLiteral("%1: expected %2, got %3\n%4").arg(rule, severity, got, describe(r))));
}

void TestProfiles::screening_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<HostScreening>("screening");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("messageContains");
    for (const QString& p : {kImperial, kMontreal, kParis}) {
        const QByteArray id = p.toUtf8();
        QTest::newRow(QByteArray(id + "-not-needed").constData())
            << p << HostScreening::NotNeeded << kNone << QString();
        QTest::newRow(QByteArray(id + "-accepted").constData()) << p << HostScreening::Accepted << kNone << QString();
        QTest::newRow(QByteArray(id + "-pending").constData()) << p << HostScreening::Pending << QStringLiteral("error")
                                                               << QStringLiteral("has not accepted the student yet");
        QTest::newRow(QByteArray(id + "-declined").constData())
            << p << HostScreening::Declined << QStringLiteral("error") << QStringLiteral("declined the student");
    }
}

void TestProfiles::screening()
{
    QFETCH(QString, profile);
    QFETCH(HostScreening, screening);
    QFETCH(QString, severity);
    QFETCH(QString, messageContains);
    const Cohort c = withInternship(profile, [&](Internship& i) { i.hostScreening = screening; });
    const CheckResult r = Checker(c.rules).check(c, d("2026-01-15"), Stage::Proposal);
    QCOMPARE(severityOf(r, QStringLiteral("INT_HOST_SCREENING")), severity);
    for (const Finding& f : r.findings) {
        if (f.rule == QLatin1String("INT_HOST_SCREENING")) {
            QVERIFY2(f.message.contains(messageContains), qPrintable(f.message));
            QCOMPARE(f.field, QStringLiteral("host_screening"));
            QVERIFY(r.hasBlockingError());
        }
    }
}

void TestProfiles::frenchLawRulesAreMarked()
{
    QSet<QString> french;
    for (const RuleInfo& info : ruleCatalogue()) {
        if (info.frenchLaw)
            french.insert(QLatin1String(info.code));
    }
    QCOMPARE(french,
             (QSet<QString>{QStringLiteral("INT_MAX_DURATION"), QStringLiteral("INT_NOT_SIGNED"),
                            QStringLiteral("INT_GRATIFICATION_REQUIRED"), QStringLiteral("INT_GRATIFICATION_TOO_LOW"),
                            QStringLiteral("TER_AGREEMENT_NEEDED")}));
    const RuleSet paris = RuleSet::forProfile(kParis, AcademicYear{2025});
    const RuleSet imperial = RuleSet::forProfile(kImperial, AcademicYear{2025});
    const RuleSet montreal = RuleSet::forProfile(kMontreal, AcademicYear{2025});
    for (const QString& code : french) {
        QVERIFY(ruleApplies(paris, code));
        QVERIFY(!ruleApplies(imperial, code));
        QVERIFY(!ruleApplies(montreal, code));
    }
    QVERIFY(ruleApplies(imperial, QStringLiteral("INT_PROJECT_WINDOW")));
    QVERIFY(!ruleApplies(paris, QStringLiteral("INT_PROJECT_WINDOW")));
    QVERIFY(!ruleApplies(imperial, QStringLiteral("INT_LEAD_TIME")));
    // The year's switch still turns the French rules off in Paris-Saclay.
    RuleSet off = paris;
    off.frenchInternshipLaw = false;
    QVERIFY(!ruleApplies(off, QStringLiteral("INT_NOT_SIGNED")));
}

void TestProfiles::demoCohorts_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("mustFire");
    QTest::newRow("imperial") << kImperial
                              << QStringList{QStringLiteral("INT_HOST_SCREENING"), QStringLiteral("INT_PROJECT_WINDOW"),
                                             QStringLiteral("INT_MIN_DURATION"),   QStringLiteral("INT_AFTER_DEADLINE"),
                                             QStringLiteral("INT_HOST_NOT_AI"),    QStringLiteral("TER_OUTSIDE_PERIOD"),
                                             QStringLiteral("STUDENT_INCOMPLETE")};
    QTest::newRow("montreal") << kMontreal
                              << QStringList{
                                     QStringLiteral("INT_HOST_SCREENING"), QStringLiteral("INT_TEACHING_PERIOD"),
                                     QStringLiteral("INT_AFTER_DEADLINE"), QStringLiteral("INT_MIN_DURATION"),
                                     QStringLiteral("INT_OVERLAP"),        QStringLiteral("INT_PREVIOUS_SUMMER"),
                                     QStringLiteral("STUDENT_INCOMPLETE")};
}

void TestProfiles::demoCohorts()
{
    QFETCH(QString, profile);
    QFETCH(QStringList, mustFire);
    const Cohort c = demoCohort(profile, AcademicYear{2025});
    QCOMPARE(c.rules, RuleSet::forProfile(profile, AcademicYear{2025}));
    const CheckResult r = Checker(c.rules).check(c, d("2026-09-20"), Stage::Close);
    QSet<QString> seen;
    for (const Finding& f : r.findings)
        seen.insert(f.rule);
    for (const QString& rule : mustFire)
        QVERIFY2(seen.contains(rule), qPrintable(rule + QLatin1Char('\n') + describe(r)));
    // No rule fires that cannot apply under the profile (the French-law rules among them).
    for (const QString& rule : seen)
        QVERIFY2(ruleApplies(c.rules, rule), qPrintable(rule));
    int complete = 0;
    for (const StudentStatus& s : r.students)
        complete += s.complete ? 1 : 0;
    QVERIFY(complete >= 1);
    QVERIFY(complete < c.students.size());
    QCOMPARE(demoCohort(profile, AcademicYear{2027}).internships.first().start,
             c.internships.first().start.addYears(2));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"

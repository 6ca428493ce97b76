#pragma once

#include "AcademicYear.h"
#include "Result.h"
#include "WorkDays.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace interntrack {

/// A named teaching period (T1…T4) of an academic year.
struct Period
{
    QString name;
    QDate start;
    QDate end;

    bool contains(QDate d) const { return d >= start && d <= end; }
    friend bool operator==(const Period&, const Period&) = default;
};

/// The legal minimum hourly gratification in force from a date on.
struct GratificationRate
{
    QDate from;
    double hourlyEur = 0.0;
    friend bool operator==(const GratificationRate&, const GratificationRate&) = default;
};

/// A holiday fixed in the calendar (month, day), e.g. 14 July.
struct FixedHoliday
{
    int month = 1;
    int day = 1;
    friend bool operator==(const FixedHoliday&, const FixedHoliday&) = default;
};

/// What a year requires: one of the listed activities, named by code for "missing" lists.
struct Requirement
{
    QString code; ///< e.g. "TER", "INTERNSHIP_OR_ALTERNATIVE"
    QStringList anyOf; ///< activity codes: "ter", "internship", "summer_school", "seminars"
    friend bool operator==(const Requirement&, const Requirement&) = default;
};

/// The body of law an internship is under, as the programme profile says.
enum class LegalFramework {
    FrenchEducationCode, ///< Code de l'éducation L124-1 ff.: agreement, gratification, 6-month maximum
    None, ///< no internship law that the software checks (e.g. the UK, Québec)
};

QString legalFrameworkCode(LegalFramework f); ///< "french_education_code" or "none"
std::optional<LegalFramework> legalFrameworkFromCode(const QString& code);

/// How the programme runs one of its activities ("ter", "internship", "summer_school", "seminars").
struct ProfileActivity
{
    QString code; ///< the activity code of Requirement::anyOf
    QString supervision; ///< who supervises, as the programme says it (free text)
    QStringList deliverables; ///< what the student hands in, e.g. "report", "proof", "grade"
    friend bool operator==(const ProfileActivity&, const ProfileActivity&) = default;
};

/**
 * Which programme a rule set belongs to: what it is called, where, under which law, and how it
 * names and runs its activities. The numbers stay in RuleSet; the profile says what they are for.
 * Serialized under the rule set's "profile" key; the default is the Paris-Saclay M1's.
 */
struct Profile
{
    QString id; ///< e.g. "paris-saclay-m1", "imperial-msc-ai", "montreal-mila-pro"
    QString name; ///< the programme, e.g. "MSc in Artificial Intelligence"
    QString institution; ///< e.g. "Imperial College London"
    QString country; ///< ISO 3166-1 alpha-2, e.g. "FR", "GB", "CA"
    LegalFramework legalFramework = LegalFramework::FrenchEducationCode;
    /// What the programme calls an activity or a notion, by code: "ter" → "Group project".
    /// A code absent here keeps the software's own name.
    QMap<QString, QString> labels;
    QList<ProfileActivity> activities; ///< the activities the programme has, in the order it presents them

    /// The Paris-Saclay M1 AI profile (the default).
    static Profile parisSaclayM1();
    /// The programme's name for @p code, or @p fallback when it has none.
    QString label(const QString& code, const QString& fallback) const { return labels.value(code, fallback); }

    friend bool operator==(const Profile&, const Profile&) = default;
};

/**
 * One academic year's rules as data: every number of RULES.md, editable per year.
 * The defaults are the Paris-Saclay M1 AI rule set. Another programme is another
 * RuleSet (other periods, thresholds, requirements, legal framework), not other code.
 */
struct RuleSet
{
    QString programme;
    AcademicYear year;
    Profile profile = Profile::parisSaclayM1();

    // Calendar
    QList<Period> teachingPeriods;
    QDate deadline;
    QList<FixedHoliday> fixedHolidays;
    QList<int> easterHolidayOffsets; ///< days after Easter Sunday (1 = Easter Monday, 39 = Ascension, 50 = Whit Monday)
    WorkDays defaultWorkDays = WorkDays::mondayToFriday();

    // Legal framework
    /// The year's switch for the French-law rules (gratification, 6-month maximum, agreement signatures).
    /// They run only when it is on and the profile's legal framework is French: see frenchLawApplies().
    bool frenchInternshipLaw = true;
    double fullTimeWeeklyHours = 35.0;
    double legalHoursPerDay = 7.0;
    int legalDaysPerMonth = 22;
    QList<GratificationRate> gratificationRates;
    double gratificationThresholdMonths = 2.0;
    double internshipMaxMonths = 6.0;

    // Internship
    double internshipMinWeeks = 8.0; ///< full-time-equivalent weeks
    int leadTimeMonths = 3;
    double halfTimeWeeklyHours = 17.5; ///< above it an internship is full-time
    /// The days an internship or individual project must lie within (INT_PROJECT_WINDOW), e.g.
    /// 15 May – 15 September at Imperial. Both null: no window (Paris-Saclay).
    QDate internshipWindowStart;
    QDate internshipWindowEnd;

    // TER
    double terMinWeeklyHours = 3.5;
    double terMaxWeeklyHours = 7.0;
    int terMinMonths = 2;
    int terMaxMonths = 4;
    QStringList challengePrepPeriods;
    QStringList challengeSolvePeriods;
    int challengeSolveGroupSize = 2;
    double gradeMax = 20.0;

    // Reports
    int reportMinPages = 4;
    int reportMaxPages = 6;

    // Alternatives
    int schoolMinFullTimeDays = 3;
    int schoolMinReportLinks = 1;
    QStringList proposedSchools;
    int seminarsMin = 6;
    int seminarParagraphMinWords = 40;

    QList<Requirement> requirements;
    QStringList disabledRules; ///< rule codes that do not apply to this programme

    /// The Paris-Saclay M1 AI defaults for @p year.
    static RuleSet parisSaclayM1(AcademicYear year);
    /**
     * The rule set of the shipped profile @p id (resources/profiles/<id>.json, see Profiles) for
     * @p year; the Paris-Saclay M1 defaults when @p id is not a shipped profile (Profiles::load
     * says why).
     */
    static RuleSet forProfile(const QString& id, AcademicYear year);

    // Derived figures
    double legalMonthHours() const { return legalHoursPerDay * legalDaysPerMonth; }
    double gratificationThresholdHours() const { return gratificationThresholdMonths * legalMonthHours(); }
    double internshipMaxHours() const { return internshipMaxMonths * legalMonthHours(); }
    double internshipMinHours() const { return internshipMinWeeks * fullTimeWeeklyHours; }
    /// The hourly rate in force on @p date; std::nullopt when the table has none that early.
    std::optional<double> gratificationRateOn(QDate date) const;
    const Period* period(const QString& name) const;
    bool isEnabled(const QString& ruleCode) const { return !disabledRules.contains(ruleCode); }
    /// True when the rules of French internship law run: the profile is under the French Code de
    /// l'éducation and the year's switch frenchInternshipLaw is on.
    bool frenchLawApplies() const
    {
        return frenchInternshipLaw && profile.legalFramework == LegalFramework::FrenchEducationCode;
    }
    bool hasInternshipWindow() const { return internshipWindowStart.isValid() && internshipWindowEnd.isValid(); }

    /// The rule set as JSON, with the key names documented in CLI.md.
    QJsonObject toJson() const;
    /**
     * Applies the keys present in @p json over this rule set; keys absent keep their value.
     * On a bad key or value, fails with a message that starts with the key's path under @p path.
     */
    Status applyJson(const QJsonObject& json, const QString& path = QStringLiteral("rules"));

    friend bool operator==(const RuleSet&, const RuleSet&) = default;
};

} // namespace interntrack

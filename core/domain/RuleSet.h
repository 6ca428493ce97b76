#pragma once

#include "AcademicYear.h"
#include "Result.h"
#include "WorkDays.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
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

/**
 * One academic year's rules as data: every number of RULES.md, editable per year.
 * The defaults are the Paris-Saclay M1 AI rule set. Another programme is another
 * RuleSet (other periods, thresholds, requirements, legal framework), not other code.
 */
struct RuleSet
{
    QString programme;
    AcademicYear year;

    // Calendar
    QList<Period> teachingPeriods;
    QDate deadline;
    QList<FixedHoliday> fixedHolidays;
    QList<int> easterHolidayOffsets; ///< days after Easter Sunday (1 = Easter Monday, 39 = Ascension, 50 = Whit Monday)
    WorkDays defaultWorkDays = WorkDays::mondayToFriday();

    // Legal framework
    bool frenchInternshipLaw = true; ///< gratification, 6-month maximum, agreement signatures
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

    // Derived figures
    double legalMonthHours() const { return legalHoursPerDay * legalDaysPerMonth; }
    double gratificationThresholdHours() const { return gratificationThresholdMonths * legalMonthHours(); }
    double internshipMaxHours() const { return internshipMaxMonths * legalMonthHours(); }
    double internshipMinHours() const { return internshipMinWeeks * fullTimeWeeklyHours; }
    /// The hourly rate in force on @p date; std::nullopt when the table has none that early.
    std::optional<double> gratificationRateOn(QDate date) const;
    const Period* period(const QString& name) const;
    bool isEnabled(const QString& ruleCode) const { return !disabledRules.contains(ruleCode); }

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

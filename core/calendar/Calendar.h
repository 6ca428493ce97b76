#pragma once

#include "domain/Internship.h"
#include "domain/RuleSet.h"

#include <QDate>
#include <QList>

#include <cstdint>
#include <vector>

namespace interntrack {

/// Easter Sunday of @p year (Gregorian calendar, anonymous algorithm).
QDate easterSunday(int year);

/// The public holidays of a civil year under @p rules, sorted.
QList<QDate> publicHolidays(int year, const RuleSet& rules);

/// The days an internship counts, as RULES.md defines them.
struct InternshipDays
{
    QDate countedStart; ///< later of the start and the last signature (or today when unsigned after the start)
    int scheduledDays = 0; ///< schedule days from countedStart to end, minus absences
    int presenceDays = 0; ///< scheduled days minus public holidays
    int lostDays = 0; ///< schedule days (minus absences) before countedStart
    double hoursPerDay = 0.0;
    double scheduledHours = 0.0;
    double presenceHours = 0.0;
    double fteWeeks = 0.0; ///< scheduledHours / full-time weekly hours
};

/**
 * The calendar of an academic year under a rule set: public holidays and teaching periods,
 * precomputed so that counting days costs a few operations a day.
 */
class Calendar
{
public:
    explicit Calendar(const RuleSet& rules);

    const RuleSet& rules() const { return m_rules; }

    bool isPublicHoliday(QDate date) const;
    /// True when @p date lies in one of the teaching periods.
    bool isTeachingDay(QDate date) const;
    /// The teaching period containing @p date, or nullptr.
    const Period* periodOf(QDate date) const;
    /// True when every day of [start, end] lies in the union of the named periods.
    bool withinPeriods(QDate start, QDate end, const QStringList& periodNames) const;
    /// True when every day of [start, end] lies in the teaching period (union of all periods).
    bool withinTeaching(QDate start, QDate end) const;

    /// Counts an internship's days; @p today stands in for missing signatures after the start.
    InternshipDays count(const Internship& internship, QDate today) const;
    /// Counts scheduled days and hours of a plan from @p countedStart to @p end (no signatures involved).
    InternshipDays count(QDate countedStart, QDate end, WorkDays days, double weeklyHours,
                         const QList<QDate>& absences) const;

    /// The first schedule day (minus absences) of [start, end] that lies in the teaching period, or null.
    QDate firstTeachingScheduleDay(QDate start, QDate end, WorkDays days, const QList<QDate>& absences) const;
    /// The earliest end date from which [countedStart, end] holds at least @p hours scheduled hours;
    /// null if none within two years.
    QDate earliestEndForHours(QDate countedStart, WorkDays days, double weeklyHours, const QList<QDate>& absences,
                              double hours) const;
    /// The latest end date at which presence hours of [countedStart, end] stay within @p hours.
    QDate latestEndForPresenceHours(QDate countedStart, WorkDays days, double weeklyHours, const QList<QDate>& absences,
                                    double hours) const;

private:
    bool holidayJd(qint64 jd) const;

    RuleSet m_rules;
    qint64 m_firstJd = 0; ///< first Julian day covered by m_holidays
    std::vector<std::uint8_t> m_holidays; ///< one flag a day
    QList<Period> m_mergedTeaching; ///< the union of the teaching periods, as sorted disjoint intervals
};

} // namespace interntrack

#include "Calendar.h"

#include <algorithm>
#include <cmath>

namespace interntrack {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<QDate> publicHolidays(int year, const RuleSet& rules)
{
    QList<QDate> days;
    for (const FixedHoliday& h : rules.fixedHolidays) {
        const QDate d(year, h.month, h.day);
        if (d.isValid())
            days.append(d);
    }
    const QDate easter = easterSunday(year);
    for (int offset : rules.easterHolidayOffsets)
        days.append(easter.addDays(offset));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

namespace {
// Dates far outside the academic year are counted too (a plan may be wrong by years); the
// precomputed table covers this many years each side of it and the rest is computed on demand.
constexpr int kYearsAround = 3;

bool containsSorted(const QList<QDate>& sorted, QDate d)
{
    return std::binary_search(sorted.begin(), sorted.end(), d);
}
} // namespace

Calendar::Calendar(const RuleSet& rules)
    : m_rules(rules)
{
    const int baseYear = rules.year.isValid() ? rules.year.startYear : 2000;
    const QDate first(baseYear - kYearsAround, 1, 1);
    const QDate last(baseYear + 1 + kYearsAround, 12, 31);
    m_firstJd = first.toJulianDay();
    m_holidays.assign(static_cast<size_t>(last.toJulianDay() - m_firstJd + 1), 0);
    for (int y = first.year(); y <= last.year(); ++y) {
        for (const QDate& d : publicHolidays(y, rules))
            m_holidays[static_cast<size_t>(d.toJulianDay() - m_firstJd)] = 1;
    }

    QList<Period> periods = rules.teachingPeriods;
    std::sort(periods.begin(), periods.end(), [](const Period& a, const Period& b) { return a.start < b.start; });
    for (const Period& p : periods) {
        if (!m_mergedTeaching.isEmpty() && p.start <= m_mergedTeaching.last().end.addDays(1))
            m_mergedTeaching.last().end = std::max(m_mergedTeaching.last().end, p.end);
        else
            m_mergedTeaching.append(p);
    }
}

bool Calendar::holidayJd(qint64 jd) const
{
    const qint64 i = jd - m_firstJd;
    if (i >= 0 && i < static_cast<qint64>(m_holidays.size()))
        return m_holidays[static_cast<size_t>(i)] != 0;
    const QDate d = QDate::fromJulianDay(jd);
    return containsSorted(publicHolidays(d.year(), m_rules), d);
}

bool Calendar::isPublicHoliday(QDate date) const
{
    return date.isValid() && holidayJd(date.toJulianDay());
}

bool Calendar::isTeachingDay(QDate date) const
{
    for (const Period& p : m_mergedTeaching) {
        if (p.contains(date))
            return true;
    }
    return false;
}

const Period* Calendar::periodOf(QDate date) const
{
    for (const Period& p : m_rules.teachingPeriods) {
        if (p.contains(date))
            return &p;
    }
    return nullptr;
}

bool Calendar::withinTeaching(QDate start, QDate end) const
{
    for (const Period& p : m_mergedTeaching) {
        if (start >= p.start && end <= p.end)
            return true;
    }
    return false;
}

bool Calendar::withinPeriods(QDate start, QDate end, const QStringList& periodNames) const
{
    QList<Period> chosen;
    for (const Period& p : m_rules.teachingPeriods) {
        if (periodNames.contains(p.name))
            chosen.append(p);
    }
    std::sort(chosen.begin(), chosen.end(), [](const Period& a, const Period& b) { return a.start < b.start; });
    // Walk from start, extending coverage through contiguous periods.
    QDate covered = start.addDays(-1);
    for (const Period& p : chosen) {
        if (p.start > covered.addDays(1))
            continue;
        if (p.end > covered)
            covered = p.end;
    }
    return covered >= end;
}

namespace {
struct DayWalker
{
    WorkDays days;
    const QList<QDate>& absences; // sorted copy held by the caller

    bool scheduled(qint64 jd) const
    {
        // Julian day 0 is a Monday; Qt's dayOfWeek is 1 = Monday … 7 = Sunday.
        const int dow = static_cast<int>(((jd % 7) + 7) % 7) + 1;
        if (!days.contains(dow))
            return false;
        return absences.isEmpty() || !containsSorted(absences, QDate::fromJulianDay(jd));
    }
};

QList<QDate> sortedAbsences(const QList<QDate>& absences)
{
    QList<QDate> sorted = absences;
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

double hoursPerDay(WorkDays days, double weeklyHours)
{
    const int n = days.count();
    return n > 0 ? weeklyHours / n : 0.0;
}
} // namespace

InternshipDays Calendar::count(QDate countedStart, QDate end, WorkDays days, double weeklyHours,
                               const QList<QDate>& absences) const
{
    InternshipDays r;
    r.countedStart = countedStart;
    r.hoursPerDay = hoursPerDay(days, weeklyHours);
    if (!countedStart.isValid() || !end.isValid() || end < countedStart)
        return r;
    const QList<QDate> sorted = sortedAbsences(absences);
    const DayWalker walker{days, sorted};
    const qint64 last = end.toJulianDay();
    for (qint64 jd = countedStart.toJulianDay(); jd <= last; ++jd) {
        if (!walker.scheduled(jd))
            continue;
        ++r.scheduledDays;
        if (!holidayJd(jd))
            ++r.presenceDays;
    }
    r.scheduledHours = r.scheduledDays * r.hoursPerDay;
    r.presenceHours = r.presenceDays * r.hoursPerDay;
    r.fteWeeks = m_rules.fullTimeWeeklyHours > 0 ? r.scheduledHours / m_rules.fullTimeWeeklyHours : 0.0;
    return r;
}

InternshipDays Calendar::count(const Internship& internship, QDate today) const
{
    QDate countedStart = internship.start;
    if (internship.signatures.complete()) {
        countedStart = std::max(internship.start, internship.signatures.last());
    } else if (today.isValid() && today > internship.start) {
        // Not signed yet although it has started: nothing before a signature today can count.
        countedStart = today;
    }
    InternshipDays r =
        count(countedStart, internship.end, internship.workDays, internship.weeklyHours, internship.absences);
    if (countedStart > internship.start && internship.start.isValid()) {
        const InternshipDays before = count(internship.start, std::min(countedStart.addDays(-1), internship.end),
                                            internship.workDays, internship.weeklyHours, internship.absences);
        r.lostDays = before.scheduledDays;
    }
    return r;
}

QDate Calendar::firstTeachingScheduleDay(QDate start, QDate end, WorkDays days, const QList<QDate>& absences) const
{
    if (!start.isValid() || !end.isValid())
        return {};
    const QList<QDate> sorted = sortedAbsences(absences);
    const DayWalker walker{days, sorted};
    for (const Period& p : m_mergedTeaching) {
        const QDate from = std::max(start, p.start);
        const QDate to = std::min(end, p.end);
        for (qint64 jd = from.toJulianDay(); jd <= to.toJulianDay(); ++jd) {
            if (walker.scheduled(jd))
                return QDate::fromJulianDay(jd);
        }
    }
    return {};
}

QDate Calendar::earliestEndForHours(QDate countedStart, WorkDays days, double weeklyHours, const QList<QDate>& absences,
                                    double hours) const
{
    const double perDay = hoursPerDay(days, weeklyHours);
    if (!countedStart.isValid() || perDay <= 0)
        return {};
    const QList<QDate> sorted = sortedAbsences(absences);
    const DayWalker walker{days, sorted};
    double total = 0;
    const qint64 first = countedStart.toJulianDay();
    for (qint64 jd = first; jd <= first + 2 * 366; ++jd) {
        if (!walker.scheduled(jd))
            continue;
        total += perDay;
        if (total + 1e-9 >= hours)
            return QDate::fromJulianDay(jd);
    }
    return {};
}

QDate Calendar::latestEndForPresenceHours(QDate countedStart, WorkDays days, double weeklyHours,
                                          const QList<QDate>& absences, double hours) const
{
    const double perDay = hoursPerDay(days, weeklyHours);
    if (!countedStart.isValid() || perDay <= 0)
        return {};
    const QList<QDate> sorted = sortedAbsences(absences);
    const DayWalker walker{days, sorted};
    double total = 0;
    const qint64 first = countedStart.toJulianDay();
    for (qint64 jd = first; jd <= first + 4 * 366; ++jd) {
        if (walker.scheduled(jd) && !holidayJd(jd)) {
            if (total + perDay > hours + 1e-9)
                return QDate::fromJulianDay(jd - 1);
            total += perDay;
        }
    }
    return {};
}

} // namespace interntrack

#include "AgreementData.h"

#include "calendar/Calendar.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace interntrack {

namespace {

/// What a document prints where InternTrack does not know the value: a line to fill in by hand.
const QString& blank()
{
    static const QString line(16, QChar(0x2026)); // "……"
    return line;
}

QString orBlank(const QString& value)
{
    return value.trimmed().isEmpty() ? blank() : value.trimmed();
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QString();
}

QLocale documentLocale(const QString& language)
{
    const QString code = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    QLocale locale = code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                 : QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (code != QLatin1String("fr") && code != QLatin1String("en"))
        locale = QLocale(code);
    return locale;
}

QString date(const QLocale& locale, QDate d)
{
    return d.isValid() ? locale.toString(d, QStringLiteral("d MMMM yyyy")) : blank();
}

/// 588 → "588", 17.5 → "17,5" / "17.5", 8.25 → "8,25": as many decimals as the value needs, up to 2.
QString number(const QLocale& locale, double value)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const double rounded = std::round(value * 100.0) / 100.0;
    int decimals = 2;
    if (std::fabs(rounded - std::round(rounded)) < 1e-9)
        decimals = 0;
    else if (std::fabs(rounded * 10.0 - std::round(rounded * 10.0)) < 1e-9)
        decimals = 1;
    return plain.toString(rounded, 'f', decimals);
}

QString euros(const QLocale& locale, double amount)
{
    return locale.toCurrencyString(amount, QStringLiteral("€"), 2);
}

QString hostAddress(const Host& host)
{
    QStringList parts;
    parts.append(orBlank(host.address));
    if (!host.city.trimmed().isEmpty())
        parts.append(host.city.trimmed());
    if (!host.country.trimmed().isEmpty())
        parts.append(host.country.trimmed());
    return parts.join(QStringLiteral(", "));
}

QString workDayNames(const QLocale& locale, WorkDays days)
{
    QStringList names;
    for (int d = 1; d <= 7; ++d) {
        if (days.contains(d))
            names.append(locale.dayName(d));
    }
    return names.join(QStringLiteral(", "));
}

/// The public holidays on schedule days from @p from to @p to.
QList<QDate> holidaysOnSchedule(const RuleSet& rules, WorkDays days, QDate from, QDate to)
{
    QList<QDate> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const QDate& h : publicHolidays(year, rules)) {
            if (h >= from && h <= to && days.contains(h.dayOfWeek()))
                result.append(h);
        }
    }
    return result;
}

QString dateList(const QLocale& locale, QList<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    QStringList text;
    for (const QDate& d : dates)
        text.append(date(locale, d));
    return text.join(QStringLiteral(", "));
}

/// The university and the programme from a rule set's "University — Programme" name.
std::pair<QString, QString> universityAndProgramme(const RuleSet& rules)
{
    const QString name = rules.programme.trimmed();
    for (const QString& separator : {QStringLiteral(" — "), QStringLiteral(" - "), QStringLiteral(", ")}) {
        const qsizetype at = name.indexOf(separator);
        if (at > 0)
            return {name.left(at).trimmed(), name.mid(at + separator.size()).trimmed()};
    }
    return {name, name};
}

/// The values both documents share: parties, dates and durations.
QHash<QString, QString> commonValues(const Internship& internship, const Student& student, const RuleSet& rules,
                                     const InternshipFigures& figures, const QLocale& locale)
{
    const auto [university, programme] = universityAndProgramme(rules);
    const InternshipDays& days = figures.days;
    QHash<QString, QString> v;
    v.insert(QStringLiteral("university"), orBlank(university));
    v.insert(QStringLiteral("programme"), orBlank(programme));
    v.insert(QStringLiteral("academic_year"), rules.year.isValid() ? rules.year.toString() : blank());
    v.insert(QStringLiteral("internship_id"), internship.id);

    v.insert(QStringLiteral("student_name"), orBlank(student.name));
    v.insert(QStringLiteral("student_number"), orBlank(student.studentNumber));
    v.insert(QStringLiteral("student_email"), orBlank(student.email));

    v.insert(QStringLiteral("host_name"), orBlank(internship.host.name));
    v.insert(QStringLiteral("host_address"), hostAddress(internship.host));
    v.insert(QStringLiteral("tutor_name"), orBlank(internship.tutor.name));
    v.insert(QStringLiteral("tutor_email"), orBlank(internship.tutor.email));
    v.insert(QStringLiteral("tutor_phone"), orBlank(internship.tutor.phone));
    v.insert(QStringLiteral("subject"), orBlank(internship.subject));

    v.insert(QStringLiteral("start_date"), date(locale, internship.start));
    v.insert(QStringLiteral("end_date"), date(locale, internship.end));
    v.insert(QStringLiteral("weekly_hours"), number(locale, internship.weeklyHours));
    v.insert(QStringLiteral("hours_per_day"), number(locale, days.hoursPerDay));
    v.insert(QStringLiteral("days_per_week"), QString::number(internship.workDays.count()));
    v.insert(QStringLiteral("work_days"), orBlank(workDayNames(locale, internship.workDays)));
    v.insert(QStringLiteral("presence_days"), QString::number(days.presenceDays));
    v.insert(QStringLiteral("presence_hours"), number(locale, days.presenceHours));
    v.insert(QStringLiteral("scheduled_days"), QString::number(days.scheduledDays));
    v.insert(QStringLiteral("scheduled_hours"), number(locale, days.scheduledHours));
    v.insert(QStringLiteral("fte_weeks"), number(locale, std::round(days.fteWeeks * 10.0) / 10.0));

    // Law: 22 days of presence make a month.
    const int perMonth = std::max(1, rules.legalDaysPerMonth);
    v.insert(QStringLiteral("duration_months"), QString::number(days.presenceDays / perMonth));
    v.insert(QStringLiteral("duration_extra_days"), QString::number(days.presenceDays % perMonth));
    v.insert(QStringLiteral("legal_days_per_month"), QString::number(perMonth));
    v.insert(QStringLiteral("legal_hours_per_day"), number(locale, rules.legalHoursPerDay));
    return v;
}

} // namespace

double estimatedTotalGratification(const Internship& internship, const InternshipFigures& figures)
{
    const Gratification& g = internship.gratification;
    if (g.amountEur <= 0.0)
        return 0.0;
    if (g.per == GratificationPer::Hour)
        return std::round(g.amountEur * figures.days.presenceHours * 100.0) / 100.0;
    const double monthHours = internship.weeklyHours * 52.0 / 12.0;
    if (monthHours <= 0.0)
        return 0.0;
    return std::round(g.amountEur * figures.days.scheduledHours / monthHours * 100.0) / 100.0;
}

QHash<QString, QString> agreementValues(const Internship& internship, const Student& student, const RuleSet& rules,
                                        const InternshipFigures& figures, const QString& language,
                                        const QString& advisorName)
{
    const QLocale locale = documentLocale(language);
    QHash<QString, QString> v = commonValues(internship, student, rules, figures, locale);
    v.insert(QStringLiteral("advisor_name"), orBlank(advisorName));

    // Gratification (D124-4 7°, L124-6): due above the threshold; paid monthly by bank transfer.
    const Gratification& g = internship.gratification;
    const bool paid = g.amountEur > 0.0;
    v.insert(QStringLiteral("gratification_due"), flag(figures.gratificationRequired));
    v.insert(QStringLiteral("gratification_paid"), flag(paid));
    v.insert(QStringLiteral("gratification_monthly"), flag(g.per == GratificationPer::Month));
    v.insert(QStringLiteral("gratification_hourly"), flag(g.per == GratificationPer::Hour));
    v.insert(QStringLiteral("gratification_amount"), euros(locale, g.amountEur));
    v.insert(QStringLiteral("gratification_minimum_monthly"), euros(locale, figures.gratificationMinMonthlyEur));
    v.insert(QStringLiteral("gratification_minimum_total"), euros(locale, figures.gratificationMinTotalEur));
    const std::optional<double> rate = rules.gratificationRateOn(internship.start);
    v.insert(QStringLiteral("gratification_hourly_rate"), rate ? euros(locale, *rate) : blank());
    v.insert(QStringLiteral("gratification_threshold_hours"), number(locale, rules.gratificationThresholdHours()));
    v.insert(QStringLiteral("gratification_threshold_months"), number(locale, rules.gratificationThresholdMonths));
    v.insert(QStringLiteral("maximum_months"), number(locale, rules.internshipMaxMonths));

    // Presence on public holidays (D124-4 5°): none unless stated; the holidays in the period are named.
    const QList<QDate> holidays = holidaysOnSchedule(rules, internship.workDays, internship.start, internship.end);
    v.insert(QStringLiteral("holidays_in_period"), dateList(locale, holidays));

    // Absences (D124-4 10°): the days declared in advance.
    QList<QDate> absences = internship.absences;
    absences.erase(std::remove_if(absences.begin(), absences.end(), [](QDate d) { return !d.isValid(); }),
                   absences.end());
    v.insert(QStringLiteral("absences_declared"), flag(!absences.isEmpty()));
    v.insert(QStringLiteral("absences"), dateList(locale, absences));

    v.insert(QStringLiteral("report_min_pages"), QString::number(rules.reportMinPages));
    v.insert(QStringLiteral("report_max_pages"), QString::number(rules.reportMaxPages));
    return v;
}

QHash<QString, QString> certificateValues(const Internship& internship, const Student& student, const RuleSet& rules,
                                          const InternshipFigures& figures, const QString& language,
                                          std::optional<double> totalGratificationEur)
{
    const QLocale locale = documentLocale(language);
    QHash<QString, QString> v = commonValues(internship, student, rules, figures, locale);
    const double total =
        totalGratificationEur ? *totalGratificationEur : estimatedTotalGratification(internship, figures);
    v.insert(QStringLiteral("gratification_paid"), flag(total > 0.0));
    v.insert(QStringLiteral("gratification_total"), euros(locale, total));
    return v;
}

} // namespace interntrack

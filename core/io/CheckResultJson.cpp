#include "CheckResultJson.h"

#include <QJsonArray>

#include <cmath>

namespace interntrack {

double roundedTo2(double value)
{
    if (!std::isfinite(value))
        return 0.0;
    const double r = std::round(value * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r; // no "-0" in the output
}

QJsonObject checkResultToJson(const CheckResult& result, const Cohort& cohort)
{
    QJsonArray findings;
    for (const Finding& f : result.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("subject"), f.subject},
            {QStringLiteral("student"), f.student},
            {QStringLiteral("rule"), f.rule},
            {QStringLiteral("severity"), severityCode(f.severity)},
            {QStringLiteral("message"), f.message},
            {QStringLiteral("overridden"), f.overridden},
        });
    }

    // Walk the cohort rather than the hashes: items come out in input order for whoever reads the
    // object in order, and a figure the checker did not compute is not invented.
    QJsonObject internships;
    for (const Internship& i : cohort.internships) {
        const auto it = result.internships.constFind(i.id);
        if (it == result.internships.constEnd())
            continue;
        const InternshipFigures& fig = *it;
        internships.insert(i.id, QJsonObject{
            {QStringLiteral("counted_start"), fig.days.countedStart.isValid()
                                                  ? QJsonValue(fig.days.countedStart.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("scheduled_days"), fig.days.scheduledDays},
            {QStringLiteral("presence_days"), fig.days.presenceDays},
            {QStringLiteral("presence_hours"), roundedTo2(fig.days.presenceHours)},
            {QStringLiteral("fte_weeks"), roundedTo2(fig.days.fteWeeks)},
            {QStringLiteral("gratification_required"), fig.gratificationRequired},
            {QStringLiteral("gratification_min_eur"), roundedTo2(fig.gratificationMinTotalEur)},
        });
    }

    QJsonObject students;
    for (const Student& s : cohort.students) {
        const auto it = result.students.constFind(s.id);
        if (it == result.students.constEnd())
            continue;
        QJsonArray missing;
        for (const QString& code : it->missing)
            missing.append(code);
        students.insert(s.id, QJsonObject{
            {QStringLiteral("complete"), it->complete},
            {QStringLiteral("missing"), missing},
        });
    }

    return QJsonObject{
        {QStringLiteral("findings"), findings},
        {QStringLiteral("internships"), internships},
        {QStringLiteral("students"), students},
    };
}

} // namespace interntrack

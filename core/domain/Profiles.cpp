#include "Profiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace interntrack {

namespace {

// @p date moved by @p years; the last day of February stays the last day of February.
QDate shiftYears(QDate date, int years)
{
    if (date.month() == 2 && date.day() == date.daysInMonth()) {
        const QDate first(date.year() + years, 2, 1);
        return QDate(first.year(), 2, first.daysInMonth());
    }
    return date.addYears(years);
}

QJsonValue shiftDate(const QJsonValue& v, int years)
{
    const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
    return d.isValid() ? QJsonValue(shiftYears(d, years).toString(Qt::ISODate)) : v;
}

// The calendar keys of @p rules moved by @p years (teaching periods, deadline, internship window).
QJsonObject shiftCalendar(QJsonObject rules, int years)
{
    if (years == 0)
        return rules;
    const QString start = QStringLiteral("start");
    const QString end = QStringLiteral("end");
    if (rules.contains(QStringLiteral("teaching_periods"))) {
        QJsonArray periods = rules.value(QStringLiteral("teaching_periods")).toArray();
        for (qsizetype i = 0; i < periods.size(); ++i) {
            QJsonObject p = periods.at(i).toObject();
            p.insert(start, shiftDate(p.value(start), years));
            p.insert(end, shiftDate(p.value(end), years));
            periods.replace(i, p);
        }
        rules.insert(QStringLiteral("teaching_periods"), periods);
    }
    if (rules.contains(QStringLiteral("deadline")))
        rules.insert(QStringLiteral("deadline"), shiftDate(rules.value(QStringLiteral("deadline")), years));
    if (rules.value(QStringLiteral("internship_window")).isObject()) {
        QJsonObject w = rules.value(QStringLiteral("internship_window")).toObject();
        w.insert(start, shiftDate(w.value(start), years));
        w.insert(end, shiftDate(w.value(end), years));
        rules.insert(QStringLiteral("internship_window"), w);
    }
    return rules;
}

} // namespace

QString Profiles::defaultId()
{
    return QStringLiteral("paris-saclay-m1");
}

QStringList Profiles::ids()
{
    return {defaultId(), QStringLiteral("imperial-msc-ai"), QStringLiteral("montreal-mila-pro")};
}

Result<RuleSet> Profiles::load(const QString& id, AcademicYear year)
{
    if (!ids().contains(id))
        return Result<RuleSet>::failure(
            tr("\"%1\" is not a programme profile; the profiles are: %2.").arg(id, ids().join(QStringLiteral(", "))));
    const QString source = QStringLiteral(":/interntrack/profiles/%1.json").arg(id);
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return Result<RuleSet>::failure(tr("%1: cannot be read: %2").arg(source, file.errorString()));
    Result<RuleSet> r = fromJson(file.readAll(), year, source);
    if (r && r->profile.id != id)
        return Result<RuleSet>::failure(
            tr("%1: rules.profile.id is \"%2\", not \"%3\".").arg(source, r->profile.id, id));
    return r;
}

Result<RuleSet> Profiles::fromJson(const QByteArray& json, AcademicYear year, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<RuleSet>::failure(
            tr("%1: is not JSON (%2 at byte %3).").arg(source, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Result<RuleSet>::failure(tr("%1: is not a JSON object.").arg(source));
    const QJsonObject root = doc.object();
    const auto reference = AcademicYear::parse(root.value(QStringLiteral("academic_year")).toString());
    if (!reference)
        return Result<RuleSet>::failure(
            tr("%1: academic_year: is not an academic year YYYY-(YYYY+1), e.g. \"2025-2026\".").arg(source));
    if (!root.value(QStringLiteral("rules")).isObject())
        return Result<RuleSet>::failure(tr("%1: rules: is not an object.").arg(source));
    RuleSet rules = RuleSet::parisSaclayM1(year);
    const QJsonObject shifted =
        shiftCalendar(root.value(QStringLiteral("rules")).toObject(), year.startYear - reference->startYear);
    if (Status s = rules.applyJson(shifted); !s)
        return Result<RuleSet>::failure(source + QStringLiteral(": ") + s.error());
    rules.year = year;
    return rules;
}

} // namespace interntrack

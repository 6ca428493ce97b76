#include "RuleSet.h"

#include "Profiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <functional>
#include <vector>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
};

QString dateCode(QDate d)
{
    return d.toString(Qt::ISODate);
}

QDate parseDate(const QJsonValue& v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString();
    if (s.size() != 10)
        return {};
    return QDate::fromString(s, Qt::ISODate);
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

// One JSON key of the rule set: how to write it and how to read it.
struct Field
{
    const char* key;
    std::function<QJsonValue(const RuleSet&)> get;
    // Returns an error message (without the path) or an empty string.
    std::function<QString(RuleSet&, const QJsonValue&, const QString& path)> set;
};

QString notANumber(const QJsonValue& v)
{
    Q_UNUSED(v);
    return Tr::tr("is not a number");
}

Field numberField(const char* key, double RuleSet::*member, double min, double max)
{
    return {key, [member](const RuleSet& r) { return QJsonValue(r.*member); },
            [member, min, max](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
                if (!v.isDouble())
                    return notANumber(v);
                const double d = v.toDouble();
                if (!std::isfinite(d) || d < min || d > max)
                    return Tr::tr("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max);
                r.*member = d;
                return {};
            }};
}

Field intField(const char* key, int RuleSet::*member, int min, int max)
{
    return {key, [member](const RuleSet& r) { return QJsonValue(r.*member); },
            [member, min, max](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
                if (!v.isDouble())
                    return notANumber(v);
                const double d = v.toDouble();
                if (d != std::floor(d))
                    return Tr::tr("%1 is not a whole number").arg(d);
                if (d < min || d > max)
                    return Tr::tr("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max);
                r.*member = static_cast<int>(d);
                return {};
            }};
}

Field boolField(const char* key, bool RuleSet::*member)
{
    return {key, [member](const RuleSet& r) { return QJsonValue(r.*member); },
            [member](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
                if (!v.isBool())
                    return Tr::tr("is not true or false");
                r.*member = v.toBool();
                return {};
            }};
}

Field stringListField(const char* key, QStringList RuleSet::*member)
{
    return {key, [member](const RuleSet& r) { return QJsonValue(stringArray(r.*member)); },
            [member](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
                if (!v.isArray())
                    return Tr::tr("is not a list of strings");
                QStringList out;
                const QJsonArray a = v.toArray();
                for (qsizetype i = 0; i < a.size(); ++i) {
                    if (!a.at(i).isString())
                        return Tr::tr("[%1] is not a string").arg(i);
                    out.append(a.at(i).toString());
                }
                r.*member = out;
                return {};
            }};
}

QJsonObject profileToJson(const Profile& p)
{
    QJsonObject labels;
    for (auto it = p.labels.cbegin(); it != p.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonArray activities;
    for (const ProfileActivity& a : p.activities)
        activities.append(QJsonObject{{QStringLiteral("code"), a.code},
                                      {QStringLiteral("supervision"), a.supervision},
                                      {QStringLiteral("deliverables"), stringArray(a.deliverables)}});
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("institution"), p.institution},
                       {QStringLiteral("country"), p.country},
                       {QStringLiteral("legal_framework"), legalFrameworkCode(p.legalFramework)},
                       {QStringLiteral("labels"), labels},
                       {QStringLiteral("activities"), activities}};
}

// Applies the keys present in @p v over @p p; returns an error message ("id: …", "[i]…") or an empty string.
QString applyProfile(Profile& p, const QJsonValue& v)
{
    static const QStringList activityCodes = {QStringLiteral("ter"), QStringLiteral("internship"),
                                              QStringLiteral("summer_school"), QStringLiteral("seminars")};
    if (!v.isObject())
        return Tr::tr("is not an object {\"id\", \"name\", \"institution\", \"country\", \"legal_framework\", "
                      "\"labels\", \"activities\"}");
    const QJsonObject o = v.toObject();
    Profile out = p;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("id") || key == QLatin1String("name") || key == QLatin1String("institution")
            || key == QLatin1String("country")) {
            if (!value.isString())
                return Tr::tr(".%1: is not a string").arg(key);
            const QString text = value.toString().trimmed();
            if (key == QLatin1String("id")) {
                if (text.isEmpty())
                    return Tr::tr(".id: a profile needs an id");
                out.id = text;
            } else if (key == QLatin1String("name")) {
                out.name = text;
            } else if (key == QLatin1String("institution")) {
                out.institution = text;
            } else {
                out.country = text;
            }
        } else if (key == QLatin1String("legal_framework")) {
            const auto f = legalFrameworkFromCode(value.toString());
            if (!value.isString() || !f)
                return Tr::tr(".legal_framework: is not \"french_education_code\" or \"none\"");
            out.legalFramework = *f;
        } else if (key == QLatin1String("labels")) {
            if (!value.isObject())
                return Tr::tr(".labels: is not an object of names by code");
            QMap<QString, QString> labels;
            const QJsonObject l = value.toObject();
            for (auto li = l.begin(); li != l.end(); ++li) {
                if (!li.value().isString() || li.value().toString().trimmed().isEmpty())
                    return Tr::tr(".labels.%1: is not a name").arg(li.key());
                labels.insert(li.key(), li.value().toString().trimmed());
            }
            out.labels = labels;
        } else if (key == QLatin1String("activities")) {
            if (!value.isArray())
                return Tr::tr(".activities: is not a list of {\"code\", \"supervision\", \"deliverables\"}");
            QList<ProfileActivity> activities;
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QJsonObject ao = a.at(i).toObject();
                ProfileActivity act;
                act.code = ao.value(QStringLiteral("code")).toString();
                if (!activityCodes.contains(act.code))
                    return Tr::tr(".activities[%1].code: is not one of %2")
                        .arg(i)
                        .arg(activityCodes.join(QStringLiteral(", ")));
                act.supervision = ao.value(QStringLiteral("supervision")).toString();
                const QJsonArray d = ao.value(QStringLiteral("deliverables")).toArray();
                for (qsizetype j = 0; j < d.size(); ++j) {
                    if (!d.at(j).isString())
                        return Tr::tr(".activities[%1].deliverables[%2]: is not a string").arg(i).arg(j);
                    act.deliverables.append(d.at(j).toString());
                }
                activities.append(act);
            }
            out.activities = activities;
        } else {
            return Tr::tr(".%1: is not a key of the profile").arg(key);
        }
    }
    p = out;
    return {};
}

const std::vector<Field>& fields()
{
    static const std::vector<Field> table = {
        {"programme", [](const RuleSet& r) { return QJsonValue(r.programme); },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             if (!v.isString())
                 return Tr::tr("is not a string");
             r.programme = v.toString();
             return {};
         }},
        {"profile", [](const RuleSet& r) { return QJsonValue(profileToJson(r.profile)); },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString { return applyProfile(r.profile, v); }},
        {"teaching_periods",
         [](const RuleSet& r) {
             QJsonArray a;
             for (const Period& p : r.teachingPeriods)
                 a.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("start"), dateCode(p.start)},
                                      {QStringLiteral("end"), dateCode(p.end)}});
             return QJsonValue(a);
         },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             if (!v.isArray())
                 return Tr::tr("is not a list of periods");
             QList<Period> out;
             const QJsonArray a = v.toArray();
             for (qsizetype i = 0; i < a.size(); ++i) {
                 const QJsonObject o = a.at(i).toObject();
                 Period p{o.value(QStringLiteral("name")).toString(), parseDate(o.value(QStringLiteral("start"))),
                          parseDate(o.value(QStringLiteral("end")))};
                 if (!a.at(i).isObject() || p.name.isEmpty())
                     return Tr::tr("[%1].name: a period needs a name").arg(i);
                 if (!p.start.isValid())
                     return Tr::tr("[%1].start: is not a date (YYYY-MM-DD)").arg(i);
                 if (!p.end.isValid())
                     return Tr::tr("[%1].end: is not a date (YYYY-MM-DD)").arg(i);
                 if (p.end < p.start)
                     return Tr::tr("[%1].end: %2 is before the start %3")
                         .arg(i)
                         .arg(dateCode(p.end), dateCode(p.start));
                 out.append(p);
             }
             r.teachingPeriods = out;
             return {};
         }},
        {"deadline", [](const RuleSet& r) { return QJsonValue(dateCode(r.deadline)); },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             const QDate d = parseDate(v);
             if (!d.isValid())
                 return Tr::tr("is not a date (YYYY-MM-DD)");
             r.deadline = d;
             return {};
         }},
        {"public_holidays_fixed",
         [](const RuleSet& r) {
             QJsonArray a;
             for (const FixedHoliday& h : r.fixedHolidays)
                 a.append(
                     QStringLiteral("%1-%2").arg(h.month, 2, 10, QLatin1Char('0')).arg(h.day, 2, 10, QLatin1Char('0')));
             return QJsonValue(a);
         },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             if (!v.isArray())
                 return Tr::tr("is not a list of \"MM-DD\" days");
             QList<FixedHoliday> out;
             const QJsonArray a = v.toArray();
             for (qsizetype i = 0; i < a.size(); ++i) {
                 // 2000 is a leap year, so 02-29 is accepted.
                 const QDate d = QDate::fromString(QStringLiteral("2000-") + a.at(i).toString(), Qt::ISODate);
                 if (!a.at(i).isString() || a.at(i).toString().size() != 5 || !d.isValid())
                     return Tr::tr("[%1]: is not a day \"MM-DD\"").arg(i);
                 out.append({d.month(), d.day()});
             }
             r.fixedHolidays = out;
             return {};
         }},
        {"public_holidays_easter_offsets",
         [](const RuleSet& r) {
             QJsonArray a;
             for (int o : r.easterHolidayOffsets)
                 a.append(o);
             return QJsonValue(a);
         },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             if (!v.isArray())
                 return Tr::tr("is not a list of day offsets");
             QList<int> out;
             const QJsonArray a = v.toArray();
             for (qsizetype i = 0; i < a.size(); ++i) {
                 const double d = a.at(i).toDouble(1000);
                 if (!a.at(i).isDouble() || d != std::floor(d) || d < -100 || d > 100)
                     return Tr::tr("[%1]: is not a whole number of days from -100 to 100").arg(i);
                 out.append(static_cast<int>(d));
             }
             r.easterHolidayOffsets = out;
             return {};
         }},
        {"default_work_days", [](const RuleSet& r) { return QJsonValue(stringArray(r.defaultWorkDays.toCodes())); },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             if (!v.isArray())
                 return Tr::tr("is not a list of days (\"mon\" … \"sun\")");
             WorkDays days(0);
             const QJsonArray a = v.toArray();
             for (qsizetype i = 0; i < a.size(); ++i) {
                 const auto d = WorkDays::dayFromCode(a.at(i).toString());
                 if (!d)
                     return Tr::tr("[%1]: is not a day (\"mon\" … \"sun\")").arg(i);
                 days.set(*d);
             }
             if (days.isEmpty())
                 return Tr::tr("needs at least one day");
             r.defaultWorkDays = days;
             return {};
         }},
        boolField("french_internship_law", &RuleSet::frenchInternshipLaw),
        numberField("full_time_weekly_hours", &RuleSet::fullTimeWeeklyHours, 1, 80),
        numberField("legal_hours_per_day", &RuleSet::legalHoursPerDay, 1, 24),
        intField("legal_days_per_month", &RuleSet::legalDaysPerMonth, 1, 31),
        {"gratification_rates",
         [](const RuleSet& r) {
             QJsonArray a;
             for (const GratificationRate& g : r.gratificationRates)
                 a.append(QJsonObject{{QStringLiteral("from"), dateCode(g.from)},
                                      {QStringLiteral("hourly_eur"), g.hourlyEur}});
             return QJsonValue(a);
         },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             if (!v.isArray())
                 return Tr::tr("is not a list of {\"from\", \"hourly_eur\"}");
             QList<GratificationRate> out;
             const QJsonArray a = v.toArray();
             for (qsizetype i = 0; i < a.size(); ++i) {
                 const QJsonObject o = a.at(i).toObject();
                 const QDate from = parseDate(o.value(QStringLiteral("from")));
                 const QJsonValue rate = o.value(QStringLiteral("hourly_eur"));
                 if (!from.isValid())
                     return Tr::tr("[%1].from: is not a date (YYYY-MM-DD)").arg(i);
                 if (!rate.isDouble() || rate.toDouble() < 0 || !std::isfinite(rate.toDouble()))
                     return Tr::tr("[%1].hourly_eur: is not an amount in euros").arg(i);
                 if (!out.isEmpty() && from <= out.last().from)
                     return Tr::tr("[%1].from: the table must be in increasing date order").arg(i);
                 out.append({from, rate.toDouble()});
             }
             r.gratificationRates = out;
             return {};
         }},
        numberField("gratification_threshold_months", &RuleSet::gratificationThresholdMonths, 0, 24),
        numberField("internship_max_months", &RuleSet::internshipMaxMonths, 0, 24),
        numberField("internship_min_weeks", &RuleSet::internshipMinWeeks, 0, 104),
        intField("lead_time_months", &RuleSet::leadTimeMonths, 0, 24),
        numberField("half_time_weekly_hours", &RuleSet::halfTimeWeeklyHours, 0, 80),
        {"internship_window",
         [](const RuleSet& r) {
             if (!r.hasInternshipWindow())
                 return QJsonValue(QJsonValue::Null);
             return QJsonValue(QJsonObject{{QStringLiteral("start"), dateCode(r.internshipWindowStart)},
                                           {QStringLiteral("end"), dateCode(r.internshipWindowEnd)}});
         },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             if (v.isNull()) {
                 r.internshipWindowStart = {};
                 r.internshipWindowEnd = {};
                 return {};
             }
             if (!v.isObject())
                 return Tr::tr("is not null or {\"start\", \"end\"}");
             const QDate start = parseDate(v.toObject().value(QStringLiteral("start")));
             const QDate end = parseDate(v.toObject().value(QStringLiteral("end")));
             if (!start.isValid())
                 return Tr::tr(".start: is not a date (YYYY-MM-DD)");
             if (!end.isValid())
                 return Tr::tr(".end: is not a date (YYYY-MM-DD)");
             if (end < start)
                 return Tr::tr(".end: %1 is before the start %2").arg(dateCode(end), dateCode(start));
             r.internshipWindowStart = start;
             r.internshipWindowEnd = end;
             return {};
         }},
        numberField("ter_min_weekly_hours", &RuleSet::terMinWeeklyHours, 0, 80),
        numberField("ter_max_weekly_hours", &RuleSet::terMaxWeeklyHours, 0, 80),
        intField("ter_min_months", &RuleSet::terMinMonths, 0, 24),
        intField("ter_max_months", &RuleSet::terMaxMonths, 0, 24),
        stringListField("challenge_prep_periods", &RuleSet::challengePrepPeriods),
        stringListField("challenge_solve_periods", &RuleSet::challengeSolvePeriods),
        intField("challenge_solve_group_size", &RuleSet::challengeSolveGroupSize, 1, 100),
        numberField("grade_max", &RuleSet::gradeMax, 1, 1000),
        intField("report_min_pages", &RuleSet::reportMinPages, 0, 1000),
        intField("report_max_pages", &RuleSet::reportMaxPages, 0, 1000),
        intField("school_min_full_time_days", &RuleSet::schoolMinFullTimeDays, 0, 365),
        intField("school_min_report_links", &RuleSet::schoolMinReportLinks, 0, 100),
        stringListField("proposed_schools", &RuleSet::proposedSchools),
        intField("seminars_min", &RuleSet::seminarsMin, 0, 1000),
        intField("seminar_paragraph_min_words", &RuleSet::seminarParagraphMinWords, 0, 10000),
        {"requirements",
         [](const RuleSet& r) {
             QJsonArray a;
             for (const Requirement& q : r.requirements)
                 a.append(
                     QJsonObject{{QStringLiteral("code"), q.code}, {QStringLiteral("any_of"), stringArray(q.anyOf)}});
             return QJsonValue(a);
         },
         [](RuleSet& r, const QJsonValue& v, const QString&) -> QString {
             static const QStringList activities = {QStringLiteral("ter"), QStringLiteral("internship"),
                                                    QStringLiteral("summer_school"), QStringLiteral("seminars")};
             if (!v.isArray())
                 return Tr::tr("is not a list of {\"code\", \"any_of\"}");
             QList<Requirement> out;
             const QJsonArray a = v.toArray();
             for (qsizetype i = 0; i < a.size(); ++i) {
                 const QJsonObject o = a.at(i).toObject();
                 Requirement q;
                 q.code = o.value(QStringLiteral("code")).toString();
                 if (q.code.isEmpty())
                     return Tr::tr("[%1].code: a requirement needs a code").arg(i);
                 const QJsonArray any = o.value(QStringLiteral("any_of")).toArray();
                 for (qsizetype j = 0; j < any.size(); ++j) {
                     if (!activities.contains(any.at(j).toString()))
                         return Tr::tr("[%1].any_of[%2]: is not one of %3")
                             .arg(i)
                             .arg(j)
                             .arg(activities.join(QStringLiteral(", ")));
                     q.anyOf.append(any.at(j).toString());
                 }
                 if (q.anyOf.isEmpty())
                     return Tr::tr("[%1].any_of: names no activity").arg(i);
                 out.append(q);
             }
             r.requirements = out;
             return {};
         }},
        stringListField("disabled_rules", &RuleSet::disabledRules),
    };
    return table;
}

} // namespace

QString legalFrameworkCode(LegalFramework f)
{
    switch (f) {
    case LegalFramework::FrenchEducationCode:
        return QStringLiteral("french_education_code");
    case LegalFramework::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<LegalFramework> legalFrameworkFromCode(const QString& code)
{
    if (code == QLatin1String("french_education_code"))
        return LegalFramework::FrenchEducationCode;
    if (code == QLatin1String("none"))
        return LegalFramework::None;
    return std::nullopt;
}

Profile Profile::parisSaclayM1()
{
    Profile p;
    p.id = QStringLiteral("paris-saclay-m1");
    p.name = QStringLiteral("M1 Artificial Intelligence");
    p.institution = QStringLiteral("Université Paris-Saclay");
    p.country = QStringLiteral("FR");
    p.legalFramework = LegalFramework::FrenchEducationCode;
    p.activities = {
        {QStringLiteral("ter"),
         QStringLiteral("researchers of a lab, at Université Paris-Saclay or approved"),
         {QStringLiteral("report"), QStringLiteral("grade")}},
        {QStringLiteral("internship"),
         QStringLiteral("the host supervisor (tutor) and the academic advisor"),
         {QStringLiteral("agreement"), QStringLiteral("proof"), QStringLiteral("report")}},
        {QStringLiteral("summer_school"), QStringLiteral("the academic advisor"), {QStringLiteral("report")}},
        {QStringLiteral("seminars"), QStringLiteral("the academic advisor"), {QStringLiteral("paragraphs")}},
    };
    return p;
}

RuleSet RuleSet::forProfile(const QString& id, AcademicYear year)
{
    Result<RuleSet> r = Profiles::load(id, year);
    return r ? r.value() : parisSaclayM1(year);
}

RuleSet RuleSet::parisSaclayM1(AcademicYear year)
{
    const int y = year.startYear;
    RuleSet r;
    r.programme = QStringLiteral("Université Paris-Saclay — M1 Artificial Intelligence");
    r.year = year;
    r.teachingPeriods = {
        {QStringLiteral("T1"), QDate(y, 9, 1), QDate(y, 10, 31)},
        {QStringLiteral("T2"), QDate(y, 11, 1), QDate(y, 12, 31)},
        {QStringLiteral("T3"), QDate(y + 1, 1, 1), QDate(y + 1, 3, 1).addDays(-1)},
        {QStringLiteral("T4"), QDate(y + 1, 3, 1), QDate(y + 1, 4, 30)},
    };
    r.deadline = QDate(y + 1, 6, 30);
    // French public holidays (Code du travail, L3133-1); Easter-relative ones are computed.
    r.fixedHolidays = {{1, 1}, {5, 1}, {5, 8}, {7, 14}, {8, 15}, {11, 1}, {11, 11}, {12, 25}};
    r.easterHolidayOffsets = {1, 39, 50};
    // Legal minimum hourly gratification: 15 % of the social-security hourly ceiling
    // (Code de l'éducation D124-8; 13.75 % for agreements before 1 Sep 2015), which changes on
    // 1 January. Ceilings from the yearly arrêtés fixing the "plafond de la sécurité sociale"
    // (24 € 2015–2017, 25 € 2018–2019, 26 € 2020–2022, 27 € 2023, 29 € 2024–2025, 30 € 2026), as
    // published on service-public.fr (fiche F32131, "Gratification minimale d'un stagiaire").
    r.gratificationRates = {
        {QDate(2015, 1, 1), 3.30}, {QDate(2015, 9, 1), 3.60}, {QDate(2016, 1, 1), 3.60}, {QDate(2017, 1, 1), 3.60},
        {QDate(2018, 1, 1), 3.75}, {QDate(2019, 1, 1), 3.75}, {QDate(2020, 1, 1), 3.90}, {QDate(2021, 1, 1), 3.90},
        {QDate(2022, 1, 1), 3.90}, {QDate(2023, 1, 1), 4.05}, {QDate(2024, 1, 1), 4.35}, {QDate(2025, 1, 1), 4.35},
        {QDate(2026, 1, 1), 4.50},
    };
    r.challengePrepPeriods = {QStringLiteral("T1"), QStringLiteral("T2")};
    r.challengeSolvePeriods = {QStringLiteral("T4")};
    r.requirements = {
        {QStringLiteral("TER"), {QStringLiteral("ter")}},
        {QStringLiteral("INTERNSHIP_OR_ALTERNATIVE"),
         {QStringLiteral("internship"), QStringLiteral("summer_school"), QStringLiteral("seminars")}},
    };
    return r;
}

std::optional<double> RuleSet::gratificationRateOn(QDate date) const
{
    std::optional<double> rate;
    for (const GratificationRate& g : gratificationRates) {
        if (g.from <= date)
            rate = g.hourlyEur;
        else
            break;
    }
    return rate;
}

const Period* RuleSet::period(const QString& name) const
{
    for (const Period& p : teachingPeriods) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QJsonObject RuleSet::toJson() const
{
    QJsonObject o;
    for (const Field& f : fields())
        o.insert(QLatin1String(f.key), f.get(*this));
    return o;
}

Status RuleSet::applyJson(const QJsonObject& json, const QString& path)
{
    RuleSet copy = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const Field* field = nullptr;
        for (const Field& f : fields()) {
            if (it.key() == QLatin1String(f.key)) {
                field = &f;
                break;
            }
        }
        const QString keyPath = path + QLatin1Char('.') + it.key();
        if (!field)
            return Status::failure(Tr::tr("%1: is not a rule of the rule set").arg(keyPath));
        const QString error = field->set(copy, it.value(), keyPath);
        if (!error.isEmpty()) {
            // Element errors start with "[i]" and sub-key errors with ".key": both attach without a space.
            const QString sep = error.startsWith(QLatin1Char('[')) || error.startsWith(QLatin1Char('.'))
                                    ? QString()
                                    : QStringLiteral(": ");
            return Status::failure(keyPath + sep + error);
        }
    }
    if (copy.reportMaxPages < copy.reportMinPages)
        return Status::failure(Tr::tr("%1.report_max_pages: is below report_min_pages").arg(path));
    if (copy.terMaxWeeklyHours < copy.terMinWeeklyHours)
        return Status::failure(Tr::tr("%1.ter_max_weekly_hours: is below ter_min_weekly_hours").arg(path));
    if (copy.terMaxMonths < copy.terMinMonths)
        return Status::failure(Tr::tr("%1.ter_max_months: is below ter_min_months").arg(path));
    *this = copy;
    return {};
}

} // namespace interntrack

#include "ItemListJson.h"

#include "CohortJson.h"
#include "CsvErrors.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <initializer_list>

namespace interntrack {

namespace {

QString shown(const QJsonValue& value)
{
    if (value.isUndefined())
        return ItemListJson::tr("nothing");
    // QJsonDocument holds only containers: wrap the value and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("…");
    return text;
}

/// Reads one object of a hosts or TER subjects list, collecting its problems as "[i].key: what".
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& object, QString path, CsvErrors& errors)
        : m_object(object)
        , m_path(std::move(path))
        , m_errors(errors)
    {
    }

    void fail(const QString& key, const QString& what)
    {
        m_errors.add(m_path + QLatin1Char('.') + key + QStringLiteral(": ") + what);
    }
    void fail(const char* key, const QString& what) { fail(QString(QLatin1String(key)), what); }

    void onlyKeys(std::initializer_list<const char*> known)
    {
        QStringList names;
        for (const char* k : known)
            names.append(QLatin1String(k));
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!names.contains(it.key()))
                fail(it.key(), ItemListJson::tr("unknown key (known keys: %1)").arg(names.join(QStringLiteral(", "))));
        }
    }

    QString string(const char* key, bool required)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QLatin1String(key), ItemListJson::tr("is required"));
            return {};
        }
        if (!v.isString()) {
            fail(QLatin1String(key), ItemListJson::tr("%1 is not a text").arg(shown(v)));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(QLatin1String(key), ItemListJson::tr("may not be empty"));
        return v.toString();
    }

    bool boolean(const char* key, bool defaultValue)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return defaultValue;
        if (!v.isBool()) {
            fail(QLatin1String(key), ItemListJson::tr("%1 is not true or false").arg(shown(v)));
            return defaultValue;
        }
        return v.toBool();
    }

    std::optional<int> integer(const char* key, int min, int max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
            fail(QLatin1String(key),
                 ItemListJson::tr("%1 is not a whole number from %2 to %3").arg(shown(v)).arg(min).arg(max));
            return std::nullopt;
        }
        return int(d);
    }

    template<typename E>
    E code(const char* key, E defaultValue, std::optional<E> (*fromCode)(const QString&), const QString& codes)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return defaultValue;
        const std::optional<E> e = v.isString() ? fromCode(v.toString()) : std::nullopt;
        if (!e) {
            fail(QLatin1String(key), ItemListJson::tr("%1 is not one of %2").arg(shown(v), codes));
            return defaultValue;
        }
        return *e;
    }

    /// The object under @p key (empty when absent); a reader for it through @p child.
    std::optional<QJsonObject> object(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(QLatin1String(key), ItemListJson::tr("%1 is not an object").arg(shown(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    QJsonArray array(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(QLatin1String(key), ItemListJson::tr("%1 is not a list").arg(shown(v)));
            return {};
        }
        return v.toArray();
    }

    QString path(const char* key) const { return m_path + QLatin1Char('.') + QLatin1String(key); }

private:
    QJsonObject m_object;
    QString m_path;
    CsvErrors& m_errors;
};

QString indexPath(qsizetype i)
{
    return QStringLiteral("[%1]").arg(i);
}

QString hostKinds()
{
    return hostKindCode(HostKind::PublicLab) + QStringLiteral(", ") + hostKindCode(HostKind::Company);
}

QString terKinds()
{
    return terKindCode(TerKind::Research) + QStringLiteral(", ") + terKindCode(TerKind::ChallengePrep)
           + QStringLiteral(", ") + terKindCode(TerKind::ChallengeSolve);
}

void readHosts(const QJsonArray& array, CsvItems& out, CsvErrors& errors)
{
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors.add(indexPath(i) + QStringLiteral(": ")
                       + ItemListJson::tr("%1 is not an object").arg(shown(array.at(i))));
            continue;
        }
        ObjectReader r(array.at(i).toObject(), indexPath(i), errors);
        r.onlyKeys({"name", "kind", "ai_research", "address", "city", "country", "tutors"});
        HostEntry e;
        e.host.name = r.string("name", true);
        e.host.kind = r.code<HostKind>("kind", HostKind::Company, &hostKindFromCode, hostKinds());
        e.host.aiResearch = r.boolean("ai_research", true);
        e.host.address = r.string("address", false);
        e.host.city = r.string("city", false);
        e.host.country = r.string("country", false);
        const QJsonArray tutors = r.array("tutors");
        for (qsizetype k = 0; k < tutors.size(); ++k) {
            const QString path = r.path("tutors") + indexPath(k);
            if (!tutors.at(k).isObject()) {
                errors.add(path + QStringLiteral(": ")
                           + ItemListJson::tr("%1 is not an object").arg(shown(tutors.at(k))));
                continue;
            }
            ObjectReader t(tutors.at(k).toObject(), path, errors);
            t.onlyKeys({"name", "email", "phone"});
            e.tutors.append(Tutor{t.string("name", true), t.string("email", false), t.string("phone", false)});
        }
        if (!e.host.name.isEmpty()) {
            if (const auto it = byName.constFind(e.host.name); it != byName.cend())
                r.fail("name",
                       ItemListJson::tr("\"%1\" is already the name of %2").arg(e.host.name, indexPath(it.value())));
            byName.insert(e.host.name, i);
        }
        out.hosts.append(e);
    }
}

void readSubjects(const QJsonArray& array, CsvItems& out, CsvErrors& errors)
{
    QHash<QString, qsizetype> byTitle;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors.add(indexPath(i) + QStringLiteral(": ")
                       + ItemListJson::tr("%1 is not an object").arg(shown(array.at(i))));
            continue;
        }
        ObjectReader r(array.at(i).toObject(), indexPath(i), errors);
        r.onlyKeys({"subject", "kind", "capacity", "lab"});
        TerSubject s;
        s.title = r.string("subject", true);
        s.kind = r.code<TerKind>("kind", TerKind::Research, &terKindFromCode, terKinds());
        s.capacity = r.integer("capacity", 1, 1000);
        if (const std::optional<QJsonObject> lab = r.object("lab")) {
            ObjectReader l(*lab, r.path("lab"), errors);
            l.onlyKeys({"name", "in_paris_saclay"});
            s.lab.name = l.string("name", false);
            s.lab.inParisSaclay = l.boolean("in_paris_saclay", true);
        }
        if (!s.title.isEmpty()) {
            if (const auto it = byTitle.constFind(s.title); it != byTitle.cend())
                r.fail("subject",
                       ItemListJson::tr("\"%1\" is already the subject of %2").arg(s.title, indexPath(it.value())));
            byTitle.insert(s.title, i);
        }
        out.terSubjects.append(s);
    }
}

/// The cohort JSON reader's messages name paths like "internships[3].start": the file is the bare list.
QString asListPaths(const QString& message, const QString& key, const QString& source)
{
    QStringList lines = message.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(key + QLatin1Char('[')))
            line.remove(0, key.size());
        line = source + QStringLiteral(": ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ItemListJson::cohortKey(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Students:
        return QStringLiteral("students");
    case CsvKind::Ters:
        return QStringLiteral("ters");
    case CsvKind::Internships:
        return QStringLiteral("internships");
    case CsvKind::Seminars:
        return QStringLiteral("seminars");
    case CsvKind::SummerSchools:
        return QStringLiteral("summer_schools");
    case CsvKind::Hosts:
    case CsvKind::TerSubjects:
        break;
    }
    return {};
}

bool ItemListJson::looksLikeJson(const QByteArray& bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size()
           && (bytes.at(i) == ' ' || bytes.at(i) == '\t' || bytes.at(i) == '\r' || bytes.at(i) == '\n'))
        ++i;
    return i < bytes.size() && bytes.at(i) == '[';
}

QByteArray ItemListJson::write(const CsvItems& items, AcademicYear year)
{
    QJsonArray array;
    switch (items.kind) {
    case CsvKind::Hosts:
        for (const HostEntry& e : items.hosts) {
            QJsonArray tutors;
            for (const Tutor& t : e.tutors)
                tutors.append(QJsonObject{{QStringLiteral("name"), t.name},
                                          {QStringLiteral("email"), t.email},
                                          {QStringLiteral("phone"), t.phone}});
            array.append(QJsonObject{{QStringLiteral("name"), e.host.name},
                                     {QStringLiteral("kind"), hostKindCode(e.host.kind)},
                                     {QStringLiteral("ai_research"), e.host.aiResearch},
                                     {QStringLiteral("address"), e.host.address},
                                     {QStringLiteral("city"), e.host.city},
                                     {QStringLiteral("country"), e.host.country},
                                     {QStringLiteral("tutors"), tutors}});
        }
        break;
    case CsvKind::TerSubjects:
        for (const TerSubject& s : items.terSubjects) {
            array.append(QJsonObject{
                {QStringLiteral("subject"), s.title},
                {QStringLiteral("kind"), terKindCode(s.kind)},
                {QStringLiteral("capacity"), s.capacity ? QJsonValue(*s.capacity) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("lab"), QJsonObject{{QStringLiteral("name"), s.lab.name},
                                                    {QStringLiteral("in_paris_saclay"), s.lab.inParisSaclay}}}});
        }
        break;
    default: {
        Cohort cohort;
        cohort.rules = RuleSet::parisSaclayM1(year);
        cohort.students = items.students;
        cohort.ters = items.ters;
        cohort.internships = items.internships;
        cohort.seminars = items.seminars;
        cohort.summerSchools = items.summerSchools;
        array = cohortToJson(cohort).value(cohortKey(items.kind)).toArray();
        break;
    }
    }
    if (array.isEmpty())
        return QByteArrayLiteral("[]\n");
    // One item per line: a list a person can read, and diff.
    QByteArray out = QByteArrayLiteral("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += QJsonDocument(QJsonArray{array.at(i)}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
        out += i + 1 < array.size() ? QByteArrayLiteral(",\n") : QByteArrayLiteral("\n");
    }
    out += "]\n";
    return out;
}

Result<CsvItems> ItemListJson::read(CsvKind kind, const QByteArray& json, const QString& source, AcademicYear year)
{
    using R = Result<CsvItems>;
    QJsonParseError parseError;
    const QByteArray body = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = body.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return R::failure(
            tr("%1:%2:%3: not valid JSON: %4").arg(source).arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!doc.isArray())
        return R::failure(tr("%1: is not a JSON list ([…]) of %2").arg(source, csvKindCode(kind)));
    const QJsonArray array = doc.array();

    CsvItems out;
    out.kind = kind;
    out.source = source;
    CsvErrors errors;
    if (kind == CsvKind::Hosts || kind == CsvKind::TerSubjects) {
        if (kind == CsvKind::Hosts)
            readHosts(array, out, errors);
        else
            readSubjects(array, out, errors);
        if (!errors.isEmpty())
            return R::failure(asListPaths(errors.message(), QString(), source));
        return out;
    }

    // The cohort reader checks each item; the students the items name are given to it as bare ids (the
    // database, not this file, says whether they exist).
    const QString key = cohortKey(kind);
    QJsonObject root{{QStringLiteral("academic_year"), year.toString()}};
    if (kind == CsvKind::Students) {
        root.insert(key, array);
    } else {
        QJsonArray stubs;
        QSet<QString> seen;
        const auto stub = [&](const QJsonValue& v) {
            if (v.isString() && !v.toString().isEmpty() && !seen.contains(v.toString())) {
                seen.insert(v.toString());
                stubs.append(QJsonObject{{QStringLiteral("id"), v.toString()}});
            }
        };
        for (const QJsonValue item : array) {
            const QJsonObject o = item.toObject();
            stub(o.value(QLatin1String("student")));
            const QJsonArray list = o.value(QLatin1String("students")).toArray();
            for (const QJsonValue s : list)
                stub(s);
        }
        root.insert(QStringLiteral("students"), stubs);
        root.insert(key, array);
    }
    const Result<Cohort> cohort = readCohortJson(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!cohort)
        return R::failure(asListPaths(cohort.error(), key, source));
    out.students = kind == CsvKind::Students ? cohort->students : QList<Student>();
    out.ters = cohort->ters;
    out.internships = cohort->internships;
    out.seminars = cohort->seminars;
    out.summerSchools = cohort->summerSchools;
    return out;
}

} // namespace interntrack

#include "OffersFile.h"

#include "CsvErrors.h"
#include "IsoDate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>
#include <initializer_list>

namespace interntrack {

namespace {

const char* const kTopKeys[] = {"format", "version", "academic_year", "offers"};
const char* const kOfferKeys[] = {"id",
                                  "title",
                                  "host_name",
                                  "host_kind",
                                  "ai_research",
                                  "city",
                                  "country",
                                  "topics",
                                  "description",
                                  "start_earliest",
                                  "start_latest",
                                  "weeks",
                                  "gratification_eur",
                                  "contact_name",
                                  "contact_email",
                                  "url",
                                  "posted",
                                  "closed"};

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(isoDate(d)) : QJsonValue(QJsonValue::Null);
}

/// A JSON value as it appears in the file, shortened, for messages.
QString shown(const QJsonValue& value)
{
    // QJsonDocument holds only containers: wrap the value and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    if (text.size() > 80)
        text = text.left(77) + QStringLiteral("…");
    return text;
}

/// Reads the keys of one JSON object, collecting its problems as "<path>.<key>: what".
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& object, QString path, CsvErrors& errors)
        : m_object(object)
        , m_path(std::move(path))
        , m_errors(errors)
    {
    }

    QString pathOf(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    void fail(const QString& key, const QString& what) { m_errors.add(pathOf(key) + QStringLiteral(": ") + what); }

    template<size_t N>
    void onlyKeys(const char* const (&known)[N])
    {
        QStringList names;
        for (const char* k : known)
            names.append(QLatin1String(k));
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!names.contains(it.key()))
                fail(it.key(), OffersFile::tr("unknown key"));
        }
    }

    /// The value of @p key; undefined (and reported) when missing.
    QJsonValue value(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            fail(QLatin1String(key), OffersFile::tr("is missing"));
        return v;
    }

    QString string(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            fail(QLatin1String(key), OffersFile::tr("%1 is not a text").arg(shown(v)));
            return {};
        }
        return v.toString();
    }

    bool boolean(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool()) {
            fail(QLatin1String(key), OffersFile::tr("%1 is not true or false").arg(shown(v)));
            return false;
        }
        return v.toBool();
    }

    /// A whole number in [@p min, @p max].
    qint64 integer(const char* key, qint64 min, qint64 max)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(QLatin1String(key),
                 OffersFile::tr("%1 is not a whole number from %2 to %3").arg(shown(v)).arg(min).arg(max));
            return 0;
        }
        return qint64(d);
    }

    double number(const char* key, double min)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return 0.0;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min) {
            fail(QLatin1String(key), OffersFile::tr("%1 is not a number of at least %2").arg(shown(v)).arg(min));
            return 0.0;
        }
        return v.toDouble();
    }

    /// A 'YYYY-MM-DD' date or null.
    QDate date(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        const QDate d = v.isString() ? parseIsoDate(v.toString().toUtf8()) : QDate();
        if (!d.isValid())
            fail(QLatin1String(key), OffersFile::tr("%1 is not a date (YYYY-MM-DD, or null)").arg(shown(v)));
        return d;
    }

    QStringList topics(const char* key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            fail(QLatin1String(key), OffersFile::tr("%1 is not a list of texts").arg(shown(v)));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            const QJsonValue t = array.at(i);
            if (!t.isString())
                fail(at, OffersFile::tr("%1 is not a text").arg(shown(t)));
            else if (t.toString().contains(QLatin1Char(',')))
                fail(at, OffersFile::tr("%1 holds a comma: give each topic on its own").arg(shown(t)));
            else if (t.toString().trimmed().isEmpty())
                fail(at, OffersFile::tr("is empty"));
            else
                out.append(t.toString().trimmed());
        }
        return out;
    }

private:
    QJsonObject m_object;
    QString m_path;
    CsvErrors& m_errors;
};

Offer readOffer(const QJsonObject& object, const QString& path, AcademicYear year, CsvErrors& errors)
{
    ObjectReader r(object, path, errors);
    r.onlyKeys(kOfferKeys);
    Offer o;
    o.year = year;
    o.id = r.integer("id", 0, qint64(1) << 53);
    o.title = r.string("title");
    if (object.value(QLatin1String("title")).isString() && o.title.trimmed().isEmpty())
        r.fail(QStringLiteral("title"), OffersFile::tr("may not be empty"));
    o.hostName = r.string("host_name");
    const QJsonValue kind = r.value("host_kind");
    if (!kind.isUndefined()) {
        if (const std::optional<HostKind> k = hostKindFromCode(kind.toString()); kind.isString() && k)
            o.hostKind = *k;
        else
            r.fail(QStringLiteral("host_kind"),
                   OffersFile::tr("%1 is not \"public_lab\" or \"company\"").arg(shown(kind)));
    }
    o.aiResearch = r.boolean("ai_research");
    o.city = r.string("city");
    o.country = r.string("country");
    o.topics = r.topics("topics");
    o.description = r.string("description");
    o.startEarliest = r.date("start_earliest");
    o.startLatest = r.date("start_latest");
    if (o.startEarliest.isValid() && o.startLatest.isValid() && o.startLatest < o.startEarliest)
        r.fail(
            QStringLiteral("start_latest"),
            OffersFile::tr("%1 is before start_earliest (%2)").arg(isoDate(o.startLatest), isoDate(o.startEarliest)));
    o.weeks = int(r.integer("weeks", 0, 520));
    o.gratificationEur = r.number("gratification_eur", 0.0);
    o.contactName = r.string("contact_name");
    o.contactEmail = r.string("contact_email");
    o.url = r.string("url");
    o.posted = r.date("posted");
    o.closed = r.boolean("closed");
    return o;
}

} // namespace

QByteArray OffersFile::write(AcademicYear year, const QList<Offer>& offers)
{
    QJsonArray list;
    for (const Offer& o : offers) {
        list.append(QJsonObject{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("host_name"), o.hostName},
            {QStringLiteral("host_kind"), hostKindCode(o.hostKind)},
            {QStringLiteral("ai_research"), o.aiResearch},
            {QStringLiteral("city"), o.city},
            {QStringLiteral("country"), o.country},
            {QStringLiteral("topics"), QJsonArray::fromStringList(o.topics)},
            {QStringLiteral("description"), o.description},
            {QStringLiteral("start_earliest"), dateValue(o.startEarliest)},
            {QStringLiteral("start_latest"), dateValue(o.startLatest)},
            {QStringLiteral("weeks"), o.weeks},
            {QStringLiteral("gratification_eur"), o.gratificationEur},
            {QStringLiteral("contact_name"), o.contactName},
            {QStringLiteral("contact_email"), o.contactEmail},
            {QStringLiteral("url"), o.url},
            {QStringLiteral("posted"), dateValue(o.posted)},
            {QStringLiteral("closed"), o.closed},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("academic_year"), year.toString()},
        {QStringLiteral("offers"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<OffersFile::Contents> OffersFile::read(const QByteArray& bytes, const QString& source)
{
    using R = Result<Contents>;
    if (bytes.trimmed().isEmpty())
        return R::failure(tr("%1 is empty: it is not an offers file. Ask the advisor for the file again.").arg(source));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return R::failure(tr("%1 cannot be read: it is not complete JSON (%2, at byte %3). It may have been cut short "
                             "or is not an offers file; ask the advisor for the file again.")
                              .arg(source, parseError.errorString())
                              .arg(parseError.offset));
    }
    const QJsonObject root = doc.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!doc.isObject() || format != QJsonValue(formatName())) {
        return R::failure(tr("%1 is not an InternTrack offers file (its \"format\" should be \"%2\", it is %3).")
                              .arg(source, formatName(), doc.isObject() ? shown(format) : tr("not given")));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1)
        return R::failure(tr("%1: version: %2 is not a format version (1, 2…).").arg(source, shown(version)));
    if (version.toDouble() > kVersion)
        return R::failure(tr("%1 was written by a newer version of InternTrack (offers format version %2; this version "
                             "reads version %3). Update InternTrack to read it.")
                              .arg(source)
                              .arg(version.toDouble())
                              .arg(kVersion));

    CsvErrors errors;
    ObjectReader top(root, QString(), errors);
    top.onlyKeys(kTopKeys);
    Contents contents;
    const QString yearText = top.string("academic_year");
    if (root.value(QLatin1String("academic_year")).isString()) {
        const std::optional<AcademicYear> year = AcademicYear::parse(yearText);
        if (year && year->isValid())
            contents.year = *year;
        else
            top.fail(QStringLiteral("academic_year"),
                     tr("%1 is not an academic year such as \"2025-2026\"").arg(shown(QJsonValue(yearText))));
    }
    const QJsonValue offers = top.value("offers");
    if (!offers.isUndefined() && !offers.isArray())
        top.fail(QStringLiteral("offers"), tr("%1 is not a list of offers").arg(shown(offers)));
    const QJsonArray list = offers.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("offers[%1]").arg(i);
        if (!list.at(i).isObject()) {
            errors.add(path + QStringLiteral(": ") + tr("%1 is not an offer (a JSON object)").arg(shown(list.at(i))));
            continue;
        }
        contents.offers.append(readOffer(list.at(i).toObject(), path, contents.year, errors));
    }
    if (!errors.isEmpty()) {
        QStringList lines = errors.message().split(QLatin1Char('\n'));
        for (QString& line : lines)
            line = source + QStringLiteral(": ") + line;
        return R::failure(lines.join(QLatin1Char('\n')));
    }
    return contents;
}

Status OffersFile::save(const QString& path, AcademicYear year, const QList<Offer>& offers)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = write(year, offers);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2. The file was not changed.").arg(path, file.errorString()));
    return {};
}

Result<OffersFile::Contents> OffersFile::load(const QString& path)
{
    using R = Result<Contents>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxBytes)
        return R::failure(
            tr("%1 is too large for an offers file (%2 bytes; at most %3).").arg(path).arg(file.size()).arg(kMaxBytes));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return read(bytes, QFileInfo(path).fileName());
}

} // namespace interntrack

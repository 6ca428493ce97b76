#include "CohortJson.h"

#include "IsoDate.h"
#include "domain/Profiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <limits>
#include <string_view>
#include <vector>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CohortJson)
};

using Json = rapidjson::Value;

// Enough to fix a file in one go without drowning the user when the whole file is wrong.
constexpr qsizetype kMaxErrors = 30;
// Dates further than this from the academic year are typos ("2206-05-04"), not plans.
constexpr int kMaxYearsFromAcademicYear = 10;
constexpr double kHoursInWeek = 168.0;
// A whole number field never needs more; keeps the conversion to int defined.
constexpr double kMaxCount = 1000000.0;
// Qt's JSON parser has the same limit; it also bounds the recursion of the parser and of toQJson().
constexpr int kMaxDepth = 1024;
// kParseStopWhenDoneFlag: parseDocument() checks what follows the document itself. Full precision
// keeps the round trip of any number exact; it costs nothing measurable on a cohort's short numbers.
// Numbers are read as their text and converted here (DepthLimitedHandler::RawNumber): RapidJSON 1.1.0's own
// conversion (Debian 12) reads "0e55" or "0.184467440737095516159" as garbage and takes a number too large for
// a double (Tencent/rapidjson#1249, #1441, #2326; found by tests/fuzz/fuzz_cohortjson).
constexpr unsigned kParseFlags = rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseNumbersAsStringsFlag;
// A file in Latin-1 must fail, not become mojibake ids. The parser's own check costs a third of its time,
// so the input is checked at once first (QByteArrayView::isValidUtf8, many GB/s); the parser checks only
// an invalid input, to say where the first problem is.
constexpr unsigned kParseFlagsValidating = kParseFlags | rapidjson::kParseValidateEncodingFlag;

QString dateCode(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::string_view view(const Json& v)
{
    return {v.GetString(), v.GetStringLength()};
}

QString text(const Json& v)
{
    return QString::fromUtf8(v.GetString(), qsizetype(v.GetStringLength()));
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// @p s as a JSON string literal: quoted, with control characters escaped so a message stays one line.
QString printable(const QString& s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

/// A key as it appears in a path: as is when plain, JSON-quoted when it holds odd characters.
QString pathKey(const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_$-]+$"));
    return plain.match(key).hasMatch() ? key : QLatin1Char('[') + printable(key) + QLatin1Char(']');
}

QString childPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/// The path of the member @p key (any text) of the object at @p path.
QString memberPath(const QString& path, const QString& key)
{
    const QString k = pathKey(key);
    return k.startsWith(QLatin1Char('[')) ? path + k : childPath(path, key);
}

QString indexPath(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

/// A string for messages: quoted, shortened when long.
QString shown(QString s)
{
    if (s.size() > 40)
        s = s.left(40) + QChar(0x2026);
    return printable(s);
}

/// A short rendering of a JSON value for messages: strings quoted, containers named.
QString shown(const Json& v)
{
    switch (v.GetType()) {
    case rapidjson::kStringType:
        return shown(text(v));
    case rapidjson::kArrayType:
        return Tr::tr("a list");
    case rapidjson::kObjectType:
        return Tr::tr("an object");
    case rapidjson::kNullType:
        return QStringLiteral("null");
    case rapidjson::kFalseType:
        return QStringLiteral("false");
    case rapidjson::kTrueType:
        return QStringLiteral("true");
    case rapidjson::kNumberType:
        // The JSON spelling of the number, as Qt's JSON writer gives it back to a user.
        if (v.IsInt64())
            return QString::number(v.GetInt64());
        return QString::number(v.GetDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return Tr::tr("nothing");
}

QString duplicateKeyMessage()
{
    return Tr::tr("duplicate key: a key may appear only once in an object");
}

/// Levenshtein distance, for "did you mean" on unknown keys.
int editDistance(const QString& a, const QString& b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

/// Collects "<path>: <what>" errors.
class Errors
{
public:
    void add(const QString& path, const QString& what)
    {
        ++m_count;
        if (m_lines.size() < kMaxErrors)
            m_lines.append(path + QStringLiteral(": ") + what);
    }
    void addLine(const QString& line)
    {
        ++m_count;
        if (m_lines.size() < kMaxErrors)
            m_lines.append(line);
    }
    bool isEmpty() const { return m_count == 0; }
    QString text() const
    {
        QStringList lines = m_lines;
        if (m_count > m_lines.size())
            lines.append(Tr::tr("… and %n more problem(s)", nullptr, int(m_count - m_lines.size())));
        return lines.join(QLatin1Char('\n'));
    }

private:
    QStringList m_lines;
    qsizetype m_count = 0;
};

/// Where a value sits in the input: a chain of nodes on the stack, made into text only for a message.
struct Path
{
    const Path* parent = nullptr;
    const char* key = nullptr; ///< a member of the parent object, or…
    qsizetype index = -1; ///< …an element of the parent list

    QString toString() const
    {
        const QString p = parent ? parent->toString() : QString();
        if (key)
            return childPath(p, QLatin1String(key));
        if (index >= 0)
            return indexPath(p, index);
        return p;
    }
};

template<typename Word>
Word load(const char* p)
{
    Word w;
    std::memcpy(&w, p, sizeof w); // one unaligned load
    return w;
}

/**
 * memcmp() == 0 for the few bytes of keys and names, without a call: two overlapping word loads
 * cover 4 to 16 bytes, all inside [0, n).
 */
bool sameBytes(const char* a, const char* b, size_t n)
{
    if (n >= 8) {
        if (n > 16)
            return std::memcmp(a, b, n) == 0;
        return load<quint64>(a) == load<quint64>(b) && load<quint64>(a + n - 8) == load<quint64>(b + n - 8);
    }
    if (n >= 4)
        return load<quint32>(a) == load<quint32>(b) && load<quint32>(a + n - 4) == load<quint32>(b + n - 4);
    for (size_t i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

/**
 * The keys an object may have, in the order they are read (the order of "did you mean"). Finding a
 * key costs one table look-up by first byte and, nearly always, one comparison.
 */
class KeyTable
{
public:
    static constexpr int kMaxKeys = 32;

    KeyTable(std::initializer_list<const char*> keys)
    {
        for (const char* k : keys) {
            Q_ASSERT(*k && m_keys.size() < size_t(kMaxKeys));
            m_byFirstByte[static_cast<unsigned char>(k[0])] |= quint32(1) << m_keys.size();
            m_keys.emplace_back(k);
        }
    }

    /// The index of @p key; -1 when it is not one of the table.
    int find(std::string_view key) const
    {
        if (key.empty())
            return -1;
        for (quint32 m = m_byFirstByte[static_cast<unsigned char>(key[0])]; m; m &= m - 1) {
            const int i = std::countr_zero(m);
            const std::string_view k = m_keys[size_t(i)];
            if (k.size() == key.size() && sameBytes(k.data(), key.data(), k.size()))
                return i;
        }
        return -1;
    }
    int size() const { return int(m_keys.size()); }
    const char* key(int i) const { return m_keys[size_t(i)].data(); }
    QStringList names() const
    {
        QStringList out;
        for (std::string_view k : m_keys)
            out.append(QLatin1String(k.data(), qsizetype(k.size())));
        return out;
    }

private:
    std::vector<std::string_view> m_keys;
    std::array<quint32, 256> m_byFirstByte{};
};

// The keys of each kind of object, in the order the reader takes them.
const KeyTable kRootKeys{"academic_year", "rules", "today",          "stage",   "students",
                         "internships",   "ters",  "summer_schools", "seminars"};
const KeyTable kStudentKeys{"id", "name", "email", "student_number", "overrides"};
const KeyTable kInternshipKeys{"id",           "student",    "host",          "tutor",           "subject",
                               "start",        "end",        "weekly_hours",  "work_days",       "absences",
                               "submitted",    "signatures", "gratification", "previous_summer", "proof",
                               "report_pages", "overrides",  "state",         "host_screening"};
const KeyTable kHostKeys{"name", "kind", "ai_research", "address", "city", "country"};
const KeyTable kTutorKeys{"name", "email", "phone"};
const KeyTable kSignatureKeys{"student", "host", "tutor", "university"};
const KeyTable kGratificationKeys{"amount_eur", "per"};
const KeyTable kOverrideKeys{"rule", "by", "at", "reason"};
const KeyTable kTerKeys{"id",  "students",     "kind", "subject",      "capacity", "lab",       "supervisor", "start",
                        "end", "weekly_hours", "paid", "report_pages", "grade",    "overrides", "state"};
const KeyTable kLabKeys{"name", "in_paris_saclay"};
const KeyTable kSchoolKeys{"id",           "student",      "name",      "proposed", "start", "end", "full_time_days",
                           "report_pages", "report_links", "overrides", "state"};
const KeyTable kSeminarKeys{"id", "student", "title", "date", "paragraph", "overrides"};

/**
 * One QString for all the equal values of fields that repeat from item to item (host, tutor, lab
 * names): fewer allocations while reading, less memory afterwards. Keys are views into the parsed
 * document, which outlives the pool.
 */
class StringPool
{
public:
    QString get(std::string_view s)
    {
        if (m_slots.empty())
            m_slots.resize(1024);
        const quint32 h = quint32(std::hash<std::string_view>{}(s));
        const size_t mask = m_slots.size() - 1;
        size_t i = h & mask;
        for (; m_slots[i].data; i = (i + 1) & mask) {
            const Slot& slot = m_slots[i];
            if (slot.hash == h && slot.size == s.size() && sameBytes(slot.data, s.data(), s.size()))
                return slot.value;
        }
        QString value = text(s);
        if (m_size >= kMaxSize) // a field whose values do not repeat: stop growing
            return value;
        m_slots[i] = Slot{s.data(), s.size(), h, value};
        if (++m_size * 2 > m_slots.size())
            grow();
        return value;
    }

private:
    static constexpr size_t kMaxSize = 1 << 16;

    struct Slot
    {
        const char* data = nullptr; ///< nullptr: a free slot
        size_t size = 0;
        quint32 hash = 0;
        QString value;
    };

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots = std::vector<Slot>(old.size() * 2);
        const size_t mask = m_slots.size() - 1;
        for (Slot& slot : old) {
            if (!slot.data)
                continue;
            size_t i = slot.hash & mask;
            while (m_slots[i].data)
                i = (i + 1) & mask;
            m_slots[i] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

/// What all the readers of one input share.
struct Context
{
    Errors errors;
    StringPool names;
    AcademicYear year;
    // Dates outside [first, last] (Julian days) are typos; unbounded until the academic year is known.
    qint64 firstPlausibleDay = std::numeric_limits<qint64>::min();
    qint64 lastPlausibleDay = std::numeric_limits<qint64>::max();

    void setAcademicYear(AcademicYear y)
    {
        year = y;
        firstPlausibleDay = QDate(y.startYear - kMaxYearsFromAcademicYear, 1, 1).toJulianDay();
        lastPlausibleDay = QDate(y.startYear + 1 + kMaxYearsFromAcademicYear, 12, 31).toJulianDay();
    }
};

/// True when @p s has no white space at either end, decided on the bytes when they are plain ASCII.
bool hasNoSpaceAround(std::string_view s)
{
    auto plain = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u > 0x20 && u < 0x80;
    };
    if (!s.empty() && plain(s.front()) && plain(s.back()))
        return true;
    const QString q = text(s);
    return !q.isEmpty() && q.trimmed() == q;
}

/**
 * One JSON object being read: typed getters that report errors under the object's path. The
 * members are matched to the table of known keys once, on construction, which also finds duplicate
 * keys; finish() rejects the keys nobody knows.
 */
class ObjectReader
{
public:
    ObjectReader(Context& context, const Json& object, const Path& where, const KeyTable& keys)
        : m_context(context)
        , m_path(where)
        , m_keys(keys)
    {
        for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
            const int k = keys.find(view(m->name));
            if (k < 0)
                m_unknown.push_back(&*m);
            else if (m_values[size_t(k)])
                m_context.errors.add(path(keys.key(k)), duplicateKeyMessage());
            else
                m_values[size_t(k)] = &m->value;
        }
    }

    const Path& node() const { return m_path; }
    QString path() const { return m_path.toString(); }
    QString path(const char* key) const { return Path{&m_path, key}.toString(); }
    Context& context() { return m_context; }
    Errors& errors() { return m_context.errors; }

    /// The value of @p key; nullptr when absent.
    const Json* take(const char* key)
    {
        // The getters ask for the keys in the table's order: try the next one first, by pointer (the
        // compiler merges equal literals), then by text, before searching the table.
        int k = m_next;
        if (k >= m_keys.size() || (m_keys.key(k) != key && std::strcmp(m_keys.key(k), key) != 0))
            k = m_keys.find(key);
        Q_ASSERT_X(k >= 0, "ObjectReader::take", key); // a getter asks for a key missing from the table
        if (k < 0)
            return nullptr;
        m_next = k + 1;
        return m_values[size_t(k)];
    }

    static bool absent(const Json* v) { return !v || v->IsNull(); }

    void fail(const char* key, const QString& what) { m_context.errors.add(path(key), what); }

    void wrongType(const char* key, const QString& expected, const Json& v)
    {
        fail(key, Tr::tr("expected %1, got %2").arg(expected, shown(v)));
    }

    /// The JSON string under @p key; nullptr when absent or not a string (reported).
    const Json* stringValue(const char* key, bool required = false)
    {
        const Json* v = take(key);
        if (absent(v)) {
            if (required)
                fail(key, Tr::tr("is required"));
            return nullptr;
        }
        if (!v->IsString()) {
            wrongType(key, Tr::tr("a string"), *v);
            return nullptr;
        }
        return v;
    }

    std::optional<QString> string(const char* key, bool required = false)
    {
        const Json* v = stringValue(key, required);
        return v ? std::optional<QString>(text(*v)) : std::nullopt;
    }

    /// An optional string; empty when absent or wrong (wrong is reported).
    QString stringOrEmpty(const char* key)
    {
        const Json* v = stringValue(key);
        return v ? text(*v) : QString();
    }

    /// stringOrEmpty() for a field whose values repeat (a host's name…): equal values share one QString.
    QString sharedStringOrEmpty(const char* key)
    {
        const Json* v = stringValue(key);
        return v ? m_context.names.get(view(*v)) : QString();
    }

    /// A required, non-empty identifier without spaces around it, as the bytes of the input.
    std::optional<std::string_view> idBytes(const char* key)
    {
        const Json* v = stringValue(key, true);
        if (!v)
            return std::nullopt;
        const std::string_view s = view(*v);
        if (hasNoSpaceAround(s))
            return s;
        const QString q = text(s);
        if (q.trimmed().isEmpty())
            fail(key, Tr::tr("must not be empty"));
        else
            fail(key, Tr::tr("%1 has spaces around it").arg(shown(q)));
        return std::nullopt;
    }

    std::optional<bool> boolean(const char* key)
    {
        const Json* v = take(key);
        if (absent(v))
            return std::nullopt;
        if (!v->IsBool()) {
            wrongType(key, Tr::tr("true or false"), *v);
            return std::nullopt;
        }
        return v->GetBool();
    }

    /**
     * A finite number in [min, max]; @p rangeWhat() says which range, for the message. It is a
     * function so that the message is translated only when needed: this runs for every item.
     */
    template<typename Message>
    std::optional<double> number(const char* key, double min, double max, Message rangeWhat)
    {
        const Json* v = take(key);
        if (absent(v))
            return std::nullopt;
        return checkNumber(*v, key, min, max, rangeWhat);
    }

    template<typename Message>
    std::optional<double> checkNumber(const Json& v, const char* key, double min, double max, Message rangeWhat)
    {
        if (!v.IsNumber()) {
            fail(key, Tr::tr("expected a number, got %1").arg(shown(v)));
            return std::nullopt;
        }
        const double d = v.GetDouble();
        if (!std::isfinite(d) || d < min || d > max) {
            fail(key, Tr::tr("%1 is out of range: %2").arg(shown(v), rangeWhat()));
            return std::nullopt;
        }
        return d;
    }

    template<typename Message>
    std::optional<int> integer(const char* key, int min, Message rangeWhat, int max = int(kMaxCount))
    {
        const Json* v = take(key);
        if (absent(v))
            return std::nullopt;
        if (v->IsNumber() && v->GetDouble() != std::floor(v->GetDouble())) {
            fail(key, Tr::tr("%1 is not a whole number").arg(shown(*v)));
            return std::nullopt;
        }
        const auto d = checkNumber(*v, key, min, max, rangeWhat);
        if (!d)
            return std::nullopt;
        return static_cast<int>(*d);
    }

    /// A date "YYYY-MM-DD"; null when absent or wrong (wrong is reported).
    QDate date(const char* key, bool required = false)
    {
        const Json* v = take(key);
        if (absent(v)) {
            if (required)
                fail(key, Tr::tr("is required"));
            return {};
        }
        return checkDate(*v, Path{&m_path, key});
    }

    QDate checkDate(const Json& v, const Path& where)
    {
        const QDate d =
            v.IsString() ? parseIsoDate(QByteArrayView(v.GetString(), qsizetype(v.GetStringLength()))) : QDate();
        if (!d.isValid()) {
            m_context.errors.add(where.toString(), Tr::tr("%1 is not a date (YYYY-MM-DD)").arg(shown(v)));
            return {};
        }
        const qint64 jd = d.toJulianDay();
        if (jd < m_context.firstPlausibleDay || jd > m_context.lastPlausibleDay) {
            m_context.errors.add(where.toString(), Tr::tr("%1 is more than %2 years away from the academic year %3")
                                                       .arg(shown(v))
                                                       .arg(kMaxYearsFromAcademicYear)
                                                       .arg(m_context.year.toString()));
            return {};
        }
        return d;
    }

    /// A JSON object under @p key; nullopt when absent or null (a wrong type is reported).
    std::optional<ObjectReader> object(const char* key, const KeyTable& keys)
    {
        const Json* v = take(key);
        if (absent(v))
            return std::nullopt;
        if (!v->IsObject()) {
            wrongType(key, Tr::tr("an object"), *v);
            return std::nullopt;
        }
        return ObjectReader(m_context, *v, Path{&m_path, key}, keys);
    }

    /// A JSON array under @p key; nullptr when absent or null (a wrong type is reported).
    const Json* array(const char* key)
    {
        const Json* v = take(key);
        if (absent(v))
            return nullptr;
        if (!v->IsArray()) {
            wrongType(key, Tr::tr("a list"), *v);
            return nullptr;
        }
        return v;
    }

    /// Calls @p read(reader) for each element of the list under @p key, each of which must be an object.
    template<typename F>
    void forEachObject(const char* key, const KeyTable& keys, F read)
    {
        const Json* a = array(key);
        if (!a)
            return;
        const Path listPath{&m_path, key};
        for (rapidjson::SizeType i = 0; i < a->Size(); ++i) {
            const Json& e = (*a)[i];
            const Path where{&listPath, nullptr, qsizetype(i)};
            if (!e.IsObject()) {
                m_context.errors.add(where.toString(), Tr::tr("expected an object, got %1").arg(shown(e)));
                continue;
            }
            ObjectReader r(m_context, e, where, keys);
            read(r);
            r.finish();
        }
    }

    /// Reports the keys that are not in the table: a typo must not pass silently.
    void finish()
    {
        if (m_unknown.empty())
            return;
        // In key order, as they were reported when a QJsonObject held them.
        QStringList unknown;
        for (const Json::Member* m : m_unknown)
            unknown.append(text(m->name));
        std::stable_sort(unknown.begin(), unknown.end());
        const QStringList known = m_keys.names();
        QStringList sortedKnown = known;
        sortedKnown.sort();
        const QString here = path();
        for (qsizetype u = 0; u < unknown.size(); ++u) {
            const QString& key = unknown.at(u);
            const QString where = memberPath(here, key);
            if (u > 0 && unknown.at(u - 1) == key) {
                m_context.errors.add(where, duplicateKeyMessage());
                continue;
            }
            QString best;
            int bestDistance = 3; // more than two edits away is no longer a typo
            for (const QString& k : known) {
                const int dist = editDistance(key, k);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = k;
                }
            }
            if (!best.isEmpty())
                m_context.errors.add(where, Tr::tr("unknown key (did you mean \"%1\"?)").arg(best));
            else
                m_context.errors.add(
                    where, Tr::tr("unknown key (known keys: %1)").arg(sortedKnown.join(QStringLiteral(", "))));
        }
    }

private:
    Context& m_context;
    Path m_path;
    const KeyTable& m_keys;
    std::array<const Json*, KeyTable::kMaxKeys> m_values{};
    std::vector<const Json::Member*> m_unknown;
    int m_next = 0; // the key take() expects next
};

/// The codes of an enumeration as bytes of the input, and their list for messages.
template<typename Enum>
struct EnumCodes
{
    std::vector<std::pair<Enum, QByteArray>> codes;
    QString list;
};

template<typename Enum>
std::optional<Enum> enumValue(ObjectReader& r, const char* key, std::initializer_list<Enum> all,
                              QString (*toCode)(Enum))
{
    // Built on the first call: every call for one Enum passes the same values and toCode.
    static const EnumCodes<Enum> table = [&] {
        EnumCodes<Enum> t;
        QStringList codes;
        for (Enum x : all) {
            t.codes.emplace_back(x, toCode(x).toUtf8());
            codes.append(toCode(x));
        }
        t.list = codes.join(QStringLiteral(", "));
        return t;
    }();
    const Json* v = r.take(key);
    if (ObjectReader::absent(v))
        return std::nullopt;
    if (v->IsString()) {
        const QByteArrayView s(v->GetString(), qsizetype(v->GetStringLength()));
        for (const auto& [value, code] : table.codes) {
            if (s == code)
                return value;
        }
    }
    r.fail(key, Tr::tr("%1 is not one of %2").arg(shown(*v), table.list));
    return std::nullopt;
}

std::optional<WorkflowState> stateValue(ObjectReader& r)
{
    using S = WorkflowState;
    return enumValue<S>(r, "state",
                        {S::Draft, S::Submitted, S::ChangesRequested, S::Approved, S::SentForSignature, S::Signed,
                         S::InProgress, S::Completed, S::Validated, S::Rejected, S::Cancelled},
                        &workflowStateCode);
}

bool isRuleCode(std::string_view code)
{
    for (const RuleInfo& info : ruleCatalogue()) {
        if (code == info.code)
            return true;
    }
    return false;
}

Overrides readOverrides(ObjectReader& r)
{
    Overrides out;
    r.forEachObject("overrides", kOverrideKeys, [&out](ObjectReader& o) {
        Override ov;
        if (const Json* rule = o.stringValue("rule", true)) {
            if (!isRuleCode(view(*rule)))
                o.fail("rule", Tr::tr("%1 is not a rule code of RULES.md").arg(shown(*rule)));
            ov.rule = text(*rule);
        }
        ov.by = o.sharedStringOrEmpty("by");
        const Json* at = o.take("at");
        if (!ObjectReader::absent(at)) {
            ov.at = at->IsString() ? QDateTime::fromString(text(*at), Qt::ISODateWithMs) : QDateTime();
            if (!ov.at.isValid())
                o.fail("at", Tr::tr("%1 is not a date and time (YYYY-MM-DDTHH:MM:SS)").arg(shown(*at)));
        }
        if (const auto reason = o.string("reason", true)) {
            if (reason->trimmed().isEmpty())
                o.fail("reason", Tr::tr("an override needs a written reason"));
            ov.reason = *reason;
        }
        out.append(ov);
    });
    return out;
}

void checkRange(ObjectReader& r, QDate start, QDate end)
{
    if (start.isValid() && end.isValid() && end < start)
        r.fail("end", Tr::tr("%1 is before the start %2").arg(dateCode(end), dateCode(start)));
}

/**
 * Ids already seen for one kind of item, to report duplicates and resolve references. The keys are
 * views into the parsed document, which outlives the reader: an open-addressing table that
 * allocates once per list, not once per id.
 */
class IdSet
{
public:
    /// Empties the set for the list @p listKey of about @p expected items.
    void reset(const char* listKey, qsizetype expected)
    {
        m_listKey = listKey;
        m_size = 0;
        size_t capacity = 16;
        while (capacity * 7 / 10 < size_t(expected))
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
    }

    /**
     * Records @p id as the id of the item read by @p item (an element of the list), with @p value,
     * or reports it when an earlier item has it.
     */
    void add(ObjectReader& item, std::string_view id, qint32 value = -1)
    {
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            grow();
        const quint32 h = hashOf(id);
        Slot& s = m_slots[slotIndex(id, h)];
        if (s.data) {
            item.fail("id", Tr::tr("%1 is already the id of %2")
                                .arg(shown(text(id)), indexPath(QLatin1String(m_listKey), s.index)));
            return;
        }
        s = Slot{id.data(), quint32(id.size()), h, qint32(item.node().index), value};
        ++m_size;
    }

    /// The value recorded with @p id; -1 when no item has that id.
    qint32 find(std::string_view id) const
    {
        if (m_slots.empty())
            return -1;
        const Slot& s = m_slots[slotIndex(id, hashOf(id))];
        return s.data ? s.value : -1;
    }

private:
    struct Slot
    {
        const char* data = nullptr; ///< nullptr: a free slot
        quint32 size = 0;
        quint32 hash = 0;
        qint32 index = -1; ///< of the item in its list
        qint32 value = -1;
    };

    static quint32 hashOf(std::string_view id) { return quint32(std::hash<std::string_view>{}(id)); }

    /// The slot that holds @p id, or the free slot where it belongs (linear probing; never full).
    size_t slotIndex(std::string_view id, quint32 h) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (!s.data || (s.hash == h && std::string_view(s.data, s.size) == id))
                return i;
        }
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(16, old.size() * 2), Slot{});
        for (const Slot& s : old) {
            if (s.data)
                m_slots[slotIndex(std::string_view(s.data, s.size), s.hash)] = s;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
    const char* m_listKey = "";
};

/// A JSON value of the parsed document as a QJsonValue (for RuleSet::applyJson); reports duplicate keys.
QJsonValue toQJson(const Json& v, const QString& path, Errors& errors)
{
    switch (v.GetType()) {
    case rapidjson::kObjectType: {
        QJsonObject o;
        for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
            const QString key = text(m->name);
            if (o.contains(key))
                errors.add(memberPath(path, key), duplicateKeyMessage());
            else
                o.insert(key, toQJson(m->value, memberPath(path, key), errors));
        }
        return o;
    }
    case rapidjson::kArrayType: {
        QJsonArray a;
        for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
            a.append(toQJson(v[i], indexPath(path, qsizetype(i)), errors));
        return a;
    }
    case rapidjson::kStringType:
        return text(v);
    case rapidjson::kNumberType:
        return v.IsInt64() ? QJsonValue(qint64(v.GetInt64())) : QJsonValue(v.GetDouble());
    case rapidjson::kTrueType:
        return true;
    case rapidjson::kFalseType:
        return false;
    case rapidjson::kNullType:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

class CohortReader
{
public:
    explicit CohortReader(Context& context)
        : m_context(context)
        , m_errors(context.errors)
    {
    }

    CheckInput read(const Json& root)
    {
        CheckInput in;
        ObjectReader r(m_context, root, Path{}, kRootKeys);

        AcademicYear year{2000}; // only used to keep reading after a bad year, to report more problems
        const Json* y = r.take("academic_year");
        if (ObjectReader::absent(y)) {
            r.fail("academic_year", Tr::tr("is required (e.g. \"2025-2026\")"));
        } else if (const auto parsed = y->IsString() ? AcademicYear::parse(text(*y)) : std::nullopt) {
            year = *parsed;
            m_context.setAcademicYear(year);
        } else {
            r.fail("academic_year",
                   Tr::tr("%1 is not an academic year YYYY-(YYYY+1), e.g. \"2025-2026\"").arg(shown(*y)));
        }

        in.cohort.rules = RuleSet::parisSaclayM1(year);
        const Json* rules = r.take("rules");
        if (!ObjectReader::absent(rules)) {
            if (!rules->IsObject()) {
                r.wrongType("rules", Tr::tr("an object"), *rules);
            } else {
                const QString path = QStringLiteral("rules");
                const QJsonObject json = toQJson(*rules, path, m_errors).toObject();
                // A shipped profile named by "profile": {"id"} gives the defaults the other keys change.
                const QString profile =
                    json.value(QStringLiteral("profile")).toObject().value(QStringLiteral("id")).toString();
                if (Profiles::ids().contains(profile)) {
                    if (Result<RuleSet> base = Profiles::load(profile, year))
                        in.cohort.rules = std::move(base).value();
                }
                if (const Status s = in.cohort.rules.applyJson(json, path); !s)
                    m_errors.addLine(s.error());
            }
        }
        m_gradeMax = in.cohort.rules.gradeMax;
        m_defaultWorkDays = in.cohort.rules.defaultWorkDays;

        in.today = r.date("today");
        in.stage = enumValue<Stage>(r, "stage", {Stage::Proposal, Stage::Validation, Stage::Close}, &stageCode);

        in.cohort.students =
            list<Student>(r, "students", kStudentKeys, m_students, [this](ObjectReader& o) { return student(o); });
        in.cohort.internships = list<Internship>(r, "internships", kInternshipKeys, m_ids,
                                                 [this](ObjectReader& o) { return internship(o); });
        in.cohort.ters = list<Ter>(r, "ters", kTerKeys, m_ids, [this](ObjectReader& o) { return ter(o); });
        in.cohort.summerSchools =
            list<SummerSchool>(r, "summer_schools", kSchoolKeys, m_ids, [this](ObjectReader& o) { return school(o); });
        in.cohort.seminars =
            list<Seminar>(r, "seminars", kSeminarKeys, m_ids, [this](ObjectReader& o) { return seminar(o); });
        r.finish();
        return in;
    }

private:
    template<typename T, typename F>
    QList<T> list(ObjectReader& r, const char* key, const KeyTable& keys, IdSet& ids, F readItem)
    {
        QList<T> out;
        const Json* a = r.array(key);
        ids.reset(key, a ? qsizetype(a->Size()) : 0);
        if (!a)
            return out;
        out.reserve(qsizetype(a->Size()));
        const Path listPath{&r.node(), key};
        for (rapidjson::SizeType i = 0; i < a->Size(); ++i) {
            const Json& e = (*a)[i];
            const Path where{&listPath, nullptr, qsizetype(i)};
            if (!e.IsObject()) {
                m_errors.add(where.toString(), Tr::tr("expected an object, got %1").arg(shown(e)));
                continue;
            }
            ObjectReader o(m_context, e, where, keys);
            out.append(readItem(o));
            o.finish();
        }
        return out;
    }

    /// The item's own id, recorded in m_ids (duplicates are reported).
    QString itemId(ObjectReader& o)
    {
        const auto id = o.idBytes("id");
        if (!id)
            return {};
        m_ids.add(o, *id);
        return text(*id);
    }

    /// The student named under @p key, as the very QString of that student's id (shared, not copied).
    QString studentRef(ObjectReader& o, const char* key)
    {
        const auto id = o.idBytes(key);
        if (!id)
            return {};
        if (const qint32 k = m_students.find(*id); k >= 0)
            return m_studentIds.at(k);
        const QString s = text(*id);
        o.fail(key, Tr::tr("%1 is not the id of a student listed in \"students\"").arg(shown(s)));
        return s;
    }

    double weeklyHours(ObjectReader& o, double fallback)
    {
        return o.number("weekly_hours", 0, kHoursInWeek, [] { return Tr::tr("hours a week must be from 0 to 168"); })
            .value_or(fallback);
    }

    std::optional<int> reportPages(ObjectReader& o)
    {
        return o.integer("report_pages", 0, [] { return Tr::tr("a page count must be 0 or more"); });
    }

    Student student(ObjectReader& o)
    {
        Student s;
        if (const auto id = o.idBytes("id")) {
            s.id = text(*id);
            m_students.add(o, *id, qint32(m_studentIds.size()));
            m_studentIds.append(s.id);
        }
        s.name = o.stringOrEmpty("name");
        s.email = o.stringOrEmpty("email");
        s.studentNumber = o.stringOrEmpty("student_number");
        s.overrides = readOverrides(o);
        return s;
    }

    Internship internship(ObjectReader& o)
    {
        Internship i;
        i.id = itemId(o);
        i.studentId = studentRef(o, "student");
        if (auto h = o.object("host", kHostKeys)) {
            i.host.name = h->sharedStringOrEmpty("name");
            i.host.kind = enumValue<HostKind>(*h, "kind", {HostKind::PublicLab, HostKind::Company}, &hostKindCode)
                              .value_or(i.host.kind);
            i.host.aiResearch = h->boolean("ai_research").value_or(i.host.aiResearch);
            i.host.address = h->stringOrEmpty("address");
            i.host.city = h->sharedStringOrEmpty("city");
            i.host.country = h->sharedStringOrEmpty("country");
            h->finish();
        }
        if (auto t = o.object("tutor", kTutorKeys)) {
            i.tutor.name = t->sharedStringOrEmpty("name");
            i.tutor.email = t->stringOrEmpty("email");
            i.tutor.phone = t->stringOrEmpty("phone");
            t->finish();
        }
        i.subject = o.stringOrEmpty("subject");
        i.start = o.date("start", true);
        i.end = o.date("end", true);
        checkRange(o, i.start, i.end);
        i.weeklyHours = weeklyHours(o, i.weeklyHours);
        i.workDays = workDays(o);
        i.absences = absences(o, i.start, i.end);
        i.submitted = o.date("submitted");
        if (auto s = o.object("signatures", kSignatureKeys)) {
            i.signatures.student = s->date("student");
            i.signatures.host = s->date("host");
            i.signatures.tutor = s->date("tutor");
            i.signatures.university = s->date("university");
            s->finish();
        }
        if (auto g = o.object("gratification", kGratificationKeys)) {
            i.gratification.amountEur = g->number("amount_eur", 0, 1e9, [] {
                                             return Tr::tr("an amount in euros must be 0 or more");
                                         }).value_or(0.0);
            i.gratification.per =
                enumValue<GratificationPer>(*g, "per", {GratificationPer::Month, GratificationPer::Hour},
                                            &gratificationPerCode)
                    .value_or(i.gratification.per);
            g->finish();
        }
        i.previousSummer = o.boolean("previous_summer").value_or(false);
        i.hostScreening = enumValue<HostScreening>(o, "host_screening",
                                                   {HostScreening::NotNeeded, HostScreening::Pending,
                                                    HostScreening::Accepted, HostScreening::Declined},
                                                   &hostScreeningCode)
                              .value_or(HostScreening::NotNeeded);
        i.proof = o.boolean("proof").value_or(false);
        i.reportPages = reportPages(o);
        i.overrides = readOverrides(o);
        i.state = stateValue(o).value_or(i.state);
        return i;
    }

    WorkDays workDays(ObjectReader& o)
    {
        static const std::array<QByteArray, 7> codes = [] {
            std::array<QByteArray, 7> c;
            for (int d = 1; d <= 7; ++d)
                c[size_t(d - 1)] = WorkDays::codeForDay(d).toLatin1();
            return c;
        }();
        const Json* a = o.array("work_days");
        if (!a)
            return m_defaultWorkDays;
        WorkDays days(0);
        bool bad = false;
        for (rapidjson::SizeType k = 0; k < a->Size(); ++k) {
            const Json& e = (*a)[k];
            int day = 0;
            if (e.IsString()) {
                const QByteArrayView s(e.GetString(), qsizetype(e.GetStringLength()));
                for (int d = 1; d <= 7 && !day; ++d)
                    day = s == codes[size_t(d - 1)] ? d : 0;
            }
            if (!day) {
                m_errors.add(indexPath(o.path("work_days"), k),
                             Tr::tr("%1 is not a day (mon, tue, wed, thu, fri, sat, sun)").arg(shown(e)));
                bad = true;
            } else if (days.contains(day)) {
                m_errors.add(indexPath(o.path("work_days"), k), Tr::tr("%1 is listed twice").arg(shown(e)));
                bad = true;
            } else {
                days.set(day);
            }
        }
        if (!bad && days.isEmpty())
            o.fail("work_days", Tr::tr("names no day: a schedule needs at least one working day"));
        return days;
    }

    QList<QDate> absences(ObjectReader& o, QDate start, QDate end)
    {
        QList<QDate> out;
        const Json* a = o.array("absences");
        if (!a)
            return out;
        const Path listPath{&o.node(), "absences"};
        for (rapidjson::SizeType k = 0; k < a->Size(); ++k) {
            const Path where{&listPath, nullptr, qsizetype(k)};
            const QDate d = o.checkDate((*a)[k], where);
            if (!d.isValid())
                continue;
            if (start.isValid() && end.isValid() && (d < start || d > end))
                m_errors.add(
                    where.toString(),
                    Tr::tr("%1 is outside the internship (%2 to %3)").arg(dateCode(d), dateCode(start), dateCode(end)));
            else if (out.contains(d))
                m_errors.add(where.toString(), Tr::tr("%1 is listed twice").arg(dateCode(d)));
            else
                out.append(d);
        }
        return out;
    }

    Ter ter(ObjectReader& o)
    {
        Ter t;
        t.id = itemId(o);
        const Json* students = o.take("students");
        if (ObjectReader::absent(students)) {
            o.fail("students", Tr::tr("is required (a list of student ids)"));
        } else if (!students->IsArray()) {
            o.wrongType("students", Tr::tr("a list of student ids"), *students);
        } else {
            if (students->Empty())
                o.fail("students", Tr::tr("names no student"));
            for (rapidjson::SizeType k = 0; k < students->Size(); ++k) {
                const Json& e = (*students)[k];
                const qint32 found = e.IsString() ? m_students.find(view(e)) : -1;
                if (!e.IsString() || e.GetStringLength() == 0)
                    m_errors.add(indexPath(o.path("students"), k),
                                 Tr::tr("expected a student id, got %1").arg(shown(e)));
                else if (found < 0)
                    m_errors.add(indexPath(o.path("students"), k),
                                 Tr::tr("%1 is not the id of a student listed in \"students\"").arg(shown(e)));
                else if (t.studentIds.contains(m_studentIds.at(found)))
                    m_errors.add(indexPath(o.path("students"), k), Tr::tr("%1 is listed twice").arg(shown(e)));
                else
                    t.studentIds.append(m_studentIds.at(found));
            }
        }
        t.kind = enumValue<TerKind>(o, "kind", {TerKind::Research, TerKind::ChallengePrep, TerKind::ChallengeSolve},
                                    &terKindCode)
                     .value_or(t.kind);
        t.subject = o.stringOrEmpty("subject");
        t.capacity = o.integer("capacity", 1, [] { return Tr::tr("a capacity must be 1 or more"); });
        if (auto l = o.object("lab", kLabKeys)) {
            t.lab.name = l->sharedStringOrEmpty("name");
            t.lab.inParisSaclay = l->boolean("in_paris_saclay").value_or(t.lab.inParisSaclay);
            l->finish();
        }
        t.supervisor = o.sharedStringOrEmpty("supervisor");
        t.start = o.date("start", true);
        t.end = o.date("end", true);
        checkRange(o, t.start, t.end);
        t.weeklyHours = weeklyHours(o, t.weeklyHours);
        t.paid = o.boolean("paid").value_or(false);
        t.reportPages = reportPages(o);
        t.grade =
            o.number("grade", 0, m_gradeMax, [this] { return Tr::tr("a grade must be from 0 to %1").arg(m_gradeMax); });
        t.overrides = readOverrides(o);
        t.state = stateValue(o).value_or(t.state);
        return t;
    }

    SummerSchool school(ObjectReader& o)
    {
        SummerSchool s;
        s.id = itemId(o);
        s.studentId = studentRef(o, "student");
        s.name = o.sharedStringOrEmpty("name");
        s.proposed = o.boolean("proposed").value_or(false);
        s.start = o.date("start", true);
        s.end = o.date("end", true);
        checkRange(o, s.start, s.end);
        const qint64 span = (s.start.isValid() && s.end.isValid() && s.start <= s.end) ? s.start.daysTo(s.end) + 1 : 0;
        s.fullTimeDays = o.integer("full_time_days", 0, [] { return Tr::tr("a number of days must be 0 or more"); });
        if (s.fullTimeDays && span > 0 && *s.fullTimeDays > span)
            o.fail("full_time_days",
                   Tr::tr("%1 is more than the %2 days from start to end").arg(*s.fullTimeDays).arg(span));
        s.reportPages = reportPages(o);
        if (const Json* links = o.array("report_links")) {
            for (rapidjson::SizeType k = 0; k < links->Size(); ++k) {
                const Json& e = (*links)[k];
                const QString link = e.IsString() ? text(e) : QString();
                if (link.trimmed().isEmpty())
                    m_errors.add(indexPath(o.path("report_links"), k), Tr::tr("expected a link, got %1").arg(shown(e)));
                else
                    s.reportLinks.append(link);
            }
        }
        s.overrides = readOverrides(o);
        s.state = stateValue(o).value_or(s.state);
        return s;
    }

    Seminar seminar(ObjectReader& o)
    {
        Seminar s;
        s.id = itemId(o);
        s.studentId = studentRef(o, "student");
        s.title = o.stringOrEmpty("title");
        s.date = o.date("date", true);
        s.paragraph = o.stringOrEmpty("paragraph");
        s.overrides = readOverrides(o);
        return s;
    }

    Context& m_context;
    Errors& m_errors;
    IdSet m_students;
    QStringList m_studentIds; // the QString of each student's id, indexed by m_students' values
    IdSet m_ids; // of the item kind being read
    double m_gradeMax = 20.0;
    WorkDays m_defaultWorkDays;
};

/// The SAX events of the parser into a document, refusing deeper nesting than kMaxDepth.
class DepthLimitedHandler
{
public:
    explicit DepthLimitedHandler(rapidjson::Document& document)
        : m_document(document)
    {
    }

    bool tooDeep() const { return m_tooDeep; }
    /// A number was too large for a double (the parse stopped there).
    bool tooLarge() const { return m_tooLarge; }

    // The handler interface of RapidJSON.
    bool Null() { return m_document.Null(); }
    bool Bool(bool b) { return m_document.Bool(b); }
    bool Int(int i) { return m_document.Int(i); }
    bool Uint(unsigned i) { return m_document.Uint(i); }
    bool Int64(int64_t i) { return m_document.Int64(i); }
    bool Uint64(uint64_t i) { return m_document.Uint64(i); }
    bool Double(double d) { return m_document.Double(d); }
    /// A number, as its text (kParseNumbersAsStringsFlag: RapidJSON has checked its syntax). An integer that
    /// fits in 64 bits stays an integer; any other number is the double nearest to it (std::from_chars, exact
    /// and locale-free); beyond the largest double it is refused, below the smallest it is 0.
    bool RawNumber(const char* s, rapidjson::SizeType n, bool /*copy*/)
    {
        const char* end = s + n;
        if (std::find_if(s, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) == end) {
            if (*s == '-') {
                int64_t i = 0;
                if (const auto r = std::from_chars(s, end, i); r.ec == std::errc() && r.ptr == end)
                    return m_document.Int64(i);
            } else {
                uint64_t u = 0;
                if (const auto r = std::from_chars(s, end, u); r.ec == std::errc() && r.ptr == end)
                    return u <= uint64_t(std::numeric_limits<int64_t>::max()) ? m_document.Int64(int64_t(u))
                                                                              : m_document.Uint64(u);
            }
        }
        double d = 0;
        const auto r = std::from_chars(s, end, d);
        if (r.ec == std::errc::result_out_of_range) {
            if (magnitude(std::string_view(s, n)) > 0) {
                m_tooLarge = true;
                return false;
            }
            d = *s == '-' ? -0.0 : 0.0;
        } else if (r.ec != std::errc() || r.ptr != end) {
            return false;
        }
        return m_document.Double(d);
    }
    bool String(const char* s, rapidjson::SizeType n, bool copy) { return m_document.String(s, n, copy); }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) { return m_document.Key(s, n, copy); }
    bool StartObject() { return enter() && m_document.StartObject(); }
    bool EndObject(rapidjson::SizeType n)
    {
        --m_depth;
        return m_document.EndObject(n);
    }
    bool StartArray() { return enter() && m_document.StartArray(); }
    bool EndArray(rapidjson::SizeType n)
    {
        --m_depth;
        return m_document.EndArray(n);
    }

private:
    bool enter()
    {
        m_tooDeep = ++m_depth > kMaxDepth;
        return !m_tooDeep;
    }

    /// The power of ten of a number's first significant digit (roughly): above 0 when the number is 10 or more.
    static long magnitude(std::string_view number)
    {
        const size_t e = number.find_first_of("eE");
        long exponent = 0;
        if (e != std::string_view::npos) {
            std::string_view digits = number.substr(e + 1);
            const bool negative = !digits.empty() && digits.front() == '-';
            if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
                digits.remove_prefix(1);
            for (char c : digits)
                exponent = std::min(exponent * 10 + (c - '0'), 100000L); // saturates: only the sign matters
            if (negative)
                exponent = -exponent;
            number = number.substr(0, e);
        }
        if (!number.empty() && number.front() == '-')
            number.remove_prefix(1);
        const size_t point = number.find('.');
        const std::string_view whole = number.substr(0, point);
        const size_t firstWhole = whole.find_first_not_of('0');
        if (firstWhole != std::string_view::npos)
            return long(whole.size() - firstWhole) - 1 + exponent;
        const std::string_view fraction =
            point == std::string_view::npos ? std::string_view() : number.substr(point + 1);
        const size_t firstFraction = fraction.find_first_not_of('0');
        if (firstFraction == std::string_view::npos)
            return std::numeric_limits<long>::min(); // zero
        return exponent - long(firstFraction) - 1;
    }

    rapidjson::Document& m_document;
    int m_depth = 0;
    bool m_tooDeep = false;
    bool m_tooLarge = false;
};

/// What is wrong at a syntax error, in words; @p byte is the byte at the error (-1 at the end).
QString syntaxProblem(rapidjson::ParseErrorCode code, bool tooDeep, int byte)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return Tr::tr("the input is empty");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return Tr::tr("more follows the end of the document");
    case rapidjson::kParseErrorValueInvalid:
        return Tr::tr("expected a value (a string, number, object, list, true, false or null)");
    case rapidjson::kParseErrorObjectMissName:
        return Tr::tr("expected a key in double quotes");
    case rapidjson::kParseErrorObjectMissColon:
        return Tr::tr("expected \":\" after a key");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return Tr::tr("expected \",\" or \"}\" after a value in an object");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return Tr::tr("expected \",\" or \"]\" after a value in a list");
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex:
        return Tr::tr("a \\u escape needs four hexadecimal digits");
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid:
        return Tr::tr("a \\u escape holds half of a UTF-16 surrogate pair");
    case rapidjson::kParseErrorStringEscapeInvalid:
        if (byte >= 0 && byte < 0x20)
            return Tr::tr("a control character (a line break, a tab…) in a string must be escaped (\\n, \\t…)");
        return Tr::tr("unknown escape sequence in a string");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return Tr::tr("a string is not closed");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return Tr::tr("not valid UTF-8 (the file must be saved as UTF-8)");
    case rapidjson::kParseErrorNumberTooBig:
        return Tr::tr("a number is too large");
    case rapidjson::kParseErrorNumberMissFraction:
        return Tr::tr("expected digits after the decimal point");
    case rapidjson::kParseErrorNumberMissExponent:
        return Tr::tr("expected digits in the exponent");
    case rapidjson::kParseErrorTermination:
        if (tooDeep)
            return Tr::tr("nested more than %1 levels deep").arg(kMaxDepth);
        break;
    case rapidjson::kParseErrorNone:
    case rapidjson::kParseErrorUnspecificSyntaxError:
        break;
    }
    return Tr::tr("syntax error");
}

/// Line and column (1-based, in characters) of a byte offset into UTF-8 text.
std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView data, qsizetype offset)
{
    const QByteArrayView before = data.first(std::clamp<qsizetype>(offset, 0, data.size()));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return {line, column};
}

QString syntaxError(QByteArrayView json, qsizetype offset, const QString& problem)
{
    const auto [line, column] = lineAndColumn(json, offset);
    return Tr::tr("line %1, column %2 (byte %3): not valid JSON: %4").arg(line).arg(column).arg(offset).arg(problem);
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// Parses @p json into @p doc; the message of a syntax error otherwise.
std::optional<QString> parseDocument(const QByteArray& json, rapidjson::Document& doc)
{
    const QByteArrayView data(json);
    // A UTF-8 byte order mark (some Windows editors write one) is not part of the JSON, as for Qt's parser.
    const qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const bool validUtf8 = data.isValidUtf8();
    rapidjson::MemoryStream stream(data.data() + start, size_t(data.size() - start));
    rapidjson::Reader reader;
    rapidjson::ParseResult result;
    bool tooDeep = false;
    bool tooLarge = false;
    auto generate = [&](rapidjson::Document& target) {
        DepthLimitedHandler handler(target);
        result = validUtf8 ? reader.Parse<kParseFlags>(stream, handler)
                           : reader.Parse<kParseFlagsValidating>(stream, handler);
        tooDeep = handler.tooDeep();
        tooLarge = handler.tooLarge();
        return !result.IsError();
    };
    doc.Populate(generate);
    if (result.IsError()) {
        const qsizetype offset = start + qsizetype(result.Offset());
        const int byte = offset < data.size() ? static_cast<unsigned char>(data[offset]) : -1;
        if (tooLarge)
            return syntaxError(data, offset, syntaxProblem(rapidjson::kParseErrorNumberTooBig, false, byte));
        return syntaxError(data, offset, syntaxProblem(result.Code(), tooDeep, byte));
    }
    // Only white space may follow the document. The parser stops at its end (kParseStopWhenDoneFlag):
    // its stream reads a NUL byte as the end, so a NUL and whatever follows it are caught here.
    qsizetype end = start + qsizetype(stream.Tell());
    while (end < data.size() && isJsonSpace(data[end]))
        ++end;
    if (end < data.size())
        return syntaxError(data, end, syntaxProblem(rapidjson::kParseErrorDocumentRootNotSingular, false, -1));
    if (!validUtf8) {
        // Qt and RapidJSON agree on what UTF-8 is (tst_cohortjson checks the edge cases), so this does
        // not happen; should they ever differ, the input is refused all the same.
        return syntaxError(data, 0, syntaxProblem(rapidjson::kParseErrorStringInvalidEncoding, false, -1));
    }
    return std::nullopt;
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

/**
 * Builds one object of the writer, leaving out every field that equals the default the reader
 * applies when the field is absent: the round trip stays exact and a large cohort stays small.
 */
class CompactObject
{
public:
    void string(const char* key, const QString& value)
    {
        if (!value.isEmpty())
            m_object.insert(QLatin1String(key), value);
    }
    void date(const char* key, QDate value)
    {
        if (value.isValid())
            m_object.insert(QLatin1String(key), dateCode(value));
    }
    void flag(const char* key, bool value, bool byDefault)
    {
        if (value != byDefault)
            m_object.insert(QLatin1String(key), value);
    }
    void number(const char* key, double value, double byDefault)
    {
        if (value != byDefault)
            m_object.insert(QLatin1String(key), value);
    }
    template<typename T>
    void optional(const char* key, const std::optional<T>& value)
    {
        if (value)
            m_object.insert(QLatin1String(key), *value);
    }
    void strings(const char* key, const QStringList& list)
    {
        if (!list.isEmpty())
            m_object.insert(QLatin1String(key), stringArray(list));
    }
    void object(const char* key, const QJsonObject& value)
    {
        if (!value.isEmpty())
            m_object.insert(QLatin1String(key), value);
    }
    void array(const char* key, const QJsonArray& value)
    {
        if (!value.isEmpty())
            m_object.insert(QLatin1String(key), value);
    }
    void state(WorkflowState value)
    {
        if (value != WorkflowState::Draft)
            m_object.insert(QLatin1String("state"), workflowStateCode(value));
    }
    /// Always written, even when empty or null: a required field.
    void required(const char* key, const QJsonValue& value) { m_object.insert(QLatin1String(key), value); }

    QJsonObject take() { return std::move(m_object); }

private:
    QJsonObject m_object;
};

QJsonArray overridesToJson(const Overrides& overrides)
{
    QJsonArray a;
    for (const Override& o : overrides) {
        CompactObject j;
        j.required("rule", o.rule);
        j.string("by", o.by);
        if (o.at.isValid())
            j.required("at", o.at.toString(Qt::ISODateWithMs));
        j.required("reason", o.reason);
        a.append(j.take());
    }
    return a;
}

/// The cohort of a parsed document.
Result<CheckInput> readDocument(const rapidjson::Document& doc)
{
    if (!doc.IsObject()) {
        return Result<CheckInput>::failure(
            Tr::tr("(top level): expected an object {\"academic_year\": …}, got %1").arg(shown(doc)));
    }
    Context context;
    CohortReader reader(context);
    CheckInput in = reader.read(doc);
    if (!context.errors.isEmpty())
        return Result<CheckInput>::failure(context.errors.text());
    return in;
}

} // namespace

Result<CheckInput> readCheckInput(const QByteArray& json)
{
    rapidjson::Document doc;
    if (const std::optional<QString> error = parseDocument(json, doc))
        return Result<CheckInput>::failure(*error);
    return readDocument(doc);
}

Result<CheckInput> readCheckInput(QByteArray&& json)
{
    rapidjson::Document doc;
    if (const std::optional<QString> error = parseDocument(json, doc))
        return Result<CheckInput>::failure(*error);
    json = QByteArray(); // the document holds copies of what it needs: free the input before building the cohort
    return readDocument(doc);
}

Result<Cohort> readCohortJson(const QByteArray& json)
{
    Result<CheckInput> in = readCheckInput(json);
    if (!in)
        return Result<Cohort>::failure(in.error());
    return std::move(in.value().cohort);
}

QJsonObject cohortToJson(const Cohort& cohort)
{
    const Host defaultHost;
    const Gratification defaultGratification;
    const Lab defaultLab;

    QJsonArray students;
    for (const Student& s : cohort.students) {
        CompactObject j;
        j.required("id", s.id);
        j.string("name", s.name);
        j.string("email", s.email);
        j.string("student_number", s.studentNumber);
        j.array("overrides", overridesToJson(s.overrides));
        students.append(j.take());
    }

    QJsonArray internships;
    for (const Internship& i : cohort.internships) {
        CompactObject host;
        host.string("name", i.host.name);
        if (i.host.kind != defaultHost.kind)
            host.required("kind", hostKindCode(i.host.kind));
        host.flag("ai_research", i.host.aiResearch, defaultHost.aiResearch);
        host.string("address", i.host.address);
        host.string("city", i.host.city);
        host.string("country", i.host.country);
        CompactObject tutor;
        tutor.string("name", i.tutor.name);
        tutor.string("email", i.tutor.email);
        tutor.string("phone", i.tutor.phone);
        CompactObject signatures;
        signatures.date("student", i.signatures.student);
        signatures.date("host", i.signatures.host);
        signatures.date("tutor", i.signatures.tutor);
        signatures.date("university", i.signatures.university);
        CompactObject gratification;
        gratification.number("amount_eur", i.gratification.amountEur, defaultGratification.amountEur);
        if (i.gratification.per != defaultGratification.per)
            gratification.required("per", gratificationPerCode(i.gratification.per));
        QJsonArray absences;
        for (const QDate& d : i.absences)
            absences.append(dateCode(d));

        CompactObject j;
        j.required("id", i.id);
        j.required("student", i.studentId);
        j.object("host", host.take());
        j.object("tutor", tutor.take());
        j.string("subject", i.subject);
        j.date("start", i.start);
        j.date("end", i.end);
        j.number("weekly_hours", i.weeklyHours, Internship().weeklyHours);
        // The reader's default schedule is the rule set's, not the domain's.
        if (i.workDays != cohort.rules.defaultWorkDays)
            j.required("work_days", stringArray(i.workDays.toCodes()));
        j.array("absences", absences);
        j.date("submitted", i.submitted);
        j.object("signatures", signatures.take());
        j.object("gratification", gratification.take());
        j.flag("previous_summer", i.previousSummer, false);
        if (i.hostScreening != HostScreening::NotNeeded)
            j.required("host_screening", hostScreeningCode(i.hostScreening));
        j.flag("proof", i.proof, false);
        j.optional("report_pages", i.reportPages);
        j.array("overrides", overridesToJson(i.overrides));
        j.state(i.state);
        internships.append(j.take());
    }

    QJsonArray ters;
    for (const Ter& t : cohort.ters) {
        CompactObject lab;
        lab.string("name", t.lab.name);
        lab.flag("in_paris_saclay", t.lab.inParisSaclay, defaultLab.inParisSaclay);

        CompactObject j;
        j.required("id", t.id);
        j.required("students", stringArray(t.studentIds));
        if (t.kind != TerKind::Research)
            j.required("kind", terKindCode(t.kind));
        j.string("subject", t.subject);
        j.optional("capacity", t.capacity);
        j.object("lab", lab.take());
        j.string("supervisor", t.supervisor);
        j.date("start", t.start);
        j.date("end", t.end);
        j.number("weekly_hours", t.weeklyHours, Ter().weeklyHours);
        j.flag("paid", t.paid, false);
        j.optional("report_pages", t.reportPages);
        j.optional("grade", t.grade);
        j.array("overrides", overridesToJson(t.overrides));
        j.state(t.state);
        ters.append(j.take());
    }

    QJsonArray schools;
    for (const SummerSchool& s : cohort.summerSchools) {
        CompactObject j;
        j.required("id", s.id);
        j.required("student", s.studentId);
        j.string("name", s.name);
        j.flag("proposed", s.proposed, false);
        j.date("start", s.start);
        j.date("end", s.end);
        j.optional("full_time_days", s.fullTimeDays);
        j.optional("report_pages", s.reportPages);
        j.strings("report_links", s.reportLinks);
        j.array("overrides", overridesToJson(s.overrides));
        j.state(s.state);
        schools.append(j.take());
    }

    QJsonArray seminars;
    for (const Seminar& s : cohort.seminars) {
        CompactObject j;
        j.required("id", s.id);
        j.required("student", s.studentId);
        j.string("title", s.title);
        j.date("date", s.date);
        j.string("paragraph", s.paragraph);
        j.array("overrides", overridesToJson(s.overrides));
        seminars.append(j.take());
    }

    return QJsonObject{
        {QStringLiteral("academic_year"), cohort.rules.year.toString()},
        {QStringLiteral("rules"), cohort.rules.toJson()},
        {QStringLiteral("students"), students},
        {QStringLiteral("internships"), internships},
        {QStringLiteral("ters"), ters},
        {QStringLiteral("summer_schools"), schools},
        {QStringLiteral("seminars"), seminars},
    };
}

QJsonObject checkInputToJson(const CheckInput& input)
{
    QJsonObject o = cohortToJson(input.cohort);
    if (input.today.isValid())
        o.insert(QStringLiteral("today"), dateCode(input.today));
    if (input.stage)
        o.insert(QStringLiteral("stage"), stageCode(*input.stage));
    return o;
}

} // namespace interntrack

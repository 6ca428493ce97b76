#include "ItemJson.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace interntrack {

namespace {

constexpr int kStates = int(WorkflowState::Cancelled) + 1;

/// Appends JSON, as UTF-8, to a byte string; the caller writes keys in a fixed order. The bytes are those of
/// the same JSON built as a QString and converted with toUtf8().
class JsonWriter
{
public:
    explicit JsonWriter(std::string* out)
        : m_out(*out)
    {
        m_out.clear();
    }

    JsonWriter& begin()
    {
        comma();
        m_out += '{';
        m_first = true;
        return *this;
    }
    JsonWriter& end()
    {
        m_out += '}';
        m_first = false;
        return *this;
    }
    JsonWriter& beginArray()
    {
        comma();
        m_out += '[';
        m_first = true;
        return *this;
    }
    JsonWriter& endArray()
    {
        m_out += ']';
        m_first = false;
        return *this;
    }
    JsonWriter& key(const char* k)
    {
        comma();
        m_out += '"';
        m_out += k;
        m_out += "\":";
        m_first = true; // the value follows without a comma
        return *this;
    }
    JsonWriter& string(QStringView s)
    {
        comma();
        m_out += '"';
        const char16_t* p = s.utf16();
        const qsizetype n = s.size();
        qsizetype i = 0;
        while (i < n) {
            // A run of characters that need no escape, converted in one go.
            qsizetype j = i;
            while (j < n && p[j] >= 0x20 && p[j] != u'"' && p[j] != u'\\')
                ++j;
            if (j > i)
                SqlValues::appendUtf8(m_out, s.sliced(i, j - i));
            if (j == n)
                break;
            const char16_t u = p[j];
            switch (u) {
            case u'"':
                m_out += "\\\"";
                break;
            case u'\\':
                m_out += "\\\\";
                break;
            case u'\n':
                m_out += "\\n";
                break;
            case u'\r':
                m_out += "\\r";
                break;
            case u'\t':
                m_out += "\\t";
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const char escaped[6] = {'\\', 'u', '0', '0', hex[(u >> 4) & 0xF], hex[u & 0xF]};
                m_out.append(escaped, sizeof(escaped));
            }
            }
            i = j + 1;
        }
        m_out += '"';
        return *this;
    }
    /// A code (ASCII, no character to escape) as a JSON string.
    JsonWriter& code(std::string_view c)
    {
        comma();
        m_out += '"';
        m_out += c;
        m_out += '"';
        return *this;
    }
    JsonWriter& workDays(WorkDays days)
    {
        // ["mon","tue",…]: one text per set of days, made once.
        static const std::array<std::string, 128> texts = [] {
            std::array<std::string, 128> out;
            for (unsigned bits = 0; bits < 128; ++bits) {
                JsonWriter w(&out[bits]);
                w.strings(WorkDays(bits).toCodes());
            }
            return out;
        }();
        comma();
        m_out += texts[days.bits() & 0x7Fu];
        return *this;
    }
    JsonWriter& date(QDate d)
    {
        if (!d.isValid())
            return null();
        int y = 0;
        int m = 0;
        int day = 0;
        d.getDate(&y, &m, &day);
        if (y < 0 || y > 9999)
            return string(SqlValues::dateText(d));
        comma();
        const char text[12] = {'"',
                               char('0' + y / 1000),
                               char('0' + y / 100 % 10),
                               char('0' + y / 10 % 10),
                               char('0' + y % 10),
                               '-',
                               char('0' + m / 10),
                               char('0' + m % 10),
                               '-',
                               char('0' + day / 10),
                               char('0' + day % 10),
                               '"'};
        m_out.append(text, sizeof(text));
        return *this;
    }
    JsonWriter& instant(const QDateTime& t)
    {
        return t.isValid() ? string(t.toUTC().toString(Qt::ISODateWithMs)) : null();
    }
    JsonWriter& number(double v)
    {
        comma();
        // Whole numbers (hours, euros) are the common case: written without the double-to-text machinery.
        // Below 100000 they are what QString::number(v, 'g', shortest) writes; from there on it may use an
        // exponent ("1e+05"), so those go the general way, as does -0.
        if (v == std::trunc(v) && std::fabs(v) < 100000 && !(v == 0 && std::signbit(v))) {
            appendInteger(qint64(v));
            return *this;
        }
        const QByteArray text = QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
        m_out.append(text.constData(), size_t(text.size()));
        return *this;
    }
    JsonWriter& integer(qint64 v)
    {
        comma();
        appendInteger(v);
        return *this;
    }
    JsonWriter& boolean(bool b)
    {
        comma();
        m_out += b ? "true" : "false";
        return *this;
    }
    JsonWriter& null()
    {
        comma();
        m_out += "null";
        return *this;
    }
    template<typename T>
    JsonWriter& optional(const std::optional<T>& v)
    {
        if (!v)
            return null();
        if constexpr (std::is_integral_v<T>)
            return integer(*v);
        else
            return number(*v);
    }
    JsonWriter& strings(const QStringList& list)
    {
        beginArray();
        for (const QString& s : list)
            string(s);
        return endArray();
    }
    JsonWriter& overrides(const Overrides& list)
    {
        beginArray();
        for (const Override& o : list) {
            begin();
            key("rule").string(o.rule);
            key("by").string(o.by);
            key("at").instant(o.at);
            key("reason").string(o.reason);
            end();
        }
        return endArray();
    }
    JsonWriter& host(const Host& h)
    {
        begin();
        key("name").string(h.name);
        key("kind").code(SqlValues::code<&hostKindCode, 2>(h.kind));
        key("ai_research").boolean(h.aiResearch);
        key("address").string(h.address);
        key("city").string(h.city);
        key("country").string(h.country);
        return end();
    }
    JsonWriter& tutor(const Tutor& t)
    {
        begin();
        key("name").string(t.name);
        key("email").string(t.email);
        key("phone").string(t.phone);
        return end();
    }
    JsonWriter& lab(const Lab& l)
    {
        begin();
        key("name").string(l.name);
        key("in_paris_saclay").boolean(l.inParisSaclay);
        return end();
    }

private:
    void comma()
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
    }
    void appendInteger(qint64 v)
    {
        char digits[24];
        char* end = digits + sizeof(digits);
        char* p = end;
        // In unsigned arithmetic, so that the smallest qint64 has its digits too.
        quint64 u = v < 0 ? quint64(0) - quint64(v) : quint64(v);
        do {
            *--p = char('0' + u % 10);
            u /= 10;
        } while (u);
        if (v < 0)
            *--p = '-';
        m_out.append(p, size_t(end - p));
    }

    std::string& m_out;
    bool m_first = true;
};

QString toQString(const std::string& utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace

QString ItemJson::compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ItemJson::write(const Student& s, std::string* out)
{
    JsonWriter w(out);
    w.begin();
    w.key("id").string(s.id);
    w.key("name").string(s.name);
    w.key("email").string(s.email);
    w.key("student_number").string(s.studentNumber);
    w.key("overrides").overrides(s.overrides);
    w.end();
}

QString ItemJson::text(const Student& s)
{
    std::string out;
    write(s, &out);
    return toQString(out);
}

void ItemJson::write(const Internship& i, std::string* out)
{
    JsonWriter w(out);
    w.begin();
    w.key("id").string(i.id);
    w.key("student").string(i.studentId);
    w.key("host").host(i.host);
    w.key("tutor").tutor(i.tutor);
    w.key("subject").string(i.subject);
    w.key("start").date(i.start);
    w.key("end").date(i.end);
    w.key("weekly_hours").number(i.weeklyHours);
    w.key("work_days").workDays(i.workDays);
    w.key("absences").beginArray();
    for (QDate d : i.absences)
        w.date(d);
    w.endArray();
    w.key("submitted").date(i.submitted);
    w.key("signatures").begin();
    w.key("student").date(i.signatures.student);
    w.key("host").date(i.signatures.host);
    w.key("tutor").date(i.signatures.tutor);
    w.key("university").date(i.signatures.university);
    w.end();
    w.key("gratification").begin();
    w.key("amount_eur").number(i.gratification.amountEur);
    w.key("per").code(SqlValues::code<&gratificationPerCode, 2>(i.gratification.per));
    w.end();
    w.key("previous_summer").boolean(i.previousSummer);
    w.key("proof").boolean(i.proof);
    w.key("report_pages").optional(i.reportPages);
    w.key("overrides").overrides(i.overrides);
    w.key("state").code(SqlValues::code<&workflowStateCode, kStates>(i.state));
    w.end();
}

QString ItemJson::text(const Internship& i)
{
    std::string out;
    write(i, &out);
    return toQString(out);
}

void ItemJson::write(const Ter& t, std::string* out)
{
    JsonWriter w(out);
    w.begin();
    w.key("id").string(t.id);
    w.key("students").strings(t.studentIds);
    w.key("kind").code(SqlValues::code<&terKindCode, 3>(t.kind));
    w.key("subject").string(t.subject);
    w.key("capacity").optional(t.capacity);
    w.key("lab").lab(t.lab);
    w.key("supervisor").string(t.supervisor);
    w.key("start").date(t.start);
    w.key("end").date(t.end);
    w.key("weekly_hours").number(t.weeklyHours);
    w.key("paid").boolean(t.paid);
    w.key("report_pages").optional(t.reportPages);
    w.key("grade").optional(t.grade);
    w.key("overrides").overrides(t.overrides);
    w.key("state").code(SqlValues::code<&workflowStateCode, kStates>(t.state));
    w.end();
}

QString ItemJson::text(const Ter& t)
{
    std::string out;
    write(t, &out);
    return toQString(out);
}

void ItemJson::write(const SummerSchool& s, std::string* out)
{
    JsonWriter w(out);
    w.begin();
    w.key("id").string(s.id);
    w.key("student").string(s.studentId);
    w.key("name").string(s.name);
    w.key("proposed").boolean(s.proposed);
    w.key("start").date(s.start);
    w.key("end").date(s.end);
    w.key("full_time_days").optional(s.fullTimeDays);
    w.key("report_pages").optional(s.reportPages);
    w.key("report_links").strings(s.reportLinks);
    w.key("overrides").overrides(s.overrides);
    w.key("state").code(SqlValues::code<&workflowStateCode, kStates>(s.state));
    w.end();
}

QString ItemJson::text(const SummerSchool& s)
{
    std::string out;
    write(s, &out);
    return toQString(out);
}

void ItemJson::write(const Seminar& s, std::string* out)
{
    JsonWriter w(out);
    w.begin();
    w.key("id").string(s.id);
    w.key("student").string(s.studentId);
    w.key("title").string(s.title);
    w.key("date").date(s.date);
    w.key("paragraph").string(s.paragraph);
    w.key("overrides").overrides(s.overrides);
    w.end();
}

QString ItemJson::text(const Seminar& s)
{
    std::string out;
    write(s, &out);
    return toQString(out);
}

void ItemJson::write(const Host& h, std::string* out)
{
    JsonWriter w(out);
    w.host(h);
}

QString ItemJson::text(const Host& h)
{
    std::string out;
    write(h, &out);
    return toQString(out);
}

void ItemJson::write(const Tutor& t, std::string* out)
{
    JsonWriter w(out);
    w.tutor(t);
}

QString ItemJson::text(const Tutor& t)
{
    std::string out;
    write(t, &out);
    return toQString(out);
}

void ItemJson::write(const TerSubject& s, std::string* out)
{
    JsonWriter w(out);
    w.begin();
    w.key("title").string(s.title);
    w.key("kind").code(SqlValues::code<&terKindCode, 3>(s.kind));
    w.key("capacity").optional(s.capacity);
    w.key("lab").lab(s.lab);
    w.end();
}

QString ItemJson::text(const TerSubject& s)
{
    std::string out;
    write(s, &out);
    return toQString(out);
}

void ItemJson::write(const Document& d, std::string* out)
{
    JsonWriter w(out);
    w.begin();
    w.key("item_kind").string(itemKindCode(d.itemKind));
    w.key("item").string(d.itemId);
    w.key("kind").string(documentKindCode(d.kind));
    w.key("file_name").string(d.fileName);
    w.key("media_type").string(d.mediaType);
    w.key("size").integer(d.size);
    w.key("sha256").string(d.sha256);
    w.key("page_count").optional(d.pageCount);
    w.end();
}

QString ItemJson::text(const Document& d)
{
    std::string out;
    write(d, &out);
    return toQString(out);
}

} // namespace interntrack

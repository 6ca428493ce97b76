#include "ItemJson.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QLocale>

namespace interntrack {

namespace {

/// Appends JSON to a string; the caller writes keys in a fixed order.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(512); }

    JsonWriter& begin()
    {
        comma();
        m_out += QLatin1Char('{');
        m_first = true;
        return *this;
    }
    JsonWriter& end()
    {
        m_out += QLatin1Char('}');
        m_first = false;
        return *this;
    }
    JsonWriter& beginArray()
    {
        comma();
        m_out += QLatin1Char('[');
        m_first = true;
        return *this;
    }
    JsonWriter& endArray()
    {
        m_out += QLatin1Char(']');
        m_first = false;
        return *this;
    }
    JsonWriter& key(const char* k)
    {
        comma();
        m_out += QLatin1Char('"');
        m_out += QLatin1String(k);
        m_out += QLatin1String("\":");
        m_first = true; // the value follows without a comma
        return *this;
    }
    JsonWriter& string(const QString& s)
    {
        comma();
        m_out += QLatin1Char('"');
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\\') {
                m_out += QLatin1Char('\\');
                m_out += c;
            } else if (u < 0x20) {
                switch (u) {
                case u'\n':
                    m_out += QLatin1String("\\n");
                    break;
                case u'\r':
                    m_out += QLatin1String("\\r");
                    break;
                case u'\t':
                    m_out += QLatin1String("\\t");
                    break;
                default:
                    m_out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
                }
            } else {
                m_out += c;
            }
        }
        m_out += QLatin1Char('"');
        return *this;
    }
    JsonWriter& date(QDate d) { return d.isValid() ? string(SqlValues::dateText(d)) : null(); }
    JsonWriter& instant(const QDateTime& t) { return t.isValid() ? string(t.toUTC().toString(Qt::ISODateWithMs)) : null(); }
    JsonWriter& number(double v)
    {
        comma();
        m_out += QString::number(v, 'g', QLocale::FloatingPointShortest);
        return *this;
    }
    JsonWriter& integer(qint64 v)
    {
        comma();
        m_out += QString::number(v);
        return *this;
    }
    JsonWriter& boolean(bool b)
    {
        comma();
        m_out += b ? QLatin1String("true") : QLatin1String("false");
        return *this;
    }
    JsonWriter& null()
    {
        comma();
        m_out += QLatin1String("null");
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
        key("kind").string(hostKindCode(h.kind));
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

    QString take() { return std::move(m_out); }

private:
    void comma()
    {
        if (!m_first)
            m_out += QLatin1Char(',');
        m_first = false;
    }

    QString m_out;
    bool m_first = true;
};

} // namespace

QString ItemJson::compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ItemJson::text(const Student& s)
{
    JsonWriter w;
    w.begin();
    w.key("id").string(s.id);
    w.key("name").string(s.name);
    w.key("email").string(s.email);
    w.key("student_number").string(s.studentNumber);
    w.key("overrides").overrides(s.overrides);
    w.end();
    return w.take();
}

QString ItemJson::text(const Internship& i)
{
    JsonWriter w;
    w.begin();
    w.key("id").string(i.id);
    w.key("student").string(i.studentId);
    w.key("host").host(i.host);
    w.key("tutor").tutor(i.tutor);
    w.key("subject").string(i.subject);
    w.key("start").date(i.start);
    w.key("end").date(i.end);
    w.key("weekly_hours").number(i.weeklyHours);
    w.key("work_days").strings(i.workDays.toCodes());
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
    w.key("per").string(gratificationPerCode(i.gratification.per));
    w.end();
    w.key("previous_summer").boolean(i.previousSummer);
    w.key("proof").boolean(i.proof);
    w.key("report_pages").optional(i.reportPages);
    w.key("overrides").overrides(i.overrides);
    w.key("state").string(workflowStateCode(i.state));
    w.end();
    return w.take();
}

QString ItemJson::text(const Ter& t)
{
    JsonWriter w;
    w.begin();
    w.key("id").string(t.id);
    w.key("students").strings(t.studentIds);
    w.key("kind").string(terKindCode(t.kind));
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
    w.key("state").string(workflowStateCode(t.state));
    w.end();
    return w.take();
}

QString ItemJson::text(const SummerSchool& s)
{
    JsonWriter w;
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
    w.key("state").string(workflowStateCode(s.state));
    w.end();
    return w.take();
}

QString ItemJson::text(const Seminar& s)
{
    JsonWriter w;
    w.begin();
    w.key("id").string(s.id);
    w.key("student").string(s.studentId);
    w.key("title").string(s.title);
    w.key("date").date(s.date);
    w.key("paragraph").string(s.paragraph);
    w.key("overrides").overrides(s.overrides);
    w.end();
    return w.take();
}

QString ItemJson::text(const Host& h)
{
    JsonWriter w;
    w.host(h);
    return w.take();
}

QString ItemJson::text(const Tutor& t)
{
    JsonWriter w;
    w.tutor(t);
    return w.take();
}

QString ItemJson::text(const TerSubject& s)
{
    JsonWriter w;
    w.begin();
    w.key("title").string(s.title);
    w.key("kind").string(terKindCode(s.kind));
    w.key("capacity").optional(s.capacity);
    w.key("lab").lab(s.lab);
    w.end();
    return w.take();
}

QString ItemJson::text(const Document& d)
{
    JsonWriter w;
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
    return w.take();
}

} // namespace interntrack

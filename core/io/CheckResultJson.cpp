#include "CheckResultJson.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QStringEncoder>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckResultJson)
};

// The device gets the output in pieces of about this size.
constexpr size_t kChunkSize = 64 * 1024;

/**
 * Writes the JSON of a CheckResult with Writer (a RapidJSON Writer or PrettyWriter) into a
 * StringBuffer, which goes to the device in pieces of about 64 KB. The writer lays out the
 * structure; strings, most of the output, are copied into the buffer whole (see plain()).
 */
template<typename Writer>
class ResultWriter
{
public:
    ResultWriter(Writer& writer, rapidjson::StringBuffer& buffer, QIODevice& device)
        : m_writer(writer)
        , m_buffer(buffer)
        , m_device(device)
    {
    }

    /// False once the device has refused a write.
    bool ok() const { return m_ok; }

    /// Hands what the buffer holds to the device.
    void flush()
    {
        if (m_ok && m_buffer.GetSize() > 0)
            m_ok = m_device.write(m_buffer.GetString(), qint64(m_buffer.GetSize())) == qint64(m_buffer.GetSize());
        m_buffer.Clear();
    }

    void write(const CheckResult& result, const Cohort& cohort)
    {
        m_writer.StartObject();
        key("findings");
        m_writer.StartArray();
        for (const Finding& f : result.findings) {
            m_writer.StartObject();
            key("subject");
            string(f.subject);
            key("student");
            string(f.student);
            key("rule");
            string(f.rule);
            key("severity");
            string(severityCode(f.severity));
            key("message");
            string(f.message);
            key("overridden");
            m_writer.Bool(f.overridden);
            m_writer.EndObject();
            flushIfFull();
        }
        m_writer.EndArray();

        // Walk the cohort rather than the hashes: items come out in input order, and a figure the
        // checker did not compute is not invented.
        key("internships");
        m_writer.StartObject();
        for (const Internship& i : cohort.internships) {
            const auto it = result.internships.constFind(i.id);
            if (it == result.internships.constEnd())
                continue;
            const InternshipFigures& fig = *it;
            string(i.id);
            m_writer.StartObject();
            key("counted_start");
            date(fig.days.countedStart);
            key("scheduled_days");
            m_writer.Int(fig.days.scheduledDays);
            key("presence_days");
            m_writer.Int(fig.days.presenceDays);
            key("presence_hours");
            m_writer.Double(roundedTo2(fig.days.presenceHours));
            key("fte_weeks");
            m_writer.Double(roundedTo2(fig.days.fteWeeks));
            key("gratification_required");
            m_writer.Bool(fig.gratificationRequired);
            key("gratification_min_eur");
            m_writer.Double(roundedTo2(fig.gratificationMinTotalEur));
            m_writer.EndObject();
            flushIfFull();
        }
        m_writer.EndObject();

        key("students");
        m_writer.StartObject();
        for (const Student& s : cohort.students) {
            const auto it = result.students.constFind(s.id);
            if (it == result.students.constEnd())
                continue;
            string(s.id);
            m_writer.StartObject();
            key("complete");
            m_writer.Bool(it->complete);
            key("missing");
            m_writer.StartArray();
            for (const QString& code : it->missing)
                string(code);
            m_writer.EndArray();
            m_writer.EndObject();
            flushIfFull();
        }
        m_writer.EndObject();
        m_writer.EndObject();
    }

private:
    void flushIfFull()
    {
        if (m_buffer.GetSize() >= kChunkSize)
            flush();
    }

    template<size_t N>
    void key(const char (&name)[N])
    {
        plain(name, N - 1);
    }

    /**
     * Writes @p text (UTF-8 that needs no escape) as a JSON string. RapidJSON copies strings byte
     * by byte; here the writer only adds what goes before a value (a comma, a colon, indentation)
     * and the text is copied whole, straight into the buffer the writer writes to.
     */
    void plain(const char* text, size_t size)
    {
        m_writer.RawValue(text, 0, rapidjson::kStringType);
        char* out = m_buffer.Push(size + 2);
        out[0] = '"';
        std::memcpy(out + 1, text, size);
        out[size + 1] = '"';
    }

    /// @p s in UTF-8, through one reused buffer: no allocation per string.
    void string(const QString& s)
    {
        m_utf8.resize(size_t(m_encoder.requiredSpace(s.size())));
        const char* begin = m_utf8.data();
        const char* end = m_encoder.appendToBuffer(m_utf8.data(), s);
        const bool escapes = std::any_of(
            begin, end, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\'; });
        if (escapes) // a line break or a quote in a message: RapidJSON escapes it
            m_writer.String(begin, rapidjson::SizeType(end - begin));
        else
            plain(begin, size_t(end - begin));
    }

    void date(QDate d)
    {
        if (!d.isValid()) {
            m_writer.Null();
            return;
        }
        int y = 0, m = 0, day = 0;
        d.getDate(&y, &m, &day);
        if (y < 1 || y > 9999) { // not "YYYY-MM-DD": leave it to Qt
            string(d.toString(Qt::ISODate));
            return;
        }
        char text[] = "YYYY-MM-DD";
        auto put = [&text](int at, int value, int digits) {
            for (int i = at + digits - 1; i >= at; --i, value /= 10)
                text[i] = char('0' + value % 10);
        };
        put(0, y, 4);
        put(5, m, 2);
        put(8, day, 2);
        plain(text, sizeof text - 1);
    }

    Writer& m_writer;
    rapidjson::StringBuffer& m_buffer;
    QIODevice& m_device;
    bool m_ok = true;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    std::vector<char> m_utf8;
};

template<typename Writer>
bool writeWith(Writer& writer, rapidjson::StringBuffer& buffer, QIODevice& out, const CheckResult& result,
               const Cohort& cohort)
{
    ResultWriter<Writer> w(writer, buffer, out);
    w.write(result, cohort);
    buffer.Put('\n');
    w.flush();
    return w.ok();
}

} // namespace

double roundedTo2(double value)
{
    if (!std::isfinite(value))
        return 0.0;
    const double r = std::round(value * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r; // no "-0" in the output
}

Status writeCheckResultJson(QIODevice& out, const CheckResult& result, const Cohort& cohort, JsonStyle style)
{
    rapidjson::StringBuffer buffer(nullptr, 2 * kChunkSize);
    bool ok = false;
    if (style == JsonStyle::Indented) {
        rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
        writer.SetIndent(' ', 4);
        ok = writeWith(writer, buffer, out, result, cohort);
    } else {
        rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
        ok = writeWith(writer, buffer, out, result, cohort);
    }
    if (!ok)
        return Status::failure(Tr::tr("cannot write the result: %1").arg(out.errorString()));
    return {};
}

QByteArray checkResultJson(const CheckResult& result, const Cohort& cohort, JsonStyle style)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Writing to memory does not fail.
    [[maybe_unused]] const Status written = writeCheckResultJson(buffer, result, cohort, style);
    return bytes;
}

QJsonObject checkResultToJson(const CheckResult& result, const Cohort& cohort)
{
    return QJsonDocument::fromJson(checkResultJson(result, cohort)).object();
}

} // namespace interntrack

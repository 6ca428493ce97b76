#include "CsvWriter.h"

namespace interntrack {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

CsvWriter::CsvWriter(const CsvFormat& format)
    : m_format(format)
{
    if (m_format.delimiter != ';' && m_format.delimiter != ',')
        m_format.delimiter = ';';
    if (m_format.byteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray CsvWriter::encodeField(const QString& field, char delimiter)
{
    const bool needsQuotes = !field.isEmpty()
                             && (field.contains(QLatin1Char(delimiter)) || field.contains(QLatin1Char('"'))
                                 || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                                 || isBlank(field.front()) || isBlank(field.back()));
    const QByteArray utf8 = field.toUtf8();
    if (!needsQuotes)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data += m_format.delimiter;
        m_data += encodeField(fields.at(i), m_format.delimiter);
    }
    m_data += m_format.lineEnding == CsvFormat::LineEnding::CrLf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace interntrack

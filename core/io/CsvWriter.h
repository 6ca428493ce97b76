#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace interntrack {

/// How a CSV file is written. The defaults open directly in a French Excel: ";" and CRLF.
struct CsvFormat
{
    enum class LineEnding { CrLf, Lf };

    char delimiter = ';'; ///< ';' or ','; anything else is taken as ';'
    LineEnding lineEnding = LineEnding::CrLf;
    bool byteOrderMark = true; ///< Excel reads UTF-8 without a BOM as Windows-1252

    /// The decimal separator numbers are written with: ',' in ";" files (as French spreadsheets
    /// read them), '.' otherwise.
    QChar decimalSeparator() const { return delimiter == ',' ? QLatin1Char('.') : QLatin1Char(','); }
};

/**
 * Writes CSV as RFC 4180 says and spreadsheets read it: UTF-8 (with a BOM by default), a field is
 * put in quotes when it holds the delimiter, a quote, a CR or LF, or starts or ends with a space or
 * tab (readers, libcsv among them, trim those from unquoted fields); quotes inside are doubled.
 * Records end with CRLF (default) or LF. Line breaks inside a field are written as they are.
 */
class CsvWriter
{
public:
    explicit CsvWriter(const CsvFormat& format = CsvFormat());

    void writeRecord(const QStringList& fields);

    /// Everything written so far, the BOM first when asked for.
    const QByteArray& data() const { return m_data; }
    const CsvFormat& format() const { return m_format; }

    /// @p field as written in a record with @p delimiter: quoted when it must be.
    static QByteArray encodeField(const QString& field, char delimiter);

private:
    CsvFormat m_format;
    QByteArray m_data;
};

} // namespace interntrack

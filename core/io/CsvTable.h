#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace interntrack {

/// The text encoding a CSV file was read in.
enum class CsvEncoding { Utf8, Utf8Bom, Windows1252, Utf16 };

/// One data record of a CSV file. Its fields are kept in one string (one allocation per record
/// rather than per field: a 100,000-line file has millions of fields).
struct CsvRecord
{
    int line = 0; ///< physical line (1-based) where the record starts; the header is line 1
    QString text; ///< the fields' text, one after the other
    QList<qsizetype> ends; ///< where each field ends in text; field i is column i + 1

    qsizetype size() const { return ends.size(); }
    /// Field @p i (0-based); empty when there is no such field.
    QStringView field(qsizetype i) const
    {
        if (i < 0 || i >= ends.size())
            return {};
        const qsizetype begin = i == 0 ? 0 : ends.at(i - 1);
        return QStringView(text).mid(begin, ends.at(i) - begin);
    }
    QStringList fields() const
    {
        QStringList list;
        list.reserve(ends.size());
        for (qsizetype i = 0; i < ends.size(); ++i)
            list.append(field(i).toString());
        return list;
    }
    /// A record of @p fields (for tests and callers that build a table by hand).
    static CsvRecord fromFields(int line, const QStringList& fields)
    {
        CsvRecord r;
        r.line = line;
        for (const QString& f : fields) {
            r.text += f;
            r.ends.append(r.text.size());
        }
        return r;
    }
};

/// A parsed CSV file: its header and records, with where each came from so errors can say
/// "FILE:LINE:COLUMN (column name): value: what is wrong".
struct CsvTable
{
    QString source; ///< the file's name, as shown in messages
    CsvEncoding encoding = CsvEncoding::Utf8;
    char delimiter = ';';
    int headerLine = 1; ///< 1 unless blank lines precede the header
    QStringList header; ///< column names as written (trimmed)
    QList<CsvRecord> records;

    /// "FILE:LINE:COLUMN (name): "value": what" for the field of @p record in @p column (1-based).
    QString fieldError(const CsvRecord& record, int column, const QString& what) const;
    /// The same for a location not tied to a record's field (e.g. a header cell or a parse error).
    QString errorAt(int line, int column, const QString& value, const QString& what) const;
};

/// Text as shown in an error message: on one line (control characters made visible), long text cut.
QString csvShowText(const QString& text);
/// A value as shown in an error message: csvShowText() in quotes.
QString csvQuoteForMessage(const QString& value);

/// "FILE:LINE:COLUMN (name): "value": what"; without the column part when @p column is 0, without
/// the name when it is empty.
QString csvLocationMessage(const QString& source, int line, int column, const QString& columnName, const QString& value,
                           const QString& what);

/// A column name or a coded value as compared: case, accents and separators ignored
/// ("Début" and "debut" give "debut"; "Student ID" and "student-id" give "student_id").
QString csvNormalizeName(const QString& name);

} // namespace interntrack

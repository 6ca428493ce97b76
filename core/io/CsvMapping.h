#pragma once

#include "CsvItems.h"
#include "CsvTable.h"
#include "CsvWriter.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace interntrack {

/// One column of a kind, as resources/csv-columns.md documents it.
struct CsvColumnInfo
{
    QString name; ///< the English name, written by exports
    QStringList aliases; ///< other accepted names (French, with or without accents, and synonyms)
    bool required = false;
    QString type; ///< "text", "date", "number", "yes/no", … (see csv-columns.md)
};

/**
 * The columns of each CSV kind, both ways: read() turns a file's records into domain items, toCsv()
 * writes items with exactly the columns read() takes (English names), so an export re-imports to the
 * same items. Column names match whatever their case, accents and separators ("Début", "debut",
 * "DEBUT"); English and French names are accepted. Dates are YYYY-MM-DD or DD/MM/YYYY; numbers take
 * "." or "," as decimal separator; yes/no columns take yes/no, oui/non, true/false, 1/0; lists are
 * separated by spaces or "|". A free-text value that a spreadsheet would run as a formula (starting
 * with = + - @) is written behind an apostrophe, which read() removes again.
 *
 * Every problem of a file is reported (the first few dozen), one per line, as
 * "FILE:LINE:COLUMN (column name): "value": what is wrong".
 */
class CsvMapping
{
    Q_DECLARE_TR_FUNCTIONS(CsvMapping)

public:
    /// Parses the file (CsvReader) and maps its records.
    static Result<CsvItems> read(CsvKind kind, const QByteArray& bytes, const QString& source);
    static Result<CsvItems> read(CsvKind kind, const CsvTable& table);

    /// Writes the list of @p items' kind. Fails only for what a CSV cannot hold back (an element of
    /// a list that holds a list separator, two hosts of the same name…).
    static Result<QByteArray> toCsv(const CsvItems& items, const CsvFormat& format = CsvFormat());
    static Result<QByteArray> toCsv(const QList<Student>& items, const CsvFormat& format = CsvFormat());
    static Result<QByteArray> toCsv(const QList<HostEntry>& items, const CsvFormat& format = CsvFormat());
    static Result<QByteArray> toCsv(const QList<TerSubject>& items, const CsvFormat& format = CsvFormat());
    static Result<QByteArray> toCsv(const QList<Ter>& items, const CsvFormat& format = CsvFormat());
    static Result<QByteArray> toCsv(const QList<Internship>& items, const CsvFormat& format = CsvFormat());
    static Result<QByteArray> toCsv(const QList<Seminar>& items, const CsvFormat& format = CsvFormat());
    static Result<QByteArray> toCsv(const QList<SummerSchool>& items, const CsvFormat& format = CsvFormat());

    /// The columns of @p kind in the order exports write them.
    static QList<CsvColumnInfo> columns(CsvKind kind);
};

} // namespace interntrack

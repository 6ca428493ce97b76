#pragma once

#include "CsvTable.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace interntrack {

/**
 * Reads CSV files as spreadsheets write them, with libcsv doing the RFC 4180 parsing: UTF-8 with or
 * without a BOM, UTF-16 with a BOM, else Windows-1252 (what Excel writes on French Windows); the
 * delimiter (`;`, `,` or a tab) is taken from the header line; quoted fields may hold delimiters,
 * doubled quotes and line breaks. Line breaks are LF, CRLF or CR. Blank lines and records whose
 * fields are all empty (Excel's ";;;" rows) are skipped. The first record is the header.
 *
 * Errors say where: "FILE:LINE:COLUMN (column name): "value": what is wrong". Malformed quoting,
 * a record with another number of fields than the header, an empty file, a duplicate or empty
 * column name, a NUL byte or a spreadsheet workbook instead of CSV all fail cleanly.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Parses @p bytes, the whole file; @p source names the file in messages.
    static Result<CsvTable> parse(const QByteArray& bytes, const QString& source);

    /// @p bytes decoded to UTF-8 bytes as parse() does, with the encoding found (no BOM left).
    struct Decoded
    {
        QByteArray utf8;
        CsvEncoding encoding = CsvEncoding::Utf8;
    };
    static Result<Decoded> decode(const QByteArray& bytes, const QString& source);

    /// The delimiter of the header line (the first non-blank line) of UTF-8 @p utf8, outside quotes.
    static char detectDelimiter(const QByteArray& utf8);
};

} // namespace interntrack

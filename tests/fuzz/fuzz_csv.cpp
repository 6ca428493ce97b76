// libFuzzer target: the CSV import (core/io/CsvReader, then CsvMapping for each kind of list). Every input
// is read or refused with messages that name the file; a table that is read writes back (CsvWriter) to a
// file that reads to the same header and records; items that are read export (CsvMapping::toCsv) and import
// back to the same items, with either delimiter and line ending (what tst_csvfuzz checks on its mutations).

#include "FuzzSupport.h"
#include "io/CsvErrors.h"
#include "io/CsvItems.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QStringList>

using namespace interntrack;
using interntrack::fuzz::require;

namespace {

const QString kSource = QStringLiteral("fuzz.csv");

bool sameList(const CsvItems& a, const CsvItems& b)
{
    switch (a.kind) {
    case CsvKind::Students:
        return a.students == b.students;
    case CsvKind::Hosts:
        return a.hosts == b.hosts;
    case CsvKind::TerSubjects:
        return a.terSubjects == b.terSubjects;
    case CsvKind::Ters:
        return a.ters == b.ters;
    case CsvKind::Internships:
        return a.internships == b.internships;
    case CsvKind::Seminars:
        return a.seminars == b.seminars;
    case CsvKind::SummerSchools:
        return a.summerSchools == b.summerSchools;
    }
    return false;
}

/// Every line of a mapping's message names the file, but the last one may say how many more there are.
void checkMessages(const QString& error)
{
    require(!error.isEmpty(), "a refused CSV file has a message");
    const QStringList lines = error.split(QLatin1Char('\n'));
    require(lines.size() <= CsvErrors::kDefaultLimit + 1, "the problems listed are capped", error);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool more = i == lines.size() - 1 && lines.at(i).startsWith(QStringLiteral("…"));
        require(more || lines.at(i).startsWith(kSource + QLatin1Char(':')), "every problem names the file", error);
    }
}

void checkTable(const CsvTable& table)
{
    require(!table.header.isEmpty(), "a table has a header");
    require(table.headerLine >= 1, "the header is on a line");
    int line = table.headerLine;
    for (const CsvRecord& record : table.records) {
        require(record.size() == table.header.size(), "every record has the header's number of fields");
        require(record.line > line, "records come in line order, after the header");
        line = record.line;
    }

    // Written back with the same delimiter (a tab is written as ';'), it reads to the same table.
    CsvFormat format;
    format.delimiter = table.delimiter == ',' ? ',' : ';';
    CsvWriter writer(format);
    writer.writeRecord(table.header);
    for (const CsvRecord& record : table.records)
        writer.writeRecord(record.fields());
    const Result<CsvTable> back = CsvReader::parse(writer.data(), kSource);
    require(back.ok(), "a table written back reads again",
            back.ok() ? QString() : back.error() + QLatin1Char('\n') + QString::fromUtf8(writer.data()));
    require(back->header == table.header, "the table's round trip keeps the header", QString::fromUtf8(writer.data()));
    require(back->records.size() == table.records.size(), "the table's round trip keeps every record",
            QString::fromUtf8(writer.data()));
    for (qsizetype i = 0; i < table.records.size(); ++i)
        require(back->records.at(i).fields() == table.records.at(i).fields(), "the table's round trip keeps the fields",
                QString::fromUtf8(writer.data()));
}

void checkItems(CsvKind kind, const CsvTable& table)
{
    const Result<CsvItems> items = CsvMapping::read(kind, table);
    if (!items.ok()) {
        checkMessages(items.error());
        return;
    }
    require(items->kind == kind, "the items are of the kind asked for");
    for (const CsvFormat::LineEnding ending : {CsvFormat::LineEnding::CrLf, CsvFormat::LineEnding::Lf}) {
        CsvFormat format;
        format.delimiter = ending == CsvFormat::LineEnding::Lf ? ',' : ';';
        format.lineEnding = ending;
        const Result<QByteArray> out = CsvMapping::toCsv(items.value(), format);
        require(out.ok(), "items that were read export", out.ok() ? QString() : out.error());
        const Result<CsvItems> back = CsvMapping::read(kind, out.value(), kSource);
        require(back.ok(), "exported items import again",
                back.ok() ? QString() : back.error() + QLatin1Char('\n') + QString::fromUtf8(out.value()));
        require(sameList(back.value(), items.value()), "exported items import to the same items",
                QString::fromUtf8(out.value()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const Result<CsvTable> table = CsvReader::parse(bytes, kSource);
    if (!table.ok()) {
        require(!table.error().isEmpty() && table.error().startsWith(kSource), "a reader's message names the file",
                table.error());
        return 0;
    }
    checkTable(table.value());
    for (const CsvKind kind : allCsvKinds())
        checkItems(kind, table.value());
    return 0;
}

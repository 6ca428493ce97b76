#include "CsvReader.h"

#include "CsvErrors.h"

#include <QHash>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace interntrack {

namespace {

// libcsv grows its field buffer by a fixed block; feeding at most this much at a time and raising the
// block to the buffer's size before each feed makes the growth geometric, so a 1 MB field costs a
// handful of reallocations instead of thousands of copies.
constexpr qsizetype kFeedChunk = 64 * 1024;

// How much of a line an error message shows on each side of the problem.
constexpr qsizetype kExcerptRadius = 30;

// Windows-1252 0x80–0x9F. The five bytes Windows leaves undefined decode, as Windows does, to the
// C1 control of the same value.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const uchar* bytesOf(const QByteArray& a)
{
    return reinterpret_cast<const uchar*>(a.constData());
}

/// The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray& data)
{
    const uchar* s = bytesOf(data);
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // Most text is ASCII: skip it eight bytes at a time.
        quint64 word = 0;
        while (i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0))
            i += 8;
        if (i >= n)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07u;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar cc = s[i + k];
            if ((cc & 0xC0u) != 0x80u)
                return i;
            cp = (cp << 6) | (cc & 0x3Fu);
        }
        if (length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            return i;
        if (length == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            return i;
        i += length;
    }
    return -1;
}

void appendUtf8(QByteArray& out, char16_t u)
{
    if (u < 0x80) {
        out += char(u);
    } else if (u < 0x800) {
        out += char(0xC0 | (u >> 6));
        out += char(0x80 | (u & 0x3F));
    } else {
        out += char(0xE0 | (u >> 12));
        out += char(0x80 | ((u >> 6) & 0x3F));
        out += char(0x80 | (u & 0x3F));
    }
}

QByteArray windows1252ToUtf8(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 8);
    for (const char ch : data) {
        const auto c = static_cast<uchar>(ch);
        if (c < 0x80)
            out += ch;
        else if (c < 0xA0)
            appendUtf8(out, kCp1252High[c - 0x80]);
        else
            appendUtf8(out, char16_t(c)); // 0xA0–0xFF are Latin-1
    }
    return out;
}

/// The 1-based physical line of @p offset: line breaks are LF, CRLF or a lone CR, as for libcsv.
int lineOf(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    const qsizetype end = std::min(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = data.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n')))
            ++line;
    }
    return line;
}

/// The end of the physical line that starts at @p pos, its line break included.
qsizetype lineEnd(const char* s, qsizetype n, qsizetype pos)
{
    const auto* lf = static_cast<const char*>(std::memchr(s + pos, '\n', size_t(n - pos)));
    const qsizetype lfAt = lf ? lf - s : n;
    const auto* cr = static_cast<const char*>(std::memchr(s + pos, '\r', size_t(lfAt - pos)));
    if (cr && cr - s + 1 != lfAt)
        return cr - s + 1; // a lone CR ends the line
    return lf ? lfAt + 1 : n;
}

bool isBlankLine(const char* s, qsizetype from, qsizetype to, char delimiter)
{
    // What libcsv skips before a record begins: spaces, tabs (unless the delimiter) and line breaks.
    return std::all_of(s + from, s + to, [delimiter](char c) {
        return c == ' ' || (c == '\t' && delimiter != '\t') || c == '\r' || c == '\n';
    });
}

/// Up to kExcerptRadius bytes on each side of @p at within its line, cut on character boundaries.
QString excerpt(const QByteArray& data, qsizetype lineStart, qsizetype at)
{
    const char* s = data.constData();
    qsizetype end = lineEnd(s, data.size(), lineStart);
    while (end > lineStart && (s[end - 1] == '\n' || s[end - 1] == '\r'))
        --end;
    qsizetype from = std::max(lineStart, at - kExcerptRadius);
    qsizetype to = std::min(end, at + kExcerptRadius);
    while (from < to && (static_cast<uchar>(s[from]) & 0xC0u) == 0x80u)
        ++from;
    while (to > from && to < end && (static_cast<uchar>(s[to]) & 0xC0u) == 0x80u)
        --to;
    return QString::fromUtf8(s + from, to - from);
}

/// What the libcsv callbacks build.
struct ParseState
{
    QList<CsvRecord> records;
    QByteArray bytes; ///< the current record's fields, UTF-8, one after the other
    QList<qsizetype> byteEnds; ///< where each of its fields ends in bytes
    int line = 0; ///< the physical line being fed
    int recordLine = 0; ///< where the current record starts
    int fieldLine = 0; ///< where the current field starts
    qsizetype fieldLineOffset = 0; ///< the byte offset of that line
    qsizetype lineOffset = 0; ///< the byte offset of the line being fed
    bool inRecord = false;

    qsizetype fieldCount() const { return byteEnds.size(); }
};

void onField(void* text, size_t length, void* data)
{
    auto* state = static_cast<ParseState*>(data);
    state->bytes.append(static_cast<const char*>(text), qsizetype(length));
    state->byteEnds.append(state->bytes.size());
    // The next field starts right after this one's delimiter, on the line being fed.
    state->fieldLine = state->line;
    state->fieldLineOffset = state->lineOffset;
}

void onRecord(int, void* data)
{
    auto* state = static_cast<ParseState*>(data);
    CsvRecord record;
    record.line = state->recordLine;
    record.text = QString::fromUtf8(state->bytes);
    if (record.text.size() == state->bytes.size()) {
        record.ends = state->byteEnds; // ASCII: one UTF-16 unit per byte
    } else {
        // The text is valid UTF-8 (decode() saw to it): each byte that is not a continuation byte
        // starts a character, and a 4-byte one takes two UTF-16 units.
        const auto* s = bytesOf(state->bytes);
        record.ends.reserve(state->byteEnds.size());
        qsizetype units = 0;
        qsizetype begin = 0;
        for (const qsizetype end : std::as_const(state->byteEnds)) {
            for (qsizetype i = begin; i < end; ++i)
                units += qsizetype((s[i] & 0xC0u) != 0x80u) + qsizetype(s[i] >= 0xF0u);
            record.ends.append(units);
            begin = end;
        }
        if (units != record.text.size()) {
            // Not expected, but a wrong count must not shift fields: convert field by field.
            record.text.clear();
            record.ends.clear();
            begin = 0;
            for (const qsizetype end : std::as_const(state->byteEnds)) {
                record.text += QString::fromUtf8(state->bytes.constData() + begin, end - begin);
                record.ends.append(record.text.size());
                begin = end;
            }
        }
    }
    state->records.append(std::move(record));
    state->bytes.resize(0);
    state->byteEnds.resize(0);
    state->inRecord = false;
}

/// Owns a libcsv parser.
class Parser
{
public:
    Parser() { m_ok = csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI) == 0; }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    bool ok() const { return m_ok; }
    csv_parser* get() { return &m_parser; }

private:
    csv_parser m_parser{};
    bool m_ok = false;
};

bool startsWith(const QByteArray& data, std::initializer_list<uchar> prefix)
{
    if (data.size() < qsizetype(prefix.size()))
        return false;
    return std::equal(prefix.begin(), prefix.end(), bytesOf(data));
}

} // namespace

Result<CsvReader::Decoded> CsvReader::decode(const QByteArray& bytes, const QString& source)
{
    using R = Result<Decoded>;
    if (startsWith(bytes, {'P', 'K', 0x03, 0x04}) || startsWith(bytes, {0xD0, 0xCF, 0x11, 0xE0}))
        return R::failure(tr("%1: this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV file: "
                             "save it as \"CSV UTF-8\" or \"CSV (semicolon separated)\" first")
                              .arg(source));

    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF})) {
        const bool little = bytesOf(bytes)[0] == 0xFF;
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QByteArray body = bytes.mid(2);
        const QString text = decoder.decode(body);
        if (decoder.hasError() || body.size() % 2 != 0)
            return R::failure(
                tr("%1: the file starts as UTF-16 but is not valid UTF-16: save it as \"CSV UTF-8\"").arg(source));
        return Decoded{text.toUtf8(), CsvEncoding::Utf16};
    }

    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        QByteArray body = bytes.mid(3);
        const qsizetype bad = firstInvalidUtf8(body);
        if (bad >= 0)
            return R::failure(tr("%1:%2: the file starts with a UTF-8 byte order mark but holds a byte that is "
                                 "not UTF-8 (0x%3): it is damaged or mixes encodings")
                                  .arg(source)
                                  .arg(lineOf(body, bad))
                                  .arg(bytesOf(body)[bad], 2, 16, QLatin1Char('0')));
        return Decoded{std::move(body), CsvEncoding::Utf8Bom};
    }

    // Without a BOM, text that is valid UTF-8 is UTF-8: Windows-1252 text with accented letters is
    // almost never valid UTF-8 by accident. Anything else is Windows-1252, as Excel writes it.
    if (firstInvalidUtf8(bytes) < 0)
        return Decoded{bytes, CsvEncoding::Utf8};
    return Decoded{windows1252ToUtf8(bytes), CsvEncoding::Windows1252};
}

char CsvReader::detectDelimiter(const QByteArray& utf8)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    bool started = false;
    for (const char c : utf8) {
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice
            started = true;
            continue;
        }
        if (quoted)
            continue;
        if (c == '\n' || c == '\r') {
            if (started)
                break;
            continue;
        }
        if (c == ';')
            ++semicolons;
        else if (c == ',')
            ++commas;
        else if (c == '\t')
            ++tabs;
        if (c != ' ')
            started = true;
    }
    if (semicolons == 0 && commas == 0 && tabs > 0)
        return '\t';
    // On a tie ";" wins: French spreadsheets write it, and "," is the likelier inside a name.
    if (semicolons >= commas && semicolons > 0)
        return ';';
    return commas > 0 ? ',' : ';';
}

Result<CsvTable> CsvReader::parse(const QByteArray& bytes, const QString& source)
{
    using R = Result<CsvTable>;
    const QString emptyMessage =
        tr("%1: the file is empty: a CSV file needs a header line naming its columns").arg(source);
    if (bytes.isEmpty())
        return R::failure(emptyMessage);

    Result<Decoded> decoded = decode(bytes, source);
    if (!decoded)
        return R::failure(decoded.error());
    const QByteArray& data = decoded->utf8;

    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        return R::failure(tr("%1:%2: the file holds a NUL byte, which no CSV text has: is it a UTF-16 file "
                             "without a byte order mark, or not a CSV file at all?")
                              .arg(source)
                              .arg(lineOf(data, nul)));

    CsvTable table;
    table.source = source;
    table.encoding = decoded->encoding;
    table.delimiter = detectDelimiter(data);

    Parser parser;
    if (!parser.ok())
        return R::failure(tr("%1: the CSV parser could not start (out of memory)").arg(source));
    csv_set_delim(parser.get(), static_cast<uchar>(table.delimiter));

    ParseState state;
    const char* s = data.constData();
    const qsizetype n = data.size();

    // The file is fed to libcsv one physical line at a time, so that every callback knows the line
    // it happens on; a record starts on the first line after the previous record that libcsv does
    // not skip as blank.
    qsizetype pos = 0;
    int line = 0;
    while (pos < n) {
        const qsizetype end = lineEnd(s, n, pos);
        ++line;
        state.line = line;
        state.lineOffset = pos;
        if (!state.inRecord && !isBlankLine(s, pos, end, table.delimiter)) {
            state.inRecord = true;
            state.recordLine = line;
            state.fieldLine = line;
            state.fieldLineOffset = pos;
        }
        for (qsizetype chunk = pos; chunk < end; chunk += kFeedChunk) {
            const qsizetype length = std::min(kFeedChunk, end - chunk);
            csv_set_blk_size(parser.get(), std::max<size_t>(size_t(kFeedChunk), csv_get_buffer_size(parser.get())));
            const size_t used = csv_parse(parser.get(), s + chunk, size_t(length), onField, onRecord, &state);
            if (used == size_t(length))
                continue;
            const int column = int(state.fieldCount()) + 1;
            const qsizetype at = chunk + qsizetype(used);
            if (csv_error(parser.get()) != CSV_EPARSE)
                return R::failure(tr("%1:%2: the file cannot be read: %3")
                                      .arg(source)
                                      .arg(line)
                                      .arg(QString::fromUtf8(csv_strerror(csv_error(parser.get())))));
            const QString what =
                parser.get()->quoted
                    ? tr("text goes on after the closing quote of a quoted value: a quote inside a quoted value "
                         "must be doubled (\"\")")
                    : tr("a quote in a value that does not start with a quote: put the whole value in quotes and "
                         "double the quotes inside (\"\")");
            table.header = state.records.isEmpty() ? QStringList() : state.records.constFirst().fields();
            return R::failure(table.errorAt(line, column, excerpt(data, pos, at), what));
        }
        pos = end;
    }
    if (csv_fini(parser.get(), onField, onRecord, &state) != 0) {
        table.header = state.records.isEmpty() ? QStringList() : state.records.constFirst().fields();
        return R::failure(table.errorAt(state.fieldLine, int(state.fieldCount()) + 1,
                                        excerpt(data, state.fieldLineOffset, state.fieldLineOffset),
                                        tr("a quoted value is never closed: its closing quote is missing")));
    }

    if (state.records.isEmpty())
        return R::failure(emptyMessage);

    CsvRecord header = state.records.takeFirst();
    table.headerLine = header.line;
    table.header = header.fields();
    for (QString& name : table.header)
        name = name.trimmed();

    CsvErrors errors;
    if (std::all_of(table.header.cbegin(), table.header.cend(), [](const QString& h) { return h.isEmpty(); }))
        errors.add(tr("%1:%2: the header line has no column names").arg(source).arg(table.headerLine));
    QHash<QString, int> seen;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString key = csvNormalizeName(table.header.at(i));
        if (key.isEmpty())
            continue;
        const auto it = seen.constFind(key);
        if (it != seen.cend()) {
            errors.add(table.errorAt(table.headerLine, i + 1, table.header.at(i),
                                     tr("duplicate column: column %1 has the same name").arg(it.value())));
        } else {
            seen.insert(key, i + 1);
        }
    }

    const qsizetype width = table.header.size();
    table.records.reserve(state.records.size());
    for (CsvRecord& record : state.records) {
        if (record.text.isEmpty())
            continue; // every field empty
        const qsizetype count = record.size();
        if (count > width) {
            errors.add(table.fieldError(record, int(width) + 1,
                                        tr("this line has %n field(s) but the header has %1 columns: is a value "
                                           "holding the delimiter not in quotes?",
                                           nullptr, int(count))
                                            .arg(width)));
        } else if (count < width) {
            errors.add(table.fieldError(record, int(count) + 1,
                                        tr("this line has %n field(s) but the header has %1 columns: a value is "
                                           "missing",
                                           nullptr, int(count))
                                            .arg(width)));
        } else if (errors.isEmpty()) {
            table.records.append(std::move(record));
        }
    }
    if (!errors.isEmpty())
        return R::failure(errors.message());
    return table;
}

} // namespace interntrack

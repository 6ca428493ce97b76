#include "CsvTable.h"

#include <QCoreApplication>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)
};

// Long enough to recognise a value, short enough that a 1 MB field does not flood a terminal.
constexpr qsizetype kMaxShownChars = 60;

constexpr qsizetype kMaxNormalizedChars = 256;

} // namespace

QString csvShowText(const QString& text)
{
    QString shown;
    const qsizetype n = std::min(text.size(), kMaxShownChars);
    shown.reserve(n + 8);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n'))
            shown += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            shown += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            shown += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::LineSeparator
                 || c == QChar::ParagraphSeparator)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (text.size() > kMaxShownChars)
        shown += QStringLiteral("…");
    return shown;
}

QString csvQuoteForMessage(const QString& value)
{
    return QLatin1Char('"') + csvShowText(value) + QLatin1Char('"');
}

QString csvLocationMessage(const QString& source, int line, int column, const QString& columnName, const QString& value,
                           const QString& what)
{
    if (column <= 0)
        return Tr::tr("%1:%2: %3").arg(source).arg(line).arg(what);
    if (columnName.isEmpty())
        return Tr::tr("%1:%2:%3: %4: %5").arg(source).arg(line).arg(column).arg(csvQuoteForMessage(value), what);
    // A column name can be anything a value can (a damaged header): it is shown like a value.
    const QString shownName = csvShowText(columnName);
    return Tr::tr("%1:%2:%3 (%4): %5: %6")
        .arg(source)
        .arg(line)
        .arg(column)
        .arg(shownName, csvQuoteForMessage(value), what);
}

QString csvNormalizeName(const QString& name)
{
    // No column name or code is this long, and Unicode normalization of a huge value (a 1 MB cell)
    // is slow: such a value is compared as it is, behind a character no normalized name holds.
    if (name.size() > kMaxNormalizedChars)
        return QChar(0x1) + name;

    // Compatibility decomposition splits "é" into "e" + a combining accent (dropped below) and turns
    // no-break spaces into spaces, so "Début", "debut" and "DÉBUT" compare equal.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool separator = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (separator && !out.isEmpty())
                out += QLatin1Char('_');
            separator = false;
            out += c.toCaseFolded();
        } else {
            separator = true;
        }
    }
    return out;
}

QString CsvTable::fieldError(const CsvRecord& record, int column, const QString& what) const
{
    const QString value = record.field(column - 1).toString();
    return errorAt(record.line, column, value, what);
}

QString CsvTable::errorAt(int line, int column, const QString& value, const QString& what) const
{
    const QString name = column >= 1 && column <= header.size() ? header.at(column - 1) : QString();
    return csvLocationMessage(source, line, column, name, value, what);
}

} // namespace interntrack

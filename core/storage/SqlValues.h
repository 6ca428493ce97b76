#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace interntrack {

/**
 * How domain values are written to and read from SQL columns, in one place: dates as
 * 'YYYY-MM-DD' text, instants as UTC ISO 8601 text with milliseconds, booleans as 0/1,
 * absent values as NULL. The readers are fast because a cohort holds millions of values.
 */
class SqlValues
{
public:
    static QVariant date(QDate d);
    /// NULL gives a null date; false when the text is not a date.
    static bool toDate(const QVariant& v, QDate* out);
    static QVariant instant(const QDateTime& t);
    static bool toInstant(const QVariant& v, QDateTime* out);
    static QVariant boolean(bool b) { return QVariant(b ? 1 : 0); }
    static QVariant optionalInt(const std::optional<int>& v);
    static std::optional<int> toOptionalInt(const QVariant& v);
    static QVariant optionalDouble(const std::optional<double>& v);
    static std::optional<double> toOptionalDouble(const QVariant& v);
    static QVariant nullInt() { return QVariant(QMetaType::fromType<qint64>()); }
    /// SQL NULL. (A null QString would be bound as NULL too, hence bindable().)
    static QVariant null() { return QVariant(); }
    /// @p v ready to bind: a null QString becomes '' (text columns are NOT NULL; absence is NULL only
    /// where a value may be missing, and those are passed as null()).
    static QVariant bindable(const QVariant& v);
    static QVariant id(qint64 rowId) { return rowId > 0 ? QVariant(rowId) : nullInt(); }
    /// The date as 'YYYY-MM-DD' (empty for a null date).
    static QString dateText(QDate d);
    /// Appends @p s to @p out as UTF-8, byte for byte what QString::toUtf8() gives, without allocating.
    static void appendUtf8(std::string& out, QStringView s);

    /**
     * The stable code of an enumeration value (e.g. ToCode = workflowStateCode) as UTF-8, made once per
     * value rather than a QString per call. The enumeration's values are 0 … Count - 1; any other gives ''.
     */
    template<auto ToCode, int Count, typename Enum>
    static std::string_view code(Enum e)
    {
        static const std::array<std::string, Count> codes = [] {
            std::array<std::string, Count> out;
            for (int i = 0; i < Count; ++i)
                out[size_t(i)] = ToCode(Enum(i)).toStdString();
            return out;
        }();
        const auto i = size_t(e);
        return i < size_t(Count) ? std::string_view(codes[i]) : std::string_view();
    }
};

} // namespace interntrack

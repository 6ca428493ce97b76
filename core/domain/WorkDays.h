#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace interntrack {

/// The days of the week a placement is scheduled on, as a bit set (bit 0 = Monday).
class WorkDays
{
public:
    constexpr WorkDays() = default;
    constexpr explicit WorkDays(unsigned bits)
        : m_bits(bits & 0x7Fu)
    {
    }

    static constexpr WorkDays mondayToFriday() { return WorkDays(0x1Fu); }

    /// @p dayOfWeek is Qt's: 1 = Monday … 7 = Sunday.
    constexpr bool contains(int dayOfWeek) const { return (m_bits >> (dayOfWeek - 1)) & 1u; }
    constexpr void set(int dayOfWeek, bool on = true)
    {
        if (on)
            m_bits |= 1u << (dayOfWeek - 1);
        else
            m_bits &= ~(1u << (dayOfWeek - 1));
    }
    constexpr int count() const
    {
        int n = 0;
        for (int d = 1; d <= 7; ++d)
            n += contains(d) ? 1 : 0;
        return n;
    }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr unsigned bits() const { return m_bits; }

    /// "mon", "tue", … "sun" (the CLI and storage spelling).
    QStringList toCodes() const;
    /// Parses a day code; std::nullopt when it is not one.
    static std::optional<int> dayFromCode(const QString& code);
    static QString codeForDay(int dayOfWeek);

    friend constexpr bool operator==(WorkDays a, WorkDays b) { return a.m_bits == b.m_bits; }

private:
    unsigned m_bits = 0x1Fu;
};

} // namespace interntrack

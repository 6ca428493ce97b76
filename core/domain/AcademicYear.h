#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace interntrack {

/// An academic year, 1 September of startYear to 31 August of startYear + 1 ("2025-2026").
struct AcademicYear
{
    int startYear = 0;

    static std::optional<AcademicYear> parse(const QString& text);
    /// The academic year that contains @p date.
    static AcademicYear containing(QDate date);

    QString toString() const;
    QDate first() const { return QDate(startYear, 9, 1); }
    QDate last() const { return QDate(startYear + 1, 8, 31); }
    bool isValid() const { return startYear > 1900; }

    friend bool operator==(const AcademicYear&, const AcademicYear&) = default;
};

} // namespace interntrack

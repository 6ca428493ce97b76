#include "AcademicYear.h"

#include <QRegularExpression>

namespace interntrack {

std::optional<AcademicYear> AcademicYear::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    if (b != a + 1 || a < 1901 || a > 9000)
        return std::nullopt;
    return AcademicYear{a};
}

AcademicYear AcademicYear::containing(QDate date)
{
    return AcademicYear{date.month() >= 9 ? date.year() : date.year() - 1};
}

QString AcademicYear::toString() const
{
    return QString::number(startYear) + QLatin1Char('-') + QString::number(startYear + 1);
}

} // namespace interntrack

#include "Format.h"

#include <QLocale>

namespace interntrack {

QString formatDate(QDate date)
{
    if (!date.isValid())
        return QStringLiteral("—");
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString formatEuros(double amount)
{
    return QLocale().toString(amount, 'f', 2) + QStringLiteral("\u00a0€");
}

QString formatNumber(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

} // namespace interntrack

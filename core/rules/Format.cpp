#include "Format.h"

#include <QHash>

#include <QLocale>
#include <cmath>
#include <cstdlib>

namespace interntrack {

QString formatDate(QDate date)
{
    if (!date.isValid())
        return QStringLiteral("—");
    // Formatting a date through QLocale costs microseconds; rule messages repeat the same few dates
    // across thousands of items, so each thread keeps the ones it made for the current locale.
    struct Cache
    {
        QLocale locale;
        QHash<qint64, QString> dates;
    };
    thread_local Cache cache;
    const QLocale current;
    if (!(cache.locale == current)) {
        cache.locale = current;
        cache.dates.clear();
    }
    const qint64 jd = date.toJulianDay();
    auto it = cache.dates.constFind(jd);
    if (it != cache.dates.constEnd())
        return *it;
    if (cache.dates.size() > 20000)
        cache.dates.clear();
    QString text = current.toString(date, QStringLiteral("d MMMM yyyy"));
    cache.dates.insert(jd, text);
    return text;
}

namespace {
// QLocale::toString(double) asks the system locale on every call; messages only need the decimal
// separator, kept per thread for the current default locale.
QString localeDecimal(const QString& cLocaleNumber)
{
    struct Cache
    {
        QLocale locale{QLocale::c()};
        QString point = QStringLiteral(".");
    };
    thread_local Cache cache;
    const QLocale current;
    if (!(cache.locale == current)) {
        cache.locale = current;
        cache.point = current.decimalPoint();
    }
    if (cache.point == QLatin1String("."))
        return cLocaleNumber;
    QString s = cLocaleNumber;
    return s.replace(QLatin1Char('.'), cache.point);
}
} // namespace

QString formatEuros(double amount)
{
    return formatNumber(amount, 2) + QStringLiteral("\u00a0€");
}

QString formatNumber(double value, int decimals)
{
    // Messages show at most a few decimals of modest numbers: format them as a scaled integer, which
    // costs a fraction of QString::number(double).
    if (decimals >= 0 && decimals <= 3 && std::isfinite(value) && std::fabs(value) < 1e12) {
        static constexpr long long kScale[] = {1, 10, 100, 1000};
        const long long scaled = std::llround(value * static_cast<double>(kScale[decimals]));
        const long long whole = std::llabs(scaled) / kScale[decimals];
        const long long fraction = std::llabs(scaled) % kScale[decimals];
        QString text = scaled < 0 ? QStringLiteral("-") : QString();
        text += QString::number(whole);
        if (decimals > 0)
            text += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, decimals, 10, QLatin1Char('0'));
        return localeDecimal(text);
    }
    return localeDecimal(QString::number(value, 'f', decimals));
}

} // namespace interntrack

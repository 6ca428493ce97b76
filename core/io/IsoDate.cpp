#include "IsoDate.h"

namespace interntrack {

namespace {

constexpr int digit(char c)
{
    return (c >= '0' && c <= '9') ? c - '0' : -1;
}

/// The value of the ASCII digits at [from, from + count) of @p s; -1 when one is not a digit.
int number(QByteArrayView s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const int d = digit(s[i]);
        if (d < 0)
            return -1;
        n = n * 10 + d;
    }
    return n;
}

} // namespace

QDate parseIsoDate(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int y = number(text, 0, 4);
    const int m = number(text, 5, 2);
    const int d = number(text, 8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return {};
    static constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > kDaysInMonth[m - 1] + ((m == 2 && leap) ? 1 : 0))
        return {};
    // The Julian day of a proleptic Gregorian date (Fliegel & Van Flandern); QDate(y, m, d) would
    // validate the parts a second time.
    const qint64 a = (14 - m) / 12;
    const qint64 yy = y + 4800 - a;
    const qint64 mm = m + 12 * a - 3;
    const qint64 jd = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
    return QDate::fromJulianDay(jd);
}

} // namespace interntrack

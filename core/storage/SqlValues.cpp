#include "SqlValues.h"

namespace interntrack {

QString SqlValues::dateText(QDate d)
{
    if (!d.isValid())
        return {};
    const int y = d.year();
    if (y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    const int m = d.month();
    const int day = d.day();
    const QChar text[10] = {QLatin1Char(char('0' + y / 1000)),
                            QLatin1Char(char('0' + y / 100 % 10)),
                            QLatin1Char(char('0' + y / 10 % 10)),
                            QLatin1Char(char('0' + y % 10)),
                            QLatin1Char('-'),
                            QLatin1Char(char('0' + m / 10)),
                            QLatin1Char(char('0' + m % 10)),
                            QLatin1Char('-'),
                            QLatin1Char(char('0' + day / 10)),
                            QLatin1Char(char('0' + day % 10))};
    return QString(text, 10);
}

void SqlValues::appendUtf8(std::string& out, QStringView s)
{
    const char16_t* p = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (u < 0x80) {
            out.push_back(char(u));
        } else if (u < 0x800) {
            out.push_back(char(0xC0 | (u >> 6)));
            out.push_back(char(0x80 | (u & 0x3F)));
        } else if (!QChar::isSurrogate(u)) {
            out.push_back(char(0xE0 | (u >> 12)));
            out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
            out.push_back(char(0x80 | (u & 0x3F)));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[i + 1]);
            ++i;
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(char(0x80 | (c & 0x3F)));
        } else {
            // A lone surrogate: whatever Qt makes of it.
            const QByteArray b = s.mid(i, 1).toUtf8();
            out.append(b.constData(), size_t(b.size()));
        }
    }
}

QVariant SqlValues::bindable(const QVariant& v)
{
    if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
        return QStringLiteral("");
    return v;
}

QVariant SqlValues::date(QDate d)
{
    if (!d.isValid())
        return null();
    return dateText(d);
}

bool SqlValues::toDate(const QVariant& v, QDate* out)
{
    if (v.isNull()) {
        *out = QDate();
        return true;
    }
    const QString s = v.toString();
    if (s.size() != 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return false;
    int digits[8];
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char16_t c = s.at(positions[i]).unicode();
        if (c < u'0' || c > u'9')
            return false;
        digits[i] = c - u'0';
    }
    const QDate d(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
                  digits[6] * 10 + digits[7]);
    if (!d.isValid())
        return false;
    *out = d;
    return true;
}

QVariant SqlValues::instant(const QDateTime& t)
{
    if (!t.isValid())
        return null();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool SqlValues::toInstant(const QVariant& v, QDateTime* out)
{
    if (v.isNull()) {
        *out = QDateTime();
        return true;
    }
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return false;
    *out = t;
    return true;
}

QVariant SqlValues::optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : nullInt();
}

std::optional<int> SqlValues::toOptionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant SqlValues::optionalDouble(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> SqlValues::toOptionalDouble(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace interntrack

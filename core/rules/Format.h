#pragma once

#include <QDate>
#include <QString>

namespace interntrack {

/// How rule messages show dates ("1 May 2026"), amounts ("682.50 €"), hours and weeks, in the current locale.
QString formatDate(QDate date);
QString formatEuros(double amount);
QString formatNumber(double value, int decimals = 1);

} // namespace interntrack

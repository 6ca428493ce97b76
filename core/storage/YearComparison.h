#pragma once

#include "domain/AcademicYear.h"
#include "domain/Result.h"
#include "rules/YearSummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace interntrack {

/// The figures of one academic year of a database, as they stood on @p asOf.
struct YearFigures
{
    AcademicYear year;
    QDate asOf; ///< the day the year was checked: today for a year in progress, its last day for a past one
    YearSummary summary;
};

/**
 * The same figures for every academic year of a database (issue 8: the year comparison), oldest first.
 * Opens its own read-only connection, so it runs on any thread (the dashboard runs it in the background).
 * A year that has not started is checked as of its first day. @p cancelled, polled between years, stops
 * the work (the result is then a failure saying so). @p password: the login's, on a server that asks for one.
 * @p programme: the programme whose years are compared (empty: the database's only one).
 */
Result<QList<YearFigures>> compareYears(const QString& path, QDate today, const std::function<bool()>& cancelled = {},
                                        const QString& password = {}, const QString& programme = {});

/// The day a year is checked on for the comparison, given today.
QDate comparisonDay(AcademicYear year, QDate today);

} // namespace interntrack

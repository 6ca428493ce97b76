#pragma once

#include "domain/Cohort.h"
#include "domain/Result.h"
#include "io/CsvWriter.h"
#include "rules/Checker.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace interntrack {

/**
 * A list to print or open in a spreadsheet: a title, a header and rows of text.
 *
 * Dates are ISO (YYYY-MM-DD), so that a spreadsheet sorts them. Numbers are written with a point; the
 * columns that hold numbers are listed in numericColumns, and the writers give them the decimal separator
 * of the output (CsvFormat::decimalSeparator(), the locale of a PDF).
 */
struct ExportTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QList<int> numericColumns;
};

/**
 * The lists of the year an advisor prints or sends: where each student stands, the deliverables still
 * owed, the TER grades. Pure functions of the cohort (and of the check result and "today" where they
 * matter); the texts are in the application's language (tr()).
 *
 * Each builder takes the students to list (every student of the cohort when empty; unknown ids are
 * skipped) and lists them in the cohort's order.
 */
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    /**
     * One row per student: id, name, email, placed (an internship or summer school approved or further, or
     * six seminars: YearSummary's definition), the state of each internship, TER and summer school
     * ("i1: in progress"), the number of seminars, the number of blocking findings of @p result, and
     * whether the year is complete.
     */
    static ExportTable studentStatus(const Cohort& cohort, const CheckResult& result, const QStringList& studentIds);
    /**
     * One row per deliverable not received yet: the report (and for an internship the host's completion
     * proof) of each item that is not rejected, cancelled or validated, and the seminars still short,
     * with the date they are due (rules/Deadlines.h: ReportDue, SeminarsDue) and whether they are late
     * at @p today. Sorted by due date.
     */
    static ExportTable deliverablesOwed(const Cohort& cohort, const QStringList& studentIds, QDate today);
    /// One row per student of each TER: TER id, subject, supervisor, student id and name, state, grade (0–20).
    static ExportTable terGrades(const Cohort& cohort, const QStringList& studentIds);

    /// The CSV bytes of @p table (header first) in @p format: numbers with its decimal separator.
    static QByteArray toCsv(const ExportTable& table, const CsvFormat& format = CsvFormat());
    /// An HTML page of @p table: the title, then a table whose header row repeats on every page.
    /// Numbers are written with @p decimalSeparator.
    static QString toHtml(const ExportTable& table, QChar decimalSeparator = QLatin1Char('.'));

    /// Saves toCsv() to @p path (whole or not at all).
    static Status writeCsv(const ExportTable& table, const QString& path, const CsvFormat& format = CsvFormat());
    /// Saves toHtml() as a PDF (DocumentWriter::writePdf); needs a QGuiApplication.
    static Status writePdf(const ExportTable& table, const QString& path, QChar decimalSeparator = QLatin1Char('.'));
};

} // namespace interntrack

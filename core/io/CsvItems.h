#pragma once

#include "domain/HostEntry.h"
#include "domain/Internship.h"
#include "domain/Student.h"
#include "domain/SummerSchool.h"
#include "domain/Ter.h"
#include "domain/TerSubject.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace interntrack {

/// The lists that `interntrack-cli import` and `export` move as CSV.
enum class CsvKind { Students, Hosts, TerSubjects, Ters, Internships, Seminars, SummerSchools };

/// "students", "hosts", "ter_subjects", "ters", "internships", "seminars", "summer_schools".
QString csvKindCode(CsvKind kind);
/// Also accepts "-" for "_" and any case ("ter-subjects", "Summer_Schools").
std::optional<CsvKind> csvKindFromCode(const QString& code);
QList<CsvKind> allCsvKinds();

/**
 * The items of one CSV file of one kind (only the list of that kind is filled), and where each
 * came from so that a later check (an unknown student, a clash with the database) can name the
 * file, line, column and value like the reader does.
 */
struct CsvItems
{
    CsvKind kind = CsvKind::Students;
    QList<Student> students;
    QList<HostEntry> hosts;
    QList<TerSubject> terSubjects;
    QList<Ter> ters;
    QList<Internship> internships;
    QList<Seminar> seminars;
    QList<SummerSchool> summerSchools;

    QString source; ///< the file's name in messages
    QList<int> lines; ///< the line of each item (of a host: its first line)
    QStringList header; ///< the column names as the file writes them
    QHash<QString, int> columns; ///< English column name → column number (1-based), for the columns present

    /// How many items of the kind were read.
    qsizetype count() const;

    /// "FILE:LINE:COLUMN (name): "value": what" for @p column (its English name) of item @p index.
    QString errorAt(qsizetype index, const QString& column, const QString& value, const QString& what) const;
};

} // namespace interntrack

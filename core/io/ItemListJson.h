#pragma once

#include "CsvItems.h"
#include "domain/AcademicYear.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace interntrack {

/**
 * One list of `interntrack-cli export --format json`, which `import` reads back: a JSON array of
 * the items of one kind, one item per line. Students, TERs, internships, summer schools and
 * seminars are written exactly as in the cohort JSON of docs/CLI.md (same keys, same defaults
 * left out) and read by the same reader (io/CohortJson), so the two formats never drift. The cohort
 * JSON has no hosts or TER subjects list; they are written with its host and TER keys:
 *   hosts:        {"name", "kind", "ai_research", "address", "city", "country",
 *                  "tutors": [{"name", "email", "phone"}]}
 *   ter_subjects: {"subject", "kind", "capacity", "lab": {"name", "in_paris_saclay"}}
 * (every key written; on reading all but "name" / "subject" are optional, with the CSV defaults).
 */
class ItemListJson
{
    Q_DECLARE_TR_FUNCTIONS(ItemListJson)

public:
    /// The array of @p items' kind; @p year dates nothing but is the year of the rule set written alongside.
    static QByteArray write(const CsvItems& items, AcademicYear year);

    /**
     * Reads an array written by write() (or by hand). The items' references to students are not
     * checked here (the file holds one kind). Errors name the file and a path into it, one per line,
     * e.g. `interns.json: [3].start: "2026-13-01" is not a date (YYYY-MM-DD)`.
     */
    static Result<CsvItems> read(CsvKind kind, const QByteArray& json, const QString& source, AcademicYear year);

    /// Whether @p bytes look like a JSON array rather than CSV (the first non-blank byte is '[').
    static bool looksLikeJson(const QByteArray& bytes);

    /// The key of a kind's list in the cohort JSON ("internships"); empty for hosts and TER subjects.
    static QString cohortKey(CsvKind kind);
};

} // namespace interntrack

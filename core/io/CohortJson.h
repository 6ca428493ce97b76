#pragma once

#include "domain/Cohort.h"
#include "domain/Result.h"
#include "rules/Checker.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

#include <optional>

namespace interntrack {

/// What `interntrack-cli check` reads: a cohort and, optionally, the date and stage of the check.
struct CheckInput
{
    Cohort cohort;
    QDate today; ///< null when the input gives none
    std::optional<Stage> stage; ///< unset when the input gives none

    friend bool operator==(const CheckInput&, const CheckInput&) = default;
};

/**
 * Reads a cohort in the JSON format of docs/CLI.md ("check input"), plus the optional fields the
 * domain has beyond it (tutor, subject, workflow state, override dates…). The input is validated
 * strictly: unknown or duplicate keys, unknown or duplicate ids, bad dates or ranges all fail. On
 * failure the message holds one line per problem (at most a few dozen), each "<path>: <what>", e.g.
 * `internships[0].start: "2026-13-01" is not a date (YYYY-MM-DD)`; a syntax error gives "line L,
 * column C (byte B): not valid JSON: <what>". Parsed by RapidJSON: 300,000 internships (180 MB)
 * take about a second.
 */
Result<CheckInput> readCheckInput(const QByteArray& json);

/// readCheckInput() that frees @p json once it is parsed, before the cohort is built: less memory at the peak.
Result<CheckInput> readCheckInput(QByteArray&& json);

/// The cohort alone of readCheckInput(); "today" and "stage" are still validated when present.
Result<Cohort> readCohortJson(const QByteArray& json);

/**
 * Writes @p cohort (and its full rule set) so that readCohortJson() gives it back exactly. Fields
 * equal to the default the reader applies when they are absent are left out, which keeps a large
 * cohort small (an item with nothing but its dates and ids is written as just those).
 */
QJsonObject cohortToJson(const Cohort& cohort);

/// cohortToJson() plus "today" and "stage" when set.
QJsonObject checkInputToJson(const CheckInput& input);

} // namespace interntrack

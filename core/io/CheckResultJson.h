#pragma once

#include "domain/Cohort.h"
#include "domain/Result.h"
#include "rules/Checker.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace interntrack {

/// How the check output is laid out: one line, or indented for people.
enum class JsonStyle { Compact, Indented };

/**
 * Writes the output of `interntrack-cli check` (docs/CLI.md, "check output") to @p out as it goes,
 * ending with a newline: the findings in the checker's order, the figures of each internship and
 * each student's completion, items in input order and keys in the order CLI.md shows. Hours, weeks
 * and euros are rounded to 2 decimals; days are integers. The output of a cohort of 300,000
 * internships is about 100 MB: it is written in 64 KB pieces, never held whole. Fails when @p out
 * does not take every byte.
 */
Status writeCheckResultJson(QIODevice& out, const CheckResult& result, const Cohort& cohort,
                            JsonStyle style = JsonStyle::Compact);

/// writeCheckResultJson() into bytes.
QByteArray checkResultJson(const CheckResult& result, const Cohort& cohort, JsonStyle style = JsonStyle::Compact);

/// checkResultJson() as a QJsonObject (parsed back: for tests and small results).
QJsonObject checkResultToJson(const CheckResult& result, const Cohort& cohort);

/// @p value rounded to 2 decimals, as the CLI writes hours, weeks and euros.
double roundedTo2(double value);

} // namespace interntrack

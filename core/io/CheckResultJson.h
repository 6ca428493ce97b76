#pragma once

#include "domain/Cohort.h"
#include "rules/Checker.h"

#include <QJsonObject>

namespace interntrack {

/**
 * The output of `interntrack-cli check` (docs/CLI.md, "check output"): the findings in the
 * checker's order, the figures of each internship and each student's completion. Hours, weeks and
 * euros are rounded to 2 decimals; days are integers.
 */
QJsonObject checkResultToJson(const CheckResult& result, const Cohort& cohort);

/// @p value rounded to 2 decimals, as the CLI writes hours, weeks and euros.
double roundedTo2(double value);

} // namespace interntrack

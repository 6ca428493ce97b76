#pragma once

#include "domain/Internship.h"
#include "domain/RuleSet.h"
#include "domain/Student.h"
#include "rules/Checker.h"

#include <QHash>
#include <QString>

#include <optional>

namespace interntrack {

/**
 * The values of the agreement template ("convention de stage", Code de l'éducation D124-4) of
 * @p internship, in @p language ("fr" or "en"): dates as "2 mars 2026" / "2 March 2026", amounts as
 * "682,50 €" / "€682.50", hours and weeks from @p figures. Data InternTrack does not hold (a student
 * number not yet known, the host's address) is a dotted line to fill in by hand.
 *
 * Flags for the template's sections are "1" when true and empty when false:
 * gratification_due, gratification_paid, gratification_monthly, gratification_hourly, absences_declared.
 */
QHash<QString, QString> agreementValues(const Internship& internship, const Student& student, const RuleSet& rules,
                                        const InternshipFigures& figures, const QString& language,
                                        const QString& advisorName);

/**
 * The values of the internship certificate ("attestation de stage", D124-9): the student, the host,
 * the dates, the effective duration and the total gratification paid. When @p totalGratificationEur
 * is not given, the total is computed from the agreed amount: a monthly amount × the months scheduled
 * (scheduled hours / (weekly hours × 52 / 12)), an hourly one × the presence hours.
 */
QHash<QString, QString> certificateValues(const Internship& internship, const Student& student, const RuleSet& rules,
                                          const InternshipFigures& figures, const QString& language,
                                          std::optional<double> totalGratificationEur = std::nullopt);

/// The total gratification of @p internship as certificateValues() computes it when none is given.
double estimatedTotalGratification(const Internship& internship, const InternshipFigures& figures);

} // namespace interntrack

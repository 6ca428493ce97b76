#pragma once

#include "domain/Cohort.h"

namespace interntrack {

/**
 * A realistic M1 cohort for @p year: about 25 students, real Paris-Saclay labs and AI companies as
 * hosts, TERs of every kind, internships and alternatives in every workflow state, and some items
 * breaking each rule, so that every screen has something true to show. Deterministic.
 */
Cohort demoCohort(AcademicYear year);

} // namespace interntrack

#pragma once

#include "domain/Cohort.h"

namespace interntrack {

/**
 * A realistic M1 cohort for @p year: about 25 students, real Paris-Saclay labs and AI companies as
 * hosts, TERs of every kind, internships and alternatives in every workflow state, and some items
 * breaking each rule, so that every screen has something true to show. Deterministic.
 */
Cohort demoCohort(AcademicYear year);

/**
 * The demo cohort of programme profile @p profileId (see Profiles) for @p year, under that profile's
 * rule set: "paris-saclay-m1" is demoCohort(year); "imperial-msc-ai" has spring-term group projects and
 * individual projects or screened internships from mid-May to mid-September; "montreal-mila-pro" has
 * internships with Mila's partner organisations. Each has clean items and items breaking the rules of
 * its profile. Another id gives the Paris-Saclay demo. Deterministic.
 */
Cohort demoCohort(const QString& profileId, AcademicYear year);

} // namespace interntrack

#pragma once

#include "domain/Cohort.h"

namespace interntrack::test {

/// Sizes of a generated cohort.
struct GeneratorSizes
{
    int students = 100;
    int internships = 100;
    int ters = 50;
    int summerSchools = 10;
    int seminars = 60;
};

/**
 * A deterministic, realistic cohort of 2025-2026 for tests and benchmarks: mostly clean items with a
 * share breaking each rule (late proposals, short internships, missing signatures, overlaps, …).
 */
Cohort generateCohort(const GeneratorSizes& sizes, quint32 seed = 42);

} // namespace interntrack::test

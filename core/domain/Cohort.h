#pragma once

#include "Internship.h"
#include "RuleSet.h"
#include "Student.h"
#include "SummerSchool.h"
#include "Ter.h"

#include <QList>

namespace interntrack {

/// One academic year of a programme: its rule set and every item the rules read.
struct Cohort
{
    RuleSet rules;
    QList<Student> students;
    QList<Ter> ters;
    QList<Internship> internships;
    QList<SummerSchool> summerSchools;
    QList<Seminar> seminars;

    AcademicYear year() const { return rules.year; }

    friend bool operator==(const Cohort&, const Cohort&) = default;
};

} // namespace interntrack

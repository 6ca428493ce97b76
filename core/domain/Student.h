#pragma once

#include "Override.h"

#include <QString>

namespace interntrack {

/// A student of the cohort.
struct Student
{
    QString id;
    QString name;
    QString email;
    QString studentNumber; ///< the university's number, when known
    Overrides overrides; ///< overrides of student-level rules (SEMINARS_TOO_FEW, STUDENT_INCOMPLETE)

    friend bool operator==(const Student&, const Student&) = default;
};

} // namespace interntrack

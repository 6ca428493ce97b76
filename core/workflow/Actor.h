#pragma once

#include "Role.h"

#include <QString>

namespace interntrack {

/// Who makes a change: a name for the records and the role that decides what they may do.
struct Actor
{
    QString name;
    Role role = Role::Student;
    QString studentId; ///< for a student: their own student id (the items they may change)

    friend bool operator==(const Actor&, const Actor&) = default;
};

} // namespace interntrack

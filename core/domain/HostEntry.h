#pragma once

#include "Internship.h"

#include <QList>

namespace interntrack {

/// A host of the host directory with the supervisors ("tuteurs") known there: hosts and tutors are
/// reused across years, unlike the internships that name them.
struct HostEntry
{
    Host host;
    QList<Tutor> tutors;

    friend bool operator==(const HostEntry&, const HostEntry&) = default;
};

} // namespace interntrack

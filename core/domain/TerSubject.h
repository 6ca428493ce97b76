#pragma once

#include "Ter.h"

#include <QString>

#include <optional>

namespace interntrack {

/// A TER subject of a year: the TERs that name the same title share it (and its capacity).
struct TerSubject
{
    QString title;
    TerKind kind = TerKind::Research;
    std::optional<int> capacity; ///< unset = no limit
    Lab lab;

    friend bool operator==(const TerSubject&, const TerSubject&) = default;
};

} // namespace interntrack

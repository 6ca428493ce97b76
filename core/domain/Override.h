#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace interntrack {

/// An advisor's written decision to accept an item although a rule flags it.
struct Override
{
    QString rule; ///< rule code, e.g. "INT_LEAD_TIME"
    QString by; ///< who decided
    QDateTime at; ///< when (may be null when unknown, e.g. in a hand-written JSON cohort)
    QString reason; ///< the written justification (required)

    friend bool operator==(const Override&, const Override&) = default;
};

using Overrides = QList<Override>;

/// True when @p overrides names @p rule.
inline bool isOverridden(const Overrides& overrides, const QString& rule)
{
    for (const Override& o : overrides) {
        if (o.rule == rule)
            return true;
    }
    return false;
}

} // namespace interntrack

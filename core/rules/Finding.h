#pragma once

#include <QString>

namespace interntrack {

enum class Severity { Info, Warning, Error };

QString severityCode(Severity s); ///< "info", "warning", "error"

/// What a rule says about one item: the rule's code, how serious, and what to do.
struct Finding
{
    QString subject; ///< the item's id, or the student's for student-level rules
    QString student; ///< the student concerned (the first one for a group TER)
    QString rule; ///< code of RULES.md, e.g. "INT_LEAD_TIME"
    Severity severity = Severity::Error;
    QString message; ///< what is wrong, with figures, and what to do
    bool overridden = false;
    QString field; ///< the item's field the finding concerns ("start", "end", "gratification", …), for forms

    bool blocking() const { return severity == Severity::Error && !overridden; }
    friend bool operator==(const Finding&, const Finding&) = default;
};

} // namespace interntrack

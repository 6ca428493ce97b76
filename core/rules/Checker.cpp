#include "Checker.h"

namespace interntrack {

QString severityCode(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString stageCode(Stage s)
{
    switch (s) {
    case Stage::Proposal:
        return QStringLiteral("proposal");
    case Stage::Validation:
        return QStringLiteral("validation");
    case Stage::Close:
        return QStringLiteral("close");
    }
    return {};
}

std::optional<Stage> stageFromCode(const QString& code)
{
    if (code == QLatin1String("proposal"))
        return Stage::Proposal;
    if (code == QLatin1String("validation"))
        return Stage::Validation;
    if (code == QLatin1String("close"))
        return Stage::Close;
    return std::nullopt;
}

bool CheckResult::hasBlockingError() const
{
    for (const Finding& f : findings) {
        if (f.blocking())
            return true;
    }
    return false;
}

Checker::Checker(const RuleSet& rules)
    : m_calendar(rules)
{
}

CheckResult Checker::check(const Cohort&, QDate, Stage) const
{
    return {};
}

} // namespace interntrack

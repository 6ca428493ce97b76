#include "Internship.h"
#include "Ter.h"

namespace interntrack {

QString hostKindCode(HostKind kind)
{
    return kind == HostKind::PublicLab ? QStringLiteral("public_lab") : QStringLiteral("company");
}

std::optional<HostKind> hostKindFromCode(const QString& code)
{
    if (code == QLatin1String("public_lab"))
        return HostKind::PublicLab;
    if (code == QLatin1String("company"))
        return HostKind::Company;
    return std::nullopt;
}

QString gratificationPerCode(GratificationPer per)
{
    return per == GratificationPer::Hour ? QStringLiteral("hour") : QStringLiteral("month");
}

std::optional<GratificationPer> gratificationPerFromCode(const QString& code)
{
    if (code == QLatin1String("month"))
        return GratificationPer::Month;
    if (code == QLatin1String("hour"))
        return GratificationPer::Hour;
    return std::nullopt;
}

QString hostScreeningCode(HostScreening s)
{
    switch (s) {
    case HostScreening::NotNeeded:
        return QStringLiteral("not_needed");
    case HostScreening::Pending:
        return QStringLiteral("pending");
    case HostScreening::Accepted:
        return QStringLiteral("accepted");
    case HostScreening::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<HostScreening> hostScreeningFromCode(const QString& code)
{
    if (code == QLatin1String("not_needed"))
        return HostScreening::NotNeeded;
    if (code == QLatin1String("pending"))
        return HostScreening::Pending;
    if (code == QLatin1String("accepted"))
        return HostScreening::Accepted;
    if (code == QLatin1String("declined"))
        return HostScreening::Declined;
    return std::nullopt;
}

QString terKindCode(TerKind kind)
{
    switch (kind) {
    case TerKind::Research:
        return QStringLiteral("research");
    case TerKind::ChallengePrep:
        return QStringLiteral("challenge_prep");
    case TerKind::ChallengeSolve:
        return QStringLiteral("challenge_solve");
    }
    return {};
}

std::optional<TerKind> terKindFromCode(const QString& code)
{
    if (code == QLatin1String("research"))
        return TerKind::Research;
    if (code == QLatin1String("challenge_prep"))
        return TerKind::ChallengePrep;
    if (code == QLatin1String("challenge_solve"))
        return TerKind::ChallengeSolve;
    return std::nullopt;
}

} // namespace interntrack

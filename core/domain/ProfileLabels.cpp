#include "ProfileLabels.h"

#include <algorithm>

namespace interntrack {

QString ProfileLabels::code(Activity activity)
{
    switch (activity) {
    case Activity::Ter:
        return QStringLiteral("ter");
    case Activity::Internship:
        return QStringLiteral("internship");
    case Activity::SummerSchool:
        return QStringLiteral("summer_school");
    case Activity::Seminars:
        return QStringLiteral("seminars");
    }
    return {};
}

std::optional<ProfileLabels::Activity> ProfileLabels::fromCode(const QString& code)
{
    for (Activity a : {Activity::Ter, Activity::Internship, Activity::SummerSchool, Activity::Seminars}) {
        if (ProfileLabels::code(a) == code)
            return a;
    }
    return std::nullopt;
}

bool ProfileLabels::hasLabel(const RuleSet& rules, Activity activity)
{
    return !rules.profile.labels.value(code(activity)).isEmpty();
}

QString ProfileLabels::singular(const RuleSet& rules, Activity activity)
{
    switch (activity) {
    case Activity::Ter:
        return singular(rules, activity, tr("TER"));
    case Activity::Internship:
        return singular(rules, activity, tr("Internship"));
    case Activity::SummerSchool:
        return singular(rules, activity, tr("Summer school"));
    case Activity::Seminars:
        return singular(rules, activity, tr("Seminar"));
    }
    return {};
}

QString ProfileLabels::plural(const RuleSet& rules, Activity activity)
{
    switch (activity) {
    case Activity::Ter:
        return plural(rules, activity, tr("TERs"));
    case Activity::Internship:
        return plural(rules, activity, tr("Internships"));
    case Activity::SummerSchool:
        return plural(rules, activity, tr("Summer schools"));
    case Activity::Seminars:
        return plural(rules, activity, tr("Seminars"));
    }
    return {};
}

QString ProfileLabels::singular(const RuleSet& rules, Activity activity, const QString& fallback)
{
    const QString label = rules.profile.labels.value(code(activity));
    return label.isEmpty() ? fallback : label;
}

QString ProfileLabels::plural(const RuleSet& rules, Activity activity, const QString& fallback)
{
    const QString key = code(activity);
    const QString plural = rules.profile.labels.value(key + QStringLiteral("_plural"));
    if (!plural.isEmpty())
        return plural;
    const QString label = rules.profile.labels.value(key);
    return label.isEmpty() ? fallback : label;
}

bool ProfileLabels::offers(const RuleSet& rules, Activity activity)
{
    const QList<ProfileActivity>& activities = rules.profile.activities;
    if (activities.isEmpty())
        return true;
    const QString c = code(activity);
    return std::any_of(activities.cbegin(), activities.cend(), [&c](const ProfileActivity& a) { return a.code == c; });
}

QString ProfileLabels::noAgreementsReason(const RuleSet& rules)
{
    if (agreementsApply(rules))
        return {};
    const Profile& p = rules.profile;
    QString programme = p.name;
    if (!p.institution.isEmpty())
        programme = programme.isEmpty() ? p.institution : tr("%1, %2").arg(programme, p.institution);
    if (p.legalFramework == LegalFramework::FrenchEducationCode) // the year's switch is off
        return tr("There is no internship agreement (convention de stage) this year: French internship law is "
                  "switched off in its rules.");
    if (programme.isEmpty())
        return tr("There is no internship agreement (convention de stage) in this programme: it is not under French "
                  "internship law.");
    return tr("There is no internship agreement (convention de stage) in %1: it is not under French internship law.")
        .arg(programme);
}

bool agreementsApply(const RuleSet& rules)
{
    return rules.frenchLawApplies();
}

} // namespace interntrack

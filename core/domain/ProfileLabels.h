#pragma once

#include "RuleSet.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace interntrack {

/**
 * What a programme calls its activities, for the interface, the documents and the command line: the profile's
 * labels (Profile::labels) where it has them, the software's own names otherwise.
 *
 * A label is data (resources/profiles/<id>.json), shown as the programme wrote it and never translated; the
 * software's names are translated. The plural is the label "<code>_plural" (e.g. "ter_plural": "Group
 * projects"); a profile that names an activity without its plural keeps the singular name for lists too
 * (guessing a plural would be wrong for "Individual project or internship" and for names in other languages).
 */
class ProfileLabels
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLabels)

public:
    /// The activities a year requires, by their code of Requirement::anyOf and ProfileActivity::code.
    enum class Activity { Ter, Internship, SummerSchool, Seminars };

    /// "ter", "internship", "summer_school", "seminars".
    static QString code(Activity activity);
    static std::optional<Activity> fromCode(const QString& code);

    /// True when the profile of @p rules names @p activity itself (a label "<code>").
    static bool hasLabel(const RuleSet& rules, Activity activity);
    /// The programme's name for one @p activity ("Group project"), else the software's ("TER", "Internship").
    static QString singular(const RuleSet& rules, Activity activity);
    /// The programme's name for several ("Group projects"), else the software's ("TERs", "Internships").
    static QString plural(const RuleSet& rules, Activity activity);
    /// singular() with the caller's own (translated) name @p fallback when the profile has none.
    static QString singular(const RuleSet& rules, Activity activity, const QString& fallback);
    /// plural() with the caller's own (translated) name @p fallback when the profile has none.
    static QString plural(const RuleSet& rules, Activity activity, const QString& fallback);

    /// True when the programme has @p activity: its profile lists it among its activities (a profile that
    /// lists none has them all).
    static bool offers(const RuleSet& rules, Activity activity);

    /// Why the year of @p rules has no internship agreement, as one sentence naming its programme; empty when
    /// agreementsApply().
    static QString noAgreementsReason(const RuleSet& rules);
};

/**
 * True when the year's internships take the French internship agreement (convention de stage, Code de
 * l'éducation L124-1 ff.): when French internship law applies (RuleSet::frenchLawApplies()). Elsewhere
 * (Imperial, Montréal) no agreement is written.
 */
bool agreementsApply(const RuleSet& rules);

} // namespace interntrack

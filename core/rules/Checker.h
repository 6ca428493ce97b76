#pragma once

#include "Finding.h"
#include "calendar/Calendar.h"
#include "domain/Cohort.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace interntrack {

/// How far along the year a check is made.
enum class Stage {
    Proposal, ///< checks the plan
    Validation, ///< also the deliverables (proof, reports, grades)
    Close, ///< also whether each student has completed the year (STUDENT_INCOMPLETE)
    /// Each item at the stage its progress calls for (what a workspace shows): the deliverables of an
    /// item once it has ended or is completed, the year's completion once the deadline has passed.
    Current,
};

QString stageCode(Stage s); ///< "proposal", "validation", "close"
std::optional<Stage> stageFromCode(const QString& code);
/// The stage an item is checked at under @p requested: @p requested itself unless it is Stage::Current.
/// @p end is the item's last day (a seminar's date); @p state its workflow state (Draft when it has none).
Stage itemStage(Stage requested, WorkflowState state, QDate end, QDate today);
/// The stage of the student-level rules under @p requested (Close after the deadline for Stage::Current).
Stage studentStage(Stage requested, QDate deadline, QDate today);

/// The figures computed for an internship.
struct InternshipFigures
{
    InternshipDays days;
    bool gratificationRequired = false;
    double gratificationMinTotalEur = 0.0; ///< rate × presence hours (0 when not required)
    double gratificationMinMonthlyEur = 0.0; ///< rate × weekly hours × 52 / 12 (0 when not required)
    double hourlyRateEur = 0.0; ///< rate in force on the start date
    QDate proposalDue; ///< start − lead time
};

/// Where a student stands with respect to the year's requirements.
struct StudentStatus
{
    bool complete = false;
    QStringList missing; ///< requirement codes, e.g. "TER", "INTERNSHIP_OR_ALTERNATIVE"
    friend bool operator==(const StudentStatus&, const StudentStatus&) = default;
};

struct CheckResult
{
    QList<Finding> findings; ///< in input order of items, then rule order
    QHash<QString, InternshipFigures> internships; ///< by internship id
    QHash<QString, StudentStatus> students; ///< by student id

    bool hasBlockingError() const;
};

/**
 * The rules engine: pure functions of (cohort, today, stage). Reads no clock, no database.
 * Each rule of RULES.md has a code; messages are translated with tr() in the "Rules" context.
 */
class Checker
{
public:
    explicit Checker(const RuleSet& rules);

    CheckResult check(const Cohort& cohort, QDate today, Stage stage) const;

    /// The findings and figures of one internship alone (for the student's form). Rules that need
    /// the rest of the cohort (overlap, maximum with one host) see only @p others.
    QList<Finding> checkInternship(const Internship& internship, QDate today, Stage stage,
                                   InternshipFigures* figures = nullptr, const QList<Internship>& others = {}) const;
    QList<Finding> checkTer(const Ter& ter, QDate today, Stage stage, int subjectHeadcount = -1) const;
    QList<Finding> checkSummerSchool(const SummerSchool& school, QDate today, Stage stage) const;
    QList<Finding> checkSeminar(const Seminar& seminar, QDate today, Stage stage) const;

    InternshipFigures figures(const Internship& internship, QDate today) const;

    const Calendar& calendar() const { return m_calendar; }

private:
    Calendar m_calendar;
};

/// Every rule code of RULES.md with its default severity, in catalogue order.
struct RuleInfo
{
    const char* code;
    Severity severity;
    /// A rule of French internship law: it runs only where RuleSet::frenchLawApplies().
    bool frenchLaw = false;
};
const QList<RuleInfo>& ruleCatalogue();
/**
 * Whether rule @p code can run under @p rules: it is not disabled, its law applies (RuleInfo::frenchLaw)
 * and the rule set has what it checks against (INT_PROJECT_WINDOW needs an internship window).
 * Whether it fires then depends on the items.
 */
bool ruleApplies(const RuleSet& rules, const QString& code);

} // namespace interntrack

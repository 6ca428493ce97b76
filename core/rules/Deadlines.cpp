#include "Deadlines.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace interntrack {

namespace {

constexpr std::array<std::pair<DeadlineKind, const char*>, 6> kKinds = {{
    {DeadlineKind::ProposalDue, "proposal_due"},
    {DeadlineKind::SignaturesDue, "signatures_due"},
    {DeadlineKind::Start, "start"},
    {DeadlineKind::End, "end"},
    {DeadlineKind::ReportDue, "report_due"},
    {DeadlineKind::SeminarsDue, "seminars_due"},
}};

bool isDropped(WorkflowState state)
{
    return state == WorkflowState::Rejected || state == WorkflowState::Cancelled;
}

bool hasStarted(WorkflowState state)
{
    return state == WorkflowState::InProgress || state == WorkflowState::Completed || state == WorkflowState::Validated;
}

bool hasEnded(WorkflowState state)
{
    return state == WorkflowState::Completed || state == WorkflowState::Validated;
}

/// The completion deadline, or the item's end when it ends later (see DeadlineKind::ReportDue).
QDate reportDate(const RuleSet& rules, QDate end)
{
    if (!rules.deadline.isValid())
        return end;
    if (end.isValid() && end > rules.deadline)
        return end;
    return rules.deadline;
}

/// Appends a deadline unless its date is not set.
void add(QList<Deadline>& out, QDate date, DeadlineKind kind, ItemKind itemKind, const QString& itemId,
         const QString& studentId, bool done)
{
    if (date.isValid())
        out.append(Deadline{date, kind, itemKind, itemId, studentId, done});
}

/// Start, End and ReportDue, common to every item with dates.
void addSpan(QList<Deadline>& out, ItemKind itemKind, const QString& itemId, const QString& studentId,
             WorkflowState state, QDate start, QDate end, bool deliverablesIn, const RuleSet& rules, QDate today)
{
    const bool validated = state == WorkflowState::Validated;
    add(out, start, DeadlineKind::Start, itemKind, itemId, studentId, hasStarted(state) || start < today);
    add(out, end, DeadlineKind::End, itemKind, itemId, studentId, hasEnded(state) || end < today);
    add(out, reportDate(rules, end), DeadlineKind::ReportDue, itemKind, itemId, studentId, validated || deliverablesIn);
}

} // namespace

QString deadlineKindCode(DeadlineKind kind)
{
    for (const auto& [k, code] : kKinds) {
        if (k == kind)
            return QLatin1String(code);
    }
    return {};
}

std::optional<DeadlineKind> deadlineKindFromCode(const QString& code)
{
    for (const auto& [k, c] : kKinds) {
        if (code == QLatin1String(c))
            return k;
    }
    return std::nullopt;
}

QString deadlineKindName(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::ProposalDue:
        return QCoreApplication::translate("Deadlines", "proposal due");
    case DeadlineKind::SignaturesDue:
        return QCoreApplication::translate("Deadlines", "signatures due");
    case DeadlineKind::Start:
        return QCoreApplication::translate("Deadlines", "start");
    case DeadlineKind::End:
        return QCoreApplication::translate("Deadlines", "end");
    case DeadlineKind::ReportDue:
        return QCoreApplication::translate("Deadlines", "report due");
    case DeadlineKind::SeminarsDue:
        return QCoreApplication::translate("Deadlines", "seminars due");
    }
    return {};
}

QList<Deadline> internshipDeadlines(const Internship& in, const RuleSet& rules, QDate today)
{
    QList<Deadline> out;
    if (isDropped(in.state))
        return out;
    const bool validated = in.state == WorkflowState::Validated;
    // A programme without the lead time has no proposal date; one without agreements, no signatures.
    if (!in.previousSummer && in.start.isValid() && rules.isEnabled(QStringLiteral("INT_LEAD_TIME"))) {
        // Once it is past draft or changes requested, the proposal has reached the advisor even if the
        // date of submission was not recorded.
        const bool submitted =
            in.submitted.isValid() || (in.state != WorkflowState::Draft && in.state != WorkflowState::ChangesRequested);
        add(out, in.start.addMonths(-rules.leadTimeMonths), DeadlineKind::ProposalDue, ItemKind::Internship, in.id,
            in.studentId, submitted);
    }
    if (in.start.isValid() && rules.frenchLawApplies())
        add(out, in.start.addDays(-1), DeadlineKind::SignaturesDue, ItemKind::Internship, in.id, in.studentId,
            validated || in.signatures.complete());
    addSpan(out, ItemKind::Internship, in.id, in.studentId, in.state, in.start, in.end,
            in.proof && in.reportPages.has_value(), rules, today);
    sortDeadlines(out);
    return out;
}

QList<Deadline> terDeadlines(const Ter& ter, const RuleSet& rules, QDate today)
{
    QList<Deadline> out;
    if (isDropped(ter.state))
        return out;
    for (const QString& student : ter.studentIds)
        addSpan(out, ItemKind::Ter, ter.id, student, ter.state, ter.start, ter.end, ter.reportPages.has_value(), rules,
                today);
    sortDeadlines(out);
    return out;
}

QList<Deadline> summerSchoolDeadlines(const SummerSchool& school, const RuleSet& rules, QDate today)
{
    QList<Deadline> out;
    if (isDropped(school.state))
        return out;
    addSpan(out, ItemKind::SummerSchool, school.id, school.studentId, school.state, school.start, school.end,
            school.reportPages.has_value(), rules, today);
    sortDeadlines(out);
    return out;
}

QList<Deadline> seminarDeadlines(const QString& studentId, const QList<Seminar>& seminars, const RuleSet& rules,
                                 QDate today)
{
    Q_UNUSED(today)
    QList<Deadline> out;
    int mine = 0;
    bool paragraphs = true;
    for (const Seminar& s : seminars) {
        if (s.studentId != studentId)
            continue;
        ++mine;
        paragraphs = paragraphs && !s.paragraph.trimmed().isEmpty();
    }
    if (mine == 0)
        return out;
    add(out, rules.deadline, DeadlineKind::SeminarsDue, ItemKind::Seminar, QString(), studentId,
        mine >= rules.seminarsMin && paragraphs);
    return out;
}

QList<Deadline> deadlines(const Cohort& cohort, QDate today)
{
    QList<Deadline> out;
    for (const Internship& in : cohort.internships)
        out.append(internshipDeadlines(in, cohort.rules, today));
    for (const Ter& t : cohort.ters)
        out.append(terDeadlines(t, cohort.rules, today));
    for (const SummerSchool& s : cohort.summerSchools)
        out.append(summerSchoolDeadlines(s, cohort.rules, today));
    QStringList withSeminars;
    for (const Seminar& s : cohort.seminars) {
        if (!withSeminars.contains(s.studentId))
            withSeminars.append(s.studentId);
    }
    for (const QString& student : std::as_const(withSeminars))
        out.append(seminarDeadlines(student, cohort.seminars, cohort.rules, today));
    sortDeadlines(out);
    return out;
}

QList<Deadline> deadlines(const Cohort& cohort, const QString& studentId, QDate today)
{
    QList<Deadline> out;
    for (const Internship& in : cohort.internships) {
        if (in.studentId == studentId)
            out.append(internshipDeadlines(in, cohort.rules, today));
    }
    for (const Ter& t : cohort.ters) {
        if (!t.studentIds.contains(studentId))
            continue;
        for (const Deadline& d : terDeadlines(t, cohort.rules, today)) {
            if (d.studentId == studentId)
                out.append(d);
        }
    }
    for (const SummerSchool& s : cohort.summerSchools) {
        if (s.studentId == studentId)
            out.append(summerSchoolDeadlines(s, cohort.rules, today));
    }
    out.append(seminarDeadlines(studentId, cohort.seminars, cohort.rules, today));
    sortDeadlines(out);
    return out;
}

std::optional<Deadline> nextDeadline(const QList<Deadline>& list, QDate today)
{
    const Deadline* late = nullptr;
    const Deadline* coming = nullptr;
    const auto earlier = [](const Deadline* best, const Deadline& d) { return !best || d.date < best->date; };
    for (const Deadline& d : list) {
        if (d.done || !d.date.isValid())
            continue;
        if (d.date < today) {
            if (earlier(late, d))
                late = &d;
        } else if (earlier(coming, d)) {
            coming = &d;
        }
    }
    if (late)
        return *late;
    if (coming)
        return *coming;
    return std::nullopt;
}

std::optional<Deadline> nextDeadline(const Cohort& cohort, const QString& studentId, QDate today)
{
    return nextDeadline(deadlines(cohort, studentId, today), today);
}

void sortDeadlines(QList<Deadline>& list)
{
    std::stable_sort(list.begin(), list.end(), [](const Deadline& a, const Deadline& b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.studentId != b.studentId)
            return a.studentId < b.studentId;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.itemId < b.itemId;
    });
}

} // namespace interntrack

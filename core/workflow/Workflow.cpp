#include "Workflow.h"

namespace interntrack {

namespace {

using S = WorkflowState;

bool isOwner(const Actor& actor, const QStringList& itemStudents)
{
    return !actor.studentId.isEmpty() && itemStudents.contains(actor.studentId);
}

QString roleList(const QList<Role>& roles)
{
    QStringList names;
    for (Role r : roles)
        names.append(roleName(r));
    return names.join(QStringLiteral(", "));
}

} // namespace

const QList<Workflow::Step>& Workflow::steps()
{
    constexpr Role A = Role::Advisor;
    constexpr Role Se = Role::Secretariat;
    constexpr Role St = Role::Student;
    // The advisor may also take the student's and the secretariat's steps on their behalf
    // (a proposal received by e-mail, a signature recorded during the secretariat's absence).
    static const QList<Step> table = {
        {S::Draft, S::Submitted, {St, A}},
        {S::Draft, S::Cancelled, {St, A}},
        {S::Submitted, S::Approved, {A}},
        {S::Submitted, S::ChangesRequested, {A}, true},
        {S::Submitted, S::Rejected, {A}, true},
        {S::Submitted, S::Cancelled, {St, A}},
        {S::ChangesRequested, S::Submitted, {St, A}},
        {S::ChangesRequested, S::Cancelled, {St, A}},
        {S::Approved, S::SentForSignature, {Se, A}},
        {S::Approved, S::InProgress, {Se, A}}, // only for an item without an agreement
        {S::Approved, S::ChangesRequested, {A}, true},
        {S::Approved, S::Cancelled, {A}},
        {S::SentForSignature, S::Signed, {Se, A}},
        {S::SentForSignature, S::Cancelled, {A}},
        {S::Signed, S::InProgress, {Se, A}},
        {S::Signed, S::Cancelled, {A}},
        {S::InProgress, S::Completed, {Se, A}},
        {S::InProgress, S::Cancelled, {A}},
        {S::Completed, S::Validated, {A}},
    };
    return table;
}

QList<WorkflowState> Workflow::targets(WorkflowState from)
{
    QList<WorkflowState> out;
    for (const Step& s : steps()) {
        if (s.from == from)
            out.append(s.to);
    }
    return out;
}

QList<WorkflowState> Workflow::allowedTargets(WorkflowState from, const Actor& actor)
{
    QList<WorkflowState> out;
    for (const Step& s : steps()) {
        if (s.from == from && s.roles.contains(actor.role))
            out.append(s.to);
    }
    return out;
}

bool Workflow::needsComment(WorkflowState from, WorkflowState to)
{
    for (const Step& s : steps()) {
        if (s.from == from && s.to == to)
            return s.needsComment;
    }
    return false;
}

bool Workflow::isTerminal(WorkflowState state)
{
    return state == S::Validated || state == S::Rejected || state == S::Cancelled;
}

Status Workflow::canTransition(WorkflowState from, WorkflowState to, const Actor& actor, const QList<Finding>& findings,
                               const Signatures* signatures, const QString& comment, const QStringList& itemStudents)
{
    if (from == to)
        return Status::failure(tr("The item is already %1.").arg(stateName(to)));

    const Step* step = nullptr;
    for (const Step& s : steps()) {
        if (s.from == from && s.to == to) {
            step = &s;
            break;
        }
    }
    if (!step) {
        if (isTerminal(from))
            return Status::failure(tr("The item is %1: it cannot change any more.").arg(stateName(from)));
        return Status::failure(tr("An item cannot go from %1 to %2.").arg(stateName(from), stateName(to)));
    }
    if (!step->roles.contains(actor.role))
        return Status::failure(tr("Only the %1 may move an item from %2 to %3.")
                                   .arg(roleList(step->roles), stateName(from), stateName(to)));
    if (actor.role == Role::Student && !isOwner(actor, itemStudents))
        return Status::failure(tr("A student may only change their own proposals."));
    if (step->needsComment && comment.trimmed().isEmpty())
        return Status::failure(
            tr("Moving an item to %1 needs a comment that tells the student why.").arg(stateName(to)));

    if (from == S::Approved && to == S::InProgress && signatures)
        return Status::failure(tr("The agreement must be sent for signature and signed before the placement starts."));
    if ((to == S::Signed || to == S::InProgress) && signatures && !signatures->complete())
        return Status::failure(tr("%n signature(s) of the agreement are missing: record every signature first.",
                                  nullptr, signatures->missingCount()));

    if (to == S::Approved || to == S::Validated) {
        QStringList blocking;
        for (const Finding& f : findings) {
            if (f.blocking() && !blocking.contains(f.rule))
                blocking.append(f.rule);
        }
        if (!blocking.isEmpty())
            return Status::failure(tr("The item cannot be %1 while %n error(s) remain (%2): fix them, or the advisor "
                                      "overrides them with a written reason.",
                                      nullptr, int(blocking.size()))
                                       .arg(stateName(to), blocking.join(QStringLiteral(", "))));
    }
    return {};
}

Status Workflow::canOverride(const Actor& actor)
{
    if (actor.role != Role::Advisor)
        return Status::failure(tr("Only the advisor may override a rule."));
    return {};
}

Status Workflow::canEdit(WorkflowState state, const Actor& actor, const QStringList& itemStudents)
{
    if (isTerminal(state))
        return Status::failure(tr("The item is %1: it cannot change any more.").arg(stateName(state)));
    if (actor.role == Role::Student) {
        if (!isOwner(actor, itemStudents))
            return Status::failure(tr("A student may only change their own proposals."));
        if (state != S::Draft && state != S::ChangesRequested)
            return Status::failure(tr("The proposal is %1: only a draft or a proposal sent back for changes can be "
                                      "edited by the student.")
                                       .arg(stateName(state)));
    }
    return {};
}

QString Workflow::stateName(WorkflowState state)
{
    switch (state) {
    case S::Draft:
        return tr("draft");
    case S::Submitted:
        return tr("submitted");
    case S::ChangesRequested:
        return tr("changes requested");
    case S::Approved:
        return tr("approved");
    case S::SentForSignature:
        return tr("sent for signature");
    case S::Signed:
        return tr("signed");
    case S::InProgress:
        return tr("in progress");
    case S::Completed:
        return tr("completed");
    case S::Validated:
        return tr("validated");
    case S::Rejected:
        return tr("rejected");
    case S::Cancelled:
        return tr("cancelled");
    }
    return {};
}

} // namespace interntrack

#include "ReplyImport.h"

#include "ProposalSubmit.h"
#include "rules/Format.h"
#include "storage/StorageRecords.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace interntrack {

namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

} // namespace

QString ReplyImport::suffix()
{
    return QStringLiteral("interntrack-reply");
}

Result<ReplyImport::Outcome> ReplyImport::importFile(Workspace& workspace, const QString& studentId,
                                                     const QString& path)
{
    using R = Result<Outcome>;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > maxFileSize)
        return R::failure(tr("%1 is too large to be an advisor's reply: nothing was imported.").arg(name));
    const QByteArray data = file.readAll();
    Result<Outcome> outcome = importData(workspace, studentId, data);
    if (!outcome)
        return R::failure(tr("%1: %2").arg(name, outcome.error()));
    return outcome;
}

Result<ReplyImport::Outcome> ReplyImport::importData(Workspace& workspace, const QString& studentId,
                                                     const QByteArray& data)
{
    using R = Result<Outcome>;
    const Result<ProposalReply> read = readProposalReply(data);
    if (!read)
        return R::failure(read.error());
    const ProposalReply& reply = read.value();
    const Student* me = workspace.student(studentId);
    if (!me)
        return R::failure(tr("No personal file is open."));

    // Is it for this student? The email decides when both are known, else the name.
    const bool sameEmail = !reply.studentEmail.trimmed().isEmpty() && !me->email.trimmed().isEmpty();
    const bool mine =
        sameEmail ? folded(reply.studentEmail) == folded(me->email) : folded(reply.studentName) == folded(me->name);
    if (!mine) {
        const QString who =
            reply.studentEmail.isEmpty() ? reply.studentName : tr("%1 <%2>").arg(reply.studentName, reply.studentEmail);
        return R::failure(tr("This reply is for %1, not for you (%2): nothing was imported.")
                              .arg(who, me->email.isEmpty() ? me->name : me->email));
    }
    if (reply.year != workspace.year())
        return R::failure(tr("This reply is for the academic year %1; your personal file is for %2: nothing was "
                             "imported.")
                              .arg(reply.year.toString(), workspace.year().toString()));
    if (!workspace.item(reply.kind, reply.itemId))
        return R::failure(tr("Your personal file has no %1 %2: the reply is about a proposal written elsewhere. "
                             "Nothing was imported.")
                              .arg(itemKindName(reply.kind), reply.itemId));

    Outcome outcome;
    outcome.kind = reply.kind;
    outcome.id = reply.itemId;
    outcome.state = reply.state;
    const QString what = ProposalSubmit::describe(workspace, reply.kind, reply.itemId);
    const QString who = reply.decidedBy.trimmed().isEmpty() ? tr("the advisor") : reply.decidedBy.trimmed();
    // One sentence per decision, so that it reads well in every language.
    const QString when = reply.decidedAt.isValid() ? formatDate(reply.decidedAt.date()) : tr("a date not given");
    switch (reply.state) {
    case WorkflowState::Approved:
        outcome.summary = tr("%1 approved your %2 on %3.").arg(who, what, when);
        break;
    case WorkflowState::ChangesRequested:
        outcome.summary =
            tr("%1 asks for changes to your %2 (%3): change it, then submit it again.").arg(who, what, when);
        break;
    case WorkflowState::Rejected:
        outcome.summary = tr("%1 rejected your %2 on %3.").arg(who, what, when);
        break;
    default:
        outcome.summary = tr("Your %1 is now %2 (%3, %4).").arg(what, Workflow::stateName(reply.state), who, when);
        break;
    }

    // The same reply read twice changes nothing.
    const Result<QList<TransitionRecord>> history = workspace.transitions(reply.kind, reply.itemId);
    if (history && !history->isEmpty()) {
        const TransitionRecord& last = history->last();
        if (last.to == reply.state && last.role == Role::Advisor && last.actor == who
            && (!reply.decidedAt.isValid() || qAbs(last.at.secsTo(reply.decidedAt)) < 2))
            return outcome;
    }
    if (Status s = workspace.recordDecision(reply.kind, reply.itemId, reply.state, reply.comment, reply.decidedBy,
                                            reply.decidedAt);
        !s)
        return R::failure(tr("The reply could not be recorded: %1").arg(s.error()));
    return outcome;
}

} // namespace interntrack

#include "ProposalSubmit.h"

#include "documents/Reminders.h"
#include "rules/Format.h"
#include "storage/StorageRecords.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace interntrack {

namespace {

WorkflowState stateOfItem(const Item& item)
{
    if (const auto* i = std::get_if<Internship>(&item))
        return i->state;
    if (const auto* t = std::get_if<Ter>(&item))
        return t->state;
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return s->state;
    return WorkflowState::Draft;
}

QString dates(QDate start, QDate end)
{
    if (!start.isValid() && !end.isValid())
        return {};
    return QStringLiteral("%1 – %2").arg(start.isValid() ? formatDate(start) : QStringLiteral("?"),
                                         end.isValid() ? formatDate(end) : QStringLiteral("?"));
}

QString stem(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

QString ProposalSubmit::suffix()
{
    return QStringLiteral("interntrack-proposal");
}

Status ProposalSubmit::canSubmit(const Workspace& workspace, ItemKind kind, const QString& id)
{
    const std::optional<Item> item = workspace.item(kind, id);
    if (!item)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (kind == ItemKind::Student)
        return Status::failure(tr("Choose a proposal to send."));
    const WorkflowState state = stateOfItem(*item);
    if (state != WorkflowState::Draft && state != WorkflowState::ChangesRequested && state != WorkflowState::Submitted)
        return Status::failure(tr("The advisor has already decided on this %1 (%2): there is nothing to send.")
                                   .arg(itemKindName(kind), Workflow::stateName(state)));
    return {};
}

QList<Finding> ProposalSubmit::blockingFindings(const Workspace& workspace, ItemKind kind, const QString& id)
{
    QList<Finding> all;
    if (kind == ItemKind::Seminar) {
        const Seminar* seminar = workspace.seminar(id);
        if (seminar)
            all = workspace.studentFindings(seminar->studentId);
        all.removeIf([](const Finding& f) { return !f.rule.startsWith(QLatin1String("SEMINAR")); });
    } else {
        all = workspace.findings(id);
    }
    all.removeIf([](const Finding& f) { return !f.blocking(); });
    return all;
}

Result<ProposalFile> ProposalSubmit::proposalFile(const Workspace& workspace, const QString& studentId, ItemKind kind,
                                                  const QString& id, const QString& message)
{
    using R = Result<ProposalFile>;
    const Student* student = workspace.student(studentId);
    if (!student)
        return R::failure(tr("The personal file has no student %1.").arg(studentId));
    const std::optional<Item> item = workspace.item(kind, id);
    if (!item)
        return R::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    ProposalFile file;
    file.year = workspace.year();
    file.written = QDateTime(workspace.today(), QTime::currentTime());
    file.application = QStringLiteral("InternTrack %1").arg(QCoreApplication::applicationVersion());
    file.student = *student;
    file.message = message;
    if (const auto* in = std::get_if<Internship>(&*item)) {
        Internship sent = *in;
        sent.submitted = workspace.today();
        if (sent.state == WorkflowState::Draft || sent.state == WorkflowState::ChangesRequested)
            sent.state = WorkflowState::Submitted;
        file.internships.append(sent);
    } else if (const auto* t = std::get_if<Ter>(&*item)) {
        // The file carries one student: a partner of a pair is named in the message, for the advisor to match.
        QStringList partners;
        for (const QString& other : t->studentIds) {
            if (other == studentId)
                continue;
            const Student* partner = workspace.student(other);
            partners.append(!partner                   ? other
                            : partner->email.isEmpty() ? partner->name
                                                       : tr("%1 <%2>").arg(partner->name, partner->email));
        }
        if (!partners.isEmpty()) {
            const QString line = tr("Partner(s) for this TER: %1").arg(partners.join(tr(", ")));
            file.message = file.message.isEmpty() ? line : file.message + QLatin1Char('\n') + line;
        }
        Ter sent = *t;
        if (sent.state == WorkflowState::Draft || sent.state == WorkflowState::ChangesRequested)
            sent.state = WorkflowState::Submitted;
        file.ters.append(sent);
    } else if (const auto* s = std::get_if<SummerSchool>(&*item)) {
        SummerSchool sent = *s;
        if (sent.state == WorkflowState::Draft || sent.state == WorkflowState::ChangesRequested)
            sent.state = WorkflowState::Submitted;
        file.summerSchools.append(sent);
    } else if (std::holds_alternative<Seminar>(*item)) {
        for (const QString& seminarId : workspace.seminarsOf(studentId)) {
            if (const Seminar* seminar = workspace.seminar(seminarId))
                file.seminars.append(*seminar);
        }
    } else {
        return R::failure(tr("Choose a proposal to send."));
    }
    return file;
}

Status ProposalSubmit::writeFile(const QString& path, const ProposalFile& file)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    const QByteArray data = writeProposalFile(file);
    if (out.write(data) != data.size() || !out.commit())
        return Status::failure(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

Status ProposalSubmit::markSubmitted(Workspace& workspace, ItemKind kind, const QString& id)
{
    const std::optional<Item> item = workspace.item(kind, id);
    if (!item)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (kind == ItemKind::Seminar || kind == ItemKind::Student)
        return {};
    const WorkflowState state = stateOfItem(*item);
    if (state == WorkflowState::Submitted)
        return {}; // sent again: it already is
    // Asked first, so that the submission date is not saved for a submission the workflow refuses.
    QStringList students;
    if (const auto* t = std::get_if<Ter>(&*item))
        students = t->studentIds;
    else if (const auto* in = std::get_if<Internship>(&*item))
        students = {in->studentId};
    else if (const auto* sc = std::get_if<SummerSchool>(&*item))
        students = {sc->studentId};
    if (Status s =
            Workflow::canTransition(state, WorkflowState::Submitted, workspace.actor(), {}, nullptr, {}, students);
        !s)
        return s;
    QUndoStack* undo = workspace.undoStack();
    undo->beginMacro(tr("Submit %1 %2").arg(itemKindName(kind), id));
    Status result;
    if (const auto* in = std::get_if<Internship>(&*item)) {
        // The submission date is the day the proposal leaves for the advisor (the lead-time rule reads it).
        Internship dated = *in;
        dated.submitted = workspace.today();
        result = workspace.saveItem(dated, tr("Submission date of %1").arg(id));
    }
    if (result)
        result = workspace.transition(kind, id, WorkflowState::Submitted);
    undo->endMacro();
    return result;
}

QString ProposalSubmit::describe(const Workspace& workspace, ItemKind kind, const QString& id)
{
    switch (kind) {
    case ItemKind::Internship:
        if (const Internship* in = workspace.internship(id)) {
            const QString where = in->host.name.isEmpty() ? tr("internship (host to be given)")
                                                          : tr("internship at %1").arg(in->host.name);
            const QString when = dates(in->start, in->end);
            return when.isEmpty() ? where : tr("%1 (%2)").arg(where, when);
        }
        break;
    case ItemKind::Ter:
        if (const Ter* t = workspace.ter(id)) {
            const QString what =
                t->subject.isEmpty() ? tr("TER (subject to be chosen)") : tr("TER: %1").arg(t->subject);
            const QString when = dates(t->start, t->end);
            return when.isEmpty() ? what : tr("%1 (%2)").arg(what, when);
        }
        break;
    case ItemKind::SummerSchool:
        if (const SummerSchool* s = workspace.summerSchool(id)) {
            const QString what =
                s->name.isEmpty() ? tr("summer school (name to be given)") : tr("summer school: %1").arg(s->name);
            const QString when = dates(s->start, s->end);
            return when.isEmpty() ? what : tr("%1 (%2)").arg(what, when);
        }
        break;
    case ItemKind::Seminar:
        if (const Seminar* s = workspace.seminar(id)) {
            const QString what =
                s->title.isEmpty() ? tr("seminar (title to be given)") : tr("seminar: %1").arg(s->title);
            return s->date.isValid() ? tr("%1 (%2)").arg(what, formatDate(s->date)) : what;
        }
        break;
    case ItemKind::Student:
        if (const Student* s = workspace.student(id))
            return s->name;
        break;
    }
    return tr("%1 %2").arg(itemKindName(kind), id);
}

QString ProposalSubmit::suggestedFileName(const Workspace& workspace, const QString& studentId, ItemKind kind,
                                          const QString& id)
{
    const Student* student = workspace.student(studentId);
    QString name = stem(student ? student->name : QString());
    if (kind == ItemKind::Internship) {
        if (const Internship* in = workspace.internship(id); in && !in->host.name.isEmpty())
            name += QLatin1Char('-') + stem(in->host.name);
    }
    const QString kindPart = kind == ItemKind::Internship     ? QStringLiteral("internship")
                             : kind == ItemKind::Ter          ? QStringLiteral("ter")
                             : kind == ItemKind::SummerSchool ? QStringLiteral("summer-school")
                                                              : QStringLiteral("seminars");
    if (name.isEmpty())
        name = kindPart;
    else if (kind != ItemKind::Internship)
        name += QLatin1Char('-') + kindPart;
    return name + QLatin1Char('.') + suffix();
}

QUrl ProposalSubmit::emailDraft(const Student& student, const QString& description, const QString& filePath,
                                const QString& to)
{
    const QString fileName = QFileInfo(filePath).fileName();
    const QString subject = tr("Proposal from %1: %2").arg(student.name, description);
    QStringList body;
    body << tr("Hello,") << QString() << tr("Here is my proposal for the programme: %1.").arg(description)
         << tr("I attach the proposal file written by InternTrack: %1").arg(QDir::toNativeSeparators(filePath))
         << QString()
         << tr("(An email link cannot attach a file by itself: attach %1 to this email before sending it. "
               "You can import it into InternTrack with File ▸ Import Proposal, or drop it on the window.)")
                .arg(fileName)
         << QString() << tr("Best regards,") << student.name;
    if (!student.studentNumber.isEmpty())
        body << tr("Student number: %1").arg(student.studentNumber);
    if (!student.email.isEmpty())
        body << student.email;
    EmailDraft draft;
    draft.to = to.trimmed();
    draft.subject = subject;
    draft.body = body.join(QLatin1Char('\n'));
    return Reminders::mailto(draft);
}

} // namespace interntrack

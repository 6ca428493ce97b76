#include "ProposalInbox.h"

#include "Workspace.h"
#include "documents/Reminders.h"
#include "rules/Format.h"
#include "workflow/Workflow.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace interntrack {

namespace {

// A proposal is a few kilobytes; far more is not one.
constexpr qint64 kMaxProposalBytes = 16LL * 1024 * 1024;

QString kindLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Internship:
        return ProposalInbox::tr("internship");
    case ItemKind::Ter:
        return ProposalInbox::tr("TER");
    case ItemKind::SummerSchool:
        return ProposalInbox::tr("summer school");
    case ItemKind::Seminar:
        return ProposalInbox::tr("seminars");
    case ItemKind::Student:
        break;
    }
    return ProposalInbox::tr("proposal");
}

} // namespace

ProposalInbox::ProposalInbox(Workspace& workspace, QWidget* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_parent(parent)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    askOpenFiles = [this, documents] {
        return QFileDialog::getOpenFileNames(
            m_parent, tr("Import Proposals"), documents,
            tr("Student proposals (*.%1);;All files (*)").arg(QLatin1String(kProposalSuffix)));
    };
    askSaveFile = [this, documents](const QString& suggested) {
        return QFileDialog::getSaveFileName(m_parent, tr("Save Reply"), QDir(documents).filePath(suggested),
                                            tr("Replies to students (*.%1)").arg(QLatin1String(kReplySuffix)));
    };
    confirm = [this](const QString& question) {
        return QMessageBox::question(m_parent, tr("Import Proposals"), question) == QMessageBox::Yes;
    };
    inform = [this](const QString& text) { QMessageBox::information(m_parent, tr("Proposals"), text); };
    openUrl = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
}

bool ProposalInbox::isProposalFile(const QString& path)
{
    return path.endsWith(QLatin1Char('.') + QLatin1String(kProposalSuffix), Qt::CaseInsensitive);
}

void ProposalInbox::chooseAndImport()
{
    const QStringList paths = askOpenFiles();
    if (!paths.isEmpty())
        importFiles(paths);
}

bool ProposalInbox::importFiles(const QStringList& paths)
{
    // Read and check every file first: one bad file imports nothing.
    QList<ProposalFile> files;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            inform(tr("%1 could not be read: %2\nNothing was imported.").arg(name, file.errorString()));
            return false;
        }
        if (file.size() > kMaxProposalBytes) {
            inform(tr("%1 is too large to be a proposal (%2 MB).\nNothing was imported.")
                       .arg(name)
                       .arg(file.size() / (1024 * 1024)));
            return false;
        }
        const Result<ProposalFile> read = readProposalFile(file.readAll());
        if (!read) {
            inform(tr("%1 is not a proposal InternTrack can read:\n%2\nNothing was imported.").arg(name, read.error()));
            return false;
        }
        files.append(read.value());
    }

    QList<int> create;
    QStringList planned;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const ProposalFile& f = files.at(i);
        const QString name = QFileInfo(paths.at(i)).fileName();
        const Result<ProposalImport::Plan> plan = m_ws.planProposal(f);
        if (!plan) {
            inform(tr("%1: %2").arg(name, plan.error()));
            return false;
        }
        if (plan->match == ProposalImport::Match::NotFound) {
            const QString who =
                f.student.email.isEmpty() ? f.student.name : tr("%1 <%2>").arg(f.student.name, f.student.email);
            if (!confirm(tr("No student of %1 is %2 (%3). Add them as a new student and import their proposal?")
                             .arg(f.year.toString(), who, name)))
                return false;
            create.append(int(i));
        }
        planned.append(ProposalImport::describe(plan.value()));
    }

    const Result<QList<ProposalImport::Plan>> done = m_ws.importProposals(files, create);
    if (!done) {
        inform(done.error());
        return false;
    }
    QStringList lines;
    for (qsizetype i = 0; i < done->size(); ++i) {
        lines.append(ProposalImport::describe(done->at(i)));
        if (!files.at(i).message.isEmpty())
            lines.append(tr("Message: %1").arg(files.at(i).message));
    }
    inform(lines.join(QLatin1Char('\n')));
    return true;
}

QString ProposalInbox::saveReply(const QString& itemId)
{
    const Result<ProposalReply> reply = m_ws.replyFor(itemId);
    if (!reply) {
        inform(reply.error());
        return {};
    }
    QString path = askSaveFile(QStringLiteral("%1.%2").arg(itemId, QLatin1String(kReplySuffix)));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(kReplySuffix);
    QSaveFile out(path);
    const QByteArray data = writeProposalReply(reply.value());
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        inform(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return {};
    }
    emit m_ws.message(tr("Reply saved to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

Result<QUrl> ProposalInbox::replyMail(const QString& itemId) const
{
    const Result<ProposalReply> reply = m_ws.replyFor(itemId);
    if (!reply)
        return Result<QUrl>::failure(reply.error());
    const ProposalReply& r = reply.value();
    const QString what = tr("your %1 proposal (%2)").arg(kindLabel(r.kind), r.itemId);
    QString decision;
    switch (r.state) {
    case WorkflowState::Approved:
        decision = tr("I have approved %1.").arg(what);
        break;
    case WorkflowState::ChangesRequested:
        decision = tr("Please change %1 and submit it again.").arg(what);
        break;
    case WorkflowState::Rejected:
        decision = tr("I am sorry: I cannot accept %1.").arg(what);
        break;
    default:
        decision = tr("%1 is now: %2.").arg(what, Workflow::stateName(r.state));
        break;
    }
    QStringList body;
    body << tr("Hello %1,").arg(r.studentName) << QString() << decision;
    if (!r.comment.isEmpty())
        body << QString() << r.comment;
    body << QString()
         << tr("If you use InternTrack's student mode, the attached reply file (%1.%2) shows the decision on your "
               "proposal: File ▸ Import Reply. (An email link cannot attach it by itself: save it with Save Reply "
               "and attach it.)")
                .arg(r.itemId, QLatin1String(kReplySuffix))
         << QString() << tr("Best regards,") << (r.decidedBy.isEmpty() ? m_ws.actor().name : r.decidedBy);
    const QString subject = tr("Your %1 proposal: %2").arg(kindLabel(r.kind), Workflow::stateName(r.state));
    EmailDraft draft;
    draft.to = r.studentEmail.trimmed();
    draft.subject = subject;
    draft.body = body.join(QLatin1Char('\n'));
    const QUrl url = Reminders::mailto(draft);
    return url;
}

bool ProposalInbox::emailReply(const QString& itemId)
{
    const Result<QUrl> url = replyMail(itemId);
    if (!url) {
        inform(url.error());
        return false;
    }
    if (!openUrl(url.value())) {
        inform(tr("No mail program could be opened. Save the reply as a file and send it yourself."));
        return false;
    }
    return true;
}

} // namespace interntrack

#pragma once

#include "Workspace.h"
#include "io/ProposalFile.h"

#include <QCoreApplication>
#include <QUrl>

namespace interntrack {

/**
 * Sending a proposal from a student's personal file to the advisor: what would stop its approval (to warn before
 * sending), the proposal file (core/io/ProposalFile), marking the item submitted with its submission date, and an
 * email draft. The window asks the questions; this does the work.
 */
class ProposalSubmit
{
    Q_DECLARE_TR_FUNCTIONS(ProposalSubmit)

public:
    /// The suffix of a proposal file, without the dot.
    static QString suffix();

    /// Whether the item can be sent: a draft, a proposal sent back for changes, or one already submitted (sent
    /// again); refused, with why, once the advisor has decided on it.
    static Status canSubmit(const Workspace& workspace, ItemKind kind, const QString& id);
    /// The errors that would stop the advisor approving the item (for a seminar: those of every seminar of the
    /// student and the student's own, such as too few seminars).
    static QList<Finding> blockingFindings(const Workspace& workspace, ItemKind kind, const QString& id);
    /// The file to send: @p studentId's identity and the item as submitted today (for a seminar, every seminar of
    /// the student, which the advisor assesses together).
    static Result<ProposalFile> proposalFile(const Workspace& workspace, const QString& studentId, ItemKind kind,
                                             const QString& id, const QString& message = {});
    /// Writes @p file to @p path (atomically).
    static Status writeFile(const QString& path, const ProposalFile& file);
    /// Marks the item submitted as the student (an internship also gets today's submission date); one step on the
    /// undo stack. Seminars have no workflow: nothing changes.
    static Status markSubmitted(Workspace& workspace, ItemKind kind, const QString& id);

    /// The item for people: "internship at Inria Saclay (4 May 2026 – 26 June 2026)".
    static QString describe(const Workspace& workspace, ItemKind kind, const QString& id);
    /// A file name for the proposal: "<student>-<kind>-<id>.interntrack-proposal".
    static QString suggestedFileName(const Workspace& workspace, const QString& studentId, ItemKind kind,
                                     const QString& id);
    /// A mailto: draft to @p to (may be empty) with a subject and a body that names the proposal file to attach
    /// (a mailto: link cannot carry an attachment, and the body says so).
    static QUrl emailDraft(const Student& student, const QString& description, const QString& filePath,
                           const QString& to = {});
};

} // namespace interntrack

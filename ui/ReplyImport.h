#pragma once

#include "Workspace.h"
#include "io/ProposalFile.h"

#include <QCoreApplication>

namespace interntrack {

/**
 * The advisor's reply, read into a student's personal file: the proposal it names takes the advisor's decision
 * (approved, changes requested, rejected…), recorded as a workflow transition by the advisor, dated when they
 * decided, with their comment, so that the proposal's history shows who decided, when and why. A reply for
 * another student, another year or an unknown proposal changes nothing and says so.
 */
class ReplyImport
{
    Q_DECLARE_TR_FUNCTIONS(ReplyImport)

public:
    /// The suffix of a reply file, without the dot.
    static QString suffix();
    /// Files larger than this are not replies (read nothing).
    static constexpr qint64 maxFileSize = 1024 * 1024;

    /// What a reply changed.
    struct Outcome
    {
        ItemKind kind = ItemKind::Internship;
        QString id;
        WorkflowState state = WorkflowState::Submitted;
        /// For people: "Your internship at Inria Saclay is approved by Anne Vilnat on 12 March 2026."
        QString summary;
    };

    /// Applies the reply in @p data to @p studentId's personal file open in @p workspace.
    static Result<Outcome> importData(Workspace& workspace, const QString& studentId, const QByteArray& data);
    /// Reads @p path and applies it.
    static Result<Outcome> importFile(Workspace& workspace, const QString& studentId, const QString& path);
};

} // namespace interntrack

#pragma once

#include "Actor.h"
#include "domain/Internship.h"
#include "domain/Result.h"
#include "domain/WorkflowState.h"
#include "rules/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace interntrack {

/**
 * The agreement workflow of RULES.md: which transitions exist, who may make each, and what
 * must hold first. Pure functions: the caller passes the item's findings and signatures.
 *
 * draft → submitted → approved → sent for signature → signed → in progress → completed → validated,
 * with changes requested (back to the student), rejected and cancelled.
 */
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    /// One edge of the workflow.
    struct Step
    {
        WorkflowState from;
        WorkflowState to;
        QList<Role> roles; ///< who may take it
        bool needsComment = false; ///< request-changes and reject must say why
    };

    /// Every edge, in the order of the workflow.
    static const QList<Step>& steps();
    /// The states reachable from @p from by anyone.
    static QList<WorkflowState> targets(WorkflowState from);
    /// The states @p actor may move an item to from @p from, before looking at findings or signatures
    /// (what a UI offers).
    static QList<WorkflowState> allowedTargets(WorkflowState from, const Actor& actor);
    static bool needsComment(WorkflowState from, WorkflowState to);
    static bool isTerminal(WorkflowState state);

    /**
     * Whether @p actor may move an item from @p from to @p to, and if not, why (translated).
     * @p findings are the item's findings (stage proposal for "approved", validation for "validated");
     * moving to approved or validated is refused while one of them is blocking (an error neither fixed
     * nor overridden). @p signatures is the item's agreement, or nullptr for an item without one
     * (a TER or summer school that needs no agreement skips the signature steps); moving to signed or
     * in progress is refused while a signature is missing. @p itemStudents are the item's students:
     * a student may only move their own items.
     */
    static Status canTransition(WorkflowState from, WorkflowState to, const Actor& actor,
                                const QList<Finding>& findings, const Signatures* signatures,
                                const QString& comment = {}, const QStringList& itemStudents = {});

    /// Only the advisor overrides a rule.
    static Status canOverride(const Actor& actor);
    /// Whether @p actor may edit an item in @p state: a student only their own drafts and proposals
    /// sent back to them; the secretariat and the advisor anything not closed.
    static Status canEdit(WorkflowState state, const Actor& actor, const QStringList& itemStudents);

    /// The state's name for people, translated ("sent for signature").
    static QString stateName(WorkflowState state);
};

} // namespace interntrack

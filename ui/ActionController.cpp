#include "ActionController.h"

#include "CommentDialog.h"
#include "GradeDialog.h"
#include "HistoryDialog.h"
#include "HistoryView.h"
#include "Icons.h"
#include "ItemInfo.h"
#include "OverrideDialog.h"
#include "ReportDialog.h"
#include "SignaturesDialog.h"
#include "Workspace.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

namespace interntrack {

namespace {

using A = ActionController::Action;
using S = WorkflowState;

/// The states from which the item can be cancelled (every one that is not closed).
const QList<S> openStates = {S::Draft,  S::Submitted, S::ChangesRequested, S::Approved, S::SentForSignature,
                             S::Signed, S::InProgress};

QString objectNameOf(A which)
{
    switch (which) {
    case A::Submit:
        return QStringLiteral("submitAction");
    case A::Approve:
        return QStringLiteral("approveAction");
    case A::RequestChanges:
        return QStringLiteral("requestChangesAction");
    case A::Reject:
        return QStringLiteral("rejectAction");
    case A::OverrideRule:
        return QStringLiteral("overrideRuleAction");
    case A::SendForSignature:
        return QStringLiteral("sendForSignatureAction");
    case A::RecordSignatures:
        return QStringLiteral("recordSignaturesAction");
    case A::MarkSigned:
        return QStringLiteral("markSignedAction");
    case A::Start:
        return QStringLiteral("startAction");
    case A::ReportReceived:
        return QStringLiteral("reportReceivedAction");
    case A::ProofReceived:
        return QStringLiteral("proofReceivedAction");
    case A::RecordGrade:
        return QStringLiteral("recordGradeAction");
    case A::MarkCompleted:
        return QStringLiteral("markCompletedAction");
    case A::Validate:
        return QStringLiteral("validateAction");
    case A::Cancel:
        return QStringLiteral("cancelItemAction");
    case A::History:
        return QStringLiteral("historyAction");
    }
    return {};
}

QIcon iconOf(A which)
{
    switch (which) {
    case A::Submit:
        return Icons::state(S::Submitted);
    case A::Approve:
        return Icons::state(S::Approved);
    case A::RequestChanges:
        return Icons::state(S::ChangesRequested);
    case A::Reject:
        return Icons::state(S::Rejected);
    case A::OverrideRule:
        return Icons::overridden();
    case A::SendForSignature:
        return Icons::state(S::SentForSignature);
    case A::RecordSignatures:
    case A::MarkSigned:
        return Icons::state(S::Signed);
    case A::Start:
        return Icons::state(S::InProgress);
    case A::ReportReceived:
        return Icons::named(QStringLiteral("action-report"));
    case A::ProofReceived:
        return Icons::named(QStringLiteral("action-proof"));
    case A::RecordGrade:
        return Icons::named(QStringLiteral("action-grade"));
    case A::MarkCompleted:
        return Icons::state(S::Completed);
    case A::Validate:
        return Icons::state(S::Validated);
    case A::Cancel:
        return Icons::state(S::Cancelled);
    case A::History:
        return Icons::named(QStringLiteral("history"));
    }
    return {};
}

QKeySequence shortcutOf(A which)
{
    switch (which) {
    case A::Approve:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    case A::RequestChanges:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    case A::OverrideRule:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    case A::RecordSignatures:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    case A::RecordGrade:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    case A::Validate:
        return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    case A::History:
        return QKeySequence(Qt::CTRL | Qt::Key_H);
    default:
        break;
    }
    return {};
}

/// The actions in menu order, separators as nullopt.
const QList<std::optional<A>>& menuOrder()
{
    static const QList<std::optional<A>> order = {
        A::Submit,         std::nullopt,        A::Approve,          A::RequestChanges, A::Reject,   A::OverrideRule,
        std::nullopt,      A::SendForSignature, A::RecordSignatures, A::MarkSigned,     A::Start,    std::nullopt,
        A::ReportReceived, A::ProofReceived,    A::RecordGrade,      A::MarkCompleted,  A::Validate, std::nullopt,
        A::Cancel,         std::nullopt,        A::History,
    };
    return order;
}

} // namespace

ActionController::ActionController(Workspace& workspace, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_ws(workspace)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("actionController"));
    createActions();
    retranslate();

    connect(&m_ws, &Workspace::itemChanged, this, &ActionController::refresh);
    connect(&m_ws, &Workspace::findingsChanged, this, &ActionController::refresh);
    connect(&m_ws, &Workspace::actorChanged, this, &ActionController::refresh);
    connect(&m_ws, &Workspace::loadingChanged, this, &ActionController::refresh);
    connect(&m_ws, &Workspace::yearLoaded, this, [this] {
        if (hasCurrentItem() && !m_ws.item(m_kind, m_id))
            clearCurrentItem();
        else
            refresh();
    });
    connect(&m_ws, &Workspace::databaseChanged, this, [this] {
        if (!m_ws.isOpen())
            clearCurrentItem();
        else
            refresh();
    });
    // A QObject gets no LanguageChange of its own: the application's tells when the language switched.
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

ActionController::~ActionController()
{
    // Dialogs without a parent widget are top-level windows: close them with their controller.
    if (m_dialog && !m_dialogParent)
        delete m_dialog.data();
    if (m_history && !m_dialogParent)
        delete m_history.data();
    if (m_refusalBox && !m_dialogParent)
        delete m_refusalBox.data();
}

void ActionController::createActions()
{
    for (int i = 0; i < ActionCount; ++i) {
        const A which = A(i);
        auto* action = new QAction(this);
        action->setObjectName(objectNameOf(which));
        action->setIcon(iconOf(which));
        action->setShortcut(shortcutOf(which));
        if (which == A::ProofReceived) {
            action->setCheckable(true);
            connect(action, &QAction::triggered, this, [this](bool checked) {
                if (m_updatingProof || !hasCurrentItem())
                    return;
                const Status s = m_ws.setProofReceived(m_id, checked);
                if (!s)
                    refuse(s.error());
                refresh(); // the check mark follows what is recorded
            });
        } else {
            connect(action, &QAction::triggered, this, [this, which] { trigger(which); });
        }
        m_actions[std::size_t(i)] = action;
    }
}

QAction* ActionController::action(Action which) const
{
    return m_actions[std::size_t(which)];
}

QList<QAction*> ActionController::actions() const
{
    QList<QAction*> out;
    for (const std::optional<A>& a : menuOrder())
        out.append(a ? action(*a) : nullptr);
    return out;
}

QList<QAction*> ActionController::toolBarActions() const
{
    return {action(A::Approve),
            action(A::RequestChanges),
            action(A::OverrideRule),
            nullptr,
            action(A::RecordSignatures),
            action(A::ReportReceived),
            action(A::RecordGrade),
            action(A::Validate),
            nullptr,
            action(A::History)};
}

void ActionController::addToMenu(QMenu* menu) const
{
    menu->setToolTipsVisible(true);
    for (QAction* a : actions()) {
        if (a)
            menu->addAction(a);
        else
            menu->addSeparator();
    }
}

void ActionController::addToToolBar(QToolBar* toolBar) const
{
    for (QAction* a : toolBarActions()) {
        if (a)
            toolBar->addAction(a);
        else
            toolBar->addSeparator();
    }
}

QDialog* ActionController::activeDialog() const
{
    return m_dialog.data();
}

QMessageBox* ActionController::refusalBox() const
{
    return m_refusalBox.data();
}

HistoryDialog* ActionController::historyDialog() const
{
    return m_history.data();
}

bool ActionController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ActionController::retranslate()
{
    const auto set = [this](A which, const QString& text) { action(which)->setText(text); };
    set(A::Submit, tr("&Submit Proposal"));
    set(A::Approve, tr("&Approve"));
    set(A::RequestChanges, tr("Request &Changes…"));
    set(A::Reject, tr("Re&ject…"));
    set(A::OverrideRule, tr("&Override Rule…"));
    set(A::SendForSignature, tr("S&end for Signature"));
    set(A::RecordSignatures, tr("Record Signat&ures…"));
    set(A::MarkSigned, tr("Mar&k Agreement Signed"));
    set(A::Start, tr("S&tart (In Progress)"));
    set(A::ReportReceived, tr("Re&port Received…"));
    set(A::ProofReceived, tr("Proo&f of Completion Received"));
    set(A::RecordGrade, tr("Record &Grade…"));
    set(A::MarkCompleted, tr("Mark Co&mpleted…"));
    set(A::Validate, tr("&Validate…"));
    set(A::Cancel, tr("Ca&ncel Item…"));
    set(A::History, tr("&History…"));
    refresh();
}

QString ActionController::description(Action which) const
{
    switch (which) {
    case A::Submit:
        return tr("Send the proposal to the advisor.");
    case A::Approve:
        return tr("Approve the proposal: the agreement can then be sent for signature.");
    case A::RequestChanges:
        return tr("Send the proposal back to the student with a comment saying what to change.");
    case A::Reject:
        return tr("Reject the proposal, with a comment saying why.");
    case A::OverrideRule:
        return tr("Accept the item although a rule flags it, with a written reason.");
    case A::SendForSignature:
        return tr("The agreement has been sent to the four parties for signature.");
    case A::RecordSignatures:
        return tr("Record who signed the agreement and when; the fourth signature makes it signed.");
    case A::MarkSigned:
        return tr("The agreement has come back signed.");
    case A::Start:
        return tr("The placement or project has started.");
    case A::ReportReceived:
        return tr("Attach the report (a PDF); its pages are counted from the file.");
    case A::ProofReceived:
        return tr("The proof of completion signed by the host supervisor has been received.");
    case A::RecordGrade:
        return tr("Record the TER's grade (0–20) given by its supervisors.");
    case A::MarkCompleted:
        return tr("The placement or project is over.");
    case A::Validate:
        return tr("Validate the item: it counts towards the student's year.");
    case A::Cancel:
        return tr("Cancel the item: it stops here.");
    case A::History:
        return tr("Every change of the item, its workflow steps and overrides: who, when, what.");
    }
    return {};
}

std::optional<WorkflowState> ActionController::currentState() const
{
    const std::optional<Item> item = m_ws.item(m_kind, m_id);
    return item ? ItemInfo::state(*item) : std::nullopt;
}

void ActionController::setCurrentItem(ItemKind kind, const QString& id)
{
    m_kind = kind;
    m_id = id;
    refresh();
}

void ActionController::clearCurrentItem()
{
    m_id.clear();
    refresh();
}

QString ActionController::whyDisabled(Action which) const
{
    const Verdict v = evaluate(which);
    return v.enabled ? QString() : v.why;
}

void ActionController::refresh()
{
    for (int i = 0; i < ActionCount; ++i) {
        const A which = A(i);
        QAction* a = action(which);
        const Verdict v = evaluate(which);
        a->setEnabled(v.enabled);
        const QString what = description(which);
        if (!v.enabled) {
            a->setToolTip(v.why.isEmpty() ? what : tr("%1\nNot now: %2").arg(what, v.why));
            a->setStatusTip(v.why.isEmpty() ? what : v.why);
        } else if (!v.hint.isEmpty()) {
            a->setToolTip(tr("%1\n%2").arg(what, v.hint));
            a->setStatusTip(v.hint);
        } else {
            a->setToolTip(what);
            a->setStatusTip(what);
        }
    }
    m_updatingProof = true;
    const Internship* in = hasCurrentItem() && m_kind == ItemKind::Internship ? m_ws.internship(m_id) : nullptr;
    action(A::ProofReceived)->setChecked(in && in->proof);
    m_updatingProof = false;
    emit changed();
}

ActionController::Verdict ActionController::evaluate(Action which) const
{
    Verdict v;
    if (!m_ws.isOpen()) {
        v.why = tr("Open a database first.");
        return v;
    }
    if (m_ws.isLoading()) {
        v.why = tr("The year is still loading.");
        return v;
    }
    if (!hasCurrentItem()) {
        v.why = which == A::History ? tr("Select an item first.")
                                    : tr("Select an internship, a TER or a summer school first.");
        return v;
    }
    const std::optional<Item> item = m_ws.item(m_kind, m_id);
    if (!item) {
        v.why = tr("%1 %2 is not in this year any more.").arg(ItemInfo::kindTitle(m_kind), m_id);
        return v;
    }
    if (which == A::History) {
        v.enabled = true;
        return v;
    }
    if (m_ws.isReadOnly()) {
        v.why = tr("This database is open read-only: nothing can be changed.");
        return v;
    }
    const Actor& actor = m_ws.actor();
    const std::optional<WorkflowState> state = ItemInfo::state(*item);
    const Role role = actor.role;

    switch (which) {
    case A::Submit:
        return evaluateStep(which, S::Submitted, {S::Draft, S::ChangesRequested});
    case A::Approve:
        return evaluateStep(which, S::Approved, {S::Submitted});
    case A::RequestChanges:
        return evaluateStep(which, S::ChangesRequested, {S::Submitted, S::Approved});
    case A::Reject:
        return evaluateStep(which, S::Rejected, {S::Submitted});
    case A::SendForSignature:
        return evaluateStep(which, S::SentForSignature, {S::Approved});
    case A::MarkSigned:
        if (m_kind == ItemKind::Internship) {
            v.why = tr("An internship is signed when its four signatures are recorded: use Record Signatures.");
            return v;
        }
        return evaluateStep(which, S::Signed, {S::SentForSignature});
    case A::Start: {
        const Internship* in = m_kind == ItemKind::Internship ? m_ws.internship(m_id) : nullptr;
        if (in && state && (*state == S::Approved || *state == S::SentForSignature) && !in->signatures.complete()) {
            v.why = tr("%n signature(s) missing: record them first (Record Signatures).", nullptr,
                       in->signatures.missingCount());
            return v;
        }
        return evaluateStep(which, S::InProgress, {S::Signed, S::Approved});
    }
    case A::MarkCompleted:
        return evaluateStep(which, S::Completed, {S::InProgress});
    case A::Validate:
        return evaluateStep(which, S::Validated, {S::Completed});
    case A::Cancel:
        return evaluateStep(which, S::Cancelled, openStates);

    case A::OverrideRule: {
        if (const Status s = Workflow::canOverride(actor); !s) {
            v.why = s.error();
            return v;
        }
        if (state && Workflow::isTerminal(*state)) {
            v.why =
                tr("The %1 is %2: it cannot change any more.").arg(itemKindName(m_kind), Workflow::stateName(*state));
            return v;
        }
        QStringList open;
        for (const Finding& f : m_ws.findings(m_id)) {
            if (f.severity != Severity::Info && !f.overridden && !open.contains(f.rule))
                open.append(f.rule);
        }
        if (open.isEmpty()) {
            v.why = tr("No open error or warning to override on this %1.").arg(itemKindName(m_kind));
            return v;
        }
        v.enabled = true;
        v.hint = tr("Open: %1").arg(open.join(QStringLiteral(", ")));
        return v;
    }

    case A::RecordSignatures: {
        if (m_kind != ItemKind::Internship) {
            v.why = tr("Signatures are recorded for an internship's agreement.");
            return v;
        }
        if (role == Role::Student) {
            v.why = tr("Only the secretariat or the advisor records signatures.");
            return v;
        }
        const Internship* in = m_ws.internship(m_id);
        if (!state || !QList<S>{S::Approved, S::SentForSignature, S::Signed, S::InProgress}.contains(*state)) {
            v.why = tr("Signatures are recorded once the proposal is approved (it is %1).")
                        .arg(state ? Workflow::stateName(*state) : QString());
            return v;
        }
        v.enabled = true;
        if (in && !in->signatures.complete())
            v.hint = tr("%n signature(s) missing.", nullptr, in->signatures.missingCount());
        return v;
    }

    case A::ReportReceived: {
        if (m_kind != ItemKind::Internship && m_kind != ItemKind::Ter && m_kind != ItemKind::SummerSchool) {
            v.why = tr("Reports are attached to internships, TERs and summer schools.");
            return v;
        }
        if (role == Role::Student) {
            v.why = tr("Only the secretariat or the advisor records a report received.");
            return v;
        }
        if (state && Workflow::isTerminal(*state)) {
            v.why =
                tr("The %1 is %2: it cannot change any more.").arg(itemKindName(m_kind), Workflow::stateName(*state));
            return v;
        }
        if (!state || !QList<S>{S::InProgress, S::Completed}.contains(*state)) {
            v.why = tr("A report is received once the %1 is under way (it is %2).")
                        .arg(itemKindName(m_kind), state ? Workflow::stateName(*state) : QString());
            return v;
        }
        v.enabled = true;
        std::visit(
            [&](const auto& i) {
                if constexpr (requires { i.reportPages; }) {
                    if (i.reportPages)
                        v.hint = tr("A report of %n page(s) is recorded.", nullptr, *i.reportPages);
                }
            },
            *item);
        return v;
    }

    case A::ProofReceived: {
        if (m_kind != ItemKind::Internship) {
            v.why = tr("A proof of completion is received for an internship.");
            return v;
        }
        if (role == Role::Student) {
            v.why = tr("Only the secretariat or the advisor records the proof of completion.");
            return v;
        }
        if (!state || !QList<S>{S::Signed, S::InProgress, S::Completed}.contains(*state)) {
            v.why = tr("The proof of completion comes at the end of the internship (it is %1).")
                        .arg(state ? Workflow::stateName(*state) : QString());
            return v;
        }
        v.enabled = true;
        return v;
    }

    case A::RecordGrade: {
        if (m_kind != ItemKind::Ter) {
            v.why = tr("Only a TER is graded (internships are not).");
            return v;
        }
        if (role != Role::Advisor) {
            v.why = tr("Only the advisor records grades.");
            return v;
        }
        if (!state || !QList<S>{S::InProgress, S::Completed}.contains(*state)) {
            v.why = tr("A TER is graded once it is under way or completed (it is %1).")
                        .arg(state ? Workflow::stateName(*state) : QString());
            return v;
        }
        v.enabled = true;
        if (const Ter* t = m_ws.ter(m_id); t && t->grade)
            v.hint = tr("Recorded: %1/20.").arg(QLocale().toString(*t->grade, 'g', QLocale::FloatingPointShortest));
        return v;
    }

    case A::History:
        break;
    }
    v.enabled = true;
    return v;
}

ActionController::Verdict ActionController::evaluateStep(Action which, WorkflowState to,
                                                         const QList<WorkflowState>& from) const
{
    Verdict v;
    const std::optional<Item> item = m_ws.item(m_kind, m_id);
    const std::optional<WorkflowState> state = item ? ItemInfo::state(*item) : std::nullopt;
    if (!state) {
        v.why = tr("A %1 has no workflow: select an internship, a TER or a summer school.").arg(itemKindName(m_kind));
        return v;
    }
    if (Workflow::isTerminal(*state)) {
        v.why = tr("The %1 is %2: it cannot change any more.").arg(itemKindName(m_kind), Workflow::stateName(*state));
        return v;
    }
    if (!from.contains(*state)) {
        v.why = stateRefusal(which, *state);
        return v;
    }
    const Actor& actor = m_ws.actor();
    if (!Workflow::allowedTargets(*state, actor).contains(to)) {
        const QString why = roleRefusal(which);
        if (!why.isEmpty()) {
            v.why = why;
            return v;
        }
    }
    // What the workflow says before looking at the findings: those are the Workspace's to check when the
    // step is taken (the advisor may override them first). A comment is asked for by the dialog.
    const Internship* in = m_kind == ItemKind::Internship ? m_ws.internship(m_id) : nullptr;
    const QString comment = Workflow::needsComment(*state, to) ? QStringLiteral("-") : QString();
    if (const Status s = Workflow::canTransition(*state, to, actor, {}, in ? &in->signatures : nullptr, comment,
                                                 ItemInfo::students(*item));
        !s) {
        v.why = s.error();
        return v;
    }
    v.enabled = true;
    v.hint = blockingHint(which);
    return v;
}

QString ActionController::blockingHint(Action which) const
{
    if (which != A::Approve && which != A::Validate)
        return {};
    QStringList blocking;
    for (const Finding& f : m_ws.findings(m_id)) {
        if (f.blocking() && !blocking.contains(f.rule))
            blocking.append(f.rule);
    }
    if (blocking.isEmpty())
        return {};
    return tr("Fix or override the %n error(s) first: %1.", nullptr, int(blocking.size()))
        .arg(blocking.join(QStringLiteral(", ")));
}

QString ActionController::roleRefusal(Action which) const
{
    switch (which) {
    case A::Submit:
        return tr("Only the student or the advisor submits a proposal.");
    case A::Approve:
        return tr("Only the advisor approves proposals.");
    case A::RequestChanges:
        return tr("Only the advisor requests changes to a proposal.");
    case A::Reject:
        return tr("Only the advisor rejects proposals.");
    case A::Validate:
        return tr("Only the advisor validates.");
    case A::Cancel:
        return tr("Only the advisor cancels an item (a student may withdraw their own proposal before it is "
                  "approved).");
    case A::SendForSignature:
    case A::MarkSigned:
    case A::Start:
    case A::MarkCompleted:
        return tr("Only the secretariat or the advisor moves the agreement along.");
    default:
        break;
    }
    return {};
}

QString ActionController::stateRefusal(Action which, WorkflowState state) const
{
    const QString kind = itemKindName(m_kind);
    const QString now = Workflow::stateName(state);
    switch (which) {
    case A::Submit:
        return tr("Only a draft or a proposal sent back for changes is submitted (this %1 is %2).").arg(kind, now);
    case A::Approve:
        return tr("Only a submitted proposal is approved (this %1 is %2).").arg(kind, now);
    case A::RequestChanges:
        return tr("Changes are requested on a submitted or approved proposal (this %1 is %2).").arg(kind, now);
    case A::Reject:
        return tr("Only a submitted proposal is rejected (this %1 is %2).").arg(kind, now);
    case A::SendForSignature:
        return tr("The agreement is sent for signature once the proposal is approved (this %1 is %2).").arg(kind, now);
    case A::MarkSigned:
        return tr("Only an agreement sent for signature comes back signed (this %1 is %2).").arg(kind, now);
    case A::Start:
        return tr("A %1 starts once it is approved and, with an agreement, signed (it is %2).").arg(kind, now);
    case A::MarkCompleted:
        return tr("Only a %1 in progress is marked completed (it is %2).").arg(kind, now);
    case A::Validate:
        return tr("Only a completed %1 is validated (it is %2).").arg(kind, now);
    default:
        break;
    }
    return tr("Not possible while the %1 is %2.").arg(kind, now);
}

void ActionController::trigger(Action which)
{
    if (!hasCurrentItem())
        return;
    switch (which) {
    case A::Submit:
        doTransition(m_kind, m_id, S::Submitted);
        break;
    case A::Approve:
        doTransition(m_kind, m_id, S::Approved);
        break;
    case A::RequestChanges:
        moveTo(m_kind, m_id, S::ChangesRequested);
        break;
    case A::Reject:
        moveTo(m_kind, m_id, S::Rejected);
        break;
    case A::OverrideRule: {
        // The first error that blocks, else the first open warning (the dialog lets the advisor choose).
        QString rule;
        for (const Finding& f : m_ws.findings(m_id)) {
            if (f.blocking()) {
                rule = f.rule;
                break;
            }
        }
        overrideRule(m_kind, m_id, rule);
        break;
    }
    case A::SendForSignature:
        doTransition(m_kind, m_id, S::SentForSignature);
        break;
    case A::RecordSignatures:
        editSignatures(m_id);
        break;
    case A::MarkSigned:
        doTransition(m_kind, m_id, S::Signed);
        break;
    case A::Start:
        doTransition(m_kind, m_id, S::InProgress);
        break;
    case A::ReportReceived:
        attachReport(m_kind, m_id);
        break;
    case A::ProofReceived:
        break; // toggled: see createActions()
    case A::RecordGrade:
        recordGrade(m_id);
        break;
    case A::MarkCompleted:
        moveTo(m_kind, m_id, S::Completed);
        break;
    case A::Validate:
        moveTo(m_kind, m_id, S::Validated);
        break;
    case A::Cancel:
        moveTo(m_kind, m_id, S::Cancelled);
        break;
    case A::History:
        showHistory(m_kind, m_id);
        break;
    }
}

void ActionController::doTransition(ItemKind kind, const QString& id, WorkflowState to)
{
    const Status s = m_ws.transition(kind, id, to);
    if (s)
        return;
    // Refused because of open errors: the advisor can override them from the message.
    bool blocked = false;
    if (Workflow::canOverride(m_ws.actor()) && (to == S::Approved || to == S::Validated)) {
        for (const Finding& f : m_ws.findings(id))
            blocked = blocked || f.blocking();
    }
    refuse(s.error(), blocked ? id : QString(), kind);
}

void ActionController::moveTo(ItemKind kind, const QString& id, WorkflowState to)
{
    const std::optional<Item> item = m_ws.item(kind, id);
    const std::optional<WorkflowState> from = item ? ItemInfo::state(*item) : std::nullopt;
    const bool ask =
        (from && Workflow::needsComment(*from, to)) || to == S::Completed || to == S::Validated || to == S::Cancelled;
    if (!ask) {
        doTransition(kind, id, to);
        return;
    }
    openDialog(new CommentDialog(m_ws, kind, id, to, m_dialogParent));
}

void ActionController::overrideRule(ItemKind kind, const QString& id, const QString& rule)
{
    if (const Status s = Workflow::canOverride(m_ws.actor()); !s) {
        refuse(s.error());
        return;
    }
    if (!m_ws.item(kind, id)) {
        refuse(tr("There is no %1 %2.").arg(itemKindName(kind), id));
        return;
    }
    openDialog(new OverrideDialog(m_ws, kind, id, rule, m_dialogParent));
}

void ActionController::editSignatures(const QString& internshipId)
{
    if (!m_ws.internship(internshipId)) {
        refuse(tr("There is no internship %1.").arg(internshipId));
        return;
    }
    openDialog(new SignaturesDialog(m_ws, internshipId, m_dialogParent));
}

void ActionController::attachReport(ItemKind kind, const QString& id)
{
    if (!m_ws.item(kind, id)) {
        refuse(tr("There is no %1 %2.").arg(itemKindName(kind), id));
        return;
    }
    openDialog(new ReportDialog(m_ws, kind, id, m_dialogParent));
}

void ActionController::recordGrade(const QString& terId)
{
    if (!m_ws.ter(terId)) {
        refuse(tr("There is no TER %1.").arg(terId));
        return;
    }
    openDialog(new GradeDialog(m_ws, terId, m_dialogParent));
}

void ActionController::showHistory(ItemKind kind, const QString& id)
{
    if (m_history) {
        m_history->setItem(kind, id);
    } else {
        m_history = new HistoryDialog(m_ws, kind, id, m_dialogParent);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void ActionController::openDialog(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // Window-modal, without a nested event loop: the result arrives through the dialog's own accept().
    dialog->open();
}

void ActionController::refuse(const QString& reason, const QString& overrideId, ItemKind overrideKind)
{
    m_lastRefusal = reason;
    emit refused(reason);
    if (m_refusalBox)
        m_refusalBox->close();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Not Possible"), reason, QMessageBox::Close, m_dialogParent);
    box->setObjectName(QStringLiteral("refusalBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!overrideId.isEmpty()) {
        QPushButton* button = box->addButton(tr("&Override…"), QMessageBox::AcceptRole);
        button->setObjectName(QStringLiteral("overrideButton"));
        button->setIcon(Icons::overridden());
        const ItemKind kind = overrideKind;
        connect(button, &QPushButton::clicked, this, [this, kind, id = overrideId] {
            QString rule;
            for (const Finding& f : m_ws.findings(id)) {
                if (f.blocking()) {
                    rule = f.rule;
                    break;
                }
            }
            overrideRule(kind, id, rule);
        });
        box->setDefaultButton(button);
    }
    m_refusalBox = box;
    box->open();
}

} // namespace interntrack

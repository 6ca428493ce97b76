#pragma once

#include "storage/StorageRecords.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>
#include <optional>

class QAction;
class QDialog;
class QMenu;
class QMessageBox;
class QToolBar;
class QWidget;

namespace interntrack {

class HistoryDialog;
class Workspace;

/**
 * The actions on the current item (approve, request changes, record signatures, validate, history…), as
 * QActions the main window puts in its Actions menu, its toolbar and the context menus of its views.
 *
 * setCurrentItem() says which item they act on; each action is enabled from the item's kind and state and
 * the actor's role as core/workflow decides (Workflow::allowedTargets, canTransition, canOverride). A
 * disabled action says why in its tooltip and status tip. Approve and Validate stay enabled for the advisor
 * when only open errors stand in the way: triggered, the Workspace refuses with the rules that block, and
 * the refusal is shown (message box, refused() for the status bar) with a way to override them.
 *
 * Actions that need more than a click open a dialog (a comment, a reason, dates, a file, a grade), window-
 * modal and without a nested event loop; every change goes through the Workspace and can be undone.
 */
class ActionController : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        Submit,
        Approve,
        RequestChanges,
        Reject,
        OverrideRule,
        SendForSignature,
        RecordSignatures,
        MarkSigned,
        Start,
        ReportReceived,
        ProofReceived,
        RecordGrade,
        MarkCompleted,
        Validate,
        Cancel,
        History,
    };
    static constexpr int ActionCount = int(Action::History) + 1;

    ActionController(Workspace& workspace, QWidget* dialogParent, QObject* parent = nullptr);
    ~ActionController() override;

    QAction* action(Action which) const;
    /// Every action in menu order, a nullptr where a separator goes.
    QList<QAction*> actions() const;
    /// The main ones, for a toolbar (nullptr = separator).
    QList<QAction*> toolBarActions() const;
    /// Adds actions() to @p menu, with separators and tooltips shown (they say why an action is disabled).
    void addToMenu(QMenu* menu) const;
    void addToToolBar(QToolBar* toolBar) const;

    bool hasCurrentItem() const { return !m_id.isEmpty(); }
    ItemKind currentKind() const { return m_kind; }
    QString currentId() const { return m_id; }

    /// Why @p which is disabled now (empty when enabled).
    QString whyDisabled(Action which) const;
    /// The last refusal shown (by the Workspace or an action that could not run); tests read it.
    QString lastRefusal() const { return m_lastRefusal; }
    /// The dialog an action opened and that is still open (a CommentDialog, OverrideDialog, …), if any.
    QDialog* activeDialog() const;
    /// The message box of the last refusal while it is open ("refusalBox").
    QMessageBox* refusalBox() const;
    HistoryDialog* historyDialog() const;

public slots:
    void setCurrentItem(ItemKind kind, const QString& id);
    void clearCurrentItem();
    /// Evaluates every action again for the current item (done on each Workspace change).
    void refresh();
    /// Opens the override dialog on an item, with @p rule preselected (the overview's "Override…").
    void overrideRule(ItemKind kind, const QString& id, const QString& rule = {});
    /// Opens the signatures dialog of an internship.
    void editSignatures(const QString& internshipId);
    void attachReport(ItemKind kind, const QString& id);
    void recordGrade(const QString& terId);
    void showHistory(ItemKind kind, const QString& id);
    /// Moves an item to @p to, asking for a comment or a confirmation first when the step calls for one.
    void moveTo(ItemKind kind, const QString& id, WorkflowState to);
    void retranslate();

signals:
    /// An action was refused, with the reason (for the status bar; also shown in a message box).
    void refused(const QString& reason);
    /// The current item's actions were evaluated again.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Verdict
    {
        bool enabled = false;
        QString why; ///< why not (disabled)
        QString hint; ///< something to know although enabled ("2 errors block approval: …")
    };

    void createActions();
    void trigger(Action which);
    Verdict evaluate(Action which) const;
    Verdict evaluateStep(Action which, WorkflowState to, const QList<WorkflowState>& from) const;
    QString roleRefusal(Action which) const;
    QString stateRefusal(Action which, WorkflowState state) const;
    QString blockingHint(Action which) const;
    QString description(Action which) const;
    /// Shows @p reason; with @p overrideId, the message offers to override that item's blocking errors.
    void refuse(const QString& reason, const QString& overrideId = {}, ItemKind overrideKind = ItemKind::Internship);
    void openDialog(QDialog* dialog);
    void doTransition(ItemKind kind, const QString& id, WorkflowState to);
    std::optional<WorkflowState> currentState() const;

    Workspace& m_ws;
    QPointer<QWidget> m_dialogParent;
    std::array<QAction*, ActionCount> m_actions{};
    ItemKind m_kind = ItemKind::Internship;
    QString m_id;
    QString m_lastRefusal;
    QPointer<QDialog> m_dialog;
    QPointer<QMessageBox> m_refusalBox;
    QPointer<HistoryDialog> m_history;
    bool m_updatingProof = false;
};

} // namespace interntrack

#pragma once

#include "domain/WorkflowState.h"
#include "storage/StorageRecords.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace interntrack {

/// One field a change modified, for people: "Weekly hours: 35 → 30".
struct FieldChange
{
    QString field; ///< the path in the item's JSON, e.g. "signatures.student" or "overrides.INT_LEAD_TIME"
    QString label; ///< translated, e.g. "Signature of the student"
    QString before; ///< readable old value ("—" when there was none)
    QString after; ///< readable new value ("—" when there is none)

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

/// One event of an item's life: a change of its record (an audit row), a workflow step, a document
/// attached, or several of these made together (a transition also rewrites the item's state).
struct HistoryEvent
{
    enum class Kind { Created, Changed, Deleted, Restored, Transition, Document };

    Kind kind = Kind::Changed;
    QDateTime at;
    QString actor;
    std::optional<Role> role; ///< known for workflow steps
    std::optional<WorkflowState> from;
    std::optional<WorkflowState> to;
    QString comment; ///< a workflow step's comment
    QString documentName; ///< a document attached with the change
    std::optional<int> documentPages;
    QList<FieldChange> changes; ///< what the change did to the item's fields (the state excepted for a step)
};

/**
 * Builds an item's history for people from what storage keeps: the audit rows (old → new JSON), the
 * workflow transitions and the documents. Each audit row becomes a list of the fields it changed with
 * their old and new values (never raw JSON); a transition or a document is merged into the audit row
 * written with it. Pure functions: no database, no widgets.
 */
class ItemHistory
{
    Q_DECLARE_TR_FUNCTIONS(ItemHistory)

public:
    /// The events, newest first (events made at the same instant: the last one made first).
    static QList<HistoryEvent> build(const QList<AuditEntry>& audit, const QList<TransitionRecord>& transitions,
                                     const QList<Document>& documents = {});
    /// The fields that differ between two JSON snapshots of an item, in the order of the item's fields.
    static QList<FieldChange> diff(const QString& oldJson, const QString& newJson);
    /// The translated name of a field of the item's JSON ("weekly_hours" → "Weekly hours").
    static QString fieldLabel(const QString& path);
    /// What happened, in a few words: "submitted → approved", "Changed: Weekly hours", "Report attached…".
    static QString title(const HistoryEvent& event);
    /// "Ada Advisor (advisor)", or the name alone when the role is not known.
    static QString who(const HistoryEvent& event);
};

} // namespace interntrack

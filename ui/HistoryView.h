#pragma once

#include "ItemHistory.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace interntrack {

class Workspace;

/**
 * The history of one item: every change of its record (who, when, which fields from what to what), its
 * workflow steps (from → to, who in which role, the comment) and the documents attached, merged and newest
 * first; below, the rules the advisor overrode on it (rule, by whom, when, why). Follows the item as it
 * changes (Workspace::itemChanged).
 */
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(Workspace& workspace, QWidget* parent = nullptr);

    void setItem(ItemKind kind, const QString& id);
    void clear();
    /// Reads the history again from the database.
    void reload();

    bool hasItem() const { return !m_id.isEmpty(); }
    ItemKind itemKind() const { return m_kind; }
    QString itemId() const { return m_id; }
    /// What is shown, newest first.
    const QList<HistoryEvent>& events() const { return m_events; }
    /// The events ("historyTree": when, who, what, details; one child row per field changed).
    QTreeWidget* eventsTree() const { return m_tree; }
    /// The overrides in force ("overridesTree": rule, by, when, reason).
    QTreeWidget* overridesTree() const { return m_overrides; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    Workspace& m_ws;
    ItemKind m_kind = ItemKind::Internship;
    QString m_id;
    QList<HistoryEvent> m_events;
    QString m_error;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_eventsLabel;
    QTreeWidget* m_tree;
    QLabel* m_overridesLabel;
    QTreeWidget* m_overrides;
    QWidget* m_overridesPane = nullptr;
    QLabel* m_noOverrides;
};

} // namespace interntrack

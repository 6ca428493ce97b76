#pragma once

#include "Workspace.h"

#include <QCoreApplication>

#include <optional>

namespace interntrack {

/// What the action dialogs and the action controller read of any item: its state, its students, its name.
class ItemInfo
{
    Q_DECLARE_TR_FUNCTIONS(ItemInfo)

public:
    /// The item's workflow state; none for a student or a seminar, which have no workflow.
    static std::optional<WorkflowState> state(const Item& item);
    /// The ids of the item's students (a group TER has several).
    static QStringList students(const Item& item);
    /// The item's own name: an internship's or TER's subject, a school's name, a seminar's title, a student's name.
    static QString name(const Item& item);
    /// "Internship int-fontaine: AutoML for time series (Léa Fontaine), submitted" for dialogs and messages.
    static QString describe(const Workspace& workspace, ItemKind kind, const QString& id);
    /// "Internship", "TER", … with a capital, for titles.
    static QString kindTitle(ItemKind kind);
};

} // namespace interntrack

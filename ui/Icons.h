#pragma once

#include "domain/WorkflowState.h"
#include "rules/Finding.h"
#include "storage/StorageRecords.h"

#include <QIcon>
#include <QString>

namespace interntrack {

/**
 * The application's icons: hand-written SVGs of resources/icons, compiled in under ":/icons/" and drawn by
 * the SVG icon engine, so they are sharp at any size and device pixel ratio. Each icon goes with a text:
 * a colour is never the only signal.
 */
class Icons
{
public:
    /// Error (red circle with "!"), warning (amber triangle), info (blue "i").
    static QIcon severity(Severity severity);
    /// One icon per workflow state family: draft (pencil), submitted (inbox), changes requested (arrow back),
    /// approved (check), sent for signature (pen), signed (seal), in progress (play), completed (flag),
    /// validated (double check), rejected (cross), cancelled (slash).
    static QIcon state(WorkflowState state);
    /// A finding the advisor accepted with a written reason (a shield).
    static QIcon overridden();
    /// Nothing open: no error or warning (a green check).
    static QIcon ok();
    /// A student with no internship nor alternative yet (an empty dashed circle).
    static QIcon notPlaced();
    /// An overdue deadline (a red clock).
    static QIcon late();
    /// A date to come (a calendar).
    static QIcon deadline();
    static QIcon search();
    /// The kind of an item: student (person), internship (briefcase), TER (flask), summer school (cap),
    /// seminar (board).
    static QIcon kind(ItemKind kind);
    /// The application's icon.
    static QIcon app();

    /// The icon ":/icons/<name>.svg" (cached); a null icon when there is no such file.
    static QIcon named(const QString& name);
    /// The file names (without ".svg") of every icon above, for tests and icon sheets.
    static QStringList names();
};

} // namespace interntrack

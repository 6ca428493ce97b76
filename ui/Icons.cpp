#include "Icons.h"

#include <QFile>
#include <QHash>

namespace interntrack {

QIcon Icons::named(const QString& name)
{
    // Icons are made on the GUI thread only; the cache keeps the SVG engine's rendered pixmaps between calls.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return it.value();
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    const QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return named(QStringLiteral("severity-error"));
    case Severity::Warning:
        return named(QStringLiteral("severity-warning"));
    case Severity::Info:
        break;
    }
    return named(QStringLiteral("severity-info"));
}

QIcon Icons::state(WorkflowState state)
{
    // The file names are the state codes with dashes ("sent-for-signature").
    return named(QStringLiteral("state-") + workflowStateCode(state).replace(QLatin1Char('_'), QLatin1Char('-')));
}

QIcon Icons::overridden()
{
    return named(QStringLiteral("overridden"));
}

QIcon Icons::ok()
{
    return named(QStringLiteral("ok"));
}

QIcon Icons::notPlaced()
{
    return named(QStringLiteral("not-placed"));
}

QIcon Icons::late()
{
    return named(QStringLiteral("late"));
}

QIcon Icons::deadline()
{
    return named(QStringLiteral("deadline"));
}

QIcon Icons::search()
{
    return named(QStringLiteral("search"));
}

QIcon Icons::kind(ItemKind kind)
{
    return named(QStringLiteral("kind-") + itemKindCode(kind).replace(QLatin1Char('_'), QLatin1Char('-')));
}

QIcon Icons::app()
{
    return named(QStringLiteral("interntrack"));
}

QStringList Icons::names()
{
    QStringList out = {QStringLiteral("severity-error"), QStringLiteral("severity-warning"),
                       QStringLiteral("severity-info"),  QStringLiteral("ok"),
                       QStringLiteral("overridden"),     QStringLiteral("not-placed"),
                       QStringLiteral("late"),           QStringLiteral("deadline"),
                       QStringLiteral("search")};
    for (int s = int(WorkflowState::Draft); s <= int(WorkflowState::Cancelled); ++s)
        out.append(QStringLiteral("state-")
                   + workflowStateCode(WorkflowState(s)).replace(QLatin1Char('_'), QLatin1Char('-')));
    for (int k = int(ItemKind::Student); k <= int(ItemKind::Seminar); ++k)
        out.append(QStringLiteral("kind-") + itemKindCode(ItemKind(k)).replace(QLatin1Char('_'), QLatin1Char('-')));
    out.append(QStringLiteral("interntrack"));
    return out;
}

} // namespace interntrack

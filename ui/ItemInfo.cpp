#include "ItemInfo.h"

#include "workflow/Workflow.h"

namespace interntrack {

std::optional<WorkflowState> ItemInfo::state(const Item& item)
{
    if (const auto* i = std::get_if<Internship>(&item))
        return i->state;
    if (const auto* t = std::get_if<Ter>(&item))
        return t->state;
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return s->state;
    return std::nullopt;
}

QStringList ItemInfo::students(const Item& item)
{
    if (const auto* s = std::get_if<Student>(&item))
        return {s->id};
    if (const auto* t = std::get_if<Ter>(&item))
        return t->studentIds;
    if (const auto* i = std::get_if<Internship>(&item))
        return {i->studentId};
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return {s->studentId};
    if (const auto* s = std::get_if<Seminar>(&item))
        return {s->studentId};
    return {};
}

QString ItemInfo::name(const Item& item)
{
    if (const auto* s = std::get_if<Student>(&item))
        return s->name;
    if (const auto* i = std::get_if<Internship>(&item))
        return i->subject;
    if (const auto* t = std::get_if<Ter>(&item))
        return t->subject;
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return s->name;
    if (const auto* s = std::get_if<Seminar>(&item))
        return s->title;
    return {};
}

QString ItemInfo::kindTitle(ItemKind kind)
{
    const QString name = itemKindName(kind);
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

QString ItemInfo::describe(const Workspace& workspace, ItemKind kind, const QString& id)
{
    const std::optional<Item> item = workspace.item(kind, id);
    if (!item)
        return tr("%1 %2").arg(kindTitle(kind), id);
    QStringList names;
    if (kind != ItemKind::Student) {
        for (const QString& studentId : students(*item)) {
            const Student* s = workspace.student(studentId);
            names.append(s && !s->name.isEmpty() ? s->name : studentId);
        }
    }
    QString text = tr("%1 %2").arg(kindTitle(kind), id);
    const QString own = name(*item);
    if (!own.isEmpty())
        text = names.isEmpty() ? tr("%1: %2").arg(text, own)
                               : tr("%1: %2 (%3)").arg(text, own, names.join(QStringLiteral(", ")));
    if (const std::optional<WorkflowState> s = state(*item))
        text = tr("%1, %2").arg(text, Workflow::stateName(*s));
    return text;
}

} // namespace interntrack

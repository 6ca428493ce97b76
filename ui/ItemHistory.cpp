#include "ItemHistory.h"

#include "domain/Internship.h"
#include "domain/Ter.h"
#include "rules/Format.h"
#include "workflow/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace interntrack {

namespace {

/// The fields of the items' JSON in the order a form shows them, with their names for people.
struct FieldName
{
    const char* path;
    const char* label;
};

const FieldName fieldNames[] = {
    {"id", QT_TRANSLATE_NOOP("ItemHistory", "Identifier")},
    {"name", QT_TRANSLATE_NOOP("ItemHistory", "Name")},
    {"student", QT_TRANSLATE_NOOP("ItemHistory", "Student")},
    {"students", QT_TRANSLATE_NOOP("ItemHistory", "Students")},
    {"student_number", QT_TRANSLATE_NOOP("ItemHistory", "Student number")},
    {"email", QT_TRANSLATE_NOOP("ItemHistory", "E-mail")},
    {"title", QT_TRANSLATE_NOOP("ItemHistory", "Title")},
    {"kind", QT_TRANSLATE_NOOP("ItemHistory", "Kind")},
    {"subject", QT_TRANSLATE_NOOP("ItemHistory", "Subject")},
    {"capacity", QT_TRANSLATE_NOOP("ItemHistory", "Capacity of the subject")},
    {"lab.name", QT_TRANSLATE_NOOP("ItemHistory", "Lab")},
    {"lab.in_paris_saclay", QT_TRANSLATE_NOOP("ItemHistory", "Lab in Université Paris-Saclay")},
    {"host.name", QT_TRANSLATE_NOOP("ItemHistory", "Host")},
    {"host.kind", QT_TRANSLATE_NOOP("ItemHistory", "Kind of host")},
    {"host.ai_research", QT_TRANSLATE_NOOP("ItemHistory", "Host does research in AI")},
    {"host.address", QT_TRANSLATE_NOOP("ItemHistory", "Host's address")},
    {"host.city", QT_TRANSLATE_NOOP("ItemHistory", "Host's city")},
    {"host.country", QT_TRANSLATE_NOOP("ItemHistory", "Host's country")},
    {"tutor.name", QT_TRANSLATE_NOOP("ItemHistory", "Tutor")},
    {"tutor.email", QT_TRANSLATE_NOOP("ItemHistory", "Tutor's e-mail")},
    {"tutor.phone", QT_TRANSLATE_NOOP("ItemHistory", "Tutor's phone")},
    {"supervisor", QT_TRANSLATE_NOOP("ItemHistory", "Supervisor")},
    {"date", QT_TRANSLATE_NOOP("ItemHistory", "Date")},
    {"start", QT_TRANSLATE_NOOP("ItemHistory", "Start")},
    {"end", QT_TRANSLATE_NOOP("ItemHistory", "End")},
    {"weekly_hours", QT_TRANSLATE_NOOP("ItemHistory", "Weekly hours")},
    {"work_days", QT_TRANSLATE_NOOP("ItemHistory", "Work days")},
    {"absences", QT_TRANSLATE_NOOP("ItemHistory", "Absences")},
    {"full_time_days", QT_TRANSLATE_NOOP("ItemHistory", "Full-time days")},
    {"submitted", QT_TRANSLATE_NOOP("ItemHistory", "Proposal received on")},
    {"signatures.student", QT_TRANSLATE_NOOP("ItemHistory", "Signature of the student")},
    {"signatures.host", QT_TRANSLATE_NOOP("ItemHistory", "Signature of the host representative")},
    {"signatures.tutor", QT_TRANSLATE_NOOP("ItemHistory", "Signature of the tutor")},
    {"signatures.university", QT_TRANSLATE_NOOP("ItemHistory", "Signature of the university")},
    {"gratification.amount_eur", QT_TRANSLATE_NOOP("ItemHistory", "Gratification")},
    {"gratification.per", QT_TRANSLATE_NOOP("ItemHistory", "Gratification paid per")},
    {"paid", QT_TRANSLATE_NOOP("ItemHistory", "Paid")},
    {"proposed", QT_TRANSLATE_NOOP("ItemHistory", "In the programme's list")},
    {"previous_summer", QT_TRANSLATE_NOOP("ItemHistory", "Done the previous summer")},
    {"proof", QT_TRANSLATE_NOOP("ItemHistory", "Proof of completion")},
    {"report_pages", QT_TRANSLATE_NOOP("ItemHistory", "Report pages")},
    {"report_links", QT_TRANSLATE_NOOP("ItemHistory", "Report links")},
    {"paragraph", QT_TRANSLATE_NOOP("ItemHistory", "Paragraph")},
    {"grade", QT_TRANSLATE_NOOP("ItemHistory", "Grade")},
    {"state", QT_TRANSLATE_NOOP("ItemHistory", "State")},
};

constexpr qsizetype fieldCount = qsizetype(sizeof(fieldNames) / sizeof(fieldNames[0]));

const QString overridePrefix = QStringLiteral("overrides.");

qsizetype fieldOrder(const QString& path)
{
    for (qsizetype i = 0; i < fieldCount; ++i) {
        if (path == QLatin1String(fieldNames[i].path))
            return i;
    }
    // Overrides after the fields, anything unknown last.
    return path.startsWith(overridePrefix) ? fieldCount : fieldCount + 1;
}

QString noValue()
{
    return QStringLiteral("—");
}

QString elided(const QString& text)
{
    constexpr qsizetype max = 120;
    const QString simple = text.simplified();
    return simple.size() > max ? simple.left(max - 1) + QStringLiteral("…") : simple;
}

QString instantText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString readable(const QString& path, const QJsonValue& value)
{
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return noValue();
    case QJsonValue::Bool:
        return value.toBool() ? ItemHistory::tr("yes") : ItemHistory::tr("no");
    case QJsonValue::Double: {
        const double v = value.toDouble();
        if (path == QLatin1String("gratification.amount_eur"))
            return formatEuros(v);
        if (path == QLatin1String("grade"))
            return ItemHistory::tr("%1/20").arg(QLocale().toString(v, 'g', QLocale::FloatingPointShortest));
        return QLocale().toString(v, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        if (path == QLatin1String("state")) {
            if (const std::optional<WorkflowState> state = workflowStateFromCode(s))
                return Workflow::stateName(*state);
        }
        if (path == QLatin1String("gratification.per"))
            return s == QLatin1String("hour") ? ItemHistory::tr("hour") : ItemHistory::tr("month");
        if (path == QLatin1String("host.kind"))
            return s == QLatin1String("public_lab") ? ItemHistory::tr("public lab") : ItemHistory::tr("company");
        if (isoDate.match(s).hasMatch())
            return formatDate(QDate::fromString(s, Qt::ISODate));
        return s.isEmpty() ? noValue() : elided(s);
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue v : value.toArray())
            parts.append(readable(path, v));
        return parts.isEmpty() ? noValue() : parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return elided(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    return {};
}

QString overrideText(const QJsonObject& o)
{
    const QString at =
        o.value(QLatin1String("at")).isString() ? instantText(o.value(QLatin1String("at")).toString()) : QString();
    const QString by = o.value(QLatin1String("by")).toString();
    const QString reason = elided(o.value(QLatin1String("reason")).toString());
    if (at.isEmpty())
        return ItemHistory::tr("by %1: %2").arg(by, reason);
    return ItemHistory::tr("by %1 on %2: %3").arg(by, at, reason);
}

/// The item's JSON as path → readable value; each override is one entry "overrides.<rule>".
void flatten(const QJsonValue& value, const QString& path, QMap<QString, QString>& out)
{
    if (path == QLatin1String("overrides") && value.isArray()) {
        for (const QJsonValue v : value.toArray()) {
            const QJsonObject o = v.toObject();
            out.insert(overridePrefix + o.value(QLatin1String("rule")).toString(), overrideText(o));
        }
        return;
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
        return;
    }
    out.insert(path, readable(path, value));
}

QMap<QString, QString> flattened(const QString& json)
{
    QMap<QString, QString> out;
    if (json.isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isObject())
        flatten(doc.object(), QString(), out);
    return out;
}

QString stateCode(const QString& json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object().value(QLatin1String("state")).toString();
}

/// Whether two records were written by the same change: same person, within a few seconds.
bool together(const QDateTime& a, const QString& actorA, const QDateTime& b, const QString& actorB)
{
    constexpr qint64 slackMs = 5000;
    return actorA == actorB && a.isValid() && b.isValid() && std::abs(a.msecsTo(b)) <= slackMs;
}

} // namespace

QString ItemHistory::fieldLabel(const QString& path)
{
    for (const FieldName& f : fieldNames) {
        if (path == QLatin1String(f.path))
            return tr(f.label);
    }
    if (path.startsWith(overridePrefix))
        return tr("Override of %1").arg(path.mid(overridePrefix.size()));
    // A field this version does not know (a newer file): its name, readable.
    QString text = path;
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('.'), QStringLiteral(" › "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QList<FieldChange> ItemHistory::diff(const QString& oldJson, const QString& newJson)
{
    const QMap<QString, QString> before = flattened(oldJson);
    const QMap<QString, QString> after = flattened(newJson);
    QStringList paths = before.keys();
    for (const QString& p : after.keys()) {
        if (!before.contains(p))
            paths.append(p);
    }
    QList<FieldChange> out;
    for (const QString& p : paths) {
        const QString b = before.value(p, noValue());
        const QString a = after.value(p, noValue());
        if (a != b)
            out.append(FieldChange{p, fieldLabel(p), b, a});
    }
    std::stable_sort(out.begin(), out.end(), [](const FieldChange& x, const FieldChange& y) {
        const qsizetype ox = fieldOrder(x.field), oy = fieldOrder(y.field);
        return ox != oy ? ox < oy : x.field < y.field;
    });
    return out;
}

QList<HistoryEvent> ItemHistory::build(const QList<AuditEntry>& audit, const QList<TransitionRecord>& transitions,
                                       const QList<Document>& documents)
{
    // The audit rows, oldest first (storage gives them in id order), each with the state it moved between.
    struct Row
    {
        HistoryEvent event;
        QString fromCode;
        QString toCode;
        bool hasTransition = false;
        bool hasDocument = false;
    };
    QList<Row> rows;
    rows.reserve(audit.size());
    for (const AuditEntry& a : audit) {
        Row row;
        row.event.at = a.at;
        row.event.actor = a.actor;
        if (a.action == QLatin1String("insert"))
            row.event.kind = HistoryEvent::Kind::Created;
        else if (a.action == QLatin1String("delete"))
            row.event.kind = HistoryEvent::Kind::Deleted;
        else if (a.action == QLatin1String("restore"))
            row.event.kind = HistoryEvent::Kind::Restored;
        // A new or deleted item is not listed field by field: every field would be there.
        if (!a.oldJson.isEmpty() && !a.newJson.isEmpty())
            row.event.changes = diff(a.oldJson, a.newJson);
        row.fromCode = stateCode(a.oldJson);
        row.toCode = stateCode(a.newJson);
        rows.append(row);
    }

    QList<HistoryEvent> alone; // transitions and documents no audit row goes with
    for (const TransitionRecord& t : transitions) {
        const QString from = workflowStateCode(t.from);
        const QString to = workflowStateCode(t.to);
        Row* match = nullptr;
        for (Row& row : rows) {
            if (!row.hasTransition && row.fromCode == from && row.toCode == to
                && together(row.event.at, row.event.actor, t.at, t.actor)) {
                match = &row;
                break;
            }
        }
        HistoryEvent* e = nullptr;
        if (match) {
            match->hasTransition = true;
            e = &match->event;
            // The step says it: the state is not listed again as a changed field.
            e->changes.removeIf([](const FieldChange& c) { return c.field == QLatin1String("state"); });
        } else {
            alone.append(HistoryEvent{});
            e = &alone.last();
            e->at = t.at;
            e->actor = t.actor;
        }
        e->kind = HistoryEvent::Kind::Transition;
        e->role = t.role;
        e->from = t.from;
        e->to = t.to;
        e->comment = t.comment;
    }

    for (const Document& d : documents) {
        Row* match = nullptr;
        for (Row& row : rows) {
            const bool pagesChanged =
                std::any_of(row.event.changes.cbegin(), row.event.changes.cend(),
                            [](const FieldChange& c) { return c.field == QLatin1String("report_pages"); });
            if (!row.hasDocument && (pagesChanged || d.kind != DocumentKind::Report)
                && together(row.event.at, row.event.actor, d.addedAt, d.addedBy)) {
                match = &row;
                break;
            }
        }
        HistoryEvent* e = nullptr;
        if (match) {
            match->hasDocument = true;
            e = &match->event;
            if (e->kind == HistoryEvent::Kind::Changed)
                e->kind = HistoryEvent::Kind::Document;
        } else {
            alone.append(HistoryEvent{});
            e = &alone.last();
            e->kind = HistoryEvent::Kind::Document;
            e->at = d.addedAt;
            e->actor = d.addedBy;
        }
        e->documentName = d.fileName;
        e->documentPages = d.pageCount;
    }

    QList<HistoryEvent> out;
    out.reserve(rows.size() + alone.size());
    for (const Row& row : rows)
        out.append(row.event);
    out.append(alone);
    // Oldest first, in the order written when the clock does not tell them apart; then newest first.
    std::stable_sort(out.begin(), out.end(), [](const HistoryEvent& a, const HistoryEvent& b) { return a.at < b.at; });
    std::reverse(out.begin(), out.end());
    return out;
}

QString ItemHistory::title(const HistoryEvent& e)
{
    switch (e.kind) {
    case HistoryEvent::Kind::Created:
        return tr("Created");
    case HistoryEvent::Kind::Deleted:
        return tr("Deleted");
    case HistoryEvent::Kind::Restored:
        return tr("Restored");
    case HistoryEvent::Kind::Transition:
        if (e.from && e.to)
            return tr("%1 → %2").arg(Workflow::stateName(*e.from), Workflow::stateName(*e.to));
        break;
    case HistoryEvent::Kind::Document:
        if (e.documentPages)
            return tr("Report attached: %1 (%n page(s))", nullptr, *e.documentPages).arg(e.documentName);
        return tr("Document attached: %1").arg(e.documentName);
    case HistoryEvent::Kind::Changed:
        break;
    }
    if (e.changes.isEmpty())
        return tr("Saved without a change");
    QStringList labels;
    for (const FieldChange& c : e.changes) {
        if (labels.size() == 3) {
            labels.append(tr("…"));
            break;
        }
        labels.append(c.label);
    }
    return tr("Changed: %1").arg(labels.join(QStringLiteral(", ")));
}

QString ItemHistory::who(const HistoryEvent& e)
{
    if (e.role)
        return tr("%1 (%2)").arg(e.actor, roleName(*e.role));
    return e.actor;
}

} // namespace interntrack

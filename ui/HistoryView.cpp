#include "HistoryView.h"

#include "Icons.h"
#include "ItemInfo.h"
#include "Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace interntrack {

namespace {

enum EventColumn { WhatColumn, WhenColumn, WhoColumn, EventColumnCount };
enum OverrideColumn { RuleColumn, ByColumn, AtColumn, ReasonColumn, OverrideColumnCount };

QString instantText(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QIcon eventIcon(const HistoryEvent& e, ItemKind kind)
{
    switch (e.kind) {
    case HistoryEvent::Kind::Transition:
        if (e.to)
            return Icons::state(*e.to);
        break;
    case HistoryEvent::Kind::Created:
    case HistoryEvent::Kind::Restored:
        return Icons::kind(kind);
    case HistoryEvent::Kind::Deleted:
        return Icons::state(WorkflowState::Cancelled);
    case HistoryEvent::Kind::Document:
        return Icons::named(QStringLiteral("action-report"));
    case HistoryEvent::Kind::Changed:
        break;
    }
    return Icons::state(WorkflowState::Draft); // a pencil: an edit
}

Overrides overridesOf(const std::optional<Item>& item)
{
    if (!item)
        return {};
    return std::visit([](const auto& i) { return i.overrides; }, *item);
}

} // namespace

HistoryView::HistoryView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_eventsLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_overridesLabel(new QLabel(this))
    , m_overrides(new QTreeWidget(this))
    , m_noOverrides(new QLabel(this))
{
    setObjectName(QStringLiteral("historyView"));
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(EventColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_eventsLabel->setBuddy(m_tree);

    m_overrides->setObjectName(QStringLiteral("overridesTree"));
    m_overrides->setColumnCount(OverrideColumnCount);
    m_overrides->setRootIsDecorated(false);
    m_overrides->setUniformRowHeights(true);
    m_overrides->header()->setStretchLastSection(true);
    m_overridesLabel->setBuddy(m_overrides);

    auto* events = new QWidget(this);
    auto* eventsLayout = new QVBoxLayout(events);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_eventsLabel);
    eventsLayout->addWidget(m_tree);
    m_overridesPane = new QWidget(this);
    auto* overrides = m_overridesPane;
    auto* overridesLayout = new QVBoxLayout(overrides);
    overridesLayout->setContentsMargins(0, 0, 0, 0);
    overridesLayout->addWidget(m_overridesLabel);
    overridesLayout->addWidget(m_overrides);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(events);
    splitter->addWidget(overrides);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    m_noOverrides->setObjectName(QStringLiteral("noOverridesLabel"));
    m_noOverrides->setTextFormat(Qt::PlainText);
    layout->addWidget(m_noOverrides);

    connect(&m_ws, &Workspace::itemChanged, this, [this](ItemKind kind, const QString& id) {
        if (hasItem() && kind == m_kind && id == m_id)
            reload();
    });
    connect(&m_ws, &Workspace::yearLoaded, this, [this] {
        if (hasItem() && m_ws.item(m_kind, m_id))
            reload();
        else
            clear();
    });
    connect(&m_ws, &Workspace::databaseChanged, this, &HistoryView::clear);
    retranslate();
}

void HistoryView::setItem(ItemKind kind, const QString& id)
{
    m_kind = kind;
    m_id = id;
    reload();
}

void HistoryView::clear()
{
    m_id.clear();
    m_events.clear();
    m_error.clear();
    fill();
}

void HistoryView::reload()
{
    m_events.clear();
    m_error.clear();
    if (hasItem()) {
        const Result<QList<AuditEntry>> audit = m_ws.history(m_kind, m_id);
        const Result<QList<TransitionRecord>> moves = m_ws.transitions(m_kind, m_id);
        const Result<QList<Document>> docs = m_ws.documents(m_kind, m_id);
        if (!audit)
            m_error = audit.error();
        else if (!moves)
            m_error = moves.error();
        else
            m_events = ItemHistory::build(audit.value(), moves.value(), docs ? docs.value() : QList<Document>());
    }
    fill();
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryView::retranslate()
{
    m_tree->setHeaderLabels({tr("What"), tr("When"), tr("Who")});
    m_tree->setAccessibleName(tr("Changes and workflow steps, newest first"));
    m_eventsLabel->setText(tr("&Changes and workflow steps, newest first:"));
    m_overrides->setHeaderLabels({tr("Rule"), tr("Decided by"), tr("When"), tr("Reason")});
    m_overrides->setAccessibleName(tr("Rules overridden by the advisor"));
    m_overridesLabel->setText(tr("Rules &overridden by the advisor:"));
    setAccessibleName(tr("History"));
    // The texts of the rows are made in the current language: rebuild them (the dates too).
    if (hasItem())
        reload();
    else
        fill();
}

void HistoryView::fill()
{
    m_tree->clear();
    m_overrides->clear();
    if (!hasItem()) {
        m_title->setText(tr("No item selected."));
        m_status->hide();
        return;
    }

    const std::optional<Item> item = m_ws.item(m_kind, m_id);
    const QString name = item ? ItemInfo::name(*item) : QString();
    const QString heading = ItemInfo::kindTitle(m_kind) + QLatin1Char(' ') + m_id;
    m_title->setText(name.isEmpty() ? tr("History of %1").arg(heading) : tr("History of %1: %2").arg(heading, name));

    if (!m_error.isEmpty()) {
        m_status->setText(tr("The history cannot be read: %1").arg(m_error));
        m_status->show();
    } else if (m_events.isEmpty()) {
        m_status->setText(tr("No change has been recorded for this item yet."));
        m_status->show();
    } else {
        m_status->hide();
    }

    for (const HistoryEvent& e : m_events) {
        auto* row = new QTreeWidgetItem(m_tree);
        row->setText(WhenColumn, instantText(e.at));
        row->setText(WhoColumn, ItemHistory::who(e));
        row->setText(WhatColumn, ItemHistory::title(e));
        row->setIcon(WhatColumn, eventIcon(e, m_kind));
        row->setToolTip(WhatColumn, ItemHistory::title(e));
        // The step's comment and the fields changed, each on a line across the whole width.
        if (!e.comment.isEmpty()) {
            auto* child = new QTreeWidgetItem(row);
            const QString text = tr("Comment: %1").arg(e.comment.simplified());
            child->setText(WhatColumn, text);
            child->setToolTip(WhatColumn, e.comment);
            child->setFirstColumnSpanned(true);
        }
        for (const FieldChange& c : e.changes) {
            auto* child = new QTreeWidgetItem(row);
            const QString text = tr("%1: %2 → %3").arg(c.label, c.before, c.after);
            child->setText(WhatColumn, text);
            child->setToolTip(WhatColumn, text);
            child->setFirstColumnSpanned(true);
        }
    }
    m_tree->expandAll();
    // The event rows set the widths (the spanned field lines would make the first column as wide as the longest).
    int what = 0;
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int iconRoom = m_tree->iconSize().width() > 0 ? m_tree->iconSize().width() : 16;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        what = std::max(what, metrics.horizontalAdvance(m_tree->topLevelItem(i)->text(WhatColumn)));
    m_tree->setColumnWidth(WhatColumn, std::min(what + iconRoom + m_tree->indentation() + 24, 480));
    m_tree->resizeColumnToContents(WhenColumn);

    const Overrides overrides = overridesOf(item);
    for (const Override& o : overrides) {
        auto* row = new QTreeWidgetItem(m_overrides);
        row->setText(RuleColumn, o.rule);
        row->setIcon(RuleColumn, Icons::overridden());
        row->setText(ByColumn, o.by);
        row->setText(AtColumn, instantText(o.at));
        row->setText(ReasonColumn, o.reason);
        row->setToolTip(ReasonColumn, o.reason);
    }
    // Without overrides, the list gives its room to the history and a line says so.
    m_overridesPane->setVisible(!overrides.isEmpty());
    m_noOverrides->setVisible(overrides.isEmpty());
    m_noOverrides->setText(tr("No rule is overridden on this item."));
    for (int c : {RuleColumn, ByColumn, AtColumn})
        m_overrides->resizeColumnToContents(c);
}

} // namespace interntrack

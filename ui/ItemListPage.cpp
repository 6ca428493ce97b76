#include "ItemListPage.h"

#include "Icons.h"
#include "ItemEditorDialog.h"
#include "Workspace.h"
#include "domain/ProfileLabels.h"
#include "workflow/Workflow.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace interntrack {

using Filter = ItemFilterModel::Filter;
using Field = ItemTableModel::Field;

namespace {

constexpr int kIconSize = 16;
constexpr int kStateBase = 100; ///< filter combo data: kStateBase + state for "by state"

ItemListPage::Confirm& confirmHook()
{
    static ItemListPage::Confirm confirm = [](QWidget* parent, const QString& title, const QString& text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    return confirm;
}

bool hasStates(ListKind list)
{
    return list == ListKind::Ters || list == ListKind::Internships || list == ListKind::SummerSchools;
}

/// The usual width of a column, in average characters (the header's text may ask for more).
int columnChars(Field field)
{
    switch (field) {
    case Field::Id:
        return 13;
    case Field::Student:
        return 17;
    case Field::Students:
        return 28;
    case Field::Kind:
        return 22;
    case Field::Title:
        return 42;
    case Field::Subject:
    case Field::Name:
        return 34;
    case Field::Lab:
        return 18;
    case Field::Supervisor:
        return 14;
    case Field::Host:
        return 26;
    case Field::Tutor:
        return 17;
    case Field::Dates:
        return 21;
    case Field::Date:
        return 12;
    case Field::WeeklyHours:
        return 7;
    case Field::Gratification:
        return 19;
    case Field::Signatures:
        return 7;
    case Field::Proposed:
        return 8;
    case Field::Capacity:
        return 20;
    case Field::TakenBy:
        return 30;
    case Field::AiResearch:
        return 8;
    case Field::City:
        return 17;
    case Field::Country:
        return 9;
    case Field::Tutors:
        return 40;
    case Field::InternshipCount:
        return 6;
    case Field::State:
    case Field::Findings:
        return 18;
    }
    return 12;
}

/// Columns of names and titles, which give up width first when the table is too narrow for every column.
bool isElastic(Field field)
{
    switch (field) {
    case Field::Student:
    case Field::Students:
    case Field::Title:
    case Field::Subject:
    case Field::Name:
    case Field::Lab:
    case Field::Supervisor:
    case Field::Host:
    case Field::Tutor:
    case Field::TakenBy:
    case Field::Tutors:
        return true;
    default:
        return false;
    }
}

bool hasIcon(Field field)
{
    switch (field) {
    case Field::Id:
    case Field::Name:
    case Field::Title:
    case Field::State:
    case Field::Findings:
    case Field::Capacity:
    case Field::AiResearch:
    case Field::Signatures:
        return true;
    default:
        return false;
    }
}

} // namespace

ItemListPage::ItemListPage(Workspace& workspace, ListKind list, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_list(list)
    , m_model(new ItemTableModel(workspace, list, this))
    , m_proxy(new ItemFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_relatedButton(new QPushButton(this))
    , m_messageIcon(new QLabel(this))
    , m_message(new QLabel(this))
{
    static const char* const names[] = {"ters", "terSubjects", "internships", "hosts", "summerSchools", "seminars"};
    const QString name = QLatin1String(names[int(list)]);
    setObjectName(name + QStringLiteral("Page"));
    m_model->setObjectName(name + QStringLiteral("Model"));
    m_proxy->setObjectName(name + QStringLiteral("ProxyModel"));
    m_proxy->setSourceModel(m_model);

    // Toolbar: search, filter, count
    m_search->setObjectName(QStringLiteral("listSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->installEventFilter(this);
    m_filter->setObjectName(QStringLiteral("listFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_filter);
    m_count->setObjectName(QStringLiteral("listCount"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(8);
    bar->addWidget(m_search, 2);
    bar->addSpacing(8);
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_count);

    // Table
    m_table->setObjectName(QStringLiteral("listTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setIconSize(QSize(kIconSize, kIconSize));
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    resizeColumns();
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_sizing)
            m_userSized = true;
    });

    // Buttons
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_relatedButton->setObjectName(QStringLiteral("relatedButton"));
    const bool items = m_model->itemKind().has_value();
    m_editButton->setVisible(items);
    m_deleteButton->setVisible(items);
    m_relatedButton->setVisible(!items);
    if (items)
        m_newButton->setIcon(Icons::kind(*m_model->itemKind()));
    else
        m_newButton->setIcon(Icons::kind(list == ListKind::TerSubjects ? ItemKind::Ter : ItemKind::Internship));
    m_messageIcon->setObjectName(QStringLiteral("listMessageIcon"));
    m_messageIcon->setPixmap(Icons::severity(Severity::Error).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    m_messageIcon->setFixedSize(kIconSize, kIconSize);
    m_message->setObjectName(QStringLiteral("listMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_messageIcon->hide();
    m_message->hide();
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(8);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_relatedButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_messageIcon);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Behaviour
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (m_deleteButton->isVisible() && m_deleteButton->isEnabled())
            deleteCurrent();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The view would move the selection to a neighbour of a row the search hides: the page decides instead.
        m_restoring = true;
        m_proxy->setSearchText(text);
        m_restoring = false;
        restoreSelection();
        updateCount();
    });
    connect(m_filter, &QComboBox::activated, this, &ItemListPage::onFilterActivated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ItemListPage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ItemListPage::updateButtons);
    connect(m_table, &QAbstractItemView::activated, this, &ItemListPage::onActivated);
    connect(m_newButton, &QPushButton::clicked, this, &ItemListPage::newItem);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editCurrent(); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ItemListPage::deleteCurrent);
    connect(m_relatedButton, &QPushButton::clicked, this, &ItemListPage::showRelated);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        restoreSelection();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ItemListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ItemListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        updateButtons();
        updateCount();
    });
    connect(&m_ws, &Workspace::loadingChanged, this, [this] {
        updateButtons();
        updateCount();
    });
    connect(&m_ws, &Workspace::databaseChanged, this, &ItemListPage::updateButtons);
    connect(&m_ws, &Workspace::actorChanged, this, &ItemListPage::updateButtons);
    connect(&m_ws, &Workspace::yearLoaded, this, &ItemListPage::updateLabels);
    connect(&m_ws, &Workspace::rulesChanged, this, &ItemListPage::updateLabels);

    retranslate();
    restoreSelection();
}

ItemListPage::~ItemListPage() = default;

void ItemListPage::setConfirm(Confirm confirm)
{
    confirmHook() = std::move(confirm);
}

// Public API ------------------------------------------------------------------------------------

bool ItemListPage::selectItem(const QString& id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the search or the filter: show everything again.
        m_search->clear();
        setFilter(Filter::All);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString ItemListPage::currentItemId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return QString();
    return current.data(ItemTableModel::IdRole).toString();
}

void ItemListPage::setSearchText(const QString& text)
{
    m_search->setText(text); // textChanged filters
}

QString ItemListPage::searchText() const
{
    return m_search->text();
}

void ItemListPage::setFilter(Filter filter, WorkflowState state)
{
    const int code = filter == Filter::ByState ? kStateBase + int(state) : int(filter);
    const int index = m_filter->findData(code);
    if (index < 0)
        return;
    m_filter->setCurrentIndex(index);
    m_restoring = true;
    m_proxy->setFilter(filter, state);
    m_restoring = false;
    restoreSelection();
    updateCount();
}

// Actions ---------------------------------------------------------------------------------------

void ItemListPage::newItem()
{
    showMessage({});
    QString id;
    if (const std::optional<ItemKind> kind = m_model->itemKind()) {
        id = ItemEditorDialog::createItem(m_ws, *kind, this);
    } else if (m_list == ListKind::TerSubjects) {
        // A TER on the selected subject, with its kind, lab and capacity.
        Item item = ItemEditorDialog::blankItem(m_ws, ItemKind::Ter);
        const QString title = currentItemId();
        for (const TerSubject& s : m_ws.terSubjects()) {
            if (s.title == title) {
                Ter& t = std::get<Ter>(item);
                t.subject = s.title;
                t.kind = s.kind;
                t.capacity = s.capacity;
                t.lab = s.lab;
            }
        }
        if (!ItemEditorDialog::createItem(m_ws, item, this).isEmpty())
            emit relatedRequested(ListKind::Ters, title);
        return;
    } else {
        // An internship with the selected host.
        Item item = ItemEditorDialog::blankItem(m_ws, ItemKind::Internship);
        const QString name = currentItemId();
        for (const HostEntry& e : m_ws.hostDirectory()) {
            if (e.host.name == name)
                std::get<Internship>(item).host = e.host;
        }
        if (!ItemEditorDialog::createItem(m_ws, item, this).isEmpty())
            emit relatedRequested(ListKind::Internships, name);
        return;
    }
    if (!id.isEmpty())
        selectItem(id);
}

void ItemListPage::editCurrent(const QString& focusField)
{
    const QString id = currentItemId();
    const std::optional<ItemKind> kind = m_model->itemKind();
    if (id.isEmpty() || !kind)
        return;
    showMessage({});
    ItemEditorDialog::editItem(m_ws, *kind, id, this, focusField);
}

void ItemListPage::deleteCurrent()
{
    const QString id = currentItemId();
    const std::optional<ItemKind> kind = m_model->itemKind();
    if (id.isEmpty() || !kind)
        return;
    showMessage({});
    const QString what = itemKindName(*kind);
    if (!confirmHook()(this, tr("Delete %1").arg(what),
                       tr("Delete %1 %2?\n\nEdit ▸ Undo brings it back.").arg(what, id)))
        return;
    if (Status s = m_ws.deleteItem(*kind, id); !s)
        showMessage(s.error());
}

void ItemListPage::showRelated()
{
    const QString key = currentItemId();
    if (key.isEmpty())
        return;
    emit relatedRequested(m_list == ListKind::TerSubjects ? ListKind::Ters : ListKind::Internships, key);
}

// Reactions -------------------------------------------------------------------------------------

void ItemListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ItemListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize && !m_userSized) {
        // The usual widths fitted to the table's width, until the user sizes a column.
        resizeColumns();
        fitColumns();
        return false;
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        // Down from the search box goes to the results.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ItemListPage::onActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (m_model->itemKind())
        editCurrent();
    else
        showRelated();
}

void ItemListPage::onCurrentChanged()
{
    if (m_restoring)
        return;
    const QString id = currentItemId();
    if (!id.isEmpty() || m_proxy->rowCount() == 0)
        m_currentId = id;
    updateButtons();
    announceCurrent(id);
}

void ItemListPage::announceCurrent(const QString& id)
{
    if (id == m_announcedId)
        return;
    m_announcedId = id;
    emit currentEntryChanged(m_list, id);
    if (const std::optional<ItemKind> kind = m_model->itemKind())
        emit currentItemChanged(*kind, id);
}

void ItemListPage::restoreSelection()
{
    // After a reset, a search or a filter: the same row again if it is still shown, else none.
    const int sourceRow = m_model->rowOf(m_currentId);
    const QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    m_restoring = true;
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clearSelection();
    }
    m_restoring = false;
    updateButtons();
    announceCurrent(currentItemId());
}

void ItemListPage::updateButtons()
{
    const bool ready = m_ws.isOpen() && !m_ws.isLoading();
    const bool writable = ready && !m_ws.isReadOnly();
    const QString id = currentItemId();
    const bool selected = !id.isEmpty();
    if (const std::optional<ItemKind> kind = m_model->itemKind()) {
        m_newButton->setEnabled(writable);
        m_editButton->setEnabled(ready && selected);
        bool deletable = writable && selected;
        QString why;
        if (deletable) {
            const QModelIndex current = m_table->selectionModel()->currentIndex();
            const int state = current.data(ItemTableModel::StateRole).toInt();
            const QStringList students = current.data(ItemTableModel::StudentIdsRole).toStringList();
            const Status s =
                Workflow::canEdit(state >= 0 ? WorkflowState(state) : WorkflowState::Draft, m_ws.actor(), students);
            deletable = s.ok();
            why = s.error();
        }
        m_deleteButton->setEnabled(deletable);
        m_deleteButton->setToolTip(
            why.isEmpty() ? tr("Delete the selected %1 (it can be undone)").arg(itemKindName(*kind)) : why);
        // The editor opens read-only when the item cannot be changed.
        m_editButton->setText(!selected || deletable || !writable ? tr("&Edit…") : tr("&Open…"));
    } else {
        m_newButton->setEnabled(writable && selected);
        m_relatedButton->setEnabled(ready && selected);
    }
}

void ItemListPage::updateCount()
{
    if (!m_ws.isOpen()) {
        m_count->setText(tr("No database open"));
        return;
    }
    if (m_ws.isLoading()) {
        m_count->setText(tr("Loading…"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    using Activity = ProfileLabels::Activity;
    const RuleSet& rules = m_ws.rules();
    switch (m_list) {
    case ListKind::Ters:
        // A programme's own name is data, not a phrase to pluralize: "Group projects: 3".
        text = ProfileLabels::hasLabel(rules, Activity::Ter)
                   ? tr("%1: %2").arg(ProfileLabels::plural(rules, Activity::Ter)).arg(total)
                   : tr("%n TER(s)", nullptr, total);
        break;
    case ListKind::TerSubjects:
        text = tr("%n subject(s)", nullptr, total);
        break;
    case ListKind::Internships:
        text = ProfileLabels::hasLabel(rules, Activity::Internship)
                   ? tr("%1: %2").arg(ProfileLabels::plural(rules, Activity::Internship)).arg(total)
                   : tr("%n internship(s)", nullptr, total);
        break;
    case ListKind::Hosts:
        text = tr("%n host(s)", nullptr, total);
        break;
    case ListKind::SummerSchools:
        text = tr("%n summer school(s)", nullptr, total);
        break;
    case ListKind::Seminars:
        text = tr("%n seminar(s)", nullptr, total);
        break;
    }
    m_count->setText(shown == total ? text : tr("%1 shown of %2").arg(shown).arg(text));
}

void ItemListPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_messageIcon->setVisible(!text.isEmpty());
}

void ItemListPage::resizeColumns()
{
    const QScopedValueRollback<bool> sizing(m_sizing, true);
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const QFontMetrics headerFm = header->fontMetrics();
    const QList<Field>& fields = m_model->fields();
    for (int c = 0; c < fields.size(); ++c) {
        const Field f = fields.at(c);
        int width = fm.averageCharWidth() * columnChars(f) + 16 + (hasIcon(f) ? kIconSize + 6 : 0);
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        width = std::max(width, headerFm.horizontalAdvance(title) + 24); // room for the sort arrow
        header->resizeSection(c, width);
    }
    header->setMinimumSectionSize(fm.averageCharWidth() * 5);
}

void ItemListPage::fitColumns()
{
    const QScopedValueRollback<bool> sizing(m_sizing, true);
    // The usual widths may not all fit: names and titles give up width (they are elided, whole in tooltips), so
    // that the state and findings stay in view.
    QHeaderView* header = m_table->horizontalHeader();
    const int last = header->count() - 1;
    const int available = m_table->viewport()->width();
    if (last < 0 || available <= 0)
        return;
    const QList<Field>& fields = m_model->fields();
    int total = 0;
    int elastic = 0;
    for (int c = 0; c < last; ++c) {
        total += header->sectionSize(c);
        if (isElastic(fields.at(c)))
            elastic += header->sectionSize(c);
    }
    const int lastWidth = fontMetrics().averageCharWidth() * columnChars(fields.at(last)) + 16
                          + (hasIcon(fields.at(last)) ? kIconSize + 6 : 0);
    const int excess = total + lastWidth - available + 4; // a little slack against rounding
    if (elastic <= 0)
        return;
    if (excess < 0) {
        // Room to spare: names and titles take some of it (up to half as much again), the rest stays with the
        // last column.
        const int spare = -excess;
        for (int c = 0; c < last; ++c) {
            if (!isElastic(fields.at(c)))
                continue;
            const int width = header->sectionSize(c);
            header->resizeSection(c, width + std::min(width / 2, int(qint64(spare) * width / elastic / 2)));
        }
        return;
    }
    const int minimum = fontMetrics().averageCharWidth() * 10;
    for (int c = 0; c < last; ++c) {
        if (!isElastic(fields.at(c)))
            continue;
        const int width = header->sectionSize(c);
        const int cut = int((qint64(excess) * width + elastic - 1) / elastic); // rounded up
        header->resizeSection(c, std::max(minimum, width - cut));
    }
}

void ItemListPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search names, hosts, labs, subjects…"));
    m_search->setAccessibleName(tr("Search"));
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setAccessibleName(tr("Filter"));
    switch (m_list) {
    case ListKind::Ters:
    case ListKind::Internships:
        break; // updateLabels()
    case ListKind::SummerSchools:
        m_newButton->setText(tr("&New summer school…"));
        break;
    case ListKind::Seminars:
        m_newButton->setText(tr("&New seminar…"));
        break;
    case ListKind::TerSubjects:
    case ListKind::Hosts:
        break; // updateLabels()
    }
    m_deleteButton->setText(tr("&Delete"));
    m_message->setAccessibleName(tr("Error"));
    fillFilterCombo();
    m_model->retranslate();
    updateLabels();
}

void ItemListPage::updateLabels()
{
    using Activity = ProfileLabels::Activity;
    const RuleSet& rules = m_ws.rules();
    const bool terLabel = ProfileLabels::hasLabel(rules, Activity::Ter);
    const bool internshipLabel = ProfileLabels::hasLabel(rules, Activity::Internship);
    const QString ter = ProfileLabels::singular(rules, Activity::Ter);
    const QString internship = ProfileLabels::singular(rules, Activity::Internship);
    m_table->setAccessibleName(ItemTableModel::title(m_list, rules));
    switch (m_list) {
    case ListKind::Ters:
        m_newButton->setText(terLabel ? tr("&New %1…").arg(ter) : tr("&New TER…"));
        break;
    case ListKind::Internships:
        m_newButton->setText(internshipLabel ? tr("&New %1…").arg(internship) : tr("&New internship…"));
        break;
    case ListKind::TerSubjects:
        m_newButton->setText(terLabel ? tr("&New %1 on this subject…").arg(ter) : tr("&New TER on this subject…"));
        m_relatedButton->setText(terLabel ? tr("&Show its %1").arg(ProfileLabels::plural(rules, Activity::Ter))
                                          : tr("&Show its TERs"));
        break;
    case ListKind::Hosts:
        m_newButton->setText(internshipLabel ? tr("&New %1 with this host…").arg(internship)
                                             : tr("&New internship with this host…"));
        m_relatedButton->setText(internshipLabel
                                     ? tr("&Show its %1").arg(ProfileLabels::plural(rules, Activity::Internship))
                                     : tr("&Show its internships"));
        break;
    case ListKind::SummerSchools:
    case ListKind::Seminars:
        break;
    }
    // The four signatures are the French agreement's: elsewhere there are none to count.
    if (const int signatures = m_model->columnOf(Field::Signatures); signatures >= 0)
        m_table->setColumnHidden(signatures, !agreementsApply(rules));
    for (QPushButton* b : {m_newButton, m_editButton, m_deleteButton, m_relatedButton}) {
        QString name = b->text();
        b->setAccessibleName(name.remove(QLatin1Char('&')));
    }
    updateButtons();
    updateCount();
}

void ItemListPage::fillFilterCombo()
{
    const QVariant current = m_filter->currentData();
    m_filter->clear();
    m_filter->addItem(tr("All"), int(Filter::All));
    switch (m_list) {
    case ListKind::TerSubjects:
        m_filter->addItem(Icons::severity(Severity::Error), tr("Over capacity"), int(Filter::OverCapacity));
        break;
    case ListKind::Hosts:
        m_filter->addItem(tr("With internships this year"), int(Filter::WithInternships));
        m_filter->addItem(Icons::severity(Severity::Warning), tr("Not doing AI research"), int(Filter::NotAiResearch));
        break;
    case ListKind::Seminars:
        m_filter->addItem(Icons::severity(Severity::Error), tr("With errors"), int(Filter::WithErrors));
        break;
    case ListKind::Ters:
    case ListKind::Internships:
    case ListKind::SummerSchools:
        m_filter->addItem(Icons::severity(Severity::Error), tr("With errors"), int(Filter::WithErrors));
        m_filter->addItem(tr("Missing report"), int(Filter::MissingReport));
        break;
    }
    if (hasStates(m_list)) {
        m_filter->insertSeparator(m_filter->count());
        for (int s = int(WorkflowState::Draft); s <= int(WorkflowState::Cancelled); ++s) {
            const auto state = WorkflowState(s);
            m_filter->addItem(Icons::state(state), tr("State: %1").arg(Workflow::stateName(state)), kStateBase + s);
        }
    }
    // (An invalid QVariant would match the separator.)
    const int index = current.isValid() ? m_filter->findData(current) : -1;
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
}

void ItemListPage::onFilterActivated(int index)
{
    const int code = m_filter->itemData(index).toInt();
    m_restoring = true;
    if (code >= kStateBase)
        m_proxy->setFilter(Filter::ByState, WorkflowState(code - kStateBase));
    else
        m_proxy->setFilter(Filter(code));
    m_restoring = false;
    restoreSelection();
    updateCount();
}

} // namespace interntrack

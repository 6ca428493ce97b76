#include "StudentsPage.h"

#include "Icons.h"
#include "StudentsModel.h"
#include "Workspace.h"
#include "domain/ProfileLabels.h"
#include "rules/Deadlines.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace interntrack {

namespace {

constexpr int kIconSize = 16;
constexpr int kMaxDeadlinesShown = 4;
const char* const kKindProperty = "itemKind";
const char* const kIdProperty = "itemId";

QString shortDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString dateSpan(QDate start, QDate end)
{
    if (!start.isValid() && !end.isValid())
        return QString();
    return StudentsPage::tr("%1 – %2").arg(start.isValid() ? shortDate(start) : QStringLiteral("?"),
                                           end.isValid() ? shortDate(end) : QStringLiteral("?"));
}

QLabel* iconLabel(const QIcon& icon, QWidget* parent, int size = kIconSize)
{
    auto* label = new QLabel(parent);
    label->setPixmap(icon.pixmap(QSize(size, size), parent ? parent->devicePixelRatioF() : 1.0));
    label->setFixedSize(size, size);
    return label;
}

QLabel* textLabel(const QString& text, QWidget* parent, bool wrap = true)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

/// The override recorded for @p rule in @p overrides, if any.
const Override* findOverride(const Overrides& overrides, const QString& rule)
{
    for (const Override& o : overrides) {
        if (o.rule == rule)
            return &o;
    }
    return nullptr;
}

QString reportText(const std::optional<int>& pages)
{
    return pages ? StudentsPage::tr("report: %n page(s)", nullptr, *pages) : StudentsPage::tr("no report yet");
}

} // namespace

StudentsPage::StudentsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_model(new StudentsModel(workspace, this))
    , m_proxy(new StudentsFilterModel(workspace, this))
    , m_stack(new QStackedWidget(this))
    , m_content(new QWidget(m_stack))
    , m_loading(new QWidget(m_stack))
    , m_loadingLabel(new QLabel(m_loading))
    , m_loadingBar(new QProgressBar(m_loading))
    , m_empty(new QWidget(m_stack))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyText(new QLabel(m_empty))
    , m_search(new QLineEdit(m_content))
    , m_filterLabel(new QLabel(m_content))
    , m_filter(new QComboBox(m_content))
    , m_count(new QLabel(m_content))
    , m_splitter(new QSplitter(Qt::Horizontal, m_content))
    , m_table(new QTableView(m_splitter))
    , m_detailScroll(new QScrollArea(m_splitter))
{
    setObjectName(QStringLiteral("studentsPage"));
    m_content->setObjectName(QStringLiteral("studentsContent"));
    m_proxy->setSourceModel(m_model);
    m_model->setObjectName(QStringLiteral("studentsModel"));
    m_proxy->setObjectName(QStringLiteral("studentsProxyModel"));

    // Toolbar: search, filter, count
    m_search->setObjectName(QStringLiteral("studentsSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->installEventFilter(this);
    m_filter->setObjectName(QStringLiteral("studentsFilter"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_filter);
    m_count->setObjectName(QStringLiteral("studentsCount"));
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
    m_table->setObjectName(QStringLiteral("studentsTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StudentsModel::StudentColumn, Qt::AscendingOrder);
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
    header->setObjectName(QStringLiteral("studentsHeader"));
    header->setHighlightSections(false);
    header->setTextElideMode(Qt::ElideRight);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Columns share the table's width (see fitColumns) until the user resizes one; then theirs stay.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section != StudentsModel::FindingsColumn)
            m_autoColumns = false;
    });
    m_table->viewport()->installEventFilter(this);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("Findings")) + 24);

    // Detail pane
    m_detailScroll->setObjectName(QStringLiteral("studentDetailPane"));
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detailScroll->setFrameShape(QFrame::NoFrame);
    m_detailScroll->setMinimumWidth(300);

    m_splitter->setObjectName(QStringLiteral("studentsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // Two thirds for the table, one for the detail pane, as the window grows or shrinks.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({840, 420});

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(12, 12, 12, 12);
    contentLayout->setSpacing(8);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_splitter, 1);

    // Loading and empty states
    m_loading->setObjectName(QStringLiteral("studentsLoading"));
    m_loadingLabel->setObjectName(QStringLiteral("studentsLoadingLabel"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setMaximumWidth(240);
    auto* loadingLayout = new QVBoxLayout(m_loading);
    loadingLayout->addStretch(1);
    loadingLayout->addWidget(m_loadingLabel);
    loadingLayout->addWidget(m_loadingBar, 0, Qt::AlignHCenter);
    loadingLayout->addStretch(1);

    m_empty->setObjectName(QStringLiteral("studentsEmpty"));
    m_emptyTitle->setObjectName(QStringLiteral("studentsEmptyTitle"));
    m_emptyText->setObjectName(QStringLiteral("studentsEmptyText"));
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_emptyTitle->setFont(titleFont);
    for (QLabel* label : {m_emptyTitle, m_emptyText}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(iconLabel(Icons::app(), m_empty, 64), 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);

    m_stack->addWidget(m_content);
    m_stack->addWidget(m_loading);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Behaviour
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        rememberAndRestoreSelection();
    });
    connect(m_filter, &QComboBox::activated, this, &StudentsPage::onFilterActivated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit studentActivated(index.data(StudentsModel::StudentIdRole).toString());
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &StudentsPage::onRowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StudentsPage::rememberAndRestoreSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &StudentsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &StudentsPage::updateCount);
    connect(&m_ws, &Workspace::loadingChanged, this, &StudentsPage::updatePage);
    connect(&m_ws, &Workspace::databaseChanged, this, &StudentsPage::updatePage);
    connect(&m_ws, &Workspace::yearLoaded, this, &StudentsPage::updatePage);
    connect(&m_ws, &Workspace::rulesChanged, this, &StudentsPage::updatePage);
    connect(&m_ws, &Workspace::actorChanged, this, [this] {
        rememberAndRestoreSelection();
        rebuildDetail();
    });

    retranslate();
    updatePage();
    rememberAndRestoreSelection();
}

StudentsPage::~StudentsPage() = default;

// Public API ------------------------------------------------------------------------------------

bool StudentsPage::selectStudent(const QString& studentId)
{
    const int sourceRow = m_model->rowOf(studentId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the search or the filter: show everyone again.
        m_search->clear();
        setFilter(StudentsFilterModel::Filter::All);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString StudentsPage::currentStudentId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return QString();
    return current.data(StudentsModel::StudentIdRole).toString();
}

void StudentsPage::setFilter(StudentsFilterModel::Filter filter, WorkflowState state)
{
    m_proxy->setFilter(filter, state);
    const int code = filter == StudentsFilterModel::Filter::ByState ? 100 + int(state) : int(filter);
    const int index = m_filter->findData(code);
    if (index >= 0)
        m_filter->setCurrentIndex(index);
    rememberAndRestoreSelection();
}

void StudentsPage::setSearchText(const QString& text)
{
    m_search->setText(text); // textChanged filters
}

// Reactions -------------------------------------------------------------------------------------

void StudentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool StudentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        // Down from the search box goes to the results.
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
        return false;
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
        return false;
    }
    auto* card = qobject_cast<QFrame*>(watched);
    // A click, or Tab into the card; not the focus a rebuilt pane hands around.
    const bool tabbedIn = event->type() == QEvent::FocusIn
                          && (static_cast<QFocusEvent*>(event)->reason() == Qt::TabFocusReason
                              || static_cast<QFocusEvent*>(event)->reason() == Qt::BacktabFocusReason);
    if (card && card->property(kIdProperty).isValid() && (event->type() == QEvent::MouseButtonRelease || tabbedIn)) {
        if (card != m_currentCard) {
            setCurrentCard(card);
            emit currentItemChanged(ItemKind(card->property(kKindProperty).toInt()),
                                    card->property(kIdProperty).toString());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StudentsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search names, ids, hosts, labs, subjects, supervisors…"));
    m_search->setAccessibleName(tr("Search students"));
    m_search->setToolTip(tr("Search (Ctrl+F): every word must match; case and accents are ignored"));
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setAccessibleName(tr("Filter students"));
    m_table->setAccessibleName(tr("Students"));
    m_detailScroll->setAccessibleName(tr("Selected student"));
    m_loadingLabel->setText(tr("Loading the academic year…"));
    m_loadingBar->setAccessibleName(tr("Loading"));
    m_emptyTitle->setText(tr("No database is open"));
    m_emptyText->setText(tr("Open or create a database: File > Open…"));
    setAccessibleName(tr("Students overview"));
    fillFilterCombo();
    m_model->retranslate();
    updateCount();
    rebuildDetail();
}

void StudentsPage::fillFilterCombo()
{
    const QVariant current = m_filter->currentData();
    m_filter->clear();
    using F = StudentsFilterModel::Filter;
    m_filter->addItem(tr("All students"), int(F::All));
    m_filter->addItem(tr("Needs my action"), int(F::NeedsMyAction));
    m_filter->addItem(Icons::severity(Severity::Error), tr("With errors"), int(F::WithErrors));
    m_filter->addItem(tr("Missing reports"), int(F::MissingReports));
    m_filter->addItem(Icons::notPlaced(), tr("Not yet placed"), int(F::NotPlaced));
    m_filter->insertSeparator(m_filter->count());
    for (int s = int(WorkflowState::Draft); s <= int(WorkflowState::Cancelled); ++s) {
        const auto state = WorkflowState(s);
        m_filter->addItem(Icons::state(state), tr("State: %1").arg(StudentsModel::stateText(state)), 100 + s);
    }
    if (!m_chosenCaption.isEmpty()) {
        m_filter->insertSeparator(m_filter->count());
        m_filter->addItem(m_chosenCaption, int(F::Chosen));
    }
    m_filter->setItemData(1,
                          tr("Advisor: proposals to decide, items to validate, TERs to grade. "
                             "Secretariat: signatures, proofs and reports to collect."),
                          Qt::ToolTipRole);
    const int index = current.isValid() ? m_filter->findData(current) : 0;
    m_filter->setCurrentIndex(index >= 0 ? index : 0);
}

void StudentsPage::showStudents(const QStringList& ids, const QString& caption)
{
    m_chosenIds = ids;
    m_chosenCaption = caption;
    fillFilterCombo();
    m_proxy->setChosenStudents(ids);
    const int index = m_filter->findData(int(StudentsFilterModel::Filter::Chosen));
    if (index >= 0)
        m_filter->setCurrentIndex(index);
    rememberAndRestoreSelection();
}

void StudentsPage::onFilterActivated(int index)
{
    const int code = m_filter->itemData(index).toInt();
    if (code == int(StudentsFilterModel::Filter::Chosen))
        m_proxy->setChosenStudents(m_chosenIds);
    else if (code >= 100)
        m_proxy->setFilter(StudentsFilterModel::Filter::ByState, WorkflowState(code - 100));
    else
        m_proxy->setFilter(StudentsFilterModel::Filter(code));
    rememberAndRestoreSelection();
}

void StudentsPage::updatePage()
{
    if (!m_ws.isOpen())
        m_stack->setCurrentWidget(m_empty);
    else if (m_ws.isLoading())
        m_stack->setCurrentWidget(m_loading);
    else
        m_stack->setCurrentWidget(m_content);
    // A programme without TERs (Montréal's) has no TER column, unless the year has some all the same.
    const bool noTers =
        !ProfileLabels::offers(m_ws.rules(), ProfileLabels::Activity::Ter) && m_ws.cohort().ters.isEmpty();
    if (noTers != m_table->isColumnHidden(StudentsModel::TerColumn)) {
        m_table->setColumnHidden(StudentsModel::TerColumn, noTers);
        fitColumns();
    }
    updateCount();
}

void StudentsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n student(s)", nullptr, total)
                                    : tr("%1 of %n student(s)", nullptr, total).arg(shown));
}

void StudentsPage::onCurrentChanged(const QModelIndex& current)
{
    if (m_restoring)
        return;
    const QString id = current.isValid() ? current.data(StudentsModel::StudentIdRole).toString() : QString();
    if (id == m_currentId && m_currentCard)
        return;
    m_currentId = id;
    rebuildDetail();
    if (!id.isEmpty())
        emit currentItemChanged(ItemKind::Student, id);
}

void StudentsPage::onRowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
        rebuildDetail();
    updateCount();
}

void StudentsPage::rememberAndRestoreSelection()
{
    // After a reset, a new filter or search: the same student if still shown, else the first row.
    updateCount();
    QModelIndex index;
    const int sourceRow = m_model->rowOf(m_currentId);
    if (sourceRow >= 0)
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid() && m_proxy->rowCount() > 0)
        index = m_proxy->index(0, 0);
    QItemSelectionModel* selection = m_table->selectionModel();
    if (!index.isValid()) {
        m_restoring = true;
        selection->clear();
        m_restoring = false;
        if (!m_currentId.isEmpty() || m_currentCard) {
            m_currentId.clear();
            rebuildDetail();
        }
        return;
    }
    const QString id = index.data(StudentsModel::StudentIdRole).toString();
    const bool same = id == m_currentId && selection->isRowSelected(index.row(), {})
                      && selection->currentIndex().row() == index.row();
    if (same)
        return;
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    if (id == m_currentId)
        rebuildDetail(); // the model was reset: the student's items may have changed
}

void StudentsPage::fitColumns()
{
    if (!m_autoColumns)
        return;
    // Student, Next deadline and Findings get room for their usual values (or their share of a wide table);
    // TER and Placement share the rest, their subjects and hosts elided (whole in the tooltips).
    const QFontMetrics fm = m_table->fontMetrics();
    const int icon = kIconSize + 16;
    const int width = m_table->viewport()->width();
    const int student = std::max(fm.horizontalAdvance(QStringLiteral("Anastasia Ivanova")) + 12, int(width * 0.16));
    const int deadline =
        std::max(fm.horizontalAdvance(QStringLiteral("30 Apr 2026 · TER ends")) + icon, int(width * 0.21));
    const int findings =
        std::max(fm.horizontalAdvance(QStringLiteral("1 error, 2 warnings")) + icon, int(width * 0.19));
    const int rest = std::max(0, width - student - deadline - findings);
    const int minimum = fm.horizontalAdvance(QStringLiteral("Submitted · AI")) + icon;
    QHeaderView* header = m_table->horizontalHeader();
    m_fitting = true;
    header->resizeSection(StudentsModel::StudentColumn, student);
    // Without a TER column (a programme without TERs), the placement takes all the rest.
    const int terShare = m_table->isColumnHidden(StudentsModel::TerColumn) ? 0 : rest * 45 / 100;
    header->resizeSection(StudentsModel::TerColumn, std::max(minimum, terShare));
    header->resizeSection(StudentsModel::PlacementColumn, std::max(minimum, rest - terShare));
    header->resizeSection(StudentsModel::DeadlineColumn, deadline);
    m_fitting = false;
}

// Detail pane -----------------------------------------------------------------------------------

void StudentsPage::setCurrentCard(QFrame* card)
{
    if (m_currentCard) {
        m_currentCard->setProperty("current", false);
        m_currentCard->style()->unpolish(m_currentCard);
        m_currentCard->style()->polish(m_currentCard);
    }
    m_currentCard = card;
    if (card) {
        card->setProperty("current", true);
        card->style()->unpolish(card);
        card->style()->polish(card);
    }
}

QFrame* StudentsPage::addCard(QVBoxLayout* layout, ItemKind kind, const QString& id, const QString& title,
                              std::optional<WorkflowState> state, const QStringList& lines, bool editable,
                              const QString& editTip)
{
    auto* card = new QFrame(layout->parentWidget());
    card->setObjectName(QStringLiteral("itemCard"));
    card->setProperty(kKindProperty, int(kind));
    card->setProperty(kIdProperty, id);
    card->setFocusPolicy(Qt::StrongFocus);
    card->installEventFilter(this);
    card->setAccessibleName(QStringLiteral("%1 %2").arg(itemKindName(kind), title));
    auto* v = new QVBoxLayout(card);
    v->setContentsMargins(12, 10, 12, 10);
    v->setSpacing(4);

    auto* head = new QHBoxLayout;
    head->setSpacing(6);
    head->addWidget(iconLabel(Icons::kind(kind), card), 0, Qt::AlignTop);
    auto* titleLabel = textLabel(title, card);
    titleLabel->setObjectName(QStringLiteral("itemTitle"));
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    head->addWidget(titleLabel, 1);
    auto* edit = new QPushButton(tr("Edit…"), card);
    edit->setObjectName(QStringLiteral("editButton"));
    edit->setAccessibleName(tr("Edit %1").arg(title));
    edit->setAutoDefault(false);
    edit->setEnabled(editable);
    edit->setToolTip(editable ? tr("Open the editor of this %1").arg(itemKindName(kind)) : editTip);
    connect(edit, &QPushButton::clicked, this, [this, kind, id] { emit editRequested(kind, id, QString()); });
    head->addWidget(edit, 0, Qt::AlignTop);
    v->addLayout(head);
    if (state) {
        auto* stateRow = new QHBoxLayout;
        stateRow->setSpacing(6);
        stateRow->addSpacing(kIconSize + 6);
        stateRow->addWidget(iconLabel(Icons::state(*state), card));
        auto* stateLabel = textLabel(StudentsModel::stateText(*state), card, false);
        stateLabel->setObjectName(QStringLiteral("itemState"));
        stateLabel->setAccessibleName(tr("State: %1").arg(StudentsModel::stateText(*state)));
        stateRow->addWidget(stateLabel, 1);
        v->addLayout(stateRow);
    }

    for (const QString& line : lines) {
        if (line.isEmpty())
            continue;
        auto* l = textLabel(line, card);
        l->setObjectName(QStringLiteral("itemLine"));
        l->setIndent(kIconSize + 6);
        v->addWidget(l);
    }
    layout->addWidget(card);
    return card;
}

QWidget* StudentsPage::findingRow(const Finding& f, ItemKind kind, const QString& id, WorkflowState state,
                                  const QStringList& students)
{
    auto* row = new QWidget;
    row->setObjectName(QStringLiteral("findingRow"));
    row->setProperty("rule", f.rule);
    auto* grid = new QGridLayout(row);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    const QIcon icon = f.overridden ? Icons::overridden() : Icons::severity(f.severity);
    grid->addWidget(iconLabel(icon, row), 0, 0, Qt::AlignTop);

    QString severity;
    switch (f.severity) {
    case Severity::Error:
        severity = tr("Error");
        break;
    case Severity::Warning:
        severity = tr("Warning");
        break;
    case Severity::Info:
        severity = tr("Info");
        break;
    }
    auto* message = textLabel(f.message, row);
    message->setObjectName(QStringLiteral("findingMessage"));
    message->setAccessibleName(tr("%1 %2: %3").arg(severity, f.rule, f.message));
    message->setToolTip(tr("%1 (%2)").arg(severity, f.rule));
    grid->addWidget(message, 0, 1);

    if (f.overridden) {
        QString by, reason;
        QDateTime at;
        if (const std::optional<Item> item = m_ws.item(kind, id)) {
            const Overrides& overrides =
                std::visit([](const auto& i) -> const Overrides& { return i.overrides; }, *item);
            if (const Override* o = findOverride(overrides, f.rule)) {
                by = o->by;
                at = o->at;
                reason = o->reason;
            }
        }
        const QString note = at.isValid() ? tr("Overridden by %1 on %2: %3").arg(by, shortDate(at.date()), reason)
                                          : tr("Overridden by %1: %2").arg(by, reason);
        auto* overridden = textLabel(note, row);
        overridden->setObjectName(QStringLiteral("overrideNote"));
        QFont italic = overridden->font();
        italic.setItalic(true);
        overridden->setFont(italic);
        overridden->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(overridden, 1, 1);
        message->setForegroundRole(QPalette::PlaceholderText);
        return row;
    }
    if (f.severity == Severity::Info)
        return row;

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    auto* overrideButton = new QPushButton(Icons::overridden(), tr("Override…"), row);
    overrideButton->setObjectName(QStringLiteral("overrideButton"));
    overrideButton->setProperty("rule", f.rule);
    overrideButton->setAutoDefault(false);
    overrideButton->setAccessibleName(tr("Override %1").arg(f.rule));
    if (m_ws.actor().role != Role::Advisor) {
        overrideButton->setEnabled(false);
        overrideButton->setToolTip(tr("Only the advisor can override a rule."));
    } else if (m_ws.isReadOnly()) {
        overrideButton->setEnabled(false);
        overrideButton->setToolTip(tr("This database is open read-only: nothing can be changed."));
    } else {
        overrideButton->setToolTip(tr("Accept this item although %1 flags it, with a written reason").arg(f.rule));
    }
    const QString rule = f.rule;
    connect(overrideButton, &QPushButton::clicked, this,
            [this, kind, id, rule] { emit overrideRequested(kind, id, rule); });

    auto* fix = new QPushButton(tr("Fix…"), row);
    fix->setObjectName(QStringLiteral("fixButton"));
    fix->setProperty("rule", f.rule);
    fix->setAutoDefault(false);
    fix->setAccessibleName(tr("Fix %1").arg(f.rule));
    const Status editable = m_ws.isReadOnly()
                                ? Status::failure(tr("This database is open read-only: nothing can be changed."))
                                : Workflow::canEdit(state, m_ws.actor(), students);
    fix->setEnabled(bool(editable));
    fix->setToolTip(editable ? tr("Open the editor at what this finding concerns") : editable.error());
    const QString field = f.field;
    connect(fix, &QPushButton::clicked, this, [this, kind, id, field] { emit editRequested(kind, id, field); });

    buttons->addWidget(fix);
    buttons->addWidget(overrideButton);
    buttons->addStretch(1);
    grid->addLayout(buttons, 1, 1);
    return row;
}

void StudentsPage::addFindings(QVBoxLayout* layout, const QList<Finding>& findings, ItemKind kind, const QString& id,
                               WorkflowState state, const QStringList& students)
{
    // Open errors first, then warnings, information and overridden ones.
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding& a, const Finding& b) {
        const auto rank = [](const Finding& f) { return f.overridden ? 3 : 2 - int(f.severity); };
        return rank(a) < rank(b);
    });
    QWidget* parent = layout->parentWidget();
    for (const Finding& f : std::as_const(sorted)) {
        QWidget* row = findingRow(f, kind, id, state, students);
        row->setParent(parent);
        layout->addWidget(row);
    }
}

void StudentsPage::rebuildDetail()
{
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("studentDetail"));
    content->setStyleSheet(QStringLiteral("QFrame#itemCard { background: palette(base); border: 1px solid palette(mid);"
                                          " border-radius: 6px; }"
                                          "QFrame#itemCard[current=\"true\"] { border: 2px solid palette(highlight); }"
                                          "QLabel#sectionTitle { color: palette(placeholder-text); }"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(10);
    m_currentCard = nullptr;

    const Student* student = m_currentId.isEmpty() ? nullptr : m_ws.student(m_currentId);
    if (!student) {
        auto* hint = textLabel(m_ws.isOpen() && !m_ws.cohort().students.isEmpty()
                                   ? tr("Select a student to see their TER, internship and findings.")
                                   : QString(),
                               content);
        hint->setObjectName(QStringLiteral("detailHint"));
        hint->setAlignment(Qt::AlignCenter);
        layout->addWidget(hint);
        layout->addStretch(1);
        if (QWidget* old = m_detailScroll->takeWidget())
            old->deleteLater();
        m_detailScroll->setWidget(content);
        return;
    }

    const QDate today = m_ws.today();
    const QList<Finding> all = m_ws.studentFindings(student->id);
    const auto about = [&](const QString& subject) {
        QList<Finding> out;
        for (const Finding& f : all) {
            if (f.subject == subject)
                out.append(f);
        }
        return out;
    };
    const bool readOnly = m_ws.isReadOnly();
    const auto editability = [&](WorkflowState state, const QStringList& students) -> Status {
        if (readOnly)
            return Status::failure(tr("This database is open read-only: nothing can be changed."));
        return Workflow::canEdit(state, m_ws.actor(), students);
    };

    // The student
    {
        auto* card = new QFrame(content);
        card->setObjectName(QStringLiteral("itemCard"));
        card->setProperty(kKindProperty, int(ItemKind::Student));
        card->setProperty(kIdProperty, student->id);
        card->setFocusPolicy(Qt::StrongFocus);
        card->installEventFilter(this);
        card->setAccessibleName(tr("Student %1").arg(student->name));
        auto* v = new QVBoxLayout(card);
        v->setContentsMargins(12, 10, 12, 10);
        v->setSpacing(4);
        auto* head = new QHBoxLayout;
        auto* name = textLabel(student->name, card);
        name->setObjectName(QStringLiteral("detailName"));
        QFont big = name->font();
        big.setPointSizeF(big.pointSizeF() * 1.35);
        big.setBold(true);
        name->setFont(big);
        head->addWidget(name, 1);
        const Status editable = editability(WorkflowState::Draft, {student->id});
        auto* edit = new QPushButton(tr("Edit…"), card);
        edit->setObjectName(QStringLiteral("editButton"));
        edit->setAccessibleName(tr("Edit %1").arg(student->name));
        edit->setAutoDefault(false);
        edit->setEnabled(bool(editable));
        edit->setToolTip(editable ? tr("Edit the student's name, email and number") : editable.error());
        const QString sid = student->id;
        connect(edit, &QPushButton::clicked, this,
                [this, sid] { emit editRequested(ItemKind::Student, sid, QString()); });
        head->addWidget(edit, 0, Qt::AlignTop);
        v->addLayout(head);
        // The email on its own line (it is long), then the numbers.
        QStringList facts;
        if (!student->studentNumber.isEmpty())
            facts.append(tr("Student no. %1").arg(student->studentNumber));
        facts.append(tr("id %1").arg(student->id));
        auto* sub =
            textLabel(student->email.isEmpty() ? facts.join(QStringLiteral(" · "))
                                               : student->email + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")),
                      card);
        sub->setObjectName(QStringLiteral("detailFacts"));
        sub->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->addWidget(sub);
        v->addSpacing(4);

        // What is due next
        QList<Deadline> pending;
        for (const Deadline& d : deadlines(m_ws.cohort(), student->id, today)) {
            if (!d.done)
                pending.append(d);
        }
        // Late ones first, as in the table.
        std::stable_partition(pending.begin(), pending.end(), [&](const Deadline& d) { return d.isLate(today); });
        for (qsizetype i = 0; i < pending.size() && i < kMaxDeadlinesShown; ++i) {
            const Deadline& d = pending.at(i);
            auto* line = new QHBoxLayout;
            line->setSpacing(6);
            const bool late = d.isLate(today);
            line->addWidget(iconLabel(late ? Icons::late() : Icons::deadline(), card));
            const QString text = tr("%1 · %2").arg(StudentsModel::dueDateText(d.date, today),
                                                   StudentsModel::deadlineText(d, m_ws.rules()));
            auto* label = textLabel(late ? tr("Late · %1").arg(text) : text, card);
            label->setObjectName(QStringLiteral("deadlineLine"));
            line->addWidget(label, 1);
            v->addLayout(line);
        }
        if (pending.size() > kMaxDeadlinesShown)
            v->addWidget(
                textLabel(tr("… and %n more date(s)", nullptr, int(pending.size()) - kMaxDeadlinesShown), card));
        // The year's rules (completion, seminars)
        auto* findingsLayout = new QVBoxLayout;
        findingsLayout->setSpacing(2);
        v->addLayout(findingsLayout);
        addFindings(findingsLayout, about(student->id), ItemKind::Student, student->id, WorkflowState::Draft,
                    {student->id});
        layout->addWidget(card);
        setCurrentCard(card);
    }

    const auto cardWithFindings = [&](ItemKind kind, const QString& id, const QString& title,
                                      std::optional<WorkflowState> state, const QStringList& lines,
                                      const QStringList& students) {
        const WorkflowState s = state.value_or(WorkflowState::Draft);
        const Status editable = editability(s, students);
        QFrame* card = addCard(layout, kind, id, title, state, lines, bool(editable), editable.error());
        auto* v = static_cast<QVBoxLayout*>(card->layout());
        auto* findingsLayout = new QVBoxLayout;
        findingsLayout->setSpacing(2);
        v->addLayout(findingsLayout);
        addFindings(findingsLayout, about(id), kind, id, s, students);
        return card;
    };

    // TERs
    for (const QString& id : m_ws.tersOf(student->id)) {
        const Ter* t = m_ws.ter(id);
        if (!t)
            continue;
        QStringList lines;
        lines.append(t->supervisor.isEmpty() ? t->lab.name
                                             : tr("%1, supervised by %2").arg(t->lab.name, t->supervisor));
        lines.append(dateSpan(t->start, t->end));
        QStringList others;
        for (const QString& sid : t->studentIds) {
            if (sid != student->id)
                others.append(m_ws.student(sid) ? m_ws.student(sid)->name : sid);
        }
        if (!others.isEmpty())
            lines.append(tr("With %1").arg(others.join(tr(", "))));
        QStringList status = {reportText(t->reportPages)};
        status.append(
            t->grade ? tr("grade: %1/%2").arg(QLocale().toString(*t->grade), QLocale().toString(m_ws.rules().gradeMax))
                     : tr("no grade yet"));
        lines.append(status.join(QStringLiteral(" · ")));
        const QString title = ProfileLabels::hasLabel(m_ws.rules(), ProfileLabels::Activity::Ter)
                                  ? QStringLiteral("%1 · %2").arg(
                                      ProfileLabels::singular(m_ws.rules(), ProfileLabels::Activity::Ter), t->subject)
                                  : tr("TER · %1").arg(t->subject);
        cardWithFindings(ItemKind::Ter, t->id, title, t->state, lines, t->studentIds);
    }

    // Internships
    for (const QString& id : m_ws.internshipsOf(student->id)) {
        const Internship* in = m_ws.internship(id);
        if (!in)
            continue;
        QStringList lines;
        if (!in->subject.isEmpty())
            lines.append(in->subject);
        QString when = dateSpan(in->start, in->end);
        if (in->weeklyHours != m_ws.rules().fullTimeWeeklyHours)
            when = tr("%1 · %2 h/week").arg(when, QLocale().toString(in->weeklyHours));
        if (in->previousSummer)
            when = tr("%1 · previous summer").arg(when);
        lines.append(when);
        QStringList people;
        if (!in->tutor.name.isEmpty())
            people.append(tr("tutor %1").arg(in->tutor.name));
        if (!in->host.city.isEmpty())
            people.append(in->host.city);
        if (!people.isEmpty())
            lines.append(people.join(QStringLiteral(" · ")));
        QStringList status;
        if (agreementsApply(m_ws.rules())) // the four signatures of the agreement
            status.append(tr("signatures %1 of 4").arg(4 - in->signatures.missingCount()));
        status.append(in->proof ? tr("proof received") : tr("no proof yet"));
        status.append(reportText(in->reportPages));
        lines.append(status.join(QStringLiteral(" · ")));
        const QString title =
            ProfileLabels::hasLabel(m_ws.rules(), ProfileLabels::Activity::Internship)
                ? QStringLiteral("%1 · %2").arg(
                    ProfileLabels::singular(m_ws.rules(), ProfileLabels::Activity::Internship), in->host.name)
                : tr("Internship · %1").arg(in->host.name);
        cardWithFindings(ItemKind::Internship, in->id, title, in->state, lines, {in->studentId});
    }

    // Summer schools
    for (const QString& id : m_ws.summerSchoolsOf(student->id)) {
        const SummerSchool* s = m_ws.summerSchool(id);
        if (!s)
            continue;
        QStringList lines = {dateSpan(s->start, s->end)};
        QStringList status = {s->proposed ? tr("in the proposed list") : tr("not in the proposed list"),
                              reportText(s->reportPages), tr("%n link(s)", nullptr, int(s->reportLinks.size()))};
        lines.append(status.join(QStringLiteral(" · ")));
        cardWithFindings(ItemKind::SummerSchool, s->id, tr("Summer school · %1").arg(s->name), s->state, lines,
                         {s->studentId});
    }

    // Seminars: one card for all, each seminar's findings under it
    const QStringList seminarIds = m_ws.seminarsOf(student->id);
    if (!seminarIds.isEmpty()) {
        QStringList lines;
        QList<const Seminar*> seminars;
        for (const QString& id : seminarIds) {
            if (const Seminar* s = m_ws.seminar(id)) {
                seminars.append(s);
                lines.append(tr("%1 · %2").arg(shortDate(s->date), s->title));
            }
        }
        const QString title = tr("Seminars · %1 of %2").arg(seminars.size()).arg(m_ws.rules().seminarsMin);
        QFrame* card = addCard(layout, ItemKind::Seminar, seminarIds.first(), title, std::nullopt, lines,
                               bool(editability(WorkflowState::Draft, {student->id})),
                               editability(WorkflowState::Draft, {student->id}).error());
        auto* v = static_cast<QVBoxLayout*>(card->layout());
        auto* findingsLayout = new QVBoxLayout;
        findingsLayout->setSpacing(2);
        v->addLayout(findingsLayout);
        for (const Seminar* s : std::as_const(seminars))
            addFindings(findingsLayout, about(s->id), ItemKind::Seminar, s->id, WorkflowState::Draft, {student->id});
    }

    if (m_ws.tersOf(student->id).isEmpty() && m_ws.internshipsOf(student->id).isEmpty()
        && m_ws.summerSchoolsOf(student->id).isEmpty() && seminarIds.isEmpty()) {
        auto* none = textLabel(tr("No TER, internship, summer school or seminar yet."), content);
        none->setObjectName(QStringLiteral("detailHint"));
        layout->addWidget(none);
    }
    layout->addStretch(1);

    if (QWidget* old = m_detailScroll->takeWidget())
        old->deleteLater();
    m_detailScroll->setWidget(content);
}

} // namespace interntrack

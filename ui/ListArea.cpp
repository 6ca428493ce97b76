#include "ListArea.h"

#include "Icons.h"
#include "ItemListPage.h"
#include "Workspace.h"

#include <QEvent>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace interntrack {

namespace {

/// A list's title as a tab shows it: "&" would underline the next letter ("Hosts & tutors").
QString tabText(ListKind list, const RuleSet& rules)
{
    return ItemTableModel::title(list, rules).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

ListArea::ListArea(Workspace& workspace, Area area, QWidget* parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_area(area)
    , m_tabs(new QTabWidget(this))
{
    static const char* const names[] = {"tersArea", "internshipsArea", "alternativesArea"};
    setObjectName(QLatin1String(names[int(area)]));
    m_tabs->setObjectName(QStringLiteral("listTabs"));
    m_tabs->setDocumentMode(true);
    for (ListKind list : lists(area)) {
        auto* page = new ItemListPage(workspace, list, m_tabs);
        m_pages.append(page);
        QIcon icon;
        switch (list) {
        case ListKind::Ters:
        case ListKind::TerSubjects:
            icon = Icons::kind(ItemKind::Ter);
            break;
        case ListKind::Internships:
        case ListKind::Hosts:
            icon = Icons::kind(ItemKind::Internship);
            break;
        case ListKind::SummerSchools:
            icon = Icons::kind(ItemKind::SummerSchool);
            break;
        case ListKind::Seminars:
            icon = Icons::kind(ItemKind::Seminar);
            break;
        }
        m_tabs->addTab(page, icon, tabText(list, m_ws.rules()));
        connect(page, &ItemListPage::currentItemChanged, this, [this, page](ItemKind kind, const QString& id) {
            if (page == currentPage())
                emit currentItemChanged(kind, id);
        });
        connect(page, &ItemListPage::relatedRequested, this, &ListArea::onRelated);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ItemListPage* page = currentPage();
        if (page && page->model()->itemKind())
            emit currentItemChanged(*page->model()->itemKind(), page->currentItemId());
    });
    // The tabs follow the programme of the year shown.
    connect(&m_ws, &Workspace::yearLoaded, this, &ListArea::retranslate);
    connect(&m_ws, &Workspace::rulesChanged, this, &ListArea::retranslate);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

ListArea::~ListArea() = default;

QList<ListKind> ListArea::lists(Area area)
{
    switch (area) {
    case Area::Ters:
        return {ListKind::Ters, ListKind::TerSubjects};
    case Area::Internships:
        return {ListKind::Internships, ListKind::Hosts};
    case Area::Alternatives:
        return {ListKind::SummerSchools, ListKind::Seminars};
    }
    return {};
}

ItemListPage* ListArea::page(ListKind list) const
{
    for (ItemListPage* p : m_pages) {
        if (p->listKind() == list)
            return p;
    }
    return nullptr;
}

ItemListPage* ListArea::currentPage() const
{
    return qobject_cast<ItemListPage*>(m_tabs->currentWidget());
}

bool ListArea::showList(ListKind list)
{
    ItemListPage* p = page(list);
    if (!p)
        return false;
    m_tabs->setCurrentWidget(p);
    return true;
}

bool ListArea::selectItem(ListKind list, const QString& id)
{
    return showList(list) && page(list)->selectItem(id);
}

void ListArea::onRelated(ListKind list, const QString& searchText)
{
    if (!showList(list))
        return;
    ItemListPage* p = page(list);
    p->setFilter(ItemFilterModel::Filter::All);
    p->setSearchText(searchText);
    p->tableView()->setFocus(Qt::OtherFocusReason);
}

void ListArea::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ListArea::retranslate()
{
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabs->setTabText(i, tabText(m_pages.at(i)->listKind(), m_ws.rules()));
}

} // namespace interntrack

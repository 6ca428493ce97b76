#pragma once

#include "ItemTableModel.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace interntrack {

class ItemListPage;
class Workspace;

/**
 * A navigation area of the main window made of list pages in tabs: TERs (TERs, TER subjects), Internships
 * (internships, hosts & tutors) or Alternatives (summer schools, seminars). "Show its TERs" on a subject (and
 * "Show its internships" on a host) switches to the other tab, searched for it. The tabs name the activities as the
 * programme of the year shown does (ItemTableModel::title(ListKind, const RuleSet&)).
 */
class ListArea : public QWidget
{
    Q_OBJECT

public:
    enum class Area { Ters, Internships, Alternatives };

    ListArea(Workspace& workspace, Area area, QWidget* parent = nullptr);
    ~ListArea() override;

    /// The lists of @p area, in tab order.
    static QList<ListKind> lists(Area area);

    Area area() const { return m_area; }
    QTabWidget* tabWidget() const { return m_tabs; }
    /// The page of @p list; nullptr when the area has none.
    ItemListPage* page(ListKind list) const;
    ItemListPage* currentPage() const;
    /// Brings @p list's tab to the front; false when the area has no such list.
    bool showList(ListKind list);
    /// Shows @p list's tab and selects @p id in it.
    bool selectItem(ListKind list, const QString& id);

signals:
    /// The item selected in the tab in front changed (see ItemListPage::currentItemChanged()).
    void currentItemChanged(ItemKind kind, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onRelated(ListKind list, const QString& searchText);

    Workspace& m_ws;
    Area m_area;
    QTabWidget* m_tabs;
    QList<ItemListPage*> m_pages;
};

} // namespace interntrack

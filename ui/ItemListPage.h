#pragma once

#include "ItemFilterModel.h"
#include "ItemTableModel.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

namespace interntrack {

class Workspace;

/**
 * One list of the year (TERs, TER subjects, internships, hosts & tutors, summer schools, seminars): a search box
 * (the search of every list: names, hosts, labs, subjects…), a filter, a sortable table, and the buttons to add,
 * edit and delete items. Double-click or Enter opens the item's editor (ItemEditorDialog).
 *
 * Subjects and hosts are no items: their page offers a new TER on the subject (a new internship with the host)
 * and, on double-click, asks to show the TERs (internships) concerned (relatedRequested(), which ListArea
 * handles).
 */
class ItemListPage : public QWidget
{
    Q_OBJECT

public:
    ItemListPage(Workspace& workspace, ListKind list, QWidget* parent = nullptr);
    ~ItemListPage() override;

    ListKind listKind() const { return m_list; }

    /// Selects @p id's row (an item's id, a subject's title, a host's name), clearing the search and filter first
    /// if they hide it; false when there is no such row.
    bool selectItem(const QString& id);
    /// The selected row's id; empty when none is selected.
    QString currentItemId() const;
    void setSearchText(const QString& text);
    QString searchText() const;
    /// @p state is used by ItemFilterModel::Filter::ByState only; a filter the list does not offer is ignored.
    void setFilter(ItemFilterModel::Filter filter, WorkflowState state = WorkflowState::Draft);

    QTableView* tableView() const { return m_table; }
    ItemTableModel* model() const { return m_model; }
    ItemFilterModel* proxyModel() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* filterCombo() const { return m_filter; }

    /// What the buttons do: a new item (for subjects and hosts: a TER on the subject, an internship with the
    /// host), the editor of the selected item (at @p focusField), deleting it after asking.
    void newItem();
    void editCurrent(const QString& focusField = {});
    void deleteCurrent();

    /// How the page asks before deleting (a question box by default); tests answer instead.
    using Confirm = std::function<bool(QWidget* parent, const QString& title, const QString& text)>;
    static void setConfirm(Confirm confirm);

signals:
    /// The selected item changed (an empty id when none is selected). Item lists only: subjects and hosts,
    /// which are no items, emit currentEntryChanged() only.
    void currentItemChanged(ItemKind kind, const QString& id);
    /// The selected row changed, in any list: an item's id, a subject's title, a host's name (empty when none).
    void currentEntryChanged(ListKind list, const QString& key);
    /// Asks to show @p list searched for @p searchText (a subject's TERs, a host's internships).
    void relatedRequested(ListKind list, const QString& searchText);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    /// The texts that name the activities as the year's programme does (buttons, the count); on yearLoaded() and
    /// rulesChanged() too.
    void updateLabels();
    void fillFilterCombo();
    void onFilterActivated(int index);
    void onCurrentChanged();
    void onActivated(const QModelIndex& index);
    void restoreSelection();
    void announceCurrent(const QString& id);
    void updateButtons();
    void updateCount();
    void resizeColumns();
    void fitColumns();
    void showRelated();
    void showMessage(const QString& text);

    Workspace& m_ws;
    ListKind m_list;
    ItemTableModel* m_model;
    ItemFilterModel* m_proxy;
    QLineEdit* m_search;
    QLabel* m_filterLabel;
    QComboBox* m_filter;
    QLabel* m_count;
    QTableView* m_table;
    QPushButton* m_newButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_relatedButton;
    QLabel* m_messageIcon;
    QLabel* m_message;
    QString m_currentId; ///< kept across resets, searches and filters to select the same row again
    QString m_announcedId; ///< the id currentItemChanged() said last
    bool m_restoring = false;
    bool m_sizing = false; ///< the page is sizing the columns itself
    bool m_userSized = false; ///< the user sized a column: the page leaves the widths alone from then on
};

} // namespace interntrack

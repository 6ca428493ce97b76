#pragma once

#include "StudentsFilterModel.h"
#include "rules/Finding.h"
#include "storage/StorageRecords.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace interntrack {

class StudentsModel;
class Workspace;
struct Deadline;

/**
 * The Students overview, the home screen of the advisor and the secretariat: every student of the year with
 * their TER, internship or alternative, next deadline and open findings, a search box and filters, and a
 * detail pane on the selected student (their items, findings and what can be done about each).
 *
 * The page changes nothing itself: it asks, by signals, for an override or an editor, and the main window
 * does it through the Workspace.
 */
class StudentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StudentsPage(Workspace& workspace, QWidget* parent = nullptr);
    ~StudentsPage() override;

    /// Selects @p studentId's row, clearing the search and filter first if they hide it; false if there is none.
    bool selectStudent(const QString& studentId);
    /// The selected student's id; empty when none is selected.
    QString currentStudentId() const;
    void setFilter(StudentsFilterModel::Filter filter, WorkflowState state = WorkflowState::Draft);
    void setSearchText(const QString& text);
    /// Shows only @p ids (e.g. the students behind a figure of the dashboard), named @p caption in the filter.
    void showStudents(const QStringList& ids, const QString& caption);

    QTableView* tableView() const { return m_table; }
    StudentsFilterModel* proxyModel() const { return m_proxy; }
    StudentsModel* model() const { return m_model; }
    /// The table | detail splitter ("studentsSplitter"), whose state the main window saves.
    QSplitter* splitter() const { return m_splitter; }

signals:
    /// The advisor asks to override @p rule on an item (the main window asks why, then calls the Workspace).
    void overrideRequested(ItemKind kind, const QString& itemId, const QString& rule);
    /// Open the editor of an item, at @p field (a finding's field; empty for the whole item).
    void editRequested(ItemKind kind, const QString& itemId, const QString& field);
    /// The item the user is looking at: the student (ItemKind::Student) when a row is selected, or one of
    /// their items when it is clicked in the detail pane.
    void currentItemChanged(ItemKind kind, const QString& itemId);
    /// A row was double-clicked (or Enter pressed on it).
    void studentActivated(const QString& studentId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void fillFilterCombo();
    void onFilterActivated(int index);
    void updatePage();
    void updateCount();
    void onCurrentChanged(const QModelIndex& current);
    void onRowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void rememberAndRestoreSelection();
    void rebuildDetail();
    void fitColumns();

    // The detail pane's parts
    QFrame* addCard(QVBoxLayout* layout, ItemKind kind, const QString& id, const QString& title,
                    std::optional<WorkflowState> state, const QStringList& lines, bool editable,
                    const QString& editTip);
    void addFindings(QVBoxLayout* layout, const QList<Finding>& findings, ItemKind kind, const QString& id,
                     WorkflowState state, const QStringList& students);
    QWidget* findingRow(const Finding& finding, ItemKind kind, const QString& id, WorkflowState state,
                        const QStringList& students);
    void setCurrentCard(QFrame* card);

    Workspace& m_ws;
    StudentsModel* m_model;
    StudentsFilterModel* m_proxy;

    QStackedWidget* m_stack;
    QWidget* m_content;
    QWidget* m_loading;
    QLabel* m_loadingLabel;
    QProgressBar* m_loadingBar;
    QWidget* m_empty;
    QLabel* m_emptyTitle;
    QLabel* m_emptyText;

    QLineEdit* m_search;
    QLabel* m_filterLabel;
    QComboBox* m_filter;
    QLabel* m_count;
    QSplitter* m_splitter;
    QTableView* m_table;
    QScrollArea* m_detailScroll;
    QPointer<QFrame> m_currentCard;
    QStringList m_chosenIds; ///< the students of the "chosen" filter
    QString m_chosenCaption; ///< its name in the filter list (empty: no such entry)
    QString m_currentId; ///< kept across resets to select the same student again
    bool m_restoring = false;
    bool m_autoColumns = true; ///< columns follow the table's width until the user resizes one
    bool m_fitting = false;
};

} // namespace interntrack

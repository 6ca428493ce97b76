#pragma once

#include "Workspace.h"
#include "domain/Internship.h"
#include "rules/Finding.h"
#include "storage/StorageRecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>

#include <optional>

namespace interntrack {

/// The lists of the TERs, Internships and Alternatives areas.
enum class ListKind {
    Ters,
    TerSubjects, ///< the year's TER subjects, with the students who took each
    Internships,
    Hosts, ///< the host directory (shared across years) with this year's internships per host
    SummerSchools,
    Seminars,
};

/**
 * One list of the year over the Workspace: TERs, TER subjects, internships, hosts and tutors, summer schools or
 * seminars, one row per item (per subject, per host), with columns from a per-list column table.
 *
 * Texts are made when a row is made; data() only hands them out. The model resets on yearLoaded(); after a change
 * (findingsChanged(), itemChanged()) the rows are made again and only those that differ are announced: dataChanged
 * for a changed row, a row inserted at the end for a new item, a row removed for a deleted one, so selections
 * survive edits.
 */
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Whether the list is kept up to date (true by default). An inactive list (on a page not shown) drops its
    /// rows when a year loads and makes them again when it becomes active: a large year loads quicker.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// What a column shows; each list shows some of them, in the order of its column table.
    enum class Field {
        Id,
        Student, ///< the student's name
        Students, ///< the names of a TER's students
        Kind, ///< TER kind, or host kind
        Title, ///< a subject's or seminar's title
        Subject,
        Name, ///< a summer school's or host's name
        Lab,
        Supervisor,
        Host,
        Tutor,
        Dates, ///< start – end (sorts by start)
        Date,
        WeeklyHours,
        Gratification,
        Signatures, ///< "2/4"
        Proposed,
        Capacity, ///< "3/2 · over capacity"
        TakenBy,
        AiResearch,
        City,
        Country,
        Tutors,
        InternshipCount, ///< internships with the host this year
        State,
        Findings,
    };

    enum Roles {
        /// What a column sorts by: a QString (names, titles: the proxy collates them), a QDate (dates: null last)
        /// or a number (hours, amounts, counts, a state's rank in the workflow).
        SortRole = Qt::UserRole + 1,
        IdRole, ///< QString: the item's id; a subject's title; a host's name
        ItemKindRole, ///< int ItemKind of the rows; -1 for subjects and hosts
        SearchTextRole, ///< QString: the row's searchable texts, folded by StudentsModel::searchKey()
        ErrorCountRole, ///< int: open errors (overridden ones are not open)
        WarningCountRole, ///< int: open warnings
        StateRole, ///< int WorkflowState; -1 for lists without a state
        MissingReportRole, ///< bool: the item has ended (or is completed) without its report
        StudentIdsRole, ///< QStringList: the students concerned
        OverCapacityRole, ///< bool: a subject taken by more students than its capacity
        AiResearchRole, ///< bool: a host recorded as doing AI research (true for other lists)
        InternshipCountRole, ///< int: a host's internships this year (0 for other lists)
    };

    ItemTableModel(Workspace& workspace, ListKind list, QObject* parent = nullptr);

    ListKind listKind() const { return m_list; }
    /// The kind of item of each row; std::nullopt for subjects and hosts, which are no items.
    std::optional<ItemKind> itemKind() const;
    /// The list's columns, in order.
    const QList<Field>& fields() const;
    /// The column showing @p field, -1 when the list has none.
    int columnOf(Field field) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The row of @p id (an item id, a subject's title, a host's name), -1 when there is none.
    int rowOf(const QString& id) const;
    QString idAt(int row) const;

    /// Texts are made with the rows: after a language change they are made again.
    void retranslate();

    /// The list's name for people, translated ("TERs", "TER subjects", "Hosts & tutors"…).
    static QString title(ListKind list);
    /// The list's name in the programme of @p rules: its profile's names for the activities ("Group projects").
    static QString title(ListKind list, const RuleSet& rules);
    /// A TER kind for people, translated ("research").
    static QString terKindName(TerKind kind);
    /// A host kind for people, translated ("public lab").
    static QString hostKindName(HostKind kind);
    /// A workflow state as a column shows it: its name with a capital ("Sent for signature").
    static QString stateText(WorkflowState state);
    /// "4 May – 26 Jun 2026", "?" for a date not set; empty when neither is.
    static QString dateSpan(QDate start, QDate end);
    /// "2 errors, 1 warning", "OK"…: what the Findings column says of @p findings.
    static QString findingsSummary(const QList<Finding>& findings);

private:
    struct Cell
    {
        QString text;
        QVariant sort;
        QIcon icon;
        QString toolTip;

        bool operator==(const Cell& other) const;
    };

    /// What an item's row is made from: when none of it changed, the row is not made again.
    struct Source
    {
        std::optional<Item> item;
        QList<Finding> findings;
        QStringList names; ///< the students' names

        bool operator==(const Source&) const = default;
    };

    struct Row
    {
        QString id;
        Source source; ///< items only
        QList<Cell> cells;
        QString search;
        int errors = 0;
        int warnings = 0;
        int state = -1;
        bool missingReport = false;
        QStringList students;
        bool overCapacity = false;
        bool aiResearch = true;
        int internships = 0;

        bool operator==(const Row& other) const; ///< compares what is shown (not the source)
    };

    /// What rows of subjects and hosts need from the whole year (made once per update).
    struct Context;

    void reload();
    void sync();
    void onItemChanged(ItemKind kind, const QString& id);
    void replaceRow(int row, Row&& value);
    void rebuildIndex();
    Context makeContext() const;
    QStringList currentIds(const Context& context) const;
    std::optional<Row> makeRow(const QString& id, const Context* context) const;
    Source makeSource(const QString& id) const;
    Row internshipRow(const Internship& item, const QList<Finding>& findings) const;
    Row terRow(const Ter& item, const QList<Finding>& findings) const;
    Row summerSchoolRow(const SummerSchool& item, const QList<Finding>& findings) const;
    Row seminarRow(const Seminar& item, const QList<Finding>& findings) const;
    Row subjectRow(const QString& title, const Context& context) const;
    Row hostRow(const QString& name, const Context& context) const;
    Cell studentCell(const QString& studentId) const;
    QString studentName(const QString& studentId) const;
    void addFindings(Row& row, Cell& cell, const QList<Finding>& findings) const;

    Workspace& m_ws;
    ListKind m_list;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    QDate m_today; ///< the day the rows were made for (what has ended depends on it)
    bool m_remakeAll = false; ///< make every row again at the next update (texts changed)
    void clearUntilActive();
    bool m_active = true;
    bool m_stale = false;
};

} // namespace interntrack

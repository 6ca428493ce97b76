#pragma once

#include "rules/Deadlines.h"
#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace interntrack {

class Workspace;
struct Student;

/**
 * The students of the loaded year, one row each, with where they stand: their TER, their internship or
 * alternative, their next deadline and their open findings. Reads everything from the Workspace; resets on
 * yearLoaded() and updates rows in place (dataChanged, so that selections stay) on itemChanged() and
 * findingsChanged().
 */
class StudentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StudentColumn, TerColumn, PlacementColumn, DeadlineColumn, FindingsColumn, ColumnCount };

    /// What a student has instead of, or as, the internship requirement.
    enum class Placement { None, Internship, SummerSchool, Seminars };

    enum Roles {
        /// What a column sorts by: the name (QString) for Student, the state's rank in the workflow (int) for TER
        /// and Placement (0 = none), the next deadline's date (QDate, null when none) for Next deadline, and a
        /// weight of errors, then warnings (int) for Findings.
        SortRole = Qt::UserRole + 1,
        StudentIdRole, ///< QString
        ErrorCountRole, ///< int: open errors (overridden ones are not open)
        WarningCountRole, ///< int: open warnings
        InfoCountRole, ///< int
        OverriddenCountRole, ///< int
        NextDeadlineRole, ///< QDate, null when nothing is due
        LateRole, ///< bool: the next deadline has passed
        TerStateRole, ///< int WorkflowState of the TER shown, -1 without one
        PlacementRole, ///< int Placement
        PlacementStateRole, ///< int WorkflowState of the internship or summer school shown, -1 otherwise
        StatesRole, ///< QVariantList of int: the states of every internship, TER and summer school
        SearchTextRole, ///< QString: every searchable text of the row, folded by searchKey()
        NeedsAdvisorRole, ///< bool: a decision, a validation or a TER grade awaits the advisor
        NeedsSecretariatRole, ///< bool: signatures, a proof or a report to collect
        NeedsStudentRole, ///< bool: a draft or a proposal sent back, or a late deadline
        MissingReportRole, ///< bool: an item has ended without its report
        NotPlacedRole, ///< bool: no internship nor alternative (rejected and cancelled ones do not count)
    };

    explicit StudentsModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// The row of @p studentId, -1 when there is none.
    int rowOf(const QString& studentId) const;
    QString studentIdAt(int row) const;

    /// Texts are made in data(): after a language change the views only need to be told.
    void retranslate();

    /// @p text lower-cased, case-folded and without accents, for case- and accent-insensitive search.
    static QString searchKey(const QString& text);
    /// The state's name as a label starts: "Sent for signature".
    static QString stateText(WorkflowState state);
    /// A due date as the overview shows it: "Today", else "4 May 2026".
    static QString dueDateText(QDate date, QDate today);
    /// What falls due, for people ("internship proposal due", "TER ends").
    static QString deadlineText(const Deadline& deadline);
    /// The same in the programme of @p rules: its profile's names for TERs and internships ("Group project ends").
    static QString deadlineText(const Deadline& deadline, const RuleSet& rules);

private:
    struct Row
    {
        QString id;
        QString name;
        QString email;
        QString number;
        // The TER shown (an active one first) and how many the student has
        QString terId;
        std::optional<WorkflowState> terState;
        QString terSubject;
        QString terLab;
        int terCount = 0;
        // The internship or alternative shown
        Placement placement = Placement::None;
        QString placementId;
        std::optional<WorkflowState> placementState;
        QString placementName; ///< the host, or the school's name
        int seminarCount = 0;
        QString droppedHost; ///< when not placed: a rejected or cancelled internship's host
        std::optional<WorkflowState> droppedState;
        std::optional<Deadline> next;
        bool late = false;
        QList<Deadline> pending; ///< every deadline not done, for the tooltip
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int overridden = 0;
        QList<Finding> findings;
        QString search;
        QList<int> states;
        bool needsAdvisor = false;
        bool needsSecretariat = false;
        bool needsStudent = false;
        bool missingReport = false;
        bool notPlaced = true;

        friend bool operator==(const Row&, const Row&) = default;
    };

    void reload();
    void refreshAll();
    void refreshStudents(const QStringList& ids);
    void onItemChanged(ItemKind kind, const QString& id);
    Row makeRow(const Student& student) const;
    QVariant display(const Row& row, int column) const;
    QVariant decoration(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;
    QVariant sortKey(const Row& row, int column) const;
    QString findingsText(const Row& row) const;

    Workspace& m_ws;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace interntrack

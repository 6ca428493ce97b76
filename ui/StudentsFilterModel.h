#pragma once

#include "domain/WorkflowState.h"

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace interntrack {

class Workspace;

/**
 * Sorts and filters the StudentsModel: locale-aware sorting of names (QCollator, numeric mode), the filters
 * of the overview, and a search text matched against names, ids, emails, hosts, labs, subjects and
 * supervisors, ignoring case and accents (every word must match).
 */
class StudentsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter {
        All,
        /// Depends on the Workspace's actor: the advisor's decisions, validations and TER grades; the
        /// secretariat's signatures, proofs and reports; a student's drafts, proposals sent back and late items.
        NeedsMyAction,
        WithErrors, ///< at least one open error
        MissingReports, ///< an item has ended without its report
        NotPlaced, ///< no internship nor alternative yet
        ByState, ///< an internship, TER or summer school in state()
        Chosen, ///< the students of chosenStudents() (e.g. those behind a figure of the dashboard)
    };

    explicit StudentsFilterModel(Workspace& workspace, QObject* parent = nullptr);

    /// @p state is used by Filter::ByState only.
    void setFilter(Filter filter, WorkflowState state = WorkflowState::Draft);
    Filter filter() const { return m_filter; }
    WorkflowState state() const { return m_state; }

    /// Sets the filter to Filter::Chosen with these students.
    void setChosenStudents(const QStringList& ids);
    QStringList chosenStudents() const { return m_chosenList; }

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }

    /// The locale whose collation orders names (the default locale at construction).
    void setLocale(const QLocale& locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Workspace& m_ws;
    Filter m_filter = Filter::All;
    WorkflowState m_state = WorkflowState::Draft;
    QString m_searchText;
    QSet<QString> m_chosen;
    QStringList m_chosenList;
    QStringList m_words; ///< the search text's words, folded
    QCollator m_collator;
};

} // namespace interntrack

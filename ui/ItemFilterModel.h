#pragma once

#include "domain/WorkflowState.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace interntrack {

/**
 * Sorts and filters an ItemTableModel: locale-aware sorting of names and titles (QCollator, numeric mode), dates
 * (rows without one last) and numbers by ItemTableModel::SortRole; a filter; and the search of every list (as in
 * the Students overview): each word of the search text must appear in the row's names, hosts, labs, subjects…,
 * ignoring case and accents.
 */
class ItemFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter {
        All,
        WithErrors, ///< at least one open error
        MissingReport, ///< ended (or completed) without the report
        ByState, ///< in state()
        OverCapacity, ///< TER subjects taken by more students than they take
        NotAiResearch, ///< hosts not recorded as doing AI research
        WithInternships, ///< hosts with an internship this year
    };

    explicit ItemFilterModel(QObject* parent = nullptr);

    /// @p state is used by Filter::ByState only.
    void setFilter(Filter filter, WorkflowState state = WorkflowState::Draft);
    Filter filter() const { return m_filter; }
    WorkflowState state() const { return m_state; }

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }

    /// The locale whose collation orders names (the default locale at construction).
    void setLocale(const QLocale& locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Filter m_filter = Filter::All;
    WorkflowState m_state = WorkflowState::Draft;
    QString m_searchText;
    QStringList m_words; ///< the search text's words, folded
    QCollator m_collator;
};

} // namespace interntrack

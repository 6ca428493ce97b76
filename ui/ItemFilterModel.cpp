#include "ItemFilterModel.h"

#include "ItemTableModel.h"
#include "StudentsModel.h"

#include <QDate>

namespace interntrack {

ItemFilterModel::ItemFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemTableModel::SortRole);
    setLocale(QLocale());
    // Rows move when their data changes (a new finding, a state), as a sorted view should.
    setDynamicSortFilter(true);
}

void ItemFilterModel::setLocale(const QLocale& locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

void ItemFilterModel::setFilter(Filter filter, WorkflowState state)
{
    if (filter == m_filter && (filter != Filter::ByState || state == m_state))
        return;
    m_filter = filter;
    m_state = state;
    invalidateFilter();
}

void ItemFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    // The same search as the Students overview: folded words, each of which must match.
    m_words = StudentsModel::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ItemFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(ItemTableModel::SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::WithErrors:
        return index.data(ItemTableModel::ErrorCountRole).toInt() > 0;
    case Filter::MissingReport:
        return index.data(ItemTableModel::MissingReportRole).toBool();
    case Filter::ByState:
        return index.data(ItemTableModel::StateRole).toInt() == int(m_state);
    case Filter::OverCapacity:
        return index.data(ItemTableModel::OverCapacityRole).toBool();
    case Filter::NotAiResearch:
        return !index.data(ItemTableModel::AiResearchRole).toBool();
    case Filter::WithInternships:
        return index.data(ItemTableModel::InternshipCountRole).toInt() > 0;
    }
    return true;
}

bool ItemFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    int order = 0;
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        order = m_collator.compare(a.toString(), b.toString());
    } else if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate(), db = b.toDate();
        // Rows without a date go after the dated ones.
        if (da.isValid() != db.isValid())
            order = da.isValid() ? -1 : 1;
        else if (da != db)
            order = da < db ? -1 : 1;
    } else {
        const double na = a.toDouble(), nb = b.toDouble();
        if (na != nb)
            order = na < nb ? -1 : 1;
    }
    if (order != 0)
        return order < 0;
    // Ties in the order of ids, so that sorting is stable.
    return m_collator.compare(left.data(ItemTableModel::IdRole).toString(),
                              right.data(ItemTableModel::IdRole).toString())
           < 0;
}

} // namespace interntrack

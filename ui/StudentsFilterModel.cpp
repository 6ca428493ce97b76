#include "StudentsFilterModel.h"

#include "StudentsModel.h"
#include "Workspace.h"

#include <QDate>

namespace interntrack {

StudentsFilterModel::StudentsFilterModel(Workspace& workspace, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_ws(workspace)
{
    setSortRole(StudentsModel::SortRole);
    setLocale(QLocale());
    // Rows move when their data changes (a new finding, a state), as a sorted view should.
    setDynamicSortFilter(true);
    connect(&m_ws, &Workspace::actorChanged, this, [this] {
        if (m_filter == Filter::NeedsMyAction)
            invalidateFilter();
    });
}

void StudentsFilterModel::setLocale(const QLocale& locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

void StudentsFilterModel::setFilter(Filter filter, WorkflowState state)
{
    if (filter == m_filter && (filter != Filter::ByState || state == m_state))
        return;
    m_filter = filter;
    m_state = state;
    invalidateFilter();
}

void StudentsFilterModel::setChosenStudents(const QStringList& ids)
{
    m_filter = Filter::Chosen;
    m_chosenList = ids;
    m_chosen = QSet<QString>(ids.cbegin(), ids.cend());
    invalidateFilter();
}

void StudentsFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = StudentsModel::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool StudentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(StudentsModel::SearchTextRole).toString();
        for (const QString& word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::NeedsMyAction:
        switch (m_ws.actor().role) {
        case Role::Advisor:
            return index.data(StudentsModel::NeedsAdvisorRole).toBool();
        case Role::Secretariat:
            return index.data(StudentsModel::NeedsSecretariatRole).toBool();
        case Role::Student:
            return index.data(StudentsModel::StudentIdRole).toString() == m_ws.actor().studentId
                   && index.data(StudentsModel::NeedsStudentRole).toBool();
        }
        return false;
    case Filter::WithErrors:
        return index.data(StudentsModel::ErrorCountRole).toInt() > 0;
    case Filter::MissingReports:
        return index.data(StudentsModel::MissingReportRole).toBool();
    case Filter::NotPlaced:
        return index.data(StudentsModel::NotPlacedRole).toBool();
    case Filter::ByState:
        return index.data(StudentsModel::StatesRole).toList().contains(QVariant(int(m_state)));
    case Filter::Chosen:
        return m_chosen.contains(index.data(StudentsModel::StudentIdRole).toString());
    }
    return true;
}

bool StudentsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    int order = 0;
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        order = m_collator.compare(a.toString(), b.toString());
    } else if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        const QDate da = a.toDate(), db = b.toDate();
        // Rows without a date go after the dated ones.
        if (da.isValid() != db.isValid())
            order = da.isValid() ? -1 : 1;
        else if (da != db)
            order = da < db ? -1 : 1;
    } else {
        const qlonglong ia = a.toLongLong(), ib = b.toLongLong();
        if (ia != ib)
            order = ia < ib ? -1 : 1;
    }
    if (order != 0)
        return order < 0;
    // Ties (same state, same date…) in the order of names, then of ids, so that sorting is stable.
    const QModelIndex leftName = left.siblingAtColumn(StudentsModel::StudentColumn);
    const QModelIndex rightName = right.siblingAtColumn(StudentsModel::StudentColumn);
    if (left.column() != StudentsModel::StudentColumn) {
        order = m_collator.compare(leftName.data(StudentsModel::SortRole).toString(),
                                   rightName.data(StudentsModel::SortRole).toString());
        if (order != 0)
            return order < 0;
    }
    return leftName.data(StudentsModel::StudentIdRole).toString()
           < rightName.data(StudentsModel::StudentIdRole).toString();
}

} // namespace interntrack

#pragma once

#include "StorageRecords.h"
#include "domain/Cohort.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace interntrack {

/**
 * Reads items from the database: every item of a year (a cohort) or one row. Each table and each
 * child table is read by ONE query and grouped in memory (no query per item), forward-only.
 */
class CohortLoader
{
    Q_DECLARE_TR_FUNCTIONS(CohortRepository)

public:
    /// Which rows: every item of a year (by the year's row id) or one item (by its row id).
    struct Scope
    {
        qint64 yearId = 0;
        qint64 rowId = 0;
        static Scope year(qint64 id) { return {id, 0}; }
        static Scope row(qint64 id) { return {0, id}; }
    };

    /// Items in row order, with their row ids.
    template<typename T>
    struct Rows
    {
        QList<T> items;
        QList<qint64> ids;
    };

    explicit CohortLoader(const QSqlDatabase& db);

    Result<Rows<Student>> students(Scope scope) const;
    Result<Rows<Internship>> internships(Scope scope) const;
    Result<Rows<Ter>> ters(Scope scope) const;
    Result<Rows<SummerSchool>> summerSchools(Scope scope) const;
    Result<Rows<Seminar>> seminars(Scope scope) const;

    /// The whole year with row id @p yearId (rules not included).
    Status loadItems(qint64 yearId, Cohort* cohort) const;

private:
    /**
     * Student row id → student id. A year's students have nearly consecutive row ids, so their ids sit in a
     * table indexed from the first row id: one memory access per look-up (300,000 internships each look up
     * their student) where a hash takes several. Row ids spread too far apart go to a hash.
     */
    class StudentIds
    {
    public:
        /// @p rows (in any order) and the student ids at the same positions.
        void assign(const QList<qint64>& rows, const QList<QString>& ids);
        QString value(qint64 row) const
        {
            if (!m_sparse.isEmpty())
                return m_sparse.value(row);
            const quint64 i = quint64(row - m_first);
            return i < quint64(m_dense.size()) ? m_dense.at(qsizetype(i)) : QString();
        }

    private:
        qint64 m_first = 0;
        QList<QString> m_dense;
        QHash<qint64, QString> m_sparse;
    };

    // With @p students, the ids of the year's students (loadItems() reads them once for every kind);
    // without, they are read.
    Result<Rows<Internship>> internships(Scope scope, const StudentIds* students) const;
    Result<Rows<Ter>> ters(Scope scope, const StudentIds* students) const;
    Result<Rows<SummerSchool>> summerSchools(Scope scope, const StudentIds* students) const;
    Result<Rows<Seminar>> seminars(Scope scope, const StudentIds* students) const;

    Result<QHash<qint64, Overrides>> overrides(ItemKind kind, Scope scope) const;
    /// Student row id → student id, for the students the items of @p table in @p scope may name.
    Result<StudentIds> studentIds(Scope scope, const char* table) const;
    /// @p given, or else the ids read into @p own: the students the items of @p table in @p scope may name.
    Status studentIds(Scope scope, const char* table, const StudentIds* given, StudentIds* own,
                      const StudentIds** out) const;

    QSqlDatabase m_db;
};

} // namespace interntrack

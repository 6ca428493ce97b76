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
    Result<QHash<qint64, Overrides>> overrides(ItemKind kind, Scope scope) const;
    /// Student row id → student id, for the students the items of @p table in @p scope may name.
    Result<QHash<qint64, QString>> studentIds(Scope scope, const char* table) const;

    QSqlDatabase m_db;
};

} // namespace interntrack

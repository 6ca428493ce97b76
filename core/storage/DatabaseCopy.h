#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace interntrack {

class Database;

/**
 * Copies every row of one InternTrack database into another, empty one: a file to a PostgreSQL server
 * and back, or a file to a file (issue 9, "moving a file database to a server and back"). All or
 * nothing: the rows are written in one transaction of the target, which a failure or a cancel rolls
 * back, leaving the target as it was.
 *
 * Both databases are open (Database::open(), so the target has its schema) and at the same schema
 * version. The tables are copied generically: their names in foreign-key order (unknown tables of a
 * newer schema after the known ones), their columns read from each database at run time, and the
 * columns both sides have copied with their values, ids kept. A column only one side has is left out
 * (students.login of a server, which ServerSetup adds, stays NULL there and is not copied to a file).
 * History is copied too (audit_log, workflow_transitions); the schema version is each database's own.
 * The id counters (SQLite's sqlite_sequence, PostgreSQL's identity sequences) are set past the copied
 * ids, and past those the source had already given, so that an id is never given twice.
 */
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    /// Called after each batch of rows; returning false cancels the copy (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// What a copy wrote.
    struct Summary
    {
        int tables = 0; ///< the tables copied, empty ones included
        qint64 rows = 0; ///< the rows written, in all tables
    };

    /**
     * Copies the rows of @p from into @p to. Refused, with nothing written, when the schema versions
     * differ, when @p to already holds any row of the data tables ("copy into an empty database"),
     * when @p to cannot be written or is @p from. On PostgreSQL the target's triggers are off while
     * the rows are written (the rows are as they were: e.g. a grade an advisor gave), which, like
     * setting its sequences, needs the tables' owner: the database's owner runs a copy to a server.
     * @p summary, when given, receives what was written.
     */
    static Status copy(Database& from, Database& to, const Progress& progress = {}, Summary* summary = nullptr);
};

} // namespace interntrack

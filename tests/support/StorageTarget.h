#pragma once

#include "domain/Cohort.h"

#include <QString>

#include <memory>

class QSqlDatabase;
class QTemporaryDir;

namespace interntrack::test {

class PgCluster;

/**
 * The database a storage test works on, on the engine the run chose: with $INTERNTRACK_TEST_STORAGE set to
 * "postgresql", a new database of a throwaway PostgreSQL cluster (one PgCluster per test process) for each
 * test function; otherwise (the default) an SQLite file in a temporary folder. The same test source thus runs
 * on both engines (tests/CMakeLists.txt registers tst_storage twice).
 *
 * In the test object: start() in initTestCase() (after INTERNTRACK_REQUIRE_POSTGRESQL() on PostgreSQL),
 * renew() in init(), release() in cleanup().
 */
class StorageTarget
{
public:
    enum class Engine { SQLite, PostgreSQL };

    /// The engine of this run, from $INTERNTRACK_TEST_STORAGE ("postgresql" or "sqlite", the default).
    static Engine engineOfThisRun();

    StorageTarget();
    ~StorageTarget();
    StorageTarget(const StorageTarget&) = delete;
    StorageTarget& operator=(const StorageTarget&) = delete;

    Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == Engine::SQLite; }
    bool isPostgreSql() const { return m_engine == Engine::PostgreSQL; }

    /// Starts the PostgreSQL cluster (nothing to do on SQLite); false (see error()) when it did not start.
    bool start();
    /// A new temporary folder and a new, empty database for the next test function (or row of its data);
    /// false (see error()) when the folder could not be made. On PostgreSQL the database is created when
    /// database() is first asked for, so that a skipped test makes none.
    bool renew();
    /// Removes the temporary folder (a PostgreSQL database stays until the cluster stops).
    void release();

    /// What Database::open() takes for the current database: the file "programme.interntrack" of the
    /// temporary folder on SQLite, "postgresql://postgres@127.0.0.1:<port>/<database>" on PostgreSQL (the
    /// database is created on the first call after renew(); when that fails, a warning says why and opening
    /// the URL fails).
    QString database() const;
    /// The current temporary folder (there is one on both engines).
    QString folder() const;
    /// A file of the current temporary folder.
    QString filePath(const QString& name) const;
    /// The cluster on PostgreSQL, null on SQLite.
    PgCluster* cluster() const { return m_cluster.get(); }
    /// Why start(), renew() or the creation of the database failed.
    QString error() const { return m_error; }

    /// Every row of every table of the current database, in a stable order, read on a connection of its own:
    /// to prove that nothing changed. On an error, the error's text.
    QString dump() const;

private:
    Engine m_engine;
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    mutable QString m_pgDatabase; ///< the current PostgreSQL database, empty until database() makes it
    mutable int m_databases = 0;
    mutable QString m_error;
};

/// The storage tests' cohort of 2025-2026: every field of every item holds a value other than its default
/// (quotes, SQL, non-Latin text, shared hosts, tutors and TER subjects, overrides with and without a time, …).
Cohort fullCohort();

/// Every row of every table of the SQLite or PostgreSQL database open on @p db, in a stable order.
QString dumpTables(const QSqlDatabase& db);

} // namespace interntrack::test

/// In a test function that is about what only an SQLite file has (its bytes, mode, PRAGMAs, write-ahead log,
/// backup files, …): skipped when @p target is PostgreSQL.
#define INTERNTRACK_SQLITE_FILE_ONLY(target)                                                                           \
    do {                                                                                                               \
        if (!(target).isSqlite())                                                                                      \
            QSKIP("SQLite file only");                                                                                 \
    } while (false)

#pragma once

#include "Dialect.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace interntrack {

/// How to open a database file (or a PostgreSQL database).
struct OpenOptions
{
    bool readOnly = false; ///< open for reading only (nothing can change the file)
    bool create = true; ///< create the file (on a server: the schema, in an empty database) when it does not exist
    /// Run SQLite's quick_check when opening, to find a damaged file before anything changes it. It reads
    /// the whole file, so above Database::fullCheckLimitBytes it runs only before a schema upgrade; damage
    /// elsewhere is then reported when the damaged part is read, and a write touching it is refused.
    bool verify = true;
    /// Stop migrating at this schema version (tests build old databases with it); -1 = the latest.
    int migrateTo = -1;
    /// Migration scripts to use instead of the compiled-in ones (tests); empty = compiled-in.
    QString migrationsDirectory;
    /// A PostgreSQL database's password, typed by the user (it wins over one in the URL); empty = the URL's or
    /// libpq's (PGPASSWORD, ~/.pgpass). Never logged or shown; the Database keeps no copy once connected.
    QString password;
    /// The programme whose years the repositories work on (academic_years.programme); empty: the only one the
    /// database holds (see CohortRepository::programme()).
    QString programme;
};

/**
 * One connection to an InternTrack database file: opens it safely (mode 0600, foreign keys, WAL,
 * synchronous FULL, busy timeout, schema migrations), refuses files that are not ours or are
 * damaged without changing them, and opens a file from a newer version read-only.
 *
 * Or one connection to a PostgreSQL database, given as "postgresql://user@host:port/database" (QPSQL):
 * the person's own login, the password from the URL or from libpq (PGPASSWORD, ~/.pgpass), never
 * logged or shown. The same repositories and schema versions run on it (pg/ migrations, a
 * schema_version table instead of PRAGMA user_version); what differs is asked of dialect().
 *
 * A Database belongs to the thread that opened it (Qt Sql connections are per thread).
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /// PRAGMA application_id of every InternTrack database: "ITRK".
    static constexpr qint32 applicationId = 0x4954524B;
    static constexpr int busyTimeoutMs = 5000;
    /// Files up to this size are fully checked on every open (about 0.2 s at this size).
    static constexpr qint64 fullCheckLimitBytes = 64 * 1024 * 1024;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens @p path (creating it if allowed), upgrading its schema to the latest version. A
    /// "postgresql://…" URL opens that PostgreSQL database instead (see isServerUrl()).
    Status open(const QString& path, const OpenOptions& options = {});
    /// Whether @p connection names a PostgreSQL database ("postgresql://…" or "postgres://…") rather than a file.
    static bool isServerUrl(const QString& connection);
    /// @p connection as it may be shown or logged: a URL without its password; a path unchanged.
    static QString displayName(const QString& connection);
    void close();

    bool isOpen() const;
    /// True when opened read-only, by request or because the file is from a newer version or not writable.
    bool isReadOnly() const { return m_readOnly; }
    /// A message for the user about how the file was opened (e.g. read-only because it is newer); empty if none.
    QString notice() const { return m_notice; }
    /// The absolute path of the file, or the server URL without its password.
    QString path() const { return m_path; }
    /**
     * The programme (key) whose academic years the repositories of this connection read and write: a
     * database can hold several programmes, each with its own years. Empty: the only programme the database
     * holds, resolved by CohortRepository::programme().
     */
    QString programme() const { return m_programme; }
    void setProgramme(const QString& programme) { m_programme = programme; }
    /// Whether this is a PostgreSQL database (dialect().isServer()).
    bool isServer() const { return m_dialect.isServer(); }
    /// The schema version of the open database (SQLite: PRAGMA user_version; PostgreSQL: table schema_version).
    int schemaVersion() const { return m_schemaVersion; }
    /// The schema version this program writes.
    static int latestSchemaVersion();
    const Dialect& dialect() const { return m_dialect; }
    /// The Qt Sql connection, for the repositories of core/storage (the only code that speaks SQL).
    QSqlDatabase connection() const;

    /// Fails with a clear message when the database cannot be written (read-only, closed).
    Status checkWritable() const;

    /// SQLite's integrity_check: "ok" or the problems found. On PostgreSQL, the server keeps its own
    /// storage whole: "ok" when it answers.
    Result<QString> integrityCheck() const;

    /// Writes a consistent copy of the live database to @p path (VACUUM INTO), mode 0600; @p path must not exist.
    /// Not for a PostgreSQL database (its administrator backs it up with pg_dump): refused with a message.
    Status backup(const QString& path) const;
    /**
     * Replaces every row of this database by the rows of the backup @p backupPath, in one
     * transaction: all or nothing. The backup is checked first (an InternTrack database, not damaged,
     * not newer than this program); an older backup is upgraded on a temporary copy, never in place.
     * The audit log is kept and gains a "restore" row: it is the history of this file.
     * Not for a PostgreSQL database: refused with a message.
     */
    Status restore(const QString& backupPath, const QString& actor);

    /// Checks, without changing it, that @p path is an InternTrack database this program can read.
    static Status validateFile(const QString& path);

private:
    friend class Transaction;

    Status openConnection(bool readOnly);
    Status configure();
    Status migrate(int from, int to, bool isNew, const QString& directory);
    Status openServer(const QString& url, const OpenOptions& options);
    Status migrateServer(int from, int to, const QString& directory);

    Dialect m_dialect = Dialect::sqlite();
    QString m_connectionName;
    QString m_path;
    QString m_notice;
    QString m_programme;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    // Transaction nesting: depth of open Transaction guards, and whether an inner one failed in a
    // way that undid the outer transaction (SQLite rolls back by itself on a full disk, I/O error…).
    int m_transactionDepth = 0;
    bool m_transactionBroken = false;
};

} // namespace interntrack

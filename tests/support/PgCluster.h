#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace interntrack::test {

/**
 * A throwaway PostgreSQL cluster for tests: initdb (trust authentication, superuser "postgres", UTF-8,
 * no locale so that text sorts by bytes as in SQLite) into a temporary folder, started with pg_ctl on a
 * free port of 127.0.0.1 (and a Unix socket in the same folder), without fsync; one database created.
 * Stopped and removed on destruction. As root (CI), the server runs as the unprivileged user "postgres"
 * (PostgreSQL refuses to run as root), which then owns the temporary folder.
 */
class PgCluster
{
public:
    /// Starts the cluster and creates @p database; check isRunning() (and error()) before using it.
    explicit PgCluster(const QString& database = QStringLiteral("interntrack"));
    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    /// Whether the PostgreSQL server programs and Qt's QPSQL driver are installed (and, as root, the user
    /// "postgres" exists to run the server).
    static bool available();
    /// The folder of initdb, pg_ctl and postgres: $INTERNTRACK_PG_BINDIR, the newest /usr/lib/postgresql/N/bin,
    /// or the folder of initdb on the PATH; empty when none is found.
    static QString binDirectory();

    bool isRunning() const { return m_running; }
    /// Why the cluster did not start (with the server's log), empty when it runs.
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    /// "postgresql://<user>@127.0.0.1:<port>/<database>" (the cluster's database by default).
    QString url(const QString& user = QStringLiteral("postgres"), const QString& database = {}) const;
    /// Creates another database; false (see error()) when it could not.
    bool createDatabase(const QString& name);
    /// Runs @p sql as the superuser in @p database (default: the cluster's), through psql; false (see
    /// error()) when it fails.
    bool execAsSuperuser(const QString& sql, const QString& database = {});

private:
    bool run(const QString& program, const QStringList& arguments, bool asServerUser, QString* output = nullptr);
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDirectory;
    QString m_database;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
};

} // namespace interntrack::test

/// In a test function: skips when PostgreSQL is not installed, fails instead under CI (INTERNTRACK_CI),
/// which installs it.
#define INTERNTRACK_REQUIRE_POSTGRESQL()                                                                               \
    do {                                                                                                               \
        if (!interntrack::test::PgCluster::available()) {                                                              \
            if (qEnvironmentVariableIsSet("INTERNTRACK_CI"))                                                           \
                QFAIL("PostgreSQL (initdb, pg_ctl, postgres) or Qt's QPSQL driver is not installed: "                  \
                      "run .ci/setup-deps");                                                                           \
            QSKIP("PostgreSQL (initdb, pg_ctl, postgres) or Qt's QPSQL driver is not installed");                      \
        }                                                                                                              \
    } while (false)

#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace interntrack::test {

namespace {

constexpr const char* kServerUser = "postgres";
constexpr int kTimeoutMs = 120000;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

/// A TCP port of 127.0.0.1 that nothing listens on now (the kernel's choice); 0 when none was found.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

QString PgCluster::binDirectory()
{
    const QString fromEnv = qEnvironmentVariable("INTERNTRACK_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString& v : versions) {
        const QString bin = lib.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool PgCluster::available()
{
    const QString bin = binDirectory();
    if (bin.isEmpty())
        return false;
    for (const char* program : {"initdb", "pg_ctl", "postgres", "psql"}) {
        if (!QFileInfo(bin + QLatin1Char('/') + QLatin1String(program)).isExecutable())
            return false;
    }
    if (runningAsRoot()
        && (!::getpwnam(kServerUser) || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty()))
        return false;
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

bool PgCluster::run(const QString& program, const QStringList& arguments, bool asServerUser, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = binDirectory() + QLatin1Char('/') + program;
    if (asServerUser && runningAsRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QLatin1String(kServerUser), QStringLiteral("--"), path} + arguments);
    else
        p.start(path, arguments);
    const bool finished = p.waitForFinished(kTimeoutMs);
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished)
            p.kill();
        m_error = QStringLiteral("%1 %2 failed (%3): %4")
                      .arg(program, arguments.join(QLatin1Char(' ')),
                           finished ? QStringLiteral("exit code %1").arg(p.exitCode()) : p.errorString(), out);
        return false;
    }
    return true;
}

PgCluster::PgCluster(const QString& database)
    : m_database(database)
{
    if (!available()) {
        m_error = QStringLiteral("PostgreSQL or Qt's QPSQL driver is not installed");
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/interntrack-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return;
    }
    if (runningAsRoot()) {
        // The server's user must own its folder (and reach it: /tmp is open to all).
        const passwd* user = ::getpwnam(kServerUser);
        if (!user || ::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give %1 to the user %2").arg(m_dir->path(), QLatin1String(kServerUser));
            return;
        }
    }
    m_dataDirectory = m_dir->filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync"),
              QStringLiteral("-D"), m_dataDirectory},
             true))
        return;
    // A port can be taken between our check and the server's start: try a few.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        if (m_port == 0) {
            m_error = QStringLiteral("no free TCP port on 127.0.0.1");
            return;
        }
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c full_page_writes=off -c synchronous_commit=off")
                                    .arg(m_dir->path())
                                    .arg(m_port);
        m_running = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                         QStringLiteral("-D"), m_dataDirectory, QStringLiteral("-l"),
                         m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options},
                        true);
        if (!m_running) {
            QFile log(m_dir->filePath(QStringLiteral("server.log")));
            if (log.open(QIODevice::ReadOnly))
                m_error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(log.readAll().right(4000));
        }
    }
    if (!m_running)
        return;
    if (!createDatabase(m_database))
        return;
    m_error.clear();
}

PgCluster::~PgCluster()
{
    stop();
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // "immediate": the data is thrown away with the folder, nothing needs to be written.
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("stop"), QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("immediate"),
         QStringLiteral("-D"), m_dataDirectory},
        true);
}

QString PgCluster::url(const QString& user, const QString& database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(user)
        .arg(m_port)
        .arg(database.isEmpty() ? m_database : database);
}

bool PgCluster::createDatabase(const QString& name)
{
    return execAsSuperuser(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), QStringLiteral("postgres"));
}

bool PgCluster::execAsSuperuser(const QString& sql, const QString& database)
{
    if (!m_running) {
        m_error = QStringLiteral("the cluster is not running");
        return false;
    }
    return run(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                database.isEmpty() ? m_database : database, QStringLiteral("-c"), sql},
               false);
}

} // namespace interntrack::test

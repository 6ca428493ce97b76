#include "Database.h"
#include "Migrations.h"
#include "StorageError.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace interntrack {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("interntrack-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// What the first 100 bytes of a file say, read without SQLite (which could change a file it opens).
struct FileHeader
{
    qint64 size = 0;
    bool sqlite = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    qint64 pageSize = 0;
    qint64 pageCount = 0; ///< 0 when the header's count is not valid
    bool walHasData = false;
};

quint32 bigEndian32(const QByteArray& b, int offset)
{
    return (quint32(quint8(b.at(offset))) << 24) | (quint32(quint8(b.at(offset + 1))) << 16)
           | (quint32(quint8(b.at(offset + 2))) << 8) | quint32(quint8(b.at(offset + 3)));
}

Result<FileHeader> readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<FileHeader>::failure(Database::tr("Cannot read %1: %2").arg(path, file.errorString()));
    FileHeader h;
    h.size = file.size();
    const QByteArray b = file.read(100);
    h.walHasData = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (b.size() < 100 || !b.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.sqlite = true;
    const quint32 rawPageSize = (quint32(quint8(b.at(16))) << 8) | quint32(quint8(b.at(17)));
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The page count in the header is valid only when "version-valid-for" matches the change counter.
    if (bigEndian32(b, 92) == bigEndian32(b, 24))
        h.pageCount = bigEndian32(b, 28);
    h.userVersion = bigEndian32(b, 60);
    h.applicationId = bigEndian32(b, 68);
    return h;
}

/// The checks a header alone allows: an SQLite file, ours, whole. With a write-ahead log holding
/// data, the main file's header may be stale, so those checks wait for SQLite's own answer.
Status checkHeader(const QString& path, const FileHeader& h)
{
    if (h.size == 0)
        return {};
    if (!h.sqlite)
        return Status::failure(
            Database::tr("%1 is not an InternTrack database (it is not an SQLite database file). Nothing was changed.")
                .arg(path));
    if (h.walHasData)
        return {};
    if (h.applicationId != quint32(Database::applicationId))
        return Status::failure(Database::tr("%1 is an SQLite database of another program, not an InternTrack database. "
                                            "Nothing was changed.")
                                   .arg(path));
    const bool badSize = h.pageSize < 512 || h.size % h.pageSize != 0;
    if (badSize || (h.pageCount > 0 && h.size < h.pageCount * h.pageSize))
        return Status::failure(Database::tr("%1 is truncated: it holds %2 bytes where its header announces %3. It was "
                                            "cut short, e.g. by an interrupted copy. Nothing was changed; restore it "
                                            "from a backup.")
                                   .arg(path)
                                   .arg(h.size)
                                   .arg(h.pageCount * h.pageSize));
    return {};
}

/// Runs a PRAGMA that returns one value.
Result<QVariant> pragmaValue(const QSqlDatabase& db, const QString& pragma, const QString& doing)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma))
        return Result<QVariant>::failure(StorageError::describe(q.lastError(), doing));
    QVariant v;
    if (q.next())
        v = q.value(0);
    return v;
}

Status quickCheck(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return StorageError::failure(q, Database::tr("%1 cannot be checked").arg(path));
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (q.lastError().isValid())
        return StorageError::failure(q, Database::tr("%1 cannot be checked").arg(path));
    if (problems != QStringList{QStringLiteral("ok")})
        return Status::failure(Database::tr("%1 is damaged (SQLite's check found: %2). Nothing was changed; restore it "
                                            "from a backup.")
                                   .arg(path, problems.join(QStringLiteral("; "))));
    return {};
}

/// Opens a separate read-only connection to look into a file; removes it when done.
class ReadOnlyPeek
{
public:
    explicit ReadOnlyPeek(const QString& path)
        : m_name(nextConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::busyTimeoutMs));
        m_open = db.open();
        m_error = db.lastError();
    }
    ~ReadOnlyPeek()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyPeek(const ReadOnlyPeek&) = delete;
    ReadOnlyPeek& operator=(const ReadOnlyPeek&) = delete;

    bool isOpen() const { return m_open; }
    QSqlError error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QSqlError m_error;
};

/// Reads the application id and schema version through SQLite, and checks the file is ours.
Status inspect(const QString& path, int* version, bool verify)
{
    const Result<FileHeader> header = readHeader(path);
    if (!header)
        return Status::failure(header.error());
    if (header->size == 0 && !header->walHasData)
        return Status::failure(Database::tr("%1 is empty: it is not an InternTrack database.").arg(path));
    if (Status s = checkHeader(path, header.value()); !s)
        return s;
    ReadOnlyPeek peek(path);
    if (!peek.isOpen())
        return StorageError::failure(peek.error(), Database::tr("Cannot open %1").arg(path));
    const QString doing = Database::tr("Cannot read %1").arg(path);
    const Result<QVariant> appId = pragmaValue(peek.db(), QStringLiteral("application_id"), doing);
    if (!appId)
        return Status::failure(appId.error());
    if (appId->toLongLong() != Database::applicationId)
        return Status::failure(Database::tr("%1 is an SQLite database of another program, not an InternTrack database. "
                                            "Nothing was changed.")
                                   .arg(path));
    const Result<QVariant> userVersion = pragmaValue(peek.db(), QStringLiteral("user_version"), doing);
    if (!userVersion)
        return Status::failure(userVersion.error());
    *version = userVersion->toInt();
    if (verify)
        return quickCheck(peek.db(), path);
    return {};
}

bool fsyncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// Creates @p path, which must not exist, empty and readable by its owner only.
Status createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Status::failure(Database::tr("Cannot create %1: %2").arg(path, systemError(errno)));
    ::close(fd);
    return {};
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_path.clear();
    m_notice.clear();
    m_dialect = Dialect::sqlite();
    m_readOnly = false;
    m_schemaVersion = 0;
    m_transactionDepth = 0;
    m_transactionBroken = false;
}

Status Database::openConnection(bool readOnly)
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    if (!db.isValid()) {
        m_connectionName.clear();
        return Status::failure(tr("The Qt SQLite driver (QSQLITE) is not available: install the Qt Sql SQLite plugin "
                                  "(Debian: libqt6sql6-sqlite)."));
    }
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return StorageError::failure(db.lastError(), tr("Cannot open %1").arg(m_path));
    m_readOnly = readOnly;
    // Connection settings first: options other than QSQLITE_* are ignored by Qt, so each is a PRAGMA.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)))
        return StorageError::failure(q, tr("Cannot open %1").arg(m_path));
    return {};
}

Status Database::configure()
{
    QSqlQuery q(connection());
    const QString doing = tr("Cannot configure %1").arg(m_path);
    if (!m_readOnly) {
        // WAL changes the file header, so it comes only after the file is known to be ours and whole.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return StorageError::failure(q, doing);
        const QString mode = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Status::failure(tr("%1: the file system does not support SQLite's write-ahead log (journal mode "
                                      "stays \"%2\"). Keep the database on a local disk.")
                                       .arg(m_path, mode));
    }
    for (const char* pragma : {"synchronous = FULL", "foreign_keys = ON"}) {
        if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)))
            return StorageError::failure(q, doing);
    }
    return {};
}

bool Database::isServerUrl(const QString& connection)
{
    return Dialect::forConnection(connection).isServer();
}

QString Database::displayName(const QString& connection)
{
    if (!isServerUrl(connection))
        return connection;
    return QUrl(connection.trimmed()).toString(QUrl::RemovePassword);
}

Status Database::open(const QString& path, const OpenOptions& options)
{
    close();
    m_programme = options.programme;
    if (isServerUrl(path))
        return openServer(path, options);
    bool created = false;
    Status status = [&]() -> Status {
        if (path.isEmpty())
            return Status::failure(tr("No database file was given."));
        m_path = QFileInfo(path).absoluteFilePath();
        if (!QFileInfo::exists(m_path)) {
            if (options.readOnly || !options.create)
                return Status::failure(tr("%1 does not exist.").arg(m_path));
            // Created empty with mode 0600 before SQLite sees it: students' records are for their owner only.
            // SQLite gives its -wal and -shm files the mode of the database file.
            const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0 && errno != EEXIST)
                return Status::failure(tr("Cannot create %1: %2").arg(m_path, systemError(errno)));
            if (fd >= 0) {
                ::close(fd);
                created = true;
            }
        }
        if (QFileInfo(m_path).isDir())
            return Status::failure(tr("%1 is a folder, not a database file.").arg(m_path));

        const Result<FileHeader> header = readHeader(m_path);
        if (!header)
            return Status::failure(header.error());
        const bool fileEmpty = header->size == 0 && !header->walHasData;
        if (fileEmpty && (options.readOnly || !options.create))
            return Status::failure(tr("%1 is empty: it is not an InternTrack database.").arg(m_path));
        if (Status s = checkHeader(m_path, header.value()); !s)
            return s;

        const QString directory =
            options.migrationsDirectory.isEmpty() ? m_dialect.migrationsDirectory() : options.migrationsDirectory;
        const Result<QList<Migrations::Script>> scripts = Migrations::load(directory);
        if (!scripts)
            return Status::failure(scripts.error());
        const int latest = int(scripts->size());
        const int target = options.migrateTo >= 0 ? std::min(options.migrateTo, latest) : latest;

        bool readOnly = options.readOnly;
        if (!readOnly && !QFileInfo(m_path).isWritable()) {
            readOnly = true;
            m_notice =
                tr("%1 is read-only for you: it is open for reading only, and nothing can be changed.").arg(m_path);
        }
        if (Status s = openConnection(readOnly); !s)
            return s;

        const QString doing = tr("Cannot open %1").arg(m_path);
        const Result<QVariant> appId = pragmaValue(connection(), QStringLiteral("application_id"), doing);
        if (!appId)
            return Status::failure(appId.error());
        const Result<QVariant> userVersion = pragmaValue(connection(), QStringLiteral("user_version"), doing);
        if (!userVersion)
            return Status::failure(userVersion.error());
        const Result<QVariant> objects =
            pragmaValue(connection(), QStringLiteral("schema_version"), doing); // 0 = nothing was ever created
        if (!objects)
            return Status::failure(objects.error());
        int version = userVersion->toInt();
        bool isNew = false;
        if (appId->toLongLong() != applicationId) {
            if (!(fileEmpty && appId->toLongLong() == 0 && version == 0 && objects->toLongLong() == 0))
                return Status::failure(tr("%1 is an SQLite database of another program, not an InternTrack database. "
                                          "Nothing was changed.")
                                           .arg(m_path));
            isNew = true;
        }

        if (version > latest) {
            if (!m_readOnly) {
                if (Status s = openConnection(true); !s)
                    return s;
            }
            m_notice = tr("%1 was written by a newer version of InternTrack (schema version %2; this version knows up "
                          "to %3). It is open read-only and will not be changed: update InternTrack to change it.")
                           .arg(m_path)
                           .arg(version)
                           .arg(latest);
        }
        if (options.verify && !isNew && (header->size <= fullCheckLimitBytes || version < target)) {
            if (Status s = quickCheck(connection(), m_path); !s)
                return s;
        }
        if (Status s = configure(); !s)
            return s;
        if (version < target) {
            if (m_readOnly)
                return Status::failure(
                    tr("%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be "
                       "read, which needs write access. Open it without read-only, or upgrade a copy.")
                        .arg(m_path)
                        .arg(version)
                        .arg(target));
            if (Status s = migrate(version, target, isNew, directory); !s)
                return s;
            const Result<QVariant> after = pragmaValue(connection(), QStringLiteral("user_version"), doing);
            if (!after)
                return Status::failure(after.error());
            version = after->toInt();
        }
        m_schemaVersion = version;
        return {};
    }();
    if (!status) {
        qCInfo(lcStorage) << "open failed:" << status.error();
        const QString file = m_path;
        close();
        // A file this call created holds nothing yet: do not leave it behind.
        if (created) {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(file + QLatin1String(suffix));
        }
    }
    return status;
}

Status Database::migrate(int from, int to, bool isNew, const QString& directory)
{
    const Result<QList<Migrations::Script>> scripts = Migrations::load(directory);
    if (!scripts)
        return Status::failure(scripts.error());
    QSqlQuery q(connection());
    // Table rebuilds (create new, copy, drop, rename) need foreign keys off; they are checked before each commit.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return StorageError::failure(q, tr("Cannot upgrade %1").arg(m_path));
    Status result;
    for (int v = from + 1; v <= to && result.ok(); ++v) {
        const Migrations::Script& script = scripts->at(v - 1);
        const QString doing = tr("Cannot upgrade %1 to schema version %2 (%3)").arg(m_path).arg(v).arg(script.name);
        result = [&]() -> Status {
            Transaction tx(*this);
            if (!tx.status())
                return Status::failure(doing + QStringLiteral(": ") + tx.status().error());
            // Another program may have upgraded the file while we waited for the write lock.
            const Result<QVariant> current = pragmaValue(connection(), QStringLiteral("user_version"), doing);
            if (!current)
                return Status::failure(current.error());
            if (current->toInt() >= v)
                return tx.commit();
            if (v == 1 && isNew) {
                if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
                    return StorageError::failure(q, doing);
            }
            for (const QString& statement : Migrations::splitStatements(script.sql)) {
                if (!q.exec(statement))
                    return StorageError::failure(q, doing);
            }
            // The version bump is part of the migration's transaction: both happen or neither.
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)))
                return StorageError::failure(q, doing);
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return StorageError::failure(q, doing);
            if (q.next())
                return Status::failure(
                    tr("%1: rows of table %2 refer to missing rows.").arg(doing, q.value(0).toString()));
            q.finish();
            qCInfo(lcStorage) << "migrated" << m_path << "to schema version" << v;
            return tx.commit();
        }();
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) && result.ok())
        return StorageError::failure(q, tr("Cannot upgrade %1").arg(m_path));
    return result;
}

Status Database::checkWritable() const
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    if (m_readOnly) {
        if (!m_notice.isEmpty())
            return Status::failure(tr("Nothing was saved: %1").arg(m_notice));
        return Status::failure(tr("Nothing was saved: %1 is open read-only.").arg(m_path));
    }
    return {};
}

Result<QString> Database::integrityCheck() const
{
    if (!isOpen())
        return Result<QString>::failure(tr("No database is open."));
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (isServer()) {
        // The server keeps its storage whole (and checks it with its own tools): ask only that it answers.
        if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
            return Result<QString>::failure(StorageError::describe(q.lastError(), tr("Cannot check %1").arg(m_path)));
        return QStringLiteral("ok");
    }
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Result<QString>::failure(StorageError::describe(q.lastError(), tr("Cannot check %1").arg(m_path)));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

Status Database::validateFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(abs))
        return Status::failure(tr("%1 does not exist.").arg(abs));
    int version = 0;
    if (Status s = inspect(abs, &version, true); !s)
        return s;
    if (version > latestSchemaVersion())
        return Status::failure(tr("%1 was written by a newer version of InternTrack (schema version %2; this version "
                                  "knows up to %3).")
                                   .arg(abs)
                                   .arg(version)
                                   .arg(latestSchemaVersion()));
    return {};
}

Status Database::backup(const QString& path) const
{
    if (!isOpen())
        return Status::failure(tr("No database is open."));
    if (isServer())
        return Status::failure(tr("%1 is a PostgreSQL database: its administrator backs it up with the server's "
                                  "tools (pg_dump), not InternTrack.")
                                   .arg(m_path));
    if (m_transactionDepth > 0)
        return Status::failure(tr("A backup cannot be made in the middle of a transaction."));
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (abs == m_path)
        return Status::failure(tr("A backup cannot replace the database itself."));
    if (QFileInfo::exists(abs))
        return Status::failure(tr("%1 already exists: choose another name (a backup never replaces a file).").arg(abs));
    // Written under a temporary name in the same folder, then linked into place: a backup that was cut
    // short is never found under the name the user chose.
    const QString partial =
        abs + QStringLiteral(".partial-") + QString::number(QRandomGenerator::global()->generate(), 16);
    if (Status s = createPrivateFile(partial); !s)
        return s;
    Status result = [&]() -> Status {
        QSqlQuery q(connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(partial);
        if (!q.exec())
            return StorageError::failure(q, tr("Could not back up %1 to %2").arg(m_path, abs));
        if (!fsyncPath(partial, O_RDONLY))
            return Status::failure(tr("Could not back up %1 to %2: %3").arg(m_path, abs, systemError(errno)));
        if (Status s = validateFile(partial); !s)
            return Status::failure(tr("The backup %1 failed its check: %2").arg(abs, s.error()));
        if (::link(QFile::encodeName(partial).constData(), QFile::encodeName(abs).constData()) != 0) {
            if (errno == EEXIST)
                return Status::failure(
                    tr("%1 already exists: choose another name (a backup never replaces a file).").arg(abs));
            // A file system without hard links: a rename is atomic too (but would replace a file made meanwhile).
            if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(abs).constData()) != 0)
                return Status::failure(tr("Could not back up %1 to %2: %3").arg(m_path, abs, systemError(errno)));
        }
        fsyncPath(QFileInfo(abs).absolutePath(), O_RDONLY | O_DIRECTORY);
        return {};
    }();
    QFile::remove(partial);
    return result;
}

Status Database::restore(const QString& backupPath, const QString& actor)
{
    if (Status s = checkWritable(); !s)
        return s;
    if (isServer())
        return Status::failure(tr("%1 is a PostgreSQL database: its administrator restores it with the server's "
                                  "tools (pg_restore), not InternTrack.")
                                   .arg(m_path));
    if (m_transactionDepth > 0)
        return Status::failure(tr("A backup cannot be restored in the middle of a transaction."));
    const QString abs = QFileInfo(backupPath).absoluteFilePath();
    if (abs == m_path)
        return Status::failure(tr("A database cannot be restored from itself."));
    if (!QFileInfo::exists(abs))
        return Status::failure(tr("%1 does not exist.").arg(abs));
    const QString doing = tr("Could not restore %1 from %2").arg(m_path, abs);
    int version = 0;
    if (Status s = inspect(abs, &version, true); !s)
        return Status::failure(tr("%1 cannot be restored: %2").arg(abs, s.error()));
    if (version > m_schemaVersion)
        return Status::failure(tr("%1 cannot be restored: it was written by a newer version of InternTrack (schema "
                                  "version %2; this version knows up to %3).")
                                   .arg(abs)
                                   .arg(version)
                                   .arg(m_schemaVersion));
    QString source = abs;
    QTemporaryDir upgradeDir;
    if (version < m_schemaVersion) {
        // An older backup is upgraded on a copy; the backup itself is never changed.
        if (!upgradeDir.isValid())
            return Status::failure(doing + QStringLiteral(": ") + upgradeDir.errorString());
        const QString copy = upgradeDir.filePath(QStringLiteral("upgrade.interntrack"));
        {
            ReadOnlyPeek peek(abs);
            QSqlQuery q(peek.db());
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(copy);
            if (!peek.isOpen() || !q.exec())
                return StorageError::failure(q, doing);
        }
        Database upgraded;
        OpenOptions options;
        options.create = false;
        if (Status s = upgraded.open(copy, options); !s)
            return Status::failure(doing + QStringLiteral(": ") + s.error());
        upgraded.close();
        source = copy;
    }

    QSqlQuery q(connection());
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS restore_source"));
    q.addBindValue(source);
    if (!q.exec())
        return StorageError::failure(q, doing);
    Status result = [&]() -> Status {
        Transaction tx(*this);
        if (!tx.status())
            return Status::failure(doing + QStringLiteral(": ") + tx.status().error());
        // Rows are replaced table by table; foreign keys are checked once, at commit.
        if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return StorageError::failure(q, doing);
        QStringList tables;
        if (!q.exec(QStringLiteral(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                "ESCAPE '\\' ORDER BY name")))
            return StorageError::failure(q, doing);
        while (q.next())
            tables.append(q.value(0).toString());
        // The audit log stays: it is the history of this file, the restore included. sqlite_sequence
        // stays too, so that ids are never reused (inserting the restored rows raises it as needed).
        tables.removeAll(QStringLiteral("audit_log"));
        const auto quote = [](const QString& identifier) -> QString {
            // Identifiers come from the schema, never from the user; quoted all the same.
            return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                   + QLatin1Char('"');
        };
        QStringList inserts;
        for (const QString& table : tables) {
            QStringList mainColumns;
            QStringList sourceColumns;
            for (auto [schema, columns] : {std::pair{QStringLiteral("main"), &mainColumns},
                                           std::pair{QStringLiteral("restore_source"), &sourceColumns}}) {
                if (!q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, quote(table))))
                    return StorageError::failure(q, doing);
                while (q.next())
                    columns->append(q.value(1).toString());
            }
            if (mainColumns != sourceColumns)
                return Status::failure(
                    tr("%1: the backup's table %2 does not have the columns of this database.").arg(doing, table));
            QStringList quotedColumns;
            for (const QString& c : mainColumns)
                quotedColumns.append(quote(c));
            inserts.append(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM restore_source.%1")
                               .arg(quote(table), quotedColumns.join(QStringLiteral(", "))));
        }
        // Every table is emptied before any is filled: deleting parent rows cascades to child tables.
        for (const QString& table : tables) {
            if (!q.exec(QStringLiteral("DELETE FROM main.") + quote(table)))
                return StorageError::failure(q, doing);
        }
        for (const QString& insert : inserts) {
            if (!q.exec(insert))
                return StorageError::failure(q, doing);
        }
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_id, action, old_json, new_json) "
                                 "VALUES (?, ?, '*', NULL, 'restore', NULL, ?)"));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(actor.isNull() ? QStringLiteral("") : actor);
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("backup"), abs}, {QStringLiteral("schema_version"), version}})
                .toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return StorageError::failure(q, doing);
        return tx.commit();
    }();
    if (!q.exec(QStringLiteral("DETACH DATABASE restore_source")))
        qCWarning(lcStorage) << "DETACH:" << q.lastError().text();
    if (result)
        qCInfo(lcStorage) << "restored" << m_path << "from" << abs;
    return result;
}

// PostgreSQL ---------------------------------------------------------------------------------------------------

namespace {

/// The schema version of a PostgreSQL database: its one row, created by the first migration.
constexpr const char* kCreateSchemaVersion = "CREATE TABLE schema_version ("
                                             " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                             " application_id INTEGER NOT NULL,"
                                             " version INTEGER NOT NULL CHECK (version >= 0))";

/// Reads (application id, version) of the schema_version table; (0, 0) when there is no such table yet,
/// (-1, …) when the schema holds tables but no schema_version (another program's database).
Result<std::pair<qint64, int>> serverVersion(const QSqlDatabase& db, const QString& doing)
{
    using R = Result<std::pair<qint64, int>>;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
        return R::failure(StorageError::describe(q.lastError(), doing));
    const bool exists = q.value(0).toBool();
    q.finish();
    if (!exists) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"))
            || !q.next())
            return R::failure(StorageError::describe(q.lastError(), doing));
        return std::pair<qint64, int>{q.value(0).toLongLong() > 0 ? -1 : 0, 0};
    }
    if (!q.exec(QStringLiteral("SELECT application_id, version FROM schema_version WHERE id = 1")))
        return R::failure(StorageError::describe(q.lastError(), doing));
    if (!q.next())
        return std::pair<qint64, int>{-1, 0};
    return std::pair<qint64, int>{q.value(0).toLongLong(), q.value(1).toInt()};
}

} // namespace

Status Database::openServer(const QString& url, const OpenOptions& options)
{
    m_dialect = Dialect::postgresql();
    const Status status = [&]() -> Status {
        const QUrl u(url.trimmed(), QUrl::StrictMode);
        m_path = displayName(url);
        const QString database = u.path().mid(1);
        if (!u.isValid() || database.isEmpty() || database.contains(QLatin1Char('/')))
            return Status::failure(tr("%1 is not a PostgreSQL database address: write "
                                      "postgresql://login@host:port/database.")
                                       .arg(m_path));
        m_connectionName = nextConnectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
        if (!db.isValid())
            return Status::failure(tr("The Qt PostgreSQL driver (QPSQL) is not available: install the Qt Sql "
                                      "PostgreSQL plugin (Debian: libqt6sql6-psql)."));
        if (!u.host().isEmpty())
            db.setHostName(u.host());
        if (u.port() > 0)
            db.setPort(u.port());
        db.setDatabaseName(database);
        // An empty login or password is left to libpq: the system login, PGPASSWORD, ~/.pgpass.
        if (!u.userName().isEmpty())
            db.setUserName(u.userName());
        if (!options.password.isEmpty())
            db.setPassword(options.password);
        else if (!u.password().isEmpty())
            db.setPassword(u.password());
        // libpq options given in the URL (e.g. ?sslmode=require); QPSQL separates them with ';'.
        QStringList connectOptions{QStringLiteral("connect_timeout=10"),
                                   QStringLiteral("application_name=InternTrack")};
        for (const auto& [key, value] : QUrlQuery(u).queryItems(QUrl::FullyDecoded)) {
            if (key.contains(QRegularExpression(QStringLiteral("[^a-z_]"))) || value.contains(QLatin1Char(';'))
                || value.contains(QLatin1Char(' ')))
                return Status::failure(tr("%1: the connection option \"%2\" cannot be used.").arg(m_path, key));
            connectOptions.append(key + QLatin1Char('=') + value);
        }
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        const QString doing = tr("Cannot connect to %1").arg(m_path);
        const bool connected = db.open();
        db.setPassword(QString()); // libpq has used it: the connection keeps no copy
        if (!connected)
            return StorageError::failure(db.lastError(), doing);
        QSqlQuery q(db);
        // Notices ("table … does not exist, skipping") are not for the user.
        if (!q.exec(QStringLiteral("SET client_min_messages = warning")))
            return StorageError::failure(q, doing);
        const QString directory =
            options.migrationsDirectory.isEmpty() ? m_dialect.migrationsDirectory() : options.migrationsDirectory;
        const Result<QList<Migrations::Script>> scripts = Migrations::load(directory);
        if (!scripts)
            return Status::failure(scripts.error());
        const int latest = int(scripts->size());
        const int target = options.migrateTo >= 0 ? std::min(options.migrateTo, latest) : latest;

        // A login the administrator has not added (ServerSetup::addUser()) may connect but read nothing: say so,
        // rather than "permission denied for table schema_version".
        if (!q.exec(QStringLiteral("SELECT current_user, to_regclass('schema_version') IS NULL OR "
                                   "has_table_privilege(to_regclass('schema_version'), 'SELECT')"))
            || !q.next())
            return StorageError::failure(q, doing);
        if (!q.value(1).toBool())
            return Status::failure(tr("Your login %1 is not an InternTrack user of %2: ask your administrator to run "
                                      "interntrack-cli db add-user.")
                                       .arg(q.value(0).toString(), m_path));
        q.finish();
        const Result<std::pair<qint64, int>> found = serverVersion(db, doing);
        if (!found)
            return Status::failure(found.error());
        const auto [appId, foundVersion] = found.value();
        int version = foundVersion;
        if (appId != 0 && appId != applicationId)
            return Status::failure(tr("%1 holds the tables of another program, not an InternTrack database. Nothing "
                                      "was changed.")
                                       .arg(m_path));
        if (appId == 0 && (options.readOnly || !options.create))
            return Status::failure(
                tr("%1 holds no InternTrack database yet (create it with interntrack-cli db init).").arg(m_path));
        bool readOnly = options.readOnly;
        if (version > latest) {
            readOnly = true;
            m_notice = tr("%1 was written by a newer version of InternTrack (schema version %2; this version knows up "
                          "to %3). It is open read-only and will not be changed: update InternTrack to change it.")
                           .arg(m_path)
                           .arg(version)
                           .arg(latest);
        }
        if (version < target) {
            if (readOnly)
                return Status::failure(
                    tr("%1 uses an older schema (version %2) and must be upgraded to version %3 before it can be "
                       "read, which needs write access. Open it without read-only.")
                        .arg(m_path)
                        .arg(version)
                        .arg(target));
            if (Status s = migrateServer(version, target, directory); !s)
                return s;
            const Result<std::pair<qint64, int>> after = serverVersion(db, doing);
            if (!after)
                return Status::failure(after.error());
            version = after->second;
        }
        if (readOnly) {
            // The server refuses any write of this session, whatever the program does.
            if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
                return StorageError::failure(q, doing);
        }
        m_readOnly = readOnly;
        m_schemaVersion = version;
        return {};
    }();
    if (!status) {
        qCInfo(lcStorage) << "open failed:" << status.error();
        close();
    }
    return status;
}

Status Database::migrateServer(int from, int to, const QString& directory)
{
    const Result<QList<Migrations::Script>> scripts = Migrations::load(directory);
    if (!scripts)
        return Status::failure(scripts.error());
    QSqlQuery q(connection());
    Status result;
    for (int v = from + 1; v <= to && result.ok(); ++v) {
        const Migrations::Script& script = scripts->at(v - 1);
        const QString doing = tr("Cannot upgrade %1 to schema version %2 (%3)").arg(m_path).arg(v).arg(script.name);
        // READ COMMITTED (not the write transactions' SERIALIZABLE): after waiting for the lock, each
        // statement sees what another program's migration committed meanwhile.
        if (!q.exec(QStringLiteral("BEGIN")))
            return StorageError::failure(q, doing);
        result = [&]() -> Status {
            // Two programs upgrading at once: the second waits here, then finds the work done.
            q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
            q.addBindValue(qint64(applicationId));
            if (!q.exec())
                return StorageError::failure(q, doing);
            q.finish();
            const Result<std::pair<qint64, int>> current = serverVersion(connection(), doing);
            if (!current)
                return Status::failure(current.error());
            if (current->first == -1)
                return Status::failure(tr("%1 holds the tables of another program, not an InternTrack database. "
                                          "Nothing was changed.")
                                           .arg(m_path));
            if (current->first == 0) {
                if (!q.exec(QLatin1String(kCreateSchemaVersion)))
                    return StorageError::failure(q, doing);
                q.prepare(QStringLiteral("INSERT INTO schema_version (id, application_id, version) VALUES (1, ?, 0)"));
                q.addBindValue(applicationId);
                if (!q.exec())
                    return StorageError::failure(q, doing);
            } else if (current->second >= v) {
                return {};
            }
            for (const QString& statement : Migrations::splitStatements(script.sql)) {
                if (!q.exec(statement))
                    return StorageError::failure(q, doing);
            }
            // The version bump is part of the migration's transaction: both happen or neither.
            q.prepare(QStringLiteral("UPDATE schema_version SET version = ? WHERE id = 1"));
            q.addBindValue(v);
            if (!q.exec())
                return StorageError::failure(q, doing);
            return {};
        }();
        if (!result) {
            if (!q.exec(QStringLiteral("ROLLBACK")))
                qCDebug(lcStorage) << "ROLLBACK:" << q.lastError().text();
            break;
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return StorageError::failure(q, doing);
        qCInfo(lcStorage) << "migrated" << m_path << "to schema version" << v;
    }
    return result;
}

} // namespace interntrack

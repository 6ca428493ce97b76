#include "StorageError.h"

#include <QSqlQuery>

namespace interntrack {

namespace {

/// PostgreSQL's SQLSTATE codes (https://www.postgresql.org/docs/15/errcodes-appendix.html).
StorageError::Cause sqlStateCause(const QString& state)
{
    using Cause = StorageError::Cause;
    if (state == QLatin1String("23505"))
        return Cause::Duplicate;
    if (state == QLatin1String("23503"))
        return Cause::Reference;
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22")))
        return Cause::Check;
    if (state == QLatin1String("25006"))
        return Cause::ReadOnly;
    if (state == QLatin1String("42501"))
        return Cause::Denied;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Cause::Busy;
    if (state == QLatin1String("53100"))
        return Cause::Full;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return Cause::Corrupt;
    if (state == QLatin1String("58030"))
        return Cause::Io;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("28"))
        || state == QLatin1String("3D000"))
        return Cause::CannotOpen;
    return Cause::Other;
}

} // namespace

StorageError::Cause StorageError::cause(const QSqlError& error)
{
    // QPSQL reports the five characters of the SQLSTATE (SQLite's codes have at most four digits).
    const QString native = error.nativeErrorCode();
    if (native.size() == 5)
        return sqlStateCause(native);
    // QSQLITE reports SQLite's extended result code; the low byte is the primary code.
    bool ok = false;
    const int code = native.toInt(&ok);
    if (!ok)
        return Cause::Other;
    switch (code & 0xFF) {
    case 13: // SQLITE_FULL
        return Cause::Full;
    case 8: // SQLITE_READONLY
        return Cause::ReadOnly;
    case 11: // SQLITE_CORRUPT
        return Cause::Corrupt;
    case 26: // SQLITE_NOTADB
        return Cause::NotADatabase;
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Cause::Busy;
    case 10: // SQLITE_IOERR
        return Cause::Io;
    case 14: // SQLITE_CANTOPEN
        return Cause::CannotOpen;
    case 19: // SQLITE_CONSTRAINT
        switch (code) {
        case 2067: // SQLITE_CONSTRAINT_UNIQUE
        case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
            return Cause::Duplicate;
        case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
            return Cause::Reference;
        default:
            return Cause::Check;
        }
    default:
        return Cause::Other;
    }
}

QString StorageError::explain(Cause c)
{
    switch (c) {
    case Cause::Full:
        return tr("the disk is full (or the database reached its size limit); nothing was saved. Free some space "
                  "and try again");
    case Cause::ReadOnly:
        return tr("the database is read-only; nothing was saved");
    case Cause::Corrupt:
        return tr("the database file is damaged; restore it from a backup");
    case Cause::NotADatabase:
        return tr("the file is not an InternTrack database");
    case Cause::Busy:
        return tr("another program kept the database busy for too long; nothing was saved. Try again");
    case Cause::Io:
        return tr("the disk reported an input/output error; nothing was saved");
    case Cause::CannotOpen:
        return tr("the file cannot be opened (check that it exists and that you may read it)");
    case Cause::Duplicate:
        return tr("an item with the same identifier already exists");
    case Cause::Reference:
        return tr("it refers to an item that does not exist, or other items still refer to it");
    case Cause::Check:
        return tr("a value breaks a rule of the database");
    case Cause::Denied:
        return tr("your login does not have the right to make this change; nothing was saved");
    case Cause::Other:
        break;
    }
    return tr("the database reported an error");
}

QString StorageError::describe(const QSqlError& error, const QString& doing)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    QString message = tr("%1: %2").arg(doing, explain(cause(error)));
    if (!detail.isEmpty())
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    return message + QLatin1Char('.');
}

Status StorageError::failure(const QSqlQuery& query, const QString& doing)
{
    return Status::failure(describe(query.lastError(), doing));
}

bool StorageError::isConcurrentChange(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40001") || code == QLatin1String("40P01");
}

Status StorageError::failure(const QSqlError& error, const QString& doing)
{
    return Status::failure(describe(error, doing));
}

} // namespace interntrack

#include "StorageError.h"

#include <QSqlQuery>

namespace interntrack {

StorageError::Cause StorageError::cause(const QSqlError& error)
{
    // QSQLITE reports SQLite's extended result code; the low byte is the primary code.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
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

Status StorageError::failure(const QSqlError& error, const QString& doing)
{
    return Status::failure(describe(error, doing));
}

} // namespace interntrack

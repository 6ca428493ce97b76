#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace interntrack {

/// Turns what the SQL driver reports into a message a user can act on, translated.
class StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    /// Denied: the server refused the login the right to do it (PostgreSQL).
    enum class Cause {
        Full,
        ReadOnly,
        Corrupt,
        NotADatabase,
        Busy,
        Io,
        CannotOpen,
        Duplicate,
        Reference,
        Check,
        Denied,
        Other
    };

    static Cause cause(const QSqlError& error);
    /// "<doing>: <what happened and what to do> (<driver's words>)".
    static QString describe(const QSqlError& error, const QString& doing);
    static Status failure(const QSqlQuery& query, const QString& doing);
    static Status failure(const QSqlError& error, const QString& doing);
    /// Whether PostgreSQL undid a transaction because another one changed the same data at the same moment
    /// (SQLSTATE 40001 serialization failure, 40P01 deadlock): the data changed, trying again may succeed.
    static bool isConcurrentChange(const QSqlError& error);
    /// The message for a cause alone, without the driver's words.
    static QString explain(Cause cause);
};

} // namespace interntrack

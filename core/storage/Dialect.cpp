#include "Dialect.h"

namespace interntrack {

QString Dialect::driverName() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString Dialect::beginWrite() const
{
    // PostgreSQL takes row locks as it writes; SERIALIZABLE keeps read-modify-write steps safe there.
    return m_kind == Kind::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                  : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
}

QString Dialect::beginRead() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("BEGIN")
                                  : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString Dialect::migrationsDirectory() const
{
    return m_kind == Kind::SQLite ? QStringLiteral(":/interntrack/migrations")
                                  : QStringLiteral(":/interntrack/migrations/pg");
}

Dialect Dialect::forConnection(const QString& connection)
{
    const QString c = connection.trimmed();
    if (c.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || c.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return postgresql();
    return sqlite();
}

} // namespace interntrack

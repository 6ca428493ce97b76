#pragma once

#include <QString>

namespace interntrack {

/**
 * What differs between the SQL databases InternTrack speaks. The schema and queries are written in
 * SQL both read; what they do not share is asked of the dialect. SQLite now, PostgreSQL later.
 */
class Dialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    static Dialect sqlite() { return Dialect(Kind::SQLite); }
    static Dialect postgresql() { return Dialect(Kind::PostgreSQL); }

    Kind kind() const { return m_kind; }
    /// The Qt Sql driver: "QSQLITE" or "QPSQL".
    QString driverName() const;
    /// Starts a write transaction that takes the write lock at once, so that two writers queue
    /// instead of failing (SQLite's deferred BEGIN fails the second writer with "database is locked").
    QString beginWrite() const;
    /// Starts a read transaction (one consistent snapshot for several SELECTs).
    QString beginRead() const;
    /// The resource folder of this dialect's numbered migration scripts.
    QString migrationsDirectory() const;

private:
    explicit Dialect(Kind kind)
        : m_kind(kind)
    {
    }

    Kind m_kind;
};

} // namespace interntrack

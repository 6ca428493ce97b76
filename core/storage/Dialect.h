#pragma once

#include <QString>

namespace interntrack {

/**
 * What differs between the SQL databases InternTrack speaks. The schema and queries are written in
 * SQL both read; what they do not share is asked of the dialect (SQLite, or PostgreSQL through QPSQL).
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
    /// What ends a SELECT of one row that the transaction is about to change, so that a concurrent writer waits
    /// for it: " FOR UPDATE" on PostgreSQL; nothing on SQLite, whose write transaction already holds the file.
    QString lockRow() const { return m_kind == Kind::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString(); }
    /// The resource folder of this dialect's numbered migration scripts.
    QString migrationsDirectory() const;
    /// Whether this is a database server (PostgreSQL) rather than a file (SQLite).
    bool isServer() const { return m_kind == Kind::PostgreSQL; }
    /// Whether forward-only queries may stay open while another statement runs on the same connection.
    /// QPSQL streams a forward-only result and discards it when another statement is sent; SQLite steps
    /// statements independently.
    bool interleavedForwardOnly() const { return m_kind == Kind::SQLite; }
    /// The dialect of a connection string: PostgreSQL for "postgresql://…" or "postgres://…", else SQLite (a file).
    static Dialect forConnection(const QString& connection);

private:
    explicit Dialect(Kind kind)
        : m_kind(kind)
    {
    }

    Kind m_kind;
};

} // namespace interntrack

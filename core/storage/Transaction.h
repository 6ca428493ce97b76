#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace interntrack {

class Database;

/**
 * RAII transaction guard: begins on construction, rolls back on destruction unless commit()
 * succeeded. A write transaction starts with BEGIN IMMEDIATE (executed as SQL: Qt's
 * QSqlDatabase::transaction() issues a deferred BEGIN, and two deferred writers fail with
 * "database is locked" instead of queueing); on PostgreSQL it is SERIALIZABLE (Dialect::beginWrite()).
 * Guards nest: an inner guard is a SAVEPOINT.
 */
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    enum class Mode { Write, Read };

    explicit Transaction(Database& db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether the transaction began; when not, why.
    const Status& status() const { return m_status; }
    bool isActive() const { return m_active; }
    bool isOutermost() const { return m_depth == 1; }

    Status commit();
    void rollback();

private:
    Database& m_db;
    Status m_status;
    int m_depth = 0;
    bool m_active = false;
};

} // namespace interntrack

#include "Transaction.h"
#include "Database.h"
#include "StorageError.h"
#include "StorageLog.h"

#include <QSqlQuery>

namespace interntrack {

namespace {
QString savepointName(int depth)
{
    return QStringLiteral("interntrack_%1").arg(depth);
}
} // namespace

Transaction::Transaction(Database& db, Mode mode)
    : m_db(db)
{
    if (!db.isOpen()) {
        m_status = Status::failure(tr("The database is not open."));
        return;
    }
    if (mode == Mode::Write) {
        m_status = db.checkWritable();
        if (!m_status)
            return;
    }
    const int depth = db.m_transactionDepth + 1;
    QString sql;
    if (depth == 1)
        sql = mode == Mode::Write ? db.dialect().beginWrite() : db.dialect().beginRead();
    else
        sql = QStringLiteral("SAVEPOINT ") + savepointName(depth);
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        m_status = StorageError::failure(q, tr("Could not start a transaction"));
        return;
    }
    if (depth == 1)
        db.m_transactionBroken = false;
    db.m_transactionDepth = depth;
    m_depth = depth;
    m_active = true;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(tr("The transaction is no longer active: nothing was saved."));
    if (m_depth != m_db.m_transactionDepth) {
        rollback();
        return Status::failure(tr("Transactions were closed out of order: nothing was saved."));
    }
    QSqlQuery q(m_db.connection());
    if (m_depth == 1) {
        if (m_db.m_transactionBroken) {
            rollback();
            return Status::failure(tr("An earlier step failed and undid the transaction: nothing was saved."));
        }
        // PostgreSQL answers COMMIT of a transaction that an error aborted with a silent ROLLBACK: ask first.
        if (m_db.dialect().isServer() && !q.exec(QStringLiteral("SELECT 1"))) {
            const Status failure =
                Status::failure(tr("An earlier step failed and undid the transaction: nothing was saved (%1).")
                                    .arg(q.lastError().databaseText().trimmed()));
            rollback();
            return failure;
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const Status failure =
                StorageError::isConcurrentChange(q.lastError())
                    ? Status::conflict(tr("Someone else changed the same data at the same moment: nothing was saved. "
                                          "Look at their changes, then try again."))
                    : StorageError::failure(q, tr("Could not save the changes"));
            rollback();
            return failure;
        }
    } else if (!q.exec(QStringLiteral("RELEASE ") + savepointName(m_depth))) {
        const Status failure = StorageError::failure(q, tr("Could not save the changes"));
        m_db.m_transactionBroken = true;
        rollback();
        return failure;
    }
    m_active = false;
    m_db.m_transactionDepth = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_db.m_transactionDepth = m_depth - 1;
    if (!m_db.isOpen())
        return;
    QSqlQuery q(m_db.connection());
    if (m_depth == 1) {
        // SQLite may already have rolled back by itself (full disk, I/O error): then this fails harmlessly.
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCDebug(lcStorage) << "ROLLBACK:" << q.lastError().text();
        return;
    }
    if (!q.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth))) {
        // The savepoint is gone: the whole transaction was undone under us.
        m_db.m_transactionBroken = true;
        qCDebug(lcStorage) << "ROLLBACK TO:" << q.lastError().text();
        return;
    }
    if (!q.exec(QStringLiteral("RELEASE ") + savepointName(m_depth)))
        m_db.m_transactionBroken = true;
}

} // namespace interntrack

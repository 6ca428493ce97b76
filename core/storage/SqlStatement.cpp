#include "SqlStatement.h"
#include "SqlValues.h"
#include "StorageLog.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace interntrack {

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

std::atomic<bool> g_nativeAllowed{true};

} // namespace

void SqlStatement::setNativeAllowed(bool allowed)
{
    g_nativeAllowed.store(allowed);
}

bool SqlStatement::nativeAvailable(const QSqlDatabase& db)
{
    if (!g_nativeAllowed.load())
        return false;
    // 0 = not yet known, 1 = yes, 2 = no. The plugin is loaded once per process, so one check does.
    static std::atomic<int> state{0};
    const int known = state.load();
    if (known != 0)
        return known == 1 && handleOf(db) != nullptr;
    if (!handleOf(db))
        return false;
    // Calling our SQLite on a handle of another copy of SQLite (one built into the plugin) would be
    // undefined: use the handle only if the plugin's SQLite is, to the source, the one we link.
    QSqlQuery q(db);
    const bool same = q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
        && q.value(0).toString() == QLatin1String(sqlite3_sourceid());
    state.store(same ? 1 : 2);
    if (!same)
        qCInfo(lcStorage) << "the Qt SQLite plugin uses another SQLite library: going through QSqlQuery";
    return same;
}

SqlStatement::SqlStatement(const QSqlDatabase& db)
{
    if (nativeAvailable(db))
        m_handle = handleOf(db);
    else
        m_query = std::make_unique<QSqlQuery>(db);
}

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void SqlStatement::setNativeError(int code)
{
    // The same shape as QSQLITE's errors, so that StorageError explains both alike.
    m_error = QSqlError(QStringLiteral("Unable to fetch row"), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                        QSqlError::StatementError, QString::number(code));
}

bool SqlStatement::prepare(const QString& sql)
{
    m_error = QSqlError();
    m_nextBind = 0;
    m_ran = false;
    m_pendingRow = false;
    if (!m_handle) {
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql)) {
            m_error = m_query->lastError();
            return false;
        }
        return true;
    }
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        setNativeError(sqlite3_extended_errcode(m_handle));
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void SqlStatement::rewind()
{
    if (m_ran) {
        if (m_stmt)
            sqlite3_reset(m_stmt);
        m_ran = false;
        m_pendingRow = false;
        m_done = false;
        m_nextBind = 0;
    }
}

void SqlStatement::addBindValue(const QVariant& value)
{
    rewind();
    bindValue(m_nextBind, value);
}

void SqlStatement::bindValue(int index, const QVariant& value)
{
    rewind();
    m_nextBind = index + 1;
    if (!m_handle) {
        m_query->bindValue(index, value);
        return;
    }
    if (!m_stmt)
        return;
    const int i = index + 1;
    const QMetaType type = value.metaType();
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_stmt, i);
    } else if (type == QMetaType::fromType<QString>()) {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    } else if (type == QMetaType::fromType<QByteArray>()) {
        const QByteArray blob = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, i, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
    } else if (type == QMetaType::fromType<double>() || type == QMetaType::fromType<float>()) {
        sqlite3_bind_double(m_stmt, i, value.toDouble());
    } else {
        sqlite3_bind_int64(m_stmt, i, value.toLongLong());
    }
}

bool SqlStatement::exec()
{
    if (m_handle && !m_stmt) {
        if (!m_error.isValid()) // keep the reason prepare() failed
            m_error = QSqlError(QStringLiteral("No statement was prepared"), {}, QSqlError::StatementError);
        return false;
    }
    m_error = QSqlError();
    if (!m_handle) {
        if (!m_query->exec()) {
            m_error = m_query->lastError();
            return false;
        }
        return true;
    }
    if (m_ran)
        sqlite3_reset(m_stmt); // run again with the same values
    m_ran = true;
    m_done = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
        return true;
    }
    m_pendingRow = false;
    m_done = true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt); // a finished statement holds no lock
        return true;
    }
    setNativeError(sqlite3_extended_errcode(m_handle));
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlStatement::next()
{
    if (!m_handle) {
        if (m_query->next())
            return true;
        if (m_query->lastError().isValid())
            m_error = m_query->lastError();
        return false;
    }
    if (!m_stmt || !m_ran || m_done)
        return false;
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        setNativeError(sqlite3_extended_errcode(m_handle));
    sqlite3_reset(m_stmt);
    m_done = true;
    return false;
}

void SqlStatement::finish()
{
    if (!m_handle) {
        m_query->finish();
        return;
    }
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_pendingRow = false;
    m_done = true;
}

bool SqlStatement::isNull(int column) const
{
    if (!m_handle)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqlStatement::integer(int column) const
{
    if (!m_handle)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

double SqlStatement::real(int column) const
{
    if (!m_handle)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_stmt, column);
}

QString SqlStatement::text(int column) const
{
    if (!m_handle)
        return m_query->value(column).toString();
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!bytes)
        return {};
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqlStatement::bytes(int column) const
{
    if (!m_handle)
        return m_query->value(column).toString().toUtf8();
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QByteArray::fromRawData(p, qsizetype(std::strlen(p))) : QByteArray();
}

bool SqlStatement::date(int column, QDate* out) const
{
    if (!m_handle)
        return SqlValues::toDate(m_query->value(column), out);
    // One call per date: a NULL comes back as a null pointer, and the text ends with its NUL.
    const auto* s = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!s) {
        *out = QDate();
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }
    if (std::strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int digits[8];
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        const char c = s[positions[i]];
        if (c < '0' || c > '9')
            return false;
        digits[i] = c - '0';
    }
    const QDate d(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
                  digits[6] * 10 + digits[7]);
    if (!d.isValid())
        return false;
    *out = d;
    return true;
}

QVariant SqlStatement::value(int column) const
{
    if (!m_handle)
        return m_query->value(column);
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant(text(column));
    }
}

QString SqlStatement::columnName(int column) const
{
    if (!m_handle)
        return m_query->record().fieldName(column);
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

} // namespace interntrack

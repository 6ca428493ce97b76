#include "SqlStatement.h"
#include "SqlValues.h"
#include "StorageLog.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>
#include <atomic>
#include <cstring>
#include <optional>
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

/**
 * The Julian day of a date of the proleptic Gregorian calendar (QDate's) from 0001-01-01 on, or nothing when
 * there is no such day: what QDate(y, m, d).toJulianDay() gives, without its general machinery (a year holds
 * hundreds of thousands of dates to read).
 */
std::optional<qint64> julianDay(int y, int m, int d)
{
    if (y < 1 || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    static constexpr int monthDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > monthDays[m - 1] + (m == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Days from 1970-01-01 (H. Hinnant's days_from_civil), then Julian day 2440588 is that date.
    const qint64 yy = m <= 2 ? y - 1 : y;
    const qint64 era = yy / 400; // yy >= 0
    const qint64 yoe = yy - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + 2440588;
}

/// julianDay() by table for the years a programme's dates fall in: the Julian day of each month's first day.
std::optional<qint64> julianDayFast(int y, int m, int d)
{
    constexpr int first = 1900;
    constexpr int years = 400;
    constexpr size_t months = size_t(years) * 12;
    static const std::array<qint64, months + 1> monthStart = [] {
        std::array<qint64, months + 1> out{};
        for (size_t i = 0; i <= months; ++i)
            out[i] = *julianDay(first + int(i / 12), int(i % 12) + 1, 1);
        return out;
    }();
    if (y < first || y >= first + years || m < 1 || m > 12)
        return julianDay(y, m, d);
    const size_t i = size_t(y - first) * 12 + size_t(m - 1);
    const qint64 start = monthStart[i];
    if (d < 1 || d > monthStart[i + 1] - start)
        return std::nullopt;
    return start + d - 1;
}

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
        // QPSQL streams a forward-only result and drops it when another statement runs on the connection;
        // the repositories read one statement's rows while running others, so there it reads them all at once.
        m_query->setForwardOnly(m_query->driver() && m_query->driver()->dbmsType() != QSqlDriver::PostgreSQL);
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
    m_text.clear();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        setNativeError(sqlite3_extended_errcode(m_handle));
        m_stmt = nullptr;
        return false;
    }
    // One text buffer per parameter, made now: it must not move once bound (see textBuffer()).
    m_text = std::vector<std::string>(size_t(sqlite3_bind_parameter_count(m_stmt)));
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
        bindText(index, *static_cast<const QString*>(value.constData()));
    } else if (type == QMetaType::fromType<QByteArray>()) {
        const QByteArray blob = value.toByteArray();
        sqlite3_bind_blob64(m_stmt, i, blob.constData(), sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
    } else if (type == QMetaType::fromType<double>() || type == QMetaType::fromType<float>()) {
        sqlite3_bind_double(m_stmt, i, value.toDouble());
    } else {
        sqlite3_bind_int64(m_stmt, i, value.toLongLong());
    }
}

std::string* SqlStatement::textBuffer(int index)
{
    // Sized once per prepared statement: a buffer never moves while SQLite holds a pointer into it (a short
    // std::string keeps its characters inside itself).
    if (index < 0 || size_t(index) >= m_text.size())
        return nullptr;
    std::string* buffer = &m_text[size_t(index)];
    buffer->clear();
    return buffer;
}

void SqlStatement::bindBuffer(int index, std::string_view utf8)
{
    if (std::string* buffer = textBuffer(index)) {
        buffer->append(utf8);
        // The buffer outlives the binding: it changes only when this parameter is bound again.
        sqlite3_bind_text(m_stmt, index + 1, buffer->data(), int(buffer->size()), SQLITE_STATIC);
    } else {
        // Not a parameter of the statement: SQLite says so at exec().
        sqlite3_bind_text(m_stmt, index + 1, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void SqlStatement::bindNull(int index)
{
    rewind();
    m_nextBind = index + 1;
    if (!m_handle) {
        m_query->bindValue(index, QVariant());
        return;
    }
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
}

void SqlStatement::bindInteger(int index, qint64 value)
{
    rewind();
    m_nextBind = index + 1;
    if (!m_handle) {
        m_query->bindValue(index, value);
        return;
    }
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqlStatement::bindReal(int index, double value)
{
    rewind();
    m_nextBind = index + 1;
    if (!m_handle) {
        m_query->bindValue(index, value);
        return;
    }
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index + 1, value);
}

void SqlStatement::bindText(int index, QStringView text)
{
    if (!m_handle) {
        rewind();
        m_nextBind = index + 1;
        m_query->bindValue(index, text.isNull() ? QStringLiteral("") : text.toString());
        return;
    }
    rewind();
    m_nextBind = index + 1;
    if (!m_stmt)
        return;
    if (std::string* buffer = textBuffer(index)) {
        SqlValues::appendUtf8(*buffer, text);
        sqlite3_bind_text(m_stmt, index + 1, buffer->data(), int(buffer->size()), SQLITE_STATIC);
    } else {
        std::string utf8;
        SqlValues::appendUtf8(utf8, text);
        sqlite3_bind_text(m_stmt, index + 1, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void SqlStatement::bindUtf8(int index, std::string_view utf8)
{
    if (!m_handle) {
        rewind();
        m_nextBind = index + 1;
        m_query->bindValue(index, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
        return;
    }
    rewind();
    m_nextBind = index + 1;
    if (!m_stmt)
        return;
    bindBuffer(index, utf8);
}

void SqlStatement::bindDate(int index, QDate date)
{
    if (!date.isValid()) {
        bindNull(index);
        return;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d);
    if (!m_handle || y < 0 || y > 9999) {
        bindValue(index, SqlValues::date(date));
        return;
    }
    rewind();
    m_nextBind = index + 1;
    if (!m_stmt)
        return;
    const char text[10] = {char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10)};
    bindBuffer(index, std::string_view(text, sizeof(text)));
}

qint64 SqlStatement::lastInsertId() const
{
    if (!m_handle)
        return m_query->lastInsertId().toLongLong();
    return sqlite3_last_insert_rowid(m_handle);
}

bool SqlStatement::exec()
{
    if (m_handle && !m_stmt) {
        if (!m_error.isValid()) // keep the reason prepare() failed
            m_error = QSqlError(QStringLiteral("No statement was prepared"), {}, QSqlError::StatementError);
        return false;
    }
    if (m_error.isValid()) // a QSqlError allocates: none is made per row of a bulk write
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

std::optional<qint64> SqlStatement::optionalInteger(int column) const
{
    if (!m_handle) {
        const QVariant v = m_query->value(column);
        return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    }
    // One call into the statement (it locks the connection), then the value's own accessors.
    sqlite3_value* v = sqlite3_column_value(m_stmt, column);
    if (sqlite3_value_type(v) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_value_int64(v);
}

QString SqlStatement::text(int column) const
{
    if (!m_handle)
        return m_query->value(column).toString();
    sqlite3_value* v = sqlite3_column_value(m_stmt, column);
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(v));
    if (!bytes)
        return {};
    return QString::fromUtf8(bytes, sqlite3_value_bytes(v));
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
    // One call into the statement per date; a NULL has no text.
    sqlite3_value* v = sqlite3_column_value(m_stmt, column);
    const auto* s = reinterpret_cast<const unsigned char*>(sqlite3_value_text(v));
    if (!s) {
        *out = QDate();
        return sqlite3_value_type(v) == SQLITE_NULL;
    }
    if (sqlite3_value_bytes(v) != 10 || s[4] != '-' || s[7] != '-')
        return false;
    const auto digit = [s](int i) { return unsigned(s[i]) - unsigned('0'); }; // > 9 when not a digit
    const unsigned y0 = digit(0), y1 = digit(1), y2 = digit(2), y3 = digit(3), m0 = digit(5), m1 = digit(6),
                   d0 = digit(8), d1 = digit(9);
    if ((y0 > 9) | (y1 > 9) | (y2 > 9) | (y3 > 9) | (m0 > 9) | (m1 > 9) | (d0 > 9) | (d1 > 9))
        return false;
    const std::optional<qint64> jd =
        julianDayFast(int(y0 * 1000 + y1 * 100 + y2 * 10 + y3), int(m0 * 10 + m1), int(d0 * 10 + d1));
    if (!jd)
        return false;
    *out = QDate::fromJulianDay(*jd);
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

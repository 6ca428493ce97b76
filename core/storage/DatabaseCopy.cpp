#include "DatabaseCopy.h"
#include "Database.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <vector>

namespace interntrack {

namespace {

/// The data tables, each after every table it refers to. A table of a newer schema that is not named here
/// is copied after these (a wrong order then fails the copy with the server's message, all rolled back).
constexpr const char* kTableOrder[] = {
    "academic_years",
    "hosts",
    "tutors",
    "students",
    "ter_subjects",
    "ters",
    "ter_students",
    "internships",
    "internship_absences",
    "summer_schools",
    "summer_school_links",
    "seminars",
    "overrides",
    "documents",
    "workflow_transitions",
    "audit_log",
    "offers",
    "applications",
};

/// At most this many values in one INSERT (many rows per statement: one round trip to a server per batch).
constexpr qint64 kMaxValuesPerInsert = 500;
/// About this many bytes of values held before they are written (documents hold whole files).
constexpr qint64 kMaxBatchBytes = 8 * 1024 * 1024;

/// A column of a table, as its database describes it.
struct Column
{
    QString name;
    bool boolean = false; ///< a PostgreSQL boolean (InternTrack's own columns are INTEGER 0/1 on both)
    bool sequence = false; ///< PostgreSQL: its values come from a sequence (identity or serial)
};

QString quoted(const QString& identifier)
{
    // Identifiers come from the schemas, never from the user; quoted all the same.
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// Not data: the schema's version and SQLite's own tables (sqlite_sequence is set apart, see Copier::setCounters).
bool isInternal(const QString& table)
{
    return table == QLatin1String("schema_version") || table.startsWith(QLatin1String("sqlite_"));
}

/// @p value as the target stores it: InternTrack writes dates and instants as ISO 8601 text and booleans as 0/1
/// on both engines; a driver's typed value (a PostgreSQL date, timestamp or boolean) becomes that text or number.
QVariant portable(const QVariant& value, const Column& target)
{
    if (value.isNull())
        return SqlValues::null();
    if (target.boolean)
        return QVariant(value.toBool());
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return SqlValues::boolean(value.toBool());
    case QMetaType::QDate:
        return SqlValues::date(value.toDate());
    case QMetaType::QDateTime:
        return SqlValues::instant(value.toDateTime());
    case QMetaType::QString:
        return SqlValues::bindable(value);
    default:
        return value;
    }
}

qint64 approximateBytes(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        return value.toByteArray().size();
    case QMetaType::QString:
        return 2 * value.toString().size();
    default:
        return 8;
    }
}

/// The work of one copy: both databases, what is being done (for messages), and how far it got.
class Copier
{
public:
    Copier(Database& from, Database& to, const DatabaseCopy::Progress& progress, QString doing)
        : m_from(from)
        , m_to(to)
        , m_progress(progress)
        , m_doing(std::move(doing))
    {
    }

    Result<QStringList> tables(const Database& db) const;
    Result<QList<Column>> columns(const Database& db, const QString& table) const;
    Result<qint64> count(const Database& db, const QString& table) const;
    /// Whether @p table of the target holds any row.
    Result<bool> holdsRows(const QString& table) const;
    /// The highest id each table of the source has given (rows since deleted included): its counter.
    Result<QHash<QString, qint64>> sourceCounters(const QStringList& tables) const;
    /// Turns the target's triggers of @p table off (@p enable false) or back on; PostgreSQL only.
    Status switchTriggers(const QString& table, bool enable);
    Status copyTable(const QString& table, const QList<Column>& sourceColumns, const QList<Column>& targetColumns);
    /// Sets the target's id counter of @p table past its ids and past @p sourceCounter.
    Status setCounter(const QString& table, const QList<Column>& targetColumns, qint64 sourceCounter);
    /// Reports progress; false when the caller cancels.
    bool report() const { return !m_progress || m_progress(m_done, m_total); }

    QString doing() const { return m_doing; }
    qint64 done() const { return m_done; }
    void setTotal(qint64 total) { m_total = total; }

private:
    Status flush(const QString& table, const QStringList& names, std::vector<QVariant>& values, qint64 rows);

    Database& m_from;
    Database& m_to;
    const DatabaseCopy::Progress& m_progress;
    QString m_doing;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QHash<QString, QStringList> m_disabledTriggers;
    std::unique_ptr<SqlStatement> m_insert;
    QString m_insertSql;
};

Result<QStringList> Copier::tables(const Database& db) const
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const bool ok = db.isServer() ? q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                          "WHERE table_schema = current_schema() "
                                                          "AND table_type = 'BASE TABLE'"))
                                  : q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!ok)
        return Result<QStringList>::failure(StorageError::describe(q.lastError(), m_doing));
    QStringList out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!isInternal(name))
            out.append(name);
    }
    if (q.lastError().isValid())
        return Result<QStringList>::failure(StorageError::describe(q.lastError(), m_doing));
    return out;
}

Result<QList<Column>> Copier::columns(const Database& db, const QString& table) const
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (db.isServer()) {
        q.prepare(QStringLiteral("SELECT column_name, data_type, is_identity, column_default "
                                 "FROM information_schema.columns WHERE table_schema = current_schema() "
                                 "AND table_name = ? ORDER BY ordinal_position"));
    } else {
        q.prepare(QStringLiteral("SELECT name, type, 'NO', NULL FROM pragma_table_info(?) ORDER BY cid"));
    }
    q.addBindValue(table);
    if (!q.exec())
        return Result<QList<Column>>::failure(StorageError::describe(q.lastError(), m_doing));
    QList<Column> out;
    while (q.next()) {
        Column c;
        c.name = q.value(0).toString();
        if (db.isServer()) {
            c.boolean = q.value(1).toString() == QLatin1String("boolean");
            c.sequence = q.value(2).toString() == QLatin1String("YES")
                         || q.value(3).toString().startsWith(QLatin1String("nextval("));
        }
        out.append(c);
    }
    if (q.lastError().isValid())
        return Result<QList<Column>>::failure(StorageError::describe(q.lastError(), m_doing));
    return out;
}

Result<qint64> Copier::count(const Database& db, const QString& table) const
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + quoted(table)) || !q.next())
        return Result<qint64>::failure(StorageError::describe(q.lastError(), m_doing));
    return q.value(0).toLongLong();
}

Result<bool> Copier::holdsRows(const QString& table) const
{
    QSqlQuery q(m_to.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(table))))
        return Result<bool>::failure(StorageError::describe(q.lastError(), m_doing));
    const bool any = q.next();
    if (q.lastError().isValid())
        return Result<bool>::failure(StorageError::describe(q.lastError(), m_doing));
    return any;
}

Result<QHash<QString, qint64>> Copier::sourceCounters(const QStringList& tables) const
{
    using R = Result<QHash<QString, qint64>>;
    QHash<QString, qint64> out;
    QSqlQuery q(m_from.connection());
    q.setForwardOnly(true);
    if (!m_from.isServer()) {
        // SQLite keeps the counters of its AUTOINCREMENT tables in sqlite_sequence (made with the first of them).
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                   "'sqlite_sequence'"))
            || !q.next())
            return R::failure(StorageError::describe(q.lastError(), m_doing));
        const bool exists = q.value(0).toLongLong() > 0;
        q.finish();
        if (!exists)
            return out;
        if (!q.exec(QStringLiteral("SELECT name, seq FROM sqlite_sequence")))
            return R::failure(StorageError::describe(q.lastError(), m_doing));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        if (q.lastError().isValid())
            return R::failure(StorageError::describe(q.lastError(), m_doing));
        return out;
    }
    for (const QString& table : tables) {
        const Result<QList<Column>> columns = this->columns(m_from, table);
        if (!columns)
            return R::failure(columns.error());
        for (const Column& c : columns.value()) {
            if (!c.sequence)
                continue;
            // NULL when the sequence never gave a value.
            q.prepare(QStringLiteral(
                "SELECT pg_catalog.pg_sequence_last_value(CAST(pg_catalog.pg_get_serial_sequence(?, ?) AS regclass))"));
            q.addBindValue(quoted(table));
            q.addBindValue(c.name);
            if (!q.exec() || !q.next())
                return R::failure(StorageError::describe(q.lastError(), m_doing));
            out[table] = std::max(out.value(table), q.value(0).toLongLong());
            q.finish();
        }
    }
    return out;
}

Status Copier::switchTriggers(const QString& table, bool enable)
{
    if (!m_to.isServer())
        return {};
    QSqlQuery q(m_to.connection());
    if (!enable) {
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT tgname FROM pg_catalog.pg_trigger WHERE tgrelid = CAST(? AS regclass) "
                                 "AND NOT tgisinternal AND tgenabled <> 'D'"));
        q.addBindValue(quoted(table));
        if (!q.exec())
            return StorageError::failure(q, m_doing);
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        if (q.lastError().isValid())
            return StorageError::failure(q, m_doing);
        m_disabledTriggers.insert(table, names);
    }
    for (const QString& name : m_disabledTriggers.value(table)) {
        // A trigger name cannot be bound: it comes from the catalog, quoted.
        const QString sql =
            QStringLiteral("ALTER TABLE %1 %2 TRIGGER %3")
                .arg(quoted(table), enable ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"), quoted(name));
        if (!q.exec(sql))
            return StorageError::failure(q, m_doing);
    }
    return {};
}

Status Copier::flush(const QString& table, const QStringList& names, std::vector<QVariant>& values, qint64 rows)
{
    if (rows == 0)
        return {};
    const QString row =
        QLatin1Char('(') + QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList quotedNames;
    for (const QString& n : names)
        quotedNames.append(quoted(n));
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(quoted(table), quotedNames.join(QStringLiteral(", ")))
        + QStringList(qsizetype(rows), row).join(QStringLiteral(", "));
    // Full batches reuse one prepared statement. It outlives the transaction (the Copier does), so that a
    // server's prepared statement is released after the rollback, not refused inside the aborted transaction.
    if (!m_insert || sql != m_insertSql) {
        m_insert = std::make_unique<SqlStatement>(m_to.connection());
        m_insertSql = sql;
        if (!m_insert->prepare(sql))
            return StorageError::failure(m_insert->lastError(), m_doing);
    }
    for (size_t i = 0; i < values.size(); ++i)
        m_insert->bindValue(int(i), values[i]);
    if (!m_insert->exec())
        return StorageError::failure(m_insert->lastError(), m_doing);
    values.clear();
    m_done += rows;
    if (!report())
        return Status::failure(DatabaseCopy::tr("The copy was cancelled: nothing was written to %1.").arg(m_to.path()));
    return {};
}

Status Copier::copyTable(const QString& table, const QList<Column>& sourceColumns, const QList<Column>& targetColumns)
{
    // The columns both sides have, in the target's order.
    QStringList names;
    QList<Column> targets;
    for (const Column& t : targetColumns) {
        if (std::any_of(sourceColumns.begin(), sourceColumns.end(),
                        [&](const Column& s) { return s.name == t.name; })) {
            names.append(t.name);
            targets.append(t);
        }
    }
    if (names.isEmpty())
        return {};
    QStringList quotedNames;
    for (const QString& n : names)
        quotedNames.append(quoted(n));
    QString select = QStringLiteral("SELECT %1 FROM %2").arg(quotedNames.join(QStringLiteral(", ")), quoted(table));
    if (names.contains(QLatin1String("id")))
        select += QStringLiteral(" ORDER BY \"id\""); // appends to the target's b-tree in order
    // Forward-only: rows stream from the server (documents hold whole files); the source runs nothing else meanwhile.
    QSqlQuery q(m_from.connection());
    q.setForwardOnly(true);
    if (!q.exec(select))
        return StorageError::failure(q, m_doing);
    const qint64 rowsPerInsert = std::max<qint64>(1, kMaxValuesPerInsert / names.size());
    std::vector<QVariant> values;
    values.reserve(size_t(rowsPerInsert * names.size()));
    qint64 rows = 0;
    qint64 bytes = 0;
    while (q.next()) {
        for (int c = 0; c < names.size(); ++c) {
            values.push_back(portable(q.value(c), targets.at(c)));
            bytes += approximateBytes(values.back());
        }
        ++rows;
        if (rows == rowsPerInsert || bytes >= kMaxBatchBytes) {
            if (Status s = flush(table, names, values, rows); !s)
                return s;
            rows = 0;
            bytes = 0;
        }
    }
    if (q.lastError().isValid())
        return StorageError::failure(q, m_doing);
    return flush(table, names, values, rows);
}

Status Copier::setCounter(const QString& table, const QList<Column>& targetColumns, qint64 sourceCounter)
{
    QSqlQuery q(m_to.connection());
    q.setForwardOnly(true);
    if (m_to.isServer()) {
        // The sequence's last value becomes the highest id copied or given by the source (as given: its next
        // value follows, and a later copy back reads it); a sequence with nothing to follow stays as it is.
        for (const Column& c : targetColumns) {
            if (!c.sequence)
                continue;
            q.prepare(QStringLiteral("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(?, ?), last.id) "
                                     "FROM (SELECT GREATEST(COALESCE(MAX(%1), 0), ?) AS id FROM %2) AS last "
                                     "WHERE last.id > 0")
                          .arg(quoted(c.name), quoted(table)));
            q.addBindValue(quoted(table));
            q.addBindValue(c.name);
            q.addBindValue(sourceCounter);
            if (!q.exec())
                return StorageError::failure(q, m_doing);
            q.finish();
        }
        return {};
    }
    // SQLite raised the counter of an AUTOINCREMENT table to the highest id inserted; ids the source gave to
    // rows since deleted count too (the audit log names rows by id).
    if (sourceCounter <= 0)
        return {};
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ? "
                             "AND sql LIKE '%AUTOINCREMENT%'"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return StorageError::failure(q, m_doing);
    const bool autoincrement = q.value(0).toLongLong() > 0;
    q.finish();
    if (!autoincrement)
        return {};
    q.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?"));
    q.addBindValue(sourceCounter);
    q.addBindValue(table);
    q.addBindValue(sourceCounter);
    if (!q.exec())
        return StorageError::failure(q, m_doing);
    q.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) SELECT ?, ? "
                             "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = ?)"));
    q.addBindValue(table);
    q.addBindValue(sourceCounter);
    q.addBindValue(table);
    if (!q.exec())
        return StorageError::failure(q, m_doing);
    return {};
}

/// The tables of @p present in copying order: those of kTableOrder first, then any other by name.
QStringList copyOrder(QStringList present)
{
    QStringList out;
    for (const char* name : kTableOrder) {
        const QString table = QLatin1String(name);
        if (present.removeAll(table) > 0)
            out.append(table);
    }
    present.sort();
    return out + present;
}

} // namespace

Status DatabaseCopy::copy(Database& from, Database& to, const Progress& progress, Summary* summary)
{
    if (summary)
        *summary = Summary{};
    if (!from.isOpen() || !to.isOpen())
        return Status::failure(tr("No database is open."));
    const QString doing = tr("Could not copy %1 to %2").arg(from.path(), to.path());
    if (from.isServer() == to.isServer() && from.path() == to.path())
        return Status::failure(tr("%1: a database cannot be copied into itself.").arg(doing));
    if (Status s = to.checkWritable(); !s)
        return Status::failure(doing + QStringLiteral(": ") + s.error());
    if (from.schemaVersion() != to.schemaVersion())
        return Status::failure(tr("%1: their schema versions differ (%2 and %3). Nothing was written; open both with "
                                  "the same version of InternTrack, which upgrades an older one.")
                                   .arg(doing)
                                   .arg(from.schemaVersion())
                                   .arg(to.schemaVersion()));

    Copier copier(from, to, progress, doing);
    // One snapshot of the source; one transaction of the target, rolled back unless everything was written.
    Transaction read(from, Transaction::Mode::Read);
    if (!read.status())
        return Status::failure(doing + QStringLiteral(": ") + read.status().error());
    Transaction write(to);
    if (!write.status())
        return Status::failure(doing + QStringLiteral(": ") + write.status().error());

    const Result<QStringList> targetTables = copier.tables(to);
    if (!targetTables)
        return Status::failure(targetTables.error());
    const Result<QStringList> sourceTables = copier.tables(from);
    if (!sourceTables)
        return Status::failure(sourceTables.error());
    const QStringList order = copyOrder(targetTables.value());
    for (const QString& table : order) {
        const Result<bool> any = copier.holdsRows(table);
        if (!any)
            return Status::failure(any.error());
        if (any.value())
            return Status::failure(tr("%1: the target already holds data (table %2): copy into an empty database. "
                                      "Nothing was written.")
                                       .arg(doing, table));
    }

    struct Table
    {
        QString name;
        QList<Column> source;
        QList<Column> target;
    };
    std::vector<Table> work;
    qint64 total = 0;
    for (const QString& table : order) {
        if (!sourceTables->contains(table))
            continue; // a table the source has not: nothing to copy
        const Result<QList<Column>> source = copier.columns(from, table);
        if (!source)
            return Status::failure(source.error());
        const Result<QList<Column>> target = copier.columns(to, table);
        if (!target)
            return Status::failure(target.error());
        const Result<qint64> rows = copier.count(from, table);
        if (!rows)
            return Status::failure(rows.error());
        total += rows.value();
        work.push_back(Table{table, source.value(), target.value()});
    }
    const Result<QHash<QString, qint64>> counters = copier.sourceCounters(sourceTables.value());
    if (!counters)
        return Status::failure(counters.error());
    copier.setTotal(total);
    if (!copier.report())
        return Status::failure(tr("The copy was cancelled: nothing was written to %1.").arg(to.path()));

    if (!to.isServer()) {
        // Foreign keys are checked once, at commit (the order above already satisfies them).
        QSqlQuery q(to.connection());
        if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return StorageError::failure(q, doing);
    }
    for (const Table& t : work) {
        // The rows are written as they were: a trigger that checks who writes (e.g. that only an advisor gives a
        // grade) or that stamps a change must not judge or change a copy.
        if (Status s = copier.switchTriggers(t.name, false); !s)
            return s;
        if (Status s = copier.copyTable(t.name, t.source, t.target); !s)
            return s;
        if (Status s = copier.switchTriggers(t.name, true); !s)
            return s;
        if (Status s = copier.setCounter(t.name, t.target, counters->value(t.name)); !s)
            return s;
    }
    if (Status s = write.commit(); !s)
        return Status::failure(doing + QStringLiteral(": ") + s.error());
    read.rollback();
    qCInfo(lcStorage) << "copied" << copier.done() << "rows of" << work.size() << "tables from" << from.path() << "to"
                      << to.path();
    if (summary)
        *summary = Summary{int(work.size()), copier.done()};
    return {};
}

} // namespace interntrack

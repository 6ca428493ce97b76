#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

class QSqlQuery;

namespace interntrack {

/**
 * A prepared statement of core/storage, reused across executions. Over SQLite it runs on the Qt
 * driver's own sqlite3 handle (QSqlDriver::handle()), reading columns in place and binding values
 * directly, because QSqlQuery copies every column of every row into a QVariant: loading 300,000
 * internships took seconds that way. Over any other driver, or if the Qt plugin does not use the
 * SQLite library this program links, it is a forward-only QSqlQuery, with the same behaviour.
 *
 * exec() runs the statement; next() moves to each row it returns (an INSERT … RETURNING too).
 */
class SqlStatement
{
public:
    explicit SqlStatement(const QSqlDatabase& db);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    bool prepare(const QString& sql);
    /// Binds the next positional parameter (after the last exec(), binding starts again at the first).
    void addBindValue(const QVariant& value);
    /// Binds parameter @p index (0-based). NULL for a null variant; a null QString is NULL too.
    void bindValue(int index, const QVariant& value);
    // Typed binds of parameter @p index (0-based), with no QVariant: what a bulk write calls per row.
    // Text is copied into a buffer of this statement (reused, no allocation once warm) that SQLite reads
    // in place until the parameter is bound again.
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    /// Text, never NULL: a null string binds ''.
    void bindText(int index, QStringView text);
    /// Text given as UTF-8 bytes, never NULL.
    void bindUtf8(int index, std::string_view utf8);
    /// 'YYYY-MM-DD', NULL for a null date (as SqlValues::date()).
    void bindDate(int index, QDate date);
    bool exec();
    bool next();
    /// The row id the last successful INSERT of this connection gave (after exec(), before another write).
    qint64 lastInsertId() const;
    /// Releases what an unfinished SELECT holds (its read snapshot).
    void finish();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// The integer, or nothing for NULL.
    std::optional<qint64> optionalInteger(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column as UTF-8 bytes, valid until the next step (for codes: no QString is made).
    QByteArray bytes(int column) const;
    /// NULL gives a null date; false when the text is not a 'YYYY-MM-DD' date.
    bool date(int column, QDate* out) const;
    QVariant value(int column) const; ///< for messages
    QString columnName(int column) const;

    QSqlError lastError() const { return m_error; }
    bool isNative() const { return m_handle != nullptr; }

    /// Whether the Qt SQLite plugin and this program share one SQLite library (checked once).
    static bool nativeAvailable(const QSqlDatabase& db);
    /// Tests turn the direct path off to run the QSqlQuery one (which other drivers take).
    static void setNativeAllowed(bool allowed);

private:
    void setNativeError(int code);
    void rewind();
    /// The buffer of parameter @p index, emptied (its capacity kept); null when there is no such parameter.
    std::string* textBuffer(int index);
    /// Binds a copy of @p utf8 kept in the buffer of parameter @p index (native path).
    void bindBuffer(int index, std::string_view utf8);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_nextBind = 0;
    bool m_ran = false; ///< executed since the last bind: reset before binding again
    bool m_pendingRow = false; ///< exec() stepped onto a row that next() has not returned yet
    bool m_done = false; ///< the last execution returned all its rows
    std::unique_ptr<QSqlQuery> m_query;
    QSqlError m_error;
    /// The bound text of each parameter (native path), sized by prepare() and never resized until the next one.
    std::vector<std::string> m_text;
};

} // namespace interntrack

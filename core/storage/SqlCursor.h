#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

class QSqlQuery;

namespace interntrack {

/**
 * A forward-only SELECT for the loaders. Over SQLite it steps the driver's own sqlite3 handle
 * (QSqlDriver::handle()) and reads columns in place, because QSqlQuery copies every column of
 * every row into a QVariant, which made loading 300,000 internships take seconds. Over any other
 * driver, or if the Qt plugin does not use the SQLite library this program links, it is a
 * QSqlQuery with setForwardOnly(true).
 */
class SqlCursor
{
public:
    explicit SqlCursor(const QSqlDatabase& db);
    ~SqlCursor();
    SqlCursor(const SqlCursor&) = delete;
    SqlCursor& operator=(const SqlCursor&) = delete;

    bool prepare(const QString& sql);
    /// Binds the next positional parameter.
    void addBindValue(const QVariant& value);
    bool exec();
    bool next();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column as UTF-8 bytes, valid until the next step (for codes: no QString is made).
    QByteArray bytes(int column) const;
    /// NULL gives a null date; false when the text is not a 'YYYY-MM-DD' date.
    bool date(int column, QDate* out) const;
    QVariant value(int column) const; ///< for messages
    QString columnName(int column) const;

    QSqlError lastError() const { return m_error; }
    bool isNative() const { return m_stmt != nullptr || m_handle != nullptr; }

    /// Whether the Qt SQLite plugin and this program share one SQLite library (checked once).
    static bool nativeAvailable(const QSqlDatabase& db);

private:
    void setNativeError(int code);

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_nextBind = 1;
    std::unique_ptr<QSqlQuery> m_query;
    QSqlError m_error;
};

} // namespace interntrack

#pragma once

#include "StorageRecords.h"
#include "domain/AcademicYear.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace interntrack {

class Database;

/**
 * Tells an open program about the changes other people make to its database, so that open views follow them.
 *
 * On PostgreSQL the server announces each change of an item (NOTIFY on ServerSetup::changesChannel(), sent by
 * the triggers db init creates): the feed LISTENs and reports which items changed, leaving out the program's
 * own changes. On a SQLite file shared by several programs, it polls PRAGMA data_version (which moves when
 * another connection commits) and reports that "something" changed.
 *
 * Works on the thread of the database's connection, from its event loop.
 */
class ChangeFeed
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFeed)

public:
    struct Change
    {
        AcademicYear year;
        ItemKind kind = ItemKind::Student;
        QString id;
        friend bool operator==(const Change&, const Change&) = default;
    };
    /// @p changes: the items changed by others; @p unknown: something changed, the items are not known (SQLite).
    using Handler = std::function<void(const QList<Change>& changes, bool unknown)>;

    explicit ChangeFeed(Database& db);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    /// Starts reporting to @p handler; @p pollMs: how often a SQLite file is looked at.
    Status start(Handler handler, int pollMs = 2000);
    void stop();
    bool isRunning() const { return m_running; }

    /// Reads a NOTIFY payload, "<table> <academic year> <item id>" (e.g. "internships 2025 i-4f2a"); false if it is
    /// not one.
    static bool parsePayload(const QString& payload, Change* change);

private:
    void poll();

    Database& m_db;
    Handler m_handler;
    std::unique_ptr<QTimer> m_timer;
    qint64 m_dataVersion = -1;
    bool m_running = false;
};

} // namespace interntrack

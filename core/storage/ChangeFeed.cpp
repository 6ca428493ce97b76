#include "ChangeFeed.h"
#include "Database.h"
#include "ServerSetup.h"
#include "StorageError.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace interntrack {

ChangeFeed::ChangeFeed(Database& db)
    : m_db(db)
{
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

bool ChangeFeed::parsePayload(const QString& payload, Change* change)
{
    // The id is the rest: it may hold spaces.
    const qsizetype first = payload.indexOf(QLatin1Char(' '));
    const qsizetype second = first < 0 ? -1 : payload.indexOf(QLatin1Char(' '), first + 1);
    if (second < 0 || second + 1 >= payload.size())
        return false;
    const QStringList parts = {payload.left(first), payload.mid(first + 1, second - first - 1),
                               payload.mid(second + 1)};
    bool yearOk = false;
    const int year = parts.at(1).toInt(&yearOk);
    if (!yearOk)
        return false;
    for (ItemKind kind :
         {ItemKind::Student, ItemKind::Internship, ItemKind::Ter, ItemKind::SummerSchool, ItemKind::Seminar}) {
        if (itemKindTable(kind) == parts.at(0)) {
            *change = Change{AcademicYear{year}, kind, parts.at(2)};
            return change->year.isValid();
        }
    }
    return false;
}

Status ChangeFeed::start(Handler handler, int pollMs)
{
    stop();
    if (!m_db.isOpen())
        return Status::failure(tr("No database is open."));
    m_handler = std::move(handler);
    if (m_db.isServer()) {
        QSqlDriver* driver = m_db.connection().driver();
        if (!driver->hasFeature(QSqlDriver::EventNotifications)
            || !driver->subscribeToNotification(ServerSetup::changesChannel()))
            return StorageError::failure(
                driver->lastError(),
                tr("Could not follow the changes other people make on %1").arg(Database::displayName(m_db.path())));
        // The driver lives as long as the connection; the feed disconnects in stop().
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                             if (name != ServerSetup::changesChannel() || source == QSqlDriver::SelfSource)
                                 return;
                             Change change;
                             if (parsePayload(payload.toString(), &change))
                                 m_handler({change}, false);
                             else
                                 m_handler({}, true);
                         });
    } else {
        m_timer = std::make_unique<QTimer>();
        m_timer->setInterval(pollMs);
        QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] { poll(); });
        m_dataVersion = -1;
        poll();
        m_timer->start();
    }
    m_running = true;
    return {};
}

void ChangeFeed::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.reset();
    if (m_db.isServer() && m_db.isOpen()) {
        QSqlDriver* driver = m_db.connection().driver();
        QObject::disconnect(driver, &QSqlDriver::notification, driver, nullptr);
        driver->unsubscribeFromNotification(ServerSetup::changesChannel());
    }
}

void ChangeFeed::poll()
{
    if (!m_db.isOpen())
        return;
    // PRAGMA data_version moves when another connection commits a change to the file (never for this one's).
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed && m_handler)
        m_handler({}, true);
}

} // namespace interntrack

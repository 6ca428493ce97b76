#include "OfferRepository.h"
#include "Database.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace interntrack {

namespace {

const QString kOfferColumns = QStringLiteral(
    "id, academic_year, host_name, host_kind, ai_research, city, country, title, topics, description, "
    "start_earliest, start_latest, weeks, gratification_eur, contact_name, contact_email, url, posted, closed");
const QString kApplicationColumns = QStringLiteral("id, offer_id, student_id, state, changed_at, note");

QString readError()
{
    return OfferRepository::tr("Could not read the offers of the database");
}

QString topicsText(const QStringList& topics)
{
    QStringList kept;
    for (const QString& t : topics) {
        if (!t.trimmed().isEmpty())
            kept.append(t.trimmed());
    }
    return kept.join(QLatin1Char(','));
}

QStringList topicsList(const QString& text)
{
    QStringList out;
    for (const QString& t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty())
            out.append(t.trimmed());
    }
    return out;
}

QJsonValue dateJson(QDate d)
{
    return d.isValid() ? QJsonValue(SqlValues::dateText(d)) : QJsonValue();
}

QString offerJson(const Offer& o)
{
    const QJsonObject json{
        {QStringLiteral("academic_year"), o.year.toString()},
        {QStringLiteral("host_name"), o.hostName},
        {QStringLiteral("host_kind"), hostKindCode(o.hostKind)},
        {QStringLiteral("ai_research"), o.aiResearch},
        {QStringLiteral("city"), o.city},
        {QStringLiteral("country"), o.country},
        {QStringLiteral("title"), o.title},
        {QStringLiteral("topics"), QJsonArray::fromStringList(o.topics)},
        {QStringLiteral("description"), o.description},
        {QStringLiteral("start_earliest"), dateJson(o.startEarliest)},
        {QStringLiteral("start_latest"), dateJson(o.startLatest)},
        {QStringLiteral("weeks"), o.weeks},
        {QStringLiteral("gratification_eur"), o.gratificationEur},
        {QStringLiteral("contact_name"), o.contactName},
        {QStringLiteral("contact_email"), o.contactEmail},
        {QStringLiteral("url"), o.url},
        {QStringLiteral("posted"), dateJson(o.posted)},
        {QStringLiteral("closed"), o.closed},
    };
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString applicationJson(const Application& a)
{
    const QJsonObject json{
        {QStringLiteral("offer_id"), a.offerId},
        {QStringLiteral("student_id"), a.studentId},
        {QStringLiteral("state"), applicationStateCode(a.state)},
        {QStringLiteral("changed_at"), SqlValues::instant(a.changedAt).toString()},
        {QStringLiteral("note"), a.note},
    };
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

/// Binds the offer's columns, academic_year … closed, from parameter @p first on.
void bindOffer(SqlStatement& q, const Offer& o, int first)
{
    int i = first;
    q.bindText(i++, o.year.toString());
    q.bindText(i++, o.hostName);
    q.bindText(i++, hostKindCode(o.hostKind));
    q.bindInteger(i++, o.aiResearch ? 1 : 0);
    q.bindText(i++, o.city);
    q.bindText(i++, o.country);
    q.bindText(i++, o.title);
    q.bindText(i++, topicsText(o.topics));
    q.bindText(i++, o.description);
    q.bindDate(i++, o.startEarliest);
    q.bindDate(i++, o.startLatest);
    q.bindInteger(i++, o.weeks);
    q.bindReal(i++, o.gratificationEur);
    q.bindText(i++, o.contactName);
    q.bindText(i++, o.contactEmail);
    q.bindText(i++, o.url);
    q.bindDate(i++, o.posted);
    q.bindInteger(i++, o.closed ? 1 : 0);
}

/// The offer of the current row of a SELECT of kOfferColumns; false when a stored value cannot be read.
bool readOfferRow(const SqlStatement& q, Offer* o, QString* problem)
{
    o->id = q.integer(0);
    const std::optional<AcademicYear> year = AcademicYear::parse(q.text(1));
    const std::optional<HostKind> kind = hostKindFromCode(q.text(3));
    if (!year || !kind) {
        *problem = OfferRepository::tr("the offer #%1 holds a value this version cannot read").arg(o->id);
        return false;
    }
    o->year = *year;
    o->hostName = q.text(2);
    o->hostKind = *kind;
    o->aiResearch = q.integer(4) != 0;
    o->city = q.text(5);
    o->country = q.text(6);
    o->title = q.text(7);
    o->topics = topicsList(q.text(8));
    o->description = q.text(9);
    if (!q.date(10, &o->startEarliest) || !q.date(11, &o->startLatest) || !q.date(17, &o->posted)) {
        *problem = OfferRepository::tr("the offer #%1 holds a date this version cannot read").arg(o->id);
        return false;
    }
    o->weeks = int(q.integer(12));
    o->gratificationEur = q.real(13);
    o->contactName = q.text(14);
    o->contactEmail = q.text(15);
    o->url = q.text(16);
    o->closed = q.integer(18) != 0;
    return true;
}

bool readApplicationRow(const SqlStatement& q, Application* a, QString* problem)
{
    a->id = q.integer(0);
    a->offerId = q.integer(1);
    a->studentId = q.text(2);
    const std::optional<ApplicationState> state = applicationStateFromCode(q.text(3));
    if (!state || !SqlValues::toInstant(q.value(4), &a->changedAt)) {
        *problem = OfferRepository::tr("the application #%1 holds a value this version cannot read").arg(a->id);
        return false;
    }
    a->state = *state;
    a->note = q.text(5);
    return true;
}

Result<QList<Application>> readApplications(SqlStatement& q)
{
    using R = Result<QList<Application>>;
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<Application> out;
    while (q.next()) {
        Application a;
        QString problem;
        if (!readApplicationRow(q, &a, &problem))
            return R::failure(OfferRepository::tr("%1: %2.").arg(readError(), problem));
        out.append(a);
    }
    if (q.lastError().isValid())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    return out;
}

} // namespace

OfferRepository::OfferRepository(Database& db, QString actor)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void OfferRepository::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

Status OfferRepository::validate(const Offer& offer)
{
    if (!offer.year.isValid())
        return Status::failure(tr("The offer names no valid academic year."));
    if (offer.title.trimmed().isEmpty())
        return Status::failure(tr("The offer has no title: give it one."));
    if (offer.startEarliest.isValid() && offer.startLatest.isValid() && offer.startLatest < offer.startEarliest)
        return Status::failure(
            tr("The latest start of the offer \"%1\" (%2) is before its earliest start (%3).")
                .arg(offer.title, SqlValues::dateText(offer.startLatest), SqlValues::dateText(offer.startEarliest)));
    if (offer.weeks < 0)
        return Status::failure(
            tr("The offer \"%1\" lasts a negative number of weeks (%2).").arg(offer.title).arg(offer.weeks));
    if (!(offer.gratificationEur >= 0))
        return Status::failure(tr("The gratification of the offer \"%1\" must be zero or more (it is %2).")
                                   .arg(offer.title)
                                   .arg(offer.gratificationEur));
    for (const QString& topic : offer.topics) {
        if (topic.contains(QLatin1Char(',')))
            return Status::failure(tr("The topic \"%1\" of the offer \"%2\" holds a comma: give each topic on its own.")
                                       .arg(topic, offer.title));
    }
    return {};
}

Status OfferRepository::audit(const QString& table, qint64 rowId, const QString& action, const QString& oldJson,
                              const QString& newJson)
{
    SqlStatement q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_id, action, old_json, new_json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, SqlValues::instant(m_clock()));
    q.bindText(1, m_actor);
    q.bindText(2, table);
    q.bindInteger(3, rowId);
    q.bindText(4, action);
    q.bindValue(5, oldJson.isEmpty() ? SqlValues::null() : QVariant(oldJson));
    q.bindValue(6, newJson.isEmpty() ? SqlValues::null() : QVariant(newJson));
    if (!q.exec())
        return StorageError::failure(q.lastError(), tr("Could not write the audit log"));
    return {};
}

// Offers ----------------------------------------------------------------------------------------

Result<QList<Offer>> OfferRepository::offers(AcademicYear year, const OfferFilter& filter) const
{
    using R = Result<QList<Offer>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    // Year, dates and open: in SQL. Topic and text ignore accents, which SQL does not do portably: in C++.
    QString sql = QStringLiteral("SELECT %1 FROM offers WHERE academic_year = ?").arg(kOfferColumns);
    if (filter.onlyOpen)
        sql += QStringLiteral(" AND closed = 0");
    if (filter.startTo.isValid())
        sql += QStringLiteral(" AND start_earliest <= ?");
    if (filter.startFrom.isValid())
        sql += QStringLiteral(" AND coalesce(start_latest, start_earliest) >= ?");
    else if (filter.startTo.isValid())
        sql += QStringLiteral(" AND start_earliest IS NOT NULL");
    sql += QStringLiteral(" ORDER BY CASE WHEN start_earliest IS NULL THEN 1 ELSE 0 END, start_earliest, title, id");
    SqlStatement q(m_db.connection());
    if (!q.prepare(sql))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    int i = 0;
    q.bindText(i++, year.toString());
    if (filter.startTo.isValid())
        q.bindDate(i++, filter.startTo);
    if (filter.startFrom.isValid())
        q.bindDate(i++, filter.startFrom);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<Offer> out;
    while (q.next()) {
        Offer o;
        QString problem;
        if (!readOfferRow(q, &o, &problem))
            return R::failure(tr("%1: %2.").arg(readError(), problem));
        if (filter.matchesText(o))
            out.append(o);
    }
    if (q.lastError().isValid())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    return out;
}

Result<Offer> OfferRepository::readOffer(qint64 id) const
{
    using R = Result<Offer>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    SqlStatement q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM offers WHERE id = ?").arg(kOfferColumns)))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    q.bindInteger(0, id);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    if (!q.next()) {
        if (q.lastError().isValid())
            return R::failure(StorageError::describe(q.lastError(), readError()));
        return R::failure(tr("There is no offer #%1 in the database (it may have been removed).").arg(id));
    }
    Offer o;
    QString problem;
    if (!readOfferRow(q, &o, &problem))
        return R::failure(tr("%1: %2.").arg(readError(), problem));
    q.finish();
    return o;
}

Result<Offer> OfferRepository::offer(qint64 id) const
{
    return readOffer(id);
}

Result<qint64> OfferRepository::addOffer(const Offer& offer)
{
    using R = Result<qint64>;
    if (Status s = validate(offer); !s)
        return R::failure(s.error());
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    const QString doing = tr("Could not add the offer \"%1\"").arg(offer.title);
    qint64 id = 0;
    {
        SqlStatement q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO offers (academic_year, host_name, host_kind, ai_research, city, country, "
                                 "title, topics, description, start_earliest, start_latest, weeks, gratification_eur, "
                                 "contact_name, contact_email, url, posted, closed) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindOffer(q, offer, 0);
        if (!q.exec() || !q.next())
            return R::failure(StorageError::describe(q.lastError(), doing));
        id = q.integer(0);
        q.finish();
    }
    if (Status s = audit(QStringLiteral("offers"), id, QStringLiteral("insert"), {}, offerJson(offer)); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status OfferRepository::updateOffer(const Offer& offer)
{
    if (Status s = validate(offer); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const Result<Offer> old = readOffer(offer.id);
    if (!old)
        return Status::failure(old.error());
    Offer stored = offer;
    stored.id = old->id;
    if (old.value() == stored)
        return tx.commit();
    SqlStatement q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE offers SET academic_year = ?, host_name = ?, host_kind = ?, ai_research = ?, "
                             "city = ?, country = ?, title = ?, topics = ?, description = ?, start_earliest = ?, "
                             "start_latest = ?, weeks = ?, gratification_eur = ?, contact_name = ?, contact_email = ?, "
                             "url = ?, posted = ?, closed = ? WHERE id = ?"));
    bindOffer(q, offer, 0);
    q.bindInteger(18, offer.id);
    if (!q.exec())
        return StorageError::failure(q.lastError(), tr("Could not save the offer \"%1\"").arg(offer.title));
    if (Status s = audit(QStringLiteral("offers"), offer.id, QStringLiteral("update"), offerJson(old.value()),
                         offerJson(offer));
        !s)
        return s;
    return tx.commit();
}

Status OfferRepository::removeOffer(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const Result<Offer> old = readOffer(id);
    if (!old)
        return Status::failure(old.error());
    const Result<QList<Application>> applications = applicationsOfOffer(id);
    if (!applications)
        return Status::failure(applications.error());
    const QString doing = tr("Could not remove the offer \"%1\"").arg(old->title);
    SqlStatement q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM offers WHERE id = ?"));
    q.bindInteger(0, id);
    if (!q.exec())
        return StorageError::failure(q.lastError(), doing);
    // The applications go with it (ON DELETE CASCADE): the audit log keeps them too.
    for (const Application& a : applications.value()) {
        if (Status s = audit(QStringLiteral("applications"), a.id, QStringLiteral("delete"), applicationJson(a), {});
            !s)
            return s;
    }
    if (Status s = audit(QStringLiteral("offers"), id, QStringLiteral("delete"), offerJson(old.value()), {}); !s)
        return s;
    return tx.commit();
}

Status OfferRepository::replaceOffers(AcademicYear year, const QList<Offer>& offers)
{
    QList<Offer> incoming = offers;
    QList<qint64> ids;
    for (Offer& o : incoming) {
        o.year = year;
        if (Status s = validate(o); !s)
            return s;
        if (o.id > 0) {
            if (ids.contains(o.id))
                return Status::failure(tr("Two offers share the number %1: each offer needs its own.").arg(o.id));
            ids.append(o.id);
        }
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const Result<QList<Offer>> existing = this->offers(year);
    if (!existing)
        return Status::failure(existing.error());
    QList<qint64> existingIds;
    for (const Offer& o : existing.value()) {
        existingIds.append(o.id);
        if (!ids.contains(o.id)) {
            if (Status s = removeOffer(o.id); !s)
                return s;
        }
    }
    for (const Offer& o : incoming) {
        if (o.id <= 0) {
            if (Result<qint64> added = addOffer(o); !added)
                return Status::failure(added.error());
            continue;
        }
        if (existingIds.contains(o.id)) {
            if (Status s = updateOffer(o); !s)
                return s;
            continue;
        }
        if (const Result<Offer> other = readOffer(o.id); other)
            return Status::failure(
                tr("The offer #%1 (\"%2\") is one of %3, not of %4: it cannot be replaced.")
                    .arg(QString::number(o.id), other->title, other->year.toString(), year.toString()));
        // A new offer keeps the number it has in the advisor's database.
        SqlStatement q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO offers (academic_year, host_name, host_kind, ai_research, city, country, "
                                 "title, topics, description, start_earliest, start_latest, weeks, gratification_eur, "
                                 "contact_name, contact_email, url, posted, closed, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindOffer(q, o, 0);
        q.bindInteger(18, o.id);
        if (!q.exec())
            return StorageError::failure(q.lastError(), tr("Could not add the offer \"%1\"").arg(o.title));
        if (Status s = audit(QStringLiteral("offers"), o.id, QStringLiteral("insert"), {}, offerJson(o)); !s)
            return s;
    }
    return tx.commit();
}

// Applications ----------------------------------------------------------------------------------

Result<QList<Application>> OfferRepository::applicationsOfStudent(const QString& studentId) const
{
    using R = Result<QList<Application>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    SqlStatement q(m_db.connection());
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM applications WHERE student_id = ? ORDER BY id").arg(kApplicationColumns)))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    q.bindText(0, studentId);
    return readApplications(q);
}

Result<QList<Application>> OfferRepository::applicationsOfOffer(qint64 offerId) const
{
    using R = Result<QList<Application>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    SqlStatement q(m_db.connection());
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM applications WHERE offer_id = ? ORDER BY id").arg(kApplicationColumns)))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    q.bindInteger(0, offerId);
    return readApplications(q);
}

Result<Application> OfferRepository::application(qint64 id) const
{
    using R = Result<Application>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    SqlStatement q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM applications WHERE id = ?").arg(kApplicationColumns)))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    q.bindInteger(0, id);
    const Result<QList<Application>> rows = readApplications(q);
    if (!rows)
        return R::failure(rows.error());
    if (rows->isEmpty())
        return R::failure(tr("There is no application #%1 in the database (it may have been removed).").arg(id));
    return rows->constFirst();
}

Result<qint64> OfferRepository::apply(qint64 offerId, const QString& studentId, const QString& note)
{
    using R = Result<qint64>;
    if (studentId.trimmed().isEmpty())
        return R::failure(tr("Say which student applies."));
    Transaction tx(m_db);
    if (!tx.status())
        return R::failure(tx.status().error());
    const Result<Offer> offer = readOffer(offerId);
    if (!offer)
        return R::failure(offer.error());
    if (offer->closed)
        return R::failure(tr("The offer \"%1\" is closed: it takes no more applications.").arg(offer->title));
    const Result<QList<Application>> existing = applicationsOfOffer(offerId);
    if (!existing)
        return R::failure(existing.error());
    for (const Application& a : existing.value()) {
        if (a.studentId == studentId)
            return R::failure(tr("%1 already applied to the offer \"%2\" (the application is: %3).")
                                  .arg(studentId, offer->title, applicationStateName(a.state)));
    }
    Application a;
    a.offerId = offerId;
    a.studentId = studentId;
    a.state = ApplicationState::Applied;
    a.changedAt = m_clock();
    a.note = note;
    const QString doing = tr("Could not record the application of %1 to \"%2\"").arg(studentId, offer->title);
    qint64 id = 0;
    {
        SqlStatement q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO applications (offer_id, student_id, state, changed_at, note) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.bindInteger(0, offerId);
        q.bindText(1, studentId);
        q.bindText(2, applicationStateCode(a.state));
        q.bindValue(3, SqlValues::instant(a.changedAt));
        q.bindText(4, note);
        if (!q.exec() || !q.next())
            return R::failure(StorageError::describe(q.lastError(), doing));
        id = q.integer(0);
        q.finish();
    }
    if (Status s = audit(QStringLiteral("applications"), id, QStringLiteral("insert"), {}, applicationJson(a)); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return id;
}

Status OfferRepository::moveApplication(qint64 applicationId, ApplicationState to, const QString& note)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const Result<Application> old = application(applicationId);
    if (!old)
        return Status::failure(old.error());
    if (!canMoveApplication(old->state, to)) {
        if (old->state == to)
            return Status::failure(tr("The application of %1 is already in the state \"%2\".")
                                       .arg(old->studentId, applicationStateName(to)));
        if (old->state == ApplicationState::Declined || old->state == ApplicationState::Withdrawn)
            return Status::failure(
                tr("The application of %1 is final (\"%2\"): it cannot become \"%3\".")
                    .arg(old->studentId, applicationStateName(old->state), applicationStateName(to)));
        return Status::failure(tr("An application cannot go from \"%1\" to \"%2\".")
                                   .arg(applicationStateName(old->state), applicationStateName(to)));
    }
    Application moved = old.value();
    moved.state = to;
    moved.changedAt = m_clock();
    moved.note = note;
    SqlStatement q(m_db.connection());
    // The state read above is checked again by the UPDATE itself.
    q.prepare(QStringLiteral("UPDATE applications SET state = ?, changed_at = ?, note = ? WHERE id = ? AND state = ?"));
    q.bindText(0, applicationStateCode(to));
    q.bindValue(1, SqlValues::instant(moved.changedAt));
    q.bindText(2, note);
    q.bindInteger(3, applicationId);
    q.bindText(4, applicationStateCode(old->state));
    if (!q.exec())
        return StorageError::failure(q.lastError(), tr("Could not change the application of %1").arg(old->studentId));
    if (Status s = audit(QStringLiteral("applications"), applicationId, QStringLiteral("update"),
                         applicationJson(old.value()), applicationJson(moved));
        !s)
        return s;
    return tx.commit();
}

} // namespace interntrack

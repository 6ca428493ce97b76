#pragma once

#include "domain/AcademicYear.h"
#include "domain/Offer.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace interntrack {

class Database;

/**
 * The internship offers of the database (tables offers and applications, schema version 3) and the
 * students' applications to them.
 *
 * Every write is ONE transaction (BEGIN IMMEDIATE; a savepoint inside a caller's Transaction) holding
 * the change and its audit row, and binds every value. Removing an offer removes its applications.
 */
class OfferRepository
{
    Q_DECLARE_TR_FUNCTIONS(OfferRepository)

public:
    using Clock = std::function<QDateTime()>;

    /// @p actor is who the audit rows name.
    explicit OfferRepository(Database& db, QString actor = {});

    /// The clock that dates applications and audit rows (tests set a fixed one).
    void setClock(Clock clock);

    /// The offers of @p year that @p filter lets through, by earliest start (undated last), then title.
    Result<QList<Offer>> offers(AcademicYear year, const OfferFilter& filter = {}) const;
    Result<Offer> offer(qint64 id) const;
    /// Stores a new offer (its id is ignored) and gives its id.
    Result<qint64> addOffer(const Offer& offer);
    /// Replaces the stored offer @p offer.id.
    Status updateOffer(const Offer& offer);
    /// Removes an offer and the applications to it.
    Status removeOffer(qint64 id);
    /**
     * Replaces the offers of @p year by @p offers (those of an imported offers file), in one transaction: an
     * offer with an id (its number in the advisor's database) keeps it, so the applications to the offers still
     * listed are kept; the offers no longer listed go with their applications; an offer without id (0) gets a
     * new one. Each offer takes @p year. Refused, nothing changed, when an offer is invalid, two share an id, or
     * an id is that of an offer of another year.
     */
    Status replaceOffers(AcademicYear year, const QList<Offer>& offers);

    /// The applications of a student (to offers of any year), in the order they were made.
    Result<QList<Application>> applicationsOfStudent(const QString& studentId) const;
    /// The applications to an offer, in the order they were made.
    Result<QList<Application>> applicationsOfOffer(qint64 offerId) const;
    Result<Application> application(qint64 id) const;

    /// Records that @p studentId applies to @p offerId (state applied) and gives the application's id.
    /// Refused when the offer is closed or missing, or the student already applied to it.
    Result<qint64> apply(qint64 offerId, const QString& studentId, const QString& note = {});
    /// Moves an application to @p to, with @p note, if canMoveApplication() allows it.
    Status moveApplication(qint64 applicationId, ApplicationState to, const QString& note = {});

    /// Whether @p offer may be stored (title given, dates in order, no negative length or pay, a topic
    /// without comma…), and if not, why.
    static Status validate(const Offer& offer);

private:
    Result<Offer> readOffer(qint64 id) const;
    Status audit(const QString& table, qint64 rowId, const QString& action, const QString& oldJson,
                 const QString& newJson);

    Database& m_db;
    QString m_actor;
    Clock m_clock;
};

} // namespace interntrack

#pragma once

#include "AcademicYear.h"
#include "Internship.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace interntrack {

/**
 * An internship offer (or TER subject) that a partner lab or company sent to the advisor, which
 * students browse and apply to. Dates are days; a null date is "not given".
 */
struct Offer
{
    qint64 id = 0; ///< the database row id; 0 = not stored yet
    AcademicYear year;
    QString hostName;
    HostKind hostKind = HostKind::Company;
    bool aiResearch = true; ///< the host does research in AI, machine learning or data science
    QString city;
    QString country;
    QString title;
    /// Keywords, e.g. "NLP", "computer vision"; stored comma-separated, so a topic holds no comma.
    QStringList topics;
    QString description;
    QDate startEarliest; ///< the earliest start the host accepts
    QDate startLatest; ///< the latest start the host accepts (null = only startEarliest)
    int weeks = 0; ///< planned length
    double gratificationEur = 0.0; ///< per month
    QString contactName; ///< becomes the tutor of a proposal made from the offer
    QString contactEmail;
    QString url;
    QDate posted; ///< when the advisor recorded it
    bool closed = false; ///< no longer takes applications

    friend bool operator==(const Offer&, const Offer&) = default;
};

/// Where a student's application to an offer stands.
enum class ApplicationState {
    Applied, ///< sent by the student
    Screened, ///< the host read it and is considering it (interview, test…)
    Accepted, ///< the host accepts the student: the offer becomes a proposal
    Declined, ///< the host said no (final)
    Withdrawn, ///< the student gave up (final)
};

/// A student's application to an offer.
struct Application
{
    qint64 id = 0; ///< the database row id; 0 = not stored yet
    qint64 offerId = 0;
    QString studentId;
    ApplicationState state = ApplicationState::Applied;
    QDateTime changedAt; ///< when it reached its state (UTC)
    QString note; ///< what was said with the latest change

    friend bool operator==(const Application&, const Application&) = default;
};

/// Which offers to list: every given criterion must hold. Text comparisons ignore case and accents.
struct OfferFilter
{
    QString topic; ///< a substring of one of the offer's topics
    QString text; ///< a substring of the title, description, host, city, country, topics or contact
    /// The offer can start on a day of [startFrom, startTo] (either may be null = unbounded): its window
    /// [startEarliest, startLatest or startEarliest] meets that range. An offer with no start date only
    /// passes when both are null.
    QDate startFrom;
    QDate startTo;
    bool onlyOpen = false; ///< leave out closed offers

    /// @p s without accents, case folded: what filters compare ("Élève" → "eleve").
    static QString fold(const QString& s)
    {
        const QString decomposed = s.normalized(QString::NormalizationForm_KD);
        QString out;
        out.reserve(decomposed.size());
        for (const QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c);
        }
        return out.toCaseFolded();
    }

    /// Whether the topic and text criteria hold for @p offer (the ones storage leaves to C++).
    bool matchesText(const Offer& offer) const
    {
        if (const QString t = fold(topic.trimmed()); !t.isEmpty()) {
            bool found = false;
            for (const QString& offerTopic : offer.topics)
                found = found || fold(offerTopic).contains(t);
            if (!found)
                return false;
        }
        if (const QString t = fold(text.trimmed()); !t.isEmpty()) {
            const QString haystack =
                QStringList{offer.title,      offer.description, offer.hostName,
                            offer.city,       offer.country,     offer.topics.join(QLatin1Char(',')),
                            offer.contactName}
                    .join(QLatin1Char('\n'));
            if (!fold(haystack).contains(t))
                return false;
        }
        return true;
    }

    /// Whether every criterion holds for @p offer.
    bool matches(const Offer& offer) const
    {
        if (onlyOpen && offer.closed)
            return false;
        if (startFrom.isValid() || startTo.isValid()) {
            if (!offer.startEarliest.isValid())
                return false;
            const QDate last = offer.startLatest.isValid() ? offer.startLatest : offer.startEarliest;
            if (startTo.isValid() && offer.startEarliest > startTo)
                return false;
            if (startFrom.isValid() && last < startFrom)
                return false;
        }
        return matchesText(offer);
    }
};

namespace offer_detail {
inline constexpr std::array<std::pair<ApplicationState, const char*>, 5> kApplicationStates = {{
    {ApplicationState::Applied, "applied"},
    {ApplicationState::Screened, "screened"},
    {ApplicationState::Accepted, "accepted"},
    {ApplicationState::Declined, "declined"},
    {ApplicationState::Withdrawn, "withdrawn"},
}};
} // namespace offer_detail

/// Every application state, in the order an application goes through them.
inline QList<ApplicationState> applicationStates()
{
    QList<ApplicationState> out;
    for (const auto& [s, code] : offer_detail::kApplicationStates)
        out.append(s);
    return out;
}

/// Stable code used in the database and files: "applied", "screened", "accepted", "declined", "withdrawn".
inline QString applicationStateCode(ApplicationState state)
{
    for (const auto& [s, code] : offer_detail::kApplicationStates) {
        if (s == state)
            return QLatin1String(code);
    }
    return {};
}

inline std::optional<ApplicationState> applicationStateFromCode(const QString& code)
{
    for (const auto& [s, c] : offer_detail::kApplicationStates) {
        if (code == QLatin1String(c))
            return s;
    }
    return std::nullopt;
}

/// The translated words of offers and applications.
class OfferText
{
    Q_DECLARE_TR_FUNCTIONS(Offer)

public:
    /// The state as shown to users ("Screened by the host").
    static QString stateName(ApplicationState state)
    {
        switch (state) {
        case ApplicationState::Applied:
            return tr("Applied");
        case ApplicationState::Screened:
            return tr("Screened by the host");
        case ApplicationState::Accepted:
            return tr("Accepted");
        case ApplicationState::Declined:
            return tr("Declined");
        case ApplicationState::Withdrawn:
            return tr("Withdrawn");
        }
        return {};
    }
};

/// The translated name of @p state.
inline QString applicationStateName(ApplicationState state)
{
    return OfferText::stateName(state);
}

/**
 * Whether an application may move from @p from to @p to: applied → screened, declined or withdrawn;
 * screened → accepted, declined or withdrawn; accepted → withdrawn; declined and withdrawn are final.
 * Staying in the same state is not a move.
 */
inline bool canMoveApplication(ApplicationState from, ApplicationState to)
{
    using S = ApplicationState;
    switch (from) {
    case S::Applied:
        return to == S::Screened || to == S::Declined || to == S::Withdrawn;
    case S::Screened:
        return to == S::Accepted || to == S::Declined || to == S::Withdrawn;
    case S::Accepted:
        return to == S::Withdrawn;
    case S::Declined:
    case S::Withdrawn:
        return false;
    }
    return false;
}

/**
 * The internship proposal an accepted offer becomes, already filled in for @p studentId: the host
 * (name, kind, AI research, city, country; no address), subject = title, start = earliest start,
 * end = start + weeks × 7 − 1 days (null without a start or a length), the gratification per month,
 * tutor = the offer's contact, state draft. The id is left empty for the caller to give.
 */
inline Internship internshipFromOffer(const Offer& offer, const QString& studentId)
{
    Internship i;
    i.studentId = studentId;
    i.host.name = offer.hostName;
    i.host.kind = offer.hostKind;
    i.host.aiResearch = offer.aiResearch;
    i.host.city = offer.city;
    i.host.country = offer.country;
    i.subject = offer.title;
    i.start = offer.startEarliest;
    if (offer.startEarliest.isValid() && offer.weeks > 0)
        i.end = offer.startEarliest.addDays(qint64(offer.weeks) * 7 - 1);
    i.gratification = Gratification{offer.gratificationEur, GratificationPer::Month};
    i.tutor.name = offer.contactName;
    i.tutor.email = offer.contactEmail;
    i.state = WorkflowState::Draft;
    return i;
}

} // namespace interntrack

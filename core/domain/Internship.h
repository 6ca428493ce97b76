#pragma once

#include "Override.h"
#include "WorkDays.h"
#include "WorkflowState.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace interntrack {

enum class HostKind { PublicLab, Company };

QString hostKindCode(HostKind kind); ///< "public_lab" or "company"
std::optional<HostKind> hostKindFromCode(const QString& code);

/// The organisation that receives an intern.
struct Host
{
    QString name;
    HostKind kind = HostKind::Company;
    bool aiResearch = true; ///< does research in AI, machine learning or data science
    QString address;
    QString city;
    QString country;

    friend bool operator==(const Host&, const Host&) = default;
};

/// The host's supervisor of an intern ("tuteur").
struct Tutor
{
    QString name;
    QString email;
    QString phone;

    friend bool operator==(const Tutor&, const Tutor&) = default;
};

/// The dates on which each of the four parties signed the agreement (null = not yet).
struct Signatures
{
    QDate student;
    QDate host; ///< host representative
    QDate tutor; ///< host supervisor
    QDate university; ///< advisor or dean

    bool complete() const { return student.isValid() && host.isValid() && tutor.isValid() && university.isValid(); }
    int missingCount() const
    {
        return int(!student.isValid()) + int(!host.isValid()) + int(!tutor.isValid()) + int(!university.isValid());
    }
    /// The date of the last signature; null unless complete().
    QDate last() const
    {
        if (!complete())
            return {};
        return std::max({student, host, tutor, university});
    }

    friend bool operator==(const Signatures&, const Signatures&) = default;
};

enum class GratificationPer { Month, Hour };

QString gratificationPerCode(GratificationPer per); ///< "month" or "hour"
std::optional<GratificationPer> gratificationPerFromCode(const QString& code);

/// What the host pays the intern.
struct Gratification
{
    double amountEur = 0.0;
    GratificationPer per = GratificationPer::Month;

    friend bool operator==(const Gratification&, const Gratification&) = default;
};

/// Where the host's screening of the student stands, for partners that interview or select first
/// (e.g. Imperial's industry partners). Checked by INT_HOST_SCREENING.
enum class HostScreening {
    NotNeeded, ///< the host does not screen (or an individual project at the university)
    Pending, ///< the host screens and has not decided yet
    Accepted, ///< the host accepted the student
    Declined, ///< the host declined the student
};

QString hostScreeningCode(HostScreening s); ///< "not_needed", "pending", "accepted" or "declined"
std::optional<HostScreening> hostScreeningFromCode(const QString& code);

/// An internship ("stage"): a placement with a host under an agreement.
struct Internship
{
    QString id;
    QString studentId;
    Host host;
    Tutor tutor;
    QString subject;
    QDate start;
    QDate end;
    double weeklyHours = 35.0;
    WorkDays workDays = WorkDays::mondayToFriday();
    QList<QDate> absences; ///< declared absence days
    QDate submitted; ///< when the proposal reached the advisor (null = not yet)
    Signatures signatures;
    Gratification gratification;
    bool previousSummer = false; ///< completed during the previous summer, to be validated
    /// The host's screening of the student (profiles whose hosts screen; INT_HOST_SCREENING).
    HostScreening hostScreening = HostScreening::NotNeeded;
    bool proof = false; ///< completion proof signed by the host supervisor received
    std::optional<int> reportPages;
    Overrides overrides;
    WorkflowState state = WorkflowState::Draft;

    friend bool operator==(const Internship&, const Internship&) = default;
};

} // namespace interntrack

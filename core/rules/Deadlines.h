#pragma once

#include "domain/Cohort.h"
#include "storage/StorageRecords.h" // ItemKind: a plain enum, no SQL

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace interntrack {

/// What falls due on a deadline's date.
enum class DeadlineKind {
    /// An internship's proposal must reach the advisor: start − the rule set's lead time (leadTimeMonths),
    /// the same date as InternshipFigures::proposalDue. Not for a previous-summer internship (RULES.md: the
    /// lead-time rule does not apply to it). Done once the proposal has been submitted.
    ProposalDue,
    /// The agreement needs its four signatures before the placement starts: the day before the start.
    /// Internships only (a TER's agreement has no signatures recorded). Done when all four are in.
    SignaturesDue,
    /// The item starts (done once the date has passed or the item is in progress or further).
    Start,
    /// The item ends (done once the date has passed or the item is completed or validated).
    End,
    /// The deliverables are due: for an internship the report and the host's completion proof, for a TER or a
    /// summer school the report. The date is the rule set's completion deadline (RuleSet::deadline, 30 June by
    /// default), because RULES.md ("Completion of the year") asks for the TER and the internship or
    /// alternative to be validated by then, report included; an item that ends after the deadline (already an
    /// error) gets its end date instead. Done when the deliverables are in or the item is validated.
    ReportDue,
    /// The seminars replacing an internship: at least RuleSet::seminarsMin of them, each with its paragraph,
    /// by the completion deadline. One per student with seminars (itemKind Seminar, itemId empty).
    SeminarsDue,
};

QString
deadlineKindCode(DeadlineKind kind); ///< "proposal_due", "signatures_due", "start", "end", "report_due", "seminars_due"
std::optional<DeadlineKind> deadlineKindFromCode(const QString& code);
/// The kind's name for people, translated in the "Deadlines" context ("proposal due").
QString deadlineKindName(DeadlineKind kind);

/**
 * One date that matters for one student and one of their items: what the overview shows as the next
 * deadline and what a calendar export (.ics) lists. Built by the pure functions below from the items alone:
 * no clock (today is a parameter), no database.
 */
struct Deadline
{
    QDate date;
    DeadlineKind kind = DeadlineKind::Start;
    ItemKind itemKind = ItemKind::Internship;
    QString itemId; ///< the item's id; empty for SeminarsDue (the student's seminars as a whole)
    QString studentId; ///< a group TER gives one deadline per student
    bool done = false; ///< what was due is there (proposal submitted, all signatures in, report received…)

    /// Not done and its date is before @p today.
    bool isLate(QDate today) const { return !done && date.isValid() && date < today; }

    friend bool operator==(const Deadline&, const Deadline&) = default;
};

// Every function leaves out rejected and cancelled items (nothing is due any more) and dates that are not
// set; a validated item's deadlines are all done. Lists come sorted by sortDeadlines().

/// ProposalDue, SignaturesDue, Start, End and ReportDue of an internship.
QList<Deadline> internshipDeadlines(const Internship& internship, const RuleSet& rules, QDate today);
/// Start, End and ReportDue of a TER, for each of its students.
QList<Deadline> terDeadlines(const Ter& ter, const RuleSet& rules, QDate today);
/// Start, End and ReportDue of a summer school.
QList<Deadline> summerSchoolDeadlines(const SummerSchool& school, const RuleSet& rules, QDate today);
/// The SeminarsDue of @p studentId given their @p seminars (none when they have no seminar).
QList<Deadline> seminarDeadlines(const QString& studentId, const QList<Seminar>& seminars, const RuleSet& rules,
                                 QDate today);

/// Every deadline of the year, sorted.
QList<Deadline> deadlines(const Cohort& cohort, QDate today);
/// The deadlines of one student (their internships, TERs, summer schools and seminars), sorted.
QList<Deadline> deadlines(const Cohort& cohort, const QString& studentId, QDate today);

/**
 * The deadline to show next among @p list: the earliest late one (not done, before @p today) when there is
 * one, else the earliest not-done one on or after @p today; std::nullopt when everything is done.
 */
std::optional<Deadline> nextDeadline(const QList<Deadline>& list, QDate today);
/// The next deadline of one student of @p cohort.
std::optional<Deadline> nextDeadline(const Cohort& cohort, const QString& studentId, QDate today);

/// Sorts by date, then student, then the order of DeadlineKind, then item id.
void sortDeadlines(QList<Deadline>& list);

} // namespace interntrack

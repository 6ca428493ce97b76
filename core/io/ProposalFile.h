#pragma once

#include "domain/AcademicYear.h"
#include "domain/Cohort.h"
#include "domain/Result.h"
#include "domain/WorkflowState.h"
#include "storage/StorageRecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace interntrack {

/**
 * What a student sends to the advisor: their identity and one proposal (an internship, a TER, a summer
 * school or their seminars), written by the student mode's "Submit" as a `.interntrack-proposal` file.
 * The format is JSON, versioned, documented in resources/proposal-format.md:
 *
 *     {"format": "interntrack-proposal", "version": 1, "written": "2026-03-02T10:00:00Z",
 *      "application": "InternTrack 0.4.0", "message": "…",
 *      "proposal": {"academic_year": "2025-2026", "students": [{…}], "internships": [{…}], …}}
 *
 * "proposal" is a cohort in the check input's format (docs/CLI.md) without its rule set, read by the
 * same strict reader: the same field names, defaults and messages.
 */
struct ProposalFile
{
    static constexpr int formatVersion = 1;

    AcademicYear year;
    QDateTime written; ///< when the student wrote the file (UTC in the file)
    QString application; ///< the program that wrote it, e.g. "InternTrack 0.4.0"
    Student student; ///< the sender
    QList<Internship> internships;
    QList<Ter> ters; ///< a pair's TER lists the partner's id too; the partner is named in the message
    QList<SummerSchool> summerSchools;
    QList<Seminar> seminars;
    QString message; ///< the student's words to the advisor

    /// How many items the file proposes.
    qsizetype itemCount() const { return internships.size() + ters.size() + summerSchools.size() + seminars.size(); }

    friend bool operator==(const ProposalFile&, const ProposalFile&) = default;
};

/**
 * The advisor's decision on one proposal, sent back to the student as a `.interntrack-reply` file:
 *
 *     {"format": "interntrack-reply", "version": 1, "academic_year": "2025-2026", "kind": "internship",
 *      "item": "i-3f2a…", "state": "changes_requested", "comment": "…", "decided_by": "Anne Vilnat",
 *      "decided_at": "2026-03-05T14:30:00Z", "student": {"name": "…", "email": "…"}}
 */
struct ProposalReply
{
    static constexpr int formatVersion = 1;

    AcademicYear year;
    QString itemId;
    ItemKind kind = ItemKind::Internship;
    WorkflowState state = WorkflowState::Submitted;
    QString comment;
    QString decidedBy;
    QDateTime decidedAt;
    QString studentEmail;
    QString studentName;

    friend bool operator==(const ProposalReply&, const ProposalReply&) = default;
};

/// The file suffixes, without the dot.
inline constexpr char kProposalSuffix[] = "interntrack-proposal";
inline constexpr char kReplySuffix[] = "interntrack-reply";

/// @p file as JSON (UTF-8, indented: a person may read it).
QByteArray writeProposalFile(const ProposalFile& file);

/**
 * Reads a proposal file. Fails, with one sentence naming where, on anything that is not exactly a
 * proposal of this format: not JSON (line and column), another kind of file, a newer version, a
 * field of the wrong type, an item of another student, a proposal with no item. Never partial.
 */
Result<ProposalFile> readProposalFile(const QByteArray& data);

/// @p reply as JSON (UTF-8, indented).
QByteArray writeProposalReply(const ProposalReply& reply);

/// Reads a reply file; the same strictness as readProposalFile().
Result<ProposalReply> readProposalReply(const QByteArray& data);

} // namespace interntrack

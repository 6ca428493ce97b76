#pragma once

#include "CohortRepository.h"
#include "io/ProposalFile.h"

#include <QCoreApplication>

namespace interntrack {

/**
 * Brings a student's proposal file into the advisor's database (issue 6): the sender is matched to a student
 * of the year, each item arrives as "submitted", dated by the file, with the student's message as the
 * comment of the submission; a proposal sent again replaces the earlier one while it is not approved, and the
 * item's history keeps both. All or nothing: one transaction.
 *
 * plan() reads only and says what apply() would do, so that the GUI can ask before it creates a student.
 */
class ProposalImport
{
    Q_DECLARE_TR_FUNCTIONS(ProposalImport)

public:
    /// How the sender was found among the year's students.
    enum class Match { ById, ByEmail, ByName, NotFound };

    struct Plan
    {
        AcademicYear year;
        Match match = Match::NotFound;
        QString studentId; ///< the matched student's id; the id to create with when NotFound
        QString studentName; ///< as the database knows them (or as the file gives them)
        QStringList newItems; ///< ids of items the database does not have yet
        QStringList replacedItems; ///< ids of earlier versions that will be replaced
        QStringList droppedPartners; ///< ids in a TER's students the database does not know (named in the message)
    };

    struct Options
    {
        bool createStudent = false; ///< create the sender when no student matches (else refused)
        QString actor; ///< who imports, for the records (the advisor's name)
    };

    /// What apply() would do, or why it would refuse; writes nothing.
    static Result<Plan> plan(const CohortRepository& repo, const ProposalFile& file);

    /// Imports @p file in one transaction; on failure the database is as it was.
    static Result<Plan> apply(CohortRepository& repo, const ProposalFile& file, const Options& options);

    /// Whether a proposal in @p state may still be replaced by the student's new version.
    static bool replaceable(WorkflowState state);

    /**
     * The reply to send back for the item @p itemId (internship, TER or summer school) of @p year: its state,
     * and the comment, author and date of the last decision that brought it there. Refused for an item still
     * in draft or submitted (nothing has been decided), or that does not exist.
     */
    static Result<ProposalReply> reply(const CohortRepository& repo, AcademicYear year, const QString& itemId);

    /// One sentence for people: "Camille Durand (matched by email): 1 new internship." etc.
    static QString describe(const Plan& plan);
};

} // namespace interntrack

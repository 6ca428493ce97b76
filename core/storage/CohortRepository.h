#pragma once

#include "StorageRecords.h"
#include "domain/Cohort.h"
#include "domain/HostEntry.h"
#include "domain/Result.h"
#include "rules/Finding.h"
#include "workflow/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace interntrack {

class Database;
class ItemWriter;

/**
 * The items of each academic year in the database: load a year as a Cohort, save one item or
 * many, move items through the workflow, attach documents, read the audit log.
 *
 * Every write is ONE transaction (BEGIN IMMEDIATE) holding the change and its audit rows; called
 * inside a caller's Transaction it becomes a savepoint of it, so a caller can group several calls
 * (e.g. the import of several CSV files) into one all-or-nothing write.
 *
 * Items are matched by their id within a year; hosts and tutors by name across years; TER
 * subjects by title within a year. A nameless host, tutor or subject belongs to its item alone.
 */
class CohortRepository
{
    Q_DECLARE_TR_FUNCTIONS(CohortRepository)

public:
    using Clock = std::function<QDateTime()>;
    /// Reports progress of a long write; returning false cancels it (nothing is saved).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Names an item of a batch in error messages, e.g. "internships.csv, line 14"; by default "internships[13] (i14)".
    using Labeler = std::function<QString(ItemKind kind, qsizetype index, const QString& id)>;

    struct BatchOptions
    {
        Progress progress;
        Labeler label;
    };

    explicit CohortRepository(Database& db);

    /// The clock that dates audit rows, transitions and documents (tests set a fixed one).
    void setClock(Clock clock);

    /// Runs @p work (calls of this repository) as one transaction: all of it is written, or none.
    Status inTransaction(const std::function<Status()>& work);

    // Academic years and their rule sets
    /**
     * The programme this repository works on: the database's (Database::programme()) when set, else the only
     * programme the database holds (then remembered by the Database); empty when the database holds no year
     * yet. Fails, naming them, when the database holds several programmes and none was chosen.
     */
    Result<QString> programme() const;
    /// Every programme of the database, by key, with the name of its latest year's profile and its years.
    Result<QList<ProgrammeInfo>> programmes() const;
    /// Whether @p key can name a programme: 1 to 64 lower-case letters, digits and dashes, e.g. "imperial-msc-ai".
    static bool isProgrammeKey(const QString& key);

    /// The academic years of the programme, oldest first.
    Result<QList<AcademicYear>> academicYears() const;
    /**
     * Adds the year of @p rules to the programme; to a database without a year, as the programme of the rules'
     * profile (its id), which becomes the database's programme.
     */
    Status createAcademicYear(const RuleSet& rules, const QString& actor);
    Result<RuleSet> rules(AcademicYear year) const;
    Status saveRules(const RuleSet& rules, const QString& actor);

    /// The whole year, every field, read in one consistent snapshot; with @p stamps, each item's row stamp too.
    Result<Cohort> loadCohort(AcademicYear year, RowStamps* stamps = nullptr) const;
    /// The row stamps of the year's items (one query per kind), the same as loadCohort() gives.
    Result<RowStamps> rowStamps(AcademicYear year) const;
    /**
     * Refuses with Status::conflict() ("changed by X at T") when the item is no longer at @p expectedVersion
     * (0: when it exists). Inside inTransaction(), it also locks the item's row until the commit, so that a
     * change made with other calls (a workflow step, a document) applies to the version the user saw.
     */
    Status checkVersion(AcademicYear year, ItemKind kind, const QString& id, qint64 expectedVersion);
    /// The row stamp of one item (version 0 when it is not stored).
    Result<RowStamp> rowStamp(AcademicYear year, ItemKind kind, const QString& id) const;
    /**
     * Makes the year equal to @p cohort, in one transaction: creates the year if needed, saves its
     * rules, inserts or updates every item, deletes the year's items the cohort does not list.
     */
    Status saveCohort(const Cohort& cohort, const QString& actor, const BatchOptions& options = {});
    /// Inserts or updates the items of @p items (its rules are ignored) in one transaction: all or nothing.
    Status importItems(AcademicYear year, const Cohort& items, const QString& actor, const BatchOptions& options = {});

    // One item
    Result<Student> student(AcademicYear year, const QString& id) const;
    Result<Internship> internship(AcademicYear year, const QString& id) const;
    Result<Ter> ter(AcademicYear year, const QString& id) const;
    Result<SummerSchool> summerSchool(AcademicYear year, const QString& id) const;
    Result<Seminar> seminar(AcademicYear year, const QString& id) const;
    /**
     * Saves one item (inserts or updates it by id). With @p expectedVersion (its RowStamp::version when the user
     * opened it, 0 for a new item), refused with Status::conflict() — "changed by X at T" — when the stored item
     * is no longer at that version: optimistic locking, never a silent overwrite of another person's change.
     */
    Status saveStudent(AcademicYear year, const Student& item, const QString& actor,
                       std::optional<qint64> expectedVersion = std::nullopt);
    Status saveInternship(AcademicYear year, const Internship& item, const QString& actor,
                          std::optional<qint64> expectedVersion = std::nullopt);
    Status saveTer(AcademicYear year, const Ter& item, const QString& actor,
                   std::optional<qint64> expectedVersion = std::nullopt);
    Status saveSummerSchool(AcademicYear year, const SummerSchool& item, const QString& actor,
                            std::optional<qint64> expectedVersion = std::nullopt);
    Status saveSeminar(AcademicYear year, const Seminar& item, const QString& actor,
                       std::optional<qint64> expectedVersion = std::nullopt);
    /// Deletes an item with its overrides and documents (a student only once they have no items); with
    /// @p expectedVersion, refused as a conflict when someone changed it meanwhile (see saveStudent()).
    Status deleteItem(AcademicYear year, ItemKind kind, const QString& id, const QString& actor,
                      std::optional<qint64> expectedVersion = std::nullopt);

    // Catalogue shared across items
    Result<QList<Host>> hosts() const;
    Status saveHost(const Host& host, const QString& actor);
    Result<QList<Tutor>> tutors() const;
    Status saveTutor(const Tutor& tutor, const QString& actor);
    Result<QList<TerSubject>> terSubjects(AcademicYear year) const;
    Status saveTerSubject(AcademicYear year, const TerSubject& subject, const QString& actor);
    /// The host directory: every named host with the named tutors who work there, by name.
    Result<QList<HostEntry>> hostDirectory() const;
    /**
     * Inserts or updates hosts (by name) with their tutors (by name; a tutor listed under another host
     * moves to this one), in one transaction: all or nothing. @p labels name each entry in messages
     * (e.g. "hosts.csv, line 3"); by default "hosts[2] (name)". The same name given twice with other
     * details is refused.
     */
    Status importHosts(const QList<HostEntry>& hosts, const QString& actor, const QStringList& labels = {});
    /// Inserts or updates the TER subjects of a year (by title), in one transaction: all or nothing.
    Status importTerSubjects(AcademicYear year, const QList<TerSubject>& subjects, const QString& actor,
                             const QStringList& labels = {});

    /// Adds an advisor's override to an item (read and written in one transaction: no lost update).
    Status addOverride(AcademicYear year, ItemKind kind, const QString& id, Override override, const Actor& actor);

    /**
     * Moves an item (internship, TER, summer school) from @p expectedFrom to @p to if Workflow allows it,
     * storing the transition (who, role, when, comment) with the state change and its audit row, in one
     * transaction. Refused if the item is no longer in @p expectedFrom (someone else moved it).
     * @p findings are the item's current findings (see Workflow::canTransition).
     */
    Status transition(AcademicYear year, ItemKind kind, const QString& id, WorkflowState expectedFrom, WorkflowState to,
                      const Actor& actor, const QString& comment, const QList<Finding>& findings);
    Result<QList<TransitionRecord>> transitions(AcademicYear year, ItemKind kind, const QString& id) const;

    // Documents (stored in the database; a report's page count becomes the item's report pages)
    Result<qint64> attachDocument(AcademicYear year, const Document& document, const QString& actor);
    Result<QList<Document>> documents(AcademicYear year, ItemKind kind, const QString& id,
                                      bool withContent = false) const;
    Result<Document> document(qint64 id) const;
    Status removeDocument(qint64 id, const QString& actor);

    /// Audit rows, oldest first; @p table and @p rowId filter when given.
    Result<QList<AuditEntry>> auditLog(const QString& table = {}, qint64 rowId = 0, int limit = 100000) const;
    /// The audit rows of one item of a year, oldest first (empty when it was never stored).
    Result<QList<AuditEntry>> itemHistory(AcademicYear year, ItemKind kind, const QString& id) const;

private:
    Result<qint64> yearRowId(AcademicYear year) const;
    Status write(AcademicYear year, const QString& actor, const std::function<Status(ItemWriter&)>& work);
    template<typename T>
    Result<T> item(AcademicYear year, ItemKind kind, const QString& id) const;
    Status writeBatch(AcademicYear year, const Cohort& items, const QString& actor, const BatchOptions& options,
                      bool replace, const RuleSet* rules);

    Database& m_db;
    Clock m_clock;
};

} // namespace interntrack

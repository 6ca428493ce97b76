#pragma once

#include "domain/Cohort.h"
#include "domain/HostEntry.h"
#include "domain/Result.h"
#include "rules/Checker.h"
#include "storage/ChangeFeed.h"
#include "storage/ProposalImport.h"
#include "storage/StorageRecords.h"
#include "workflow/Actor.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <variant>

class QTimer;
class QUndoStack;
template<typename T>
class QFutureWatcher;

namespace interntrack {

class CohortRepository;
class Database;

/// One item of a year, whatever its kind (what an undoable edit saves).
using Item = std::variant<Student, Internship, Ter, SummerSchool, Seminar>;
ItemKind kindOf(const Item& item);
QString idOf(const Item& item);

/// Which party signs the agreement.
enum class Signatory { Student, Host, Tutor, University };

/**
 * The database the user works on and the academic year shown: every view reads the year's items
 * and findings from here, and every change goes through here (core/workflow decides what is
 * allowed, core/storage writes it in one transaction with its audit rows). Each change is an
 * undoable command on undoStack(); the rules run again after it.
 *
 * A year is loaded and checked off the GUI thread (a 300,000-row year takes seconds); views show
 * isLoading() meanwhile and are reset by yearLoaded().
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    /// Dates changes and decides "today" for the rules (tests set a fixed one).
    void setClock(Clock clock);
    QDate today() const;

    /**
     * Opens @p path (migrating it; read-only when newer) and starts loading its latest year. In a database of
     * several programmes, @p programme when it holds it (the one the user had last), else the first by key.
     */
    Status open(const QString& path, const QString& programme = {});
    /**
     * Connects to the PostgreSQL database @p url ("postgresql://login@host:port/database", without a password)
     * with @p password (empty: libpq's PGPASSWORD or ~/.pgpass), and starts loading its latest year. The server
     * says who works: the actor becomes the login, with the role the server gives it (ServerSetup::loginRole())
     * and, for a student, their student. The password is never saved, logged or shown: it is kept in memory
     * only while the database is open, for the connections that load a year, and dropped by close().
     * On failure (wrong password, unknown database, a login that is no InternTrack user) nothing is open
     * (a database open before stays open).
     */
    Status openServer(const QString& url, const QString& password);
    /// Whether the open database is a PostgreSQL server's (the server then decides the actor's role).
    bool isServer() const;
    /// Creates a new database at @p path (which must not exist) with @p year and its default rule set.
    Status create(const QString& path, AcademicYear year, const QString& profileId = {});
    void close();
    /// Writes a consistent copy of the open database to @p path (which must not exist).
    Status backup(const QString& path) const;
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    /// How the file was opened, when it matters (e.g. read-only because it is newer); empty otherwise.
    QString notice() const;

    /// The programmes of the open database (one, unless it serves several), by key.
    QList<ProgrammeInfo> programmes() const;
    /// The key of the programme shown (its years, its rules); empty when no database is open.
    QString programme() const;
    /**
     * Shows the programme @p key of the open database: its year that contains today, else its latest, is
     * loaded (yearLoaded()); databaseChanged() tells the views that list the years.
     */
    Status setProgramme(const QString& key);
    /**
     * Adds the programme @p key to the open database, with its first academic year @p year under the rules of the
     * shipped profile @p profileId, and shows it. Refused when @p key is taken or is not a programme key.
     */
    Status addProgramme(const QString& key, const QString& profileId, AcademicYear year);

    /// The academic years of the programme shown, oldest first.
    QList<AcademicYear> years() const;
    AcademicYear year() const;
    /// Loads @p year in the background (yearLoaded() when done).
    void setYear(AcademicYear year);
    /**
     * The password the user gave for the open server database (empty for a file): what a background task that
     * opens its own connection to it needs. Held in memory while the database is open; never saved or shown.
     */
    QString connectionPassword() const { return m_password; }
    /// Reads the year shown again, in the background (e.g. after another person's changes).
    void reload();
    /**
     * Reads one item again from the database, with its version (another person changed it): views update. What
     * follows a conflict (Status::isConflict()) — Workspace does it itself when one of its writes meets one.
     */
    void refreshItem(ItemKind kind, const QString& id);
    /// Adds @p year to the database with @p rules (the default rule set of that year when null).
    Status addYear(AcademicYear year, const RuleSet* rules = nullptr);
    bool isLoading() const;
    /// Blocks until the year being loaded is there (tests, the benchmark, closing).
    void waitForLoaded();

    /// Who makes the changes, and with which rights.
    void setActor(const Actor& actor);
    const Actor& actor() const { return m_actor; }

    QUndoStack* undoStack() const { return m_undo; }

    // What the year holds, and what the rules say of it (stage Current: each item as far as it is).
    const Cohort& cohort() const { return m_cohort; }
    const CheckResult& checkResult() const { return m_check; }
    const RuleSet& rules() const { return m_cohort.rules; }
    const Student* student(const QString& id) const;
    const Internship* internship(const QString& id) const;
    const Ter* ter(const QString& id) const;
    const SummerSchool* summerSchool(const QString& id) const;
    const Seminar* seminar(const QString& id) const;
    std::optional<Item> item(ItemKind kind, const QString& id) const;
    /// The findings about one item (a student: the student-level rules only).
    QList<Finding> findings(const QString& subjectId) const;
    /// Every finding about a student and their items.
    QList<Finding> studentFindings(const QString& studentId) const;
    /// The ids of the student's items of each kind.
    QStringList internshipsOf(const QString& studentId) const;
    QStringList tersOf(const QString& studentId) const;
    QStringList summerSchoolsOf(const QString& studentId) const;
    QStringList seminarsOf(const QString& studentId) const;

    /// Checks an edited item without saving it (what an editor shows as the user types).
    QList<Finding> preview(const Item& item) const;

    // Catalogue shared across years
    QList<HostEntry> hostDirectory() const;
    QList<TerSubject> terSubjects() const;

    // Changes. Each is one transaction and one undoable command; a refusal says why and changes nothing.
    /**
     * Saves an edited (or new) item; @p description names the change in the Edit menu. @p base: the item as the
     * user started editing it; when another person changed it since, refused with Status::conflict() ("changed
     * by X at T"), and the year shows their version.
     */
    Status saveItem(const Item& item, const QString& description = {}, const std::optional<Item>& base = std::nullopt);
    Status deleteItem(ItemKind kind, const QString& id);
    /// Moves an item through the workflow (approve, request changes, reject, validate…).
    Status transition(ItemKind kind, const QString& id, WorkflowState to, const QString& comment = {});
    /// The advisor accepts an item although @p rule flags it; @p reason is required.
    Status overrideRule(ItemKind kind, const QString& id, const QString& rule, const QString& reason);
    /// Removes the override of @p rule from an item.
    Status removeOverride(ItemKind kind, const QString& id, const QString& rule);
    /**
     * Records one signature of an internship's agreement on @p date (null to clear it). When the
     * fourth one is recorded, the internship moves on to "signed" (through "sent for signature").
     */
    Status recordSignature(const QString& internshipId, Signatory who, QDate date, bool electronic = false);
    /// Attaches a report PDF to an internship, TER or summer school; its page count becomes the item's.
    Status attachReport(ItemKind kind, const QString& id, const QString& pdfPath);
    Status setProofReceived(const QString& internshipId, bool received);
    Status setTerGrade(const QString& terId, std::optional<double> grade);
    /// Replaces the year's rule set (the advisor's settings); the rules run again.
    Status saveRules(const RuleSet& rules);

    /// The history of an item: its audit rows and workflow transitions, oldest first.
    Result<QList<AuditEntry>> history(ItemKind kind, const QString& id) const;
    Result<QList<TransitionRecord>> transitions(ItemKind kind, const QString& id) const;
    Result<QList<Document>> documents(ItemKind kind, const QString& id) const;

    /// Used by the undo commands: writes @p item as it is (no workflow check) and re-runs the rules.
    Status writeItem(const Item& item);
    Status writeDeletion(ItemKind kind, const QString& id);
    Status removeDocument(qint64 documentId);
    Status writeRules(const RuleSet& rules);

    // --- offers ---
    /// The open database (nullptr when none): what repositories outside the Workspace (the offers) work on.
    Database* database() const { return m_db.get(); }
    // --- end offers ---

    // --- student ---
    /// New items get random, globally unique ids ("i-" + 12 hex digits) rather than "i" + a number: set for a
    /// student's personal file, whose items travel to the advisor's database and keep their ids there.
    void setRandomIds(bool random) { m_randomIds = random; }
    bool randomIds() const { return m_randomIds; }
    /**
     * Records the advisor's decision on an item, received in a reply file: moves it to @p to as @p decidedBy
     * (role advisor), dated @p decidedAt, with @p comment, as a workflow transition (so the item's history shows
     * who decided, when and why). The decision was checked in the advisor's database, with its overrides: the
     * findings here do not block it. An item still in draft or sent back is first marked submitted. One undoable
     * command; refused (nothing changed) when the workflow has no way from the item's state to @p to.
     */
    Status recordDecision(ItemKind kind, const QString& id, WorkflowState to, const QString& comment,
                          const QString& decidedBy, const QDateTime& decidedAt);
    // --- end student ---

    // --- proposal files (advisor) ---
    /// What importing @p file would do (who the sender is, which items are new or replaced), or why not.
    Result<ProposalImport::Plan> planProposal(const ProposalFile& file) const;
    /**
     * Imports students' proposal files in one transaction (all or nothing), then reloads the year shown when
     * they are of it. Not undoable (the undo history is cleared): the import is in the items' history instead.
     * @p createStudents names the senders (by file index) the user agreed to create.
     */
    Result<QList<ProposalImport::Plan>> importProposals(const QList<ProposalFile>& files,
                                                        const QList<int>& createStudents);
    /// The reply to send back for an item of the year shown (see ProposalImport::reply()).
    Result<ProposalReply> replyFor(const QString& itemId) const;
    // --- end proposal files ---

signals:
    /// A database was opened or closed.
    void databaseChanged();
    void loadingChanged(bool loading);
    /// The year's items were replaced (opened, another year, reloaded): views reset.
    void yearLoaded();
    /// One item changed (or appeared, or went): views update its row. Findings may change anywhere.
    void itemChanged(ItemKind kind, const QString& id);
    /// The rules ran again (after any change): about @p students and their items, or everything when empty.
    void findingsChanged(const QStringList& students);
    /// What just happened, for the status bar.
    void message(const QString& text);
    /// Something failed that no caller is waiting for (an undo that could not be written).
    void errorOccurred(const QString& text);
    void actorChanged();
    /// The year's rule set changed (the rules ran again: findingsChanged() follows too).
    void rulesChanged();

private:
    struct Loaded;
    Status openDatabase(const QString& path, const QString& password, const QString& programme = {});
    void startLoading(AcademicYear year);
    void finishLoading();
    void reindex();
    void reindexFindings();
    /// Runs the rules again over @p students' items (and what shares a TER or subject with them), or over
    /// the whole year when empty; @p removedIds are items gone from the year.
    void recheck(const QStringList& students = {}, const QStringList& removedIds = {});
    QStringList touchedStudents(const Item& item) const;
    QStringList affectedBy(const Item& item) const;
    /// Puts @p item in the year (replacing the one with its id); the students whose findings may change.
    QStringList replaceInCohort(const Item& item);
    void removeFromCohort(ItemKind kind, const QString& id);
    /// Starts following other people's changes of the open database.
    void followOthers();
    /// Applies the changes other people made (m_remote) to the year shown.
    void applyOthersChanges();
    /// Runs @p work, writes of one item, in one transaction: refused as a conflict if the item changed since it
    /// was read (its stamp); records the item's new stamp.
    Status writeStamped(ItemKind kind, const QString& id, const std::function<Status()>& work);
    Status push(const QString& text, const Item& before, const Item& after, std::function<Status()> firstRedo = {});
    QStringList studentsOf(const Item& item) const;
    Status checkEditable(ItemKind kind, const QString& id) const;
    int terHeadcount(const Ter& ter) const;

    Clock m_clock;
    RowStamps m_stamps; ///< the version of each item of the year as read (optimistic locking)
    std::unique_ptr<ChangeFeed> m_feed; ///< other people's changes (NOTIFY, or a shared file's data version)
    QList<ChangeFeed::Change> m_remote; ///< received, not applied yet
    bool m_remoteUnknown = false; ///< something changed, not known what: the year is read again
    QTimer* m_remoteTimer = nullptr;
    static constexpr int kRemoteItemsLimit = 50; ///< more changed items at once: the year is read again
    std::unique_ptr<Database> m_db;
    QString m_password; ///< of the open server database, for the loading connections; never saved or shown
    std::unique_ptr<CohortRepository> m_repo;
    QUndoStack* m_undo = nullptr;
    Actor m_actor;
    AcademicYear m_year;
    Cohort m_cohort;
    CheckResult m_check;
    QFutureWatcher<std::shared_ptr<Loaded>>* m_loader = nullptr;
    int m_loadGeneration = 0;
    bool m_randomIds = false; // --- student ---

    // Indexes of m_cohort, rebuilt by reindex()
    QHash<QString, qsizetype> m_studentRow, m_internshipRow, m_terRow, m_schoolRow, m_seminarRow;
    QHash<QString, QStringList> m_internshipsOf, m_tersOf, m_schoolsOf, m_seminarsOf;
    QHash<QString, QStringList> m_tersOfSubject; ///< case-folded subject → TER ids
    QHash<QString, QList<qsizetype>> m_findingsOf; ///< subject → indexes in m_check.findings
    QHash<QString, QList<qsizetype>> m_findingsOfStudent;
};

} // namespace interntrack

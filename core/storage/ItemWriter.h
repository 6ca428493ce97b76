#pragma once

#include "CohortLoader.h"
#include "SqlStatement.h"
#include "StorageRecords.h"
#include "domain/Cohort.h"
#include "domain/HostEntry.h"
#include "domain/Result.h"
#include "rules/Finding.h"
#include "workflow/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace interntrack {

class Database;

/**
 * Writes items of one academic year inside a transaction the caller holds, with an audit row
 * per changed row (same transaction). Prepared statements are reused across items; for many
 * items, preload() reads the year's ids, items and the shared catalogue once, so that an import
 * makes no query per item to find what exists. An unchanged item is not rewritten.
 */
class ItemWriter
{
    Q_DECLARE_TR_FUNCTIONS(CohortRepository)

public:
    /**
     * Names an item in messages ("internships[13] (i14)", "internships.csv, line 14"). A label given by a
     * maker is made only when a message (or the catalogue, for the first item using a host) needs it: an
     * import names 100,000 items and almost never says so.
     */
    class Label
    {
    public:
        using Maker = std::function<QString(ItemKind kind, qsizetype index, const QString& id)>;
        Label(const QString& text) // implicit: a label already made
            : m_text(text)
            , m_made(true)
        {
        }
        /// @p make and @p id must outlive the label.
        Label(const Maker& make, ItemKind kind, qsizetype index, const QString& id)
            : m_make(&make)
            , m_kind(kind)
            , m_index(index)
            , m_id(&id)
        {
        }
        const QString& text() const
        {
            if (!m_made) {
                m_text = (*m_make)(m_kind, m_index, *m_id);
                m_made = true;
            }
            return m_text;
        }

    private:
        const Maker* m_make = nullptr;
        ItemKind m_kind = ItemKind::Student;
        qsizetype m_index = 0;
        const QString* m_id = nullptr;
        mutable QString m_text;
        mutable bool m_made = false;
    };

    ItemWriter(Database& db, qint64 yearId, AcademicYear year, QString actor, const QDateTime& now);
    ~ItemWriter();
    ItemWriter(const ItemWriter&) = delete;
    ItemWriter& operator=(const ItemWriter&) = delete;

    /// Reads the year's ids and the shared catalogue, and the items of the kinds @p batch holds (all if none).
    Status preload(const Cohort* batch = nullptr);

    // Insert or update by id; @p where names the item in messages ("internships[3] (i4)").
    Status save(const Student& item, const Label& where);
    Status save(const Internship& item, const Label& where);
    Status save(const Ter& item, const Label& where);
    Status save(const SummerSchool& item, const Label& where);
    Status save(const Seminar& item, const Label& where);
    Status remove(ItemKind kind, const QString& uid, const Label& where);

    Status saveHost(const Host& host, const Label& where);
    Status saveTutor(const Tutor& tutor, const Label& where);
    /// A host of the directory with the tutors who work there (they move to it if listed elsewhere).
    Status saveHostEntry(const HostEntry& entry, const Label& where);
    Status saveSubject(const TerSubject& subject, const Label& where);

    Status addOverride(ItemKind kind, const QString& uid, const Override& override, const Label& where);
    Status transition(ItemKind kind, const QString& uid, WorkflowState expectedFrom, WorkflowState to,
                      const Actor& actor, const QString& comment, const QList<Finding>& findings);
    Result<qint64> attachDocument(const Document& document);
    Status removeDocument(qint64 documentId);

    /**
     * Makes the next save() or remove() of that item refuse, with Status::conflict(), when its stored row is no
     * longer at @p version (see CohortRepository::rowStamp(); 0: the item must not exist yet): someone else
     * changed it since it was read. The message names who changed it and when.
     */
    void expectVersion(ItemKind kind, const QString& uid, qint64 version);
    /// Checks now that the item is at @p version (as expectVersion() would), locking its row until the commit.
    Status verifyVersion(ItemKind kind, const QString& uid, qint64 version);

    /// The ids of the year's items of @p kind (after preload()).
    QStringList knownIds(ItemKind kind) const;
    /// The row id of an item, 0 when there is none.
    Result<qint64> rowId(ItemKind kind, const QString& uid);

    Status audit(const QString& table, qint64 rowId, const QString& action, const QString& oldJson,
                 const QString& newJson);
    /// The same with UTF-8 text (an empty JSON is NULL): what a bulk write calls per item.
    Status audit(std::string_view table, qint64 rowId, std::string_view action, std::string_view oldJson,
                 std::string_view newJson);

private:
    enum Stmt {
        StudentInsert,
        StudentUpdate,
        InternshipInsert,
        InternshipUpdate,
        AbsenceDelete,
        AbsenceInsert,
        TerInsert,
        TerUpdate,
        TerStudentDelete,
        TerStudentInsert,
        SchoolInsert,
        SchoolUpdate,
        LinkDelete,
        LinkInsert,
        SeminarInsert,
        SeminarUpdate,
        OverrideDelete,
        OverrideInsert,
        HostByName,
        HostById,
        HostInsert,
        HostUpdate,
        TutorByName,
        TutorById,
        TutorInsert,
        TutorUpdate,
        TutorSetHost,
        SubjectByTitle,
        SubjectById,
        SubjectInsert,
        SubjectUpdate,
        AuditInsert,
        StmtCount
    };

    template<typename T>
    struct Known
    {
        QHash<QString, qint64> ids; ///< uid → row id (all of the year's when complete)
        QHash<qint64, T> items; ///< row id → item as stored (when itemsLoaded)
        bool complete = false; ///< preload() read every id of the year
        bool itemsLoaded = false; ///< the year's items were read, the first time one was needed
        QSet<QString> seen; ///< ids written by this writer, to refuse duplicates
    };

    template<typename T>
    Known<T>& known();
    /// Reads every item of the year of kind T into known<T>().items (once, when an update first needs one).
    template<typename T>
    Status loadItems();
    template<typename T>
    Status saveItem(const T& item, const Label& where);
    template<typename T>
    Result<std::optional<T>> loadRow(qint64 row);
    template<typename T>
    Status changeItem(ItemKind kind, const QString& uid, const Label& where, const std::function<Status(T&)>& change);

    Result<qint64> writeRow(const Student& item, qint64 row, const Student* old, const Label& where);
    Result<qint64> writeRow(const Internship& item, qint64 row, const Internship* old, const Label& where);
    Result<qint64> writeRow(const Ter& item, qint64 row, const Ter* old, const Label& where);
    Result<qint64> writeRow(const SummerSchool& item, qint64 row, const SummerSchool* old, const Label& where);
    Result<qint64> writeRow(const Seminar& item, qint64 row, const Seminar* old, const Label& where);

    Status writeOverrides(ItemKind kind, qint64 row, const Overrides& overrides, bool replace, const Label& where);
    Result<qint64> studentRow(const QString& uid, const Label& where);
    Result<qint64> hostRow(const Host& host, qint64 previous, const Label& where);
    /// @p hostId: where a new tutor works (the internship's host), 0 if not known.
    Result<qint64> tutorRow(const Tutor& tutor, qint64 previous, const Label& where, qint64 hostId = 0);
    Result<qint64> subjectRow(const TerSubject& subject, qint64 previous, const Label& where);
    /// Checks the version expected of an item (expectVersion()), locking its row until the commit.
    Status checkVersion(ItemKind kind, const QString& uid, qint64 row, const Label& where);
    Status dropPrivateRow(const char* table, const char* referencingTable, const char* column, qint64 row);
    Result<QList<qint64>> references(const QString& sql, qint64 row);

    bool exec(Stmt stmt, std::initializer_list<QVariant> values);
    SqlStatement& query(Stmt stmt);
    Status failure(const QString& doing) const;
    Result<qint64> insertedId(Stmt stmt, const QString& doing);
    /// @p doing makes the message of a failure, only when there is one.
    Result<qint64> insertedId(Stmt stmt, const std::function<QString()>& doing);

    Database& m_db;
    qint64 m_yearId;
    AcademicYear m_year;
    QString m_actor;
    QString m_now;
    std::string m_nowUtf8;
    std::string m_actorUtf8;
    std::string m_oldJson; ///< buffers of the audit JSON, reused from item to item
    std::string m_newJson;
    CohortLoader m_loader;
    std::array<std::unique_ptr<SqlStatement>, StmtCount> m_stmts;
    QSqlError m_lastError;

    std::array<QHash<QString, qint64>, 5> m_expected; ///< by ItemKind: uid → expected row version
    std::array<std::unique_ptr<SqlStatement>, 5> m_versionStmts; ///< by ItemKind: reads (and locks) a row's version

    Known<Student> m_students;
    Known<Internship> m_internships;
    Known<Ter> m_ters;
    Known<SummerSchool> m_schools;
    Known<Seminar> m_seminars;

    /// A named catalogue row (host, tutor, subject): its id, its values, and which item set them in this writer.
    template<typename T>
    struct Shared
    {
        qint64 id = 0;
        T value;
        QString setBy; ///< empty until an item of this writer used it
    };
    QHash<QString, Shared<Host>> m_hosts;
    QHash<QString, Shared<Tutor>> m_tutors;
    QHash<QString, Shared<TerSubject>> m_subjects;
    QHash<qint64, std::pair<qint64, QString>> m_tutorHosts; ///< tutor row → host row and the entry that set it
    bool m_catalogueComplete = false; ///< every TER subject of the year is in m_subjects
    bool m_directoryComplete = false; ///< every named host and tutor is in m_hosts, m_tutors
    /// From this many internships in a batch, preload() reads the whole directory instead of looking names up.
    static constexpr qsizetype kWholeDirectoryFrom = 1000;
};

} // namespace interntrack

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
    ItemWriter(Database& db, qint64 yearId, AcademicYear year, QString actor, QDateTime now);
    ~ItemWriter();
    ItemWriter(const ItemWriter&) = delete;
    ItemWriter& operator=(const ItemWriter&) = delete;

    Status preload();

    // Insert or update by id; @p where names the item in messages ("internships[3] (i4)").
    Status save(const Student& item, const QString& where);
    Status save(const Internship& item, const QString& where);
    Status save(const Ter& item, const QString& where);
    Status save(const SummerSchool& item, const QString& where);
    Status save(const Seminar& item, const QString& where);
    Status remove(ItemKind kind, const QString& uid, const QString& where);

    Status saveHost(const Host& host, const QString& where);
    Status saveTutor(const Tutor& tutor, const QString& where);
    /// A host of the directory with the tutors who work there (they move to it if listed elsewhere).
    Status saveHostEntry(const HostEntry& entry, const QString& where);
    Status saveSubject(const TerSubject& subject, const QString& where);

    Status addOverride(ItemKind kind, const QString& uid, const Override& override, const QString& where);
    Status transition(ItemKind kind, const QString& uid, WorkflowState expectedFrom, WorkflowState to,
                      const Actor& actor, const QString& comment, const QList<Finding>& findings);
    Result<qint64> attachDocument(const Document& document);
    Status removeDocument(qint64 documentId);

    /// The ids of the year's items of @p kind (after preload()).
    QStringList knownIds(ItemKind kind) const;
    /// The row id of an item, 0 when there is none.
    Result<qint64> rowId(ItemKind kind, const QString& uid);

    Status audit(const QString& table, qint64 rowId, const QString& action, const QString& oldJson,
                 const QString& newJson);

private:
    enum Stmt {
        StudentInsert, StudentUpdate,
        InternshipInsert, InternshipUpdate, AbsenceDelete, AbsenceInsert,
        TerInsert, TerUpdate, TerStudentDelete, TerStudentInsert,
        SchoolInsert, SchoolUpdate, LinkDelete, LinkInsert,
        SeminarInsert, SeminarUpdate,
        OverrideDelete, OverrideInsert,
        HostByName, HostById, HostInsert, HostUpdate,
        TutorByName, TutorById, TutorInsert, TutorUpdate, TutorSetHost,
        SubjectByTitle, SubjectById, SubjectInsert, SubjectUpdate,
        AuditInsert,
        StmtCount
    };

    template<typename T>
    struct Known
    {
        QHash<QString, qint64> ids;  ///< uid → row id (all of the year's when complete)
        QHash<qint64, T> items;      ///< row id → item as stored (when complete)
        bool complete = false;
        QSet<QString> seen;          ///< ids written by this writer, to refuse duplicates
    };

    template<typename T> Known<T>& known();
    template<typename T> Status saveItem(const T& item, const QString& where);
    template<typename T> Result<std::optional<T>> loadRow(qint64 row);
    template<typename T> Status changeItem(ItemKind kind, const QString& uid, const QString& where,
                                           const std::function<Status(T&)>& change);

    Result<qint64> writeRow(const Student& item, qint64 row, const Student* old, const QString& where);
    Result<qint64> writeRow(const Internship& item, qint64 row, const Internship* old, const QString& where);
    Result<qint64> writeRow(const Ter& item, qint64 row, const Ter* old, const QString& where);
    Result<qint64> writeRow(const SummerSchool& item, qint64 row, const SummerSchool* old, const QString& where);
    Result<qint64> writeRow(const Seminar& item, qint64 row, const Seminar* old, const QString& where);

    Status writeOverrides(ItemKind kind, qint64 row, const Overrides& overrides, bool replace, const QString& where);
    Result<qint64> studentRow(const QString& uid, const QString& where);
    Result<qint64> hostRow(const Host& host, qint64 previous, const QString& where);
    /// @p hostId: where a new tutor works (the internship's host), 0 if not known.
    Result<qint64> tutorRow(const Tutor& tutor, qint64 previous, const QString& where, qint64 hostId = 0);
    Result<qint64> subjectRow(const TerSubject& subject, qint64 previous, const QString& where);
    Status dropPrivateRow(const char* table, const char* referencingTable, const char* column, qint64 row);
    Result<QList<qint64>> references(const QString& sql, qint64 row);

    bool exec(Stmt stmt, std::initializer_list<QVariant> values);
    SqlStatement& query(Stmt stmt);
    Status failure(const QString& doing) const;
    Result<qint64> insertedId(Stmt stmt, const QString& doing);

    Database& m_db;
    qint64 m_yearId;
    AcademicYear m_year;
    QString m_actor;
    QString m_now;
    CohortLoader m_loader;
    std::array<std::unique_ptr<SqlStatement>, StmtCount> m_stmts;
    QSqlError m_lastError;

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
    bool m_catalogueComplete = false;
};

} // namespace interntrack

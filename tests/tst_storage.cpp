// The storage suite, on the engine $INTERNTRACK_TEST_STORAGE names (tests/support/StorageTarget): SQLite files
// (tst_storage) or a throwaway PostgreSQL cluster (tst_storage_pg, the same executable). A test of what only an
// SQLite file has is skipped on PostgreSQL; tst_pgstorage holds what only PostgreSQL has.
#include "PgCluster.h"
#include "StorageTarget.h"
#include "TestSupport.h"
#include "domain/Profiles.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/ItemJson.h"
#include "storage/Migrations.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace interntrack;
using interntrack::test::d;
using interntrack::test::fullCohort;

namespace {

const QString kActor = QStringLiteral("Test Advisor");
const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 30, 0, 250), Qt::UTC);

Cohort defaultsCohort()
{
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(AcademicYear{2030});
    Student s;
    s.id = QStringLiteral("only");
    c.students = {s};
    Internship i;
    i.id = QStringLiteral("i");
    i.studentId = s.id;
    c.internships = {i};
    Ter t;
    t.id = QStringLiteral("t");
    c.ters = {t}; // a TER with no student yet
    SummerSchool ss;
    ss.id = QStringLiteral("ss");
    ss.studentId = s.id;
    c.summerSchools = {ss};
    Seminar se;
    se.id = QStringLiteral("se");
    se.studentId = s.id;
    c.seminars = {se};
    return c;
}

template<typename T>
bool sameItems(const QList<T>& actual, const QList<T>& expected, QString* why)
{
    if (actual.size() != expected.size()) {
        *why = QStringLiteral("%1 items instead of %2").arg(actual.size()).arg(expected.size());
        return false;
    }
    for (qsizetype i = 0; i < actual.size(); ++i) {
        if (!(actual.at(i) == expected.at(i))) {
            // Name the fields that differ (the whole JSON would be cut short in the test's output).
            const QJsonObject got = QJsonDocument::fromJson(ItemJson::text(actual.at(i)).toUtf8()).object();
            const QJsonObject want = QJsonDocument::fromJson(ItemJson::text(expected.at(i)).toUtf8()).object();
            QStringList fields;
            for (auto it = want.begin(); it != want.end(); ++it) {
                if (got.value(it.key()) != it.value())
                    fields.append(
                        it.key() + QStringLiteral(": got ")
                        + QString::fromUtf8(
                            QJsonDocument(QJsonArray{got.value(it.key())}).toJson(QJsonDocument::Compact))
                        + QStringLiteral(" want ")
                        + QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)));
            }
            if (fields.isEmpty())
                fields.append(
                    QStringLiteral("a field the audit JSON does not show (e.g. the time zone of an instant)"));
            *why = QStringLiteral("item %1 (%2) differs in %3")
                       .arg(i)
                       .arg(expected.at(i).id, fields.join(QStringLiteral("; ")));
            return false;
        }
    }
    return true;
}

/// Compares two cohorts list by list, saying which item differs and how.
#define COMPARE_COHORTS(actual, expected)                                                                              \
    do {                                                                                                               \
        QString why;                                                                                                   \
        QVERIFY2((actual).rules == (expected).rules, "rule sets differ");                                              \
        QVERIFY2(sameItems((actual).students, (expected).students, &why),                                              \
                 qPrintable(QStringLiteral("students: ") + why));                                                      \
        QVERIFY2(sameItems((actual).internships, (expected).internships, &why),                                        \
                 qPrintable(QStringLiteral("internships: ") + why));                                                   \
        QVERIFY2(sameItems((actual).ters, (expected).ters, &why), qPrintable(QStringLiteral("ters: ") + why));         \
        QVERIFY2(sameItems((actual).summerSchools, (expected).summerSchools, &why),                                    \
                 qPrintable(QStringLiteral("summer schools: ") + why));                                                \
        QVERIFY2(sameItems((actual).seminars, (expected).seminars, &why),                                              \
                 qPrintable(QStringLiteral("seminars: ") + why));                                                      \
        QVERIFY((actual) == (expected));                                                                               \
    } while (false)

/// A connection of its own to a file, for what the tests do behind the program's back.
class Raw
{
public:
    explicit Raw(const QString& path, bool readOnly = false)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    ~Raw()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    /// Every row of every table, in a stable order: to prove that nothing changed.
    QString dump() { return test::dumpTables(QSqlDatabase::database(m_name, false)); }

private:
    QString m_name;
};

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int fileMode(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// Every row of a query, its columns joined by '|', one string per row.
QStringList rows(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList columns;
        for (int c = 0; c < q.record().count(); ++c)
            columns.append(q.value(c).toString());
        out.append(columns.join(QLatin1Char('|')));
    }
    return out;
}

/// Whether SQLite would build a temporary b-tree (OpenEphemeral) to run @p sql.
bool usesEphemeralTable(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("EXPLAIN ") + sql))
        return true;
    while (q.next()) {
        if (q.value(1).toString() == QLatin1String("OpenEphemeral"))
            return true;
    }
    return false;
}

Internship bulkInternship(int n, const QString& student)
{
    Internship i = test::cleanInternship();
    i.id = QStringLiteral("bulk-%1").arg(n);
    i.studentId = student;
    i.host.name = QStringLiteral("Host %1").arg(n % 50);
    i.tutor = Tutor{QStringLiteral("Tutor %1").arg(n % 200), QStringLiteral("t%1@example.org").arg(n % 200), {}};
    if (n % 3 == 0)
        i.absences = {d("2026-05-12"), d("2026-05-13")};
    if (n % 7 == 0)
        i.overrides = {
            Override{QStringLiteral("INT_LEAD_TIME"), QStringLiteral("A"), QDateTime(), QStringLiteral("ok")}};
    return i;
}

/**
 * Lets today's writer save into a database left at an older schema version (a test builds one with
 * OpenOptions::migrateTo): the columns of later versions the writer fills are added for the saves, then dropped,
 * so that the database is again as that version left it.
 */
class LaterColumns
{
public:
    explicit LaterColumns(const Database& db)
        : m_db(db)
    {
        for (const QString& sql : statements(true))
            m_ok = m_ok && QSqlQuery(m_db.connection()).exec(sql);
    }
    bool ok() const { return m_ok; }
    /// Drops them again; false on failure.
    bool drop()
    {
        bool ok = true;
        for (const QString& sql : statements(false))
            ok = ok && QSqlQuery(m_db.connection()).exec(sql);
        return ok;
    }

private:
    static QStringList statements(bool add)
    {
        QStringList out;
        const auto column = [&](const char* table, const char* name, const char* type) {
            out << (add ? QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(QLatin1String(table), QLatin1String(name), QLatin1String(type))
                        : QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                              .arg(QLatin1String(table), QLatin1String(name)));
        };
        // Version 4: row versions, and the host's screening.
        for (const char* table : {"students", "internships", "ters", "summer_schools", "seminars"}) {
            column(table, "row_version", "INTEGER NOT NULL DEFAULT 1");
            column(table, "changed_by", "TEXT");
            column(table, "changed_at", "TEXT");
        }
        column("internships", "host_screening", "TEXT NOT NULL DEFAULT 'not_needed'");
        // Version 5: the programme of a year.
        column("academic_years", "programme", "TEXT NOT NULL DEFAULT 'paris-saclay-m1'");
        return out;
    }

    const Database& m_db;
    bool m_ok = true;
};

} // namespace

Q_DECLARE_METATYPE(interntrack::Cohort)

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void roundTripOneItemAtATime();
    void pragmasAfterOpen();
    void bothReadPathsAgree();
    void fileIsPrivate();
    void updateWritesAuditRowWithOldAndNew();
    void unchangedItemWritesNothing();
    void auditJsonIsJson();
    void auditAbsentAfterRollback();
    void nestedTransactionsAreSavepoints();
    void failedBatchChangesNoRow_data();
    void failedBatchChangesNoRow();
    void hostsAreReusedAcrossYears();
    void terSubjectIsShared();
    void hostDirectory();
    void importTerSubjects();
    void deleteItems();
    void saveCohortReplacesTheYear();
    void migrateFromVersion1WithData();
    void migrationTwoKeepsRowsIdsAndChecks();
    void migrationMechanism();
    void failedMigrationChangesNothing();
    void failedCreationLeavesNoFile();
    void splitStatements();
    void newerVersionOpensReadOnly();
    void notAnInternTrackFile_data();
    void notAnInternTrackFile();
    void truncatedFile_data();
    void truncatedFile();
    void corruptFile();
    void readOnlyOpen();
    void fullDisk();
    void backupAndRestore();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void workflowTransitionsAreStored();
    void overridesNeedTheAdvisor();
    void documents();
    void manyInternshipsLoadGrouped();
    void statementBindsTextItKeeps();
    void importUpdatesWhatExists();
    void childRowsOfOtherYearsStayOut();
    void programmesAreSeparate();
    void programmeKeys_data();
    void programmeKeys();
    void migrationFiveNamesTheProgrammes();

private:
    /// The test function's database: an SQLite file, or a PostgreSQL URL (see StorageTarget).
    QString path() const { return m_target.database(); }
    /// Another file of the test function's temporary folder.
    QString path(const QString& name) const { return m_target.filePath(name); }
    void openFresh(Database& db, CohortRepository& repo, const QString& file);

    test::StorageTarget m_target; ///< the engine of this run ($INTERNTRACK_TEST_STORAGE)
};

void TestStorage::initTestCase()
{
    qInfo("storage engine: %s", m_target.isSqlite() ? "SQLite" : "PostgreSQL");
    if (m_target.isPostgreSql())
        INTERNTRACK_REQUIRE_POSTGRESQL();
    QVERIFY2(m_target.start(), qPrintable(m_target.error()));
}

void TestStorage::init()
{
    QVERIFY2(m_target.renew(), qPrintable(m_target.error()));
}

void TestStorage::cleanup()
{
    m_target.release();
}

void TestStorage::openFresh(Database& db, CohortRepository& repo, const QString& file)
{
    const Status s = db.open(file);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(db.isServer(), m_target.isPostgreSql());
    repo.setClock([] { return kNow; });
}

void TestStorage::roundTrip_data()
{
    QTest::addColumn<Cohort>("cohort");
    QTest::newRow("every-field-set") << fullCohort();
    QTest::newRow("defaults-and-nulls") << defaultsCohort();
    Cohort empty;
    empty.rules = RuleSet::parisSaclayM1(AcademicYear{2024});
    QTest::newRow("empty-year") << empty;
}

void TestStorage::roundTrip()
{
    QFETCH(Cohort, cohort);
    {
        Database db;
        CohortRepository repo(db);
        openFresh(db, repo, path());
        const Status saved = repo.saveCohort(cohort, kActor);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const Result<Cohort> loaded = repo.loadCohort(cohort.year());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        COMPARE_COHORTS(loaded.value(), cohort);
    }
    // And after closing and opening the file again.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Result<Cohort> loaded = repo.loadCohort(cohort.year());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    COMPARE_COHORTS(loaded.value(), cohort);
    QCOMPARE(repo.academicYears().value(), QList<AcademicYear>{cohort.year()});
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
}

void TestStorage::roundTripOneItemAtATime()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    const AcademicYear y = c.year();
    QVERIFY(repo.createAcademicYear(c.rules, kActor).ok());
    for (const Student& s : c.students)
        QVERIFY(repo.saveStudent(y, s, kActor).ok());
    for (const Ter& t : c.ters)
        QVERIFY(repo.saveTer(y, t, kActor).ok());
    for (const Internship& i : c.internships) {
        const Status s = repo.saveInternship(y, i, kActor);
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }
    for (const SummerSchool& s : c.summerSchools)
        QVERIFY(repo.saveSummerSchool(y, s, kActor).ok());
    for (const Seminar& s : c.seminars)
        QVERIFY(repo.saveSeminar(y, s, kActor).ok());
    QCOMPARE(repo.internship(y, QStringLiteral("i1")).value(), c.internships.at(0));
    QCOMPARE(repo.ter(y, QStringLiteral("t1")).value(), c.ters.at(0));
    QCOMPARE(repo.summerSchool(y, QStringLiteral("ss1")).value(), c.summerSchools.at(0));
    QCOMPARE(repo.seminar(y, QStringLiteral("se1")).value(), c.seminars.at(0));
    QCOMPARE(repo.student(y, QStringLiteral("s1")).value(), c.students.at(0));
    const Result<Internship> missing = repo.internship(y, QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QLatin1String("nope")));
    const Result<Cohort> loaded = repo.loadCohort(y);
    QVERIFY(loaded.ok());
    COMPARE_COHORTS(loaded.value(), c);
    QCOMPARE(repo.rules(y).value(), c.rules);
}

void TestStorage::pragmasAfterOpen()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    Database db;
    QVERIFY(db.open(path()).ok());
    QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(count(db, QStringLiteral("PRAGMA synchronous")), 2); // FULL
    QCOMPARE(count(db, QStringLiteral("PRAGMA busy_timeout")), 5000);
    QCOMPARE(count(db, QStringLiteral("PRAGMA user_version")), Database::latestSchemaVersion());
    QCOMPARE(count(db, QStringLiteral("PRAGMA application_id")), Database::applicationId);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!db.isReadOnly());
    QVERIFY(db.notice().isEmpty());
    // Foreign keys hold: a row pointing nowhere is refused.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO students (academic_year_id, uid, name, email, student_number) "
                                   "VALUES (999, 'x', '', '', '')")));
}

void TestStorage::bothReadPathsAgree()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    // On Debian the Qt plugin links the system SQLite, so loaders read through its handle directly.
    QVERIFY(SqlStatement::nativeAvailable(db.connection()));
    SqlStatement::setNativeAllowed(false);
    QVERIFY(!SqlStatement::nativeAvailable(db.connection()));
    const Result<Cohort> throughQt = repo.loadCohort(c.year());
    const Result<Internship> oneThroughQt = repo.internship(c.year(), QStringLiteral("i3"));
    // Writes through QSqlQuery too: another year, and changes to this one.
    Cohort other = fullCohort();
    other.rules = RuleSet::parisSaclayM1(AcademicYear{2027});
    other.internships[0].absences.append(d("2026-06-02"));
    const Status savedThroughQt = repo.saveCohort(other, kActor);
    SqlStatement::setNativeAllowed(true);
    QVERIFY2(throughQt.ok(), qPrintable(throughQt.error()));
    COMPARE_COHORTS(throughQt.value(), c);
    QCOMPARE(oneThroughQt.value(), c.internships.at(2));
    QVERIFY2(savedThroughQt.ok(), qPrintable(savedThroughQt.error()));
    const Result<Cohort> otherLoaded = repo.loadCohort(other.year());
    QVERIFY(otherLoaded.ok());
    COMPARE_COHORTS(otherLoaded.value(), other);
    // A value the program never writes is reported, not guessed at, on both paths.
    {
        Raw raw(path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE internships SET start_date = '2026-13-45' WHERE uid = 'i1'")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"))); // as another program could
        QVERIFY(raw.exec(QStringLiteral("UPDATE ters SET state = 'lost' WHERE uid = 't1'")));
    }
    for (bool native : {true, false}) {
        SqlStatement::setNativeAllowed(native);
        const Result<Cohort> bad = repo.loadCohort(c.year());
        SqlStatement::setNativeAllowed(true);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QLatin1String("2026-13-45")) && bad.error().contains(QLatin1String("start_date")),
                 qPrintable(bad.error()));
        const Result<Ter> badTer = repo.ter(c.year(), QStringLiteral("t1"));
        QVERIFY(!badTer.ok());
        QVERIFY2(badTer.error().contains(QLatin1String("lost")), qPrintable(badTer.error()));
    }
}

void TestStorage::fileIsPrivate()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    QCOMPARE(fileMode(path()), 0600);
    QVERIFY(repo.saveCohort(fullCohort(), kActor).ok());
    // SQLite gives its write-ahead log and shared-memory files the mode of the database.
    QCOMPARE(fileMode(path() + QStringLiteral("-wal")), 0600);
    QCOMPARE(fileMode(path() + QStringLiteral("-shm")), 0600);
    QVERIFY(db.backup(path(QStringLiteral("copy.interntrack"))).ok());
    QCOMPARE(fileMode(path(QStringLiteral("copy.interntrack"))), 0600);
}

void TestStorage::updateWritesAuditRowWithOldAndNew()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    Internship changed = c.internships.at(0);
    changed.subject = QStringLiteral("Protein folding");
    changed.absences.append(d("2026-06-01"));
    QVERIFY(repo.saveInternship(c.year(), changed, QStringLiteral("Secretary Jones")).ok());

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM internships WHERE uid = 'i1'")) && q.next());
    const qint64 row = q.value(0).toLongLong();
    const Result<QList<AuditEntry>> log = repo.auditLog(QStringLiteral("internships"), row);
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 2);
    QCOMPARE(log->at(0).action, QStringLiteral("insert"));
    QVERIFY(log->at(0).oldJson.isEmpty());
    QCOMPARE(log->at(0).actor, kActor);
    const AuditEntry& update = log->at(1);
    QCOMPARE(update.action, QStringLiteral("update"));
    QCOMPARE(update.actor, QStringLiteral("Secretary Jones"));
    QCOMPARE(update.at, kNow);
    QCOMPARE(update.oldJson, ItemJson::text(c.internships.at(0)));
    QCOMPARE(update.newJson, ItemJson::text(changed));
    QVERIFY(update.newJson.contains(QLatin1String("Protein folding")));
    QVERIFY(update.oldJson.contains(QLatin1String("Graph neural networks")));
    QCOMPARE(repo.internship(c.year(), QStringLiteral("i1")).value(), changed);
}

void TestStorage::auditJsonIsJson()
{
    Cohort c = fullCohort();
    c.students[1].name = QStringLiteral("tab\tquote\" back\\slash nul-free \x01 control é 😀");
    for (const Student& s : c.students) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(ItemJson::text(s).toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("name")).toString(), s.name);
    }
    const QJsonObject i1 = QJsonDocument::fromJson(ItemJson::text(c.internships.at(0)).toUtf8()).object();
    QCOMPARE(i1.value(QStringLiteral("subject")).toString(), c.internships.at(0).subject);
    QCOMPARE(i1.value(QStringLiteral("weekly_hours")).toDouble(), 28.5);
    QCOMPARE(i1.value(QStringLiteral("absences")).toArray().size(), 2);
    QCOMPARE(i1.value(QStringLiteral("work_days")).toArray().size(), 3);
    QCOMPARE(i1.value(QStringLiteral("gratification")).toObject().value(QStringLiteral("amount_eur")).toDouble(), 4.35);
    QCOMPARE(i1.value(QStringLiteral("overrides")).toArray().at(1).toObject().value(QStringLiteral("at")).type(),
             QJsonValue::Null);
    QCOMPARE(i1.value(QStringLiteral("report_pages")).toInt(), 5);
    for (const Ter& t : c.ters)
        QVERIFY(QJsonDocument::fromJson(ItemJson::text(t).toUtf8()).isObject());
    for (const SummerSchool& ss : c.summerSchools)
        QVERIFY(QJsonDocument::fromJson(ItemJson::text(ss).toUtf8()).isObject());
    for (const Seminar& se : c.seminars)
        QVERIFY(QJsonDocument::fromJson(ItemJson::text(se).toUtf8()).isObject());
}

void TestStorage::unchangedItemWritesNothing()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const qint64 before = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(repo.saveInternship(c.year(), c.internships.at(0), kActor).ok());
    QVERIFY(repo.saveCohort(c, kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), before);
}

void TestStorage::auditAbsentAfterRollback()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const QString before = m_target.dump();
    {
        Transaction tx(db);
        QVERIFY(tx.status().ok());
        Student s{QStringLiteral("s9"), QStringLiteral("Rolled Back"), {}, {}, {}};
        QVERIFY(repo.saveStudent(c.year(), s, kActor).ok());
        // Inside the transaction the change and its audit row are there together…
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM students WHERE uid = 's9'")), 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_json LIKE '%Rolled Back%'")), 1);
        // …and go together: no commit.
    }
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM students WHERE uid = 's9'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE new_json LIKE '%Rolled Back%'")), 0);
    QCOMPARE(m_target.dump(), before);
}

void TestStorage::nestedTransactionsAreSavepoints()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    Transaction outer(db);
    QVERIFY(outer.status().ok());
    QVERIFY(
        repo.saveStudent(c.year(), Student{QStringLiteral("s10"), QStringLiteral("Kept"), {}, {}, {}}, kActor).ok());
    // A failing inner write is undone alone; the outer transaction goes on.
    Internship bad = c.internships.at(1);
    bad.id = QStringLiteral("i99");
    bad.studentId = QStringLiteral("nobody");
    QVERIFY(!repo.saveInternship(c.year(), bad, kActor).ok());
    QVERIFY(outer.commit().ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM students WHERE uid = 's10'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internships WHERE uid = 'i99'")), 0);
}

void TestStorage::failedBatchChangesNoRow_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown-student-in-the-last-item") << QStringLiteral("unknown-student") << QStringLiteral("nobody");
    QTest::newRow("duplicate-id-in-the-batch") << QStringLiteral("duplicate") << QStringLiteral("two");
    QTest::newRow("same-host-name-with-other-details") << QStringLiteral("host-conflict") << QStringLiteral("Host 1");
    QTest::newRow("override-without-a-reason") << QStringLiteral("override") << QStringLiteral("reason");
    QTest::newRow("subject-with-another-capacity") << QStringLiteral("subject") << QStringLiteral("subject");
    QTest::newRow("cancelled-halfway") << QStringLiteral("cancel") << QStringLiteral("Cancelled");
    QTest::newRow("not-a-number") << QStringLiteral("nan") << QStringLiteral("numbers");
}

void TestStorage::failedBatchChangesNoRow()
{
    QFETCH(QString, breakage);
    QFETCH(QString, message);
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const QString before = m_target.dump();

    Cohort batch;
    batch.students = {Student{QStringLiteral("n1"), QStringLiteral("New One"), {}, {}, {}}};
    Student changed = c.students.at(0);
    changed.name = QStringLiteral("Renamed");
    batch.students.append(changed); // an update that must be undone too
    for (int n = 0; n < 1500; ++n)
        batch.internships.append(bulkInternship(n, QStringLiteral("n1")));
    CohortRepository::BatchOptions options;
    if (breakage == QLatin1String("unknown-student")) {
        batch.internships.last().studentId = QStringLiteral("nobody");
    } else if (breakage == QLatin1String("duplicate")) {
        batch.internships.last().id = batch.internships.first().id;
    } else if (breakage == QLatin1String("host-conflict")) {
        batch.internships.last().host = batch.internships.at(1).host;
        batch.internships.last().host.city = QStringLiteral("Elsewhere");
    } else if (breakage == QLatin1String("override")) {
        batch.internships.last().overrides = {
            Override{QStringLiteral("INT_LEAD_TIME"), kActor, {}, QStringLiteral(" ")}};
    } else if (breakage == QLatin1String("subject")) {
        Ter t = c.ters.at(0);
        t.id = QStringLiteral("t9");
        t.studentIds = {QStringLiteral("n1")};
        Ter t2 = t;
        t2.id = QStringLiteral("t10");
        t2.capacity = 5;
        batch.ters = {t, t2};
    } else if (breakage == QLatin1String("cancel")) {
        options.progress = [](qint64 done, qint64) { return done < 1024; };
    } else if (breakage == QLatin1String("nan")) {
        batch.internships.last().weeklyHours = std::nan("");
    }
    const Status s = repo.importItems(c.year(), batch, kActor, options);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    QCOMPARE(m_target.dump(), before);

    // The same batch without the fault goes in whole.
    if (breakage == QLatin1String("cancel")) {
        QVERIFY(repo.importItems(c.year(), batch, kActor).ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internships WHERE uid LIKE 'bulk-%'")), 1500);
    }
}

void TestStorage::hostsAreReusedAcrossYears()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    Cohort a = fullCohort();
    QVERIFY(repo.saveCohort(a, kActor).ok());
    Cohort b = fullCohort();
    b.rules = RuleSet::parisSaclayM1(AcademicYear{2026});
    QVERIFY(repo.saveCohort(b, kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM hosts WHERE name = 'Inria Saclay'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM tutors WHERE name = 'Dr. Marie Curie'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internships")), 8);
    const Result<QList<Host>> hosts = repo.hosts();
    QVERIFY(hosts.ok());
    QCOMPARE(hosts->size(), 1); // the nameless host of i3 is not in the catalogue
    QCOMPARE(hosts->first(), a.internships.at(0).host);
    // A host edited in one year is the same host in every year.
    Host moved = a.internships.at(0).host;
    moved.address = QStringLiteral("Bâtiment Alan Turing");
    QVERIFY(repo.saveHost(moved, kActor).ok());
    QCOMPARE(repo.internship(AcademicYear{2025}, QStringLiteral("i1"))->host, moved);
    QCOMPARE(repo.internship(AcademicYear{2026}, QStringLiteral("i4"))->host, moved);
    QVERIFY(!repo.saveHost(Host{}, kActor).ok());
    QVERIFY(repo.saveTutor(Tutor{QStringLiteral("New Tutor"), {}, {}}, kActor).ok());
    QCOMPARE(repo.tutors()->size(), 2);
}

void TestStorage::terSubjectIsShared()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ter_subjects")), 2); // t1 and t2 share, t3 has its own
    const Result<QList<TerSubject>> subjects = repo.terSubjects(c.year());
    QVERIFY(subjects.ok());
    QCOMPARE(subjects->size(), 1);
    QCOMPARE(subjects->first().capacity, std::optional<int>(2));
    QCOMPARE(subjects->first().kind, TerKind::ChallengeSolve);
    // Raising the capacity of the subject shows in both TERs.
    TerSubject bigger = subjects->first();
    bigger.capacity = 4;
    QVERIFY(repo.saveTerSubject(c.year(), bigger, kActor).ok());
    QCOMPARE(repo.ter(c.year(), QStringLiteral("t1"))->capacity, std::optional<int>(4));
    QCOMPARE(repo.ter(c.year(), QStringLiteral("t2"))->capacity, std::optional<int>(4));
    // A subject listed before any TER takes it (CSV import of subjects).
    QVERIFY(repo.saveTerSubject(c.year(),
                                TerSubject{QStringLiteral("Fairness audits"), TerKind::Research, 3,
                                           Lab{QStringLiteral("LRI"), true}},
                                kActor)
                .ok());
    QCOMPARE(repo.terSubjects(c.year())->size(), 2);
}

void TestStorage::hostDirectory()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    // A tutor first met through an internship works at that internship's host.
    QVERIFY(repo.saveCohort(fullCohort(), kActor).ok());
    Result<QList<HostEntry>> directory = repo.hostDirectory();
    QVERIFY(directory.ok());
    QCOMPARE(directory->size(), 1);
    QCOMPARE(directory->first().host.name, QStringLiteral("Inria Saclay"));
    QCOMPARE(directory->first().tutors, QList<Tutor>{fullCohort().internships.at(0).tutor});

    const HostEntry cea{Host{QStringLiteral("CEA List"), HostKind::PublicLab, true, QStringLiteral("Nano-INNOV"),
                             QStringLiteral("Palaiseau"), QStringLiteral("France")},
                        {Tutor{QStringLiteral("Dr. Ada Byron"), QStringLiteral("ada@cea.fr"), {}},
                         Tutor{QStringLiteral("Dr. Marie Curie"), QStringLiteral("curie@inria.fr"),
                               QStringLiteral("+33 1 23 45 67 89")}}};
    const HostEntry mistral{Host{QStringLiteral("Mistral AI"),
                                 HostKind::Company,
                                 true,
                                 {},
                                 QStringLiteral("Paris"),
                                 QStringLiteral("France")},
                            {Tutor{QStringLiteral("Arthur M."), QStringLiteral("a@mistral.ai"), QStringLiteral("01")}}};
    const Status imported = repo.importHosts({mistral, cea}, kActor);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    directory = repo.hostDirectory();
    QVERIFY(directory.ok());
    // Sorted by name; Marie Curie moved from Inria to CEA (with an audit row); Inria keeps no tutor.
    QCOMPARE(directory->size(), 3);
    QCOMPARE(directory->at(0), cea);
    QCOMPARE(directory->at(1).host.name, QStringLiteral("Inria Saclay"));
    QVERIFY(directory->at(1).tutors.isEmpty());
    QCOMPARE(directory->at(2), mistral);
    QCOMPARE(
        count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'tutors' AND action = 'update' "
                                 "AND new_json LIKE '%CEA List%'")),
        1);
    // Importing the export again changes nothing.
    const qint64 audits = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(repo.importHosts(directory.value(), kActor).ok());
    QCOMPARE(repo.hostDirectory().value(), directory.value());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);

    // Refused, all or nothing, naming where: the same host with other details; a tutor under two hosts.
    const QString before = m_target.dump();
    HostEntry other = mistral;
    other.host.city = QStringLiteral("Lyon");
    Status s = repo.importHosts(
        {HostEntry{Host{QStringLiteral("New Lab"), HostKind::PublicLab, true, {}, {}, {}}, {}}, mistral, other}, kActor,
        {QStringLiteral("hosts.csv, line 2"), QStringLiteral("hosts.csv, line 3"),
         QStringLiteral("hosts.csv, line 4")});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("hosts.csv, line 4")) && s.error().contains(QLatin1String("line 3")),
             qPrintable(s.error()));
    HostEntry twice{Host{QStringLiteral("New Lab"), HostKind::PublicLab, true, {}, {}, {}}, {mistral.tutors.first()}};
    s = repo.importHosts({mistral, twice}, kActor);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("Arthur M.")), qPrintable(s.error()));
    QVERIFY(!repo.importHosts({HostEntry{Host{}, {}}}, kActor).ok());
    QCOMPARE(m_target.dump(), before);
}

void TestStorage::importTerSubjects()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    QVERIFY(repo.createAcademicYear(test::rules2025(), kActor).ok());
    const QList<TerSubject> subjects = {
        TerSubject{QStringLiteral("Fairness audits"), TerKind::Research, 2, Lab{QStringLiteral("LISN"), true}},
        TerSubject{QStringLiteral("Anomaly challenge data"), TerKind::ChallengePrep, std::nullopt,
                   Lab{QStringLiteral("LISN"), true}},
    };
    QVERIFY(repo.importTerSubjects(AcademicYear{2025}, subjects, kActor).ok());
    QCOMPARE(repo.terSubjects(AcademicYear{2025}).value(), (QList<TerSubject>{subjects.at(1), subjects.at(0)}));
    const QString before = m_target.dump();
    TerSubject clash = subjects.at(0);
    clash.capacity = 3;
    const Status s =
        repo.importTerSubjects(AcademicYear{2025}, {subjects.at(1), subjects.at(0), clash}, kActor,
                               {QStringLiteral("a.csv:2"), QStringLiteral("a.csv:3"), QStringLiteral("a.csv:4")});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(QLatin1String("a.csv:4")), qPrintable(s.error()));
    QVERIFY(!repo.importTerSubjects(AcademicYear{2031}, subjects, kActor).ok()); // no such year
    QCOMPARE(m_target.dump(), before);
}

void TestStorage::deleteItems()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const AcademicYear y = c.year();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM hosts")), 2);

    const Status refused = repo.deleteItem(y, ItemKind::Student, QStringLiteral("s2"), kActor);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("s2")), qPrintable(refused.error()));

    QVERIFY(repo.deleteItem(y, ItemKind::Internship, QStringLiteral("i3"), kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM hosts")), 1); // i3's private host went with it
    QVERIFY(repo.deleteItem(y, ItemKind::Internship, QStringLiteral("i1"), kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM overrides WHERE item_kind = 'internship'")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internship_absences")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM hosts")), 1); // named hosts are kept
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE action = 'delete' AND table_name = 'internships' "
                           "AND old_json LIKE '%Graph neural%'")),
             1);
    QVERIFY(!repo.deleteItem(y, ItemKind::Internship, QStringLiteral("i1"), kActor).ok());

    QVERIFY(repo.deleteItem(y, ItemKind::Ter, QStringLiteral("t3"), kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM ter_subjects")), 1);
    QVERIFY(repo.deleteItem(y, ItemKind::Internship, QStringLiteral("i2"), kActor).ok());
    QVERIFY(repo.deleteItem(y, ItemKind::Ter, QStringLiteral("t1"), kActor).ok());
    QVERIFY(repo.deleteItem(y, ItemKind::Student, QStringLiteral("s2"), kActor).ok());
    QVERIFY(!repo.student(y, QStringLiteral("s2")).ok());
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    if (m_target.isSqlite()) // PostgreSQL checks each reference as it is written
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
}

void TestStorage::saveCohortReplacesTheYear()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    // Drop s4 and everything of theirs; move i2 from s2 to s1.
    c.students.removeLast();
    c.ters.removeLast();
    c.summerSchools.removeLast();
    c.seminars.clear();
    c.internships[1].studentId = QStringLiteral("s1");
    c.rules.seminarsMin = 7;
    const Status s = repo.saveCohort(c, kActor);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const Result<Cohort> loaded = repo.loadCohort(c.year());
    QVERIFY(loaded.ok());
    COMPARE_COHORTS(loaded.value(), c);
}

void TestStorage::migrateFromVersion1WithData()
{
    const Cohort c = fullCohort();
    {
        Database db;
        OpenOptions options;
        options.migrateTo = 1;
        QVERIFY(db.open(path(), options).ok());
        QCOMPARE(db.schemaVersion(), 1);
        LaterColumns later(db);
        QVERIFY(later.ok());
        CohortRepository repo(db);
        QVERIFY(repo.saveCohort(c, kActor).ok());
        QVERIFY(later.drop());
    }
    Database db;
    QVERIFY(db.open(path()).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    CohortRepository repo(db);
    const Result<Cohort> loaded = repo.loadCohort(c.year());
    QVERIFY(loaded.ok());
    COMPARE_COHORTS(loaded.value(), c);
}

void TestStorage::migrationTwoKeepsRowsIdsAndChecks()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    // Version 2 rewrites the CHECK (col IN (…)) constraints as comparisons, rebuilding nine tables.
    QVERIFY(Database::latestSchemaVersion() >= 2);
    const Cohort c = fullCohort();
    const QStringList tables = {QStringLiteral("academic_years"),
                                QStringLiteral("hosts"),
                                QStringLiteral("tutors"),
                                QStringLiteral("students"),
                                QStringLiteral("ter_subjects"),
                                QStringLiteral("ters"),
                                QStringLiteral("ter_students"),
                                QStringLiteral("internships"),
                                QStringLiteral("internship_absences"),
                                QStringLiteral("summer_schools"),
                                QStringLiteral("summer_school_links"),
                                QStringLiteral("seminars"),
                                QStringLiteral("overrides"),
                                QStringLiteral("documents"),
                                QStringLiteral("workflow_transitions"),
                                QStringLiteral("audit_log")};
    QHash<QString, QStringList> before;
    QStringList indexesBefore;
    QStringList sequenceBefore;
    QHash<QString, QStringList> columnsBefore; // later versions add columns: the rows compare on these
    qint64 deletedId = 0;
    {
        Database db;
        OpenOptions options;
        options.migrateTo = 1;
        QVERIFY(db.open(path(), options).ok());
        LaterColumns later(db);
        QVERIFY(later.ok());
        CohortRepository repo(db);
        repo.setClock([] { return kNow; });
        QVERIFY(repo.saveCohort(c, kActor).ok());
        // Rows in the tables the cohort leaves empty, and a deleted last row: its id must not come back.
        Document doc;
        doc.itemKind = ItemKind::Internship;
        doc.itemId = QStringLiteral("i1");
        doc.kind = DocumentKind::Agreement;
        doc.fileName = QStringLiteral("agreement.pdf");
        doc.mediaType = QStringLiteral("application/pdf");
        doc.content = QByteArray("%PDF-1.4 agreement");
        QVERIFY(repo.attachDocument(c.year(), doc, kActor).ok());
        Internship extra = c.internships.at(1);
        extra.id = QStringLiteral("i-last");
        QVERIFY(repo.saveInternship(c.year(), extra, kActor).ok());
        deletedId = count(db, QStringLiteral("SELECT id FROM internships WHERE uid = 'i-last'"));
        QVERIFY(repo.deleteItem(c.year(), ItemKind::Internship, QStringLiteral("i-last"), kActor).ok());
        QVERIFY(count(db, QStringLiteral("SELECT max(id) FROM internships")) < deletedId);
        QVERIFY(later.drop());
        for (const QString& t : tables) {
            before.insert(t, rows(db, QStringLiteral("SELECT * FROM %1").arg(t)));
            columnsBefore.insert(t, rows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(t)));
        }
        indexesBefore = rows(db, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' "
                                                "ORDER BY name"));
        sequenceBefore = rows(db, QStringLiteral("SELECT name, seq FROM sqlite_sequence ORDER BY name"));
        QVERIFY(usesEphemeralTable(db, QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_id, action) "
                                                      "VALUES ('', '', '', 1, 'insert')")));
    }

    Database db;
    const Status opened = db.open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    // Every row with its id, every index, every AUTOINCREMENT counter as they were; no table left behind.
    for (const QString& t : tables) {
        const QString columns = columnsBefore.value(t).join(QStringLiteral(", "));
        QCOMPARE(rows(db, QStringLiteral("SELECT %1 FROM %2").arg(columns, t)), before.value(t));
    }
    // (the tables later migrations add, e.g. 003's offers, bring their own indexes)
    QCOMPARE(rows(db, QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name "
                                     "NOT IN ('offers', 'applications') ORDER BY name")),
             indexesBefore);
    QCOMPARE(rows(db, QStringLiteral("SELECT name, seq FROM sqlite_sequence ORDER BY name")), sequenceBefore);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name GLOB '*_new'")), 0);
    // No CHECK lists values with IN any more (hosts keeps its two-value lists, which cost nothing)…
    QCOMPARE(rows(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE '% IN (%' "
                                     "ORDER BY name")),
             QStringList{QStringLiteral("hosts")});
    // … so writing a row builds no temporary b-tree.
    QVERIFY(!usesEphemeralTable(db, QStringLiteral("INSERT INTO audit_log (at, actor, table_name, row_id, action) "
                                                   "VALUES ('', '', '', 1, 'insert')")));
    QVERIFY(!usesEphemeralTable(db, QStringLiteral("UPDATE internships SET state = 'draft' WHERE id = 1")));
    QVERIFY(!usesEphemeralTable(db, QStringLiteral("UPDATE ters SET state = 'draft' WHERE id = 1")));
    // The checks still refuse what they refused.
    QSqlQuery q(db.connection());
    for (const char* refused :
         {"UPDATE internships SET state = 'lost'", "UPDATE internships SET gratification_per = 'week'",
          "UPDATE internships SET proof = 2", "UPDATE ters SET state = 'Draft'", "UPDATE ters SET paid = -1",
          "UPDATE summer_schools SET state = ''", "UPDATE summer_schools SET proposed = 3",
          "UPDATE ter_subjects SET kind = 'other'", "UPDATE ter_subjects SET lab_in_paris_saclay = 5",
          "UPDATE overrides SET item_kind = 'host'", "UPDATE documents SET kind = 'photo'",
          "UPDATE documents SET item_kind = 'hosts'", "UPDATE audit_log SET action = 'upsert'",
          "UPDATE hosts SET kind = 'school'",
          // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): each statement is split on two lines on purpose
          "INSERT INTO workflow_transitions (academic_year_id, item_kind, item_id, from_state, to_state, actor, role, "
          "at, comment) VALUES (1, 'internship', 1, 'draft', 'submitted', 'a', 'dean', '', '')",
          "INSERT INTO workflow_transitions (academic_year_id, item_kind, item_id, from_state, to_state, actor, role, "
          "at, comment) VALUES (1, 'student', 1, 'draft', 'submitted', 'a', 'advisor', '', '')"}) {
        QVERIFY2(!q.exec(QLatin1String(refused)), refused);
        QVERIFY2(q.lastError().text().contains(QLatin1String("CHECK")), qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(QStringLiteral("INSERT INTO workflow_transitions (academic_year_id, item_kind, item_id, from_state, "
                                  "to_state, actor, role, at, comment) VALUES (1, 'summer_school', 1, 'draft', "
                                  "'submitted', 'a', 'student', '', '')")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM workflow_transitions")));
    QVERIFY(q.exec(QStringLiteral("UPDATE internships SET state = 'cancelled' WHERE uid = 'i2'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE internships SET state = 'draft' WHERE uid = 'i2'")));
    // Ids of deleted rows are not given again.
    CohortRepository repo(db);
    repo.setClock([] { return kNow; });
    Internship again = c.internships.at(1);
    again.id = QStringLiteral("i-new");
    QVERIFY(repo.saveInternship(c.year(), again, kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT id FROM internships WHERE uid = 'i-new'")), deletedId + 1);
    const Result<Cohort> loaded = repo.loadCohort(c.year());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    Cohort expected = c;
    expected.internships.append(again);
    COMPARE_COHORTS(loaded.value(), expected);
}

namespace {

/// Migration scripts for the tests: the real first one, then test steps.
QString writeMigrations(const QString& dir, const QList<std::pair<QString, QString>>& more)
{
    QDir().mkpath(dir);
    QFile::copy(QStringLiteral(":/interntrack/migrations/001_initial.sql"), dir + QStringLiteral("/001_initial.sql"));
    for (const auto& [name, sql] : more) {
        QFile f(dir + QLatin1Char('/') + name);
        if (f.open(QIODevice::WriteOnly))
            f.write(sql.toUtf8());
    }
    return dir;
}

} // namespace

void TestStorage::migrationMechanism()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    const Cohort c = fullCohort();
    {
        Database db;
        OpenOptions options;
        options.migrateTo = 1;
        QVERIFY(db.open(path(), options).ok());
        LaterColumns later(db);
        QVERIFY(later.ok());
        QVERIFY(CohortRepository(db).saveCohort(c, kActor).ok());
        QVERIFY(later.drop());
    }
    const QString dir = writeMigrations(
        m_target.filePath(QStringLiteral("migrations")),
        {{QStringLiteral("002_student_nickname.sql"),
          QStringLiteral("-- a column with a value computed from the data\n"
                         "ALTER TABLE students ADD COLUMN nickname TEXT NOT NULL DEFAULT '';\n"
                         "UPDATE students SET nickname = upper(substr(name, 1, 3)); -- ';' inside a comment\n")},
         {QStringLiteral("003_rebuild_seminars.sql"),
          // The SQLite way to change a table: create new, copy, drop, rename (foreign keys are off meanwhile).
          QStringLiteral("CREATE TABLE seminars_new (\n"
                         "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                         "    academic_year_id INTEGER NOT NULL REFERENCES academic_years (id),\n"
                         "    uid TEXT NOT NULL CHECK (uid <> ''),\n"
                         "    student_id INTEGER NOT NULL REFERENCES students (id),\n"
                         "    title TEXT NOT NULL, held_on TEXT, paragraph TEXT NOT NULL,\n"
                         "    language TEXT NOT NULL DEFAULT 'en' CHECK (language <> 'x;y'),\n"
                         "    UNIQUE (academic_year_id, uid)) STRICT;\n"
                         "INSERT INTO seminars_new (id, academic_year_id, uid, student_id, title, held_on, paragraph)\n"
                         "    SELECT id, academic_year_id, uid, student_id, title, held_on, paragraph FROM seminars;\n"
                         "DROP TABLE seminars;\n"
                         "ALTER TABLE seminars_new RENAME TO seminars;\n"
                         "CREATE INDEX seminars_by_student ON seminars (student_id);\n")}});
    Database db;
    OpenOptions options;
    options.migrationsDirectory = dir;
    const Status opened = db.open(path(), options);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), 3);
    QCOMPARE(count(db, QStringLiteral("PRAGMA user_version")), 3);
    QCOMPARE(count(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT nickname FROM students WHERE uid = 's1'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ADA"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM seminars WHERE language = 'en'")), 2);
    // (These test migrations stop short of today's schema: the rows are counted, not loaded.)
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM students")), qint64(c.students.size()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internships")), qint64(c.internships.size()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM seminars")), qint64(c.seminars.size()));
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
}

void TestStorage::failedMigrationChangesNothing()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    {
        Database db;
        OpenOptions options;
        options.migrateTo = 1;
        QVERIFY(db.open(path(), options).ok());
        LaterColumns later(db);
        QVERIFY(later.ok());
        QVERIFY(CohortRepository(db).saveCohort(fullCohort(), kActor).ok());
        QVERIFY(later.drop());
    }
    const QString before = Raw(path()).dump();
    const QString dir = writeMigrations(
        m_target.filePath(QStringLiteral("bad-migrations")),
        {{QStringLiteral("002_half_done.sql"), QStringLiteral("CREATE TABLE scratch (x INTEGER);\n"
                                                              "INSERT INTO scratch VALUES (1);\n"
                                                              "UPDATE students SET name = 'changed';\n"
                                                              "INSERT INTO no_such_table VALUES (1);\n")}});
    Database db;
    OpenOptions options;
    options.migrationsDirectory = dir;
    const Status s = db.open(path(), options);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("002_half_done.sql")), qPrintable(s.error()));
    QVERIFY(!db.isOpen());
    QCOMPARE(Raw(path()).value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(Raw(path()).dump(), before);

    // A gap in the numbering is refused before anything is touched.
    const QString gap = writeMigrations(m_target.filePath(QStringLiteral("gap")),
                                        {{QStringLiteral("003_skip.sql"), QStringLiteral("SELECT 1;")}});
    options.migrationsDirectory = gap;
    const Status g = db.open(path(), options);
    QVERIFY(!g.ok());
    QVERIFY2(g.error().contains(QLatin1String("003_skip.sql")), qPrintable(g.error()));
}

void TestStorage::failedCreationLeavesNoFile()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    const QString dir = m_target.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(dir));
    QFile f(dir + QStringLiteral("/001_initial.sql"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("CREATE TABLE ok (x INTEGER);\nCREATE TABLE ok (x INTEGER);\n");
    f.close();
    Database db;
    OpenOptions options;
    options.migrationsDirectory = dir;
    const Status s = db.open(path(QStringLiteral("new.interntrack")), options);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("001_initial.sql")), qPrintable(s.error()));
    QVERIFY(!QFile::exists(path(QStringLiteral("new.interntrack"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("new.interntrack-wal"))));
}

void TestStorage::splitStatements()
{
    const QStringList parts = Migrations::splitStatements(QStringLiteral(
        "-- header; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b'); /* c; */\n"
        "INSERT INTO a VALUES ('it''s; fine');\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO a VALUES ('x'); UPDATE a SET x = 'y'; END;\n"
        "  -- trailing comment only\n"));
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).startsWith(QLatin1String("CREATE TABLE a")));
    QVERIFY(parts.at(0).contains(QLatin1String("'a;b'")));
    QCOMPARE(parts.at(1), QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"));
    QVERIFY(parts.at(2).startsWith(QLatin1String("CREATE TRIGGER")));
    QVERIFY(parts.at(2).endsWith(QLatin1String("END")));
    // The compiled-in schema splits into statements that all start with CREATE.
    QFile f(QStringLiteral(":/interntrack/migrations/001_initial.sql"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList schema = Migrations::splitStatements(QString::fromUtf8(f.readAll()));
    QVERIFY(schema.size() > 15);
    for (const QString& s : schema)
        QVERIFY2(s.startsWith(QLatin1String("CREATE")), qPrintable(s));
}

void TestStorage::newerVersionOpensReadOnly()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    const Cohort c = fullCohort();
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        QVERIFY(CohortRepository(db).saveCohort(c, kActor).ok());
    }
    {
        Raw raw(path());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    const QByteArray hash = fileHash(path());
    {
        Database db;
        const Status s = db.open(path());
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.notice().contains(QLatin1String("newer version")), qPrintable(db.notice()));
        QVERIFY(db.notice().contains(QString::number(Database::latestSchemaVersion() + 1)));
        CohortRepository repo(db);
        const Result<Cohort> loaded = repo.loadCohort(c.year());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        COMPARE_COHORTS(loaded.value(), c);
        const Status refused = repo.saveStudent(c.year(), Student{QStringLiteral("x"), {}, {}, {}, {}}, kActor);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("newer version")), qPrintable(refused.error()));
        QVERIFY(!db.restore(path(), kActor).ok());
        // Even SQL behind the repository's back cannot write.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM students")));
    }
    QCOMPARE(fileHash(path()), hash);
}

void TestStorage::notAnInternTrackFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text-file") << QStringLiteral("text") << QStringLiteral("not an SQLite");
    QTest::newRow("random-bytes") << QStringLiteral("random") << QStringLiteral("not an SQLite");
    QTest::newRow("sqlite-database-of-another-program")
        << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("sqlite-header-then-garbage") << QStringLiteral("fake-header") << QStringLiteral("");
    QTest::newRow("empty-file-when-creating-is-not-allowed") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("missing-file-when-creating-is-not-allowed")
        << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("a-folder") << QStringLiteral("folder") << QStringLiteral("folder");
}

void TestStorage::notAnInternTrackFile()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("other.db"));
    OpenOptions options;
    if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("student;internship\nAda;Inria\n");
    } else if (kind == QLatin1String("random")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        for (char& b : bytes)
            b = char(QRandomGenerator::global()->generate() & 0xFF);
        f.write(bytes);
    } else if (kind == QLatin1String("foreign")) {
        Raw raw(file);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes VALUES ('mine')")));
    } else if (kind == QLatin1String("fake-header")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3", 16);
        bytes += QByteArray(4096 - 16, '\x5A');
        f.write(bytes);
    } else if (kind == QLatin1String("empty")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        options.create = false;
    } else if (kind == QLatin1String("missing")) {
        options.create = false;
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    }
    const QByteArray hash = fileHash(file);
    Database db;
    const Status s = db.open(file, options);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(file), hash);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")) || QFileInfo(file + QStringLiteral("-wal")).size() == 0);
    if (kind == QLatin1String("missing"))
        QVERIFY(!QFile::exists(file));
}

void TestStorage::truncatedFile_data()
{
    QTest::addColumn<int>("keepPercent");
    QTest::addColumn<bool>("pageAligned");
    QTest::newRow("half-page-aligned") << 50 << true;
    QTest::newRow("half-mid-page") << 50 << false;
    QTest::newRow("only-the-first-page") << 0 << true;
}

void TestStorage::truncatedFile()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    QFETCH(int, keepPercent);
    QFETCH(bool, pageAligned);
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        Cohort c = fullCohort();
        for (int n = 0; n < 300; ++n)
            c.internships.append(bulkInternship(n, QStringLiteral("s1")));
        QVERIFY(CohortRepository(db).saveCohort(c, kActor).ok());
    } // closing checkpoints the log into the file
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
    const qint64 size = QFileInfo(path()).size();
    const qint64 pageSize = 4096;
    QVERIFY(size > 8 * pageSize);
    qint64 keep = keepPercent == 0 ? pageSize : size * keepPercent / 100;
    keep = pageAligned ? keep / pageSize * pageSize : keep / pageSize * pageSize + 1000;
    QVERIFY(QFile::resize(path(), keep));
    const QByteArray hash = fileHash(path());
    Database db;
    const Status s = db.open(path());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("truncated")), qPrintable(s.error()));
    QVERIFY(s.error().contains(QLatin1String("backup")));
    QCOMPARE(fileHash(path()), hash);
    QCOMPARE(QFileInfo(path()).size(), keep);
}

void TestStorage::corruptFile()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        Cohort c = fullCohort();
        for (int n = 0; n < 300; ++n)
            c.internships.append(bulkInternship(n, QStringLiteral("s1")));
        QVERIFY(CohortRepository(db).saveCohort(c, kActor).ok());
    }
    const qint64 size = QFileInfo(path()).size();
    {
        // Scribble over pages in the middle of the file, leaving its header and size intact.
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 middle = size / 2 / 4096 * 4096;
        f.seek(middle);
        f.write(QByteArray(3 * 4096, '\xA5'));
    }
    const QByteArray hash = fileHash(path());
    Database db;
    const Status s = db.open(path());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("damaged")), qPrintable(s.error()));
    QVERIFY(s.error().contains(QLatin1String("backup")));
    QCOMPARE(fileHash(path()), hash);
    // The check can be skipped (e.g. to rescue what is readable); the damage then shows on reading.
    OpenOptions rescue;
    rescue.verify = false;
    rescue.readOnly = true;
    QVERIFY(db.open(path(), rescue).ok());
    const Result<Cohort> loaded = CohortRepository(db).loadCohort(AcademicYear{2025});
    if (!loaded.ok())
        QVERIFY2(loaded.error().contains(QLatin1String("damaged")) || loaded.error().contains(QLatin1String("read")),
                 qPrintable(loaded.error()));
    db.close();
    QCOMPARE(fileHash(path()), hash);
}

void TestStorage::readOnlyOpen()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    const Cohort c = fullCohort();
    {
        Database db;
        QVERIFY(db.open(path()).ok());
        QVERIFY(CohortRepository(db).saveCohort(c, kActor).ok());
    }
    const QByteArray hash = fileHash(path());
    const QString before = Raw(path(), true).dump();
    Database db;
    OpenOptions options;
    options.readOnly = true;
    QVERIFY(db.open(path(), options).ok());
    QVERIFY(db.isReadOnly());
    CohortRepository repo(db);
    QVERIFY(repo.loadCohort(c.year()).ok());
    const Status s = repo.saveStudent(c.year(), Student{QStringLiteral("x"), {}, {}, {}, {}}, kActor);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("read-only")), qPrintable(s.error()));
    QVERIFY(!repo.saveCohort(c, kActor).ok());
    QVERIFY(!repo.deleteItem(c.year(), ItemKind::Seminar, QStringLiteral("se1"), kActor).ok());
    // SQLite itself refuses, with a translated message.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM seminars")));
    QVERIFY2(StorageError::describe(q.lastError(), QStringLiteral("Deleting")).contains(QLatin1String("read-only")),
             qPrintable(q.lastError().text()));
    db.close();
    QCOMPARE(fileHash(path()), hash);
    QCOMPARE(Raw(path(), true).dump(), before);
    // A read-only open of a missing file creates nothing.
    QVERIFY(!db.open(path(QStringLiteral("absent.interntrack")), options).ok());
    QVERIFY(!QFile::exists(path(QStringLiteral("absent.interntrack"))));
}

void TestStorage::fullDisk()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const QString before = Raw(path()).dump();
    // A disk that holds only a few more pages.
    const qint64 pages = count(db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    QCOMPARE(count(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 5)), pages + 5);
    Cohort batch;
    for (int n = 0; n < 3000; ++n)
        batch.internships.append(bulkInternship(n, QStringLiteral("s1")));
    const Status s = repo.importItems(c.year(), batch, kActor);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("disk is full")), qPrintable(s.error()));
    QCOMPARE(Raw(path()).dump(), before);
    // A single save fails the same way and leaves the database usable.
    const Status one = repo.saveInternship(c.year(), batch.internships.first(), kActor);
    if (!one.ok())
        QVERIFY2(one.error().contains(QLatin1String("disk is full")), qPrintable(one.error()));
    // With room again, the same import goes in whole.
    QVERIFY(count(db, QStringLiteral("PRAGMA max_page_count = 1000000")) > 0);
    const Status again = repo.importItems(c.year(), batch, kActor);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internships WHERE uid LIKE 'bulk-%'")), 3000);
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
}

void TestStorage::backupAndRestore()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());

    // Another connection is in the middle of a write: the backup holds the last committed state only.
    const QString backup = path(QStringLiteral("backup.interntrack"));
    {
        Raw other(path());
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(other.exec(QStringLiteral("UPDATE students SET name = 'uncommitted'")));
        const Status s = db.backup(backup);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    }
    QVERIFY(Database::validateFile(backup).ok());
    QVERIFY(!db.backup(backup).ok()); // never replaces a file
    QVERIFY(QDir(m_target.folder()).entryList({QStringLiteral("*.partial-*")}).isEmpty());
    {
        Database copy;
        OpenOptions options;
        options.readOnly = true;
        QVERIFY(copy.open(backup, options).ok());
        const Result<Cohort> loaded = CohortRepository(copy).loadCohort(c.year());
        QVERIFY(loaded.ok());
        COMPARE_COHORTS(loaded.value(), c);
    }

    // Changes after the backup…
    Cohort later = c;
    later.students[0].name = QStringLiteral("Changed after the backup");
    later.internships.removeLast();
    QVERIFY(repo.saveCohort(later, kActor).ok());
    Cohort otherYear = defaultsCohort();
    QVERIFY(repo.saveCohort(otherYear, kActor).ok());
    const qint64 auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    // …are undone by the restore, all at once.
    const QByteArray backupHash = fileHash(backup);
    const Status restored = db.restore(backup, kActor);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(fileHash(backup), backupHash); // the backup itself is not touched
    const Result<Cohort> loaded = repo.loadCohort(c.year());
    QVERIFY(loaded.ok());
    COMPARE_COHORTS(loaded.value(), c);
    QCOMPARE(repo.academicYears().value(), QList<AcademicYear>{c.year()});
    // The audit log keeps its history and records the restore.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'")), 1);
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    // Row ids are not reused after the restore.
    const qint64 maxId = count(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'internships'"));
    QVERIFY(repo.saveInternship(c.year(), bulkInternship(1, QStringLiteral("s1")), kActor).ok());
    QVERIFY(count(db, QStringLiteral("SELECT id FROM internships WHERE uid = 'bulk-1'")) > maxId - 1);
}

void TestStorage::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text-file") << QStringLiteral("text") << QStringLiteral("not an SQLite");
    QTest::newRow("foreign-sqlite") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("newer-version") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("damaged");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
}

void TestStorage::restoreRefusesBadBackups()
{
    INTERNTRACK_SQLITE_FILE_ONLY(m_target);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    QVERIFY(repo.saveCohort(fullCohort(), kActor).ok());
    const QString bad = path(QStringLiteral("bad.interntrack"));
    if (kind == QLatin1String("text")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    } else if (kind == QLatin1String("foreign")) {
        Raw raw(bad);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE students (x)")));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(db.backup(bad).ok());
        Raw raw(bad);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    } else if (kind == QLatin1String("corrupt")) {
        Cohort big = fullCohort();
        for (int n = 0; n < 300; ++n)
            big.internships.append(bulkInternship(n, QStringLiteral("s1")));
        QVERIFY(repo.saveCohort(big, kActor).ok());
        QVERIFY(db.backup(bad).ok());
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2 / 4096 * 4096);
        f.write(QByteArray(2 * 4096, '\x33'));
    }
    const QString before = Raw(path()).dump();
    const Status s = db.restore(bad, kActor);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    QCOMPARE(Raw(path()).dump(), before);
}

void TestStorage::workflowTransitionsAreStored()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    Cohort c = fullCohort();
    c.internships[1].state = WorkflowState::Submitted;
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const AcademicYear y = c.year();
    const Actor advisor{QStringLiteral("Prof. Turing"), Role::Advisor, {}};
    const Actor student{QStringLiteral("Zoë"), Role::Student, QStringLiteral("s2")};
    const QString before = m_target.dump();

    // Refused: the student approves; an error finding blocks the advisor; a stale state; no comment.
    QVERIFY(!repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Submitted,
                             WorkflowState::Approved, student, {}, {})
                 .ok());
    const Finding blocking{QStringLiteral("i2"),
                           QStringLiteral("s2"),
                           QStringLiteral("INT_MIN_DURATION"),
                           Severity::Error,
                           QStringLiteral("too short"),
                           false,
                           {}};
    const Status blocked = repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Submitted,
                                           WorkflowState::Approved, advisor, {}, {blocking});
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().contains(QLatin1String("INT_MIN_DURATION")), qPrintable(blocked.error()));
    const Status stale = repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Draft,
                                         WorkflowState::Submitted, student, {}, {});
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().contains(QLatin1String("meanwhile")), qPrintable(stale.error()));
    QVERIFY(!repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Submitted,
                             WorkflowState::ChangesRequested, advisor, QStringLiteral(" "), {})
                 .ok());
    QVERIFY(!repo.transition(y, ItemKind::Seminar, QStringLiteral("se1"), WorkflowState::Draft,
                             WorkflowState::Submitted, advisor, {}, {})
                 .ok());
    QCOMPARE(m_target.dump(), before);

    // Allowed: changes requested, resubmitted by the student, approved.
    QVERIFY(repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Submitted,
                            WorkflowState::ChangesRequested, advisor, QStringLiteral("Give the tutor's name"), {})
                .ok());
    QVERIFY(repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::ChangesRequested,
                            WorkflowState::Submitted, student, {}, {})
                .ok());
    const Status approved = repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Submitted,
                                            WorkflowState::Approved, advisor, QStringLiteral("Fine"), {});
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(repo.internship(y, QStringLiteral("i2"))->state, WorkflowState::Approved);
    const Result<QList<TransitionRecord>> steps = repo.transitions(y, ItemKind::Internship, QStringLiteral("i2"));
    QVERIFY(steps.ok());
    QCOMPARE(steps->size(), 3);
    QCOMPARE(steps->at(0), (TransitionRecord{ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Submitted,
                                             WorkflowState::ChangesRequested, QStringLiteral("Prof. Turing"),
                                             Role::Advisor, kNow, QStringLiteral("Give the tutor's name")}));
    QCOMPARE(steps->at(1).actor, QStringLiteral("Zoë"));
    QCOMPARE(steps->at(1).role, Role::Student);
    QCOMPARE(steps->at(2).to, WorkflowState::Approved);
    // Each transition came with its audit row (old state → new state).
    QCOMPARE(
        count(db, QStringLiteral(
                      "SELECT count(*) FROM audit_log WHERE table_name = 'internships' AND action = 'update' "
                      "AND old_json LIKE '%\"state\":\"submitted\"%' AND new_json LIKE '%\"state\":\"approved\"%'")),
        1);
    // A TER without an agreement goes from approved to in progress.
    Ter t = c.ters.at(1);
    QVERIFY(
        repo.transition(y, ItemKind::Ter, t.id, WorkflowState::Draft, WorkflowState::Submitted, advisor, {}, {}).ok());
    QVERIFY(repo.transition(y, ItemKind::Ter, t.id, WorkflowState::Submitted, WorkflowState::Approved, advisor, {}, {})
                .ok());
    QVERIFY(repo.transition(y, ItemKind::Ter, t.id, WorkflowState::Approved, WorkflowState::InProgress,
                            Actor{QStringLiteral("Secretary"), Role::Secretariat, {}}, {}, {})
                .ok());
    // An internship cannot start while a signature is missing.
    Internship unsigned_ = c.internships.at(1);
    QVERIFY(repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::Approved,
                            WorkflowState::SentForSignature, Actor{QStringLiteral("Secretary"), Role::Secretariat, {}},
                            {}, {})
                .ok());
    const Status noSignature =
        repo.transition(y, ItemKind::Internship, QStringLiteral("i2"), WorkflowState::SentForSignature,
                        WorkflowState::Signed, Actor{QStringLiteral("Secretary"), Role::Secretariat, {}}, {}, {});
    QVERIFY(!noSignature.ok());
    QVERIFY2(noSignature.error().contains(QLatin1String("signature")), qPrintable(noSignature.error()));
    Q_UNUSED(unsigned_);
}

void TestStorage::overridesNeedTheAdvisor()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const Override o{QStringLiteral("INT_AFTER_DEADLINE"), {}, {}, QStringLiteral("Jury in July this year")};
    QVERIFY(!repo.addOverride(c.year(), ItemKind::Internship, QStringLiteral("i2"), o,
                              Actor{QStringLiteral("Sec"), Role::Secretariat, {}})
                 .ok());
    QVERIFY(repo.addOverride(c.year(), ItemKind::Internship, QStringLiteral("i2"), o,
                             Actor{QStringLiteral("Prof. Turing"), Role::Advisor, {}})
                .ok());
    const Internship i = repo.internship(c.year(), QStringLiteral("i2")).value();
    QCOMPARE(i.overrides.size(), 1);
    QCOMPARE(i.overrides.first().by, QStringLiteral("Prof. Turing"));
    QCOMPARE(i.overrides.first().at, kNow);
    QCOMPARE(i.overrides.first().reason, o.reason);
    const Status noReason = repo.addOverride(c.year(), ItemKind::Student, QStringLiteral("s1"),
                                             Override{QStringLiteral("STUDENT_INCOMPLETE"), {}, {}, {}},
                                             Actor{QStringLiteral("Prof. Turing"), Role::Advisor, {}});
    QVERIFY(!noReason.ok());
    QVERIFY2(noReason.error().contains(QLatin1String("reason")), qPrintable(noReason.error()));
}

void TestStorage::documents()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    Document report;
    report.itemKind = ItemKind::Internship;
    report.itemId = QStringLiteral("i2");
    report.kind = DocumentKind::Report;
    report.fileName = QStringLiteral("/home/ada/Downloads/rapport de stage.pdf");
    report.mediaType = QStringLiteral("application/pdf");
    report.pageCount = 5;
    report.content = QByteArray("%PDF-1.4\n") + QByteArray(20000, '\0') + QByteArray("%%EOF\n");
    const Result<qint64> id = repo.attachDocument(c.year(), report, QStringLiteral("Ada"));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    // The report's page count, counted from the file, is the internship's.
    QCOMPARE(repo.internship(c.year(), QStringLiteral("i2"))->reportPages, std::optional<int>(5));
    const Result<QList<Document>> listed = repo.documents(c.year(), ItemKind::Internship, QStringLiteral("i2"));
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    const Document& d0 = listed->first();
    QCOMPARE(d0.fileName, QStringLiteral("rapport de stage.pdf"));
    QCOMPARE(d0.size, report.content.size());
    QCOMPARE(d0.sha256,
             QString::fromLatin1(QCryptographicHash::hash(report.content, QCryptographicHash::Sha256).toHex()));
    QVERIFY(d0.content.isEmpty());
    QCOMPARE(d0.addedBy, QStringLiteral("Ada"));
    QCOMPARE(d0.addedAt, kNow);
    const Result<Document> full = repo.document(id.value());
    QVERIFY(full.ok());
    QCOMPARE(full->content, report.content);
    QCOMPARE(full->itemId, QStringLiteral("i2"));
    QVERIFY(!repo.attachDocument(c.year(), Document{}, kActor).ok());
    QVERIFY(repo.removeDocument(id.value(), kActor).ok());
    QCOMPARE(repo.documents(c.year(), ItemKind::Internship, QStringLiteral("i2"))->size(), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'documents'")), 2);
    // Deleting an item deletes its documents.
    QVERIFY(repo.attachDocument(c.year(), report, kActor).ok());
    QVERIFY(repo.deleteItem(c.year(), ItemKind::Internship, QStringLiteral("i2"), kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM documents")), 0);
}

void TestStorage::manyInternshipsLoadGrouped()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    Cohort c = fullCohort();
    for (int n = 0; n < 20000; ++n)
        c.internships.append(bulkInternship(n, c.students.at(n % 4).id));
    QElapsedTimer timer;
    timer.start();
    const Status s = repo.saveCohort(c, kActor);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const qint64 saveMs = timer.restart();
    const Result<Cohort> loaded = repo.loadCohort(c.year());
    const qint64 loadMs = timer.elapsed();
    QVERIFY(loaded.ok());
    COMPARE_COHORTS(loaded.value(), c);
    qInfo("saved %lld internships in %lld ms, loaded in %lld ms", qint64(c.internships.size()), saveMs, loadMs);
}

void TestStorage::statementBindsTextItKeeps()
{
    if (!m_target.isSqlite())
        QSKIP("SQLite's own statement interface only (tst_pgstorage's statementBindsOverQpsql binds over QPSQL)");
    // Text is bound from buffers of the statement that SQLite reads in place: each parameter must keep its
    // own text until bound again, short or long, whatever is bound after it, on both paths.
    Database db;
    QVERIFY(db.open(path()).ok());
    QSqlQuery create(db.connection());
    QVERIFY(create.exec(QStringLiteral("CREATE TEMP TABLE t (a, b, c, d, e, f, g, h)")));
    const QList<QStringList> values = {
        {QStringLiteral("s"), QStringLiteral("a somewhat longer text than a short string holds"), QString(),
         QStringLiteral("é"), QStringLiteral("李雷 😀"), QStringLiteral("tab\tquote\" back\\slash"), QStringLiteral("g"),
         QStringLiteral("z")},
        {QStringLiteral("second row, first value, long enough to live on the heap"), QStringLiteral("b"),
         QStringLiteral("c"), QStringLiteral(""), QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g"),
         QStringLiteral("h")},
    };
    for (bool native : {true, false}) {
        SqlStatement::setNativeAllowed(native);
        QVERIFY(create.exec(QStringLiteral("DELETE FROM t")));
        {
            SqlStatement insert(db.connection());
            QCOMPARE(insert.isNative(), native);
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
            for (const QStringList& row : values) {
                // In order, as a writer binds: the first parameters are bound before the later ones exist.
                for (int i = 0; i < row.size(); ++i)
                    insert.bindText(i, row.at(i));
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            // Typed values, and a rebind of one parameter only: the others keep theirs.
            insert.bindUtf8(0, "utf8 ✓");
            insert.bindDate(1, QDate(2026, 2, 28));
            insert.bindDate(2, QDate());
            insert.bindInteger(3, 42);
            insert.bindReal(4, 2.5);
            insert.bindNull(5);
            insert.bindText(6, QString());
            insert.bindText(7, QStringLiteral("last"));
            QVERIFY(insert.exec());
            insert.bindText(7, QStringLiteral("last again, and longer than before, on the heap this time"));
            QVERIFY(insert.exec());
            QVERIFY(insert.lastInsertId() > 0);
        }
        SqlStatement::setNativeAllowed(true);
        const QStringList stored = rows(db, QStringLiteral("SELECT a, b, c, d, e, f, g, h FROM t ORDER BY rowid"));
        QCOMPARE(stored.size(), 4);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(stored.at(r), values.at(r).join(QLatin1Char('|')));
        QCOMPARE(stored.at(2), QStringLiteral("utf8 ✓|2026-02-28||42|2.5|||last"));
        QCOMPARE(
            stored.at(3),
            QStringLiteral("utf8 ✓|2026-02-28||42|2.5|||last again, and longer than before, on the heap this time"));
        // Text goes to SQLite as QString::toUtf8() makes it (a lone surrogate included).
        if (native) {
            const QString lone = QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y");
            SqlStatement one(db.connection());
            QVERIFY(one.prepare(QStringLiteral("SELECT hex(?)")));
            one.bindText(0, lone);
            QVERIFY(one.exec() && one.next());
            QCOMPARE(one.text(0), QString::fromLatin1(lone.toUtf8().toHex().toUpper()));
        }
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM t WHERE c IS NULL")), 2); // a null date is NULL
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM t WHERE g = ''")), 2); // a null text is ''
        QCOMPARE(count(db, QStringLiteral("SELECT typeof(d) = 'integer' AND typeof(e) = 'real' FROM t WHERE d = 42 "
                                          "LIMIT 1")),
                 1);
    }
}

void TestStorage::importUpdatesWhatExists()
{
    // An import reads the year's items of the kinds it brings before writing any (what an update is compared
    // with), and of the other kinds only their ids.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const qint64 auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    Cohort batch;
    Internship changed = c.internships.at(0); // i1 and i4 share their host: i1 now changes its details
    changed.host.city = QStringLiteral("Orsay");
    Internship alsoChanged = c.internships.at(3);
    alsoChanged.host.city = QStringLiteral("Orsay");
    Internship added = c.internships.at(1);
    added.id = QStringLiteral("i9");
    added.studentId = QStringLiteral("s4");
    batch.internships = {changed, alsoChanged, added, c.internships.at(2)}; // i3 unchanged
    const Status s = repo.importItems(c.year(), batch, kActor);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    // i1 and i4 updated (each audited with its old JSON), the host updated once, i9 inserted, i3 untouched.
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 4);
    const QStringList audited = rows(db, QStringLiteral("SELECT table_name, action FROM audit_log WHERE id > %1 "
                                                        "ORDER BY id")
                                             .arg(auditBefore));
    QCOMPARE(audited, (QStringList{QStringLiteral("hosts|update"), QStringLiteral("internships|update"),
                                   QStringLiteral("internships|update"), QStringLiteral("internships|insert")}));
    QSqlQuery q(db.connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT old_json, new_json FROM audit_log WHERE table_name = 'internships' AND id > %1 "
                              "ORDER BY id LIMIT 2")
                   .arg(auditBefore)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), ItemJson::text(c.internships.at(0)));
    QCOMPARE(q.value(1).toString(), ItemJson::text(changed));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), ItemJson::text(c.internships.at(3)));
    QCOMPARE(q.value(1).toString(), ItemJson::text(alsoChanged));
    q.finish();
    const Result<Cohort> loaded = repo.loadCohort(c.year());
    QVERIFY(loaded.ok());
    Cohort expected = c;
    expected.internships[0] = changed;
    expected.internships[3] = alsoChanged;
    expected.internships.append(added);
    COMPARE_COHORTS(loaded.value(), expected);
    // A student named by an item must exist, whether or not the batch holds students.
    Internship orphan = added;
    orphan.id = QStringLiteral("i10");
    orphan.studentId = QStringLiteral("nobody");
    Cohort bad;
    bad.internships = {orphan};
    const Status refused = repo.importItems(c.year(), bad, kActor);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("nobody")), qPrintable(refused.error()));
}

void TestStorage::childRowsOfOtherYearsStayOut()
{
    // A year's absences, TER students and links are read by a range of parent ids: rows of another year's
    // items inside that range must not be taken.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    Cohort a = fullCohort();
    Cohort b = fullCohort();
    b.rules = RuleSet::parisSaclayM1(AcademicYear{2026});
    for (Internship& i : b.internships)
        i.absences = {d("2027-05-03")};
    for (SummerSchool& s : b.summerSchools)
        s.reportLinks = {QStringLiteral("https://example.org/other-year")};
    QVERIFY(repo.createAcademicYear(a.rules, kActor).ok());
    QVERIFY(repo.createAcademicYear(b.rules, kActor).ok());
    // Interleaved: the two years' row ids alternate.
    for (int n = 0; n < a.students.size(); ++n) {
        QVERIFY(repo.saveStudent(a.year(), a.students.at(n), kActor).ok());
        QVERIFY(repo.saveStudent(b.year(), b.students.at(n), kActor).ok());
    }
    for (int n = 0; n < a.internships.size(); ++n) {
        QVERIFY(repo.saveInternship(a.year(), a.internships.at(n), kActor).ok());
        QVERIFY(repo.saveInternship(b.year(), b.internships.at(n), kActor).ok());
    }
    for (int n = 0; n < a.ters.size(); ++n) {
        QVERIFY(repo.saveTer(a.year(), a.ters.at(n), kActor).ok());
        QVERIFY(repo.saveTer(b.year(), b.ters.at(n), kActor).ok());
    }
    for (int n = 0; n < a.summerSchools.size(); ++n) {
        QVERIFY(repo.saveSummerSchool(a.year(), a.summerSchools.at(n), kActor).ok());
        QVERIFY(repo.saveSummerSchool(b.year(), b.summerSchools.at(n), kActor).ok());
    }
    for (const Seminar& s : a.seminars)
        QVERIFY(repo.saveSeminar(a.year(), s, kActor).ok());
    for (const Seminar& s : b.seminars)
        QVERIFY(repo.saveSeminar(b.year(), s, kActor).ok());
    // Far apart row ids: a student of one year after many of the other.
    Cohort many;
    for (int n = 0; n < 1500; ++n)
        many.students.append(Student{QStringLiteral("b%1").arg(n), QStringLiteral("Student %1").arg(n), {}, {}, {}});
    QVERIFY(repo.importItems(b.year(), many, kActor).ok());
    b.students += many.students;
    const Student late{QStringLiteral("s-late"), QStringLiteral("Late Comer"), {}, {}, {}};
    QVERIFY(repo.saveStudent(a.year(), late, kActor).ok());
    a.students.append(late);
    Internship lateInternship = a.internships.at(1);
    lateInternship.id = QStringLiteral("i-late");
    lateInternship.studentId = late.id;
    QVERIFY(repo.saveInternship(a.year(), lateInternship, kActor).ok());
    a.internships.append(lateInternship);
    for (const Cohort* c : {&a, &b}) {
        const Result<Cohort> loaded = repo.loadCohort(c->year());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        COMPARE_COHORTS(loaded.value(), *c);
        QCOMPARE(repo.internship(c->year(), QStringLiteral("i1")).value(), c->internships.at(0));
        QCOMPARE(repo.ter(c->year(), QStringLiteral("t1")).value(), c->ters.at(0));
    }
}

void TestStorage::programmesAreSeparate()
{
    // One database, two programmes with the same year and the same student id: each sees its own.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    QCOMPARE(repo.programme().value(), QString()); // no year yet
    const AcademicYear year{2025};
    QVERIFY(repo.createAcademicYear(RuleSet::parisSaclayM1(year), kActor).ok());
    QCOMPARE(db.programme(), QStringLiteral("paris-saclay-m1")); // the first year's profile names it
    const Result<RuleSet> imperial = Profiles::load(QStringLiteral("imperial-msc-ai"), year);
    QVERIFY(imperial.ok());
    db.setProgramme(QStringLiteral("imperial-msc-ai"));
    QCOMPARE(repo.academicYears().value().size(), 0);
    QVERIFY(repo.createAcademicYear(imperial.value(), kActor).ok());
    const Status again = repo.createAcademicYear(imperial.value(), kActor);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already exists")), qPrintable(again.error()));

    Student ada{QStringLiteral("s1"), QStringLiteral("Ada at Imperial"), {}, {}, {}};
    QVERIFY(repo.saveStudent(year, ada, kActor).ok());
    db.setProgramme(QStringLiteral("paris-saclay-m1"));
    Student ana{QStringLiteral("s1"), QStringLiteral("Ana at Paris-Saclay"), {}, {}, {}};
    QVERIFY(repo.saveStudent(year, ana, kActor).ok());

    QCOMPARE(repo.loadCohort(year).value().students.constFirst().name, QStringLiteral("Ana at Paris-Saclay"));
    QCOMPARE(repo.rules(year).value().profile.id, QStringLiteral("paris-saclay-m1"));
    db.setProgramme(QStringLiteral("imperial-msc-ai"));
    const Cohort theirs = repo.loadCohort(year).value();
    QCOMPARE(theirs.students.size(), 1);
    QCOMPARE(theirs.students.constFirst().name, QStringLiteral("Ada at Imperial"));
    QCOMPARE(theirs.rules.profile.id, QStringLiteral("imperial-msc-ai"));
    QVERIFY(!theirs.rules.frenchLawApplies());

    const Result<QList<ProgrammeInfo>> programmes = repo.programmes();
    QVERIFY(programmes.ok());
    QCOMPARE(programmes->size(), 2);
    QCOMPARE(programmes->at(0).key, QStringLiteral("imperial-msc-ai"));
    QCOMPARE(programmes->at(0).name, imperial->profile.name);
    QCOMPARE(programmes->at(0).institution, QStringLiteral("Imperial College London"));
    QCOMPARE(programmes->at(0).years, QList<AcademicYear>{year});
    QCOMPARE(programmes->at(1).key, QStringLiteral("paris-saclay-m1"));

    // Not chosen, several: every call that needs a year says so, naming them.
    db.setProgramme(QString());
    const Result<QList<AcademicYear>> years = repo.academicYears();
    QVERIFY(!years.ok());
    QVERIFY2(years.error().contains(QStringLiteral("imperial-msc-ai, paris-saclay-m1")), qPrintable(years.error()));
    QVERIFY(!repo.loadCohort(year).ok());
    QVERIFY(!repo.saveStudent(year, ada, kActor).ok());

    // Another connection on the same database chooses with OpenOptions.
    Database other;
    OpenOptions options;
    options.programme = QStringLiteral("imperial-msc-ai");
    QVERIFY(other.open(path(), options).ok());
    QCOMPARE(CohortRepository(other).loadCohort(year).value().students.constFirst().name,
             QStringLiteral("Ada at Imperial"));
}

void TestStorage::programmeKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("profile id") << QStringLiteral("imperial-msc-ai") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("digits") << QStringLiteral("m2-2027") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Imperial") << false;
    QTest::newRow("space") << QStringLiteral("msc ai") << false;
    QTest::newRow("leading dash") << QStringLiteral("-msc") << false;
    QTest::newRow("accent") << QStringLiteral("montréal") << false;
}

void TestStorage::programmeKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(CohortRepository::isProgrammeKey(key), valid);
    // The repository refuses a year under a key that cannot name a programme; stores one that can.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo, path());
    db.setProgramme(key);
    RuleSet rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    const Status created = repo.createAcademicYear(rules, kActor);
    QCOMPARE(created.ok(), valid || key.isEmpty()); // empty: the rules' profile id names the programme
    if (!valid && !key.isEmpty())
        QVERIFY2(created.error().contains(QStringLiteral("cannot name a programme")), qPrintable(created.error()));
}

void TestStorage::migrationFiveNamesTheProgrammes()
{
    // Years written before version 5 take the id of their rule set's profile.
    QVERIFY(Database::latestSchemaVersion() >= 5);
    {
        Database db;
        OpenOptions options;
        options.migrateTo = 4;
        QVERIFY(db.open(path(), options).ok());
        QCOMPARE(db.schemaVersion(), 4);
        // Today's writer names the programme: the column is there for the saves, then dropped.
        const auto column = [&](bool add) {
            return QSqlQuery(db.connection())
                .exec(add ? QStringLiteral("ALTER TABLE academic_years ADD COLUMN programme TEXT NOT NULL DEFAULT 'x'")
                          : QStringLiteral("ALTER TABLE academic_years DROP COLUMN programme"));
        };
        QVERIFY(column(true));
        CohortRepository repo(db);
        repo.setClock([] { return kNow; });
        const Result<RuleSet> imperial = Profiles::load(QStringLiteral("imperial-msc-ai"), AcademicYear{2024});
        QVERIFY(imperial.ok());
        db.setProgramme(QStringLiteral("x")); // dropped with the column: the migration names the programmes
        QVERIFY(repo.createAcademicYear(imperial.value(), kActor).ok());
        QVERIFY(repo.createAcademicYear(RuleSet::parisSaclayM1(AcademicYear{2025}), kActor).ok());
        Student s{QStringLiteral("s1"), QStringLiteral("Ada"), {}, {}, {}};
        QVERIFY(repo.saveStudent(AcademicYear{2024}, s, kActor).ok());
        QVERIFY(column(false));
    }
    Database db;
    QVERIFY(db.open(path()).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    CohortRepository repo(db);
    const Result<QList<ProgrammeInfo>> programmes = repo.programmes();
    QVERIFY(programmes.ok());
    QCOMPARE(programmes->size(), 2);
    QCOMPARE(programmes->at(0).key, QStringLiteral("imperial-msc-ai"));
    QCOMPARE(programmes->at(0).years, QList<AcademicYear>{AcademicYear{2024}});
    QCOMPARE(programmes->at(1).key, QStringLiteral("paris-saclay-m1"));
    db.setProgramme(QStringLiteral("imperial-msc-ai"));
    QCOMPARE(repo.loadCohort(AcademicYear{2024}).value().students.constFirst().name, QStringLiteral("Ada"));
    // The same year in two programmes, now allowed.
    QVERIFY(repo.createAcademicYear(RuleSet::parisSaclayM1(AcademicYear{2025}), kActor).ok());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

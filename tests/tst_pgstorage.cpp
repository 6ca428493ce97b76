// The storage tests of tst_storage that do not depend on SQLite, run on PostgreSQL: a throwaway cluster
// (tests/support/PgCluster) started once, a new database per test function. The repositories, the
// migrations (core/storage/migrations/pg) and the dialect must give the same results on both engines.
#include "CliRunner.h"
#include "PgCluster.h"
#include "TestSupport.h"
#include "io/ProposalFile.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/ItemJson.h"
#include "storage/Migrations.h"
#include "storage/OfferRepository.h"
#include "storage/ProposalImport.h"
#include "storage/ServerSetup.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <memory>

using namespace interntrack;
using interntrack::test::d;
using interntrack::test::PgCluster;

namespace {

const QString kActor = QStringLiteral("Test Advisor");
const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 30, 0, 250), Qt::UTC);

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

/// A cohort in which every field of every item holds a value other than its default.
Cohort fullCohort()
{
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    c.rules.proposedSchools = {QStringLiteral("PAISS 2025"), QStringLiteral("Lisbon ML School")};
    c.rules.internshipMinWeeks = 9.5;
    c.rules.disabledRules = {QStringLiteral("TER_OUTSIDE_SACLAY")};

    Student s1{QStringLiteral("s1"),
               QStringLiteral("Ada Lovelace"),
               QStringLiteral("ada@example.org"),
               QStringLiteral("22001234"),
               {Override{QStringLiteral("SEMINARS_TOO_FEW"), QStringLiteral("Prof. Turing"),
                         at("2026-02-01T09:15:30.125Z"), QStringLiteral("Counted two talks of the workshop")}}};
    Student s2{QStringLiteral("s2"),
               QStringLiteral("Zoë Ça’Va \"quoted\"; DROP TABLE students;--"),
               QStringLiteral("zoe@example.org"),
               QStringLiteral("22005678"),
               {}};
    Student s3{QStringLiteral("s3"), QStringLiteral("李雷"), QStringLiteral("li@example.org"), QString(), {}};
    Student s4{QStringLiteral("s4"), QStringLiteral("Grace Hopper"), QString(), QString(), {}};
    c.students = {s1, s2, s3, s4};

    Internship i1;
    i1.id = QStringLiteral("i1");
    i1.studentId = QStringLiteral("s1");
    i1.host = Host{QStringLiteral("Inria Saclay"),
                   HostKind::PublicLab,
                   true,
                   QStringLiteral("1 rue Honoré d'Estienne d'Orves"),
                   QStringLiteral("Palaiseau"),
                   QStringLiteral("France")};
    i1.tutor =
        Tutor{QStringLiteral("Dr. Marie Curie"), QStringLiteral("curie@inria.fr"), QStringLiteral("+33 1 23 45 67 89")};
    i1.subject = QStringLiteral("Graph neural networks\nfor molecules, line two");
    i1.start = d("2026-05-04");
    i1.end = d("2026-06-26");
    i1.weeklyHours = 28.5;
    i1.workDays = WorkDays(0x15u); // mon, wed, fri
    i1.absences = {d("2026-05-20"), d("2026-05-11")};
    i1.submitted = d("2026-01-10");
    i1.signatures = Signatures{d("2026-03-02"), d("2026-03-05"), d("2026-03-06"), d("2026-03-10")};
    i1.gratification = Gratification{4.35, GratificationPer::Hour};
    i1.previousSummer = true;
    i1.proof = true;
    i1.reportPages = 5;
    i1.overrides = {Override{QStringLiteral("INT_LEAD_TIME"), QStringLiteral("Prof. Turing"),
                             QDateTime(QDate(2026, 1, 20), QTime(14, 0, 1, 7)), QStringLiteral("Host confirmed late")},
                    Override{QStringLiteral("INT_HOST_NOT_AI"), QStringLiteral("Prof. Turing"), QDateTime(),
                             QStringLiteral("Team works on ML")}};
    i1.state = WorkflowState::SentForSignature;

    Internship i2; // defaults and nulls everywhere
    i2.id = QStringLiteral("i2");
    i2.studentId = QStringLiteral("s2");

    Internship i3; // a nameless host with details, a nameless tutor with an e-mail
    i3.id = QStringLiteral("i3");
    i3.studentId = QStringLiteral("s2");
    i3.host =
        Host{QString(), HostKind::Company, false, QStringLiteral("somewhere"), QString(), QStringLiteral("Spain")};
    i3.tutor = Tutor{QString(), QStringLiteral("tutor@example.com"), QString()};
    i3.start = d("2025-07-01");
    i3.end = d("2025-08-29");
    i3.gratification = Gratification{700.0, GratificationPer::Month};
    i3.state = WorkflowState::Validated;

    Internship i4 = i1; // the same host and tutor as i1: shared rows
    i4.id = QStringLiteral("i4");
    i4.studentId = QStringLiteral("s3");
    i4.absences = {};
    i4.overrides = {};
    i4.state = WorkflowState::Rejected;
    c.internships = {i1, i2, i3, i4};

    Ter t1;
    t1.id = QStringLiteral("t1");
    t1.studentIds = {QStringLiteral("s2"), QStringLiteral("s1")};
    t1.kind = TerKind::ChallengeSolve;
    t1.subject = QStringLiteral("Mini-challenge: tabular anomalies");
    t1.capacity = 2;
    t1.lab = Lab{QStringLiteral("LISN"), true};
    t1.supervisor = QStringLiteral("Prof. Hopper");
    t1.start = d("2026-03-02");
    t1.end = d("2026-04-30");
    t1.weeklyHours = 3.5;
    t1.paid = true;
    t1.reportPages = 6;
    t1.grade = 15.75;
    t1.overrides = {Override{QStringLiteral("TER_GROUP_SIZE"), QStringLiteral("Prof. Turing"),
                             at("2026-03-01T08:00:00.000Z"), QStringLiteral("Third student joined with approval")}};
    t1.state = WorkflowState::Completed;
    Ter t2 = t1; // same subject: shares the subject row
    t2.id = QStringLiteral("t2");
    t2.studentIds = {QStringLiteral("s3")};
    t2.overrides = {};
    t2.grade = std::nullopt;
    t2.reportPages = std::nullopt;
    t2.state = WorkflowState::Draft;
    Ter t3; // untitled subject, no capacity, lab outside Saclay
    t3.id = QStringLiteral("t3");
    t3.studentIds = {QStringLiteral("s4")};
    t3.kind = TerKind::ChallengePrep;
    t3.lab = Lab{QStringLiteral("ETH Zürich"), false};
    t3.grade = 0.0;
    c.ters = {t1, t2, t3};

    SummerSchool ss1;
    ss1.id = QStringLiteral("ss1");
    ss1.studentId = QStringLiteral("s3");
    ss1.name = QStringLiteral("PAISS 2025");
    ss1.proposed = true;
    ss1.start = d("2025-07-07");
    ss1.end = d("2025-07-11");
    ss1.fullTimeDays = 5;
    ss1.reportPages = 2;
    ss1.reportLinks = {QStringLiteral("https://example.org/course?a=1&b='2'"),
                       QStringLiteral("https://github.com/x/y")};
    ss1.overrides = {Override{QStringLiteral("SCHOOL_NOT_PROPOSED"), QStringLiteral("Prof. Turing"),
                              at("2025-06-01T12:00:00.999Z"), QStringLiteral("Equivalent school")}};
    ss1.state = WorkflowState::InProgress;
    SummerSchool ss2;
    ss2.id = QStringLiteral("ss2");
    ss2.studentId = QStringLiteral("s4");
    c.summerSchools = {ss1, ss2};

    Seminar se1{QStringLiteral("se1"),
                QStringLiteral("s4"),
                QStringLiteral("Diffusion models"),
                d("2026-02-03"),
                QStringLiteral("I learned how score matching works and why it matters for my field."),
                {Override{QStringLiteral("SEMINAR_PARAGRAPH"), QStringLiteral("Prof. Turing"),
                          at("2026-02-04T10:00:00.000Z"), QStringLiteral("Oral summary given")}}};
    Seminar se2{QStringLiteral("se2"), QStringLiteral("s4"), QString(), QDate(), QString(), {}};
    c.seminars = {se1, se2};
    return c;
}

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

/// Every row of every table of the open database, in a stable order, read on a connection of its own:
/// to prove that nothing changed.
QString dumpTables(Database& db)
{
    QSqlDatabase own = QSqlDatabase::cloneDatabase(db.connection(), QUuid::createUuid().toString());
    QString out;
    {
        if (!own.open())
            return QStringLiteral("cannot open: ") + own.lastError().text();
        QStringList tables;
        QSqlQuery q(own);
        q.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                              "ORDER BY tablename"));
        while (q.next())
            tables.append(q.value(0).toString());
        for (const QString& t : tables) {
            out += QStringLiteral("== ") + t + QLatin1Char('\n');
            QSqlQuery columns(own);
            columns.prepare(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                           "current_schema() AND table_name = ?"));
            columns.addBindValue(t);
            const int n = columns.exec() && columns.next() ? columns.value(0).toInt() : 0;
            QStringList order;
            for (int c = 1; c <= n; ++c)
                order.append(QString::number(c));
            QSqlQuery rows(own);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(t, order.join(QLatin1Char(',')))))
                out += QStringLiteral("cannot read: ") + rows.lastError().text();
            while (rows.next()) {
                for (int c = 0; c < n; ++c)
                    out += rows.value(c).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        own.close();
    }
    const QString name = own.connectionName();
    own = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(interntrack::Cohort)

class TestPgStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // PostgreSQL itself
    void schemaIsCreatedOnceWithItsVersion();
    void notOursOrMissingIsRefused();
    void passwordIsNeverShown();
    void readOnlyIsEnforcedByTheServer();
    void statementBindsOverQpsql();
    void backupIsRefused();
    void errorsAreExplained();
    void rightsAreEnforcedByTheServer();
    void cliSetsUpTheServer();

    // the tests of tst_storage
    void roundTrip_data();
    void roundTrip();
    void roundTripOneItemAtATime();
    void updateWritesAuditRowWithOldAndNew();
    void unchangedItemWritesNothing();
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
    void workflowTransitionsAreStored();
    void overridesNeedTheAdvisor();
    void documents();
    void importUpdatesWhatExists();
    void childRowsOfOtherYearsStayOut();

    // other repositories
    void proposalImportRoundTrip();
    void offerRoundTrip();

private:
    void openFresh(Database& db, CohortRepository& repo);
    QString dump();

    std::unique_ptr<PgCluster> m_cluster;
    QString m_name; ///< the database of the current test function
    QString m_url; ///< its URL
    int m_databases = 0;
    std::unique_ptr<Database> m_dumpDb;
};

void TestPgStorage::initTestCase()
{
    INTERNTRACK_REQUIRE_POSTGRESQL();
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
}

void TestPgStorage::init()
{
    // A database of its own for each test function (and each row of its data).
    m_name = QStringLiteral("t%1").arg(++m_databases);
    QVERIFY2(m_cluster->createDatabase(m_name), qPrintable(m_cluster->error()));
    m_url = m_cluster->url(QStringLiteral("postgres"), m_name);
}

void TestPgStorage::cleanup()
{
    m_dumpDb.reset();
}

void TestPgStorage::cleanupTestCase()
{
    m_cluster.reset();
}

void TestPgStorage::openFresh(Database& db, CohortRepository& repo)
{
    const Status s = db.open(m_url);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(db.isServer());
    repo.setClock([] { return kNow; });
}

QString TestPgStorage::dump()
{
    if (!m_dumpDb) {
        m_dumpDb = std::make_unique<Database>();
        const Status s = m_dumpDb->open(m_url);
        if (!s)
            return s.error();
    }
    return dumpTables(*m_dumpDb);
}

// PostgreSQL itself ----------------------------------------------------------------------------------------------

void TestPgStorage::schemaIsCreatedOnceWithItsVersion()
{
    {
        Database db;
        const Status s = db.open(m_url);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.dialect().kind(), Dialect::Kind::PostgreSQL);
        QVERIFY(!db.isReadOnly());
        QCOMPARE(count(db, QStringLiteral("SELECT version FROM schema_version")), Database::latestSchemaVersion());
        QCOMPARE(count(db, QStringLiteral("SELECT application_id FROM schema_version")),
                 qint64(Database::applicationId));
        // The same tables as SQLite's schema.
        const QStringList tables =
            rows(db, QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                    "current_schema() ORDER BY tablename"));
        QCOMPARE(
            tables,
            (QStringList{QStringLiteral("academic_years"), QStringLiteral("applications"), QStringLiteral("audit_log"),
                         QStringLiteral("documents"), QStringLiteral("hosts"), QStringLiteral("internship_absences"),
                         QStringLiteral("internships"), QStringLiteral("offers"), QStringLiteral("overrides"),
                         QStringLiteral("schema_version"), QStringLiteral("seminars"), QStringLiteral("students"),
                         QStringLiteral("summer_school_links"), QStringLiteral("summer_schools"),
                         QStringLiteral("ter_students"), QStringLiteral("ter_subjects"), QStringLiteral("ters"),
                         QStringLiteral("tutors"), QStringLiteral("workflow_transitions")}));
        // REAL keeps a double's precision (PostgreSQL's REAL would not).
        QCOMPARE(
            rows(db, QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'internships' "
                                    "AND column_name = 'weekly_hours'")),
            QStringList{QStringLiteral("double precision")});
    }
    // Opened again: nothing to migrate, the same version.
    const QString before = dump();
    Database db;
    QVERIFY(db.open(m_url).ok());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(dump(), before);
    // Built step by step as an old program would have, then upgraded.
    QVERIFY(m_cluster->createDatabase(QStringLiteral("stepwise")));
    const QString stepwise = m_cluster->url(QStringLiteral("postgres"), QStringLiteral("stepwise"));
    for (int v = 1; v <= Database::latestSchemaVersion(); ++v) {
        Database old;
        OpenOptions options;
        options.migrateTo = v;
        const Status s = old.open(stepwise, options);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(old.schemaVersion(), v);
    }
}

void TestPgStorage::notOursOrMissingIsRefused()
{
    // An empty database is not created when creation is not allowed (or read-only).
    OpenOptions noCreate;
    noCreate.create = false;
    Database db;
    Status s = db.open(m_url, noCreate);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("no InternTrack database")), qPrintable(s.error()));
    QVERIFY(!db.isOpen());
    // Another program's tables: refused, untouched.
    QVERIFY(m_cluster->execAsSuperuser(QStringLiteral("CREATE TABLE payroll (id INTEGER PRIMARY KEY)"), m_name));
    s = db.open(m_url);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("another program")), qPrintable(s.error()));
    // No such database, no such server.
    s = db.open(m_cluster->url(QStringLiteral("postgres"), QStringLiteral("nowhere")));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("nowhere")), qPrintable(s.error()));
    s = db.open(QStringLiteral("postgresql://127.0.0.1/"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("postgresql://login@host:port/database")), qPrintable(s.error()));
    // A newer schema opens read-only.
    QVERIFY(m_cluster->createDatabase(QStringLiteral("newer")));
    const QString newer = m_cluster->url(QStringLiteral("postgres"), QStringLiteral("newer"));
    QVERIFY(db.open(newer).ok());
    db.close();
    QVERIFY(
        m_cluster->execAsSuperuser(QStringLiteral("UPDATE schema_version SET version = 99"), QStringLiteral("newer")));
    s = db.open(newer);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(db.isReadOnly());
    QVERIFY(db.notice().contains(QLatin1String("newer version")));
    QCOMPARE(db.schemaVersion(), 99);
}

void TestPgStorage::passwordIsNeverShown()
{
    QVERIFY(m_cluster->execAsSuperuser(QStringLiteral("CREATE ROLE secretive LOGIN PASSWORD 'hunter2'"), m_name));
    QString url = m_cluster->url(QStringLiteral("secretive:hunter2"), QStringLiteral("nowhere"));
    QCOMPARE(Database::displayName(url), m_cluster->url(QStringLiteral("secretive"), QStringLiteral("nowhere")));
    Database db;
    const Status s = db.open(url);
    QVERIFY(!s.ok());
    QVERIFY2(!s.error().contains(QLatin1String("hunter2")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(QLatin1String("secretive@")), qPrintable(s.error()));
    QVERIFY(Database::isServerUrl(url));
    QVERIFY(Database::isServerUrl(QStringLiteral("postgres://h/db")));
    QVERIFY(!Database::isServerUrl(QStringLiteral("/home/ada/postgresql:/x.interntrack")));
}

void TestPgStorage::readOnlyIsEnforcedByTheServer()
{
    {
        Database db;
        QVERIFY(db.open(m_url).ok());
    }
    Database db;
    OpenOptions options;
    options.readOnly = true;
    QVERIFY(db.open(m_url, options).ok());
    QVERIFY(db.isReadOnly());
    CohortRepository repo(db);
    QVERIFY(!repo.createAcademicYear(test::rules2025(), kActor).ok());
    // Even behind the program's back, the server refuses.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO hosts (name, kind, ai_research, address, city, country) "
                                   "VALUES ('x', 'company', 0, '', '', '')")));
    QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::ReadOnly);
}

void TestPgStorage::statementBindsOverQpsql()
{
    Database db;
    QVERIFY(db.open(m_url).ok());
    SqlStatement s(db.connection());
    QVERIFY(!s.isNative());
    QVERIFY2(s.prepare(QStringLiteral("INSERT INTO hosts (name, kind, ai_research, address, city, country) "
                                      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")),
             qPrintable(s.lastError().text()));
    const QString tricky = QStringLiteral("O'Brien \\ \"x\" ? $1 ; -- 李雷 😀");
    s.bindText(0, tricky);
    s.bindUtf8(1, "company");
    s.bindInteger(2, 1);
    s.bindText(3, QString()); // a null string binds ''
    s.addBindValue(QStringLiteral("Orsay"));
    s.addBindValue(QStringLiteral("France"));
    QVERIFY2(s.exec(), qPrintable(s.lastError().text()));
    QVERIFY(s.next());
    const qint64 id = s.integer(0);
    QVERIFY(id > 0);
    s.finish();
    // Run again with other values: positional binding starts over.
    s.bindText(0, QStringLiteral("Second"));
    s.bindUtf8(1, "public_lab");
    s.bindInteger(2, 0);
    s.bindText(3, QStringLiteral("addr"));
    s.bindText(4, QStringLiteral("Paris"));
    s.bindText(5, QStringLiteral("France"));
    QVERIFY2(s.exec(), qPrintable(s.lastError().text()));
    QVERIFY(s.next());
    QCOMPARE(s.integer(0), id + 1);

    SqlStatement r(db.connection());
    QVERIFY(r.prepare(QStringLiteral("SELECT name, ai_research, address, CAST(? AS TEXT), CAST(? AS BIGINT), "
                                     "CAST(? AS DOUBLE PRECISION) FROM hosts WHERE id = ?")));
    r.bindDate(0, QDate(2026, 2, 28));
    r.bindNull(1);
    r.bindReal(2, 0.1 + 0.2);
    r.bindInteger(3, id);
    QVERIFY2(r.exec(), qPrintable(r.lastError().text()));
    QVERIFY(r.next());
    QCOMPARE(r.text(0), tricky);
    QCOMPARE(r.integer(1), qint64(1));
    QCOMPARE(r.text(2), QString());
    QDate date;
    QVERIFY(r.date(3, &date));
    QCOMPARE(date, QDate(2026, 2, 28));
    QVERIFY(r.isNull(4));
    QVERIFY(!r.optionalInteger(4));
    QCOMPARE(r.real(5), 0.1 + 0.2);
    QVERIFY(!r.next());
    // A statement's rows stay readable while another statement runs (QPSQL would drop a streamed result).
    SqlStatement all(db.connection());
    QVERIFY(all.prepare(QStringLiteral("SELECT id FROM hosts ORDER BY id")));
    QVERIFY(all.exec());
    QVERIFY(all.next());
    QVERIFY(r.exec());
    QVERIFY(r.next());
    QVERIFY(all.next());
    QCOMPARE(all.integer(0), id + 1);
}

void TestPgStorage::backupIsRefused()
{
    Database db;
    QVERIFY(db.open(m_url).ok());
    const QTemporaryDir dir;
    const Status b = db.backup(dir.filePath(QStringLiteral("copy.interntrack")));
    QVERIFY(!b.ok());
    QVERIFY2(b.error().contains(QLatin1String("pg_dump")), qPrintable(b.error()));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy.interntrack"))));
    QVERIFY(!db.restore(dir.filePath(QStringLiteral("copy.interntrack")), kActor).ok());
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
}

void TestPgStorage::errorsAreExplained()
{
    Database db;
    QVERIFY(db.open(m_url).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO hosts (name, kind, ai_research, address, city, country) "
                                  "VALUES ('Twice', 'company', 0, '', '', '')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO hosts (name, kind, ai_research, address, city, country) "
                                   "VALUES ('Twice', 'company', 0, '', '', '')")));
    QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::Duplicate);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO tutors (name, email, phone, host_id) VALUES ('T', '', '', 999)")));
    QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::Reference);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO hosts (name, kind, ai_research, address, city, country) "
                                   "VALUES ('K', 'castle', 0, '', '', '')")));
    QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::Check);
    QVERIFY(StorageError::describe(q.lastError(), QStringLiteral("Saving"))
                .contains(QLatin1String("rule of the database")));
    // A failed statement inside a transaction: the commit says nothing was saved (PostgreSQL would roll back silently).
    {
        Transaction tx(db);
        QVERIFY(tx.status().ok());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO hosts (name, kind, ai_research, address, city, country) "
                                      "VALUES ('Lost', 'company', 0, '', '', '')")));
        QVERIFY(!q.exec(QStringLiteral("SELECT no_such_column FROM hosts")));
        const Status committed = tx.commit();
        QVERIFY(!committed.ok());
        QVERIFY2(committed.error().contains(QLatin1String("nothing was saved")), qPrintable(committed.error()));
    }
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM hosts WHERE name = 'Lost'")), 0);
}

void TestPgStorage::rightsAreEnforcedByTheServer()
{
    // Set up by the owner: schema, roles, rights; a cohort; an advisor's and a student's logins.
    const Cohort c = fullCohort();
    const AcademicYear y = c.year();
    {
        Database db;
        CohortRepository repo(db);
        openFresh(db, repo);
        QVERIFY(repo.saveCohort(c, kActor).ok());
        const Status init = ServerSetup::init(db);
        QVERIFY2(init.ok(), qPrintable(init.error()));
        QVERIFY2(ServerSetup::init(db).ok(), "init runs again without harm");
        const Status ada = ServerSetup::addUser(db, QStringLiteral("ada"), Role::Student, QStringLiteral("s1"));
        QVERIFY2(ada.ok(), qPrintable(ada.error()));
        QVERIFY(ServerSetup::addUser(db, QStringLiteral("turing"), Role::Advisor).ok());
        QVERIFY(ServerSetup::addUser(db, QStringLiteral("jones"), Role::Secretariat).ok());
        const Status nobody =
            ServerSetup::addUser(db, QStringLiteral("ghost"), Role::Student, QStringLiteral("nobody"));
        QVERIFY(!nobody.ok());
        QVERIFY2(nobody.error().contains(QLatin1String("nobody")), qPrintable(nobody.error()));
        QVERIFY(!ServerSetup::addUser(db, QStringLiteral("Robert'); DROP TABLE students;--"), Role::Advisor).ok());
        QVERIFY(!ServerSetup::addUser(db, QStringLiteral("x"), Role::Student).ok()); // no student given
    }
    // The student Ada (s1) sees only her rows.
    Database asAda;
    Status s = asAda.open(m_cluster->url(QStringLiteral("ada"), m_name));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    CohortRepository ada(asAda);
    ada.setClock([] { return kNow; });
    QCOMPARE(count(asAda, QStringLiteral("SELECT count(*) FROM students")), 1);
    const Result<Internship> own = ada.internship(y, QStringLiteral("i1"));
    QVERIFY2(own.ok(), qPrintable(own.error()));
    QCOMPARE(own.value(), c.internships.at(0));
    const Result<Internship> others = ada.internship(y, QStringLiteral("i2")); // Zoë's (s2)
    QVERIFY(!others.ok());
    QCOMPARE(count(asAda, QStringLiteral("SELECT count(*) FROM internships WHERE uid = 'i2'")), 0);
    QCOMPARE(count(asAda, QStringLiteral(
                              "SELECT count(*) FROM internships WHERE student_id NOT IN (SELECT id FROM students)")),
             0);
    // Her loaded year holds only her items.
    const Result<Cohort> hers = ada.loadCohort(y);
    QVERIFY2(hers.ok(), qPrintable(hers.error()));
    QCOMPARE(hers->students.size(), 1);
    for (const Internship& i : hers->internships)
        QCOMPARE(i.studentId, QStringLiteral("s1"));
    // She may change her own internship; not another's, not an override, not a grade, not the audit log.
    Internship changed = own.value();
    changed.subject = QStringLiteral("Changed by Ada");
    s = ada.saveInternship(y, changed, QStringLiteral("ada"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QSqlQuery q(asAda.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE internships SET subject = 'x' WHERE uid = 'i2'")));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(!q.exec(QStringLiteral("UPDATE overrides SET reason = 'I say so'")));
    QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::Denied);
    QVERIFY(StorageError::describe(q.lastError(), QStringLiteral("Saving")).contains(QLatin1String("right")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO overrides (academic_year_id, item_kind, item_id, position, rule, "
                                   "decided_by, decided_at, reason) SELECT academic_year_id, 'internship', id, 9, 'R', "
                                   "'ada', NULL, 'me' FROM internships")));
    QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::Denied);
    QVERIFY(!q.exec(QStringLiteral("UPDATE ters SET grade = 20")));
    QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::Denied);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM audit_log")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE students SET login = 'zoe'"))); // her row must stay hers (WITH CHECK)
    // The secretariat sees everyone but gives no grade and no override.
    Database asJones;
    QVERIFY(asJones.open(m_cluster->url(QStringLiteral("jones"), m_name)).ok());
    QCOMPARE(count(asJones, QStringLiteral("SELECT count(*) FROM students")), qint64(c.students.size()));
    QSqlQuery j(asJones.connection());
    QVERIFY(!j.exec(QStringLiteral("UPDATE ters SET grade = 20")));
    QVERIFY(!j.exec(QStringLiteral("DELETE FROM overrides")));
    // The advisor sees and changes everything.
    Database asTuring;
    QVERIFY(asTuring.open(m_cluster->url(QStringLiteral("turing"), m_name)).ok());
    CohortRepository turing(asTuring);
    turing.setClock([] { return kNow; });
    const Result<Cohort> all = turing.loadCohort(y);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all->internships.size(), c.internships.size());
    QCOMPARE(all->internships.at(0).subject, QStringLiteral("Changed by Ada"));
    QSqlQuery t(asTuring.connection());
    QVERIFY2(t.exec(QStringLiteral("UPDATE ters SET grade = 17.5 WHERE uid = 't1'")), qPrintable(t.lastError().text()));
    QCOMPARE(t.numRowsAffected(), 1);
    const Status o = turing.addOverride(y, ItemKind::Internship, QStringLiteral("i2"),
                                        Override{QStringLiteral("INT_AFTER_DEADLINE"), {}, {}, QStringLiteral("Jury")},
                                        Actor{QStringLiteral("turing"), Role::Advisor, {}});
    QVERIFY2(o.ok(), qPrintable(o.error()));
}

void TestPgStorage::cliSetsUpTheServer()
{
    const QString cli = QStringLiteral(CLI_PATH);
    test::CliRun run = test::runProgram(cli, {QStringLiteral("db"), QStringLiteral("init"), m_url});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(QLatin1String("roles and rights")), qPrintable(run.errText()));
    QVERIFY2(test::createDemoDatabase(m_url).isEmpty(), "the demo year is saved");
    Database db;
    QVERIFY(db.open(m_url).ok());
    const QString uid = rows(db, QStringLiteral("SELECT uid FROM students ORDER BY id LIMIT 1")).value(0);
    QVERIFY(!uid.isEmpty());
    run =
        test::runProgram(cli, {QStringLiteral("db"), QStringLiteral("add-user"), m_url, QStringLiteral("pupil"),
                               QStringLiteral("--role"), QStringLiteral("student"), QStringLiteral("--student"), uid});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(rows(db, QStringLiteral("SELECT uid FROM students WHERE login = 'pupil'")), QStringList{uid});
    // Refused: an unknown role, a file, a missing student; with a password in the URL, never shown.
    run = test::runProgram(cli, {QStringLiteral("db"), QStringLiteral("add-user"), m_url, QStringLiteral("boss"),
                                 QStringLiteral("--role"), QStringLiteral("dean")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QLatin1String("--role")), qPrintable(run.errText()));
    run = test::runProgram(cli, {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("/tmp/x.interntrack")});
    QCOMPARE(run.exitCode, 2);
    const QString withPassword = m_cluster->url(QStringLiteral("postgres:s3cr3t-pw"), m_name);
    run = test::runProgram(cli, {QStringLiteral("db"), QStringLiteral("add-user"), withPassword,
                                 QStringLiteral("ghost"), QStringLiteral("--role"), QStringLiteral("student"),
                                 QStringLiteral("--student"), QStringLiteral("nobody")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QLatin1String("nobody")), qPrintable(run.errText()));
    QVERIFY2(!run.errText().contains(QLatin1String("s3cr3t")), qPrintable(run.errText()));
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = 'ghost'")), 0);
}

// The tests of tst_storage ----------------------------------------------------------------------------------------

void TestPgStorage::roundTrip_data()
{
    QTest::addColumn<Cohort>("cohort");
    QTest::newRow("every-field-set") << fullCohort();
    QTest::newRow("defaults-and-nulls") << defaultsCohort();
    Cohort empty;
    empty.rules = RuleSet::parisSaclayM1(AcademicYear{2024});
    QTest::newRow("empty-year") << empty;
}

void TestPgStorage::roundTrip()
{
    QFETCH(Cohort, cohort);
    {
        Database db;
        CohortRepository repo(db);
        openFresh(db, repo);
        const Status saved = repo.saveCohort(cohort, kActor);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const Result<Cohort> loaded = repo.loadCohort(cohort.year());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        COMPARE_COHORTS(loaded.value(), cohort);
    }
    // And after closing and opening the file again.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
    const Result<Cohort> loaded = repo.loadCohort(cohort.year());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    COMPARE_COHORTS(loaded.value(), cohort);
    QCOMPARE(repo.academicYears().value(), QList<AcademicYear>{cohort.year()});
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
}

void TestPgStorage::roundTripOneItemAtATime()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::updateWritesAuditRowWithOldAndNew()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::unchangedItemWritesNothing()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const qint64 before = count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(repo.saveInternship(c.year(), c.internships.at(0), kActor).ok());
    QVERIFY(repo.saveCohort(c, kActor).ok());
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_log")), before);
}

void TestPgStorage::auditAbsentAfterRollback()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const QString before = dump();
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
    QCOMPARE(dump(), before);
}

void TestPgStorage::nestedTransactionsAreSavepoints()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::failedBatchChangesNoRow_data()
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

void TestPgStorage::failedBatchChangesNoRow()
{
    QFETCH(QString, breakage);
    QFETCH(QString, message);
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
    const Cohort c = fullCohort();
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const QString before = dump();

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
    QCOMPARE(dump(), before);

    // The same batch without the fault goes in whole.
    if (breakage == QLatin1String("cancel")) {
        QVERIFY(repo.importItems(c.year(), batch, kActor).ok());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internships WHERE uid LIKE 'bulk-%'")), 1500);
    }
}

void TestPgStorage::hostsAreReusedAcrossYears()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::terSubjectIsShared()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::hostDirectory()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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
    const QString before = dump();
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
    QCOMPARE(dump(), before);
}

void TestPgStorage::importTerSubjects()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
    QVERIFY(repo.createAcademicYear(test::rules2025(), kActor).ok());
    const QList<TerSubject> subjects = {
        TerSubject{QStringLiteral("Fairness audits"), TerKind::Research, 2, Lab{QStringLiteral("LISN"), true}},
        TerSubject{QStringLiteral("Anomaly challenge data"), TerKind::ChallengePrep, std::nullopt,
                   Lab{QStringLiteral("LISN"), true}},
    };
    QVERIFY(repo.importTerSubjects(AcademicYear{2025}, subjects, kActor).ok());
    QCOMPARE(repo.terSubjects(AcademicYear{2025}).value(), (QList<TerSubject>{subjects.at(1), subjects.at(0)}));
    const QString before = dump();
    TerSubject clash = subjects.at(0);
    clash.capacity = 3;
    const Status s =
        repo.importTerSubjects(AcademicYear{2025}, {subjects.at(1), subjects.at(0), clash}, kActor,
                               {QStringLiteral("a.csv:2"), QStringLiteral("a.csv:3"), QStringLiteral("a.csv:4")});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(QLatin1String("a.csv:4")), qPrintable(s.error()));
    QVERIFY(!repo.importTerSubjects(AcademicYear{2031}, subjects, kActor).ok()); // no such year
    QCOMPARE(dump(), before);
}

void TestPgStorage::deleteItems()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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
}

void TestPgStorage::saveCohortReplacesTheYear()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::workflowTransitionsAreStored()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
    Cohort c = fullCohort();
    c.internships[1].state = WorkflowState::Submitted;
    QVERIFY(repo.saveCohort(c, kActor).ok());
    const AcademicYear y = c.year();
    const Actor advisor{QStringLiteral("Prof. Turing"), Role::Advisor, {}};
    const Actor student{QStringLiteral("Zoë"), Role::Student, QStringLiteral("s2")};
    const QString before = dump();

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
    QCOMPARE(dump(), before);

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

void TestPgStorage::overridesNeedTheAdvisor()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::documents()
{
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::importUpdatesWhatExists()
{
    // An import reads the year's items of the kinds it brings before writing any (what an update is compared
    // with), and of the other kinds only their ids.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

void TestPgStorage::childRowsOfOtherYearsStayOut()
{
    // A year's absences, TER students and links are read by a range of parent ids: rows of another year's
    // items inside that range must not be taken.
    Database db;
    CohortRepository repo(db);
    openFresh(db, repo);
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

// Other repositories ----------------------------------------------------------------------------------------------

void TestPgStorage::proposalImportRoundTrip()
{
    const QString error = test::createDemoDatabase(m_url);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Database db;
    QVERIFY(db.open(m_url).ok());
    CohortRepository repo(db);
    repo.setClock([] { return test::demoNow(); });
    const AcademicYear year{2025};
    const Result<Cohort> cohort = repo.loadCohort(year);
    QVERIFY2(cohort.ok(), qPrintable(cohort.error()));
    QVERIFY(!cohort->students.isEmpty());
    const Student known = cohort->students.first();

    ProposalFile f;
    f.year = year;
    f.written = QDateTime(QDate(2026, 1, 12), QTime(9, 30, 15, 250), Qt::UTC);
    f.student = known;
    f.message = QStringLiteral("Here is my internship at Inria.");
    Internship i = test::cleanInternship();
    i.id = QStringLiteral("i-0000000000a1");
    i.studentId = known.id;
    i.signatures = {};
    i.submitted = {};
    i.state = WorkflowState::Submitted;
    f.internships = {i};
    const Result<ProposalImport::Plan> done = ProposalImport::apply(repo, f, {});
    QVERIFY2(done.ok(), qPrintable(done.error()));
    const Internship stored = repo.internship(year, i.id).value();
    QCOMPARE(stored.state, WorkflowState::Submitted);
    QCOMPARE(stored.subject, i.subject);
    const QList<TransitionRecord> history = repo.transitions(year, ItemKind::Internship, i.id).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().comment, f.message);

    // Sent again with a change: replaced; approved, then refused, and nothing changes.
    f.internships.first().subject = QStringLiteral("Second version");
    const Result<ProposalImport::Plan> again = ProposalImport::apply(repo, f, {});
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(repo.internship(year, i.id)->subject, QStringLiteral("Second version"));
    QVERIFY(repo.itemHistory(year, ItemKind::Internship, i.id).value().size() >= 2);
    const Actor advisor{QStringLiteral("Anne Vilnat"), Role::Advisor, {}};
    QVERIFY(repo.transition(year, ItemKind::Internship, i.id, WorkflowState::Submitted, WorkflowState::Approved,
                            advisor, {}, {})
                .ok());
    const Cohort before = repo.loadCohort(year).value();
    f.internships.first().subject = QStringLiteral("Third version");
    const Result<ProposalImport::Plan> late = ProposalImport::apply(repo, f, {});
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QLatin1String("Nothing was imported")), qPrintable(late.error()));
    QCOMPARE(repo.loadCohort(year).value(), before);
}

void TestPgStorage::offerRoundTrip()
{
    Offer o;
    o.year = AcademicYear{2025};
    o.hostName = QStringLiteral("Laboratoire Interdisciplinaire des Sciences du Numérique");
    o.hostKind = HostKind::PublicLab;
    o.aiResearch = true;
    o.city = QStringLiteral("Orsay");
    o.country = QStringLiteral("France");
    o.title = QStringLiteral("Étude des modèles de langue \"quoted\"; DROP TABLE offers;--");
    o.topics = {QStringLiteral("NLP"), QStringLiteral("LLM")};
    o.description = QStringLiteral("Two lines\nof description, with ünïcödé and 李雷.");
    o.startEarliest = d("2026-04-06");
    o.startLatest = d("2026-05-04");
    o.weeks = 20;
    o.gratificationEur = 659.76;
    o.contactName = QStringLiteral("Dr. Marie Curie");
    o.contactEmail = QStringLiteral("curie@lisn.fr");
    o.url = QStringLiteral("https://lisn.example.org/offres/42");
    o.posted = d("2025-11-20");
    Offer undated;
    undated.year = o.year;
    undated.hostName = QStringLiteral("Somewhere");
    undated.title = QStringLiteral("An undated TER subject");
    undated.closed = true;
    Database db;
    QVERIFY(db.open(m_url).ok());
    OfferRepository repo(db, QStringLiteral("Advisor"));
    repo.setClock([] { return kNow; });
    for (Offer* offer : {&undated, &o}) {
        const Result<qint64> id = repo.addOffer(*offer);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        offer->id = id.value();
    }
    QCOMPARE(repo.offer(o.id).value(), o);
    // Sorted by earliest start, undated last.
    QCOMPARE(repo.offers(o.year).value(), (QList<Offer>{o, undated}));
    Offer changed = o;
    changed.title = QStringLiteral("Segmentation 3D");
    changed.closed = true;
    QVERIFY(repo.updateOffer(changed).ok());
    QCOMPARE(repo.offer(o.id).value(), changed);

    const Result<qint64> applied = repo.apply(o.id, QStringLiteral("s1"), QStringLiteral("CV attached"));
    QVERIFY2(!applied.ok(), "a closed offer takes no application");
    changed.closed = false;
    QVERIFY(repo.updateOffer(changed).ok());
    const Result<qint64> first = repo.apply(o.id, QStringLiteral("s1"), QStringLiteral("CV attached"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const Result<qint64> twice = repo.apply(o.id, QStringLiteral("s1"));
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(QStringLiteral("already applied")), qPrintable(twice.error()));
    QVERIFY(repo.moveApplication(first.value(), ApplicationState::Withdrawn).ok());
    const QList<Application> ofOffer = repo.applicationsOfOffer(o.id).value();
    QCOMPARE(ofOffer.size(), 1);
    QCOMPARE(ofOffer.first().state, ApplicationState::Withdrawn);
    QCOMPARE(ofOffer.first().changedAt, kNow);
    QCOMPARE(repo.applicationsOfStudent(QStringLiteral("s1")).value().size(), 1);
    QVERIFY(repo.removeOffer(o.id).ok());
    QCOMPARE(repo.applicationsOfStudent(QStringLiteral("s1")).value().size(), 0);
    QCOMPARE(repo.offers(o.year).value(), QList<Offer>{undated});
}

QTEST_GUILESS_MAIN(TestPgStorage)
#include "tst_pgstorage.moc"

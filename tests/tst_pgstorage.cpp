// What only PostgreSQL has, on a throwaway cluster (tests/support/PgCluster) started once, a new database per
// test function: the server's schema, URLs, roles and row-level security, QPSQL's binding, server errors, the
// command line's server setup; and other repositories over it. The storage suite itself (tst_storage) runs on
// PostgreSQL too, as tst_storage_pg: the repositories, the migrations (core/storage/migrations/pg) and the
// dialect must give the same results on both engines.
#include "CliRunner.h"
#include "PgCluster.h"
#include "StorageTarget.h"
#include "TestSupport.h"
#include "io/ProposalFile.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"
#include "storage/ProposalImport.h"
#include "storage/ServerSetup.h"
#include "storage/SqlStatement.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace interntrack;
using interntrack::test::d;
using interntrack::test::fullCohort;
using interntrack::test::PgCluster;

namespace {

const QString kActor = QStringLiteral("Test Advisor");
const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 30, 0, 250), Qt::UTC);

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

/// Every row of every table of the open database, in a stable order, read on a connection of its own:
/// to prove that nothing changed.
QString dumpTables(Database& db)
{
    QSqlDatabase own = QSqlDatabase::cloneDatabase(db.connection(), QUuid::createUuid().toString());
    const QString out = own.open() ? test::dumpTables(own) : QStringLiteral("cannot open: ") + own.lastError().text();
    own.close();
    const QString name = own.connectionName();
    own = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

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
    void cliWorksOnTheServer();

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
    // Her internship is past approval (sent for signature): she may record its report, change nothing else.
    QCOMPARE(own->state, WorkflowState::SentForSignature);
    Internship changed = own.value();
    changed.subject = QStringLiteral("Changed by Ada");
    s = ada.saveInternship(y, changed, QStringLiteral("ada"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("only its report")), qPrintable(s.error()));
    changed = own.value();
    changed.reportPages = 5;
    s = ada.saveInternship(y, changed, QStringLiteral("ada"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    // Her proposal, submitted: she may withdraw it, never approve it, nor write one approved, whatever the client.
    QVERIFY(m_cluster->execAsSuperuser(QStringLiteral("UPDATE internships SET state = 'submitted' WHERE uid = 'i1'"),
                                       m_name));
    QSqlQuery q(asAda.connection());
    for (const char* refused :
         {"UPDATE internships SET state = 'approved' WHERE uid = 'i1'",
          "UPDATE internships SET state = 'validated' WHERE uid = 'i1'",
          "INSERT INTO internships (academic_year_id, uid, student_id, subject, weekly_hours, work_days, "
          "gratification_eur, gratification_per, previous_summer, proof, state) SELECT academic_year_id, 'i-mine', id, "
          "'x', 35, 31, 0, 'month', 0, 0, 'approved' FROM students"}) {
        QVERIFY2(!q.exec(QLatin1String(refused)), refused);
        QCOMPARE(StorageError::cause(q.lastError()), StorageError::Cause::Denied);
    }
    Internship approved = own.value();
    approved.state = WorkflowState::Submitted;
    approved.reportPages = 5;
    QCOMPARE(ada.internship(y, QStringLiteral("i1")).value(), approved);
    approved.state = WorkflowState::Approved;
    QVERIFY(!ada.saveInternship(y, approved, QStringLiteral("ada")).ok());
    QVERIFY2(q.exec(QStringLiteral("UPDATE internships SET state = 'draft' WHERE uid = 'i1'")),
             qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(m_cluster->execAsSuperuser(
        QStringLiteral("UPDATE internships SET state = 'sent_for_signature' WHERE uid = 'i1'"), m_name));
    // Not another's item, not an override, not a grade, not the audit log.
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
    QCOMPARE(all->internships.at(0).reportPages, std::optional<int>(5));
    QCOMPARE(all->internships.at(0).subject, c.internships.at(0).subject);
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

void TestPgStorage::cliWorksOnTheServer()
{
    // check, export, import and documents take a postgresql:// URL as --db; backup and demo are a file's.
    const QString cli = QStringLiteral(CLI_PATH);
    test::CliRun run = test::runProgram(cli, {QStringLiteral("db"), QStringLiteral("init"), m_url});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY2(test::createDemoDatabase(m_url).isEmpty(), "the demo year is saved");
    const QStringList db = {QStringLiteral("--db"), m_url};

    run = test::runProgram(cli, QStringList{QStringLiteral("check")} + db
                                    + QStringList{QStringLiteral("--today"), QStringLiteral("2026-03-02")});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.errText()));
    QVERIFY2(run.out.contains("\"findings\""), run.out.constData());

    run = test::runProgram(cli, QStringList{QStringLiteral("export")} + db + QStringList{QStringLiteral("students")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    const qsizetype before = run.out.count('\n');
    QVERIFY(before > 1);

    const QByteArray csv = "id;name;email;student_number\nnew01;Grace Hopper;grace.hopper@example.org;20259999\n";
    run = test::runProgram(
        cli, QStringList{QStringLiteral("import")} + db + QStringList{QStringLiteral("students"), QStringLiteral("-")},
        csv);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    run = test::runProgram(cli, QStringList{QStringLiteral("export")} + db + QStringList{QStringLiteral("students")});
    QCOMPARE(run.out.count('\n'), before + 1);
    QVERIFY(run.out.contains("Grace Hopper"));

    run = test::runProgram(cli, QStringList{QStringLiteral("backup")} + db + QStringList{QStringLiteral("/tmp/x.db")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.errText().contains(QLatin1String("pg_dump")), qPrintable(run.errText()));
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

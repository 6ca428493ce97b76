// DatabaseCopy (issue 9): a database file copied to PostgreSQL and back, and to another file, all or nothing.
// The file-to-file cases run everywhere; the server cases on a throwaway cluster (tests/support/PgCluster),
// skipped when PostgreSQL is not installed.
#include "PgCluster.h"
#include "TestSupport.h"
#include "domain/Offer.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/OfferRepository.h"
#include "storage/ServerSetup.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace interntrack;
using interntrack::test::PgCluster;

namespace {

const QString kActor = QStringLiteral("Test Advisor");

/// Everything the program reads back from a database, to compare a copy with its source.
struct Snapshot
{
    QList<AcademicYear> years;
    QList<Cohort> cohorts;
    QList<AuditEntry> audit;
    QList<TransitionRecord> transitions;
    QList<Document> documents; ///< with their content
    QList<Offer> offers;
    QList<Application> applications;
    QString rows; ///< every row of every data table, as text (see dumpRows())
};

QStringList dataTables(Database& db)
{
    QSqlQuery q(db.connection());
    const bool ok = db.isServer() ? q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                          "table_schema = current_schema() AND table_type = 'BASE "
                                                          "TABLE' AND table_name <> 'schema_version'"))
                                  : q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                                          "name NOT LIKE 'sqlite%'"));
    QStringList out;
    while (ok && q.next())
        out.append(q.value(0).toString());
    out.sort();
    return out;
}

QString text(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.metaType() == QMetaType::fromType<QByteArray>())
        return QStringLiteral("x") + QString::fromLatin1(v.toByteArray().toHex());
    if (v.metaType() == QMetaType::fromType<double>())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

/// Every row of every data table: "table|column=value|…" with the columns by name (the server's students.login,
/// which a file has not, left out), the rows sorted. Equal dumps: the same rows, ids included.
QString dumpRows(Database& db)
{
    QStringList out;
    for (const QString& table : dataTables(db)) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return QStringLiteral("cannot read ") + table;
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c) {
                const QString name = q.record().fieldName(c);
                if (name != QLatin1String("login"))
                    values.append(name + QLatin1Char('=') + text(q.value(c)));
            }
            values.sort();
            rows.append(table + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
        rows.sort();
        out += rows;
    }
    return out.join(QLatin1Char('\n'));
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// The number of rows of all data tables.
qint64 totalRows(Database& db)
{
    qint64 total = 0;
    for (const QString& table : dataTables(db))
        total += count(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    return total;
}

Snapshot snapshot(Database& db)
{
    Snapshot s;
    CohortRepository repo(db);
    s.years = repo.academicYears().value();
    for (const AcademicYear& y : s.years) {
        const Result<Cohort> c = repo.loadCohort(y);
        if (!c) {
            qWarning("loadCohort: %s", qPrintable(c.error()));
            continue;
        }
        s.cohorts.append(c.value());
        const auto items = [&](ItemKind kind, const QString& id) {
            if (kind == ItemKind::Internship || kind == ItemKind::Ter || kind == ItemKind::SummerSchool) {
                const Result<QList<TransitionRecord>> steps = repo.transitions(y, kind, id);
                if (steps)
                    s.transitions += steps.value();
                else
                    qWarning("transitions: %s", qPrintable(steps.error()));
            }
            const Result<QList<Document>> documents = repo.documents(y, kind, id, true);
            if (documents)
                s.documents += documents.value();
            else
                qWarning("documents: %s", qPrintable(documents.error()));
        };
        for (const Student& x : c->students)
            items(ItemKind::Student, x.id);
        for (const Internship& x : c->internships)
            items(ItemKind::Internship, x.id);
        for (const Ter& x : c->ters)
            items(ItemKind::Ter, x.id);
        for (const SummerSchool& x : c->summerSchools)
            items(ItemKind::SummerSchool, x.id);
        for (const Seminar& x : c->seminars)
            items(ItemKind::Seminar, x.id);
        OfferRepository offers(db);
        s.offers += offers.offers(y).value();
    }
    OfferRepository offers(db);
    for (const Offer& o : s.offers)
        s.applications += offers.applicationsOfOffer(o.id).value();
    s.audit = repo.auditLog().value();
    s.rows = dumpRows(db);
    return s;
}

/// Compares two snapshots part by part (a failure names the part).
#define COMPARE_SNAPSHOTS(a, b)                                                                                        \
    do {                                                                                                               \
        QCOMPARE((a).years, (b).years);                                                                                \
        QVERIFY2((a).cohorts == (b).cohorts, "the loaded cohorts differ");                                             \
        QCOMPARE((a).audit.size(), (b).audit.size());                                                                  \
        QVERIFY2((a).audit == (b).audit, "the audit logs differ");                                                     \
        QVERIFY2((a).transitions == (b).transitions, "the workflow transitions differ");                               \
        QCOMPARE((a).documents.size(), (b).documents.size());                                                          \
        QVERIFY2((a).documents == (b).documents, "the documents differ");                                              \
        QVERIFY2((a).offers == (b).offers, "the offers differ");                                                       \
        QVERIFY2((a).applications == (b).applications, "the applications differ");                                     \
        QCOMPARE((a).rows, (b).rows);                                                                                  \
    } while (false)

} // namespace

class TestDbCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    // Files only: run everywhere.
    void fileToFile();
    void nonEmptyTargetIsRefused();
    void cancelWritesNothing();
    void differentSchemaVersionsAreRefused();
    void intoItselfIsRefused();

    // A file to a server and back.
    void fileToServerAndBack();
    void serverTargetRefusedOrCancelledStaysEmpty();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    /// The demo year with more history: a workflow step, documents (one removed: an id the copy must not give
    /// again), an offer and an application. Returns the removed document's id.
    qint64 writeSource(const QString& file);
    /// A new database of the cluster; its URL.
    QString newServerDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgCluster> m_cluster;
    int m_databases = 0;
};

void TestDbCopy::initTestCase()
{
    if (PgCluster::available()) {
        m_cluster = std::make_unique<PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
    }
}

void TestDbCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDbCopy::cleanupTestCase()
{
    m_cluster.reset();
}

QString TestDbCopy::newServerDatabase()
{
    const QString name = QStringLiteral("copy%1").arg(++m_databases);
    if (!m_cluster->createDatabase(name))
        return {};
    return m_cluster->url(QStringLiteral("postgres"), name);
}

qint64 TestDbCopy::writeSource(const QString& file)
{
    const QString made = test::createDemoDatabase(file);
    if (!made.isEmpty()) {
        qWarning("demo: %s", qPrintable(made));
        return -1;
    }
    Database db;
    if (!db.open(file).ok())
        return -1;
    CohortRepository repo(db);
    repo.setClock([] { return test::demoNow(); });
    const AcademicYear y{2025};
    const Cohort c = repo.loadCohort(y).value();
    // A workflow step with a comment.
    for (const Internship& i : c.internships) {
        if (i.state != WorkflowState::Submitted)
            continue;
        const Status s =
            repo.transition(y, ItemKind::Internship, i.id, WorkflowState::Submitted, WorkflowState::ChangesRequested,
                            Actor{kActor, Role::Advisor, {}}, QStringLiteral("Please give the tutor's e-mail."), {});
        if (!s) {
            qWarning("transition: %s", qPrintable(s.error()));
            return -1;
        }
        break;
    }
    // Documents with every byte value; the last one removed.
    qint64 removed = 0;
    for (int n = 0; n < 3; ++n) {
        Document doc;
        doc.itemKind = ItemKind::Internship;
        doc.itemId = c.internships.at(n).id;
        doc.kind = n == 0 ? DocumentKind::Agreement : DocumentKind::Other;
        doc.fileName = QStringLiteral("pièce %1.bin").arg(n);
        doc.mediaType = QStringLiteral("application/octet-stream");
        for (int b = 0; b < 256 * (n + 1); ++b)
            doc.content.append(char(b % 256));
        const Result<qint64> id = repo.attachDocument(y, doc, QStringLiteral("Secrétariat"));
        if (!id) {
            qWarning("attach: %s", qPrintable(id.error()));
            return -1;
        }
        removed = id.value();
    }
    if (!repo.removeDocument(removed, kActor).ok())
        return -1;
    // An offer and an application to it.
    OfferRepository offers(db, kActor);
    offers.setClock([] { return test::demoNow(); });
    Offer o;
    o.year = y;
    o.hostName = QStringLiteral("Inria Saclay");
    o.hostKind = HostKind::PublicLab;
    o.city = QStringLiteral("Palaiseau");
    o.country = QStringLiteral("France");
    o.title = QStringLiteral("Graph neural networks");
    o.topics = {QStringLiteral("GNN"), QStringLiteral("chemistry")};
    o.startEarliest = QDate(2026, 5, 4);
    o.weeks = 10;
    o.gratificationEur = 650.5;
    o.posted = QDate(2026, 1, 5);
    const Result<qint64> offerId = offers.addOffer(o);
    if (!offerId || !offers.apply(offerId.value(), c.students.at(0).id, QStringLiteral("Keen")).ok())
        return -1;
    return removed;
}

void TestDbCopy::fileToFile()
{
    const QString from = path(QStringLiteral("from.interntrack"));
    const qint64 removed = writeSource(from);
    QVERIFY(removed > 0);
    Database source;
    QVERIFY(source.open(from).ok());
    const Snapshot before = snapshot(source);
    QVERIFY(!before.transitions.isEmpty());
    QCOMPARE(before.documents.size(), 2);
    QVERIFY(!before.documents.at(0).content.isEmpty());
    QCOMPARE(before.offers.size(), 1);
    QCOMPARE(before.applications.size(), 1);

    Database target;
    QVERIFY(target.open(path(QStringLiteral("to.interntrack"))).ok());
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    DatabaseCopy::Summary summary;
    const Status s = DatabaseCopy::copy(
        source, target,
        [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        },
        &summary);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(summary.rows, totalRows(source));
    QCOMPARE(summary.tables, int(dataTables(source).size()));
    QCOMPARE(lastDone, summary.rows);
    QCOMPARE(lastTotal, summary.rows);
    const Snapshot after = snapshot(target);
    COMPARE_SNAPSHOTS(after, before);
    QCOMPARE(target.integrityCheck().value(), QStringLiteral("ok"));
    QCOMPARE(count(target, QStringLiteral("PRAGMA foreign_key_check")), qint64(-1)); // no row: every reference holds

    // The copy gives new ids after every id the source gave, the removed document's too.
    CohortRepository repo(target);
    Document doc;
    doc.itemKind = ItemKind::Internship;
    doc.itemId = before.cohorts.at(0).internships.at(0).id;
    doc.fileName = QStringLiteral("after.pdf");
    doc.mediaType = QStringLiteral("application/pdf");
    doc.content = QByteArray("%PDF-1.4\n%%EOF\n");
    const Result<qint64> id = repo.attachDocument(AcademicYear{2025}, doc, kActor);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY2(id.value() > removed, qPrintable(QString::number(id.value())));
}

void TestDbCopy::nonEmptyTargetIsRefused()
{
    const QString from = path(QStringLiteral("from.interntrack"));
    QVERIFY(writeSource(from) > 0);
    const QString to = path(QStringLiteral("to.interntrack"));
    // A target holding a year, or holding only an offer (no year): both refused.
    for (const bool onlyOffer : {false, true}) {
        QFile::remove(to);
        Database target;
        QVERIFY(target.open(to).ok());
        if (onlyOffer) {
            OfferRepository offers(target, kActor);
            Offer o;
            o.year = AcademicYear{2030};
            o.title = QStringLiteral("Lonely offer");
            o.hostName = QStringLiteral("Somewhere");
            QVERIFY(offers.addOffer(o).ok());
        } else {
            QVERIFY(test::createDemoDatabase(to).isEmpty());
        }
        const QString before = dumpRows(target);
        Database source;
        QVERIFY(source.open(from).ok());
        DatabaseCopy::Summary summary{7, 7};
        const Status s = DatabaseCopy::copy(source, target, {}, &summary);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("already holds data")), qPrintable(s.error()));
        // The first table found holding rows is named: the offer's audit row comes before the offer.
        QVERIFY2(s.error().contains(QLatin1String(onlyOffer ? "audit_log" : "academic_years")), qPrintable(s.error()));
        QCOMPARE(summary.rows, qint64(0));
        QCOMPARE(dumpRows(target), before);
        target.close();
        QFile::remove(to + QStringLiteral("-wal"));
        QFile::remove(to + QStringLiteral("-shm"));
    }
}

void TestDbCopy::cancelWritesNothing()
{
    const QString from = path(QStringLiteral("from.interntrack"));
    QVERIFY(writeSource(from) > 0);
    Database source;
    QVERIFY(source.open(from).ok());
    Database target;
    QVERIFY(target.open(path(QStringLiteral("to.interntrack"))).ok());
    int calls = 0;
    qint64 cancelledAt = 0;
    const Status s = DatabaseCopy::copy(source, target, [&](qint64 done, qint64) {
        ++calls;
        cancelledAt = done;
        return done == 0; // cancelled after the first batch was written
    });
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("cancelled")), qPrintable(s.error()));
    QCOMPARE(calls, 2);
    QVERIFY(cancelledAt > 0);
    QCOMPARE(totalRows(target), qint64(0));
    // The target is still an empty database a copy can fill.
    const Status again = DatabaseCopy::copy(source, target);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(dumpRows(target), dumpRows(source));
}

void TestDbCopy::differentSchemaVersionsAreRefused()
{
    const QString from = path(QStringLiteral("from.interntrack"));
    QVERIFY(writeSource(from) > 0);
    OpenOptions older;
    older.migrateTo = Database::latestSchemaVersion() - 1;
    Database old;
    QVERIFY(old.open(path(QStringLiteral("old.interntrack")), older).ok());
    QCOMPARE(old.schemaVersion(), Database::latestSchemaVersion() - 1);
    Database source;
    QVERIFY(source.open(from).ok());
    const Status s = DatabaseCopy::copy(source, old);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("schema versions differ")), qPrintable(s.error()));
    QCOMPARE(totalRows(old), qint64(0));
    // Nor from an older database into a newer one.
    Database latest;
    QVERIFY(latest.open(path(QStringLiteral("latest.interntrack"))).ok());
    QVERIFY(!DatabaseCopy::copy(old, latest).ok());
    QCOMPARE(totalRows(latest), qint64(0));
}

void TestDbCopy::intoItselfIsRefused()
{
    const QString from = path(QStringLiteral("from.interntrack"));
    QVERIFY(test::createDemoDatabase(from).isEmpty());
    Database a;
    QVERIFY(a.open(from).ok());
    Database b;
    QVERIFY(b.open(from).ok());
    const Status s = DatabaseCopy::copy(a, b);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("into itself")), qPrintable(s.error()));
}

void TestDbCopy::fileToServerAndBack()
{
    INTERNTRACK_REQUIRE_POSTGRESQL();
    QVERIFY(m_cluster);
    const QString from = path(QStringLiteral("from.interntrack"));
    const qint64 removed = writeSource(from);
    QVERIFY(removed > 0);
    Database file;
    QVERIFY(file.open(from).ok());
    const Snapshot original = snapshot(file);

    // To the server, set up for shared use first (students.login, the trigger that keeps grades to advisors).
    const QString url = newServerDatabase();
    QVERIFY(!url.isEmpty());
    Database server;
    Status s = server.open(url);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY2(ServerSetup::init(server).ok(), "db init");
    DatabaseCopy::Summary summary;
    s = DatabaseCopy::copy(file, server, {}, &summary);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(summary.rows, totalRows(file));
    QCOMPARE(totalRows(server), totalRows(file));
    const Snapshot onServer = snapshot(server);
    COMPARE_SNAPSHOTS(onServer, original);
    QCOMPARE(count(server, QStringLiteral("SELECT count(*) FROM students WHERE login IS NOT NULL")), qint64(0));
    QVERIFY(count(server, QStringLiteral("SELECT count(*) FROM ters WHERE grade IS NOT NULL")) > 0);
    QCOMPARE(count(server, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_trigger WHERE tgname = "
                                          "'interntrack_grade_is_advisors' AND tgenabled = 'O'")),
             qint64(1)); // back on

    // And back, to a new file: the same again.
    Database back;
    QVERIFY(back.open(path(QStringLiteral("back.interntrack"))).ok());
    s = DatabaseCopy::copy(server, back, {}, &summary);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(summary.rows, totalRows(file));
    const Snapshot onFile = snapshot(back);
    COMPARE_SNAPSHOTS(onFile, original);
    QCOMPARE(back.integrityCheck().value(), QStringLiteral("ok"));
    Document doc;
    doc.itemKind = ItemKind::Internship;
    doc.itemId = original.cohorts.at(0).internships.at(0).id;
    doc.fileName = QStringLiteral("after.pdf");
    doc.mediaType = QStringLiteral("application/pdf");
    doc.content = QByteArray("%PDF-1.4\n%%EOF\n");
    {
        // The removed document's id went to the server and back: the file does not give it again.
        CohortRepository onBack(back);
        const Result<qint64> id = onBack.attachDocument(AcademicYear{2025}, doc, kActor);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QVERIFY2(id.value() > removed, qPrintable(QString::number(id.value())));
    }

    // On the server, new rows get new ids: past the copied ones and the removed document's.
    CohortRepository repo(server);
    repo.setClock([] { return test::demoNow(); });
    const AcademicYear y{2025};
    const Result<qint64> id = repo.attachDocument(y, doc, kActor);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY2(id.value() > removed, qPrintable(QString::number(id.value())));
    Student newcomer;
    newcomer.id = QStringLiteral("new-student");
    newcomer.name = QStringLiteral("Nouvelle Étudiante");
    s = repo.saveStudent(y, newcomer, kActor);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    s = repo.createAcademicYear(RuleSet::parisSaclayM1(AcademicYear{2026}), kActor);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    // Their audit rows too.
    const QList<AuditEntry> audit = repo.auditLog().value();
    QCOMPARE(audit.size(), original.audit.size() + 3);
    for (qsizetype n = original.audit.size(); n < audit.size(); ++n)
        QVERIFY(audit.at(n).id > original.audit.constLast().id);
    OfferRepository offers(server, kActor);
    Offer o = original.offers.at(0);
    o.title = QStringLiteral("Another offer");
    const Result<qint64> offerId = offers.addOffer(o);
    QVERIFY2(offerId.ok(), qPrintable(offerId.error()));
    QVERIFY(offerId.value() > o.id);
}

void TestDbCopy::serverTargetRefusedOrCancelledStaysEmpty()
{
    INTERNTRACK_REQUIRE_POSTGRESQL();
    QVERIFY(m_cluster);
    const QString from = path(QStringLiteral("from.interntrack"));
    QVERIFY(writeSource(from) > 0);
    Database file;
    QVERIFY(file.open(from).ok());
    const QString url = newServerDatabase();
    Database server;
    QVERIFY(server.open(url).ok());

    // Cancelled after the first batch: the server's tables stay empty, its sequences untouched.
    const Status cancelled = DatabaseCopy::copy(file, server, [](qint64 done, qint64) { return done == 0; });
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().contains(QLatin1String("cancelled")), qPrintable(cancelled.error()));
    QCOMPARE(totalRows(server), qint64(0));

    // A failure half-way (a row the server refuses) rolls everything back too.
    {
        Database broken;
        QVERIFY(broken.open(path(QStringLiteral("broken.interntrack"))).ok());
        QVERIFY(DatabaseCopy::copy(file, broken).ok());
        QSqlQuery q(broken.connection());
        // A page count past PostgreSQL's INTEGER (SQLite's is 64-bit), in one of the last tables copied.
        QVERIFY(q.exec(QStringLiteral("UPDATE documents SET page_count = 3000000000")));
        QVERIFY(q.numRowsAffected() > 0);
        const Status failed = DatabaseCopy::copy(broken, server);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(QLatin1String("out of range")), qPrintable(failed.error()));
        QCOMPARE(totalRows(server), qint64(0));
    }

    // Filled once; a second copy is refused and changes nothing.
    QVERIFY(DatabaseCopy::copy(file, server).ok());
    const QString filled = dumpRows(server);
    const Status again = DatabaseCopy::copy(file, server);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already holds data")), qPrintable(again.error()));
    QCOMPARE(dumpRows(server), filled);

    // A server database of an older schema is refused.
    const QString oldUrl = newServerDatabase();
    OpenOptions older;
    older.migrateTo = Database::latestSchemaVersion() - 1;
    Database old;
    QVERIFY(old.open(oldUrl, older).ok());
    const Status refused = DatabaseCopy::copy(file, old);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("schema versions differ")), qPrintable(refused.error()));
    QCOMPARE(totalRows(old), qint64(0));
}

QTEST_GUILESS_MAIN(TestDbCopy)
#include "tst_dbcopy.moc"

// Two people editing the same items at once (issue 9): optimistic locking with a row version, on an SQLite
// file and on PostgreSQL (the same source runs on both: support/StorageTarget, $INTERNTRACK_TEST_STORAGE),
// and other people's changes reaching an open Workspace.

#include "PgCluster.h"
#include "StorageTarget.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "storage/ChangeFeed.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/ServerSetup.h"

#include <QAtomicInt>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUndoStack>

#include <memory>
#include <vector>

using namespace interntrack;
using interntrack::test::StorageTarget;

namespace {

const QDateTime kNow(QDate(2025, 10, 1), QTime(9, 30), Qt::UTC);

/// An internship of the year the advisor may still edit (a proposal).
QString editableInternship(const Workspace& ws)
{
    for (const Internship& i : ws.cohort().internships) {
        if (i.state == WorkflowState::Submitted || i.state == WorkflowState::Draft)
            return i.id;
    }
    return {};
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void versionsCountChanges();
    void secondSaveIsRefusedWithWhoAndWhen();
    void deletedMeanwhileIsAConflict();
    void workflowStepOnAStaleVersionIsRefused();
    void parallelWritersLoseNoUpdate();
    void payloadParsing_data();
    void payloadParsing();
    void workspaceSeesOthersChanges();
    void workspaceConflictShowsTheirVersion();

private:
    /// Opens the current database with the full cohort saved in it (and, on PostgreSQL, db init's triggers).
    bool prepare();
    Internship internship(Database& db, const QString& id);

    StorageTarget m_target;
    AcademicYear m_year{2025};
};

void TestConcurrency::initTestCase()
{
    qInfo("storage engine: %s", m_target.isSqlite() ? "SQLite" : "PostgreSQL");
    if (m_target.isPostgreSql())
        INTERNTRACK_REQUIRE_POSTGRESQL();
    QVERIFY2(m_target.start(), qPrintable(m_target.error()));
}

void TestConcurrency::init()
{
    QVERIFY2(m_target.renew(), qPrintable(m_target.error()));
}

void TestConcurrency::cleanup()
{
    m_target.release();
}

bool TestConcurrency::prepare()
{
    Database db;
    if (Status s = db.open(m_target.database()); !s) {
        qWarning("%s", qPrintable(s.error()));
        return false;
    }
    if (db.isServer()) {
        if (Status s = ServerSetup::init(db); !s) {
            qWarning("%s", qPrintable(s.error()));
            return false;
        }
    }
    CohortRepository repo(db);
    repo.setClock([] { return kNow; });
    const Status s = repo.saveCohort(test::fullCohort(), QStringLiteral("setup"));
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return s.ok();
}

Internship TestConcurrency::internship(Database& db, const QString& id)
{
    const Result<Internship> r = CohortRepository(db).internship(m_year, id);
    return r ? r.value() : Internship();
}

void TestConcurrency::versionsCountChanges()
{
    QVERIFY(prepare());
    Database db;
    QVERIFY(db.open(m_target.database()).ok());
    CohortRepository repo(db);
    repo.setClock([] { return kNow.addSecs(60); });
    const Result<RowStamp> first = repo.rowStamp(m_year, ItemKind::Internship, QStringLiteral("i1"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->version, 1);
    QCOMPARE(first->changedBy, QStringLiteral("setup"));
    QCOMPARE(first->changedAt, kNow);
    // A change counts; saving the same item again does not (nothing is written).
    Internship i = internship(db, QStringLiteral("i1"));
    i.subject += QStringLiteral(" (revised)");
    QVERIFY(repo.saveInternship(m_year, i, QStringLiteral("ada"), 1).ok());
    QVERIFY(repo.saveInternship(m_year, i, QStringLiteral("ada")).ok());
    const RowStamp second = repo.rowStamp(m_year, ItemKind::Internship, QStringLiteral("i1")).value();
    QCOMPARE(second.version, 2);
    QCOMPARE(second.changedBy, QStringLiteral("ada"));
    QCOMPARE(second.changedAt, kNow.addSecs(60));
    // The stamps of the whole year agree with the one-item reads, and come with the cohort in one snapshot.
    RowStamps stamps;
    QVERIFY(repo.loadCohort(m_year, &stamps).ok());
    QCOMPARE(stamps.value(ItemKind::Internship, QStringLiteral("i1")), second);
    QCOMPARE(stamps.value(ItemKind::Student, QStringLiteral("s1")).version, 1);
    QCOMPARE(stamps.size(ItemKind::Internship), test::fullCohort().internships.size());
    QCOMPARE(repo.rowStamp(m_year, ItemKind::Internship, QStringLiteral("nope")).value().version, 0);
    // A new item: expected version 0, refused when the id exists.
    Internship fresh = i;
    fresh.id = QStringLiteral("i-new");
    QVERIFY(repo.saveInternship(m_year, fresh, QStringLiteral("ada"), 0).ok());
    const Status twice = repo.saveInternship(m_year, fresh, QStringLiteral("zoe"), 0);
    QVERIFY(!twice.ok());
    QVERIFY(twice.isConflict());
    QVERIFY2(twice.error().contains(QLatin1String("was created by ada")), qPrintable(twice.error()));
}

void TestConcurrency::secondSaveIsRefusedWithWhoAndWhen()
{
    QVERIFY(prepare());
    // Two people, two connections, the same internship read at version 1.
    Database first;
    Database second;
    QVERIFY(first.open(m_target.database()).ok());
    QVERIFY(second.open(m_target.database()).ok());
    CohortRepository ada(first);
    CohortRepository zoe(second);
    ada.setClock([] { return kNow.addSecs(3600); });
    const Internship read = internship(second, QStringLiteral("i1"));
    const qint64 version = zoe.rowStamp(m_year, ItemKind::Internship, QStringLiteral("i1")).value().version;

    Internship adas = read;
    adas.weeklyHours = 30;
    QVERIFY(ada.saveInternship(m_year, adas, QStringLiteral("Ada Lovelace"), version).ok());

    Internship zoes = read;
    zoes.subject = QStringLiteral("Zoë's subject");
    const QString before = m_target.dump();
    const Status refused = zoe.saveInternship(m_year, zoes, QStringLiteral("Zoë"), version);
    QVERIFY(!refused.ok());
    QVERIFY(refused.isConflict());
    QVERIFY2(refused.error().contains(QLatin1String("changed by Ada Lovelace")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QLocale().toString(kNow.addSecs(3600).toLocalTime(), QLocale::ShortFormat)),
             qPrintable(refused.error()));
    QCOMPARE(m_target.dump(), before); // nothing written, not even an audit row
    // Ada's change is there; Zoë reloads and makes hers on top: both are kept.
    QCOMPARE(internship(second, QStringLiteral("i1")), adas);
    const qint64 now = zoe.rowStamp(m_year, ItemKind::Internship, QStringLiteral("i1")).value().version;
    QCOMPARE(now, version + 1);
    Internship again = internship(second, QStringLiteral("i1"));
    again.subject = zoes.subject;
    QVERIFY(zoe.saveInternship(m_year, again, QStringLiteral("Zoë"), now).ok());
    const Internship both = internship(first, QStringLiteral("i1"));
    QCOMPARE(both.weeklyHours, 30.0);
    QCOMPARE(both.subject, zoes.subject);
    // Without a version (an import, the CLI) the save is not checked.
    QVERIFY(ada.saveInternship(m_year, adas, QStringLiteral("Ada Lovelace")).ok());
}

void TestConcurrency::deletedMeanwhileIsAConflict()
{
    QVERIFY(prepare());
    Database db;
    QVERIFY(db.open(m_target.database()).ok());
    CohortRepository repo(db);
    const Internship read = internship(db, QStringLiteral("i2"));
    QVERIFY(repo.deleteItem(m_year, ItemKind::Internship, QStringLiteral("i2"), QStringLiteral("ada"), 1).ok());
    const Status s = repo.saveInternship(m_year, read, QStringLiteral("zoe"), 1);
    QVERIFY(s.isConflict());
    QVERIFY2(s.error().contains(QLatin1String("deleted")), qPrintable(s.error()));
    QVERIFY(!repo.internship(m_year, QStringLiteral("i2")).ok());
    // Deleting an item someone changed meanwhile is refused too.
    Internship i1 = internship(db, QStringLiteral("i1"));
    i1.subject = QStringLiteral("changed");
    QVERIFY(repo.saveInternship(m_year, i1, QStringLiteral("ada"), 1).ok());
    const Status gone = repo.deleteItem(m_year, ItemKind::Internship, QStringLiteral("i1"), QStringLiteral("zoe"), 1);
    QVERIFY(gone.isConflict());
    QVERIFY(repo.internship(m_year, QStringLiteral("i1")).ok());
}

void TestConcurrency::workflowStepOnAStaleVersionIsRefused()
{
    QVERIFY(prepare());
    Database db;
    QVERIFY(db.open(m_target.database()).ok());
    CohortRepository repo(db);
    // Someone changes the dates after the advisor read the proposal: approving what was read is refused.
    Internship i = internship(db, QStringLiteral("i1"));
    i.end = i.end.addDays(7);
    QVERIFY(repo.saveInternship(m_year, i, QStringLiteral("student"), 1).ok());
    Status s = repo.inTransaction([&]() -> Status {
        if (Status current = repo.checkVersion(m_year, ItemKind::Internship, QStringLiteral("i1"), 1); !current)
            return current;
        return repo.transition(m_year, ItemKind::Internship, QStringLiteral("i1"), i.state, WorkflowState::Cancelled,
                               Actor{QStringLiteral("advisor"), Role::Advisor, {}}, QStringLiteral("no"), {});
    });
    QVERIFY(s.isConflict());
    QCOMPARE(internship(db, QStringLiteral("i1")).state, i.state);
    QVERIFY(repo.checkVersion(m_year, ItemKind::Internship, QStringLiteral("i1"), 2).ok());
}

void TestConcurrency::parallelWritersLoseNoUpdate()
{
    QVERIFY(prepare());
    // Four writers, each on its own connection and thread, add one page to the report 15 times, reading the
    // item, then saving it with the version read, and starting again on a conflict. Every increment must count.
    constexpr int kWriters = 4;
    constexpr int kIncrements = 15;
    {
        Database db;
        QVERIFY(db.open(m_target.database()).ok());
        Internship i = internship(db, QStringLiteral("i1"));
        i.reportPages = 0;
        QVERIFY(CohortRepository(db).saveInternship(m_year, i, QStringLiteral("setup")).ok());
    }
    const QString connection = m_target.database();
    QAtomicInt conflicts;
    QAtomicInt failures;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            Database db;
            if (!db.open(connection)) {
                failures.ref();
                return;
            }
            CohortRepository repo(db);
            const QString me = QStringLiteral("writer %1").arg(w);
            for (int n = 0; n < kIncrements;) {
                const Result<RowStamp> stamp = repo.rowStamp(m_year, ItemKind::Internship, QStringLiteral("i1"));
                Result<Internship> read = repo.internship(m_year, QStringLiteral("i1"));
                if (!stamp || !read) {
                    failures.ref();
                    return;
                }
                Internship i = read.value();
                i.reportPages = i.reportPages.value_or(0) + 1;
                const Status s = repo.saveInternship(m_year, i, me, stamp->version);
                if (s.ok())
                    ++n;
                else if (s.isConflict())
                    conflicts.ref();
                else {
                    qWarning("%s", qPrintable(s.error()));
                    failures.ref();
                    return;
                }
            }
        }));
        threads.back()->start();
    }
    for (auto& t : threads)
        QVERIFY(t->wait(120000));
    QCOMPARE(failures.loadRelaxed(), 0);
    Database db;
    QVERIFY(db.open(m_target.database()).ok());
    QCOMPARE(internship(db, QStringLiteral("i1")).reportPages, std::optional<int>(kWriters * kIncrements));
    qInfo("%d conflicts refused and retried", conflicts.loadRelaxed());
}

void TestConcurrency::payloadParsing_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::newRow("internship") << "internships 2025 i-4f2a" << true << int(ItemKind::Internship) << "i-4f2a";
    QTest::newRow("student") << "students 2025 s1" << true << int(ItemKind::Student) << "s1";
    QTest::newRow("summer school") << "summer_schools 2024 ss 1" << true << int(ItemKind::SummerSchool) << "ss 1";
    QTest::newRow("no id") << "internships 2025 " << false << 0 << "";
    QTest::newRow("other table") << "hosts 2025 h1" << false << 0 << "";
    QTest::newRow("no year") << "internships x i1" << false << 0 << "";
    QTest::newRow("empty") << "" << false << 0 << "";
}

void TestConcurrency::payloadParsing()
{
    QFETCH(QString, payload);
    QFETCH(bool, ok);
    ChangeFeed::Change change;
    QCOMPARE(ChangeFeed::parsePayload(payload, &change), ok);
    if (ok) {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QCOMPARE(int(change.kind), kind);
        QCOMPARE(change.id, id);
        QVERIFY(change.year.isValid());
    }
}

void TestConcurrency::workspaceSeesOthersChanges()
{
    QVERIFY2(test::createDemoDatabase(m_target.database()).isEmpty(), "the demo database is made");
    if (m_target.isPostgreSql()) {
        Database db;
        QVERIFY(db.open(m_target.database()).ok());
        QVERIFY(ServerSetup::init(db).ok());
    }
    Workspace mine;
    Workspace theirs;
    mine.setClock(&test::demoNow);
    theirs.setClock(&test::demoNow);
    QVERIFY(mine.open(m_target.database()).ok());
    QVERIFY(theirs.open(m_target.database()).ok());
    mine.waitForLoaded();
    theirs.waitForLoaded();
    const QString id = editableInternship(mine);
    QVERIFY(!id.isEmpty());

    // They change an internship: it reaches my open year (NOTIFY on PostgreSQL, the file's data version on SQLite).
    QSignalSpy changed(&mine, &Workspace::itemChanged);
    QSignalSpy loaded(&mine, &Workspace::yearLoaded);
    Internship edited = *theirs.internship(id);
    edited.subject = QStringLiteral("Changed in another program");
    const Status saved = theirs.saveItem(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QTRY_COMPARE_WITH_TIMEOUT(mine.internship(id)->subject, edited.subject, 10000);
    if (m_target.isPostgreSql()) {
        // The server says which item: only that one is read again, the year is not reloaded.
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(1).toString(), id);
        QCOMPARE(loaded.count(), 0);
    }
    // My next change of it starts from their version: accepted.
    Internship mineToo = *mine.internship(id);
    mineToo.weeklyHours = 28;
    const Status s = mine.saveItem(mineToo, {}, *mine.internship(id));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QTRY_COMPARE_WITH_TIMEOUT(theirs.internship(id)->weeklyHours, 28.0, 10000);
    QCOMPARE(theirs.internship(id)->subject, edited.subject);
}

void TestConcurrency::workspaceConflictShowsTheirVersion()
{
    QVERIFY2(test::createDemoDatabase(m_target.database()).isEmpty(), "the demo database is made");
    if (m_target.isPostgreSql()) {
        Database db;
        QVERIFY(db.open(m_target.database()).ok());
        QVERIFY(ServerSetup::init(db).ok());
    }
    Workspace mine;
    Workspace theirs;
    mine.setClock(&test::demoNow);
    theirs.setClock(&test::demoNow);
    QVERIFY(mine.open(m_target.database()).ok());
    QVERIFY(theirs.open(m_target.database()).ok());
    mine.waitForLoaded();
    theirs.waitForLoaded();
    const QString id = editableInternship(mine);
    QVERIFY(!id.isEmpty());
    // I edit (the editor holds the item as it was); they save first.
    const Internship base = *mine.internship(id);
    Internship theirsChanged = *theirs.internship(id);
    theirsChanged.subject = QStringLiteral("Theirs");
    theirs.setActor(Actor{QStringLiteral("Zoë"), Role::Advisor, {}});
    const QString zoe = theirs.actor().name; // on a server, the login's name
    QVERIFY(theirs.saveItem(theirsChanged).ok());
    Internship minesChanged = base;
    minesChanged.subject = QStringLiteral("Mine");
    // Whether or not their change has reached my views yet, mine is refused: by the version in the database,
    // or by the base the editor gives.
    Status s = mine.saveItem(minesChanged, {}, base);
    QVERIFY(!s.ok());
    QVERIFY(s.isConflict());
    QVERIFY2(s.error().contains(QStringLiteral("changed by ") + zoe), qPrintable(s.error()));
    // The refusal brought their version into my year; the undo history has nothing of mine.
    QCOMPARE(mine.internship(id)->subject, QStringLiteral("Theirs"));
    QVERIFY(!mine.undoStack()->canUndo());
    // Saving again on their version (the editor's "Save again") replaces it knowingly.
    s = mine.saveItem(minesChanged, {}, *mine.internship(id));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    Database db;
    QVERIFY(db.open(m_target.database()).ok());
    QCOMPARE(CohortRepository(db).internship(mine.year(), id).value().subject, QStringLiteral("Mine"));
    // Their undo of their change would now overwrite mine: refused, not done.
    QSignalSpy errors(&theirs, &Workspace::errorOccurred);
    QTRY_COMPARE_WITH_TIMEOUT(theirs.internship(id)->subject, QStringLiteral("Mine"), 10000);
    theirs.undoStack()->undo();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(CohortRepository(db).internship(mine.year(), id).value().subject, QStringLiteral("Mine"));
}

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"

#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace interntrack;

namespace {

const AcademicYear kYear{2025};

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// A database with the year, student s1 and internship "shared".
void prepare(const QString& path)
{
    Database db;
    QVERIFY(db.open(path).ok());
    CohortRepository repo(db);
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(kYear);
    c.students = {Student{QStringLiteral("s1"), QStringLiteral("Ada"), {}, {}, {}}};
    Internship shared;
    shared.id = QStringLiteral("shared");
    shared.studentId = QStringLiteral("s1");
    c.internships = {shared};
    QVERIFY(repo.saveCohort(c, QStringLiteral("setup")).ok());
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void killedImportIsWholeOrAbsent();
    void concurrentWritersLoseNoUpdate_data();
    void concurrentWritersLoseNoUpdate();
};

void TestStorageFaults::killedImportIsWholeOrAbsent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("faults.interntrack"));
    prepare(path);
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    const int size = 6000;
    QList<int> committed;
    int killedMidway = 0;
    for (int round = 0; round < 8; ++round) {
        const QString batch = QStringLiteral("round%1").arg(round);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(STORAGE_FAULT_HELPER),
                    {QStringLiteral("import"), path, batch, QString::number(size)});
        QVERIFY(child.waitForStarted());
        // Kill at a random point while the rows are written (rounds 0-4), around the commit (5-6), or never (7).
        const qint64 killAfter = round == 7 ? -1 : round >= 5 ? size : qint64(random.bounded(size));
        bool killed = false;
        qint64 reported = 0;
        QByteArray pending;
        while (child.state() != QProcess::NotRunning && !killed) {
            if (!child.waitForReadyRead(20000))
                break;
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                const QList<QByteArray> words = line.split(' ');
                const bool progress = words.value(0) == "progress";
                const qint64 done = progress ? words.value(1).toLongLong() : 0;
                reported = std::max(reported, done);
                if (killAfter >= 0 && ((progress && done >= killAfter) || (progress && done == size))) {
                    if (done == size) // at the commit: let it run a little into it
                        QThread::usleep(random.bounded(20000));
                    child.kill(); // SIGKILL
                    killed = true;
                    break;
                }
            }
        }
        QVERIFY(child.state() == QProcess::NotRunning || child.waitForFinished(60000));
        if (killed && child.exitStatus() == QProcess::CrashExit)
            ++killedMidway;
        else
            QCOMPARE(child.exitCode(), 0);

        Database db;
        const Status opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        const qint64 rows =
            count(db, QStringLiteral("SELECT count(*) FROM internships WHERE uid LIKE '%1-%'").arg(batch));
        const qint64 absences =
            count(db, QStringLiteral("SELECT count(*) FROM internship_absences a JOIN internships i "
                                     "ON i.id = a.internship_id WHERE i.uid LIKE '%1-%'")
                          .arg(batch));
        const qint64 audits =
            count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'internships' "
                                     "AND new_json LIKE '%\"id\":\"%1-%'")
                          .arg(batch));
        qInfo("round %d: %s after %lld of %d rows were written; %lld rows in the database", round,
              killed ? (reported == size ? "killed around the commit" : "killed") : "not killed", reported, size, rows);
        QVERIFY2(rows == 0 || rows == size, qPrintable(QStringLiteral("%1 rows of %2").arg(rows).arg(size)));
        QCOMPARE(absences, rows);
        QCOMPARE(audits, rows);
        if (rows == size)
            committed.append(round);
        // What an earlier round committed is still whole.
        for (int r : committed)
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM internships WHERE uid LIKE 'round%1-%'").arg(r)),
                     size);
        const Result<Cohort> loaded = CohortRepository(db).loadCohort(kYear);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->internships.size(), 1 + size * committed.size());
    }
    QVERIFY(committed.contains(7));
    QVERIFY2(killedMidway >= 3, "too few rounds were killed while writing");
}

void TestStorageFaults::concurrentWritersLoseNoUpdate_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("steps");
    QTest::newRow("override-through-the-repository") << QStringLiteral("override") << 40;
    QTest::newRow("read-modify-write-in-own-transaction") << QStringLiteral("rmw") << 40;
    QTest::newRow("inserts-one-transaction-each") << QStringLiteral("seminars") << 100;
}

void TestStorageFaults::concurrentWritersLoseNoUpdate()
{
    QFETCH(QString, command);
    QFETCH(int, steps);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("race.interntrack"));
    prepare(path);
    // Three writers at once; a failed check leaves none of them running.
    struct Children
    {
        std::vector<std::unique_ptr<QProcess>> list;
        ~Children()
        {
            for (auto& child : list) {
                if (child->state() != QProcess::NotRunning) {
                    child->kill();
                    child->waitForFinished(5000);
                }
            }
        }
    } children;
    for (const char* tag : {"A", "B", "C"}) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(QStringLiteral(STORAGE_FAULT_HELPER), {command, path, QLatin1String(tag), QString::number(steps)});
        children.list.push_back(std::move(child));
    }
    for (auto& child : children.list) {
        QVERIFY(child->waitForFinished(120000));
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QCOMPARE(child->exitCode(), 0);
    }
    Database db;
    QVERIFY(db.open(path).ok());
    CohortRepository repo(db);
    if (command == QLatin1String("seminars")) {
        QCOMPARE(repo.loadCohort(kYear)->seminars.size(), 3 * steps);
    } else {
        const Internship shared = repo.internship(kYear, QStringLiteral("shared")).value();
        QCOMPARE(shared.overrides.size(), 3 * steps);
        for (const char* tag : {"A", "B", "C"}) {
            // Each writer's steps are all there, in its order.
            int next = 0;
            for (const Override& o : shared.overrides) {
                if (o.reason.startsWith(QLatin1String(tag) + QLatin1Char(' '))) {
                    QVERIFY2(o.reason.endsWith(QStringLiteral("#%1").arg(next)), qPrintable(o.reason));
                    ++next;
                }
            }
            QCOMPARE(next, steps);
        }
    }
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"

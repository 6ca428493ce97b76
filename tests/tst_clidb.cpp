// The database commands of interntrack-cli (import, export, backup, restore, demo, check --db), run as a
// user runs them: the built executable, in a child process.
#include "demo/DemoCohort.h"
#include "io/CohortJson.h"
#include "io/CsvMapping.h"
#include "io/ProposalFile.h"
#include "rules/Checker.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include "CliRunner.h"
#include "PgCluster.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

namespace {

using Run = test::CliRun;

/// Runs the built interntrack-cli as a user would, optionally feeding @p input on standard input.
Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return test::runProgram(QStringLiteral(CLI_PATH), arguments, input, 120000);
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

const QStringList kKinds = {
    QStringLiteral("students"),    QStringLiteral("hosts"),    QStringLiteral("ter_subjects"),  QStringLiteral("ters"),
    QStringLiteral("internships"), QStringLiteral("seminars"), QStringLiteral("summer_schools")};

/// Small lists of every kind, in English, ";", UTF-8 without BOM; quoting, line breaks, formulas.
QByteArray canonicalCsv(const QString& kind)
{
    static const QHash<QString, QByteArray> files = {
        {QStringLiteral("students"),
         "id;name;email;student_number;overrides\n"
         "s1;Ada Lovelace;ada@example.org;22501234;\n"
         "s2;\"Dupont; n\xC3\xA9"
         "e \"\"L\xC3\xA9na\"\"\";lena@example.org;;\n"
         "s3;\xC3\x89mile Zola;;;\"[{\"\"rule\"\":\"\"SEMINARS_TOO_FEW\"\",\"\"by\"\":\"\"advisor\"\",\"\"at\"\":"
         "\"\"2026-01-10T09:00:00Z\"\",\"\"reason\"\":\"\"agreed by the dean\"\"}]\"\n"},
        {QStringLiteral("hosts"),
         "name;kind;ai_research;address;city;country;tutor_name;tutor_email;tutor_phone\n"
         "Inria Saclay;public_lab;yes;1 rue Honor\xC3\xA9 d'Estienne d'Orves;Palaiseau;France;Grace Hopper;"
         "grace@inria.fr;+33 1 69 15 00 00\n"
         "Inria Saclay;public_lab;yes;1 rue Honor\xC3\xA9 d'Estienne d'Orves;Palaiseau;France;Alan Turing;"
         "alan@inria.fr;\n"
         "Mistral AI;company;yes;;Paris;France;;;\n"},
        {QStringLiteral("ter_subjects"), "subject;capacity;lab;lab_in_paris_saclay;kind\n"
                                         "Graph neural networks;2;LISN;yes;research\n"
                                         "Open subject;;\"Lab in \"\"Lyon\"\"\";no;challenge_prep\n"},
        {QStringLiteral("ters"),
         "id;students;kind;subject;capacity;lab;lab_in_paris_saclay;supervisor;start;end;weekly_hours;paid;"
         "report_pages;grade;overrides;state\n"
         "t1;s1 s2;research;Graph neural networks;2;LISN;yes;Dr. Curie;2026-03-02;2026-04-30;7;no;;;;draft\n"
         "t2;s3;challenge_solve;Mini-challenge;2;LISN;yes;;2026-05-04;2026-06-12;3,5;no;4;15,5;;validated\n"},
        {QStringLiteral("internships"),
         "id;student_id;host_name;host_kind;host_ai_research;host_address;host_city;host_country;tutor_name;"
         "tutor_email;tutor_phone;subject;start;end;weekly_hours;work_days;absences;submitted;signed_student;"
         "signed_host;signed_tutor;signed_university;gratification;gratification_per;previous_summer;proof;"
         "report_pages;overrides;state\n"
         "i1;s1;Inria Saclay;public_lab;yes;1 rue Honor\xC3\xA9 d'Estienne d'Orves;Palaiseau;France;Grace Hopper;"
         "grace@inria.fr;+33 1 69 15 00 00;\"Transformers\nfor tabular data\";2026-05-04;2026-06-26;35;"
         "mon tue wed thu fri;2026-05-11 2026-05-12;2026-01-10;2026-03-02;2026-03-05;2026-03-05;2026-03-10;4,35;"
         "hour;no;yes;5;;in_progress\n"
         "i2;s2;Mistral AI;company;yes;;Paris;France;Yann;yann@mistral.ai;;=1+2;2026-06-01;2026-08-28;17,5;"
         "mon tue wed;;;;;;;0;month;no;no;;;draft\n"},
        {QStringLiteral("seminars"), "id;student_id;title;date;paragraph;overrides\n"
                                     "se1;s1;Diffusion models;2026-02-03;\"What I learned:\r\na lot\";\n"
                                     "se2;s2;Causality;2026-02-10;;\n"},
        {QStringLiteral("summer_schools"),
         "id;student_id;name;proposed;start;end;full_time_days;report_pages;report_links;overrides;state\n"
         "ss1;s3;Deep Learning Summer School;yes;2025-07-07;2025-07-11;5;2;https://example.org/a "
         "https://example.org/b;;validated\n"},
    };
    return files.value(kind);
}

/// Every row of every table of a database, sorted: equal dumps mean the same rows.
QString dumpRows(const QString& path)
{
    Database db;
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    if (Status s = db.open(path, options); !s)
        return QStringLiteral("cannot open: ") + s.error();
    QSqlQuery tables(db.connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return QStringLiteral("cannot list tables");
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList out;
    for (const QString& table : names) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            return QStringLiteral("cannot read ") + table;
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values.append(q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
            rows.append(table + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
        rows.sort();
        out += rows;
    }
    return out.join(QLatin1Char('\n'));
}

qint64 countRows(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestCliDb : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importProposalAndExportReply();
    void helpOfEveryCommand_data();
    void helpOfEveryCommand();
    void usageErrors_data();
    void usageErrors();
    void demoHasEveryRuleAtClose();
    void checkDbPrintsWhatCheckJsonPrints();
    void checkDbTakesTheLatestYear();
    void roundTripEveryKind_data();
    void roundTripEveryKind();
    void spreadsheetVariantsImportAlike_data();
    void spreadsheetVariantsImportAlike();
    void standardInput();
    void badImportChangesNothing_data();
    void badImportChangesNothing();
    void badImportCreatesNoDatabase();
    void backupRestoreRoundTrip();
    void restoreRefusesABadBackup();
    void demoRefusesToOverwrite();
    void killedImportIsWholeOrAbsent();
    void documentsAgreementsForTwoStudents();
    void documentsCalendar();
    void documentsBadFolder();
    void dbCopyToServerAndBack();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    /// Imports the canonical lists of every kind into @p db (year 2025-2026); false on failure.
    bool importCanonical(const QString& db);
    /// The export of every kind of @p db, by kind.
    QHash<QString, QByteArray> exportAll(const QString& db, const QStringList& extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliDb::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

bool TestCliDb::importCanonical(const QString& db)
{
    for (const QString& kind : kKinds) {
        const QString file = path(kind + QStringLiteral("-canonical.csv"));
        if (!writeFile(file, canonicalCsv(kind)))
            return false;
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                              QStringLiteral("2025-2026"), kind, file});
        if (r.exitCode != 0) {
            qWarning("import %s: %s", qPrintable(kind), r.err.constData());
            return false;
        }
    }
    return true;
}

QHash<QString, QByteArray> TestCliDb::exportAll(const QString& db, const QStringList& extra)
{
    QHash<QString, QByteArray> out;
    for (const QString& kind : kKinds) {
        const Run r = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, kind} + extra);
        if (r.exitCode != 0)
            qWarning("export %s: %s", qPrintable(kind), r.err.constData());
        out.insert(kind, r.exitCode == 0 ? r.out : QByteArray("failed"));
    }
    return out;
}

void TestCliDb::helpOfEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("import") << args({"import", "--help"}) << QStringLiteral("summer_schools");
    QTest::newRow("help-import") << args({"help", "import"}) << QStringLiteral("Exit status:");
    QTest::newRow("export") << args({"export", "--help"}) << QStringLiteral("--delimiter");
    QTest::newRow("backup") << args({"backup", "-h"}) << QStringLiteral("VACUUM INTO");
    QTest::newRow("restore") << args({"restore", "--help"}) << QStringLiteral("all or nothing");
    QTest::newRow("demo") << args({"demo", "--help"}) << QStringLiteral("--force");
    QTest::newRow("check-names-db") << args({"check", "--help"}) << QStringLiteral("--db");
    QTest::newRow("main-lists-commands") << args({"--help"}) << QStringLiteral("restore");
    QTest::newRow("import-version") << args({"import", "--version"}) << QStringLiteral("interntrack-cli ");
    QTest::newRow("documents") << args({"documents", "--help"}) << QStringLiteral("reminders");
    QTest::newRow("import-proposal") << args({"import-proposal", "--help"}) << QStringLiteral("--create-student");
    QTest::newRow("export-reply") << args({"export-reply", "--help"}) << QStringLiteral("interntrack-reply");
}

void TestCliDb::helpOfEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustContain);
    const Run r = runCli(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(mustContain), r.out.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCliDb::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");
    const char* pg = "postgresql://alice:secret@db.example.org/interntrack";
    // No server listens on port 1: refused at once, and the message names the server without the password.
    const char* nowhere = "postgresql://alice:secret@127.0.0.1:1/interntrack";
    QTest::newRow("check-postgresql-unreachable")
        << args({"check", "--db", nowhere})
        << QStringLiteral("Cannot connect to postgresql://alice@127.0.0.1:1/interntrack");
    QTest::newRow("export-postgresql-unreachable")
        << args({"export", "--db", nowhere, "students"}) << QStringLiteral("Cannot connect to");
    QTest::newRow("backup-postgresql") << args({"backup", "--db", pg, "out.db"})
                                       << QStringLiteral("works on a database file");
    QTest::newRow("restore-postgresql") << args({"restore", "--db", pg, "in.db"})
                                        << QStringLiteral("works on a database file");
    QTest::newRow("demo-postgresql") << args({"demo", "--db", pg}) << QStringLiteral("works on a database file");
    QTest::newRow("import-without-db") << args({"import", "students", "x.csv"}) << QStringLiteral("needs --db");
    QTest::newRow("import-unknown-kind") << args({"import", "--db", "x.db", "teachers", "x.csv"})
                                         << QStringLiteral("\"teachers\" is not a kind of list");
    QTest::newRow("import-missing-file") << args({"import", "--db", "x.db", "students"}) << QStringLiteral("usage:");
    QTest::newRow("import-unreadable-file") << args({"import", "--db", "x.db", "students", "/nonexistent/x.csv"})
                                            << QStringLiteral("/nonexistent/x.csv: cannot be read");
    QTest::newRow("import-bad-year") << args({"import", "--db", "x.db", "--year", "2025", "students", "x.csv"})
                                     << QStringLiteral("--year: \"2025\" is not an academic year");
    QTest::newRow("export-bad-format") << args({"export", "--db", "x.db", "--format", "xml", "students"})
                                       << QStringLiteral("--format: \"xml\"");
    QTest::newRow("export-bad-delimiter")
        << args({"export", "--db", "x.db", "--delimiter", "|", "students"}) << QStringLiteral("--delimiter: \"|\"");
    QTest::newRow("export-missing-database")
        << args({"export", "--db", "/nonexistent/x.db", "students"}) << QStringLiteral("does not exist");
    QTest::newRow("check-db-and-file") << args({"check", "--db", "x.db", "cohort.json"})
                                       << QStringLiteral("check --db takes no FILE.json");
    QTest::newRow("check-year-without-db") << args({"check", "--year", "2025-2026", "cohort.json"})
                                           << QStringLiteral("--year and --programme go with --db");
    QTest::newRow("check-missing-database")
        << args({"check", "--db", "/nonexistent/x.db"}) << QStringLiteral("does not exist");
    QTest::newRow("documents-bad-kind") << args({"documents", "--db", "x.db", "--kind", "letters"})
                                        << QStringLiteral("--kind: \"letters\"");
    QTest::newRow("documents-format-for-kind")
        << args({"documents", "--db", "x.db", "--kind", "lists", "--format", "odt"})
        << QStringLiteral("--format: \"odt\"");
    QTest::newRow("restore-missing-database")
        << args({"restore", "--db", "/nonexistent/x.db", "b.db"}) << QStringLiteral("does not exist");
}

void TestCliDb::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const Run r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.errText().contains(stderrContains), r.err.constData());
    QVERIFY2(!r.errText().contains(QLatin1String("secret")), "a URL's password was echoed");
}

void TestCliDb::importProposalAndExportReply()
{
    const QString db = path(QStringLiteral("demo.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);

    ProposalFile f;
    f.year = AcademicYear{2025};
    f.written = QDateTime(QDate(2026, 1, 12), QTime(9, 0), Qt::UTC);
    f.student.id = QStringLiteral("s-00000000aaaa");
    f.student.name = QStringLiteral("Camille Durand");
    f.student.email = QStringLiteral("camille.durand@universite-paris-saclay.fr");
    f.message = QStringLiteral("Here is my internship.");
    Internship i;
    i.id = QStringLiteral("i-00000000bbbb");
    i.studentId = f.student.id;
    i.host.name = QStringLiteral("Inria Saclay");
    i.start = QDate(2026, 5, 4);
    i.end = QDate(2026, 6, 26);
    i.state = WorkflowState::Submitted;
    f.internships = {i};
    const QString good = path(QStringLiteral("camille.interntrack-proposal"));
    QVERIFY(writeFile(good, writeProposalFile(f)));
    const QString bad = path(QStringLiteral("broken.interntrack-proposal"));
    QVERIFY(writeFile(bad, writeProposalFile(f).left(100)));
    const QByteArray before = readFile(db);

    // A new sender needs --create-student; a damaged file among good ones imports nothing
    const Run refused = runCli({QStringLiteral("import-proposal"), QStringLiteral("--db"), db, good});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errText().contains(QLatin1String("--create-student")), refused.err.constData());
    const Run broken = runCli(
        {QStringLiteral("import-proposal"), QStringLiteral("--db"), db, QStringLiteral("--create-student"), good, bad});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.errText().contains(QLatin1String("broken.interntrack-proposal"))
                 && broken.errText().contains(QLatin1String("Nothing was imported")),
             broken.err.constData());
    QCOMPARE(readFile(db), before);

    const Run done =
        runCli({QStringLiteral("import-proposal"), QStringLiteral("--db"), db, QStringLiteral("--create-student"),
                QStringLiteral("--actor"), QStringLiteral("Anne"), good});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.errText().contains(QLatin1String("Camille Durand (a new student): 1 new item")),
             done.err.constData());
    {
        Database database;
        QVERIFY(database.open(db).ok());
        CohortRepository repo(database);
        const Result<Internship> stored = repo.internship(AcademicYear{2025}, i.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->state, WorkflowState::Submitted);
        QCOMPARE(stored->host.name, i.host.name);
    }

    // Nothing decided yet: no reply; an approved demo internship has one
    const Run early = runCli({QStringLiteral("export-reply"), QStringLiteral("--db"), db, i.id});
    QCOMPARE(early.exitCode, 2);
    QVERIFY2(early.errText().contains(QLatin1String("no decision")), early.err.constData());
    QString approved;
    {
        Database database;
        QVERIFY(database.open(db).ok());
        CohortRepository repo(database);
        const Result<Cohort> cohort = repo.loadCohort(AcademicYear{2025});
        QVERIFY(cohort.ok());
        for (const Internship& in : cohort->internships) {
            if (in.state == WorkflowState::Approved)
                approved = in.id;
        }
    }
    QVERIFY(!approved.isEmpty());
    const QString replyPath = path(QStringLiteral("reply.interntrack-reply"));
    const Run reply =
        runCli({QStringLiteral("export-reply"), QStringLiteral("--db"), db, approved, QStringLiteral("-o"), replyPath});
    QCOMPARE(reply.exitCode, 0);
    const Result<ProposalReply> read = readProposalReply(readFile(replyPath));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->itemId, approved);
    QCOMPARE(read->state, WorkflowState::Approved);
    QVERIFY(!read->studentName.isEmpty());
}

void TestCliDb::demoHasEveryRuleAtClose()
{
    const QString db = path(QStringLiteral("demo.interntrack"));
    const Run demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.errText().contains(QLatin1String("2025-2026")), demo.err.constData());
    QCOMPARE(QFileInfo(db).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    const Run r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--stage"),
                          QStringLiteral("close"), QStringLiteral("--today"), QStringLiteral("2026-05-20")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QSet<QString> seen;
    for (const QJsonValue f : r.json().value(QStringLiteral("findings")).toArray())
        seen.insert(f[QStringLiteral("rule")].toString());
    // Every rule that applies to the Paris-Saclay profile (INT_PROJECT_WINDOW is another profile's; the database
    // does not store a host's screening yet, which INT_HOST_SCREENING reads).
    const RuleSet rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    QStringList missing;
    for (const RuleInfo& info : ruleCatalogue()) {
        const QString code = QLatin1String(info.code);
        if (!seen.contains(code) && ruleApplies(rules, code) && code != QLatin1String("INT_HOST_SCREENING"))
            missing.append(code);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    QCOMPARE(r.json().value(QStringLiteral("students")).toObject().size(), 25);
}

void TestCliDb::checkDbPrintsWhatCheckJsonPrints()
{
    const QString db = path(QStringLiteral("demo.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString json = path(QStringLiteral("demo.json"));
    const CheckInput input{demoCohort(AcademicYear{2025}), {}, std::nullopt};
    QVERIFY(writeFile(json, QJsonDocument(checkInputToJson(input)).toJson()));
    for (const char* stage : {"proposal", "validation", "close"}) {
        for (const char* pretty : {"", "--pretty"}) {
            QStringList options{QStringLiteral("--stage"), QLatin1String(stage), QStringLiteral("--today"),
                                QStringLiteral("2026-05-20")};
            if (*pretty)
                options.append(QLatin1String(pretty));
            const Run fromJson = runCli(QStringList{QStringLiteral("check"), json} + options);
            const Run fromDb = runCli(QStringList{QStringLiteral("check"), QStringLiteral("--db"), db} + options);
            QCOMPARE(fromDb.exitCode, fromJson.exitCode);
            QVERIFY(fromJson.out.size() > 1000);
            QCOMPARE(fromDb.out, fromJson.out);
            QCOMPARE(fromDb.err, fromJson.err);
        }
    }
    // An explicit year gives the same; a year the database does not have is bad input.
    const Run explicitYear =
        runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                QStringLiteral("2025-2026"), QStringLiteral("--today"), QStringLiteral("2026-05-20")});
    QCOMPARE(explicitYear.out,
             runCli({QStringLiteral("check"), json, QStringLiteral("--today"), QStringLiteral("2026-05-20")}).out);
    const Run otherYear = runCli(
        {QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2019-2020")});
    QCOMPARE(otherYear.exitCode, 2);
    QVERIFY(otherYear.out.isEmpty());
    QVERIFY2(otherYear.errText().contains(QLatin1String("2019-2020")), otherYear.err.constData());
    // Not a database.
    const Run notDb = runCli({QStringLiteral("check"), QStringLiteral("--db"), json});
    QCOMPARE(notDb.exitCode, 2);
    QVERIFY2(notDb.errText().contains(QLatin1String("not an InternTrack database")), notDb.err.constData());
}

void TestCliDb::checkDbTakesTheLatestYear()
{
    const QString db = path(QStringLiteral("years.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString students = path(QStringLiteral("students.csv"));
    QVERIFY(writeFile(students, "id;name\nlate1;Grace\nlate2;Alan\n"));
    const Run imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                                 QStringLiteral("2030-2031"), QStringLiteral("students"), students});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.errText(), QStringLiteral("imported 2 students into 2030-2031\n"));
    const Run r = runCli(
        {QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--today"), QStringLiteral("2031-01-15")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("students")).toObject().keys(),
             QStringList({QStringLiteral("late1"), QStringLiteral("late2")}));
    // Without --year, import goes to the latest year too.
    QVERIFY(writeFile(students, "id;name\nlate3;Ada\n"));
    QCOMPARE(
        runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("students"), students}).errText(),
        QStringLiteral("imported 1 students into 2030-2031\n"));
}

void TestCliDb::roundTripEveryKind_data()
{
    QTest::addColumn<QStringList>("exportOptions");
    QTest::newRow("csv-semicolon") << QStringList{};
    QTest::newRow("csv-comma") << args({"--delimiter", ","});
    QTest::newRow("json") << args({"--format", "json"});
}

void TestCliDb::roundTripEveryKind()
{
    QFETCH(QStringList, exportOptions);
    const QString a = path(QStringLiteral("a.interntrack"));
    QVERIFY(importCanonical(a));
    const QHash<QString, QByteArray> first = exportAll(a, exportOptions);

    // The export re-imports, into a new database, to the same export.
    const QString b = path(QStringLiteral("b.interntrack"));
    for (const QString& kind : kKinds) {
        const QString file = path(kind + QStringLiteral("-export"));
        QVERIFY(writeFile(file, first.value(kind)));
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("--db"), b, QStringLiteral("--year"),
                              QStringLiteral("2025-2026"), kind, file});
        QVERIFY2(r.exitCode == 0, qPrintable(kind + QStringLiteral(": ") + r.errText()));
    }
    const QHash<QString, QByteArray> second = exportAll(b, exportOptions);
    for (const QString& kind : kKinds)
        QCOMPARE(second.value(kind), first.value(kind));
    QCOMPARE(dumpRows(b).count(QLatin1Char('\n')) > 20, true);

    // …and the first import kept every field the files gave: the export reads back to the same items.
    if (exportOptions.contains(QStringLiteral("json")))
        return; // the CSV rows compare the items
    for (const QString& kind : kKinds) {
        const CsvKind k = csvKindFromCode(kind).value();
        const Result<CsvItems> given = CsvMapping::read(k, canonicalCsv(kind), kind);
        const Result<CsvItems> exported = CsvMapping::read(k, first.value(kind), kind);
        QVERIFY2(given.ok(), qPrintable(given.error()));
        QVERIFY2(exported.ok(), qPrintable(exported.error()));
        QCOMPARE(exported->students, given->students);
        QCOMPARE(exported->ters, given->ters);
        QCOMPARE(exported->internships, given->internships);
        QCOMPARE(exported->seminars, given->seminars);
        QCOMPARE(exported->summerSchools, given->summerSchools);
        if (k == CsvKind::TerSubjects) {
            // Sorted by title; "Mini-challenge" came with TER t2.
            QCOMPARE(exported->terSubjects.size(), 3);
            QCOMPARE(exported->terSubjects.at(0), given->terSubjects.at(0));
            QCOMPARE(exported->terSubjects.at(2), given->terSubjects.at(1));
        }
        if (k == CsvKind::Hosts) {
            // The storage keeps no link from a host to its tutors but the internships: a host's tutors are
            // those of the year's internships there (Alan Turing supervises none).
            QCOMPARE(exported->hosts.size(), 2);
            QCOMPARE(exported->hosts.at(0).host, given->hosts.at(0).host);
            QCOMPARE(exported->hosts.at(0).tutors, QList<Tutor>{given->hosts.at(0).tutors.at(0)});
            QCOMPARE(exported->hosts.at(1).host, given->hosts.at(1).host);
            QCOMPARE(exported->hosts.at(1).tutors.size(), 1);
            QCOMPARE(exported->hosts.at(1).tutors.at(0).name, QStringLiteral("Yann"));
        }
    }
}

void TestCliDb::spreadsheetVariantsImportAlike_data()
{
    QTest::addColumn<QByteArray>("students");
    QTest::addColumn<QByteArray>("internships");
    // The same two students and two internships, as various spreadsheets write them.
    const QByteArray frenchStudents = "identifiant;nom;courriel;num\xC3\xA9ro \xC3\xA9tudiant\r\n"
                                      "s1;Ada Lovelace;ada@example.org;22501234\r\n"
                                      "s2;L\xC3\xA9na Dupont;lena@example.org;\r\n";
    const QByteArray frenchInternships =
        "id stage;\xC3\xA9tudiant;organisme;type organisme;ville;d\xC3\xA9"
        "but;fin;heures hebdo;jours;gratification;"
        "par;\xC3\xA9tat\r\n"
        "i1;s1;Inria Saclay;laboratoire public;Palaiseau;04/05/2026;26/06/2026;17,5;lun mar mer;600,00 \xE2\x82\xAC;"
        "mois;en cours\r\n"
        "i2;s2;Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale;entreprise;Paris;01/06/2026;28/08/2026;35;;;;brouillon\r\n";
    QTest::newRow("french-utf8-bom-semicolon-crlf")
        << QByteArray("\xEF\xBB\xBF" + frenchStudents) << QByteArray("\xEF\xBB\xBF" + frenchInternships);
    // Excel on a French Windows: Windows-1252 (é = E9, € = 80).
    const auto cp1252 = [](const QByteArray& utf8) {
        QByteArray out = QString::fromUtf8(utf8).replace(QChar(0x20AC), QChar(0x80)).toLatin1();
        return out;
    };
    QTest::newRow("french-windows-1252") << cp1252(frenchStudents) << cp1252(frenchInternships);
    QTest::newRow("english-comma-lf")
        << QByteArray("id,name,email,student_number\n"
                      "s1,Ada Lovelace,ada@example.org,22501234\n"
                      "s2,L\xC3\xA9na Dupont,lena@example.org,\n")
        << QByteArray("id,student_id,host_name,host_kind,host_city,start,end,weekly_hours,work_days,gratification,"
                      "gratification_per,state\n"
                      "i1,s1,Inria Saclay,public_lab,Palaiseau,2026-05-04,2026-06-26,17.5,mon|tue|wed,600.00,month,"
                      "in_progress\n"
                      "i2,s2,Soci\xC3\xA9t\xC3\xA9 G\xC3\xA9n\xC3\xA9rale,company,Paris,2026-06-01,2026-08-28,35,,,,"
                      "draft\n");
}

void TestCliDb::spreadsheetVariantsImportAlike()
{
    QFETCH(QByteArray, students);
    QFETCH(QByteArray, internships);
    const QString db = path(QStringLiteral("variant.interntrack"));
    QVERIFY(writeFile(path(QStringLiteral("s.csv")), students));
    QVERIFY(writeFile(path(QStringLiteral("i.csv")), internships));
    for (const char* kind : {"students", "internships"}) {
        const QString file = path(QLatin1String(kind[0] == 's' ? "s.csv" : "i.csv"));
        const Run r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                              QStringLiteral("2025-2026"), QLatin1String(kind), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const QByteArray exported =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("internships"),
                QStringLiteral("--delimiter"), QStringLiteral(",")})
            .out;
    const Result<CsvItems> items = CsvMapping::read(CsvKind::Internships, exported, QStringLiteral("export"));
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->internships.size(), 2);
    const Internship& i1 = items->internships.at(0);
    QCOMPARE(i1.studentId, QStringLiteral("s1"));
    QCOMPARE(i1.host.kind, HostKind::PublicLab);
    QCOMPARE(i1.start, QDate(2026, 5, 4));
    QCOMPARE(i1.weeklyHours, 17.5);
    QCOMPARE(i1.gratification.amountEur, 600.0);
    QCOMPARE(i1.state, WorkflowState::InProgress);
    QCOMPARE(items->internships.at(1).host.name, QStringLiteral("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"));
    // Every variant gives the bytes of the English one.
    const QByteArray students2 =
        runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("students")}).out;
    QVERIFY(students2.contains("L\xC3\xA9na Dupont"));
    static QHash<QString, QByteArray> reference;
    if (reference.isEmpty()) {
        reference.insert(QStringLiteral("internships"), exported);
        reference.insert(QStringLiteral("students"), students2);
    } else {
        QCOMPARE(exported, reference.value(QStringLiteral("internships")));
        QCOMPARE(students2, reference.value(QStringLiteral("students")));
    }
}

void TestCliDb::standardInput()
{
    const QString db = path(QStringLiteral("stdin.interntrack"));
    const Run r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                          QStringLiteral("2025-2026"), QStringLiteral("students"), QStringLiteral("-")},
                         canonicalCsv(QStringLiteral("students")));
    QCOMPARE(r.exitCode, 0);
    const Run json = runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("students"),
                             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1)[QStringLiteral("name")].toString(), QStringLiteral("Dupont; n\u00e9e \"L\u00e9na\""));
    // JSON on standard input is recognised by its "[".
    const QString db2 = path(QStringLiteral("stdin2.interntrack"));
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db2, QStringLiteral("--year"),
                     QStringLiteral("2025-2026"), QStringLiteral("students"), QStringLiteral("-")},
                    json.out)
                 .exitCode,
             0);
    QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db2, QStringLiteral("students"),
                     QStringLiteral("--format"), QStringLiteral("json")})
                 .out,
             json.out);
}

void TestCliDb::badImportChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("unknown-student") << QStringLiteral("internships") << QStringLiteral("bad.csv")
                                     << QByteArray("id;student_id;host_name;start;end\n"
                                                   "i7;s1;Inria;2026-05-04;2026-06-26\n"
                                                   "i8;s99;Inria;2026-05-04;2026-06-26\n")
                                     << QStringLiteral(
                                            "bad.csv:3:2 (student_id): \"s99\": is not a student of 2025-2026");
    QTest::newRow("bad-date") << QStringLiteral("internships") << QStringLiteral("bad.csv")
                              << QByteArray("id;\xC3\xA9tudiant;organisme;d\xC3\xA9"
                                            "but;fin\n"
                                            "i7;s1;Inria;2026-05-04;2026-06-26\n"
                                            "i8;s2;Inria;2026-13-04;2026-06-26\n")
                              << QStringLiteral("bad.csv:3:4 (d\u00e9but): \"2026-13-04\": not a date");
    QTest::newRow("unknown-student-of-a-ter") << QStringLiteral("ters") << QStringLiteral("bad.csv")
                                              << QByteArray("id;students;start;end\n"
                                                            "t7;s1 s77;2026-03-02;2026-04-30\n")
                                              << QStringLiteral("bad.csv:2:2 (students): \"s77\"");
    QTest::newRow("update-then-unknown-student")
        << QStringLiteral("seminars") << QStringLiteral("bad.csv")
        << QByteArray("id;student_id;title;date\nse1;s1;Changed title;2026-02-03\nse9;nobody;T;2026-02-04\n")
        << QStringLiteral("bad.csv:3:2 (student_id): \"nobody\"");
    QTest::newRow("json-bad-date") << QStringLiteral("internships") << QStringLiteral("bad.json")
                                   << QByteArray("[{\"id\":\"i7\",\"student\":\"s1\",\"start\":\"2026-05-04\","
                                                 "\"end\":\"2026-06-26\"},\n"
                                                 "{\"id\":\"i8\",\"student\":\"s1\",\"start\":\"2026-13-04\","
                                                 "\"end\":\"2026-06-26\"}]")
                                   << QStringLiteral("bad.json: [1].start: \"2026-13-04\" is not a date");
    QTest::newRow("json-unknown-student")
        << QStringLiteral("seminars") << QStringLiteral("bad.json")
        << QByteArray("[{\"id\":\"se9\",\"student\":\"ghost\",\"date\":\"2026-02-03\"}]")
        << QStringLiteral("bad.json: [0].student: \"ghost\" is not a student");
    QTest::newRow("host-details-disagree")
        << QStringLiteral("hosts") << QStringLiteral("bad.csv")
        << QByteArray("name;city\nInria Saclay;Palaiseau\nInria Saclay;Orsay\n") << QStringLiteral("bad.csv:3:");
    QTest::newRow("not-csv") << QStringLiteral("students") << QStringLiteral("bad.csv")
                             << QByteArray(QByteArrayLiteral("PK\x03\x04") + " a workbook")
                             << QStringLiteral("bad.csv");
}

void TestCliDb::badImportChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, stderrContains);
    const QString db = path(QStringLiteral("base.interntrack"));
    QVERIFY(importCanonical(db));
    const QHash<QString, QByteArray> before = exportAll(db);
    const QString rowsBefore = dumpRows(db);

    const QString file = path(fileName);
    QVERIFY(writeFile(file, content));
    // Run from the temporary folder so that messages name the file as given.
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    p.start(QStringLiteral(CLI_PATH), {QStringLiteral("import"), QStringLiteral("--db"), db, kind, fileName});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(stderrContains), qPrintable(err));
    QVERIFY2(p.readAllStandardOutput().isEmpty(), "output on a failed import");

    QCOMPARE(dumpRows(db), rowsBefore);
    const QHash<QString, QByteArray> after = exportAll(db);
    for (const QString& k : kKinds)
        QCOMPARE(after.value(k), before.value(k));
}

void TestCliDb::badImportCreatesNoDatabase()
{
    const QString db = path(QStringLiteral("never.interntrack"));
    QVERIFY(writeFile(path(QStringLiteral("i.csv")), canonicalCsv(QStringLiteral("internships"))));
    const Run r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("internships"),
                          path(QStringLiteral("i.csv"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("is not a student")), r.err.constData());
    QVERIFY(!QFileInfo::exists(db));
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
}

void TestCliDb::backupRestoreRoundTrip()
{
    const QString db = path(QStringLiteral("live.interntrack"));
    QVERIFY(importCanonical(db));
    const QHash<QString, QByteArray> original = exportAll(db);
    const QString backup = path(QStringLiteral("live-backup.interntrack"));
    const Run b = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, backup});
    QCOMPARE(b.exitCode, 0);
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QFileInfo(backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // The backup is a database of its own with the same lists.
    const QHash<QString, QByteArray> ofBackup = exportAll(backup);
    for (const QString& k : kKinds)
        QCOMPARE(ofBackup.value(k), original.value(k));
    // A backup never replaces a file.
    const QByteArray backupBytes = readFile(backup);
    const Run again = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, backup});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.errText().contains(QLatin1String("already exists")), again.err.constData());
    QCOMPARE(readFile(backup), backupBytes);

    // Change the database, then restore it.
    QVERIFY(writeFile(path(QStringLiteral("more.csv")), "id;name\ns1;Renamed\ns9;New student\n"));
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("students"),
                     path(QStringLiteral("more.csv"))})
                 .exitCode,
             0);
    QVERIFY(exportAll(db).value(QStringLiteral("students")) != original.value(QStringLiteral("students")));
    const Run restored = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, backup,
                                 QStringLiteral("--actor"), QStringLiteral("tester")});
    QCOMPARE(restored.exitCode, 0);
    const QHash<QString, QByteArray> after = exportAll(db);
    for (const QString& k : kKinds)
        QCOMPARE(after.value(k), original.value(k));
    // The audit log records the restore, by whom.
    Database check;
    QVERIFY(check.open(db).ok());
    QCOMPARE(countRows(check,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore' AND actor = 'tester'")),
             1);
    QCOMPARE(check.integrityCheck().value(), QStringLiteral("ok"));
}

void TestCliDb::restoreRefusesABadBackup()
{
    const QString db = path(QStringLiteral("live.interntrack"));
    QVERIFY(importCanonical(db));
    const QString rows = dumpRows(db);
    const QString bad = path(QStringLiteral("bad-backup.interntrack"));
    QVERIFY(writeFile(bad, QByteArray(8192, 'x')));
    const Run r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("not an InternTrack database")), r.err.constData());
    // A truncated backup.
    const QString backup = path(QStringLiteral("b.interntrack"));
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, backup}).exitCode, 0);
    const QString cut = path(QStringLiteral("cut.interntrack"));
    QVERIFY(writeFile(cut, readFile(backup).left(readFile(backup).size() / 2 + 100)));
    const Run truncated = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, cut});
    QCOMPARE(truncated.exitCode, 2);
    QVERIFY2(!truncated.err.isEmpty(), "no message");
    QCOMPARE(dumpRows(db), rows);
}

void TestCliDb::demoRefusesToOverwrite()
{
    const QString db = path(QStringLiteral("demo.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QByteArray bytes = readFile(db);
    const Run again = runCli(
        {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--year"), QStringLiteral("2027-2028")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.errText().contains(QLatin1String("already exists")), again.err.constData());
    QCOMPARE(readFile(db), bytes);
    // Any file, not only a database.
    const QString other = path(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(other, "keep me"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), other}).exitCode, 2);
    QCOMPARE(readFile(other), QByteArray("keep me"));

    // --force replaces it, here with another year.
    const Run forced = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                               QStringLiteral("2027-2028"), QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    const Run check = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                              QStringLiteral("2027-2028"), QStringLiteral("--today"), QStringLiteral("2028-05-20")});
    QCOMPARE(check.exitCode, 1);
    QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                     QStringLiteral("2025-2026")})
                 .exitCode,
             2);
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*partial*")}, QDir::Files), QStringList());
}

void TestCliDb::killedImportIsWholeOrAbsent()
{
    // interntrack-cli importing a large CSV is killed (SIGKILL) at random moments: the database stays
    // whole (integrity_check) and holds each import entirely or not at all.
    const int size = 50000;
    const QString db = path(QStringLiteral("killed.interntrack"));
    QByteArray students = "id;name\n";
    for (int s = 0; s < 200; ++s)
        students += "s" + QByteArray::number(s) + ";Student " + QByteArray::number(s) + '\n';
    QVERIFY(writeFile(path(QStringLiteral("students.csv")), students));
    QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                     QStringLiteral("2025-2026"), QStringLiteral("students"), path(QStringLiteral("students.csv"))})
                 .exitCode,
             0);
    const auto batchCsv = [size](int round) {
        QByteArray csv = "id;student_id;host_name;tutor_name;subject;start;end;absences\n";
        csv.reserve(size * 110);
        for (int i = 0; i < size; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv += "r" + QByteArray::number(round) + '-' + n + ";s" + QByteArray::number(i % 200) + ";Host "
                   + QByteArray::number(i % 300) + ";Tutor " + QByteArray::number(i % 500)
                   + ";A subject long enough to fill pages " + n + ";2026-05-04;2026-06-26;2026-05-12\n";
        }
        return csv;
    };

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    qint64 fullMs = 0;
    QList<int> committed;
    int killedMidway = 0;
    const int rounds = 7;
    for (int round = 0; round < rounds; ++round) {
        const QString file = path(QStringLiteral("batch%1.csv").arg(round));
        QVERIFY(writeFile(file, batchCsv(round)));
        QProcess child;
        QElapsedTimer timer;
        child.start(QStringLiteral(CLI_PATH),
                    {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                     QStringLiteral("2025-2026"), QStringLiteral("internships"), file});
        QVERIFY(child.waitForStarted());
        timer.start();
        bool killed = false;
        if (round == 0 || round == rounds - 1) {
            // Unkilled: it must succeed (the first tells how long an import takes; the last that a database
            // that lived through the kills still takes one).
            QVERIFY(child.waitForFinished(300000));
            if (round == 0)
                fullMs = timer.elapsed();
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
        } else {
            // Mostly while the rows are written (parsing comes first), some around the commit or after it
            // (later imports take longer: the database holds more).
            const qint64 delay = qint64(fullMs * (0.25 + 1.0 * random.generateDouble()));
            if (!child.waitForFinished(int(delay))) {
                child.kill(); // SIGKILL
                killed = true;
                QVERIFY(child.waitForFinished(30000));
            }
            if (killed && child.exitStatus() == QProcess::CrashExit)
                ++killedMidway;
            else
                QCOMPARE(child.exitCode(), 0);
        }

        Database check;
        const Status opened = check.open(db);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(check.integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(countRows(check, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        const qint64 rows =
            countRows(check, QStringLiteral("SELECT count(*) FROM internships WHERE uid LIKE 'r%1-%'").arg(round));
        const qint64 absences = countRows(check, QStringLiteral("SELECT count(*) FROM internship_absences a JOIN "
                                                                "internships i ON i.id = a.internship_id WHERE i.uid "
                                                                "LIKE 'r%1-%'")
                                                     .arg(round));
        qInfo("round %d: %s after %lld ms (a whole import takes %lld ms); %lld rows in the database", round,
              killed ? "killed" : "not killed", qint64(timer.elapsed()), fullMs, rows);
        QVERIFY2(rows == 0 || rows == size, qPrintable(QStringLiteral("%1 rows of %2").arg(rows).arg(size)));
        QCOMPARE(absences, rows);
        if (rows == size)
            committed.append(round);
        for (int r : committed)
            QCOMPARE(countRows(check, QStringLiteral("SELECT count(*) FROM internships WHERE uid LIKE 'r%1-%'").arg(r)),
                     qint64(size));
        QFile::remove(file);
    }
    QVERIFY(committed.contains(0));
    QVERIFY(committed.contains(rounds - 1));
    QVERIFY2(killedMidway >= 3, "too few rounds were killed while importing");
}

void TestCliDb::documentsAgreementsForTwoStudents()
{
    const QString db = path(QStringLiteral("demo.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString out = path(QStringLiteral("out/agreements")); // created by the command
    const Run r = runCli({QStringLiteral("documents"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                          QStringLiteral("agreements"), QStringLiteral("--format"), QStringLiteral("pdf"),
                          QStringLiteral("--students"), QStringLiteral("s01,s02"), QStringLiteral("--today"),
                          QStringLiteral("2026-03-02"), QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    for (const QString& f : files) {
        QVERIFY2(f.startsWith(QLatin1String("agreement-")) && f.endsWith(QLatin1String(".pdf")), qPrintable(f));
        QVERIFY(readFile(QDir(out).filePath(f)).startsWith("%PDF-"));
        QVERIFY2(r.errText().contains(QLatin1String("wrote ")), r.err.constData());
        QVERIFY2(r.errText().contains(f), r.err.constData());
    }
    QVERIFY2(r.errText().contains(QLatin1String("2 file")), r.err.constData());
}

void TestCliDb::documentsCalendar()
{
    const QString db = path(QStringLiteral("demo.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString out = path(QStringLiteral("calendar"));
    const Run r = runCli({QStringLiteral("documents"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                          QStringLiteral("calendar"), QStringLiteral("--today"), QStringLiteral("2026-03-02"),
                          QStringLiteral("-o"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList files = QDir(out).entryList(QDir::Files);
    QCOMPARE(files, QStringList{QStringLiteral("deadlines-2025-2026.ics")});
    const QByteArray ics = readFile(QDir(out).filePath(files.constFirst()));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.count("BEGIN:VEVENT") > 25);
    QVERIFY(ics.contains("DTSTAMP:20260302T000000Z"));
    // The same day, the same file.
    const Run again = runCli({QStringLiteral("documents"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                              QStringLiteral("calendar"), QStringLiteral("--today"), QStringLiteral("2026-03-02"),
                              QStringLiteral("-o"), path(QStringLiteral("again"))});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(readFile(path(QStringLiteral("again/deadlines-2025-2026.ics"))), ics);
}

void TestCliDb::documentsBadFolder()
{
    const QString db = path(QStringLiteral("demo.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString file = path(QStringLiteral("a-file"));
    QVERIFY(writeFile(file, "not a folder"));
    const Run r = runCli({QStringLiteral("documents"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                          QStringLiteral("calendar"), QStringLiteral("-o"), file + QStringLiteral("/sub")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(QLatin1String("is a file, not a folder")), r.err.constData());
    const Run unknown = runCli({QStringLiteral("documents"), QStringLiteral("--db"), db, QStringLiteral("--students"),
                                QStringLiteral("s01,nobody"), QStringLiteral("-o"), path(QStringLiteral("x"))});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.errText().contains(QLatin1String("\"nobody\" is not a student")), unknown.err.constData());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x"))));
}

void TestCliDb::dbCopyToServerAndBack()
{
    const Run help = runCli({QStringLiteral("db"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(QLatin1String("db copy FROM TO")), help.out.constData());

    // A file to a new file: every row, the same.
    const QString demo = path(QStringLiteral("demo.interntrack"));
    QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), demo}).exitCode, 0);
    const QString copy = path(QStringLiteral("copy.interntrack"));
    Run r = runCli({QStringLiteral("db"), QStringLiteral("copy"), demo, copy});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.errText().startsWith(QStringLiteral("Copied ")), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral(" tables from %1 to %2.").arg(demo, copy)), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(dumpRows(copy), dumpRows(demo));
    QCOMPARE(QFileInfo(copy).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    // Into a database that holds data: refused, unchanged. From a missing file: no target left behind.
    const QString before = dumpRows(copy);
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), demo, copy});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("already holds data")), r.err.constData());
    QCOMPARE(dumpRows(copy), before);
    const QString never = path(QStringLiteral("never.interntrack"));
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), path(QStringLiteral("missing.interntrack")), never});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(never));
    QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("copy"), demo}).exitCode, 2);

    // To a server and back, as its administrator does it (README, "Administrator's guide"): a database owned by
    // a login that may create roles but is no superuser; db init, db copy, db add-user, db copy back.
    INTERNTRACK_REQUIRE_POSTGRESQL();
    test::PgCluster cluster;
    QVERIFY2(cluster.isRunning(), qPrintable(cluster.error()));
    QVERIFY2(
        cluster.execAsSuperuser(QStringLiteral("CREATE ROLE itowner LOGIN CREATEROLE"), QStringLiteral("postgres")),
        qPrintable(cluster.error()));
    QVERIFY2(
        cluster.execAsSuperuser(QStringLiteral("CREATE DATABASE shared OWNER itowner"), QStringLiteral("postgres")),
        qPrintable(cluster.error()));
    const QString url = cluster.url(QStringLiteral("itowner:s3cr3t-pw"), QStringLiteral("shared"));
    const QString shown = cluster.url(QStringLiteral("itowner"), QStringLiteral("shared"));
    r = runCli({QStringLiteral("db"), QStringLiteral("init"), url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), demo, url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral(" tables from %1 to %2.").arg(demo, shown)), r.err.constData());
    QVERIFY2(r.errText().contains(QLatin1String("db add-user")), r.err.constData());
    QVERIFY2(!r.errText().contains(QLatin1String("s3cr3t")), r.err.constData());
    r = runCli({QStringLiteral("db"), QStringLiteral("add-user"), url, QStringLiteral("pupil"),
                QStringLiteral("--role"), QStringLiteral("student"), QStringLiteral("--student"),
                QStringLiteral("s01")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Refused the second time, the password never shown.
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), demo, url});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QLatin1String("already holds data")), r.err.constData());
    QVERIFY2(!r.errText().contains(QLatin1String("s3cr3t")), r.err.constData());
    // The student's login sees only their rows; the owner sees all.
    {
        Database asPupil;
        const Status s = asPupil.open(cluster.url(QStringLiteral("pupil"), QStringLiteral("shared")));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(countRows(asPupil, QStringLiteral("SELECT count(*) FROM students")), 1);
    }
    // And back to a new file: the rows of the demo, ids kept (the server's logins are not part of a file).
    const QString back = path(QStringLiteral("back.interntrack"));
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), url, back});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral(" tables from %1 to %2.").arg(shown, back)), r.err.constData());
    QCOMPARE(dumpRows(back), dumpRows(demo));
}

QTEST_GUILESS_MAIN(TestCliDb)
#include "tst_clidb.moc"

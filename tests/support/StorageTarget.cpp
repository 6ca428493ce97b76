#include "StorageTarget.h"

#include "PgCluster.h"
#include "TestSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

namespace interntrack::test {

namespace {

/// The tables of the database on @p db, sorted by name, with their number of columns.
QList<std::pair<QString, int>> tablesOf(const QSqlDatabase& db, bool postgreSql)
{
    QStringList names;
    {
        QSqlQuery q(db);
        q.exec(postgreSql ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = "
                                           "current_schema() ORDER BY tablename")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            names.append(q.value(0).toString());
    }
    QList<std::pair<QString, int>> out;
    for (const QString& t : names) {
        int columns = 0;
        QSqlQuery q(db);
        if (postgreSql) {
            q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                                     "current_schema() AND table_name = ?"));
            q.addBindValue(t);
            if (q.exec() && q.next())
                columns = q.value(0).toInt();
        } else {
            q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t));
            while (q.next())
                ++columns;
        }
        out.append({t, columns});
    }
    return out;
}

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

} // namespace

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

QString dumpTables(const QSqlDatabase& db)
{
    const bool postgreSql = db.driverName() == QLatin1String("QPSQL");
    QString out;
    for (const auto& [table, columns] : tablesOf(db, postgreSql)) {
        out += QStringLiteral("== ") + table + QLatin1Char('\n');
        QStringList order;
        for (int c = 1; c <= columns; ++c)
            order.append(QString::number(c));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order.join(QLatin1Char(',')))))
            out += QStringLiteral("cannot read: ") + q.lastError().text();
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                out += q.value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

StorageTarget::Engine StorageTarget::engineOfThisRun()
{
    const QString name = qEnvironmentVariable("INTERNTRACK_TEST_STORAGE").trimmed().toLower();
    return name == QLatin1String("postgresql") || name == QLatin1String("pg") ? Engine::PostgreSQL : Engine::SQLite;
}

StorageTarget::StorageTarget()
    : m_engine(engineOfThisRun())
{
}

StorageTarget::~StorageTarget() = default;

bool StorageTarget::start()
{
    if (isSqlite() || m_cluster)
        return true;
    m_cluster = std::make_unique<PgCluster>();
    if (!m_cluster->isRunning()) {
        m_error = m_cluster->error();
        m_cluster.reset();
        return false;
    }
    return true;
}

bool StorageTarget::renew()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return false;
    }
    m_pgDatabase.clear();
    if (isPostgreSql() && !m_cluster) {
        m_error = QStringLiteral("the PostgreSQL cluster is not started");
        return false;
    }
    return true;
}

void StorageTarget::release()
{
    m_dir.reset();
}

QString StorageTarget::database() const
{
    if (isSqlite())
        return filePath(QStringLiteral("programme.interntrack"));
    if (!m_cluster)
        return {};
    if (m_pgDatabase.isEmpty()) {
        // A database of its own for each test function (and each row of its data). Copied file by file from
        // the template: PostgreSQL 15's default strategy would write every copy to the write-ahead log too,
        // hundreds of megabytes over a run (older servers know only the copy).
        m_pgDatabase = QStringLiteral("t%1").arg(++m_databases);
        if (!m_cluster->execAsSuperuser(QStringLiteral("CREATE DATABASE \"%1\" STRATEGY = FILE_COPY").arg(m_pgDatabase),
                                        QStringLiteral("postgres"))
            && !m_cluster->createDatabase(m_pgDatabase)) {
            m_error = m_cluster->error();
            qWarning("cannot create the PostgreSQL database %s: %s", qPrintable(m_pgDatabase), qPrintable(m_error));
        }
    }
    return m_cluster->url(QStringLiteral("postgres"), m_pgDatabase);
}

QString StorageTarget::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

QString StorageTarget::filePath(const QString& name) const
{
    return m_dir ? m_dir->filePath(name) : QString();
}

QString StorageTarget::dump() const
{
    const QString name = QUuid::createUuid().toString();
    QString out;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (isSqlite()) {
            db.setDatabaseName(database());
        } else if (m_cluster) {
            database(); // made if no test asked for it yet
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_cluster->port());
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(m_pgDatabase);
        }
        out = db.open() ? dumpTables(db) : QStringLiteral("cannot open: ") + db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace interntrack::test

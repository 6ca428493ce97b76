// Working on a shared PostgreSQL server (issue 9): File > Connect to Server…, the password asked and never saved,
// the role the server gives each login, and an advisor, a secretariat and two students working at once.
#include "ConnectDialog.h"
#include "FormMessage.h"
#include "MainWindow.h"
#include "PgCluster.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/ServerSetup.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace interntrack;
using interntrack::test::PgCluster;

namespace {

const QString kPassword = QStringLiteral("Tr0ub4dor&3 é:@/pw");

/// Sets a field of the dialog as the user would (so that its checks run).
void type(ConnectDialog& dialog, const char* name, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    // QTest::keyClicks() types ASCII only: the text, then the signal typing gives.
    edit->setText(text);
    emit edit->textEdited(text);
}

QByteArray fileContent(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // Without a server
    void urlIsPercentEncoded_data();
    void urlIsPercentEncoded();
    void dialogAsksForWhatIsMissing();
    void passwordIsNeverSaved();
    void screenshot();

    // With a throwaway PostgreSQL cluster
    void loginRoleComesFromTheServer();
    void fourLoginsWorkAtOnce();
    void wrongDatabaseLeavesNothingOpen();
    void studentMainWindowShowsOnlyTheirs();
    void passwordIsAskedAtLogin();

private:
    /// Opens @p login's Workspace on the demo database and waits for its year.
    void openAs(Workspace& ws, const QString& login);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<PgCluster> m_cluster;
    QStringList m_studentIds; ///< the demo students tied to student1 and student2
    int m_demoStudents = 0;
};

void TestConnect::initTestCase()
{
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
    // libpq must not find a password elsewhere: the tests give it, or none.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    if (!PgCluster::available())
        return; // the server tests skip one by one
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
    // The owner's setup: the demo year, the roles and rights, four logins.
    const QString owner = m_cluster->url();
    QVERIFY2(test::createDemoDatabase(owner).isEmpty(), "the demo year is saved");
    Database db;
    Status s = db.open(owner);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    s = ServerSetup::init(db);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const Result<Cohort> demo = CohortRepository(db).loadCohort(AcademicYear{2025});
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    m_demoStudents = int(demo->students.size());
    QVERIFY(m_demoStudents >= 3);
    // Two students with items (so that "only theirs" is more than nothing).
    for (const Student& student : demo->students) {
        const bool hasItems = std::any_of(demo->internships.begin(), demo->internships.end(),
                                          [&](const Internship& i) { return i.studentId == student.id; });
        if (hasItems && m_studentIds.size() < 2)
            m_studentIds.append(student.id);
    }
    QCOMPARE(m_studentIds.size(), 2);
    QVERIFY(ServerSetup::addUser(db, QStringLiteral("advisor1"), Role::Advisor).ok());
    QVERIFY(ServerSetup::addUser(db, QStringLiteral("sec1"), Role::Secretariat).ok());
    QVERIFY(ServerSetup::addUser(db, QStringLiteral("student1"), Role::Student, m_studentIds.at(0)).ok());
    QVERIFY(ServerSetup::addUser(db, QStringLiteral("student2"), Role::Student, m_studentIds.at(1)).ok());
    // Logins of no InternTrack role: one that may read nothing, one that may read the schema's version only.
    QVERIFY2(m_cluster->execAsSuperuser(
                 QStringLiteral("CREATE ROLE stranger LOGIN; CREATE ROLE lurker LOGIN; GRANT SELECT ON schema_version "
                                "TO lurker")),
             qPrintable(m_cluster->error()));
}

void TestConnect::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestConnect::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestConnect::cleanupTestCase()
{
    m_cluster.reset();
}

void TestConnect::openAs(Workspace& ws, const QString& login)
{
    ws.setClock([] { return test::demoNow(); });
    const Status s = ws.openServer(m_cluster->url(login), QString());
    QVERIFY2(s.ok(), qPrintable(s.error()));
    ws.waitForLoaded();
    QVERIFY(ws.isServer());
    QCOMPARE(ws.year(), AcademicYear{2025});
}

#define REQUIRE_CLUSTER()                                                                                              \
    do {                                                                                                               \
        INTERNTRACK_REQUIRE_POSTGRESQL();                                                                              \
        QVERIFY(m_cluster && m_cluster->isRunning());                                                                  \
    } while (false)

// --- without a server ---------------------------------------------------------------------------------------------

void TestConnect::urlIsPercentEncoded_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << "db.example.org" << 5432 << "interntrack"
                           << "ada"
                           << "postgresql://ada@db.example.org:5432/interntrack";
    QTest::newRow("other-port") << "10.0.0.7" << 6543 << "m1"
                                << "jean.dupont"
                                << "postgresql://jean.dupont@10.0.0.7:6543/m1";
    QTest::newRow("special-characters") << "db.example.org" << 5432 << "stages é 2025%?#"
                                        << "o'hara@lab:x"
                                        << "postgresql://o'hara%40lab%3Ax@db.example.org:5432/"
                                           "stages%20%C3%A9%202025%25%3F%23";
    QTest::newRow("ipv6") << "::1" << 5432 << "interntrack"
                          << "ada"
                          << "postgresql://ada@[::1]:5432/interntrack";
    QTest::newRow("not-a-host") << "db example" << 5432 << "interntrack"
                                << "ada" << QString();
}

void TestConnect::urlIsPercentEncoded()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, login);
    QFETCH(QString, url);
    const QString built = ConnectDialog::serverUrl(host, port, database, login);
    QCOMPARE(built, url);
    if (url.isEmpty())
        return;
    // What Database::open() reads back is each field as typed, and nothing of it is hidden from the user.
    const QUrl parsed(built, QUrl::StrictMode);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.userName(), login);
    QCOMPARE(parsed.host(), host);
    QCOMPARE(parsed.port(), port);
    QCOMPARE(parsed.path().mid(1), database);
    QVERIFY(Database::isServerUrl(built));
    QCOMPARE(QUrl(Database::displayName(built), QUrl::StrictMode), parsed);
    // The dialog builds the same from its fields.
    ConnectDialog dialog(*m_settings, {});
    type(dialog, "hostEdit", host);
    dialog.findChild<QSpinBox*>(QStringLiteral("portSpin"))->setValue(port);
    type(dialog, "databaseEdit", database);
    type(dialog, "loginEdit", login);
    QCOMPARE(dialog.url(), url);
    QCOMPARE(ConnectDialog::shortName(built),
             login + QLatin1Char('@') + (host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host)
                 + (port == 5432 ? QString() : QStringLiteral(":%1").arg(port)) + QLatin1Char('/') + database);
}

void TestConnect::dialogAsksForWhatIsMissing()
{
    int calls = 0;
    ConnectDialog dialog(*m_settings, [&](const QString&, const QString&) {
        ++calls;
        return Status();
    });
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* message = dialog.findChild<FormMessage*>();
    QVERIFY(ok && message);
    // A first start: no recent server, the port and database are PostgreSQL's and InternTrack's defaults.
    QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("recentCombo"))->isVisibleTo(&dialog));
    QCOMPARE(dialog.port(), 5432);
    QCOMPARE(dialog.databaseName(), QStringLiteral("interntrack"));
    QVERIFY(!dialog.login().isEmpty()); // the system's user name, as libpq's default
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("passwordNote"))->text().contains(QLatin1String("never saved")));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(message->text().contains(QLatin1String("server")), qPrintable(message->text()));
    type(dialog, "hostEdit", QStringLiteral("db.example.org"));
    type(dialog, "loginEdit", QString());
    QVERIFY(!ok->isEnabled());
    QVERIFY2(message->text().contains(QLatin1String("login")), qPrintable(message->text()));
    type(dialog, "loginEdit", QStringLiteral("ada"));
    type(dialog, "databaseEdit", QStringLiteral("a/b"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(message->text().contains(QLatin1String("\"/\"")), qPrintable(message->text()));
    dialog.accept();
    QCOMPARE(calls, 0); // nothing is tried while a field is wrong
    type(dialog, "databaseEdit", QStringLiteral("interntrack"));
    QVERIFY(ok->isEnabled());
    QVERIFY(message->text().isEmpty());
}

void TestConnect::passwordIsNeverSaved()
{
    const QString iniFile = m_dir->filePath(QStringLiteral("settings.ini"));
    QStringList urls, passwords;
    bool refuse = true;
    const QString refusal = QStringLiteral("Cannot connect to postgresql://ada@db.example.org:5432/m1: the server "
                                           "refused the password.");
    {
        ConnectDialog dialog(*m_settings, [&](const QString& url, const QString& password) {
            urls.append(url);
            passwords.append(password);
            return refuse ? Status::failure(refusal) : Status();
        });
        type(dialog, "hostEdit", QStringLiteral("db.example.org"));
        type(dialog, "databaseEdit", QStringLiteral("m1"));
        type(dialog, "loginEdit", QStringLiteral("ada"));
        type(dialog, "passwordEdit", kPassword);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Refused: the dialog stays open and says why; the password is left to correct.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.errorText(), refusal);
        QCOMPARE(dialog.findChild<FormMessage*>()->text(), refusal);
        QCOMPARE(dialog.findChild<FormMessage*>()->severity(), Severity::Error);
        QVERIFY(m_settings->value(Settings::RecentServers).isEmpty());
        // Accepted: the dialog closes, the server is remembered.
        refuse = false;
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
    }
    // The password goes to the connector alone, never in the URL.
    QCOMPARE(urls, QStringList(2, QStringLiteral("postgresql://ada@db.example.org:5432/m1")));
    QCOMPARE(passwords, QStringList(2, kPassword));
    QCOMPARE(m_settings->value(Settings::RecentServers), QStringList{urls.first()});
    // A URL given with a password (the command line) is remembered without it.
    ConnectDialog::rememberServer(*m_settings, QStringLiteral("postgresql://bob:hunter2@10.0.0.7:6543/m2"));
    QCOMPARE(m_settings->value(Settings::RecentServers),
             (QStringList{QStringLiteral("postgresql://bob@10.0.0.7:6543/m2"), urls.first()}));
    QVERIFY(m_settings->sync());
    const QByteArray ini = fileContent(iniFile);
    QVERIFY2(ini.contains("recentServers"), ini.constData());
    for (const QByteArray& secret :
         {kPassword.toUtf8(), QUrl::toPercentEncoding(kPassword), QByteArray("hunter2"), QByteArray("Tr0ub4dor")})
        QVERIFY2(!ini.contains(secret), ini.constData());

    // The next time, the recent servers are offered, newest first, and fill the fields; the password is empty.
    ConnectDialog again(*m_settings, {});
    auto* recent = again.findChild<QComboBox*>(QStringLiteral("recentCombo"));
    QVERIFY(recent->isVisibleTo(&again));
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->itemText(0), QStringLiteral("bob@10.0.0.7:6543/m2"));
    QCOMPARE(recent->itemText(1), QStringLiteral("ada@db.example.org/m1"));
    QCOMPARE(again.host(), QStringLiteral("10.0.0.7"));
    QCOMPARE(again.port(), 6543);
    recent->setCurrentIndex(1);
    emit recent->activated(1);
    QCOMPARE(again.host(), QStringLiteral("db.example.org"));
    QCOMPARE(again.port(), 5432);
    QCOMPARE(again.databaseName(), QStringLiteral("m1"));
    QCOMPARE(again.login(), QStringLiteral("ada"));
    QVERIFY(again.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
}

void TestConnect::screenshot()
{
    m_settings->setValue(Settings::RecentServers,
                         QStringList{QStringLiteral("postgresql://jean.dupont@db.univ-example.fr:5432/m1-ai"),
                                     QStringLiteral("postgresql://jean.dupont@10.0.0.7:6543/stages%202025")});
    ConnectDialog dialog(*m_settings, [](const QString& url, const QString&) {
        return Status::failure(
            QStringLiteral("Cannot connect to %1: the database reported an error (connection to server at "
                           "\"db.univ-example.fr\" (10.0.0.5), port 5432 failed: FATAL:  password authentication "
                           "failed for user \"jean.dupont\").")
                .arg(url));
    });
    type(dialog, "passwordEdit", QStringLiteral("wrong"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    // The server's words are long: the dialog grows to show every line of them.
    auto* text = dialog.findChild<QLabel*>(QStringLiteral("formMessageText"));
    QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
    QVERIFY(dialog.grab().save(QStringLiteral("/tmp/h/connect-dialog.png")));
    Settings empty(m_dir->filePath(QStringLiteral("empty.ini")));
    ConnectDialog first(empty, {});
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    QVERIFY(first.grab().save(QStringLiteral("/tmp/h/connect-dialog-first.png")));
}

// --- with a server ------------------------------------------------------------------------------------------------

void TestConnect::loginRoleComesFromTheServer()
{
    REQUIRE_CLUSTER();
    const struct
    {
        QString login;
        std::optional<Role> role;
        QString student;
    } cases[] = {{QStringLiteral("postgres"), Role::Advisor, {}}, // the superuser
                 {QStringLiteral("advisor1"), Role::Advisor, {}},
                 {QStringLiteral("sec1"), Role::Secretariat, {}},
                 {QStringLiteral("student1"), Role::Student, m_studentIds.at(0)},
                 {QStringLiteral("student2"), Role::Student, m_studentIds.at(1)},
                 {QStringLiteral("lurker"), std::nullopt, {}}};
    for (const auto& c : cases) {
        Database db;
        const Status s = db.open(m_cluster->url(c.login));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(ServerSetup::currentLogin(db).value(), c.login);
        const Result<Role> role = ServerSetup::loginRole(db);
        if (!c.role) {
            QVERIFY(!role.ok());
            QVERIFY2(role.error().contains(QLatin1String("Your login lurker is not an InternTrack user")),
                     qPrintable(role.error()));
            QVERIFY2(role.error().contains(QLatin1String("add-user")), qPrintable(role.error()));
            continue;
        }
        QVERIFY2(role.ok(), qPrintable(role.error()));
        QCOMPARE(role.value(), *c.role);
        const Result<QString> student = ServerSetup::loginStudent(db);
        QVERIFY2(student.ok(), qPrintable(student.error()));
        QCOMPARE(student.value(), c.student);
    }
    // A login that was never added reads nothing: refused when connecting, with the same advice.
    Database stranger;
    const Status refused = stranger.open(m_cluster->url(QStringLiteral("stranger")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("Your login stranger is not an InternTrack user")),
             qPrintable(refused.error()));
    QVERIFY(!stranger.isOpen());
    // A database file has no logins: the user chooses their role.
    Database file;
    QVERIFY(file.open(m_dir->filePath(QStringLiteral("x.interntrack"))).ok());
    QVERIFY(!ServerSetup::loginRole(file).ok());
    // The owner of a database (not a superuser) counts as an advisor, before init() made any role of it.
    QVERIFY(m_cluster->execAsSuperuser(QStringLiteral("CREATE ROLE owner1 LOGIN")));
    QVERIFY(m_cluster->execAsSuperuser(QStringLiteral("CREATE DATABASE owned OWNER owner1")));
    Database owned;
    QVERIFY(owned.open(m_cluster->url(QStringLiteral("owner1"), QStringLiteral("owned"))).ok());
    QCOMPARE(ServerSetup::loginRole(owned).value(), Role::Advisor);
    QCOMPARE(ServerSetup::loginStudent(owned).value(), QString()); // no students.login before init()
}

void TestConnect::fourLoginsWorkAtOnce()
{
    REQUIRE_CLUSTER();
    Workspace advisor, secretariat, student1, student2;
    openAs(advisor, QStringLiteral("advisor1"));
    openAs(secretariat, QStringLiteral("sec1"));
    openAs(student1, QStringLiteral("student1"));
    openAs(student2, QStringLiteral("student2"));
    // Each works as the server says.
    QCOMPARE(advisor.actor(), (Actor{QStringLiteral("advisor1"), Role::Advisor, {}}));
    QCOMPARE(secretariat.actor(), (Actor{QStringLiteral("sec1"), Role::Secretariat, {}}));
    QCOMPARE(student1.actor(), (Actor{QStringLiteral("student1"), Role::Student, m_studentIds.at(0)}));
    QCOMPARE(student2.actor(), (Actor{QStringLiteral("student2"), Role::Student, m_studentIds.at(1)}));
    // The staff see the whole year; each student sees their own items only.
    QCOMPARE(advisor.cohort().students.size(), m_demoStudents);
    QCOMPARE(secretariat.cohort().students.size(), m_demoStudents);
    const qsizetype allInternships = advisor.cohort().internships.size();
    qsizetype studentsInternships = 0;
    for (int i = 0; i < 2; ++i) {
        const Workspace& ws = i == 0 ? student1 : student2;
        QCOMPARE(ws.cohort().students.size(), 1);
        QCOMPARE(ws.cohort().students.at(0).id, m_studentIds.at(i));
        QVERIFY(!ws.cohort().internships.isEmpty());
        for (const Internship& in : ws.cohort().internships)
            QCOMPARE(in.studentId, m_studentIds.at(i));
        QCOMPARE(ws.cohort().internships.size(), advisor.internshipsOf(m_studentIds.at(i)).size());
        studentsInternships += ws.cohort().internships.size();
    }
    QVERIFY(studentsInternships < allInternships);

    // While all four are connected: the advisor changes student 1's record; a student cannot reach another's.
    Student changed = *advisor.student(m_studentIds.at(0));
    changed.email = QStringLiteral("changed-by-advisor@example.org");
    Status s = advisor.saveItem(changed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(!student1.item(ItemKind::Student, m_studentIds.at(1)));
    Student other = *secretariat.student(m_studentIds.at(1));
    other.email = QStringLiteral("hijacked@example.org");
    QVERIFY(!student1.saveItem(other).ok());
    // The audit log is the staff's: a student's window says so instead of failing.
    const Result<QList<AuditEntry>> staffHistory = advisor.history(ItemKind::Student, m_studentIds.at(0));
    QVERIFY2(staffHistory.ok(), qPrintable(staffHistory.error()));
    QVERIFY(!staffHistory->isEmpty());
    const Result<QList<AuditEntry>> ownHistory = student1.history(ItemKind::Student, m_studentIds.at(0));
    QVERIFY(!ownHistory.ok());
    QVERIFY2(ownHistory.error().contains(QLatin1String("right")), qPrintable(ownHistory.error()));
    // The rules are the advisor's.
    QVERIFY(!student2.saveRules(student2.rules()).ok());
    QVERIFY(!secretariat.saveRules(secretariat.rules()).ok());

    // Student 1 connects again (a fifth connection) and sees the advisor's change; student 2's is untouched.
    Workspace again;
    openAs(again, QStringLiteral("student1"));
    QCOMPARE(again.student(m_studentIds.at(0))->email, QStringLiteral("changed-by-advisor@example.org"));
    Workspace check;
    openAs(check, QStringLiteral("sec1"));
    QVERIFY(check.student(m_studentIds.at(1))->email != QStringLiteral("hijacked@example.org"));
    QVERIFY(advisor.isOpen() && secretariat.isOpen() && student1.isOpen() && student2.isOpen());
}

void TestConnect::wrongDatabaseLeavesNothingOpen()
{
    REQUIRE_CLUSTER();
    const int connections = int(QSqlDatabase::connectionNames().size());
    Workspace ws;
    QSignalSpy changed(&ws, &Workspace::databaseChanged);
    const QString nowhere = m_cluster->url(QStringLiteral("advisor1"), QStringLiteral("nowhere"));
    Status s = ws.openServer(nowhere, QStringLiteral("irrelevant"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("nowhere")), qPrintable(s.error()));
    QVERIFY2(!s.error().contains(QLatin1String("irrelevant")), qPrintable(s.error()));
    QVERIFY(!ws.isOpen());
    QVERIFY(!ws.isServer());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), connections);
    // A login that is no InternTrack user: refused, nothing open.
    for (const QString& login : {QStringLiteral("stranger"), QStringLiteral("lurker")}) {
        s = ws.openServer(m_cluster->url(login), QString());
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("not an InternTrack user")), qPrintable(s.error()));
        QVERIFY(!ws.isOpen());
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), connections);
    }
    // A file path is not a server.
    QVERIFY(!ws.openServer(m_dir->filePath(QStringLiteral("a.interntrack")), QString()).ok());
    // Through the dialog: the error is shown in it, and it stays open.
    ConnectDialog dialog(*m_settings,
                         [&](const QString& url, const QString& password) { return ws.openServer(url, password); });
    dialog.setServer(nowhere);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("\"nowhere\"")), qPrintable(dialog.errorText()));
    QVERIFY(!ws.isOpen());
    QVERIFY(m_settings->value(Settings::RecentServers).isEmpty());
    // Corrected, it connects.
    type(dialog, "databaseEdit", m_cluster->database());
    QVERIFY(dialog.errorText().isEmpty());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(ws.isOpen() && ws.isServer());
    QCOMPARE(m_settings->value(Settings::RecentServers), QStringList{m_cluster->url(QStringLiteral("advisor1"))});
    ws.close();
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), connections);
}

void TestConnect::studentMainWindowShowsOnlyTheirs()
{
    REQUIRE_CLUSTER();
    // Message boxes would wait for a click: close them, and keep what they said.
    QStringList boxes;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&boxes] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            boxes.append(box->text());
            box->close();
        }
    });
    closer.start(50);
    m_settings->setValue(Settings::Role, QStringLiteral("secretariat"));
    m_settings->setValue(Settings::UserName, QStringLiteral("Jones"));
    MainWindow window(*m_settings);
    window.workspace().setClock([] { return test::demoNow(); });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.workspace().actor().role, Role::Secretariat);
    auto* roleAdvisor = window.findChild<QAction*>(QStringLiteral("roleAdvisorAction"));
    auto* roleChange = window.findChild<QAction*>(QStringLiteral("roleChangeAction"));
    QVERIFY(roleAdvisor->isEnabled() && roleChange->isEnabled());
    QVERIFY(window.findChild<QAction*>(QStringLiteral("connectAction")));

    QVERIFY(window.connectToServer(m_cluster->url(QStringLiteral("student1")), QString(), true));
    window.workspace().waitForLoaded();
    QCOMPARE(window.workspace().actor(), (Actor{QStringLiteral("student1"), Role::Student, m_studentIds.at(0)}));
    QCOMPARE(window.workspace().cohort().students.size(), 1);
    QCOMPARE(
        window.windowTitle(),
        QStringLiteral("student1@127.0.0.1:%1/%2 — InternTrack").arg(m_cluster->port()).arg(m_cluster->database()));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("roleLabel"))->text().contains(QLatin1String("student1")));
    // The server gives the role: no one picks another.
    QVERIFY(!roleAdvisor->isEnabled());
    QVERIFY(!roleChange->isEnabled());
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("backupAction"))->isEnabled());
    window.setRole(Role::Advisor);
    QCOMPARE(window.workspace().actor().role, Role::Student);
    QCOMPARE(m_settings->value(Settings::RecentServers), QStringList{m_cluster->url(QStringLiteral("student1"))});
    QCOMPARE(m_settings->value(Settings::Role), QStringLiteral("secretariat")); // the file mode's choice is kept
    // Every page shows what the server lets them read, without failing.
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.setCurrentPage(MainWindow::Page(page));
        QTest::qWait(20);
    }
    // Refused writes are messages, not crashes: the rules, another student's item.
    const Status rules = window.workspace().saveRules(window.workspace().rules());
    QVERIFY(!rules.ok());
    QVERIFY(!rules.error().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspace().isLoading(), 5000);
    QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char('\n'))));

    // Closed, the window is the file mode's again: the chosen role and name.
    window.findChild<QAction*>(QStringLiteral("closeAction"))->trigger();
    QCOMPARE(window.workspace().actor().role, Role::Secretariat);
    QCOMPARE(window.workspace().actor().name, QStringLiteral("Jones"));
    QVERIFY(roleAdvisor->isEnabled() && roleChange->isEnabled());
    QCOMPARE(window.windowTitle(), QStringLiteral("InternTrack"));
    m_settings->sync();
    QVERIFY(!fileContent(m_dir->filePath(QStringLiteral("settings.ini"))).contains("password"));
}

void TestConnect::passwordIsAskedAtLogin()
{
    REQUIRE_CLUSTER();
    // A cluster of its own where logins other than the superuser authenticate with a password (SCRAM).
    PgCluster cluster;
    QVERIFY2(cluster.isRunning(), qPrintable(cluster.error()));
    QVERIFY2(test::createDemoDatabase(cluster.url()).isEmpty(), "the demo year is saved");
    {
        Database db;
        QVERIFY(db.open(cluster.url()).ok());
        QVERIFY(ServerSetup::init(db).ok());
        QVERIFY(ServerSetup::addUser(db, QStringLiteral("advisor1"), Role::Advisor).ok());
    }
    QString escaped = kPassword;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    QVERIFY2(cluster.execAsSuperuser(QStringLiteral("ALTER ROLE advisor1 PASSWORD '%1'").arg(escaped)),
             qPrintable(cluster.error()));
    QVERIFY2(cluster.execAsSuperuser(QStringLiteral(
                 "DO $$ BEGIN EXECUTE format('COPY (SELECT unnest(ARRAY[''local all all trust'', ''host all postgres "
                 "127.0.0.1/32 trust'', ''host all all 127.0.0.1/32 scram-sha-256''])) TO %L', "
                 "current_setting('hba_file')); END $$; SELECT pg_reload_conf();")),
             qPrintable(cluster.error()));
    QTest::qWait(300); // the server reads its new rules

    const QString url = cluster.url(QStringLiteral("advisor1"));
    Workspace ws;
    ws.setClock([] { return test::demoNow(); });
    // No password (nor ~/.pgpass, nor PGPASSWORD), then a wrong one: refused, with the server's words.
    Status s = ws.openServer(url, QString());
    QVERIFY(!s.ok());
    s = ws.openServer(url, QStringLiteral("wrong-password"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("password authentication failed")), qPrintable(s.error()));
    QVERIFY2(!s.error().contains(QLatin1String("wrong-password")), qPrintable(s.error()));
    QVERIFY(!ws.isOpen());
    // The right one: connected, and the year loads over the loader's own connection (with the same password).
    s = ws.openServer(url, kPassword);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    ws.waitForLoaded();
    QCOMPARE(ws.actor().role, Role::Advisor);
    QVERIFY(!ws.cohort().students.isEmpty());
    QVERIFY(!ws.path().contains(kPassword));
    QCOMPARE(ws.path(), url);
    // Closed, the password is gone: the Database kept none, and a new connection must be given it again.
    ws.close();
    QVERIFY(!ws.openServer(url, QString()).ok());

    // Through the dialog: a wrong password keeps it open with the server's answer; the right one connects.
    const QString iniFile = m_dir->filePath(QStringLiteral("settings.ini"));
    ConnectDialog dialog(
        *m_settings, [&](const QString& address, const QString& password) { return ws.openServer(address, password); });
    dialog.setServer(url);
    type(dialog, "passwordEdit", QStringLiteral("nope"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("password")), qPrintable(dialog.errorText()));
    QTest::qWait(50);
    QVERIFY(dialog.grab().save(QStringLiteral("/tmp/h/connect-dialog-refused.png")));
    type(dialog, "passwordEdit", kPassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    ws.waitForLoaded();
    QVERIFY(!ws.cohort().students.isEmpty());
    QVERIFY(m_settings->sync());
    const QByteArray ini = fileContent(iniFile);
    QVERIFY2(ini.contains("advisor1"), ini.constData());
    QVERIFY2(!ini.contains(kPassword.toUtf8()) && !ini.contains("Tr0ub4dor") && !ini.contains("nope"), ini.constData());
}

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"

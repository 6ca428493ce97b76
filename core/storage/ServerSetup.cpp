#include "ServerSetup.h"
#include "Database.h"
#include "StorageError.h"
#include "StorageLog.h"
#include "Transaction.h"
#include "workflow/Workflow.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace interntrack {

namespace {

/// The tables of a year's items a student reads through row-level security, and who owns each row.
/// (table, condition on the row for the logged-in student). Child tables name their parent, whose own
/// policy filters the sub-select.
struct OwnedTable
{
    const char* table;
    const char* mine;
};

constexpr OwnedTable kOwnedTables[] = {
    {"students", "login = current_user"},
    {"internships", "student_id IN (SELECT id FROM students)"},
    {"summer_schools", "student_id IN (SELECT id FROM students)"},
    {"seminars", "student_id IN (SELECT id FROM students)"},
    {"ter_students", "student_id IN (SELECT id FROM students)"},
    {"ters", "id IN (SELECT ter_id FROM ter_students)"},
    {"internship_absences", "internship_id IN (SELECT id FROM internships)"},
    {"summer_school_links", "summer_school_id IN (SELECT id FROM summer_schools)"},
    {"overrides",
     "(item_kind = 'student' AND item_id IN (SELECT id FROM students)) OR (item_kind = 'internship' AND "
     "item_id IN (SELECT id FROM internships)) OR (item_kind = 'ter' AND item_id IN (SELECT id FROM ters)) "
     "OR (item_kind = 'summer_school' AND item_id IN (SELECT id FROM summer_schools)) OR (item_kind = "
     "'seminar' AND item_id IN (SELECT id FROM seminars))"},
    {"documents",
     "(item_kind = 'student' AND item_id IN (SELECT id FROM students)) OR (item_kind = 'internship' AND "
     "item_id IN (SELECT id FROM internships)) OR (item_kind = 'ter' AND item_id IN (SELECT id FROM ters)) "
     "OR (item_kind = 'summer_school' AND item_id IN (SELECT id FROM summer_schools)) OR (item_kind = "
     "'seminar' AND item_id IN (SELECT id FROM seminars))"},
    {"workflow_transitions", "(item_kind = 'internship' AND item_id IN (SELECT id FROM internships)) OR (item_kind = "
                             "'ter' AND item_id IN (SELECT id FROM ters)) OR (item_kind = 'summer_school' AND item_id "
                             "IN (SELECT id FROM summer_schools))"},
    {"applications", "student_id IN (SELECT uid FROM students)"},
};

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// The moves of the workflow @p role may make, as SQL text literals 'from>to', with their reverses (an undo of
/// the role's own step writes the item back as it was).
QString allowedMoves(Role role)
{
    QStringList moves;
    for (const Workflow::Step& step : Workflow::steps()) {
        if (!step.roles.contains(role))
            continue;
        const QString from = workflowStateCode(step.from);
        const QString to = workflowStateCode(step.to);
        moves << QStringLiteral("'%1>%2'").arg(from, to) << QStringLiteral("'%1>%2'").arg(to, from);
    }
    return moves.isEmpty() ? QStringLiteral("''") : moves.join(QStringLiteral(", "));
}

/// The statements of init(), in order. Identifiers are this program's; nothing comes from the user.
QStringList initStatements()
{
    const QString advisor = ServerSetup::roleName(Role::Advisor);
    const QString secretariat = ServerSetup::roleName(Role::Secretariat);
    const QString student = ServerSetup::roleName(Role::Student);
    QStringList out;
    for (const QString& role : {advisor, secretariat, student})
        out << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '%1') THEN "
                              "CREATE ROLE %1 NOLOGIN; END IF; END $$")
                   .arg(role);
    // The login of a student's rows (the same person in every academic year).
    out << QStringLiteral("ALTER TABLE students ADD COLUMN IF NOT EXISTS login TEXT")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS students_by_login ON students (login)");
    const QString all = QStringLiteral("%1, %2, %3").arg(advisor, secretariat, student);
    out << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all)
        << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(all)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all)
        // The audit log is written, never rewritten; the schema version is the migrations'.
        << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(all)
        << QStringLiteral("REVOKE SELECT ON audit_log FROM %1").arg(student)
        // Advisors change everything.
        << QStringLiteral(
               "GRANT INSERT, UPDATE, DELETE ON academic_years, hosts, tutors, students, ter_subjects, ters, "
               "ter_students, internships, internship_absences, summer_schools, summer_school_links, seminars, "
               "overrides, documents, workflow_transitions, offers, applications TO %1")
               .arg(advisor)
        // The secretariat records signatures, documents and steps of the workflow; never an override.
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON hosts, tutors, students, ter_subjects, ters, ter_students, "
                          "internships, internship_absences, summer_schools, summer_school_links, seminars, documents, "
                          "workflow_transitions, offers, applications TO %1")
               .arg(secretariat)
        // A student proposes their own items (row-level security below keeps them to their rows).
        << QStringLiteral(
               "GRANT INSERT, UPDATE ON hosts, tutors, students, internships, summer_schools, seminars, ters, "
               "documents, workflow_transitions, applications TO %1")
               .arg(student)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON internship_absences, summer_school_links TO %1").arg(student)
        << QStringLiteral("GRANT DELETE ON documents TO %1").arg(student);
    for (const OwnedTable& t : kOwnedTables) {
        const QString table = QLatin1String(t.table);
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
            << QStringLiteral("DROP POLICY IF EXISTS interntrack_staff ON %1").arg(table)
            << QStringLiteral("CREATE POLICY interntrack_staff ON %1 TO %2, %3 USING (true) WITH CHECK (true)")
                   .arg(table, advisor, secretariat)
            << QStringLiteral("DROP POLICY IF EXISTS interntrack_own_rows ON %1").arg(table)
            << QStringLiteral("CREATE POLICY interntrack_own_rows ON %1 TO %2 USING (%3) WITH CHECK (%3)")
                   .arg(table, student, QLatin1String(t.mine));
    }
    // Grades are the advisors' (a student may change the rest of their TER). A superuser counts as an advisor.
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION interntrack_grade_is_advisors() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "DECLARE changed boolean; "
               "BEGIN "
               "IF TG_OP = 'INSERT' THEN changed := NEW.grade IS NOT NULL; "
               "ELSE changed := NEW.grade IS DISTINCT FROM OLD.grade; END IF; "
               "IF changed AND NOT pg_has_role(current_user, '%1', 'MEMBER') THEN "
               "RAISE EXCEPTION 'only an advisor may give or change a grade' USING ERRCODE = 'insufficient_privilege'; "
               "END IF; RETURN NEW; END $$")
               .arg(advisor)
        << QStringLiteral("DROP TRIGGER IF EXISTS interntrack_grade_is_advisors ON ters")
        << QStringLiteral("CREATE TRIGGER interntrack_grade_is_advisors BEFORE INSERT OR UPDATE ON ters FOR EACH ROW "
                          "EXECUTE FUNCTION interntrack_grade_is_advisors()");
    // The workflow's rights, whatever the client: a student or the secretariat moves an item only along the
    // steps Workflow gives their role (a student never approves their own proposal); creates items only as a
    // draft or a proposal; and once the proposal is approved, a student changes nothing of it but its report.
    const QString keep = QStringLiteral("ARRAY['report_pages', 'row_version', 'changed_by', 'changed_at']");
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION interntrack_workflow_rights() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "DECLARE who text; "
               "BEGIN "
               "IF pg_has_role(current_user, '%1', 'MEMBER') THEN RETURN NEW; END IF; "
               "IF pg_has_role(current_user, '%2', 'MEMBER') THEN who := 'secretariat'; ELSE who := 'student'; END IF; "
               "IF TG_OP = 'INSERT' THEN "
               "IF NEW.state NOT IN ('draft', 'submitted') THEN "
               "RAISE EXCEPTION 'only an advisor may create an item in the state %', NEW.state "
               "USING ERRCODE = 'insufficient_privilege'; END IF; "
               "RETURN NEW; END IF; "
               "IF NEW.state IS DISTINCT FROM OLD.state AND NOT ((OLD.state || '>' || NEW.state) = ANY (CASE who "
               "WHEN 'secretariat' THEN ARRAY[%3] ELSE ARRAY[%4] END)) THEN "
               "RAISE EXCEPTION 'the % may not move an item from % to %', who, OLD.state, NEW.state "
               "USING ERRCODE = 'insufficient_privilege'; END IF; "
               "IF who = 'student' AND OLD.state NOT IN ('draft', 'submitted', 'changes_requested') "
               "AND (to_jsonb(NEW) - %5) IS DISTINCT FROM (to_jsonb(OLD) - %5) THEN "
               "RAISE EXCEPTION 'once approved, only its report may be changed by the student' "
               "USING ERRCODE = 'insufficient_privilege'; END IF; "
               "RETURN NEW; END $$")
               .arg(advisor, secretariat, allowedMoves(Role::Secretariat), allowedMoves(Role::Student), keep);
    for (const char* table : {"internships", "ters", "summer_schools"}) {
        out << QStringLiteral("DROP TRIGGER IF EXISTS interntrack_workflow_rights ON %1").arg(QLatin1String(table))
            << QStringLiteral("CREATE TRIGGER interntrack_workflow_rights BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION interntrack_workflow_rights()")
                   .arg(QLatin1String(table));
    }
    // Other people's changes reach open programs: NOTIFY interntrack_changes, "<table> <year row id> <uid>".
    out << QStringLiteral(
               "CREATE OR REPLACE FUNCTION interntrack_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN "
               "IF TG_OP = 'DELETE' THEN "
               "PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || (SELECT start_year FROM academic_years "
               "WHERE id = OLD.academic_year_id) || ' ' || OLD.uid); "
               "ELSE PERFORM pg_notify('%1', TG_TABLE_NAME || ' ' || (SELECT start_year FROM academic_years "
               "WHERE id = NEW.academic_year_id) || ' ' || NEW.uid); END IF; "
               "RETURN NULL; END $$")
               .arg(ServerSetup::changesChannel());
    for (const char* table : {"students", "internships", "ters", "summer_schools", "seminars"}) {
        out << QStringLiteral("DROP TRIGGER IF EXISTS interntrack_notify_change ON %1").arg(QLatin1String(table))
            << QStringLiteral("CREATE TRIGGER interntrack_notify_change AFTER INSERT OR UPDATE OR DELETE ON %1 "
                              "FOR EACH ROW EXECUTE FUNCTION interntrack_notify_change()")
                   .arg(QLatin1String(table));
    }
    return out;
}

} // namespace

QString ServerSetup::changesChannel()
{
    return QStringLiteral("interntrack_changes");
}

QString ServerSetup::roleName(Role role)
{
    return QStringLiteral("interntrack_") + roleCode(role);
}

Status ServerSetup::init(Database& db)
{
    if (!db.isOpen())
        return Status::failure(tr("No database is open."));
    if (!db.isServer())
        return Status::failure(
            tr("%1 is a database file: roles and rights are for a PostgreSQL database.").arg(db.path()));
    const QString doing = tr("Could not set up the roles and rights of %1").arg(db.path());
    Transaction tx(db);
    if (!tx.status())
        return Status::failure(doing + QStringLiteral(": ") + tx.status().error());
    QSqlQuery q(db.connection());
    for (const QString& statement : initStatements()) {
        if (!q.exec(statement))
            return StorageError::failure(q, doing);
    }
    if (Status s = tx.commit(); !s)
        return Status::failure(doing + QStringLiteral(": ") + s.error());
    qCInfo(lcStorage) << "set up the roles and rights of" << db.path();
    return {};
}

Status ServerSetup::addUser(Database& db, const QString& login, Role role, const QString& studentUid)
{
    if (!db.isOpen())
        return Status::failure(tr("No database is open."));
    if (!db.isServer())
        return Status::failure(tr("%1 is a database file: logins are for a PostgreSQL database.").arg(db.path()));
    static const QRegularExpression validLogin(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!validLogin.match(login).hasMatch() || login.startsWith(QLatin1String("pg_"))
        || login.startsWith(QLatin1String("interntrack_")))
        return Status::failure(tr("\"%1\" cannot be a login: use lower-case letters, digits, '_', '.' or '-', starting "
                                  "with a letter (at most 63).")
                                   .arg(login));
    if (role == Role::Student && studentUid.trimmed().isEmpty())
        return Status::failure(tr("A student's login is tied to the student: give the student's id."));
    if (role != Role::Student && !studentUid.isEmpty())
        return Status::failure(tr("Only a student's login is tied to a student."));
    const QString doing = tr("Could not add the login %1").arg(login);
    Transaction tx(db);
    if (!tx.status())
        return Status::failure(doing + QStringLiteral(": ") + tx.status().error());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return StorageError::failure(q, doing);
    const bool exists = q.value(0).toLongLong() > 0;
    q.finish();
    // Role names cannot be bound: the login was checked above, and is quoted all the same.
    if (!exists && !q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(login))))
        return StorageError::failure(q, doing);
    if (!q.exec(QStringLiteral("GRANT %1 TO %2").arg(roleName(role), quoted(login))))
        return StorageError::failure(q, doing);
    if (role == Role::Student) {
        q.prepare(QStringLiteral("UPDATE students SET login = ? WHERE uid = ?"));
        q.addBindValue(login);
        q.addBindValue(studentUid.trimmed());
        if (!q.exec())
            return StorageError::failure(q, doing);
        if (q.numRowsAffected() < 1)
            return Status::failure(
                tr("%1: there is no student \"%2\" in %3.").arg(doing, studentUid.trimmed(), db.path()));
    }
    return tx.commit();
}

Result<QString> ServerSetup::currentLogin(Database& db)
{
    if (!db.isOpen())
        return Result<QString>::failure(tr("No database is open."));
    if (!db.isServer())
        return Result<QString>::failure(
            tr("%1 is a database file: logins are for a PostgreSQL database.").arg(db.path()));
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return Result<QString>::failure(
            StorageError::describe(q.lastError(), tr("Could not ask %1 who the login is").arg(db.path())));
    return q.value(0).toString();
}

Result<Role> ServerSetup::loginRole(Database& db)
{
    const Result<QString> login = currentLogin(db);
    if (!login)
        return Result<Role>::failure(login.error());
    const QString doing = tr("Could not ask %1 the role of the login %2").arg(db.path(), login.value());
    QSqlQuery q(db.connection());
    // By the roles' oids, so that a role init() has not created yet is simply not one of the login's. A
    // superuser is a member of every role (and so an advisor); the owner of the database counts as one too.
    q.prepare(QStringLiteral("SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.rolname IN (?, ?, ?) "
                             "AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER') "
                             "UNION ALL SELECT ? FROM pg_catalog.pg_database d WHERE d.datname = current_database() "
                             "AND pg_catalog.pg_has_role(current_user, d.datdba, 'MEMBER')"));
    for (const Role role : {Role::Advisor, Role::Secretariat, Role::Student})
        q.addBindValue(roleName(role));
    q.addBindValue(roleName(Role::Advisor));
    if (!q.exec())
        return Result<Role>::failure(StorageError::describe(q.lastError(), doing));
    QStringList granted;
    while (q.next())
        granted.append(q.value(0).toString());
    for (const Role role : {Role::Advisor, Role::Secretariat, Role::Student}) {
        if (granted.contains(roleName(role)))
            return role;
    }
    return Result<Role>::failure(
        tr("Your login %1 is not an InternTrack user of %2: ask your administrator to run interntrack-cli db "
           "add-user.")
            .arg(login.value(), db.path()));
}

Result<QString> ServerSetup::loginStudent(Database& db)
{
    const Result<QString> login = currentLogin(db);
    if (!login)
        return Result<QString>::failure(login.error());
    const QString doing = tr("Could not ask %1 which student the login %2 is").arg(db.path(), login.value());
    QSqlQuery q(db.connection());
    // Before init() there is no column students.login, and so no student's login.
    q.prepare(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                             "AND table_name = ? AND column_name = ?"));
    q.addBindValue(QStringLiteral("students"));
    q.addBindValue(QStringLiteral("login"));
    if (!q.exec() || !q.next())
        return Result<QString>::failure(StorageError::describe(q.lastError(), doing));
    if (q.value(0).toLongLong() == 0)
        return QString();
    q.finish();
    // The same student in every academic year: one uid (addUser() ties one).
    if (!q.exec(QStringLiteral("SELECT DISTINCT uid FROM students WHERE login = current_user ORDER BY uid")))
        return Result<QString>::failure(StorageError::describe(q.lastError(), doing));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace interntrack

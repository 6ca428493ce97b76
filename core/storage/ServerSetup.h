#pragma once

#include "domain/Result.h"
#include "workflow/Role.h"

#include <QCoreApplication>
#include <QString>

namespace interntrack {

class Database;

/**
 * The shared use of a PostgreSQL database (ARCHITECTURE.md, "Storage"): each person logs in with their
 * own PostgreSQL login, a member of one of the roles interntrack_advisor, interntrack_secretariat and
 * interntrack_student. GRANTs give each role its rights, row-level security lets a student see and
 * change only their own rows (students.login = their login), and the server enforces both, whatever
 * program connects. Run by the database's owner (or a superuser); the program stores no password.
 */
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    /// The PostgreSQL role of a workflow role: "interntrack_advisor", "interntrack_secretariat", "interntrack_student".
    static QString roleName(Role role);

    /**
     * The channel of PostgreSQL's NOTIFY on which the server announces every change of an item (after init()):
     * the payload is "<table> <first calendar year of the academic year> <item id>", e.g. "internships 2025 i-4f2a…".
     */
    static QString changesChannel();

    /**
     * On an open PostgreSQL database (whose schema Database::open() created or upgraded): creates the
     * three roles when missing, the column students.login, the GRANTs, the row-level security policies
     * and the trigger that keeps grades to the advisors. In one transaction; running it again changes
     * nothing more (it redoes the same GRANTs and policies).
     */
    static Status init(Database& db);

    /**
     * Creates the login @p login (without a password: the administrator sets one, e.g. ALTER ROLE …
     * PASSWORD, or the server authenticates it otherwise) as a member of @p role, or adds an existing
     * login to the role. A student's login is tied to their rows: @p studentUid (students.uid) must
     * exist, in any academic year.
     */
    static Status addUser(Database& db, const QString& login, Role role, const QString& studentUid = {});

    /// The PostgreSQL login of the connection (current_user).
    static Result<QString> currentLogin(Database& db);

    /**
     * The workflow role the server gives the connection's login: the first of interntrack_advisor,
     * interntrack_secretariat and interntrack_student it is a member of. A superuser or the owner of the
     * database counts as an advisor. Fails with a message for a login that is none of these (and for a
     * database file: there, the user chooses their role).
     */
    static Result<Role> loginRole(Database& db);

    /// The student (students.uid) the connection's login is tied to by addUser(); empty when none.
    static Result<QString> loginStudent(Database& db);
};

} // namespace interntrack

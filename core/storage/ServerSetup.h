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
};

} // namespace interntrack

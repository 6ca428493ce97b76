#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace interntrack {

/// The numbered schema migrations: "NNN_what.sql" files, version NNN, from 1 without gaps.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Script
    {
        int version = 0;
        QString name; ///< the file name
        QString sql;
    };

    /// Reads the scripts of @p directory (a resource folder such as ":/interntrack/migrations").
    static Result<QList<Script>> load(const QString& directory);
    /// The highest version among the compiled-in SQLite scripts (the PostgreSQL ones, in "pg/", have the same numbers).
    static int latestVersion();
    /// Splits a script into statements at top-level semicolons (outside quotes, comments and
    /// CREATE TRIGGER … END bodies); drops comments-only pieces.
    static QStringList splitStatements(const QString& sql);
};

} // namespace interntrack

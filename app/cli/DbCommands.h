#pragma once

#include "CliSupport.h"

#include "domain/Result.h"
#include "io/CohortJson.h"

#include <QString>
#include <QStringList>

namespace interntrack::cli {

// The commands over a database (docs/CLI.md): each parses its own arguments (argv[0] is its name)
// and returns its exit status: 0 done, 2 bad input or failure (then nothing was written).
int runImport(const QStringList& arguments, const Streams& io);
int runExport(const QStringList& arguments, const Streams& io);
int runBackup(const QStringList& arguments, const Streams& io);
int runRestore(const QStringList& arguments, const Streams& io);
int runDemo(const QStringList& arguments, const Streams& io);
int runImportProposal(const QStringList& arguments, const Streams& io);
int runExportReply(const QStringList& arguments, const Streams& io);
/// `db init URL`, `db add-user URL LOGIN --role ROLE [--student ID]`: a shared PostgreSQL database's roles and rights.
int runDb(const QStringList& arguments, const Streams& io);

/**
 * What `check --db DB [--year YEAR]` checks: the academic year @p year ("2025-2026"; empty = the
 * latest in the database) of the database @p db, opened read-only. No "today" nor "stage": the
 * options or their defaults give them. @p programme: the programme in a database that holds several
 * (empty: the only one).
 */
Result<CheckInput> checkInputFromDatabase(const QString& db, const QString& year, const QString& programme = {});

} // namespace interntrack::cli

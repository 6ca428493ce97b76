#pragma once

#include "CliSupport.h"

#include <QStringList>

namespace interntrack::cli {

/**
 * `documents --db FILE [--year Y] [--kind K] [--format F] [--lang L] [--students ID,ID] [--today D] [-o DIR]`:
 * writes agreements, certificates, lists, a calendar (.ics) or reminders (.eml) of a year of a database
 * into DIR. Returns 0 when every file was written, 2 on bad input or a failure.
 */
int runDocuments(const QStringList& arguments, const Streams& io);

/// Whether the command line @p argv runs `documents`, which lays out text (QTextDocument, QPdfWriter) and so
/// needs a QGuiApplication rather than the QCoreApplication of the other commands.
bool needsGuiApplication(int argc, char* argv[]);

} // namespace interntrack::cli

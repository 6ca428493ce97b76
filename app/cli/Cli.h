#pragma once

#include <QStringList>

#include <cstdio>

namespace interntrack {

/// Runs interntrack-cli with @p arguments (argv[0] first), writing to @p out and @p err; returns the exit status.
int runCli(const QStringList& arguments, std::FILE* out, std::FILE* err);

} // namespace interntrack

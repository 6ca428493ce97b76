#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace interntrack::test {

/// What a run of a built program gave: its exit status (-1 when it crashed or hung) and its output.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString errText() const { return QString::fromUtf8(err); }
};

/// Runs @p program as a user would, optionally feeding @p input on standard input; kills it after @p timeoutMs.
CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                  int timeoutMs = 120000);

} // namespace interntrack::test

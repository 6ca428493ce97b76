#include "CliRunner.h"

#include <QProcess>

namespace interntrack::test {

CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(arguments);
    p.start();
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace interntrack::test

#include "CliSupport.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace interntrack::cli {

QString programName()
{
    return QStringLiteral("interntrack-cli");
}

QString versionText()
{
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral(INTERNTRACK_VERSION);
    return programName() + QLatin1Char(' ') + version + QLatin1Char('\n');
}

QString subcommandHelp(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    QString first = text.left(eol);
    const QStringList appArgs = QCoreApplication::arguments();
    const QString exe =
        appArgs.isEmpty() ? QCoreApplication::applicationName() : QFileInfo(appArgs.constFirst()).fileName();
    const qsizetype at = exe.isEmpty() ? -1 : first.indexOf(exe);
    if (at >= 0)
        first.replace(at, exe.size(), programName() + QLatin1Char(' ') + command);
    return first + text.mid(eol);
}

} // namespace interntrack::cli

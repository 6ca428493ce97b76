#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("interntrack-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("InternTrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INTERNTRACK_VERSION));
    return interntrack::runCli(QCoreApplication::arguments(), stdout, stderr);
}

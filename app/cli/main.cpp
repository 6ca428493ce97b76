#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("interntrack-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("InternTrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INTERNTRACK_VERSION));
    // The storage layer notes routine steps (a schema migrated…) at info level: not a command's output.
    // QT_LOGGING_RULES still wins.
    QLoggingCategory::setFilterRules(QStringLiteral("interntrack.storage.info=false"));
    // Messages are English by default, whatever the system locale, so that scripts see stable text; the
    // English catalogue gives the plural forms ("3 months"). INTERNTRACK_LANG=fr gives French messages.
    // Rule codes and JSON keys never change with the language.
    const QString language = qEnvironmentVariable("INTERNTRACK_LANG", QStringLiteral("en"));
    if (!interntrack::Translations::install(language))
        (void)interntrack::Translations::install(QStringLiteral("en"));
    return interntrack::runCli(QCoreApplication::arguments(), stdout, stderr);
}

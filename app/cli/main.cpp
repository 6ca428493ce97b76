#include "cli/Cli.h"
#include "cli/DocumentsCommand.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

int main(int argc, char* argv[])
{
    // "documents" lays text out (QTextDocument, QPdfWriter), which needs fonts, hence a QGuiApplication; every
    // other command keeps a QCoreApplication, which starts faster and needs no display. A QGuiApplication needs
    // a platform plugin: without QT_QPA_PLATFORM it would try the desktop's (xcb, wayland) and abort on a
    // server or in a cron job, so "offscreen" is chosen then; a platform the user set is kept.
    std::unique_ptr<QCoreApplication> app;
    if (interntrack::cli::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
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

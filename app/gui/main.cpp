// interntrack: the GUI. Argument parsing and wiring only; the window lives in interntrack_ui.
#include "MainWindow.h"
#include "RoleDialog.h"
#include "Settings.h"
#include "StudentWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <memory>

using namespace interntrack;

namespace {

// --help and --version must work where there is no display (a server, CI): they need no QApplication.
bool onlyPrintsText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String arg(argv[i]);
        if (arg == QLatin1String("--")) {
            break;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("--help-all")
            || arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            return true;
        }
    }
    return false;
}

// The value of --lang, looked up before the parser exists because the parser's own texts are translated.
QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            break;
        }
        if (arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) {
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        }
        if (arg.startsWith(QLatin1String("--lang="))) {
            return arg.mid(7);
        }
    }
    return {};
}

void printError(const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("interntrack: ") + message + QLatin1Char('\n')), stderr);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("InternTrack"));
    QCoreApplication::setApplicationName(QStringLiteral("InternTrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INTERNTRACK_VERSION));

    // --lang wins, then the language chosen in Settings, then the system locale. Resolved before the
    // application object exists, so that a bad --lang is reported even where there is no display.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i) {
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    }
    Settings settings;
    const QString requested = languageArgument(rawArguments);
    Result<QString> language = Translations::resolve(requested, QLocale::system());
    if (!language) {
        printError(language.error());
        return 2;
    }
    if (requested.isEmpty()) {
        const Result<QString> saved = Translations::resolve(settings.value(Settings::Language), QLocale::system());
        if (saved) {
            language = saved;
        }
    }

    const bool textOnly = onlyPrintsText(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (textOnly) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setApplicationDisplayName(QStringLiteral("InternTrack"));
    }
    if (const Status installed = Translations::install(language.value()); !installed) {
        printError(installed.error());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiMain", "InternTrack: the internships and research projects (TER) of a master's programme."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("GuiMain",
                                    "Interface language: %1 (default: the one chosen in Settings, else the system's).")
            .arg(Translations::available().join(QStringLiteral(", "))),
        QCoreApplication::translate("GuiMain", "code"));
    parser.addOption(langOption);
    const QCommandLineOption studentOption(
        QStringLiteral("student"),
        QCoreApplication::translate("GuiMain", "Student mode: write your own proposals in your personal file (.%1) "
                                               "and send them to the advisor; no database needed.")
            .arg(QStringLiteral("interntrack-student")));
    parser.addOption(studentOption);
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QCoreApplication::translate("GuiMain", "The database file to open (in student "
                                                                        "mode: your personal file)."),
                                 QStringLiteral("[database]"));
    parser.process(*app); // prints --help / --version / usage errors and exits
    if (textOnly) {
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(QCoreApplication::translate("GuiMain", "Give at most one database file."));
        return 2;
    }

    const auto installLanguage = [](const QString& code) {
        const Result<QString> chosen = Translations::resolve(code, QLocale::system());
        if (chosen) {
            (void)Translations::install(chosen.value());
        }
    };
    // Student mode: asked for, chosen before, or chosen now at the first start.
    constexpr bool offerStudent = true;
    bool studentMode = parser.isSet(studentOption) || settings.value(Settings::Role) == roleCode(Role::Student);
    bool roleAsked = false;
    if (!studentMode && settings.value(Settings::Role).isEmpty()) {
        roleAsked = true;
        RoleDialog dialog(Role::Advisor, qEnvironmentVariable("USER"), nullptr, offerStudent);
        if (dialog.exec() == QDialog::Accepted) {
            settings.setValue(Settings::Role, roleCode(dialog.role()));
            if (dialog.role() != Role::Student) {
                settings.setValue(Settings::UserName, dialog.name());
            }
            studentMode = dialog.role() == Role::Student;
        }
    }
    if (studentMode) {
        StudentWindow window(settings);
        QObject::connect(&window, &StudentWindow::languageChosen, &window, installLanguage);
        window.show();
        window.start(positional.value(0));
        return app->exec();
    }

    MainWindow window(settings);
    QObject::connect(&window, &MainWindow::languageChosen, &window, installLanguage);
    window.show();
    if (!roleAsked) {
        window.ensureRoleChosen();
    }
    if (!positional.isEmpty()) {
        window.openDatabase(positional.first());
    } else if (const QString last = settings.value(Settings::LastDatabase); QFileInfo(last).isFile()) {
        window.openDatabase(last, true);
    }
    return app->exec();
}

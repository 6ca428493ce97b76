#include "Cli.h"
#include "CliSupport.h"
#include "DbCommands.h"
#include "DocumentsCommand.h"

#include "io/CheckResultJson.h"
#include "io/CohortJson.h"
#include "rules/Checker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <array>

namespace interntrack {

using namespace cli;

namespace {

// Off by default; QT_LOGGING_RULES="interntrack.cli.debug=true" shows where the time of a command goes.
Q_LOGGING_CATEGORY(lcCli, "interntrack.cli", QtInfoMsg)

// A cohort of a few thousand items is a few MB; far more is a wrong file, not a cohort.
constexpr qint64 kMaxInputBytes = 256LL * 1024 * 1024;

int runCheck(const QStringList& arguments, const Streams& io);

const std::array<Command, 10>& commands()
{
    static const std::array<Command, 10> table = {{
        {"check",
         QT_TRANSLATE_NOOP("Cli", "Check a cohort given as JSON against the rules; print the findings as JSON."),
         &runCheck},
        {"import", QT_TRANSLATE_NOOP("Cli", "Import a list (students, internships…) from CSV or JSON into a database."),
         &runImport},
        {"export", QT_TRANSLATE_NOOP("Cli", "Export a list of a database as CSV or JSON."), &runExport},
        {"backup", QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of a database."), &runBackup},
        {"restore", QT_TRANSLATE_NOOP("Cli", "Replace the contents of a database by those of a backup."), &runRestore},
        {"demo", QT_TRANSLATE_NOOP("Cli", "Create the realistic demo database."), &runDemo},
        {"documents", QT_TRANSLATE_NOOP("Cli", "Write agreements, certificates, lists, a calendar or reminders."),
         &runDocuments},
        {"import-proposal", QT_TRANSLATE_NOOP("Cli", "Import students' proposal files into a database."),
         &runImportProposal},
        {"export-reply", QT_TRANSLATE_NOOP("Cli", "Write the advisor's decision on a proposal as a reply file."),
         &runExportReply},
        {"db",
         QT_TRANSLATE_NOOP("Cli", "Set up a shared PostgreSQL database (its schema, roles, rights and "
                                  "logins), or copy a database to a server and back."),
         &runDb},
    }};
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

QString mainUsage(const QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + Tr::tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : commands())
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(c.name), -15).arg(Tr::tr(c.summary));
    text += QLatin1Char('\n') + Tr::tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(programName())
            + QLatin1Char('\n');
    return text;
}

// ---------------------------------------------------------------------------------------------
// check

QString ruleCodesText()
{
    QString text;
    QString line = QStringLiteral("   ");
    for (const RuleInfo& info : ruleCatalogue()) {
        const QString code = QLatin1Char(' ') + QLatin1String(info.code);
        if (line.size() + code.size() > 78) {
            text += line + QLatin1Char('\n');
            line = QStringLiteral("   ");
        }
        line += code;
    }
    return text + line;
}

QString checkDescription()
{
    return Tr::tr("Checks a cohort against the programme's rules and prints the findings as JSON.\n"
                  "\n"
                  "Input: FILE.json, or - for standard input (the format is specified in docs/CLI.md):\n"
                  "  {\"academic_year\": \"2025-2026\", \"today\": \"2026-01-15\", \"stage\": \"proposal\",\n"
                  "   \"rules\": {…}, \"students\": [{\"id\", \"name\", \"email\"…}],\n"
                  "   \"internships\": [{\"id\", \"student\", \"host\", \"start\", \"end\", \"weekly_hours\",\n"
                  "                    \"work_days\", \"absences\", \"submitted\", \"signatures\",\n"
                  "                    \"gratification\", \"previous_summer\", \"proof\", \"report_pages\",\n"
                  "                    \"overrides\"…}],\n"
                  "   \"ters\": [{\"id\", \"students\", \"kind\", \"subject\", \"capacity\", \"lab\", \"start\",\n"
                  "             \"end\", \"weekly_hours\", \"paid\", \"report_pages\", \"grade\"…}],\n"
                  "   \"summer_schools\": [{\"id\", \"student\", \"name\", \"proposed\", \"start\", \"end\",\n"
                  "                       \"full_time_days\", \"report_pages\", \"report_links\"…}],\n"
                  "   \"seminars\": [{\"id\", \"student\", \"title\", \"date\", \"paragraph\"…}]}\n"
                  "  Dates are YYYY-MM-DD; omitted optional fields take their defaults. Unknown keys,\n"
                  "  unknown or duplicate ids, bad dates or codes, an end before its start, negative\n"
                  "  hours or amounts are bad input. \"rules\" overrides defaults of the rule set by\n"
                  "  key, e.g. {\"internship_min_weeks\": 8}; --help-rules lists every key.\n"
                  "  --today (default: the input's \"today\", else the system date) and --stage\n"
                  "  (default: the input's \"stage\", else proposal) win over the input.\n"
                  "  Or --db FILE: an academic year of a database (--year; default: the latest there).\n"
                  "\n"
                  "Output (standard output), one JSON object:\n"
                  "  {\"findings\": [{\"subject\", \"student\", \"rule\", \"severity\", \"message\",\n"
                  "                 \"overridden\"}],\n"
                  "   \"internships\": {ID: {\"counted_start\", \"scheduled_days\", \"presence_days\",\n"
                  "                        \"presence_hours\", \"fte_weeks\", \"gratification_required\",\n"
                  "                        \"gratification_min_eur\"}},\n"
                  "   \"students\": {ID: {\"complete\", \"missing\"}}}\n"
                  "  Days are integers; hours, weeks and euros are rounded to 2 decimals. \"rule\" is a\n"
                  "  code of docs/RULES.md:\n"
                  "%1\n"
                  "\n"
                  "Exit status:\n"
                  "  0  no error finding remains that is not overridden\n"
                  "  1  at least one error finding is not overridden\n"
                  "  2  bad input or usage: nothing on standard output; standard error says what is\n"
                  "     wrong and where, as a path into the input (internships[0].start: …)")
        .arg(ruleCodesText());
}

/// The rule set's keys and defaults as JSON, one key per line, ready to paste into "rules".
QString rulesHelpText(const RuleSet& rules)
{
    const QJsonObject json = rules.toJson();
    QString text = QStringLiteral("{\n");
    const QStringList keys = json.keys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        // QJsonDocument holds only containers: wrap the value and strip the brackets.
        const QByteArray wrapped = QJsonDocument(QJsonArray{json.value(keys.at(i))}).toJson(QJsonDocument::Compact);
        text += QStringLiteral("  \"") + keys.at(i) + QStringLiteral("\": ")
                + QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2))
                + (i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n"));
    }
    return text + QStringLiteral("}\n");
}

std::optional<QDate> parseDateOption(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

/// Reads FILE, or standard input for "-"; fails with "<file>: <why>".
Result<QByteArray> readInput(const QString& fileName)
{
    QFile file;
    const QString shownName = fileName == QLatin1String("-") ? Tr::tr("(standard input)") : fileName;
    bool opened = false;
    if (fileName == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        if (QFileInfo(fileName).isDir())
            return Result<QByteArray>::failure(Tr::tr("%1: is a directory, not a JSON file").arg(shownName));
        file.setFileName(fileName);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Result<QByteArray>::failure(Tr::tr("%1: cannot be read: %2").arg(shownName, file.errorString()));
    QByteArray data = file.read(kMaxInputBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(Tr::tr("%1: cannot be read: %2").arg(shownName, file.errorString()));
    if (data.size() > kMaxInputBytes)
        return Result<QByteArray>::failure(
            Tr::tr("%1: is larger than %2 MB, which is no cohort").arg(shownName).arg(kMaxInputBytes / (1024 * 1024)));
    return data;
}

int runCheck(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(checkDescription());
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Tr::tr("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Tr::tr("Show the version and exit."));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         Tr::tr("The date the check is made (default: the input's \"today\", "
                                                "else the system date)."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption stageOption(QStringLiteral("stage"),
                                         Tr::tr("proposal checks the plan; validation also the deliverables "
                                                "(proof, reports, grades); close also whether each student "
                                                "completed the year; current checks each item at the stage its "
                                                "progress calls for (default: the input's \"stage\", else "
                                                "proposal)."),
                                         QStringLiteral("proposal|validation|close|current"));
    const QCommandLineOption prettyOption(QStringLiteral("pretty"), Tr::tr("Indent the JSON output."));
    const QCommandLineOption helpRulesOption(
        QStringLiteral("help-rules"),
        Tr::tr("Print the keys of \"rules\" with their Paris-Saclay M1 defaults (for the academic year of "
               "--today, else of the system date), one per line, and exit."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Tr::tr("Check a year of this database instead of a FILE.json: a file, or a "
                                             "postgresql://login@host/database URL."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        Tr::tr("With --db: the academic year to check (default: the latest in the "
                                               "database)."),
                                        QStringLiteral("YYYY-YYYY"));
    const QCommandLineOption programmeOption(QStringLiteral("programme"),
                                             Tr::tr("With --db: the programme, in a database that holds several (e.g. "
                                                    "imperial-msc-ai; default: the only one)."),
                                             QStringLiteral("KEY"));
    parser.addOptions({helpOption, versionOption, todayOption, stageOption, prettyOption, helpRulesOption, dbOption,
                       yearOption, programmeOption});
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The cohort as JSON, or - for standard input."),
                                 QStringLiteral("FILE.json|-"));

    if (!parser.parse(arguments)) {
        io.error(parser.errorText());
        io.errorRaw(Tr::tr("Run \"%1 check --help\" for usage.").arg(programName()) + QLatin1Char('\n'));
        return kExitBadInput;
    }
    if (parser.isSet(helpOption)) {
        io.out(subcommandHelp(parser, command));
        return kExitOk;
    }
    if (parser.isSet(versionOption)) {
        io.out(versionText());
        return kExitOk;
    }

    std::optional<QDate> today;
    if (parser.isSet(todayOption)) {
        today = parseDateOption(parser.value(todayOption));
        if (!today) {
            io.error(Tr::tr("--today: \"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(todayOption)));
            return kExitBadInput;
        }
    }
    std::optional<Stage> stage;
    if (parser.isSet(stageOption)) {
        stage = stageFromCode(parser.value(stageOption));
        if (!stage) {
            io.error(Tr::tr("--stage: \"%1\" is not one of proposal, validation, close, current")
                         .arg(parser.value(stageOption)));
            return kExitBadInput;
        }
    }

    if (parser.isSet(helpRulesOption)) {
        // The clock is read here, in the CLI, and nowhere in core.
        const QDate when = today.value_or(QDate::currentDate());
        io.out(rulesHelpText(RuleSet::parisSaclayM1(AcademicYear::containing(when))));
        return kExitOk;
    }

    const QStringList files = parser.positionalArguments();
    const bool fromDb = parser.isSet(dbOption);
    if (files.size() != (fromDb ? 0 : 1) || (!fromDb && (parser.isSet(yearOption) || parser.isSet(programmeOption)))) {
        io.error(fromDb              ? Tr::tr("check --db takes no FILE.json")
                 : files.size() == 1 ? Tr::tr("--year and --programme go with --db")
                 : files.isEmpty()   ? Tr::tr("check needs a FILE.json (or - for standard input)")
                                     : Tr::tr("check takes one FILE.json, not %1").arg(files.size()));
        io.errorRaw(Tr::tr("Run \"%1 check --help\" for usage.").arg(programName()) + QLatin1Char('\n'));
        return kExitBadInput;
    }

    QElapsedTimer timer;
    timer.start();
    Result<QByteArray> data = fromDb ? Result<QByteArray>(QByteArray()) : readInput(files.constFirst());
    if (!data) {
        io.error(data.error());
        return kExitBadInput;
    }
    const qint64 readMs = timer.restart();
    const qsizetype inputBytes = data->size();
    const Result<CheckInput> input =
        fromDb ? checkInputFromDatabase(parser.value(dbOption), parser.value(yearOption), parser.value(programmeOption))
               : readCheckInput(std::move(data.value()));
    if (!input) {
        io.error(input.error());
        return kExitBadInput;
    }
    const qint64 parseMs = timer.restart();

    const QDate checkDate = today.value_or(input->today.isValid() ? input->today : QDate::currentDate());
    const Stage checkStage = stage.value_or(input->stage.value_or(Stage::Proposal));
    const Checker checker(input->cohort.rules);
    const CheckResult result = checker.check(input->cohort, checkDate, checkStage);
    const qint64 checkMs = timer.restart();

    // Written as it is made: the result of a large cohort is ~100 MB.
    QFile out;
    Status written = out.open(io.outFile(), QIODevice::WriteOnly)
                         ? writeCheckResultJson(out, result, input->cohort,
                                                parser.isSet(prettyOption) ? JsonStyle::Indented : JsonStyle::Compact)
                         : Status::failure(Tr::tr("cannot write the result: %1").arg(out.errorString()));
    if (written && !out.flush())
        written = Status::failure(Tr::tr("cannot write the result: %1").arg(out.errorString()));
    if (!written) {
        io.error(written.error());
        return kExitBadInput;
    }
    qCDebug(lcCli,
            "check: read %lld bytes in %lld ms, parsed in %lld ms, checked in %lld ms (%lld findings), "
            "wrote the result in %lld ms",
            qint64(inputBytes), readMs, parseMs, checkMs, qint64(result.findings.size()), timer.elapsed());
    return result.hasBlockingError() ? kExitFindings : kExitOk;
}

} // namespace

int runCli(const QStringList& arguments, std::FILE* out, std::FILE* err)
{
    const Streams io(out, err);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("InternTrack on the command line: checks, imports and exports of a master's programme's "
               "internships and research projects (TER)."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Tr::tr("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Tr::tr("Show the version and exit."));
    parser.addOptions({helpOption, versionOption});
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run (see below)."),
                                 QStringLiteral("COMMAND [ARGUMENTS]"));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(arguments)) {
        io.error(parser.errorText());
        io.errorRaw(mainUsage(parser));
        return kExitBadInput;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(helpOption)) {
        io.out(mainUsage(parser));
        return kExitOk;
    }
    if (parser.isSet(versionOption)) {
        io.out(versionText());
        return kExitOk;
    }
    if (rest.isEmpty()) {
        io.error(Tr::tr("no command given"));
        io.errorRaw(mainUsage(parser));
        return kExitBadInput;
    }

    QString name = rest.constFirst();
    QStringList commandArguments = rest;
    if (name == QLatin1String("help")) {
        // "help" alone is --help; "help COMMAND" is "COMMAND --help".
        if (rest.size() == 1) {
            io.out(mainUsage(parser));
            return kExitOk;
        }
        name = rest.at(1);
        commandArguments = {name, QStringLiteral("--help")};
    }
    const Command* command = findCommand(name);
    if (!command) {
        io.error(Tr::tr("unknown command \"%1\"").arg(name));
        io.errorRaw(mainUsage(parser));
        return kExitBadInput;
    }
    // The command's parser skips its first argument as the program name: give it the command's name.
    commandArguments.first() = programName() + QLatin1Char(' ') + name;
    return command->run(commandArguments, io);
}

} // namespace interntrack

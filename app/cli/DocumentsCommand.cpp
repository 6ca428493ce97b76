#include "DocumentsCommand.h"

#include "DbCommands.h"

#include "documents/CalendarExport.h"
#include "documents/DocumentBatch.h"
#include "documents/ListExport.h"
#include "documents/Reminders.h"
#include "domain/ProfileLabels.h"
#include "i18n/Translations.h"
#include "rules/Checker.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cstring>

namespace interntrack::cli {

namespace {

QString documentsDescription()
{
    return Tr::tr("Writes documents of an academic year of a database into a folder, one file each:\n"
                  "  agreements    the internship agreements (pdf or odt; default pdf), only where French\n"
                  "                internship law applies (the year's programme profile says whether)\n"
                  "  certificates  the internship certificates (pdf or odt; default pdf)\n"
                  "  lists         where each student stands, the deliverables still owed and the TER\n"
                  "                grades (csv or pdf; default csv: UTF-8 with a BOM, \";\" and a decimal\n"
                  "                comma, or \",\" and a decimal point with --delimiter ',')\n"
                  "  calendar      every deadline as an all-day event, in one iCalendar file (.ics)\n"
                  "  reminders     one e-mail draft (.eml) per student who still owes something\n"
                  "The folder is created when it does not exist. Each file written is named on standard\n"
                  "error, then a summary.\n"
                  "\n"
                  "Exit status:\n"
                  "  0  every file was written\n"
                  "  2  bad input or a failure: standard error says what is wrong");
}

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

/// Installs @p language for as long as it lives, then the language installed before.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language)
        : m_previous(Translations::current())
    {
        if (!language.isEmpty() && language != m_previous)
            m_switched = bool(Translations::install(language));
    }
    ~ScopedLanguage()
    {
        if (m_switched && !m_previous.isEmpty())
            (void)Translations::install(m_previous);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QString m_previous;
    bool m_switched = false;
};

} // namespace

bool needsGuiApplication(int argc, char* argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "documents") != 0)
        return false;
    // Its help and version print text only.
    for (int i = 2; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return false;
        }
    }
    return true;
}

int runDocuments(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("documents");
    QCommandLineParser parser;
    parser.setApplicationDescription(documentsDescription());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Tr::tr("Show the version and exit."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Tr::tr("The database: an InternTrack database file, or a "
                                             "postgresql://login@host/database URL."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        Tr::tr("The academic year (default: the latest in the database)."),
                                        QStringLiteral("YYYY-YYYY"));
    const QCommandLineOption programmeOption(QStringLiteral("programme"),
                                             Tr::tr("The programme, in a database that holds several (e.g. "
                                                    "imperial-msc-ai; default: the only one)."),
                                             QStringLiteral("KEY"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), Tr::tr("What to write (default: agreements)."),
                                        QStringLiteral("agreements|certificates|lists|calendar|reminders"),
                                        QStringLiteral("agreements"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("The file format: pdf or odt for agreements and certificates, csv or "
                                                 "pdf for lists."),
                                          QStringLiteral("pdf|odt|csv"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             Tr::tr("With lists as CSV: ';' (the default, with ',' as decimal "
                                                    "separator) or ','."),
                                             QStringLiteral("';'|','"), QStringLiteral(";"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("The language of the documents (default: en)."),
                                        QStringLiteral("fr|en"), QStringLiteral("en"));
    const QCommandLineOption studentsOption(QStringLiteral("students"),
                                            Tr::tr("Only these students, by id, separated by commas (default: every "
                                                   "student of the year)."),
                                            QStringLiteral("ID,ID"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         Tr::tr("The date the documents are made (default: the system date)."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption advisorOption(QStringLiteral("advisor"),
                                           Tr::tr("The advisor's name on agreements and under reminders."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("The folder to write into (default: the current folder)."),
                                          QStringLiteral("DIR"), QStringLiteral("."));
    parser.addOptions({help, version, dbOption, yearOption, programmeOption, kindOption, formatOption, delimiterOption,
                       langOption, studentsOption, todayOption, advisorOption, outputOption});

    const auto usageHint = [&io, &command] {
        io.errorRaw(Tr::tr("Run \"%1 %2 --help\" for usage.").arg(programName(), command) + QLatin1Char('\n'));
    };
    if (!parser.parse(arguments)) {
        io.error(parser.errorText());
        usageHint();
        return kExitBadInput;
    }
    if (parser.isSet(help)) {
        io.out(subcommandHelp(parser, command));
        return kExitOk;
    }
    if (parser.isSet(version)) {
        io.out(versionText());
        return kExitOk;
    }
    if (!parser.isSet(dbOption)) {
        io.error(Tr::tr("%1 needs --db FILE").arg(command));
        usageHint();
        return kExitBadInput;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.error(
            Tr::tr("usage: %1 %2")
                .arg(programName() + QLatin1Char(' ') + command, QStringLiteral("--db FILE [--kind KIND] [-o DIR]")));
        usageHint();
        return kExitBadInput;
    }

    const QString kind = parser.value(kindOption);
    const QStringList kinds = {QStringLiteral("agreements"), QStringLiteral("certificates"), QStringLiteral("lists"),
                               QStringLiteral("calendar"), QStringLiteral("reminders")};
    if (!kinds.contains(kind)) {
        io.error(Tr::tr("--kind: \"%1\" is not one of %2").arg(kind, kinds.join(QStringLiteral(", "))));
        return kExitBadInput;
    }
    const bool batch = kind == QLatin1String("agreements") || kind == QLatin1String("certificates");
    const bool lists = kind == QLatin1String("lists");
    const QString format = parser.value(formatOption).toLower();
    if (parser.isSet(formatOption)) {
        const QStringList allowed = batch   ? QStringList{QStringLiteral("pdf"), QStringLiteral("odt")}
                                    : lists ? QStringList{QStringLiteral("csv"), QStringLiteral("pdf")}
                                            : QStringList();
        if (!allowed.contains(format)) {
            io.error(allowed.isEmpty()
                         ? Tr::tr("--format does not go with --kind %1").arg(kind)
                         : Tr::tr("--format: \"%1\" is not one of %2 for %3")
                               .arg(parser.value(formatOption), allowed.join(QStringLiteral(", ")), kind));
            return kExitBadInput;
        }
    }
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter != QLatin1String(";") && delimiter != QLatin1String(",")) {
        io.error(Tr::tr("--delimiter: \"%1\" is not ';' or ','").arg(delimiter));
        return kExitBadInput;
    }
    if (parser.isSet(delimiterOption) && !(lists && format != QLatin1String("pdf"))) {
        io.error(Tr::tr("--delimiter goes with --kind lists as CSV"));
        return kExitBadInput;
    }
    const Result<QString> language = Translations::resolve(parser.value(langOption), QLocale::c());
    if (!language) {
        io.error(QStringLiteral("--lang: ") + language.error());
        return kExitBadInput;
    }
    QDate today = QDate::currentDate(); // the clock is read here, never in core
    if (parser.isSet(todayOption)) {
        const std::optional<QDate> d = parseDate(parser.value(todayOption));
        if (!d) {
            io.error(Tr::tr("--today: \"%1\" is not a date (YYYY-MM-DD)").arg(parser.value(todayOption)));
            return kExitBadInput;
        }
        today = *d;
    }

    const Result<CheckInput> input =
        checkInputFromDatabase(parser.value(dbOption), parser.value(yearOption), parser.value(programmeOption));
    if (!input) {
        io.error(input.error());
        return kExitBadInput;
    }
    const Cohort& cohort = input->cohort;
    // A convention de stage exists only under French internship law (not at Imperial nor at Montréal).
    if (kind == QLatin1String("agreements") && !agreementsApply(cohort.rules)) {
        io.error(Tr::tr("--kind agreements: %1").arg(ProfileLabels::noAgreementsReason(cohort.rules)));
        return kExitBadInput;
    }

    QStringList studentIds;
    if (parser.isSet(studentsOption)) {
        QSet<QString> known;
        for (const Student& s : cohort.students)
            known.insert(s.id);
        for (const QString& part : parser.value(studentsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!known.contains(id)) {
                io.error(Tr::tr("--students: \"%1\" is not a student of %2").arg(id, cohort.year().toString()));
                return kExitBadInput;
            }
            if (!studentIds.contains(id))
                studentIds.append(id);
        }
        if (studentIds.isEmpty()) {
            io.error(Tr::tr("--students: give at least one student id"));
            return kExitBadInput;
        }
    }
    const auto selected = [&studentIds](const QString& id) { return studentIds.isEmpty() || studentIds.contains(id); };

    // The folder: created when missing; anything else that stops writing there is reported before any file is made.
    const QString folder = parser.value(outputOption);
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder)) {
        // checkFolder() says why (a file in the way, no right to write in the parent…).
        const Status why = DocumentWriter::checkFolder(folder);
        io.error(why ? Tr::tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(folder))
                     : why.error());
        return kExitBadInput;
    }
    if (Status s = DocumentWriter::checkFolder(folder); !s) {
        io.error(s.error());
        return kExitBadInput;
    }

    const CheckResult result = Checker(cohort.rules).check(cohort, today, Stage::Current);
    QStringList written;
    const auto wrote = [&io, &written](const QString& path) {
        written.append(path);
        io.errorRaw(Tr::tr("wrote %1").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n'));
    };

    if (batch) {
        QStringList internshipIds;
        for (const Internship& i : cohort.internships) {
            if (selected(i.studentId) && i.state != WorkflowState::Rejected && i.state != WorkflowState::Cancelled)
                internshipIds.append(i.id);
        }
        const DocumentFormat documentFormat =
            format == QLatin1String("odt") ? DocumentFormat::Odt : DocumentFormat::Pdf;
        const Result<DocumentBatchResult> done =
            kind == QLatin1String("agreements")
                ? DocumentBatch::writeAgreements(cohort, result.internships, internshipIds, folder, documentFormat,
                                                 language.value(), parser.value(advisorOption))
                : DocumentBatch::writeCertificates(cohort, result.internships, internshipIds, folder, documentFormat,
                                                   language.value());
        if (!done) {
            io.error(done.error());
            return kExitBadInput;
        }
        for (const QString& path : done->written)
            wrote(path);
    } else if (lists) {
        QList<std::pair<QString, ExportTable>> tables;
        {
            // Lists and calendars speak the application's language: the documents' for as long as they are made.
            const ScopedLanguage scope(language.value());
            tables = {{QStringLiteral("students-status"), ListExport::studentStatus(cohort, result, studentIds)},
                      {QStringLiteral("deliverables-owed"), ListExport::deliverablesOwed(cohort, studentIds, today)},
                      {QStringLiteral("ter-grades"), ListExport::terGrades(cohort, studentIds)}};
        }
        const bool pdf = format == QLatin1String("pdf");
        CsvFormat csv;
        csv.delimiter = delimiter == QLatin1String(",") ? ',' : ';';
        const QChar decimal = language.value() == QLatin1String("fr") ? QLatin1Char(',') : QLatin1Char('.');
        for (const auto& [name, table] : tables) {
            const QString path = QDir(folder).filePath(name + QLatin1Char('-') + cohort.year().toString()
                                                       + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")));
            const Status s = pdf ? ListExport::writePdf(table, path, decimal) : ListExport::writeCsv(table, path, csv);
            if (!s) {
                io.error(s.error());
                return kExitBadInput;
            }
            wrote(path);
        }
    } else if (kind == QLatin1String("calendar")) {
        QByteArray ics;
        {
            const ScopedLanguage scope(language.value());
            ics = CalendarExport::calendarIcs(cohort, result.internships, studentIds, today);
        }
        const QString path = QDir(folder).filePath(QStringLiteral("deadlines-%1.ics").arg(cohort.year().toString()));
        if (Status s = DocumentWriter::saveFile(ics, path); !s) {
            io.error(s.error());
            return kExitBadInput;
        }
        wrote(path);
    } else {
        const QList<EmailDraft> drafts =
            Reminders::drafts(cohort, studentIds, today, language.value(), parser.value(advisorOption));
        const Result<QStringList> done = Reminders::writeEml(cohort, drafts, folder);
        if (!done) {
            io.error(done.error());
            return kExitBadInput;
        }
        for (const QString& path : done.value())
            wrote(path);
    }
    io.errorRaw(Tr::tr("%n file(s) written to %1", nullptr, int(written.size())).arg(QDir::toNativeSeparators(folder))
                + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace interntrack::cli

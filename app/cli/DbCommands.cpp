#include "DbCommands.h"

#include "demo/DemoCohort.h"
#include "domain/Profiles.h"
#include "io/CsvErrors.h"
#include "io/CsvMapping.h"
#include "io/ItemListJson.h"
#include "io/ProposalFile.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseCopy.h"
#include "storage/ProposalImport.h"
#include "storage/ServerSetup.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPair>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace interntrack::cli {

namespace {

// A CSV of 100,000 internships is about 30 MB: far more is a wrong file, not a list.
constexpr qint64 kMaxImportBytes = 1024LL * 1024 * 1024;

/// The options the database commands share.
struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, Tr::tr("Show the version and exit.")};
    QCommandLineOption db{QStringLiteral("db"),
                          Tr::tr("The database: an InternTrack database file, or a shared one's "
                                 "postgresql://login@host/database (the password from PGPASSWORD or ~/.pgpass)."),
                          QStringLiteral("FILE")};
    QCommandLineOption year{QStringLiteral("year"), Tr::tr("The academic year (default: the latest in the database)."),
                            QStringLiteral("YYYY-YYYY")};
    QCommandLineOption programme{QStringLiteral("programme"),
                                 Tr::tr("The programme, in a database that holds several (e.g. imperial-msc-ai; "
                                        "default: the only one)."),
                                 QStringLiteral("KEY")};
    QCommandLineOption actor{QStringLiteral("actor"),
                             Tr::tr("Who makes the change, as the audit log records it (default: your login name)."),
                             QStringLiteral("NAME")};
};

void usageHint(const Streams& io, const QString& command)
{
    io.errorRaw(Tr::tr("Run \"%1 %2 --help\" for usage.").arg(programName(), command) + QLatin1Char('\n'));
}

/// Parses @p arguments and answers --help and --version; an exit status when the command ends here.
std::optional<int> parseCommon(QCommandLineParser& parser, const QStringList& arguments, const Streams& io,
                               const QString& command, const Options& o)
{
    if (!parser.parse(arguments)) {
        io.error(parser.errorText());
        usageHint(io, command);
        return kExitBadInput;
    }
    if (parser.isSet(o.help)) {
        io.out(subcommandHelp(parser, command));
        return kExitOk;
    }
    if (parser.isSet(o.version)) {
        io.out(versionText());
        return kExitOk;
    }
    return std::nullopt;
}

/// parseCommon(), then --db and the number of positional arguments; an exit status when the command ends here.
std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& arguments, const Streams& io,
                                  const QString& command, const Options& o, qsizetype positionals, const QString& usage)
{
    if (const std::optional<int> done = parseCommon(parser, arguments, io, command, o))
        return done;
    if (!parser.isSet(o.db)) {
        io.error(Tr::tr("%1 needs --db FILE").arg(command));
        usageHint(io, command);
        return kExitBadInput;
    }
    if (parser.positionalArguments().size() != positionals) {
        io.error(Tr::tr("usage: %1 %2").arg(programName() + QLatin1Char(' ') + command, usage));
        usageHint(io, command);
        return kExitBadInput;
    }
    return std::nullopt;
}

enum class Server {
    Allowed, ///< the command works on a shared PostgreSQL database too
    Refused, ///< a file's command (backup, restore, demo): a server has its own tools
};

/**
 * The database --db names: a file, or (@p server allowed) a postgresql:// URL, whose password comes from libpq
 * (PGPASSWORD, ~/.pgpass) or the URL. A URL's text may hold a password: it is never repeated in a message (see
 * shown()).
 */
Result<QString> databaseFile(const QString& value, Server server = Server::Allowed)
{
    if (Database::isServerUrl(value)) {
        if (server == Server::Refused)
            return Result<QString>::failure(
                Tr::tr("--db: this command works on a database file; a PostgreSQL database is backed up and "
                       "restored with pg_dump and pg_restore, and filled from a file with \"db copy\""));
        return value;
    }
    if (value.isEmpty() || value == QLatin1String("-"))
        return Result<QString>::failure(Tr::tr("--db: give the path of a database file or a postgresql:// URL"));
    return value;
}

/// How a message names the database --db gave: a URL without its password.
QString shown(const QString& path)
{
    return Database::isServerUrl(path) ? Database::displayName(path) : path;
}

Result<AcademicYear> parseYear(const QString& text)
{
    const std::optional<AcademicYear> year = AcademicYear::parse(text);
    if (!year || !year->isValid())
        return Result<AcademicYear>::failure(
            Tr::tr("--year: \"%1\" is not an academic year YYYY-YYYY, e.g. 2025-2026").arg(text));
    return *year;
}

/// The year --year names, else the latest of the database.
Result<AcademicYear> chosenYear(const CohortRepository& repo, const QString& option, const QString& path)
{
    if (!option.isEmpty())
        return parseYear(option);
    const Result<QList<AcademicYear>> years = repo.academicYears();
    if (!years)
        return Result<AcademicYear>::failure(years.error());
    if (years->isEmpty())
        return Result<AcademicYear>::failure(Tr::tr("%1 holds no academic year yet").arg(path));
    return years->constLast(); // sorted by start year
}

/// Opens @p path; with @p programme, on that programme of the database, which must hold it.
Status openDatabase(Database& db, const QString& path, bool readOnly, bool create, const QString& programme = {})
{
    OpenOptions options;
    options.readOnly = readOnly;
    options.create = create;
    options.programme = programme;
    if (Status s = db.open(path, options); !s)
        return s;
    if (programme.isEmpty())
        return {};
    const Result<QList<ProgrammeInfo>> programmes = CohortRepository(db).programmes();
    if (!programmes)
        return Status::failure(programmes.error());
    QStringList keys;
    for (const ProgrammeInfo& p : programmes.value())
        keys.append(p.key);
    if (keys.contains(programme) || (keys.isEmpty() && create))
        return {};
    return Status::failure(keys.isEmpty() ? Tr::tr("--programme: %1 holds no programme yet").arg(shown(path))
                                          : Tr::tr("--programme: %1 holds no programme \"%2\"; it holds %3")
                                                .arg(shown(path), programme, keys.join(QLatin1String(", "))));
}

/// Removes a database file this command created, with SQLite's files beside it.
void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString actorName(const QCommandLineParser& parser, const Options& o)
{
    if (parser.isSet(o.actor) && !parser.value(o.actor).trimmed().isEmpty())
        return parser.value(o.actor).trimmed();
    for (const char* variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return programName();
}

QString kindList()
{
    QStringList codes;
    for (CsvKind kind : allCsvKinds())
        codes.append(csvKindCode(kind));
    return codes.join(QStringLiteral(", "));
}

Result<CsvKind> parseKind(const QString& text)
{
    const std::optional<CsvKind> kind = csvKindFromCode(text);
    if (!kind)
        return Result<CsvKind>::failure(Tr::tr("\"%1\" is not a kind of list: one of %2").arg(text, kindList()));
    return *kind;
}

/// Reads FILE, or standard input for "-".
Result<QByteArray> readFile(const QString& fileName, const QString& shownName)
{
    QFile file;
    bool opened = false;
    if (fileName == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        if (QFileInfo(fileName).isDir())
            return Result<QByteArray>::failure(Tr::tr("%1: is a directory, not a file").arg(shownName));
        file.setFileName(fileName);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Result<QByteArray>::failure(Tr::tr("%1: cannot be read: %2").arg(shownName, file.errorString()));
    QByteArray data = file.read(kMaxImportBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(Tr::tr("%1: cannot be read: %2").arg(shownName, file.errorString()));
    if (data.size() > kMaxImportBytes)
        return Result<QByteArray>::failure(Tr::tr("%1: is larger than %2 MB, which is no list of a programme")
                                               .arg(shownName)
                                               .arg(kMaxImportBytes / (1024 * 1024)));
    return data;
}

/// Writes @p bytes to @p fileName whole or not at all ("-": standard output).
Status writeOutput(const QString& fileName, const QByteArray& bytes, const Streams& io)
{
    if (fileName.isEmpty() || fileName == QLatin1String("-")) {
        io.out(bytes);
        return {};
    }
    QSaveFile out(fileName);
    const bool isNew = !QFileInfo::exists(fileName);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("%1: cannot be written: %2").arg(fileName, out.errorString()));
    // Students' records: a new file is for its owner only, as the database is.
    if (isNew)
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Status::failure(Tr::tr("%1: cannot be written: %2").arg(fileName, out.errorString()));
    return {};
}

// import --------------------------------------------------------------------------------------

/// Where item @p i of @p items came from: "FILE:LINE" (CSV) or "FILE: [i]" (JSON).
QString itemLocation(const CsvItems& items, qsizetype i)
{
    if (i >= 0 && i < items.lines.size())
        return items.source + QLatin1Char(':') + QString::number(items.lines.at(i));
    return items.source + QStringLiteral(": [") + QString::number(i) + QLatin1Char(']');
}

/// The references of @p items to students that the year does not have, one message per line; empty if none.
QString unknownStudents(const CsvItems& items, const QSet<QString>& known, AcademicYear year)
{
    CsvErrors errors;
    const QString what =
        Tr::tr("is not a student of %1 in the database: import the students first").arg(year.toString());
    const bool csv = !items.lines.isEmpty();
    const auto check = [&](qsizetype i, const QString& id, const char* column, const char* key) {
        if (known.contains(id))
            return;
        errors.add(
            csv ? items.errorAt(i, QLatin1String(column), id, what)
                : QStringLiteral("%1: [%2].%3: \"%4\" %5").arg(items.source).arg(i).arg(QLatin1String(key), id, what));
    };
    switch (items.kind) {
    case CsvKind::Ters:
        for (qsizetype i = 0; i < items.ters.size(); ++i) {
            for (const QString& id : items.ters.at(i).studentIds)
                check(i, id, "students", "students");
        }
        break;
    case CsvKind::Internships:
        for (qsizetype i = 0; i < items.internships.size(); ++i)
            check(i, items.internships.at(i).studentId, "student_id", "student");
        break;
    case CsvKind::Seminars:
        for (qsizetype i = 0; i < items.seminars.size(); ++i)
            check(i, items.seminars.at(i).studentId, "student_id", "student");
        break;
    case CsvKind::SummerSchools:
        for (qsizetype i = 0; i < items.summerSchools.size(); ++i)
            check(i, items.summerSchools.at(i).studentId, "student_id", "student");
        break;
    case CsvKind::Students:
    case CsvKind::Hosts:
    case CsvKind::TerSubjects:
        break;
    }
    return errors.isEmpty() ? QString() : errors.message();
}

/// Writes @p items into @p year in ONE transaction (creating the year if needed): all or nothing.
Status importInto(Database& db, CohortRepository& repo, AcademicYear year, const CsvItems& items, const QString& actor)
{
    const Status status = [&]() -> Status {
        Transaction tx(db);
        if (!tx.status())
            return tx.status();
        const Result<QList<AcademicYear>> years = repo.academicYears();
        if (!years)
            return Status::failure(years.error());
        if (!years->contains(year)) {
            if (Status s = repo.createAcademicYear(RuleSet::parisSaclayM1(year), actor); !s)
                return s;
        }
        const auto at = [&items](qsizetype i, const Status& s) {
            return Status::failure(itemLocation(items, i) + QStringLiteral(": ") + s.error());
        };
        switch (items.kind) {
        case CsvKind::Hosts:
            for (qsizetype i = 0; i < items.hosts.size(); ++i) {
                const HostEntry& entry = items.hosts.at(i);
                if (Status s = repo.saveHost(entry.host, actor); !s)
                    return at(i, s);
                for (const Tutor& tutor : entry.tutors) {
                    if (Status s = repo.saveTutor(tutor, actor); !s)
                        return at(i, s);
                }
            }
            break;
        case CsvKind::TerSubjects:
            for (qsizetype i = 0; i < items.terSubjects.size(); ++i) {
                if (Status s = repo.saveTerSubject(year, items.terSubjects.at(i), actor); !s)
                    return at(i, s);
            }
            break;
        case CsvKind::Students:
        case CsvKind::Ters:
        case CsvKind::Internships:
        case CsvKind::Seminars:
        case CsvKind::SummerSchools: {
            Cohort batch;
            batch.students = items.students;
            batch.ters = items.ters;
            batch.internships = items.internships;
            batch.seminars = items.seminars;
            batch.summerSchools = items.summerSchools;
            CohortRepository::BatchOptions options;
            options.label = [&items](ItemKind, qsizetype i, const QString&) { return itemLocation(items, i); };
            if (Status s = repo.importItems(year, batch, actor, options); !s)
                return s;
            break;
        }
        }
        return tx.commit();
    }();
    if (status)
        return status;
    // Rolled back. The usual cause, students the items name but the year lacks, is reported with its
    // file, line and column, which the storage layer does not know.
    QSet<QString> known;
    const Result<QList<AcademicYear>> years = repo.academicYears();
    if (years && years->contains(year)) {
        const Result<Cohort> cohort = repo.loadCohort(year);
        if (!cohort)
            return status;
        for (const Student& s : cohort->students)
            known.insert(s.id);
    }
    const QString unknown = unknownStudents(items, known, year);
    return unknown.isEmpty() ? status : Status::failure(unknown);
}

QString importDescription()
{
    return Tr::tr("Imports one list into an academic year of a database, all or nothing: when anything is wrong,\n"
                  "nothing is written, and each problem is reported with where it is, e.g.\n"
                  "  interns.csv:14:10 (Début): \"2026-13-04\": not a date: write YYYY-MM-DD or DD/MM/YYYY\n"
                  "\n"
                  "KIND: %1.\n"
                  "FILE: CSV (UTF-8 with or without a BOM, or Windows-1252 as Excel writes it; \";\" or \",\"\n"
                  "  as the header line uses; the columns in any order, named in English or French, as\n"
                  "  resources/csv-columns.md lists them), a JSON list as \"export --format json\" writes\n"
                  "  it, or - for standard input.\n"
                  "\n"
                  "Items are matched by id within the year (hosts by name, TER subjects by title): a known\n"
                  "one is updated, a new one added, none deleted. Import the students before the items\n"
                  "that name them. The database is created when it does not exist, and the year (with the\n"
                  "Paris-Saclay M1 rules) when the database does not have it; without --year, the latest\n"
                  "year of the database, else the current one.\n"
                  "\n"
                  "Exit status:\n"
                  "  0  imported (a one-line summary on standard error)\n"
                  "  2  bad input or a failure: nothing was written")
        .arg(kindList());
}

// export --------------------------------------------------------------------------------------

/// The list of @p kind of @p year as import reads it.
Result<CsvItems> exportItems(const CohortRepository& repo, CsvKind kind, AcademicYear year)
{
    using R = Result<CsvItems>;
    CsvItems items;
    items.kind = kind;
    if (kind == CsvKind::TerSubjects) {
        Result<QList<TerSubject>> subjects = repo.terSubjects(year);
        if (!subjects)
            return R::failure(subjects.error());
        items.terSubjects = std::move(subjects).value();
        return items;
    }
    Result<Cohort> cohort = repo.loadCohort(year);
    if (!cohort)
        return R::failure(cohort.error());
    if (kind == CsvKind::Hosts) {
        const Result<QList<Host>> hosts = repo.hosts();
        if (!hosts)
            return R::failure(hosts.error());
        // The database links a tutor to a host only through internships: a host's tutors are those of
        // the year's internships there, in the order of the internships.
        QHash<QString, QList<Tutor>> tutors;
        QSet<QPair<QString, QString>> seen;
        for (const Internship& i : cohort->internships) {
            if (i.host.name.isEmpty() || i.tutor.name.isEmpty() || seen.contains({i.host.name, i.tutor.name}))
                continue;
            seen.insert({i.host.name, i.tutor.name});
            tutors[i.host.name].append(i.tutor);
        }
        for (const Host& host : hosts.value())
            items.hosts.append(HostEntry{host, tutors.value(host.name)});
        return items;
    }
    items.students = std::move(cohort->students);
    items.ters = std::move(cohort->ters);
    items.internships = std::move(cohort->internships);
    items.seminars = std::move(cohort->seminars);
    items.summerSchools = std::move(cohort->summerSchools);
    return items;
}

QString exportDescription()
{
    return Tr::tr("Exports one list of an academic year of a database, as import reads it back: importing\n"
                  "an export gives the same data.\n"
                  "\n"
                  "KIND: %1.\n"
                  "  hosts are every host of the database, each with the tutors of the year's internships\n"
                  "  there; ter_subjects the year's TER subjects.\n"
                  "CSV (the default): UTF-8 with a BOM, the English column names of\n"
                  "  resources/csv-columns.md, CRLF line ends; \";\" and \",\" as decimal separator (what a\n"
                  "  French Excel opens), or \",\" and \".\" with --delimiter ','.\n"
                  "JSON: a list of the items, one per line, with the keys of the cohort JSON of check.\n"
                  "\n"
                  "Exit status:\n"
                  "  0  exported\n"
                  "  2  bad input or a failure: nothing was written to OUT")
        .arg(kindList());
}

} // namespace

// ---------------------------------------------------------------------------------------------

Result<CheckInput> checkInputFromDatabase(const QString& dbValue, const QString& yearText, const QString& programme)
{
    using R = Result<CheckInput>;
    const Result<QString> path = databaseFile(dbValue);
    if (!path)
        return R::failure(path.error());
    Database db;
    if (Status s = openDatabase(db, path.value(), true, false, programme); !s)
        return R::failure(s.error());
    const CohortRepository repo(db);
    const Result<AcademicYear> year = chosenYear(repo, yearText, shown(path.value()));
    if (!year)
        return R::failure(year.error());
    Result<Cohort> cohort = repo.loadCohort(year.value());
    if (!cohort)
        return R::failure(cohort.error());
    CheckInput input;
    input.cohort = std::move(cohort).value();
    return input;
}

int runImport(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(importDescription());
    const Options o;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("The file's format (default: json for a .json file or a file "
                                                 "starting with \"[\", else csv)."),
                                          QStringLiteral("csv|json"));
    parser.addOptions({o.help, o.version, o.db, o.year, o.programme, o.actor, formatOption});
    parser.addPositionalArgument(QStringLiteral("kind"), Tr::tr("The kind of list (see above)."),
                                 QStringLiteral("KIND"));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The list, or - for standard input."),
                                 QStringLiteral("FILE"));
    if (const std::optional<int> done =
            parseArguments(parser, arguments, io, command, o, 2, QStringLiteral("--db FILE KIND FILE")))
        return *done;

    const Result<QString> path = databaseFile(parser.value(o.db));
    if (!path) {
        io.error(path.error());
        return kExitBadInput;
    }
    const QStringList positional = parser.positionalArguments();
    const Result<CsvKind> kind = parseKind(positional.at(0));
    if (!kind) {
        io.error(kind.error());
        return kExitBadInput;
    }
    std::optional<AcademicYear> year;
    if (parser.isSet(o.year)) {
        const Result<AcademicYear> y = parseYear(parser.value(o.year));
        if (!y) {
            io.error(y.error());
            return kExitBadInput;
        }
        year = y.value();
    }
    const QString format = parser.value(formatOption).toLower();
    if (parser.isSet(formatOption) && format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.error(Tr::tr("--format: \"%1\" is not csv or json").arg(parser.value(formatOption)));
        return kExitBadInput;
    }
    const QString actor = actorName(parser, o);

    const QString& fileName = positional.at(1);
    const QString source = fileName == QLatin1String("-") ? Tr::tr("(standard input)") : fileName;
    Result<QByteArray> bytes = readFile(fileName, source);
    if (!bytes) {
        io.error(bytes.error());
        return kExitBadInput;
    }

    // The database is opened first only to find its year; it is created only once the file is known good (a server
    // database exists: `db init` made it).
    const bool existed = Database::isServerUrl(path.value()) || QFileInfo::exists(path.value());
    Database db;
    CohortRepository repo(db);
    if (existed) {
        if (Status s = openDatabase(db, path.value(), false, false, parser.value(o.programme)); !s) {
            io.error(s.error());
            return kExitBadInput;
        }
        if (!year) {
            const Result<QList<AcademicYear>> years = repo.academicYears();
            if (!years) {
                io.error(years.error());
                return kExitBadInput;
            }
            if (!years->isEmpty())
                year = years->constLast();
        }
    }
    if (!year)
        year = AcademicYear::containing(QDate::currentDate()); // the clock is read here, never in core

    const bool json = parser.isSet(formatOption)
                          ? format == QLatin1String("json")
                          : fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                || (!fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                    && ItemListJson::looksLikeJson(bytes.value()));
    const Result<CsvItems> items = json ? ItemListJson::read(kind.value(), bytes.value(), source, *year)
                                        : CsvMapping::read(kind.value(), bytes.value(), source);
    bytes.value() = QByteArray(); // the items hold all that is needed
    if (!items) {
        io.error(items.error());
        return kExitBadInput;
    }

    if (!existed) {
        if (Status s = openDatabase(db, path.value(), false, true, parser.value(o.programme)); !s) {
            db.close();
            removeDatabaseFiles(path.value());
            io.error(s.error());
            return kExitBadInput;
        }
    }
    if (Status s = importInto(db, repo, *year, items.value(), actor); !s) {
        db.close();
        if (!existed)
            removeDatabaseFiles(path.value());
        io.error(s.error() + QLatin1Char('\n') + Tr::tr("Nothing was imported."));
        return kExitBadInput;
    }
    io.errorRaw(Tr::tr("imported %1 %2 into %3").arg(items->count()).arg(csvKindCode(kind.value()), year->toString())
                + QLatin1Char('\n'));
    return kExitOk;
}

int runExport(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(exportDescription());
    const Options o;
    const QCommandLineOption formatOption(QStringLiteral("format"), Tr::tr("The format (default: csv)."),
                                          QStringLiteral("csv|json"), QStringLiteral("csv"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
                                             Tr::tr("The CSV delimiter: ';' (the default, with ',' as decimal "
                                                    "separator) or ','."),
                                             QStringLiteral("';'|','"), QStringLiteral(";"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to OUT, whole or not at all (default: standard output)."),
                                          QStringLiteral("OUT"));
    parser.addOptions({o.help, o.version, o.db, o.year, o.programme, formatOption, delimiterOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("kind"), Tr::tr("The kind of list (see above)."),
                                 QStringLiteral("KIND"));
    if (const std::optional<int> done =
            parseArguments(parser, arguments, io, command, o, 1, QStringLiteral("--db FILE KIND")))
        return *done;

    const Result<QString> path = databaseFile(parser.value(o.db));
    if (!path) {
        io.error(path.error());
        return kExitBadInput;
    }
    const Result<CsvKind> kind = parseKind(parser.positionalArguments().at(0));
    if (!kind) {
        io.error(kind.error());
        return kExitBadInput;
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        io.error(Tr::tr("--format: \"%1\" is not csv or json").arg(parser.value(formatOption)));
        return kExitBadInput;
    }
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter != QLatin1String(";") && delimiter != QLatin1String(",")) {
        io.error(Tr::tr("--delimiter: \"%1\" is not ';' or ','").arg(delimiter));
        return kExitBadInput;
    }
    if (parser.isSet(delimiterOption) && format != QLatin1String("csv")) {
        io.error(Tr::tr("--delimiter goes with --format csv"));
        return kExitBadInput;
    }

    Database db;
    if (Status s = openDatabase(db, path.value(), true, false, parser.value(o.programme)); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    const CohortRepository repo(db);
    const Result<AcademicYear> year = chosenYear(repo, parser.value(o.year), shown(path.value()));
    if (!year) {
        io.error(year.error());
        return kExitBadInput;
    }
    const Result<CsvItems> items = exportItems(repo, kind.value(), year.value());
    if (!items) {
        io.error(items.error());
        return kExitBadInput;
    }
    db.close();

    QByteArray bytes;
    if (format == QLatin1String("json")) {
        bytes = ItemListJson::write(items.value(), year.value());
    } else {
        CsvFormat csvFormat;
        csvFormat.delimiter = delimiter == QLatin1String(",") ? ',' : ';';
        Result<QByteArray> csv = CsvMapping::toCsv(items.value(), csvFormat);
        if (!csv) {
            io.error(csv.error());
            return kExitBadInput;
        }
        bytes = std::move(csv).value();
    }
    const QString out = parser.value(outputOption);
    if (Status s = writeOutput(out, bytes, io); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    if (!out.isEmpty() && out != QLatin1String("-"))
        io.errorRaw(Tr::tr("exported %1 %2 of %3 to %4")
                        .arg(items->count())
                        .arg(csvKindCode(kind.value()), year->toString(), out)
                    + QLatin1Char('\n'));
    return kExitOk;
}

int runBackup(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a consistent copy of a database to OUT (SQLite's VACUUM INTO), even while other programs\n"
               "use it. OUT must not exist: a backup never replaces a file. The copy is checked before it\n"
               "takes its name, so a backup cut short is never found under OUT.\n"
               "\n"
               "Exit status:\n"
               "  0  the backup is written\n"
               "  2  bad input or a failure: OUT was not written"));
    const Options o;
    parser.addOptions({o.help, o.version, o.db});
    parser.addPositionalArgument(QStringLiteral("out"), Tr::tr("The backup file to write."), QStringLiteral("OUT"));
    if (const std::optional<int> done =
            parseArguments(parser, arguments, io, command, o, 1, QStringLiteral("--db FILE OUT")))
        return *done;
    const Result<QString> path = databaseFile(parser.value(o.db), Server::Refused);
    if (!path) {
        io.error(path.error());
        return kExitBadInput;
    }
    const QString out = parser.positionalArguments().at(0);
    if (QFileInfo::exists(out)) {
        io.error(Tr::tr("%1 already exists: choose another name (a backup never replaces a file).").arg(out));
        return kExitBadInput;
    }
    Database db;
    if (Status s = openDatabase(db, path.value(), true, false); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    if (Status s = db.backup(out); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    io.errorRaw(Tr::tr("backed up %1 to %2").arg(path.value(), out) + QLatin1Char('\n'));
    return kExitOk;
}

int runRestore(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Replaces every row of a database by the rows of BACKUP, in one transaction: all or nothing.\n"
               "BACKUP is checked first (an InternTrack database, not damaged, not from a newer version);\n"
               "an older one is upgraded on a copy, never in place. The database's audit log is kept and\n"
               "records the restore. The database must exist: to start anew from a backup, copy the\n"
               "backup file itself.\n"
               "\n"
               "Exit status:\n"
               "  0  restored\n"
               "  2  bad input or a failure: the database was not changed"));
    const Options o;
    parser.addOptions({o.help, o.version, o.db, o.actor});
    parser.addPositionalArgument(QStringLiteral("backup"), Tr::tr("The backup to restore."), QStringLiteral("BACKUP"));
    if (const std::optional<int> done =
            parseArguments(parser, arguments, io, command, o, 1, QStringLiteral("--db FILE BACKUP")))
        return *done;
    const Result<QString> path = databaseFile(parser.value(o.db), Server::Refused);
    if (!path) {
        io.error(path.error());
        return kExitBadInput;
    }
    const QString backup = parser.positionalArguments().at(0);
    if (!QFileInfo::exists(path.value())) {
        io.error(
            Tr::tr("%1 does not exist: to start from a backup, copy the backup file to that name.").arg(path.value()));
        return kExitBadInput;
    }
    Database db;
    if (Status s = openDatabase(db, path.value(), false, false); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    if (Status s = db.restore(backup, actorName(parser, o)); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    io.errorRaw(Tr::tr("restored %1 from %2").arg(path.value(), backup) + QLatin1Char('\n'));
    return kExitOk;
}

int runDemo(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("demo");
    const AcademicYear defaultYear{2025};
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Creates the realistic demo database: about 25 M1 students, real Paris-Saclay labs and AI\n"
               "companies as hosts, TERs of every kind, internships and alternatives in every workflow state,\n"
               "some breaking each rule (check it with --stage close --today %1-05-20).\n"
               "The database must not exist, unless --force replaces it.\n"
               "\n"
               "Exit status:\n"
               "  0  created\n"
               "  2  bad input or a failure: nothing was written")
            .arg(defaultYear.startYear + 1));
    const Options o;
    const QCommandLineOption yearOption(
        QStringLiteral("year"), Tr::tr("The academic year of the demo (default: %1).").arg(defaultYear.toString()),
        QStringLiteral("YYYY-YYYY"));
    const QCommandLineOption forceOption(QStringLiteral("force"), Tr::tr("Replace the database if it exists."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("The programme whose rules and demo cohort to use: %1 "
                                                  "(default: %2). Given several times, or \"all\", the database "
                                                  "holds each as its own programme.")
                                               .arg(Profiles::ids().join(QStringLiteral(", ")), Profiles::defaultId()),
                                           QStringLiteral("ID"), Profiles::defaultId());
    parser.addOptions({o.help, o.version, o.db, yearOption, o.actor, forceOption, profileOption});
    if (const std::optional<int> done =
            parseArguments(parser, arguments, io, command, o, 0, QStringLiteral("--db FILE")))
        return *done;
    const Result<QString> path = databaseFile(parser.value(o.db), Server::Refused);
    if (!path) {
        io.error(path.error());
        return kExitBadInput;
    }
    AcademicYear year = defaultYear;
    if (parser.isSet(yearOption)) {
        const Result<AcademicYear> y = parseYear(parser.value(yearOption));
        if (!y) {
            io.error(y.error());
            return kExitBadInput;
        }
        year = y.value();
    }
    QStringList profiles = parser.values(profileOption);
    if (profiles.contains(QLatin1String("all")))
        profiles = Profiles::ids();
    profiles.removeDuplicates();
    for (const QString& profile : std::as_const(profiles)) {
        if (!Profiles::ids().contains(profile)) {
            io.error(Tr::tr("--profile: \"%1\" is not a programme InternTrack knows (%2).")
                         .arg(profile, Profiles::ids().join(QStringLiteral(", "))));
            return kExitBadInput;
        }
    }
    const QFileInfo target(path.value());
    if (target.exists() && !parser.isSet(forceOption)) {
        io.error(Tr::tr("%1 already exists: give another name, or --force to replace it.").arg(path.value()));
        return kExitBadInput;
    }
    if (target.isDir()) {
        io.error(Tr::tr("%1 is a folder, not a database file.").arg(path.value()));
        return kExitBadInput;
    }

    // Built under a temporary name beside the target, then renamed over it: the target is never half made.
    QTemporaryFile partial(target.absoluteFilePath() + QStringLiteral(".partial-XXXXXX"));
    if (!partial.open()) {
        io.error(Tr::tr("Cannot create the database beside %1: %2").arg(path.value(), partial.errorString()));
        return kExitBadInput;
    }
    partial.close();
    const QString partialPath = partial.fileName();
    QList<Cohort> cohorts;
    for (const QString& profile : std::as_const(profiles))
        cohorts.append(demoCohort(profile, year));
    Status status = [&]() -> Status {
        Database db;
        if (Status s = openDatabase(db, partialPath, false, true); !s)
            return s;
        CohortRepository repo(db);
        for (const Cohort& cohort : std::as_const(cohorts)) {
            db.setProgramme(cohort.rules.profile.id); // each profile its own programme
            if (Status s = repo.saveCohort(cohort, actorName(parser, o)); !s)
                return s;
        }
        return {};
    }();
    if (status) {
        // Stale SQLite files of a replaced database would be read as part of the new one.
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(target.absoluteFilePath() + QLatin1String(suffix));
        if (std::rename(QFile::encodeName(partialPath).constData(),
                        QFile::encodeName(target.absoluteFilePath()).constData())
            != 0)
            status = Status::failure(
                Tr::tr("Cannot create %1: %2").arg(path.value(), QString::fromLocal8Bit(std::strerror(errno))));
        else
            partial.setAutoRemove(false);
    }
    if (!status) {
        removeDatabaseFiles(partialPath);
        io.error(status.error());
        return kExitBadInput;
    }
    for (const Cohort& cohort : std::as_const(cohorts)) {
        const QString what = cohorts.size() == 1
                                 ? year.toString()
                                 : QStringLiteral("%1 (%2)").arg(year.toString(), cohort.rules.profile.id);
        io.errorRaw(Tr::tr("created the demo database %1 for %2: %3 students, %4 internships, %5 TERs, %6 summer "
                           "schools, %7 seminars")
                        .arg(path.value(), what)
                        .arg(cohort.students.size())
                        .arg(cohort.internships.size())
                        .arg(cohort.ters.size())
                        .arg(cohort.summerSchools.size())
                        .arg(cohort.seminars.size())
                    + QLatin1Char('\n'));
    }
    return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// import-proposal, export-reply (issue 6: proposals that travel as files)

int runImportProposal(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("import-proposal");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Imports students' proposal files (.%1, written by the student mode of interntrack) into the\n"
               "database: each sender is matched to a student of the proposal's year (by id, email or name),\n"
               "each item arrives as submitted, dated by the file, with the student's message as the comment.\n"
               "A proposal sent again replaces the earlier one while it is not approved; the history keeps\n"
               "both. All the files are imported in one transaction: all or nothing.\n"
               "\n"
               "Exit status:\n"
               "  0  imported\n"
               "  2  bad input or a failure: nothing was imported")
            .arg(QLatin1String(kProposalSuffix)));
    const Options o;
    const QCommandLineOption createOption(QStringLiteral("create-student"),
                                          Tr::tr("Create the sender when no student of the year matches (else "
                                                 "refused)."));
    parser.addOptions({o.help, o.version, o.db, o.programme, o.actor, createOption});
    parser.addPositionalArgument(QStringLiteral("proposal"), Tr::tr("The proposal files."),
                                 QStringLiteral("PROPOSAL..."));
    const qsizetype given = parser.parse(arguments) ? std::max<qsizetype>(1, parser.positionalArguments().size()) : 1;
    if (const std::optional<int> done =
            parseArguments(parser, arguments, io, command, o, given, QStringLiteral("--db FILE PROPOSAL...")))
        return *done;
    const Result<QString> path = databaseFile(parser.value(o.db));
    if (!path) {
        io.error(path.error());
        return kExitBadInput;
    }
    if (!Database::isServerUrl(path.value()) && !QFileInfo::exists(path.value())) {
        io.error(Tr::tr("%1 does not exist: a proposal is imported into an existing database.").arg(path.value()));
        return kExitBadInput;
    }

    // Every file is read and checked before the database is touched.
    QList<QPair<QString, ProposalFile>> files;
    for (const QString& name : parser.positionalArguments()) {
        const QString shown = name == QLatin1String("-") ? Tr::tr("(standard input)") : name;
        const Result<QByteArray> bytes = readFile(name, shown);
        if (!bytes) {
            io.error(bytes.error());
            return kExitBadInput;
        }
        const Result<ProposalFile> file = readProposalFile(bytes.value());
        if (!file) {
            io.error(Tr::tr("%1: %2").arg(shown, file.error()) + QLatin1Char('\n') + Tr::tr("Nothing was imported."));
            return kExitBadInput;
        }
        files.append({shown, file.value()});
    }

    Database db;
    if (Status s = openDatabase(db, path.value(), false, false, parser.value(o.programme)); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    CohortRepository repo(db);
    ProposalImport::Options options;
    options.createStudent = parser.isSet(createOption);
    options.actor = actorName(parser, o);
    QStringList done;
    const Status imported = repo.inTransaction([&]() -> Status {
        for (const auto& [shown, file] : std::as_const(files)) {
            const Result<ProposalImport::Plan> plan = ProposalImport::apply(repo, file, options);
            if (!plan) {
                QString why = plan.error();
                why.remove(QLatin1Char('\n') + ProposalImport::tr("Nothing was imported."));
                if (!options.createStudent && why.contains(QLatin1String("confirm")))
                    why += QLatin1Char('\n') + Tr::tr("Give --create-student to create them.");
                return Status::failure(Tr::tr("%1: %2").arg(shown, why));
            }
            done.append(Tr::tr("%1: %2").arg(shown, ProposalImport::describe(plan.value())));
        }
        return {};
    });
    if (!imported) {
        io.error(imported.error() + QLatin1Char('\n') + Tr::tr("Nothing was imported."));
        return kExitBadInput;
    }
    for (const QString& line : std::as_const(done))
        io.errorRaw(line + QLatin1Char('\n'));
    return kExitOk;
}

int runExportReply(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("export-reply");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the advisor's decision on a student's proposal as a reply file (.%1) for the student\n"
               "mode of interntrack: the item's state (approved, changes requested, rejected…), the comment of\n"
               "the last decision, who made it and when.\n"
               "\n"
               "Exit status:\n"
               "  0  written\n"
               "  2  bad input or a failure: nothing was written")
            .arg(QLatin1String(kReplySuffix)));
    const Options o;
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to OUT, whole or not at all (default: standard output)."),
                                          QStringLiteral("OUT"));
    parser.addOptions({o.help, o.version, o.db, o.year, o.programme, outputOption});
    parser.addPositionalArgument(QStringLiteral("item"), Tr::tr("The id of the internship, TER or summer school."),
                                 QStringLiteral("ITEM"));
    if (const std::optional<int> done =
            parseArguments(parser, arguments, io, command, o, 1, QStringLiteral("--db FILE ITEM")))
        return *done;
    const Result<QString> path = databaseFile(parser.value(o.db));
    if (!path) {
        io.error(path.error());
        return kExitBadInput;
    }
    Database db;
    if (Status s = openDatabase(db, path.value(), true, false, parser.value(o.programme)); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    CohortRepository repo(db);
    const Result<AcademicYear> year = chosenYear(repo, parser.value(o.year), shown(path.value()));
    if (!year) {
        io.error(year.error());
        return kExitBadInput;
    }
    const Result<ProposalReply> reply = ProposalImport::reply(repo, year.value(), parser.positionalArguments().at(0));
    if (!reply) {
        io.error(reply.error());
        return kExitBadInput;
    }
    const QByteArray data = writeProposalReply(reply.value());
    const QString out = parser.value(outputOption);
    if (out.isEmpty() || out == QLatin1String("-")) {
        io.out(data);
        return kExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        io.error(Tr::tr("Could not write %1: %2").arg(out, file.errorString()));
        return kExitBadInput;
    }
    io.errorRaw(Tr::tr("wrote the reply on %1 to %2").arg(reply->itemId, out) + QLatin1Char('\n'));
    return kExitOk;
}

namespace {

/// `db copy FROM TO`: every row of FROM (opened read-only) into TO (created when missing), all or nothing.
int copyDatabase(const QString& from, const QString& to, const Streams& io)
{
    for (const QString& connection : {from, to}) {
        if (connection.isEmpty() || connection == QLatin1String("-")) {
            io.error(Tr::tr("db copy: give a database file or a PostgreSQL database, "
                            "postgresql://login@host:port/database"));
            return kExitBadInput;
        }
    }
    const QString fromName = Database::displayName(from);
    const QString toName = Database::displayName(to);
    Database source;
    if (Status s = openDatabase(source, from, true, false); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    const bool newFile = !Database::isServerUrl(to) && !QFileInfo::exists(to);
    Database target;
    Status done = openDatabase(target, to, false, true);
    DatabaseCopy::Summary summary;
    if (done)
        done = DatabaseCopy::copy(source, target, {}, &summary);
    if (!done) {
        target.close();
        // A file this command created holds nothing that was not copied: it does not stay behind.
        if (newFile)
            removeDatabaseFiles(QFileInfo(to).absoluteFilePath());
        io.error(done.error());
        return kExitBadInput;
    }
    io.errorRaw(
        Tr::tr("Copied %1 rows of %2 tables from %3 to %4.").arg(summary.rows).arg(summary.tables).arg(fromName, toName)
        + QLatin1Char('\n'));
    if (target.isServer() && !source.isServer())
        io.errorRaw(Tr::tr("Students' logins are not part of a file: add each with \"%1 db add-user %2 LOGIN --role "
                           "student --student ID\" (and the staff's with --role advisor or secretariat).")
                        .arg(programName(), toName)
                    + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace

int runDb(const QStringList& arguments, const Streams& io)
{
    const QString command = QStringLiteral("db");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Sets up a shared PostgreSQL database, and moves a database to it and back; run by its owner\n"
               "or an administrator.\n"
               "  db init URL\n"
               "      creates (or upgrades) the schema, the roles interntrack_advisor, interntrack_secretariat\n"
               "      and interntrack_student, their rights, and the row-level security that keeps each\n"
               "      student to their own rows; running it again changes nothing more\n"
               "  db add-user URL LOGIN --role advisor|secretariat|student [--student ID]\n"
               "      creates a person's login in a role; a student's login is tied to the student ID\n"
               "  db copy FROM TO\n"
               "      copies every row of the database FROM (a file or a URL) into TO, which must hold no data\n"
               "      yet (a new file, a new PostgreSQL database, or one just set up with db init): the years,\n"
               "      items, documents, workflow steps and audit log, ids kept; all or nothing. A file is\n"
               "      created when missing; both must have the same schema version. Students' logins are\n"
               "      not part of a file: after a copy to a server, add them with db add-user\n"
               "URL: postgresql://login@host:port/database. The password comes from the server's usual ways\n"
               "(PGPASSWORD, ~/.pgpass) and is never shown. A new login has no password: set one on the\n"
               "server (ALTER ROLE ... PASSWORD) or let the server authenticate it otherwise.\n"
               "\n"
               "Exit status:\n"
               "  0  done\n"
               "  2  bad input or a failure: nothing was changed"));
    const Options o;
    const QCommandLineOption roleOption(
        QStringLiteral("role"), Tr::tr("The login's role: advisor, secretariat or student."), QStringLiteral("ROLE"));
    const QCommandLineOption studentOption(QStringLiteral("student"),
                                           Tr::tr("The student a student's login is tied to (their id)."),
                                           QStringLiteral("ID"));
    parser.addOptions({o.help, o.version, roleOption, studentOption});
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("init, add-user or copy."),
                                 QStringLiteral("init|add-user|copy"));
    parser.addPositionalArgument(QStringLiteral("url"), Tr::tr("The PostgreSQL database."), QStringLiteral("URL"));
    const QString usage = QStringLiteral("init URL | add-user URL LOGIN --role ROLE [--student ID] | copy FROM TO");
    if (const std::optional<int> done = parseCommon(parser, arguments, io, command, o))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool init = action == QLatin1String("init") && positional.size() == 2;
    const bool addUser = action == QLatin1String("add-user") && positional.size() == 3;
    const bool copy = action == QLatin1String("copy") && positional.size() == 3;
    if (!init && !addUser && !copy) {
        io.error(Tr::tr("usage: %1 %2").arg(programName() + QLatin1Char(' ') + command, usage));
        usageHint(io, command);
        return kExitBadInput;
    }
    if (copy)
        return copyDatabase(positional.at(1), positional.at(2), io);
    const QString& url = positional.at(1);
    if (!Database::isServerUrl(url)) {
        io.error(Tr::tr("db %1: give a PostgreSQL database, postgresql://login@host:port/database (a database file "
                        "needs no roles)")
                     .arg(action));
        return kExitBadInput;
    }
    std::optional<Role> role;
    if (addUser) {
        role = roleFromCode(parser.value(roleOption));
        if (!role) {
            io.error(Tr::tr("db add-user: --role must be advisor, secretariat or student"));
            return kExitBadInput;
        }
    }
    Database db;
    if (Status s = openDatabase(db, url, false, init); !s) {
        io.error(s.error());
        return kExitBadInput;
    }
    const Status done =
        init ? ServerSetup::init(db) : ServerSetup::addUser(db, positional.at(2), *role, parser.value(studentOption));
    if (!done) {
        io.error(done.error());
        return kExitBadInput;
    }
    if (init)
        io.errorRaw(Tr::tr("%1: schema version %2, roles and rights set up").arg(db.path()).arg(db.schemaVersion())
                    + QLatin1Char('\n'));
    else
        io.errorRaw(Tr::tr("%1: login %2 added as %3").arg(db.path(), positional.at(2), roleCode(*role))
                    + QLatin1Char('\n'));
    return kExitOk;
}

} // namespace interntrack::cli

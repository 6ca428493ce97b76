#include "ScaleBench.h"

#include "Memory.h"

#include "CohortGenerator.h"
#include "domain/Profiles.h"
#include "io/CsvMapping.h"
#include "rules/Checker.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/YearComparison.h"

#ifdef INTERNTRACK_BENCH_GUI
#include "GuiBench.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StudentsFilterModel.h"
#include "StudentsPage.h"
#include "Workspace.h"

#include <QApplication>
#endif
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <array>
#include <cstdio>
#include <ctime>

namespace interntrack::bench {

namespace {

// One programme-year, in the proportions of the generator's full sizes (300,000 internships, 100,000 TERs,
// 300,000 students, 10,000 summer schools, 60,000 seminars).
constexpr int kInternships = 300;
constexpr int kStudents = 300;
constexpr int kTers = 100;
constexpr int kSummerSchools = 10;
constexpr int kSeminars = 60;
/// The host directory: each programme works with kHostsPerProgramme hosts of its own and the kSharedHosts
/// hosts every programme knows (kSharedShare % of the internships), each host with kTutorsPerHost tutors.
constexpr int kHostsPerProgramme = 400;
constexpr int kSharedHosts = 10;
constexpr int kSharedShare = 30;
constexpr int kTutorsPerHost = 4;
/// The latest year of every programme: the year in progress on kToday.
constexpr int kLastYear = 2025;
const QDate kToday(2026, 1, 15);
const QString kActor = QStringLiteral("bench");

/// A database size: @p programmes programmes of @p years years each.
struct Size
{
    int programmes;
    int years;
    const char* label; ///< "1x", "10x", "100x" (ASCII: the names are printed in fixed-width columns)
    int internships() const { return programmes * years * kInternships; }
};
constexpr Size kSizes[] = {{1, 10, "1x"}, {5, 20, "10x"}, {50, 20, "100x"}};
constexpr int kSizeCount = 3;

[[noreturn]] void fail(const QString& why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::exit(2);
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// A timed figure: the best wall time of the runs, and the CPU time of that run.
struct Timing
{
    double ms = -1;
    double cpuMs = 0;
};

/// The best of @p runs calls of @p once, which times its own work and returns it in ms (its set-up untimed).
Timing best(int runs, const std::function<double()>& once)
{
    Timing t;
    for (int i = 0; i < runs; ++i) {
        const double cpu0 = cpuMs();
        const double ms = once();
        if (t.ms < 0 || ms < t.ms) {
            t.ms = ms;
            t.cpuMs = cpuMs() - cpu0;
        }
    }
    return t;
}

/// The best of @p runs wall times of @p work, in ms.
Timing bestOf(int runs, const std::function<void()>& work)
{
    return best(runs, [&] {
        QElapsedTimer t;
        t.start();
        work();
        return t.nsecsElapsed() / 1e6;
    });
}

/// Prints an amount (MB, MiB, MB/s) in the layout of Printer's times. @p target 0: no target.
void printAmount(const char* name, double value, const char* unit, double target, bool higherIsBetter,
                 const QString& note)
{
    if (target <= 0) {
        std::printf("%-44s %10.1f %-4s  %-24s %s\n", name, value, unit, "(no target)", qPrintable(note));
        return;
    }
    const bool met = higherIsBetter ? value >= target : value <= target;
    std::printf("%-44s %10.1f %-4s  target %s%6.0f %-4s %s   %s\n", name, value, unit, higherIsBetter ? ">=" : "",
                target, unit, met ? "met " : "MISSED", qPrintable(note));
}

/// The Markdown summary: one row per figure, one column per size.
struct Row
{
    QString name;
    QString target;
    std::array<QString, kSizeCount> shown;
    std::array<double, kSizeCount> value{-1, -1, -1};
    std::array<bool, kSizeCount> met{true, true, true};
    bool hasTarget = true;
};

class Summary
{
public:
    /// Records @p value (shown as @p shown) of figure @p name at size @p size.
    void add(const QString& name, const QString& target, int size, double value, const QString& shown, bool met,
             bool hasTarget = true)
    {
        Row* row = nullptr;
        for (Row& r : m_rows) {
            if (r.name == name)
                row = &r;
        }
        if (!row) {
            m_rows.append(Row{name, target, {}, {-1, -1, -1}, {true, true, true}, hasTarget});
            row = &m_rows.last();
        }
        row->shown[size] = shown;
        row->value[size] = value;
        row->met[size] = met;
    }

    /// "×12.3 of 1×" for figure @p name at @p value, or empty when 1× has no value.
    QString growth(const QString& name, double value) const
    {
        for (const Row& r : m_rows) {
            if (r.name == name && r.value[0] > 0)
                return QStringLiteral("growth ×%1 of 1x").arg(value / r.value[0], 0, 'f', 2);
        }
        return {};
    }

    void print(int sizes) const
    {
        std::printf("\n| figure | target | 1× (3,000) | 10× (30,000) | 100× (300,000) | growth 100×/1× | met? |\n"
                    "|---|---|---|---|---|---|---|\n");
        for (const Row& r : m_rows) {
            const int last = sizes - 1;
            const QString growth = r.value[0] > 0 && r.value[last] >= 0
                                       ? QStringLiteral("×%1").arg(r.value[last] / r.value[0], 0, 'f', 2)
                                       : QStringLiteral("—");
            QStringList missed;
            for (int s = 0; s < sizes; ++s) {
                if (!r.met[s])
                    missed.append(QString::fromLatin1(kSizes[s].label).replace(QLatin1Char('x'), QStringLiteral("×")));
            }
            const QString met = !r.hasTarget ? QStringLiteral("—")
                                : missed.isEmpty()
                                    ? QStringLiteral("yes")
                                    : QStringLiteral("**no** (%1)").arg(missed.join(QStringLiteral(", ")));
            std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", qPrintable(r.name), qPrintable(r.target),
                        qPrintable(r.shown[0].isEmpty() ? QStringLiteral("—") : r.shown[0]),
                        qPrintable(r.shown[1].isEmpty() ? QStringLiteral("—") : r.shown[1]),
                        qPrintable(r.shown[2].isEmpty() ? QStringLiteral("—") : r.shown[2]), qPrintable(growth),
                        qPrintable(met));
        }
    }

private:
    QList<Row> m_rows;
};

QString msText(double ms)
{
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 100 ? 1 : 0);
}

/// The programme key of programme @p index (0-based): "prog-01", "prog-02"…
QString programmeKey(int index)
{
    return QStringLiteral("prog-%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}

/// The shipped profile of programme @p index: the three profiles in turn (French and non-French rules).
QString profileOf(int index)
{
    const QStringList ids = Profiles::ids();
    return ids.at(index % ids.size());
}

RuleSet rulesOf(int programme, int startYear)
{
    const Result<RuleSet> rules = Profiles::load(profileOf(programme), AcademicYear{startYear});
    if (!rules)
        fail(rules.error());
    return rules.value();
}

/**
 * The year @p startYear of programme @p programme: the generator's 2025-2026 cohort (its own seed per
 * programme-year) with every date moved to that year, under the rules of the programme's profile. The
 * generator's 10 hosts and 500 tutors become a directory that grows with the database as a real one does (see
 * kHostsPerProgramme): a host keeps the same details on every internship, a tutor the same host.
 */
Cohort makeCohort(int programme, int startYear)
{
    test::GeneratorSizes sizes;
    sizes.students = kStudents;
    sizes.internships = kInternships;
    sizes.ters = kTers;
    sizes.summerSchools = kSummerSchools;
    sizes.seminars = kSeminars;
    Cohort c = test::generateCohort(sizes, quint32(1000 * (programme + 1) + startYear));
    QRandomGenerator rng(quint32(7919 * (programme + 1) + startYear));
    const int shift = startYear - 2025;
    const auto move = [shift](QDate& d) {
        if (d.isValid())
            d = d.addYears(shift);
    };
    for (Internship& i : c.internships) {
        move(i.start);
        move(i.end);
        move(i.submitted);
        move(i.signatures.student);
        move(i.signatures.host);
        move(i.signatures.tutor);
        move(i.signatures.university);
        for (QDate& d : i.absences)
            move(d);
        const int host = static_cast<int>(rng.bounded(100)) < kSharedShare
                             ? static_cast<int>(rng.bounded(kSharedHosts))
                             : kSharedHosts + static_cast<int>(rng.bounded(kHostsPerProgramme));
        i.host.name = host < kSharedHosts ? QStringLiteral("Shared host %1").arg(host)
                                          : QStringLiteral("Host p%1-%2").arg(programme + 1).arg(host);
        i.host.kind = host % 2 ? HostKind::Company : HostKind::PublicLab;
        i.host.aiResearch = true;
        i.tutor = Tutor();
        i.tutor.name = QStringLiteral("Tutor %1 at %2").arg(rng.bounded(kTutorsPerHost)).arg(i.host.name);
    }
    for (Ter& t : c.ters) {
        move(t.start);
        move(t.end);
    }
    for (SummerSchool& s : c.summerSchools) {
        move(s.start);
        move(s.end);
    }
    for (Seminar& s : c.seminars)
        move(s.date);
    c.rules = rulesOf(programme, startYear);
    return c;
}

/// Writes the database of @p size at @p path: each programme's years saved with saveCohort, one transaction
/// a programme. Returns the time it took, in ms.
double generate(const QString& path, const Size& size)
{
    QElapsedTimer t;
    t.start();
    Database db;
    if (Status s = db.open(path); !s)
        fail(s.error());
    CohortRepository repo(db);
    for (int p = 0; p < size.programmes; ++p) {
        db.setProgramme(programmeKey(p));
        const Status saved = repo.inTransaction([&]() -> Status {
            for (int y = kLastYear - size.years + 1; y <= kLastYear; ++y) {
                if (Status s = repo.saveCohort(makeCohort(p, y), kActor); !s)
                    return s;
            }
            return {};
        });
        if (!saved)
            fail(saved.error());
    }
    return t.nsecsElapsed() / 1e6;
}

/// The CSV files of the import figure: 300 students and their 300 internships, for @p year of programme 0.
struct ImportFiles
{
    QByteArray students;
    QByteArray internships;
};

ImportFiles importFiles(int startYear)
{
    const Cohort c = makeCohort(0, startYear);
    const Result<QByteArray> students = CsvMapping::toCsv(c.students);
    const Result<QByteArray> internships = CsvMapping::toCsv(c.internships);
    if (!students || !internships)
        fail(QStringLiteral("cannot write the CSV files"));
    return {students.value(), internships.value()};
}

/**
 * `interntrack-cli import internships` of @p files into the new year @p startYear of the database at @p path
 * (programme @p programme; empty for a new database): the year and its students are made first, untimed, then
 * the timed part does what the CLI does: CsvMapping::read, then importItems in one transaction.
 */
Timing importOnce(const QString& path, const QString& programme, int startYear, const ImportFiles& files)
{
    Database db;
    OpenOptions options;
    options.programme = programme;
    if (Status s = db.open(path, options); !s)
        fail(s.error());
    CohortRepository repo(db);
    const AcademicYear year{startYear};
    if (Status s = repo.createAcademicYear(rulesOf(0, startYear), kActor); !s)
        fail(s.error());
    const Result<CsvItems> students = CsvMapping::read(CsvKind::Students, files.students, QStringLiteral("s.csv"));
    if (!students)
        fail(students.error());
    Cohort batch;
    batch.students = students->students;
    if (Status s = repo.importItems(year, batch, kActor); !s)
        fail(s.error());

    QElapsedTimer t;
    const double cpu0 = cpuMs();
    t.start();
    const Result<CsvItems> items =
        CsvMapping::read(CsvKind::Internships, files.internships, QStringLiteral("internships.csv"));
    if (!items)
        fail(items.error());
    Transaction tx(db);
    if (!tx.status())
        fail(tx.status().error());
    const Result<QList<AcademicYear>> years = repo.academicYears();
    if (!years || !years->contains(year))
        fail(QStringLiteral("the import's year is missing"));
    Cohort internships;
    internships.internships = items->internships;
    if (Status s = repo.importItems(year, internships, kActor); !s)
        fail(s.error());
    if (Status s = tx.commit(); !s)
        fail(s.error());
    return {t.nsecsElapsed() / 1e6, cpuMs() - cpu0};
}

/// The best of @p runs calls of @p once, which times its own work (wall and CPU).
Timing bestTiming(int runs, const std::function<Timing()>& once)
{
    Timing b;
    for (int i = 0; i < runs; ++i) {
        const Timing t = once();
        if (b.ms < 0 || t.ms < b.ms)
            b = t;
    }
    return b;
}

/// The best of @p runs loads of @p year from @p path, each on a connection just opened (untimed), as the
/// workspace does: the connection's page cache is empty, the system's is warm.
Timing loadFresh(int runs, const QString& path, const QString& programme, AcademicYear year, Cohort* loaded)
{
    return bestTiming(runs, [&] {
        Database db;
        OpenOptions options;
        options.create = false;
        options.verify = false;
        options.programme = programme;
        if (Status s = db.open(path, options); !s)
            fail(s.error());
        const CohortRepository repo(db);
        QElapsedTimer t;
        const double cpu0 = cpuMs();
        t.start();
        Result<Cohort> c = repo.loadCohort(year);
        const Timing timing{t.nsecsElapsed() / 1e6, cpuMs() - cpu0};
        if (!c)
            fail(c.error());
        if (loaded)
            *loaded = std::move(c).value();
        return timing;
    });
}

/// Measures every figure on the database of @p sizes[@p index] and records them in @p summary.
void benchSize(int index, int runs, const Printer& print, Summary& summary)
{
    const Size& size = kSizes[index];
    const int internships = size.internships();
    const AcademicYear shownYear{kLastYear};
    const QString shownProgramme = programmeKey(0);
    std::printf("\n%s: %d programmes x %d years = %d internships (%d students, %d TERs, %d summer schools, %d "
                "seminars)\n",
                size.label, size.programmes, size.years, internships, size.programmes * size.years * kStudents,
                size.programmes * size.years * kTers, size.programmes * size.years * kSummerSchools,
                size.programmes * size.years * kSeminars);
    const auto name = [&size](const char* figure) {
        return QStringLiteral("%1 %2").arg(QLatin1String(size.label), QLatin1String(figure)).toUtf8();
    };
    // Records a timed figure and prints it with the growth since 1× in its note.
    const auto timed = [&](const char* figure, const QString& rowName, double ms, double target, QString note) {
        const QString growth = summary.growth(rowName, ms);
        if (!growth.isEmpty())
            note = growth + QStringLiteral("; ") + note;
        print(name(figure).constData(), ms, target, note);
        summary.add(rowName, target > 0 ? QStringLiteral("< %1").arg(msText(target)) : QStringLiteral("none"), index,
                    ms, msText(ms), target <= 0 || ms <= target, target > 0);
    };

    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot make a temporary folder"));
    // INTERNTRACK_BENCH_KEEP=1 keeps the databases, to study them (sqlite3, EXPLAIN QUERY PLAN).
    if (qEnvironmentVariableIntValue("INTERNTRACK_BENCH_KEEP") != 0) {
        dir.setAutoRemove(false);
        std::printf("kept in %s\n", qPrintable(dir.path()));
    }
    const QString path = dir.filePath(QStringLiteral("scale.interntrack"));

    // Generation (reference only).
    const double generateMs = generate(path, size);
    const double fileMB = QFileInfo(path).size() / 1e6;
    timed("generate (saveCohort per year)", QStringLiteral("generate the database (saveCohort per year, reference)"),
          generateMs, 0,
          QStringLiteral("%1 saveCohort calls, one transaction a programme; %2 µs an internship")
              .arg(size.programmes * size.years)
              .arg(generateMs * 1000 / internships, 0, 'f', 0));
    resetPeakMemory();

    // 1. Open, as the GUI does (Workspace::open: migrations check, quick_check up to the size limit).
    const bool fullCheck = QFileInfo(path).size() <= Database::fullCheckLimitBytes;
    const Timing open = bestOf(runs, [&] {
        Database db;
        OpenOptions options;
        options.create = false;
        if (Status s = db.open(path, options); !s)
            fail(s.error());
    });
    // Reference: what a check of the whole file costs at this size (integrity_check, a little more than the
    // quick_check that open runs up to the limit).
    double integrityMs = 0;
    {
        Database db;
        OpenOptions options;
        options.create = false;
        options.verify = false;
        if (Status s = db.open(path, options); !s)
            fail(s.error());
        QElapsedTimer t;
        t.start();
        const Result<QString> integrity = db.integrityCheck();
        integrityMs = t.nsecsElapsed() / 1e6;
        if (!integrity || integrity.value() != QLatin1String("ok"))
            fail(QStringLiteral("the generated database is damaged"));
    }
    timed("open the database (Database::open)", QStringLiteral("open the database (Database::open)"), open.ms, 1000,
          QStringLiteral("cpu %1 ms; %2; reference: integrity_check of the whole file %3 ms; warm page cache")
              .arg(open.cpuMs, 0, 'f', 1)
              .arg(fullCheck ? QStringLiteral("quick_check of the whole file (≤ 64 MiB)")
                             : QStringLiteral("no quick_check (file above 64 MiB: only before a migration)"))
              .arg(integrityMs, 0, 'f', 0));

    Database db;
    {
        OpenOptions options;
        options.create = false;
        options.programme = shownProgramme;
        if (Status s = db.open(path, options); !s)
            fail(s.error());
    }
    CohortRepository repo(db);
    {
        const Result<QList<Host>> hosts = repo.hosts();
        const Result<QList<Tutor>> tutors = repo.tutors();
        if (!hosts || !tutors)
            fail(QStringLiteral("cannot read the host directory"));
        std::printf("%s directory: %d hosts, %d tutors\n", size.label, int(hosts->size()), int(tutors->size()));
    }

    // 2. The programmes.
    qsizetype programmeCount = 0;
    const Timing programmes = bestOf(runs, [&] {
        const Result<QList<ProgrammeInfo>> list = repo.programmes();
        if (!list)
            fail(list.error());
        programmeCount = list->size();
    });
    if (programmeCount != size.programmes)
        fail(QStringLiteral("programmes() lists %1 programmes of %2").arg(programmeCount).arg(size.programmes));
    timed("list the programmes (programmes())", QStringLiteral("list the programmes (`programmes()`)"), programmes.ms,
          100,
          QStringLiteral("cpu %1 ms; %2 programmes, %3 years")
              .arg(programmes.cpuMs, 0, 'f', 1)
              .arg(programmeCount)
              .arg(size.programmes * size.years));

    // 3. One year of one programme, next to the same year alone in a one-year database.
    Cohort loaded;
    const Timing load = loadFresh(runs, path, shownProgramme, shownYear, &loaded);
    const Cohort expected = makeCohort(0, kLastYear);
    if (loaded.internships.size() != kInternships || loaded.students.size() != kStudents || loaded.ters.size() != kTers
        || loaded.seminars.size() != kSeminars)
        fail(QStringLiteral("loadCohort gave %1 internships, %2 students")
                 .arg(loaded.internships.size())
                 .arg(loaded.students.size()));
    const QString alonePath = dir.filePath(QStringLiteral("alone.interntrack"));
    {
        Database one;
        if (Status s = one.open(alonePath); !s)
            fail(s.error());
        if (Status s = CohortRepository(one).saveCohort(expected, kActor); !s)
            fail(s.error());
    }
    Cohort aloneLoaded;
    const Timing alone = loadFresh(runs, alonePath, QString(), shownYear, &aloneLoaded);
    if (aloneLoaded.internships.size() != kInternships)
        fail(QStringLiteral("cannot load the one-year database"));
    timed("load a year of a programme (loadCohort)", QStringLiteral("load a year of a programme (`loadCohort`)"),
          load.ms, 200,
          QStringLiteral("reference: the same year alone in a one-year database %1 ms (×%2); cpu %3 ms; %4 items; "
                         "a connection just opened")
              .arg(alone.ms, 0, 'f', 1)
              .arg(load.ms / std::max(alone.ms, 0.001), 0, 'f', 2)
              .arg(load.cpuMs, 0, 'f', 1)
              .arg(loaded.internships.size() + loaded.students.size() + loaded.ters.size() + loaded.summerSchools.size()
                   + loaded.seminars.size()));

    // 4. Its check, as the workspace does it.
    qsizetype findings = 0;
    const Checker checker(loaded.rules);
    const Timing check =
        bestOf(runs, [&] { findings = checker.check(loaded, kToday, Stage::Current).findings.size(); });
    timed("check that year (Stage::Current)", QStringLiteral("check that year (`Checker`, current stage)"), check.ms,
          100,
          QStringLiteral("cpu %1 ms; %2 findings; rules %3")
              .arg(check.cpuMs, 0, 'f', 1)
              .arg(findings)
              .arg(loaded.rules.profile.id));

    // 5. The dashboard's comparison of the programme's years.
    qsizetype compared = 0;
    const Timing compare = bestOf(runs, [&] {
        const Result<QList<YearFigures>> figures = compareYears(path, kToday, {}, {}, shownProgramme);
        if (!figures)
            fail(figures.error());
        compared = figures->size();
    });
    if (compared != size.years)
        fail(QStringLiteral("compareYears compared %1 years of %2").arg(compared).arg(size.years));
    timed("year comparison of a programme", QStringLiteral("year comparison of a programme (`compareYears`)"),
          compare.ms, 2000,
          QStringLiteral("cpu %1 ms; %2 years, %3 ms a year")
              .arg(compare.cpuMs, 0, 'f', 1)
              .arg(compared)
              .arg(compare.ms / std::max<qsizetype>(1, compared), 0, 'f', 1));

    // 7. Backup.
    int backupRun = 0;
    qint64 backupBytes = 0;
    const Timing backup = best(runs, [&] {
        const QString to = dir.filePath(QStringLiteral("backup%1.interntrack").arg(backupRun++));
        QElapsedTimer t;
        t.start();
        if (Status s = db.backup(to); !s)
            fail(s.error());
        const double ms = t.nsecsElapsed() / 1e6;
        backupBytes = QFileInfo(to).size();
        QFile::remove(to);
        return ms;
    });
    const double mbPerS = fileMB / std::max(backup.ms / 1000, 1e-6);
    {
        const QString rowName = QStringLiteral("backup (`Database::backup`, VACUUM INTO)");
        QString note = QStringLiteral("%1 MB at %2 MB/s; cpu %3 ms; target: at least 20 MB/s")
                           .arg(fileMB, 0, 'f', 1)
                           .arg(mbPerS, 0, 'f', 0)
                           .arg(backup.cpuMs, 0, 'f', 0);
        const QString growth = summary.growth(rowName, backup.ms);
        if (!growth.isEmpty())
            note = growth + QStringLiteral("; ") + note;
        const double targetMs = std::max(1000.0, fileMB / 20 * 1000);
        print(name("backup (Database::backup)").constData(), backup.ms, targetMs, note);
        summary.add(rowName, QStringLiteral("≥ 20 MB/s (1 s at least)"), index, backup.ms,
                    QStringLiteral("%1 (%2 MB/s)").arg(msText(backup.ms)).arg(mbPerS, 0, 'f', 0),
                    backup.ms <= targetMs);
        if (backupBytes <= 0)
            fail(QStringLiteral("the backup is empty"));
    }

#ifdef INTERNTRACK_BENCH_GUI
    // 8. The GUI: start to the overview on this database (its first programme, the year in progress), and a search.
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(Settings::Role, QStringLiteral("advisor"));
        const QDateTime now(kToday, QTime(10, 0));
        qsizetype rows = 0;
        const Timing start = best(runs, [&] { return startToOverview(settings, path, now, &rows); });
        if (rows != kStudents)
            fail(QStringLiteral("the overview shows %1 students of %2").arg(rows).arg(kStudents));
        timed("GUI: start to overview shown", QStringLiteral("GUI: start to overview shown"), start.ms, 1500,
              QStringLiteral("reference: open + loadCohort + check above %1 ms; %2 rows; programme %3, year %4")
                  .arg(open.ms + load.ms + check.ms, 0, 'f', 1)
                  .arg(rows)
                  .arg(shownProgramme, shownYear.toString()));

        MainWindow window(settings);
        window.workspace().setClock([now] { return now; });
        window.resize(1280, 800);
        window.show();
        if (!window.openDatabase(path, true))
            fail(QStringLiteral("cannot open the benchmark database"));
        window.workspace().waitForLoaded();
        QCoreApplication::processEvents();
        const QString needle = expected.students.at(kStudents / 2).name.section(QLatin1Char(' '), -1).left(5);
        qsizetype matched = 0;
        const Timing search = best(runs, [&] { return searchOverview(window, needle, &matched); });
        timed("GUI: search filter applied", QStringLiteral("GUI: search filter applied"), search.ms, 100,
              QStringLiteral("\"%1\": %2 rows match").arg(needle).arg(matched));
    }
#endif

    // 9. File size and peak memory (of the figures above, the generation excluded).
    {
        const QString rowName = QStringLiteral("file size");
        const double target = internships * 4000 / 1e6; // 4 KB an internship, with its share of the other items
        QString note = QStringLiteral("%1 bytes an internship (with its share of students, TERs, seminars and the "
                                      "audit rows); target 4 KB")
                           .arg(QFileInfo(path).size() / internships);
        const QString growth = summary.growth(rowName, fileMB);
        if (!growth.isEmpty())
            note = growth + QStringLiteral("; ") + note;
        printAmount(name("file size").constData(), fileMB, "MB", target, false, note);
        summary.add(rowName, QStringLiteral("≤ 4 KB an internship"), index, fileMB,
                    QStringLiteral("%1 MB").arg(fileMB, 0, 'f', 1), fileMB <= target);
    }
    {
        const QString rowName = QStringLiteral("peak memory (the figures above)");
        const double peak = peakRssMiB();
        QString note = QStringLiteral("VmHWM, reset after the generation");
        const QString growth = summary.growth(rowName, peak);
        if (!growth.isEmpty())
            note = growth + QStringLiteral("; ") + note;
        printAmount(name("peak memory").constData(), peak, "MiB", 500, false, note);
        summary.add(rowName, QStringLiteral("≤ 500 MiB"), index, peak, QStringLiteral("%1 MiB").arg(peak, 0, 'f', 0),
                    peak <= 500);
    }

    // 6. Last (it adds years): the CSV import of 300 internships into a new year of the first programme, next to
    // the same import into an empty database.
    db.close();
    const ImportFiles files = importFiles(kLastYear + 1);
    int importRun = 0;
    const Timing import =
        bestTiming(runs, [&] { return importOnce(path, shownProgramme, kLastYear + 1 + importRun++, files); });
    int emptyRun = 0;
    const Timing empty = bestTiming(runs, [&] {
        const QString emptyPath = dir.filePath(QStringLiteral("empty%1.interntrack").arg(emptyRun++));
        return importOnce(emptyPath, QString(), kLastYear + 1, files);
    });
    timed("import 300 internships (CSV, new year)", QStringLiteral("import 300 internships (CSV → a new year)"),
          import.ms, 1000,
          QStringLiteral("reference: the same import into an empty database %1 ms (×%2); cpu %3 ms; %4 KB")
              .arg(empty.ms, 0, 'f', 1)
              .arg(import.ms / std::max(empty.ms, 0.001), 0, 'f', 2)
              .arg(import.cpuMs, 0, 'f', 1)
              .arg(files.internships.size() / 1000));
}

} // namespace

void benchScale(int runs, int largest, const Printer& print)
{
    // Routine notes of the storage layer (a schema created…) are not figures.
    QLoggingCategory::setFilterRules(QStringLiteral("interntrack.storage.info=false"));
    int sizes = 0;
    while (sizes < kSizeCount && kSizes[sizes].internships() <= std::max(largest, kSizes[0].internships()))
        ++sizes;
    std::printf("interntrack-bench --scale-db: %d database sizes, up to %d internships; best of %d\n", sizes,
                kSizes[sizes - 1].internships(), runs);
    Summary summary;
    for (int i = 0; i < sizes; ++i)
        benchSize(i, runs, print, summary);
    summary.print(sizes);
}

} // namespace interntrack::bench

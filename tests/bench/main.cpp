// interntrack-bench: prints the figures of InternTrack's speed and memory targets, each next to a
// reference measured in the same run on the same machine. It asserts nothing: CTest does not run it.
#include "CohortGenerator.h"
#include "io/CohortJson.h"
#include "rules/Checker.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace interntrack;

namespace {

// Peak resident memory of this process so far, in MiB (Linux).
double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// CPU time of this thread, in milliseconds: next to the wall time, it shows what a busy machine adds.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the best run of the last bestMs().
double g_lastCpuMs = 0;

// Best of @p runs wall-clock times of @p work, in milliseconds.
double bestMs(int runs, const std::function<void()>& work)
{
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        work();
        const double ms = t.nsecsElapsed() / 1e6;
        if (best < 0 || ms < best) {
            best = ms;
            g_lastCpuMs = threadCpuMs() - cpu0;
        }
    }
    return best;
}

// A @p targetMs of 0 means the figure has no target: it is printed for reference.
void print(const char* name, double ms, double targetMs, const QString& reference)
{
    if (targetMs <= 0) {
        std::printf("%-44s %10.1f ms   %-24s %s\n", name, ms, "(no target)", qPrintable(reference));
        return;
    }
    std::printf("%-44s %10.1f ms   target %7.0f ms  %s   %s\n", name, ms, targetMs, ms <= targetMs ? "met " : "MISSED",
                qPrintable(reference));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("InternTrack benchmarks: speed and memory figures with a reference "
                                                    "measured in the same run."));
    parser.addHelpOption();
    QCommandLineOption scaleOption(QStringLiteral("scale"),
                                   QStringLiteral("Fraction of the full sizes (300,000 internships) to run, e.g. 0.1."),
                                   QStringLiteral("fraction"), QStringLiteral("1"));
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions; the best is kept."),
                                  QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption writeJsonOption(QStringLiteral("write-json"),
                                       QStringLiteral("Write the generated cohort as `interntrack-cli check` input "
                                                      "(compact JSON, today 2026-01-15, stage proposal) to FILE "
                                                      "and exit."),
                                       QStringLiteral("FILE"));
    parser.addOption(scaleOption);
    parser.addOption(runsOption);
    QCommandLineOption jsonOnlyOption(QStringLiteral("json-only"),
                                      QStringLiteral("Run only the JSON figures (skips the check figures)."));
    parser.addOption(writeJsonOption);
    parser.addOption(jsonOnlyOption);
    parser.process(app);
    const double scale = parser.value(scaleOption).toDouble();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    test::GeneratorSizes sizes;
    sizes.internships = static_cast<int>(300000 * scale);
    sizes.ters = static_cast<int>(100000 * scale);
    sizes.students = static_cast<int>(300000 * scale);
    sizes.summerSchools = static_cast<int>(10000 * scale);
    sizes.seminars = static_cast<int>(60000 * scale);

    std::printf("interntrack-bench: %d internships, %d TERs, %d students, %d summer schools, %d seminars; best of %d\n\n",
                sizes.internships, sizes.ters, sizes.students, sizes.summerSchools, sizes.seminars, runs);

    const Cohort cohort = test::generateCohort(sizes);
    const QDate today(2026, 1, 15);

    if (parser.isSet(writeJsonOption)) {
        const CheckInput input{cohort, today, Stage::Proposal};
        const QByteArray bytes = QJsonDocument(checkInputToJson(input)).toJson(QJsonDocument::Compact);
        QFile out(parser.value(writeJsonOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size() || !out.flush()) {
            std::fprintf(stderr, "bench: cannot write %s: %s\n", qPrintable(out.fileName()),
                         qPrintable(out.errorString()));
            return 2;
        }
        std::printf("wrote %s: %.1f MB\n", qPrintable(out.fileName()), bytes.size() / 1e6);
        return 0;
    }
    const Checker checker(cohort.rules);

    // Reference: one pass over every internship's days with nothing but a weekday test: the least any
    // exact day count can cost.
    long long sink = 0;
    const double walkMs = bestMs(runs, [&] {
        for (const Internship& in : cohort.internships) {
            for (qint64 jd = in.start.toJulianDay(); jd <= in.end.toJulianDay(); ++jd)
                sink += (jd % 7) < 5;
        }
    });

    CheckResult result;
    const bool jsonOnly = parser.isSet(jsonOnlyOption);
    if (!jsonOnly) {
        const double checkMs = bestMs(runs, [&] { result = checker.check(cohort, today, Stage::Proposal); });
        print("check (proposal stage)", checkMs, 1000,
              QStringLiteral("reference: bare day walk %1 ms (×%2); %3 findings")
                  .arg(walkMs, 0, 'f', 1)
                  .arg(checkMs / std::max(walkMs, 0.001), 0, 'f', 1)
                  .arg(result.findings.size()));
        const double closeMs = bestMs(runs, [&] { result = checker.check(cohort, today, Stage::Close); });
        print("check (close stage)", closeMs, 1000, QStringLiteral("%1 findings").arg(result.findings.size()));
    }

    QByteArray json;
    const double writeMs =
        bestMs(runs, [&] { json = QJsonDocument(cohortToJson(cohort)).toJson(QJsonDocument::Compact); });
    print("JSON out (cohortToJson + toJson)", writeMs, 0,
          QStringLiteral("cpu %1 ms; %2 MB").arg(g_lastCpuMs, 0, 'f', 1).arg(json.size() / 1e6, 0, 'f', 1));
    // Reference: Qt's JSON parser alone on the same bytes.
    const double parseOnlyMs = bestMs(runs, [&] { sink += QJsonDocument::fromJson(json).object().size(); });
    const double readMs = bestMs(runs, [&] {
        const Result<CheckInput> input = readCheckInput(json);
        if (!input) {
            std::fprintf(stderr, "bench: the generated JSON does not read back: %s\n", qPrintable(input.error()));
            std::exit(2);
        }
        sink += input->cohort.internships.size();
    });
    print("readCheckInput", readMs, 1500,
          QStringLiteral("cpu %1 ms; reference: QJsonDocument::fromJson alone %2 ms on %3 MB")
              .arg(g_lastCpuMs, 0, 'f', 1)
              .arg(parseOnlyMs, 0, 'f', 1)
              .arg(json.size() / 1e6, 0, 'f', 1));
    if (jsonOnly) {
        std::printf("\npeak memory: %.0f MiB\n", peakRssMiB());
        return sink == 42 ? 1 : 0;
    }
    const double jsonMs = bestMs(runs, [&] {
        const Result<CheckInput> input = readCheckInput(json);
        if (!input)
            std::exit(2);
        const Checker c(input->cohort.rules);
        result = c.check(input->cohort, today, Stage::Proposal);
    });
    print("JSON in + check", jsonMs, 3000, QStringLiteral("cpu %1 ms").arg(g_lastCpuMs, 0, 'f', 1));

    std::printf("\npeak memory: %.0f MiB\n", peakRssMiB());
    return sink == 42 ? 1 : 0;
}

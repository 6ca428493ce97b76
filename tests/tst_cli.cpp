#include "demo/DemoCohort.h"
#include "io/CohortJson.h"
#include "rules/Checker.h"

#include "TestSupport.h"

#include "CliRunner.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

namespace {

using Run = test::CliRun;

/// Runs the built interntrack-cli as a user would, optionally feeding @p input on standard input.
Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return test::runProgram(QStringLiteral(CLI_PATH), arguments, input, 60000);
}

QString example(const char* name)
{
    return test::sourcePath(QStringLiteral("resources/examples/") + QLatin1String(name));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSet<QString> rulesOf(const QJsonObject& output, const char* severity = nullptr)
{
    QSet<QString> rules;
    const QJsonArray findings = output.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue f : findings) {
        if (!severity || f[QStringLiteral("severity")].toString() == QLatin1String(severity))
            rules.insert(f[QStringLiteral("rule")].toString());
    }
    return rules;
}

QJsonObject findingOf(const QJsonObject& output, const QString& subject, const QString& rule)
{
    const QJsonArray findings = output.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue f : findings) {
        if (f[QStringLiteral("subject")].toString() == subject && f[QStringLiteral("rule")].toString() == rule)
            return f.toObject();
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion_data();
    void helpAndVersion();
    void helpRulesIsPasteableJson();
    void usageErrors_data();
    void usageErrors();
    void cleanExample();
    void everyRuleExample();
    void todayOptionWins();
    void stageOptionWins();
    void standardInput();
    void prettyAndCompactAgree();
    void rulesInInputApply();
    void badInput_data();
    void badInput();
    void outputWriteFailure();
    void profileExamples_data();
    void profileExamples();
    void profileDemos_data();
    void profileDemos();
};

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << QStringLiteral("check");
    QTest::newRow("help-short") << QStringList{QStringLiteral("-h")} << QStringLiteral("Commands:");
    QTest::newRow("help-command") << QStringList{QStringLiteral("help")} << QStringLiteral("Commands:");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                             << QStringLiteral("interntrack-cli " INTERNTRACK_VERSION);
    QTest::newRow("check-help") << QStringList{QStringLiteral("check"), QStringLiteral("--help")}
                                << QStringLiteral("Exit status:");
    QTest::newRow("help-check") << QStringList{QStringLiteral("help"), QStringLiteral("check")}
                                << QStringLiteral("--help-rules");
    QTest::newRow("check-help-names-rule-codes")
        << QStringList{QStringLiteral("check"), QStringLiteral("--help")} << QStringLiteral("STUDENT_INCOMPLETE");
    QTest::newRow("check-help-names-output")
        << QStringList{QStringLiteral("check"), QStringLiteral("-h")} << QStringLiteral("gratification_min_eur");
    QTest::newRow("check-version") << QStringList{QStringLiteral("check"), QStringLiteral("--version")}
                                   << QStringLiteral("interntrack-cli " INTERNTRACK_VERSION);
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mustContain);
    const Run r = runCli(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(mustContain), r.out.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCli::helpRulesIsPasteableJson()
{
    const Run r = runCli({QStringLiteral("check"), QStringLiteral("--help-rules"), QStringLiteral("--today"),
                          QStringLiteral("2026-01-15")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError e;
    const QJsonObject rules = QJsonDocument::fromJson(r.out, &e).object();
    QCOMPARE(e.error, QJsonParseError::NoError);
    QCOMPARE(rules, RuleSet::parisSaclayM1(AcademicYear{2025}).toJson());
    // One key per line between the braces.
    QCOMPARE(r.out.trimmed().split('\n').size(), rules.size() + 2);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("stderrContains");
    const QString clean = example("clean-2025-2026.json");
    QTest::newRow("no-command") << QStringList{} << QStringLiteral("Usage:");
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("chek"), clean}
                                     << QStringLiteral("interntrack-cli: unknown command \"chek\"");
    QTest::newRow("unknown-global-option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("check-without-file") << QStringList{QStringLiteral("check")} << QStringLiteral("FILE.json");
    QTest::newRow("check-two-files") << QStringList{QStringLiteral("check"), clean, clean}
                                     << QStringLiteral("one FILE.json");
    QTest::newRow("check-unknown-option")
        << QStringList{QStringLiteral("check"), QStringLiteral("--db"), clean} << QStringLiteral("interntrack-cli: ");
    QTest::newRow("check-bad-today") << QStringList{QStringLiteral("check"), QStringLiteral("--today"),
                                                    QStringLiteral("2026-02-30"), clean}
                                     << QStringLiteral("interntrack-cli: --today: \"2026-02-30\" is not a date");
    QTest::newRow("check-today-without-value")
        << QStringList{QStringLiteral("check"), clean, QStringLiteral("--today")} << QStringLiteral("today");
    QTest::newRow("check-bad-stage") << QStringList{QStringLiteral("check"), QStringLiteral("--stage"),
                                                    QStringLiteral("final"), clean}
                                     << QStringLiteral("interntrack-cli: --stage: \"final\" is not one of");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, stderrContains);
    const Run r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.errText().contains(stderrContains), r.err.constData());
}

void TestCli::cleanExample()
{
    const Run r = runCli({QStringLiteral("check"), example("clean-2025-2026.json"), QStringLiteral("--stage"),
                          QStringLiteral("proposal"), QStringLiteral("--today"), QStringLiteral("2026-01-15")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.out.count('\n'), 1); // compact: one line
    const QJsonObject out = r.json();
    QCOMPARE(out.keys(),
             QStringList({QStringLiteral("findings"), QStringLiteral("internships"), QStringLiteral("students")}));
    QVERIFY2(rulesOf(out, "error").isEmpty(), r.out.constData());

    // The figures of CLI.md's example internship (4 May – 26 June 2026, signed on time).
    const QJsonObject i1 = out[QStringLiteral("internships")][QStringLiteral("i1")].toObject();
    const QJsonObject expected = QJsonDocument::fromJson(R"({"counted_start": "2026-05-04", "scheduled_days": 40,
        "presence_days": 37, "presence_hours": 259.0, "fte_weeks": 8.0, "gratification_required": false,
        "gratification_min_eur": 0.0})")
                                     .object();
    QCOMPARE(i1, expected);
    QCOMPARE(out[QStringLiteral("internships")].toObject().size(), 4);
    QCOMPARE(out[QStringLiteral("students")].toObject().size(), 6);
    const QJsonObject s1 = out[QStringLiteral("students")][QStringLiteral("s1")].toObject();
    QCOMPARE(s1[QStringLiteral("complete")], QJsonValue(false));
    QVERIFY(s1[QStringLiteral("missing")].isArray());
}

void TestCli::everyRuleExample()
{
    const Run r = runCli({QStringLiteral("check"), example("every-rule-2025-2026.json"), QStringLiteral("--stage"),
                          QStringLiteral("close")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject out = r.json();

    QSet<QString> catalogue;
    for (const RuleInfo& info : ruleCatalogue())
        catalogue.insert(QLatin1String(info.code));
    QCOMPARE(catalogue.size(), 32);
    const QSet<QString> seen = rulesOf(out);
    // INT_PROJECT_WINDOW needs a programme window, which Paris-Saclay has not (imperial-2025-2026 below).
    const QSet<QString> missing = catalogue - seen - QSet<QString>{QStringLiteral("INT_PROJECT_WINDOW")};
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.begin(), missing.end()).join(QLatin1Char(' '))));
    QVERIFY((seen - catalogue).isEmpty());

    // The override on i3 marks its finding but keeps it listed.
    const QJsonObject overridden = findingOf(out, QStringLiteral("i3"), QStringLiteral("INT_LEAD_TIME"));
    QCOMPARE(overridden[QStringLiteral("overridden")], QJsonValue(true));
    QCOMPARE(overridden[QStringLiteral("severity")], QJsonValue(QStringLiteral("error")));
    QCOMPARE(overridden[QStringLiteral("student")], QJsonValue(QStringLiteral("e2")));
    QCOMPARE(findingOf(out, QStringLiteral("i1"), QStringLiteral("INT_LEAD_TIME"))[QStringLiteral("overridden")],
             QJsonValue(false));
    // Student-level rules name the student as the subject.
    QCOMPARE(findingOf(out, QStringLiteral("e6"), QStringLiteral("SEMINARS_TOO_FEW"))[QStringLiteral("student")],
             QJsonValue(QStringLiteral("e6")));
    for (const QJsonValue f : out[QStringLiteral("findings")].toArray()) {
        const QJsonObject o = f.toObject();
        QCOMPARE(o.keys(),
                 QStringList({QStringLiteral("message"), QStringLiteral("overridden"), QStringLiteral("rule"),
                              QStringLiteral("severity"), QStringLiteral("student"), QStringLiteral("subject")}));
        QVERIFY(!o[QStringLiteral("message")].toString().isEmpty());
    }
}

void TestCli::todayOptionWins()
{
    // The input says today is 2026-01-15; i4 (4 May 2026) is unsigned. Checked on 20 May, it started unsigned.
    const QString file = example("clean-2025-2026.json");
    const Run before = runCli({QStringLiteral("check"), file});
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(
        findingOf(before.json(), QStringLiteral("i4"), QStringLiteral("INT_NOT_SIGNED"))[QStringLiteral("severity")],
        QJsonValue(QStringLiteral("info")));

    const Run after = runCli({QStringLiteral("check"), file, QStringLiteral("--today"), QStringLiteral("2026-05-20")});
    QCOMPARE(after.exitCode, 1);
    const QJsonObject out = after.json();
    QCOMPARE(findingOf(out, QStringLiteral("i4"), QStringLiteral("INT_NOT_SIGNED"))[QStringLiteral("severity")],
             QJsonValue(QStringLiteral("error")));
    QCOMPARE(out[QStringLiteral("internships")][QStringLiteral("i4")][QStringLiteral("counted_start")],
             QJsonValue(QStringLiteral("2026-05-20")));
}

void TestCli::stageOptionWins()
{
    // The file asks for stage "close"; --stage proposal drops the deliverables and completion.
    const QString file = example("every-rule-2025-2026.json");
    const QSet<QString> close = rulesOf(runCli({QStringLiteral("check"), file}).json());
    QVERIFY(close.contains(QStringLiteral("STUDENT_INCOMPLETE")));
    QVERIFY(close.contains(QStringLiteral("INT_PROOF_MISSING")));
    const QSet<QString> proposal =
        rulesOf(runCli({QStringLiteral("check"), file, QStringLiteral("--stage"), QStringLiteral("proposal")}).json());
    QVERIFY(!proposal.isEmpty());
    QVERIFY(!proposal.contains(QStringLiteral("STUDENT_INCOMPLETE")));
    QVERIFY(!proposal.contains(QStringLiteral("INT_PROOF_MISSING")));
    QVERIFY(!proposal.contains(QStringLiteral("TER_GRADE")));
    QVERIFY(proposal.contains(QStringLiteral("INT_LEAD_TIME")));
}

void TestCli::standardInput()
{
    const QString file = example("every-rule-2025-2026.json");
    const Run fromFile = runCli({QStringLiteral("check"), file});
    const Run fromStdin = runCli({QStringLiteral("check"), QStringLiteral("-")}, readFile(file));
    QCOMPARE(fromStdin.exitCode, 1);
    QVERIFY(!fromStdin.out.isEmpty());
    QCOMPARE(fromStdin.out, fromFile.out);

    const Run bad = runCli({QStringLiteral("check"), QStringLiteral("-")}, "{\"academic_year\": \"2025-2026\",");
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY2(bad.errText().startsWith(QStringLiteral("interntrack-cli: line 1, column ")), bad.err.constData());

    const Run empty = runCli({QStringLiteral("check"), QStringLiteral("-")});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.out.isEmpty());
}

void TestCli::prettyAndCompactAgree()
{
    const QString file = example("clean-2025-2026.json");
    const Run compact = runCli({QStringLiteral("check"), file});
    const Run pretty = runCli({QStringLiteral("check"), QStringLiteral("--pretty"), file});
    QCOMPARE(pretty.exitCode, compact.exitCode);
    QVERIFY(pretty.out.count('\n') > 10);
    QVERIFY(pretty.out.endsWith('\n'));
    QCOMPARE(pretty.json(), compact.json());
}

void TestCli::rulesInInputApply()
{
    // A rule set override in the input changes the verdict: 9 weeks are now required.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray data = readFile(example("clean-2025-2026.json"));
    data.replace("\"rules\": {}", "\"rules\": {\"internship_min_weeks\": 9}");
    const QString path = dir.filePath(QStringLiteral("nine-weeks.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    const Run r = runCli({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(findingOf(r.json(), QStringLiteral("i1"), QStringLiteral("INT_MIN_DURATION"))[QStringLiteral("severity")],
             QJsonValue(QStringLiteral("error")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("stderrStart");
    auto bad = [](const char* name) -> QString { return example("bad/") + QLatin1String(name); };
    QTest::newRow("bad-date") << bad("bad-date.json")
                              << QStringLiteral("interntrack-cli: internships[0].start: \"2026-13-01\" is not a date "
                                                "(YYYY-MM-DD)\n");
    QTest::newRow("unknown-student") << bad("unknown-student.json")
                                     << QStringLiteral("interntrack-cli: ters[0].students[1]: \"s2\" is not the id");
    QTest::newRow("end-before-start") << bad("end-before-start.json")
                                      << QStringLiteral("interntrack-cli: summer_schools[0].end: 2025-07-07 is before");
    QTest::newRow("duplicate-id") << bad("duplicate-id.json")
                                  << QStringLiteral("interntrack-cli: students[1].id: \"s1\" is already the id");
    QTest::newRow("typo-key") << bad("typo-key.json")
                              << QStringLiteral("interntrack-cli: internships[0].weekly_hour: unknown key");
    QTest::newRow("not-json") << bad("not-json.json") << QStringLiteral("interntrack-cli: line 4, column 1 (byte ");
    QTest::newRow("missing-file") << bad("no-such-file.json") << QStringLiteral("interntrack-cli: ");
    QTest::newRow("directory") << example("bad") << QStringLiteral("interntrack-cli: ");
}

void TestCli::badInput()
{
    QFETCH(QString, file);
    QFETCH(QString, stderrStart);
    const Run r = runCli({QStringLiteral("check"), file, QStringLiteral("--stage"), QStringLiteral("close")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.errText().startsWith(stderrStart), r.err.constData());
    if (!QFileInfo::exists(file) || QFileInfo(file).isDir())
        QVERIFY2(r.errText().contains(file), r.err.constData());
}

void TestCli::outputWriteFailure()
{
    // A full disk must not pass for a clean cohort: the result is written as it is made, and a
    // failed write is an error.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full");
    QProcess p;
    p.setProgram(QStringLiteral(CLI_PATH));
    p.setArguments({QStringLiteral("check"), example("clean-2025-2026.json")});
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("interntrack-cli: cannot write the result: ")), qPrintable(err));
}

void TestCli::profileExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("profile");
    QTest::newRow("imperial") << QStringLiteral("imperial-2025-2026.json") << QStringLiteral("imperial-msc-ai");
    QTest::newRow("montreal") << QStringLiteral("montreal-2025-2026.json") << QStringLiteral("montreal-mila-pro");
}

void TestCli::profileExamples()
{
    // A clean cohort of each profile: no finding at all, exit 0; the year's close names what is missing.
    QFETCH(QString, file);
    QFETCH(QString, profile);
    const QString path = example(file.toUtf8().constData());
    const Run r = runCli({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("findings")).toArray().size(), 0);
    const Result<Cohort> c = readCohortJson(readFile(path));
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c->rules.profile.id, profile);

    const Run close = runCli({QStringLiteral("check"), path, QStringLiteral("--stage"), QStringLiteral("close"),
                              QStringLiteral("--today"), QStringLiteral("2026-09-30")});
    QCOMPARE(close.exitCode, 1);
    QVERIFY(rulesOf(close.json()).contains(QStringLiteral("STUDENT_INCOMPLETE")));
    QVERIFY(!rulesOf(close.json()).contains(QStringLiteral("INT_NOT_SIGNED")));
}

void TestCli::profileDemos_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("imperial") << QStringLiteral(
        "imperial-msc-ai") << QStringList{QStringLiteral("INT_HOST_SCREENING"), QStringLiteral("INT_PROJECT_WINDOW")};
    QTest::newRow("montreal") << QStringLiteral("montreal-mila-pro")
                              << QStringList{QStringLiteral("INT_HOST_SCREENING"), QStringLiteral("INT_OVERLAP")};
}

void TestCli::profileDemos()
{
    // The demo cohort of each profile, written as JSON: its rule breakers make the check exit 1.
    QFETCH(QString, profile);
    QFETCH(QStringList, rules);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(cohortToJson(demoCohort(profile, AcademicYear{2025}))).toJson());
    f.close();
    const Run r = runCli({QStringLiteral("check"), path, QStringLiteral("--today"), QStringLiteral("2026-03-02")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QSet<QString> seen = rulesOf(r.json());
    for (const QString& rule : rules)
        QVERIFY2(seen.contains(rule), qPrintable(rule));
    for (const char* french : {"INT_GRATIFICATION_REQUIRED", "INT_NOT_SIGNED", "INT_MAX_DURATION"})
        QVERIFY(!seen.contains(QLatin1String(french)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

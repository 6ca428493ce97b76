#include "TestSupport.h"
#include "demo/DemoCohort.h"
#include "documents/AgreementData.h"
#include "documents/DocumentBatch.h"
#include "documents/DocumentTemplate.h"
#include "documents/DocumentWriter.h"
#include "rules/Checker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

namespace {

/// Skips the test when @p tool is not installed; fails instead under CI (INTERNTRACK_CI), which installs every tool.
#define REQUIRE_TOOL(tool)                                                                                             \
    do {                                                                                                               \
        if (QStandardPaths::findExecutable(QStringLiteral(tool)).isEmpty()) {                                          \
            if (qEnvironmentVariableIsSet("INTERNTRACK_CI"))                                                           \
                QFAIL(tool " is not installed: .ci/setup-deps installs it");                                           \
            QSKIP(tool " is not installed");                                                                           \
        }                                                                                                              \
    } while (false)

/// Text compared as a reader sees it: compatibility forms folded (ligatures, no-break spaces), spaces collapsed.
QString plain(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// The text of a PDF, by pdftotext (poppler-utils); empty on failure.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return plain(QString::fromUtf8(p.readAllStandardOutput()));
}

const Internship* findInternship(const Cohort& c, const QString& id)
{
    for (const Internship& i : c.internships) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const Student* findStudent(const Cohort& c, const QString& id)
{
    for (const Student& s : c.students) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QHash<QString, InternshipFigures> demoFigures(const Cohort& c)
{
    return Checker(c.rules).check(c, test::demoNow().date(), Stage::Proposal).internships;
}

/// Copies @p path into $INTERNTRACK_KEEP_DOCUMENTS when it is set, for people to look at.
void keep(const QString& path)
{
    const QString dir = qEnvironmentVariable("INTERNTRACK_KEEP_DOCUMENTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void escapesValues();
    void unknownPlaceholder_data();
    void unknownPlaceholder();
    void sections();
    void userTemplateWins();
    void builtInTemplatesRender_data();
    void builtInTemplatesRender();
    void agreementValuesFormat();

    void asciiFold_data();
    void asciiFold();

    void escapedNameInPdf_data();
    void escapedNameInPdf();
    void demoAgreementPdf_data();
    void demoAgreementPdf();
    void certificatePdf();
    void odt();
    void batchCancel();
    void batchBadFolder();
    void writeIntoUnwritablePlace();
};

void TestDocuments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InternTrackTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_documents"));
    // No user copy left over from an earlier run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates"))
        .removeRecursively();
}

void TestDocuments::escapesValues()
{
    auto t = DocumentTemplate::fromHtml(QStringLiteral("<p>{{name}}</p><p>{{note}}</p>"), QStringLiteral("t.html"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto html = t->render({{QStringLiteral("name"), QStringLiteral("Zoë <O'Brien> & \"Co\"")},
                           {QStringLiteral("note"), QStringLiteral("line 1\nline 2 {{name}}")}});
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QCOMPARE(html.value(), QStringLiteral("<p>Zoë &lt;O'Brien&gt; &amp; &quot;Co&quot;</p>"
                                          "<p>line 1<br>line 2 {{name}}</p>")); // a value is never expanded again
}

void TestDocuments::unknownPlaceholder_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // in the message

    QTest::newRow("typo") << QStringLiteral("<p>{{student_name}} {{studnet_name}}</p>")
                          << QStringLiteral("{{studnet_name}}");
    QTest::newRow("in a section left out")
        << QStringLiteral("{{#flag}}<p>{{typo}}</p>{{/flag}}") << QStringLiteral("{{typo}}");
    QTest::newRow("unknown section") << QStringLiteral("{{#nosuch}}x{{/nosuch}}") << QStringLiteral("{{nosuch}}");
}

void TestDocuments::unknownPlaceholder()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    auto t = DocumentTemplate::fromHtml(html, QStringLiteral("agreement.fr.html"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto r = t->render({{QStringLiteral("student_name"), QStringLiteral("A")}, {QStringLiteral("flag"), QString()}});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QStringLiteral("agreement.fr.html")), qPrintable(r.error()));

    // Broken syntax is refused when the template is read.
    QVERIFY(!DocumentTemplate::fromHtml(QStringLiteral("{{#a}}x"), QStringLiteral("t")).ok());
    QVERIFY(!DocumentTemplate::fromHtml(QStringLiteral("{{#a}}x{{/b}}"), QStringLiteral("t")).ok());
    QVERIFY(!DocumentTemplate::fromHtml(QStringLiteral("{{ bad key }}"), QStringLiteral("t")).ok());
    QVERIFY(!DocumentTemplate::fromHtml(QStringLiteral("{{}}"), QStringLiteral("t")).ok());
}

void TestDocuments::sections()
{
    auto t = DocumentTemplate::fromHtml(QStringLiteral("{{#due}}due{{#paid}} paid {{amount}}{{/paid}}{{^paid}} unpaid"
                                                       "{{/paid}}{{/due}}{{^due}}not due{{/due}}"),
                                        QStringLiteral("t"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto render = [&](bool due, bool paid) {
        return t
            ->render({{QStringLiteral("due"), due ? QStringLiteral("1") : QString()},
                      {QStringLiteral("paid"), paid ? QStringLiteral("1") : QString()},
                      {QStringLiteral("amount"), QStringLiteral("5 €")}})
            .value();
    };
    QCOMPARE(render(true, true), QStringLiteral("due paid 5 €"));
    QCOMPARE(render(true, false), QStringLiteral("due unpaid"));
    QCOMPARE(render(false, true), QStringLiteral("not due"));
    QCOMPARE(t->keys(), (QStringList{QStringLiteral("amount"), QStringLiteral("due"), QStringLiteral("paid")}));
}

void TestDocuments::userTemplateWins()
{
    auto builtIn = DocumentTemplate::load(QStringLiteral("agreement"), QStringLiteral("en"));
    QVERIFY2(builtIn.ok(), qPrintable(builtIn.error()));
    QVERIFY(!builtIn->isUserCopy());
    QVERIFY(builtIn->html().contains(QStringLiteral("INTERNSHIP AGREEMENT")));

    const QString user = DocumentTemplate::userPath(QStringLiteral("agreement"), QStringLiteral("en"));
    QVERIFY(user.contains(QStringLiteral("/templates/agreement.en.html")));
    QVERIFY(QDir().mkpath(QFileInfo(user).absolutePath()));
    {
        QFile f(user);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<p>Our own agreement for {{student_name}}</p>");
    }
    auto mine = DocumentTemplate::load(QStringLiteral("agreement"), QStringLiteral("en_GB"));
    QVERIFY2(mine.ok(), qPrintable(mine.error()));
    QVERIFY(mine->isUserCopy());
    QCOMPARE(mine->origin(), user);
    QCOMPARE(mine->render({{QStringLiteral("student_name"), QStringLiteral("Ann")}}).value(),
             QStringLiteral("<p>Our own agreement for Ann</p>"));
    // The French one is still the built-in.
    QVERIFY(!DocumentTemplate::load(QStringLiteral("agreement"), QStringLiteral("fr"))->isUserCopy());
    QVERIFY(QFile::remove(user));
    QVERIFY(!DocumentTemplate::load(QStringLiteral("agreement"), QStringLiteral("en"))->isUserCopy());

    QVERIFY(!DocumentTemplate::load(QStringLiteral("agreement"), QStringLiteral("de")).ok());
    QVERIFY(!DocumentTemplate::load(QStringLiteral("../agreement"), QStringLiteral("en")).ok());
}

void TestDocuments::builtInTemplatesRender_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    for (const char* name : {"agreement", "certificate"}) {
        for (const char* language : {"fr", "en"})
            QTest::addRow("%s.%s", name, language) << QString::fromLatin1(name) << QString::fromLatin1(language);
    }
}

void TestDocuments::builtInTemplatesRender()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const RuleSet rules = test::rules2025();
    const Internship i = test::cleanInternship();
    const Student s{QStringLiteral("s1"), QStringLiteral("Ann Lee"), QStringLiteral("ann@example.org"), {}, {}};
    const InternshipFigures f = Checker(rules).figures(i, test::d("2026-03-02"));
    auto t = DocumentTemplate::load(name, language);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const auto values = name == QLatin1String("agreement")
                            ? agreementValues(i, s, rules, f, language, QStringLiteral("Nona Naderi"))
                            : certificateValues(i, s, rules, f, language);
    // Every key the template uses is given, and every value given is used (no dead field).
    for (const QString& key : t->keys())
        QVERIFY2(values.contains(key), qPrintable(key));
    auto html = t->render(values);
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QVERIFY(!html->contains(QStringLiteral("{{")));
    QVERIFY(html->contains(QStringLiteral("Ann Lee")));
}

void TestDocuments::agreementValuesFormat()
{
    const RuleSet rules = test::rules2025();
    Internship i = test::cleanInternship();
    i.gratification = {682.5, GratificationPer::Month};
    i.weeklyHours = 17.5;
    i.absences = {test::d("2026-05-20")};
    const Student s{QStringLiteral("s1"), QStringLiteral("Ann"), {}, {}, {}};
    const InternshipFigures f = Checker(rules).figures(i, test::d("2026-03-02"));
    const auto fr = agreementValues(i, s, rules, f, QStringLiteral("fr"), QString());
    const auto en = agreementValues(i, s, rules, f, QStringLiteral("en"), QString());
    QCOMPARE(plain(fr.value(QStringLiteral("gratification_amount"))), QStringLiteral("682,50 €"));
    QCOMPARE(en.value(QStringLiteral("gratification_amount")), QStringLiteral("€682.50"));
    QCOMPARE(fr.value(QStringLiteral("start_date")), QStringLiteral("4 mai 2026"));
    QCOMPARE(en.value(QStringLiteral("end_date")), QStringLiteral("26 June 2026"));
    QCOMPARE(fr.value(QStringLiteral("weekly_hours")), QStringLiteral("17,5"));
    QCOMPARE(en.value(QStringLiteral("weekly_hours")), QStringLiteral("17.5"));
    QCOMPARE(en.value(QStringLiteral("absences")), QStringLiteral("20 May 2026"));
    QCOMPARE(en.value(QStringLiteral("absences_declared")), QStringLiteral("1"));
    // 8 weeks of schedule less one absence: 39 days; three public holidays (14, 25 May) fall on weekdays.
    QCOMPARE(en.value(QStringLiteral("scheduled_days")), QString::number(f.days.scheduledDays));
    QCOMPARE(en.value(QStringLiteral("presence_days")), QString::number(f.days.presenceDays));
    QVERIFY(en.value(QStringLiteral("holidays_in_period")).contains(QStringLiteral("14 May 2026")));
    QVERIFY(en.value(QStringLiteral("student_number")).startsWith(QChar(0x2026))); // unknown: a line to fill in
    QVERIFY(en.value(QStringLiteral("gratification_due")).isEmpty()); // 8 weeks part-time: at most 2 months
    QCOMPARE(en.value(QStringLiteral("gratification_paid")), QStringLiteral("1"));
    QCOMPARE(en.value(QStringLiteral("university")), QStringLiteral("Université Paris-Saclay"));
}

void TestDocuments::asciiFold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents") << QStringLiteral("Chloé Dubois") << QStringLiteral("chloe-dubois");
    QTest::newRow("punctuation") << QStringLiteral("Zoë <O'Brien> & \"Co\"") << QStringLiteral("zoe-obrien-co");
    QTest::newRow("spanish") << QStringLiteral("Diego Fernández") << QStringLiteral("diego-fernandez");
    QTest::newRow("ligatures") << QStringLiteral("Œdipe Straße Ærø") << QStringLiteral("oedipe-strasse-aero");
    QTest::newRow("polish") << QStringLiteral("Łukasz Wróbel") << QStringLiteral("lukasz-wrobel");
    QTest::newRow("not latin") << QStringLiteral("王伟") << QString();
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
}

void TestDocuments::asciiFold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DocumentBatch::asciiFold(text), expected);
}

void TestDocuments::escapedNameInPdf_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::newRow("markup and quotes") << QStringLiteral("Zoë <O'Brien> & \"Co\"") << QStringLiteral("Inria & <Co>");
    // A name far longer than a line: wrapped, never cut, and the pages still come out.
    QTest::newRow("very long")
        << QStringLiteral("Maria-Dolores Esperanza Concepción de la Santísima Trinidad "
                          "Fernández-Villaverde y Rodríguez de los Ríos Montenegro")
        << QString(QStringLiteral("Laboratoire Interdisciplinaire des Sciences du Numérique ")).repeated(4).trimmed();
}

void TestDocuments::escapedNameInPdf()
{
    REQUIRE_TOOL("pdftotext");
    QFETCH(QString, name);
    QFETCH(QString, host);
    const RuleSet rules = test::rules2025();
    Internship i = test::cleanInternship();
    i.host.name = host;
    const Student s{QStringLiteral("s1"), name, QStringLiteral("zoe@example.org"), QStringLiteral("20251234"), {}};
    const InternshipFigures f = Checker(rules).figures(i, test::d("2026-03-02"));
    auto t = DocumentTemplate::load(QStringLiteral("agreement"), QStringLiteral("en"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto html = t->render(agreementValues(i, s, rules, f, QStringLiteral("en"), QStringLiteral("Nona Naderi")));
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zoe.pdf"));
    const Status st = DocumentWriter::writePdf(html.value(), path, QString());
    QVERIFY2(st.ok(), qPrintable(st.error()));
    // Compared without line breaks and spacing: a long value wraps.
    const auto squeezed = [](QString text) { return text.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const QString text = squeezed(pdfText(path));
    QVERIFY2(text.contains(squeezed(name)), qPrintable(text.left(600)));
    QVERIFY2(text.contains(squeezed(host)), qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("20251234")));
}

void TestDocuments::demoAgreementPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // Every clause of D124-4, then the figures of int-fontaine (600 € a month, 2 March – 30 June 2026, 35 h).
    QTest::newRow("fr") << QStringLiteral("fr")
                        << QStringList{
                               QStringLiteral("CONVENTION DE STAGE"),
                               QStringLiteral("L'établissement d'enseignement"),
                               QStringLiteral("L'organisme d'accueil"),
                               QStringLiteral("numéro d'étudiant : 20251370"),
                               QStringLiteral("Article 2 — Sujet et activités confiées"),
                               QStringLiteral("Article 3 — Dates et durée"),
                               QStringLiteral("Article 4 — Durée hebdomadaire ; nuit, dimanche et jours fériés"),
                               QStringLiteral("Article 5 — Encadrement : tuteur et enseignant référent"),
                               QStringLiteral("Article 6 — Gratification"),
                               QStringLiteral("Article 7 — Avantages"),
                               QStringLiteral("Article 8 — Protection sociale"),
                               QStringLiteral("Article 9 — Congés et absences"),
                               QStringLiteral("Article 10 — Règlement de l'organisme d'accueil"),
                               QStringLiteral("Article 11 — Suspension et résiliation"),
                               QStringLiteral("Article 12 — Validation en cas d'interruption"),
                               QStringLiteral("Article 13 — Rapport et évaluation"),
                               QStringLiteral("Article 14 — Attestation de stage"),
                               QStringLiteral("Léa Fontaine"),
                               QStringLiteral("Dataiku"),
                               QStringLiteral("Marie Leclerc"),
                               QStringLiteral("Nona Naderi"),
                               QStringLiteral("AutoML for time series"),
                               QStringLiteral("du 2 mars 2026 au 30 juin 2026"),
                               QStringLiteral("600,00 € par mois"),
                               QStringLiteral("par virement bancaire mensuel"),
                               QStringLiteral("35 heures"),
                               QStringLiteral("accidents du travail"),
                               QStringLiteral("4 à 6 pages"),
                               QStringLiteral("Le tuteur ou la tutrice de stage"),
                               QStringLiteral("Pour l'établissement d'enseignement"),
                           };
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{
                               QStringLiteral("INTERNSHIP AGREEMENT"),
                               QStringLiteral("The university"),
                               QStringLiteral("The host organisation"),
                               QStringLiteral("student number: 20251370"),
                               QStringLiteral("Article 2 — Subject and activities"),
                               QStringLiteral("Article 3 — Dates and duration"),
                               QStringLiteral("Article 4 — Working hours; nights, Sundays and public holidays"),
                               QStringLiteral("Article 5 — Supervision: tutor and academic advisor"),
                               QStringLiteral("Article 6 — Gratification"),
                               QStringLiteral("Article 7 — Benefits"),
                               QStringLiteral("Article 8 — Social protection"),
                               QStringLiteral("Article 9 — Leave and absences"),
                               QStringLiteral("Article 10 — The host's rules"),
                               QStringLiteral("Article 11 — Suspension and termination"),
                               QStringLiteral("Article 12 — Validation if the internship is interrupted"),
                               QStringLiteral("Article 13 — Report and evaluation"),
                               QStringLiteral("Article 14 — Certificate of internship"),
                               QStringLiteral("Léa Fontaine"),
                               QStringLiteral("from 2 March 2026 to 30 June 2026"),
                               QStringLiteral("€600.00 per month"),
                               QStringLiteral("by monthly bank transfer"),
                               QStringLiteral("35 hours"),
                               QStringLiteral("Accidents at work"),
                               QStringLiteral("4 to 6 pages"),
                               QStringLiteral("The internship tutor"),
                               QStringLiteral("For the university"),
                           };
}

void TestDocuments::demoAgreementPdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    REQUIRE_TOOL("pdftotext");
    const Cohort c = demoCohort(AcademicYear{2025});
    const Internship* i = findInternship(c, QStringLiteral("int-fontaine"));
    QVERIFY(i);
    const Student* s = findStudent(c, i->studentId);
    QVERIFY(s);
    const InternshipFigures f = demoFigures(c).value(i->id);
    QVERIFY(f.gratificationRequired);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreement-%1.pdf").arg(language));
    QElapsedTimer timer;
    timer.start();
    auto t = DocumentTemplate::load(QStringLiteral("agreement"), language);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto html = t->render(agreementValues(*i, *s, c.rules, f, language, QStringLiteral("Nona Naderi")));
    QVERIFY2(html.ok(), qPrintable(html.error()));
    const Status st = DocumentWriter::writePdf(html.value(), path, QString());
    const qint64 ms = timer.elapsed();
    QVERIFY2(st.ok(), qPrintable(st.error()));
    qInfo("agreement (%s): %lld ms, %lld bytes", qPrintable(language), ms, QFileInfo(path).size());
    keep(path);

    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    for (const QString& e : expected)
        QVERIFY2(text.contains(plain(e)), qPrintable(QStringLiteral("missing: ") + e));
    QVERIFY(!text.contains(QStringLiteral("{{")));

    // The PDF is A4 and titled after the student.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (info.waitForFinished(30000) && info.exitCode() == 0) {
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("(A4)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Léa Fontaine")), qPrintable(out));
    }
}

void TestDocuments::certificatePdf()
{
    REQUIRE_TOOL("pdftotext");
    const Cohort c = demoCohort(AcademicYear{2025});
    const Internship* i = findInternship(c, QStringLiteral("int-fontaine"));
    QVERIFY(i);
    const InternshipFigures f = demoFigures(c).value(i->id);
    auto t = DocumentTemplate::load(QStringLiteral("certificate"), QStringLiteral("fr"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto html =
        t->render(certificateValues(*i, *findStudent(c, i->studentId), c.rules, f, QStringLiteral("fr"), 2431.5));
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certificate-fr.pdf"));
    const Status st = DocumentWriter::writePdf(html.value(), path, QString());
    QVERIFY2(st.ok(), qPrintable(st.error()));
    keep(path);
    const QString text = pdfText(path);
    for (const QString& e :
         {QStringLiteral("ATTESTATION DE STAGE"), QStringLiteral("Léa Fontaine"),
          QStringLiteral("du 2 mars 2026 au 30 juin 2026"),
          QStringLiteral("%1 jours de présence").arg(f.days.presenceDays), QStringLiteral("2 431,50 €")})
        QVERIFY2(text.contains(plain(e)), qPrintable(QStringLiteral("missing: ") + e));
}

void TestDocuments::odt()
{
    const Cohort c = demoCohort(AcademicYear{2025});
    const Internship* i = findInternship(c, QStringLiteral("int-dubois"));
    QVERIFY(i);
    const Student* s = findStudent(c, i->studentId);
    QVERIFY(s);
    auto t = DocumentTemplate::load(QStringLiteral("agreement"), QStringLiteral("fr"));
    QVERIFY2(t.ok(), qPrintable(t.error()));
    auto html = t->render(agreementValues(*i, *s, c.rules, demoFigures(c).value(i->id), QStringLiteral("fr"),
                                          QStringLiteral("Nona Naderi")));
    QVERIFY2(html.ok(), qPrintable(html.error()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreement.odt"));
    const Status st = DocumentWriter::writeOdt(html.value(), path);
    QVERIFY2(st.ok(), qPrintable(st.error()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    QVERIFY(data.startsWith("PK")); // a zip
    QVERIFY(data.contains("application/vnd.oasis.opendocument.text"));
    f.close();
    keep(path);

    REQUIRE_TOOL("soffice");
    REQUIRE_TOOL("pdftotext");
    QProcess lo;
    lo.setWorkingDirectory(dir.path());
    const QString profile =
        QStringLiteral("-env:UserInstallation=file:///tmp/it-lo-%1").arg(QCoreApplication::applicationPid());
    lo.start(QStringLiteral("soffice"), {QStringLiteral("--headless"), profile, QStringLiteral("--convert-to"),
                                         QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), path});
    QVERIFY(lo.waitForFinished(180000));
    QDir(QStringLiteral("/tmp/it-lo-%1").arg(QCoreApplication::applicationPid())).removeRecursively();
    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    QVERIFY2(QFileInfo::exists(pdf), lo.readAllStandardError().constData());
    keep(pdf);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Chloé Dubois")), qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("CONVENTION DE STAGE")));
}

void TestDocuments::batchCancel()
{
    const Cohort c = demoCohort(AcademicYear{2025});
    const QStringList ids{QStringLiteral("int-benali"), QStringLiteral("int-martin"), QStringLiteral("int-dubois"),
                          QStringLiteral("int-zhang"), QStringLiteral("int-rossi")};
    const auto figures = demoFigures(c);
    QTemporaryDir dir;
    QList<std::pair<int, int>> calls;
    auto result = DocumentBatch::writeAgreements(c, figures, ids, dir.path(), DocumentFormat::Pdf, QStringLiteral("en"),
                                                 QStringLiteral("Nona Naderi"), [&](int done, int total) {
                                                     calls.append({done, total});
                                                     return done < 2;
                                                 });
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(result->cancelled);
    QCOMPARE(calls, (QList<std::pair<int, int>>{{0, 5}, {1, 5}, {2, 5}}));
    const QStringList files =
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("agreement-amina-benali-int-benali.pdf"),
                                 QStringLiteral("agreement-lucas-martin-int-martin.pdf")}));
    QCOMPARE(result->written.size(), 2);
    for (const QString& path : result->written) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("%PDF-"));
        QVERIFY(data.trimmed().endsWith("%%EOF")); // whole
    }

    // Without cancelling, all five (ODT here), and a second run replaces them.
    QTemporaryDir all;
    for (int run = 0; run < 2; ++run) {
        auto full = DocumentBatch::writeAgreements(c, figures, ids, all.path(), DocumentFormat::Odt,
                                                   QStringLiteral("fr"), QString());
        QVERIFY2(full.ok(), qPrintable(full.error()));
        QVERIFY(!full->cancelled);
        QCOMPARE(full->written.size(), 5);
        QCOMPARE(QDir(all.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 5);
    }

    // An unknown id fails before anything is written.
    QTemporaryDir none;
    auto bad = DocumentBatch::writeAgreements(c, figures, {ids.first(), QStringLiteral("int-nosuch")}, none.path(),
                                              DocumentFormat::Pdf, QStringLiteral("en"), QString());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QStringLiteral("int-nosuch")), qPrintable(bad.error()));
    QVERIFY(QDir(none.path()).isEmpty());
}

void TestDocuments::batchBadFolder()
{
    const Cohort c = demoCohort(AcademicYear{2025});
    const auto figures = demoFigures(c);
    const QStringList ids{QStringLiteral("int-benali")};
    QTemporaryDir dir;

    const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
    auto r = DocumentBatch::writeAgreements(c, figures, ids, missing, DocumentFormat::Pdf, QStringLiteral("en"), {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("does not exist")) && r.error().contains(missing),
             qPrintable(r.error()));

    // A path under a regular file cannot be written, even by root.
    r = DocumentBatch::writeAgreements(c, figures, ids, QStringLiteral("/etc/passwd/x"), DocumentFormat::Pdf,
                                       QStringLiteral("en"), {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("/etc/passwd is a file")), qPrintable(r.error()));

    // A read-only folder (root writes anyway: there chmod blocks nothing).
    const QString readOnly = dir.filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    if (!QFileInfo(readOnly).isWritable()) {
        r = DocumentBatch::writeAgreements(c, figures, ids, readOnly, DocumentFormat::Pdf, QStringLiteral("en"), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("read-only")), qPrintable(r.error()));
        QVERIFY(QDir(readOnly).isEmpty());
    }
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDocuments::writeIntoUnwritablePlace()
{
    const QString html = QStringLiteral("<p>x</p>");
    Status st = DocumentWriter::writePdf(html, QStringLiteral("/etc/passwd/x/agreement.pdf"), QString());
    QVERIFY(!st.ok());
    QVERIFY2(st.error().contains(QStringLiteral("is a file")), qPrintable(st.error()));
    st = DocumentWriter::writeOdt(html, QStringLiteral("/nonexistent-it-folder/agreement.odt"));
    QVERIFY(!st.ok());
    QVERIFY2(st.error().contains(QStringLiteral("does not exist")), qPrintable(st.error()));

    // A folder in the way of the file: refused, nothing left behind.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("agreement.pdf")));
    st = DocumentWriter::writePdf(html, dir.filePath(QStringLiteral("agreement.pdf")), QString());
    QVERIFY(!st.ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);

    // A failed write leaves an older file whole.
    const QString old = dir.filePath(QStringLiteral("old.pdf"));
    QVERIFY(DocumentWriter::writePdf(html, old, QStringLiteral("old")).ok());
    const QByteArray before = [&] {
        QFile f(old);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(before.startsWith("%PDF-"));
    QVERIFY(!DocumentWriter::saveFile(QByteArray("x"), dir.filePath(QStringLiteral("agreement.pdf"))).ok());
    QFile f(old);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"

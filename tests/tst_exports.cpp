// The exports of issue 7 besides agreements and certificates: the calendar (.ics, parsed back with libical),
// the lists (CSV bytes, PDF text), the reminders (.eml headers, mailto: URLs).
#include "TestSupport.h"
#include "documents/CalendarExport.h"
#include "documents/ListExport.h"
#include "documents/Reminders.h"
#include "rules/Checker.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <libical/ical.h>

using namespace interntrack;
using test::d;

namespace {

/// Zoë, whose name has an accent, a comma, a semicolon and quotes; Bob, who shares her TER.
Cohort smallCohort()
{
    Cohort c;
    c.rules = test::rules2025();
    c.students = {
        Student{QStringLiteral("s1"),
                QStringLiteral("Zoë \"Zo\" O'Brien, Jr; PhD"),
                QStringLiteral("zoe@example.org"),
                {},
                {}},
        Student{QStringLiteral("s2"), QStringLiteral("Bob Martin"), QStringLiteral("bob@example.org"), {}, {}}};
    c.internships = {test::cleanInternship()};
    Ter ter = test::cleanTer();
    ter.studentIds = {QStringLiteral("s1"), QStringLiteral("s2")};
    ter.grade = 15.5;
    c.ters = {ter};
    return c;
}

QHash<QString, InternshipFigures> figuresOf(const Cohort& c, QDate today)
{
    return Checker(c.rules).check(c, today, Stage::Current).internships;
}

struct IcalDeleter
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using IcalPtr = std::unique_ptr<icalcomponent, IcalDeleter>;

/// The events of @p ics by UID: (DTSTART as YYYY-MM-DD, SUMMARY unescaped).
QHash<QString, std::pair<QString, QString>> parseEvents(const QByteArray& ics)
{
    QHash<QString, std::pair<QString, QString>> out;
    IcalPtr calendar(icalparser_parse_string(ics.constData()));
    if (!calendar)
        return out;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        const icaltimetype start = icalcomponent_get_dtstart(e);
        const QString date = start.is_date ? QDate(start.year, start.month, start.day).toString(Qt::ISODate)
                                           : QStringLiteral("not a date");
        out.insert(QString::fromUtf8(icalcomponent_get_uid(e)),
                   {date, QString::fromUtf8(icalcomponent_get_summary(e))});
    }
    return out;
}

QString pdfText(const QString& path, bool* skipped)
{
    *skipped = false;
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) {
        *skipped = true;
        return {};
    }
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

#define REQUIRE_PDFTOTEXT(skipped)                                                                                     \
    do {                                                                                                               \
        if (skipped) {                                                                                                 \
            if (qEnvironmentVariableIsSet("INTERNTRACK_CI"))                                                           \
                QFAIL("pdftotext (poppler-utils) is missing: the CI must install it");                                 \
            QSKIP("pdftotext (poppler-utils) is not installed");                                                       \
        }                                                                                                              \
    } while (false)

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void calendarHasEveryDeadline();
    void calendarIsDeterministicAndSelective();
    void calendarEscapesText();
    void csvBytes_data();
    void csvBytes();
    void listsOfTheCohort();
    void listPdfRepeatsTheHeader();
    void reminderSaysWhatIsMissing();
    void reminderInFrench();
    void nothingMissingNoReminder();
    void emlHeaders();
    void encodedWordsAreShortAndDecode();
    void mailtoUrl();
    void writeEmlFiles();
};

void TestExports::calendarHasEveryDeadline()
{
    const Cohort c = smallCohort();
    const QDate today = d("2026-03-02");
    const QByteArray ics = CalendarExport::calendarIcs(c, figuresOf(c, today), {}, today);
    const auto events = parseEvents(ics);
    // Internship: proposal, signatures, start, end, report; the group TER: start, end, report, once each.
    QCOMPARE(events.size(), 8);
    const auto proposal = events.value(QStringLiteral("internship-i1-proposal_due@interntrack"));
    QCOMPARE(proposal.first, QStringLiteral("2026-02-04")); // 4 May − 3 months
    QVERIFY2(proposal.second.startsWith(QStringLiteral("Proposal due: Zoë")), qPrintable(proposal.second));
    QCOMPARE(events.value(QStringLiteral("internship-i1-signatures_due@interntrack")).first,
             QStringLiteral("2026-05-03"));
    QCOMPARE(events.value(QStringLiteral("internship-i1-start@interntrack")).first, QStringLiteral("2026-05-04"));
    QCOMPARE(events.value(QStringLiteral("internship-i1-end@interntrack")).first, QStringLiteral("2026-06-26"));
    QCOMPARE(events.value(QStringLiteral("internship-i1-report_due@interntrack")).first,
             QDate(c.rules.deadline).toString(Qt::ISODate));
    const QString terStart = events.value(QStringLiteral("ter-t1-start@interntrack")).second;
    QVERIFY2(terStart.contains(QLatin1String("Bob Martin")) && terStart.contains(QLatin1String("O'Brien")),
             qPrintable(terStart));
    // All-day events, stamped with "today", lines folded by libical within 75 octets.
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20260204\r\n"));
    QVERIFY(ics.contains("DTSTAMP:20260302T000000Z\r\n"));
    for (const QByteArray& line : ics.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData());
}

void TestExports::calendarIsDeterministicAndSelective()
{
    const Cohort c = smallCohort();
    const QDate today = d("2026-03-02");
    const auto figures = figuresOf(c, today);
    QCOMPARE(CalendarExport::calendarIcs(c, figures, {}, today), CalendarExport::calendarIcs(c, figures, {}, today));
    const auto bob = parseEvents(CalendarExport::calendarIcs(c, figures, {QStringLiteral("s2")}, today));
    QCOMPARE(bob.size(), 3); // the TER only
    QVERIFY(!bob.value(QStringLiteral("ter-t1-end@interntrack")).second.contains(QStringLiteral("Zoë")));
    QCOMPARE(parseEvents(CalendarExport::calendarIcs(c, figures, {QStringLiteral("nobody")}, today)).size(), 0);
}

void TestExports::calendarEscapesText()
{
    const Cohort c = smallCohort();
    const QDate today = d("2026-03-02");
    const QByteArray ics = CalendarExport::calendarIcs(c, figuresOf(c, today), {QStringLiteral("s1")}, today);
    // RFC 5545 TEXT: ',' and ';' escaped by a backslash; UTF-8 kept.
    QVERIFY2(ics.contains("O'Brien\\, Jr\\; PhD"), ics.constData());
    QVERIFY(ics.contains("Zo\xC3\xAB"));
    QVERIFY(!ics.contains("Jr; PhD"));
    const auto events = parseEvents(ics);
    QCOMPARE(events.value(QStringLiteral("internship-i1-start@interntrack")).second,
             QStringLiteral("Start: Zoë \"Zo\" O'Brien, Jr; PhD (internship at Inria Saclay)"));
}

void TestExports::csvBytes_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("semicolon-decimal-comma") << ';'
                                             << QByteArray("\xEF\xBB\xBF"
                                                           "Name;Grade\r\n\"Zo\xC3\xAB; Jr\";15,5\r\nBob, Jr;12\r\n");
    QTest::newRow("comma-decimal-point") << ','
                                         << QByteArray("\xEF\xBB\xBF"
                                                       "Name,Grade\r\nZo\xC3\xAB; Jr,15.5\r\n\"Bob, Jr\",12\r\n");
}

void TestExports::csvBytes()
{
    QFETCH(char, delimiter);
    QFETCH(QByteArray, expected);
    ExportTable table;
    table.header = {QStringLiteral("Name"), QStringLiteral("Grade")};
    table.rows = {{QStringLiteral("Zoë; Jr"), QStringLiteral("15.5")},
                  {QStringLiteral("Bob, Jr"), QStringLiteral("12")}};
    table.numericColumns = {1};
    CsvFormat format;
    format.delimiter = delimiter;
    QCOMPARE(ListExport::toCsv(table, format), expected);
}

void TestExports::listsOfTheCohort()
{
    Cohort c = smallCohort();
    c.internships[0].state = WorkflowState::Completed; // ended, without report nor proof
    const QDate today = d("2026-07-15");
    const CheckResult result = Checker(c.rules).check(c, today, Stage::Current);

    const ExportTable status = ListExport::studentStatus(c, result, {});
    QCOMPARE(status.rows.size(), 2);
    QCOMPARE(status.rows.at(0).at(0), QStringLiteral("s1"));
    QCOMPARE(status.rows.at(0).at(3), QStringLiteral("yes")); // placed: completed internship
    QCOMPARE(status.rows.at(1).at(3), QStringLiteral("no")); // Bob has no internship
    QVERIFY(status.rows.at(0).at(4).startsWith(QLatin1String("i1: ")));
    QCOMPARE(status.header.size(), status.rows.at(0).size());

    const ExportTable owed = ListExport::deliverablesOwed(c, {QStringLiteral("s1")}, today);
    QStringList what;
    for (const QStringList& row : owed.rows) {
        if (row.at(5) == QLatin1String("i1")) {
            QCOMPARE(row.at(0), QDate(c.rules.deadline).toString(Qt::ISODate));
            QCOMPARE(row.at(1), QStringLiteral("yes")); // late on 15 July
            what.append(row.at(6));
        }
    }
    QCOMPARE(what.size(), 2); // the report and the completion proof

    const ExportTable grades = ListExport::terGrades(c, {});
    QCOMPARE(grades.rows.size(), 2); // one row per student of the group TER
    QCOMPARE(grades.rows.at(0).last(), QStringLiteral("15.5"));
    QVERIFY(ListExport::toCsv(grades).contains(";15,5\r\n"));
}

void TestExports::listPdfRepeatsTheHeader()
{
    ExportTable table;
    table.title = QStringLiteral("Students of 2025-2026");
    table.header = {QStringLiteral("Student id"), QStringLiteral("Name"), QStringLiteral("Grade")};
    table.numericColumns = {2};
    for (int i = 0; i < 150; ++i)
        table.rows.append(
            {QStringLiteral("s%1").arg(i), QStringLiteral("Élève numéro %1").arg(i), QStringLiteral("12.5")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    const Status s = ListExport::writePdf(table, path, QLatin1Char(','));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    bool skipped = false;
    const QString text = pdfText(path, &skipped);
    REQUIRE_PDFTOTEXT(skipped);
    QVERIFY2(text.contains(QStringLiteral("Élève numéro 149")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QLatin1String("12,5")));
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, "150 rows should take more than one page");
    for (const QString& page : pages) {
        if (!page.trimmed().isEmpty())
            QVERIFY2(page.contains(QLatin1String("Student id")), qPrintable(page.left(300)));
    }
}

void TestExports::reminderSaysWhatIsMissing()
{
    Cohort c = smallCohort();
    c.internships[0].state = WorkflowState::Signed;
    c.internships[0].signatures = {};
    c.internships[0].signatures.student = d("2026-04-01");
    const auto draft =
        Reminders::draft(c, c.students.at(0), d("2026-05-05"), QStringLiteral("en"), QStringLiteral("The advisor"));
    QVERIFY(draft);
    QCOMPARE(draft->studentId, QStringLiteral("s1"));
    QCOMPARE(draft->to, QStringLiteral("Zoë \"Zo\" O'Brien, Jr; PhD <zoe@example.org>"));
    // "signature(s)" until the English catalogue has the plural of this new string.
    QVERIFY2(draft->body.contains(QLatin1String("lacks 3 signature")), qPrintable(draft->body));
    QVERIFY2(draft->body.contains(QLatin1String("3 May 2026")), qPrintable(draft->body));
    QVERIFY(draft->body.endsWith(QLatin1String("The advisor\n")));
    // Bob has no internship, summer school nor seminars.
    const auto bob = Reminders::draft(c, c.students.at(1), d("2026-05-05"), QStringLiteral("en"));
    QVERIFY(bob);
    QVERIFY2(bob->body.contains(QLatin1String("not proposed an internship")), qPrintable(bob->body));
    QCOMPARE(Reminders::drafts(c, {}, d("2026-05-05"), QStringLiteral("en")).size(), 2);
    QCOMPARE(Reminders::drafts(c, {QStringLiteral("s2")}, d("2026-05-05"), QStringLiteral("en")).size(), 1);
}

void TestExports::reminderInFrench()
{
    Cohort c = smallCohort();
    c.internships[0].state = WorkflowState::Completed;
    const auto draft = Reminders::draft(c, c.students.at(0), d("2026-07-15"), QStringLiteral("fr"));
    QVERIFY(draft);
    // Dates in the language of the reminder, whatever the application's.
    QVERIFY2(draft->body.contains(QLatin1String("30 juin 2026")), qPrintable(draft->body));
}

void TestExports::nothingMissingNoReminder()
{
    Cohort c = smallCohort();
    c.students.removeLast();
    c.ters[0].studentIds = {QStringLiteral("s1")};
    c.ters[0].state = WorkflowState::Validated;
    c.internships[0].state = WorkflowState::Validated;
    QVERIFY(!Reminders::draft(c, c.students.at(0), d("2026-07-15"), QStringLiteral("en")));
}

void TestExports::emlHeaders()
{
    EmailDraft draft;
    draft.studentId = QStringLiteral("s1");
    draft.to = QStringLiteral("Zoë O'Brien <zoe@example.org>");
    draft.subject = QStringLiteral("Votre année : ce qui manque");
    draft.body = QStringLiteral("Bonjour Zoë,\n\nLe rapport.\n");
    const QByteArray eml = Reminders::eml(draft);
    const qsizetype split = eml.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QByteArray headers = eml.left(split + 2);
    const QByteArray body = eml.mid(split + 4);
    QVERIFY2(headers.startsWith("To: =?UTF-8?B?"), headers.constData());
    QVERIFY(headers.contains("?= <zoe@example.org>\r\n"));
    QVERIFY(headers.contains("Subject: =?UTF-8?B?"));
    QVERIFY(headers.contains("MIME-Version: 1.0\r\n"));
    QVERIFY(headers.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    QVERIFY(headers.contains("Content-Transfer-Encoding: 8bit\r\n"));
    QVERIFY(headers.contains("X-Unsent: 1\r\n"));
    for (const char c : headers)
        QVERIFY2(uchar(c) < 128, "a header holds a byte that is not ASCII");
    QCOMPARE(body, QByteArray("Bonjour Zo\xC3\xAB,\r\n\r\nLe rapport.\r\n"));

    draft.to = QStringLiteral("Bob \"B\" Martin <bob@example.org>");
    draft.subject = QStringLiteral("Plain subject");
    const QByteArray plain = Reminders::eml(draft);
    QVERIFY2(plain.startsWith("To: \"Bob \\\"B\\\" Martin\" <bob@example.org>\r\nSubject: Plain subject\r\n"),
             plain.constData());
}

void TestExports::encodedWordsAreShortAndDecode()
{
    QCOMPARE(Reminders::encodeHeader(QStringLiteral("Hello")), QByteArray("Hello"));
    const QString long_ = QStringLiteral("Réclamation: éàü — ") + QString(40, QChar(0x00E9)) + QStringLiteral(" 😀 fin");
    const QByteArray encoded = Reminders::encodeHeader(long_);
    QString decoded;
    const QList<QByteArray> lines = encoded.split('\n');
    QVERIFY(lines.size() > 1);
    QByteArray bytes;
    for (QByteArray line : lines) {
        line = line.trimmed();
        QVERIFY2(line.size() <= 75, line.constData());
        QVERIFY(line.startsWith("=?UTF-8?B?") && line.endsWith("?="));
        const QByteArray word = QByteArray::fromBase64(line.mid(10, line.size() - 12));
        // Each word holds whole characters.
        QVERIFY2(QString::fromUtf8(word).toUtf8() == word
                     && !QString::fromUtf8(word).contains(QChar::ReplacementCharacter),
                 word.constData());
        bytes += word;
    }
    QCOMPARE(QString::fromUtf8(bytes), long_);
}

void TestExports::mailtoUrl()
{
    EmailDraft draft;
    draft.to = QStringLiteral("Zoë <zoe@example.org>");
    draft.subject = QStringLiteral("Rapport & preuve = 2 éléments?");
    draft.body = QStringLiteral("Bonjour,\nligne 2 + fin #1\n");
    const QUrl url = Reminders::mailto(draft);
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("zoe@example.org"));
    const QString text = url.toString(QUrl::FullyEncoded);
    QVERIFY2(text.startsWith(QLatin1String("mailto:zoe@example.org?subject=Rapport%20%26%20preuve%20%3D%202%20")),
             qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("%C3%A9l%C3%A9ments%3F")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("&body=Bonjour%2C%0D%0Aligne%202%20%2B%20fin%20%231%0D%0A")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char(' ')));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), draft.subject);
    QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
             QStringLiteral("Bonjour,\r\nligne 2 + fin #1\r\n"));
}

void TestExports::writeEmlFiles()
{
    const Cohort c = smallCohort();
    QTemporaryDir dir;
    const QList<EmailDraft> drafts = Reminders::drafts(c, {}, d("2026-05-05"), QStringLiteral("en"));
    const Result<QStringList> written = Reminders::writeEml(c, drafts, dir.path());
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written->size(), drafts.size());
    QVERIFY(written->constFirst().endsWith(QLatin1String("/reminder-zoe-zo-obrien-jr-phd-s1.eml")));
    QFile f(written->constFirst());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), Reminders::eml(drafts.constFirst()));
    const Result<QStringList> bad = Reminders::writeEml(c, drafts, dir.filePath(QStringLiteral("missing")));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().contains(QLatin1String("does not exist")), qPrintable(bad.error()));
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"

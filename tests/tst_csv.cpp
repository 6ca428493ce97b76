#include "TestSupport.h"
#include "io/CsvErrors.h"
#include "io/CsvItems.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <ctime>

using namespace interntrack;
using interntrack::test::d;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList sl(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

const QString kFile = QStringLiteral("in.csv");

#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
constexpr int kSpeedLines = 100000; // the figure to report
#else
constexpr int kSpeedLines = 20000; // debug and sanitizer builds are many times slower: keep the test short
#endif

// Items with every field set away from its default, and text that CSV must work to carry.
QList<Student> students()
{
    Student a;
    a.id = s("s1");
    a.name = s("Hélène \"Léna\" Dupont; née Martin, PhD");
    a.email = s("helene@example.org");
    a.studentNumber = s("=20251234");
    a.overrides = {Override{s("STUDENT_INCOMPLETE"), s("advisor"), utc("2026-06-30T10:15:00.123Z"),
                            s("multi\nline reason; with \"quotes\", commas")}};
    Student b;
    b.id = s("-s2");
    b.name = s("  Bob  ");
    b.studentNumber = s("'t Hooft");
    return {a, b};
}

QList<HostEntry> hosts()
{
    HostEntry inria;
    inria.host = Host{s("Inria Saclay"), HostKind::PublicLab, true, s("1 rue Honoré d'Estienne d'Orves\n91120"),
                      s("Palaiseau"),    s("France")};
    inria.tutors = {Tutor{s("Ada Lovelace"), s("ada@inria.fr"), s("+33 1 23 45 67 89")},
                    Tutor{s("Alan Turing"), {}, {}}};
    HostEntry company;
    company.host = Host{s("Mistral; AI"), HostKind::Company, false, {}, s("Paris"), {}};
    HostEntry other;
    other.host = Host{s("Owkin"), HostKind::Company, true, {}, {}, {}};
    other.tutors = {Tutor{{}, s("contact@owkin.com"), {}}};
    return {inria, company, other};
}

QList<TerSubject> terSubjects()
{
    return {TerSubject{s("Graph neural networks, for molecules"), TerKind::ChallengePrep, 3, Lab{s("LISN"), true}},
            TerSubject{s("Open subject"), TerKind::Research, std::nullopt, Lab{s("Lab in \"Lyon\""), false}}};
}

QList<Ter> ters()
{
    Ter a;
    a.id = s("t1");
    a.studentIds = {s("s1"), s("s2")};
    a.kind = TerKind::ChallengeSolve;
    a.subject = s("Solve the \"mini\" challenge");
    a.capacity = 2;
    a.lab = Lab{s("LRI"), false};
    a.supervisor = s("Dr. Curie");
    a.start = d("2026-03-02");
    a.end = d("2026-04-30");
    a.weeklyHours = 3.5;
    a.paid = true;
    a.reportPages = 6;
    a.grade = 15.75;
    a.overrides = {Override{s("TER_DURATION"), s("advisor"), {}, s("short but intense")}};
    a.state = WorkflowState::Validated;
    Ter b;
    b.id = s("t2");
    b.studentIds = {s("s3")};
    b.start = d("2026-03-02");
    b.end = d("2026-05-29");
    return {a, b};
}

QList<Internship> internships()
{
    Internship a;
    a.id = s("i1");
    a.studentId = s("s1");
    a.host = Host{s("Inria Saclay"), HostKind::PublicLab, false, s("Bâtiment 650; \"Ada\""), s("Orsay"), s("France")};
    a.tutor = Tutor{s("Grace Hopper"), s("grace@inria.fr"), s("+33 1 69 15 00 00")};
    a.subject = s(" Transformers for tabular data ");
    a.start = d("2026-05-04");
    a.end = d("2026-06-26");
    a.weeklyHours = 17.5;
    WorkDays days(0);
    days.set(1);
    days.set(3);
    days.set(5);
    days.set(6);
    a.workDays = days;
    a.absences = {d("2026-05-11"), d("2026-05-12")};
    a.submitted = d("2026-01-10");
    a.signatures = Signatures{d("2026-03-02"), d("2026-03-05"), d("2026-03-06"), d("2026-03-10")};
    a.gratification = Gratification{612.37, GratificationPer::Hour};
    a.previousSummer = true;
    a.proof = true;
    a.reportPages = 5;
    a.overrides = {Override{s("INT_LEAD_TIME"), s("advisor"), utc("2026-01-12T08:00:00Z"), s("late, agreed")},
                   Override{s("INT_TEACHING_PERIOD"), {}, {}, s("part-time")}};
    a.state = WorkflowState::InProgress;
    Internship b;
    b.id = s("i2");
    b.studentId = s("s2");
    b.host.name = s("@Home AI");
    b.start = d("2026-05-04");
    b.end = d("2026-07-31");
    b.workDays = WorkDays(0);
    b.signatures.student = d("2026-04-01");
    b.gratification.amountEur = 4.35;
    return {a, b};
}

QList<Seminar> seminars()
{
    Seminar a;
    a.id = s("se1");
    a.studentId = s("s4");
    a.title = s("=cmd|' /C calc'!A0");
    a.date = d("2026-02-03");
    a.paragraph = s("Line one; with \"quotes\".\r\nLine two, with a comma.\n\nLine four: émojis 🎓 work.");
    a.overrides = {Override{s("SEMINAR_PARAGRAPH"), s("advisor"), {}, s("oral summary")}};
    Seminar b;
    b.id = s("se2");
    b.studentId = s("s4");
    b.title = s("+1 for attention");
    b.date = d("2026-02-10");
    return {a, b};
}

QList<SummerSchool> summerSchools()
{
    SummerSchool a;
    a.id = s("ss1");
    a.studentId = s("s3");
    a.name = s("Deep Learning Summer School; Porto");
    a.proposed = true;
    a.start = d("2025-07-07");
    a.end = d("2025-07-11");
    a.fullTimeDays = 5;
    a.reportPages = 2;
    a.reportLinks = {s("https://example.org/a?x=1,y=2"), s("https://example.org/b;c")};
    a.overrides = {Override{s("SCHOOL_TOO_SHORT"), s("advisor"), {}, s("intense")}};
    a.state = WorkflowState::Completed;
    SummerSchool b;
    b.id = s("ss2");
    b.studentId = s("s5");
    b.name = s("Other");
    b.start = d("2025-08-25");
    b.end = d("2025-08-29");
    return {a, b};
}

CsvItems allItems(CsvKind kind)
{
    CsvItems items;
    items.kind = kind;
    items.students = students();
    items.hosts = hosts();
    items.terSubjects = terSubjects();
    items.ters = ters();
    items.internships = internships();
    items.seminars = seminars();
    items.summerSchools = summerSchools();
    return items;
}

/// The list of @p kind of @p a and @p b are equal (the other lists are ignored).
bool sameList(const CsvItems& a, const CsvItems& b)
{
    switch (a.kind) {
    case CsvKind::Students:
        return a.students == b.students;
    case CsvKind::Hosts:
        return a.hosts == b.hosts;
    case CsvKind::TerSubjects:
        return a.terSubjects == b.terSubjects;
    case CsvKind::Ters:
        return a.ters == b.ters;
    case CsvKind::Internships:
        return a.internships == b.internships;
    case CsvKind::Seminars:
        return a.seminars == b.seminars;
    case CsvKind::SummerSchools:
        return a.summerSchools == b.summerSchools;
    }
    return false;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void records_data();
    void records();
    void readerErrors_data();
    void readerErrors();
    void hugeField();
    void speed();

    void writerQuoting_data();
    void writerQuoting();
    void writerFormat();

    void frenchHeaders();
    void values_data();
    void values();
    void mappingErrors_data();
    void mappingErrors();
    void manyErrorsAreCounted();
    void hostsGroupTutors();
    void formulaEscape();
    void writerRefuses_data();
    void writerRefuses();
    void roundTrip_data();
    void roundTrip();
    void itemsLocateErrors();
    void kindCodes();
    void aliasesAreUnambiguous();
    void docsListEveryColumn();
};

// --- reader --------------------------------------------------------------------------------------

void TestCsv::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("value");

    QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBFid;name\r\ns1;H\xC3\xA9l\xC3\xA8ne\r\n")
                              << int(CsvEncoding::Utf8Bom) << s("Hélène");
    QTest::newRow("utf8-no-bom") << QByteArray("id;name\ns1;H\xC3\xA9l\xC3\xA8ne\n") << int(CsvEncoding::Utf8)
                                 << s("Hélène");
    QTest::newRow("ascii-is-utf8") << QByteArray("id;name\ns1;Ada\n") << int(CsvEncoding::Utf8) << s("Ada");
    QTest::newRow("cp1252-e-acute") << QByteArray("id;name\ns1;H\xE9l\xE8ne\n") << int(CsvEncoding::Windows1252)
                                    << s("Hélène");
    QTest::newRow("cp1252-euro-quotes-oe")
        << QByteArray("id;name\ns1;\x80 \x93\x9C\x94 \x85\n") << int(CsvEncoding::Windows1252) << s("€ “œ” …");
    QTest::newRow("cp1252-undefined-byte")
        << QByteArray("id;name\ns1;a\x81z\n") << int(CsvEncoding::Windows1252) << (s("a") + QChar(0x81) + s("z"));
    QTest::newRow("cp1252-in-header") << QByteArray("id;d\xE9"
                                                    "but\ns1;x\n")
                                      << int(CsvEncoding::Windows1252) << s("x");
    QByteArray le("\xFF\xFE", 2);
    for (const char c : QByteArray("id;name\r\ns1;\xE9t\xE9\r\n"))
        le += QByteArray(1, c) + QByteArray(1, '\0');
    QTest::newRow("utf16le-bom") << le << int(CsvEncoding::Utf16) << s("été");
    QByteArray be("\xFE\xFF", 2);
    for (const char c : QByteArray("id;name\ns1;\xE9t\xE9\n"))
        be += QByteArray(1, '\0') + QByteArray(1, c);
    QTest::newRow("utf16be-bom") << be << int(CsvEncoding::Utf16) << s("été");
}

void TestCsv::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(QString, value);
    const Result<CsvTable> table = CsvReader::parse(bytes, kFile);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(int(table->encoding), encoding);
    QCOMPARE(table->header.size(), 2);
    QCOMPARE(table->header.at(0), s("id")); // no BOM left in the first name
    QCOMPARE(table->records.size(), 1);
    QCOMPARE(table->records.at(0).fields().at(1), value);
}

void TestCsv::delimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("firstRecord");

    QTest::newRow("semicolon") << utf8("id;name\ns1;Ada, Countess\n") << ';' << sl({"s1", "Ada, Countess"});
    QTest::newRow("comma") << utf8("id,name\ns1,Ada; Countess\n") << ',' << sl({"s1", "Ada; Countess"});
    QTest::newRow("tab") << utf8("id\tname\ns1\tAda, Countess; L\n") << '\t' << sl({"s1", "Ada, Countess; L"});
    QTest::newRow("quoted-header-commas-ignored") << utf8("\"a,b,c\";name\ns1;x\n") << ';' << sl({"s1", "x"});
    QTest::newRow("quoted-header-semicolons-ignored") << utf8("\"a;b;c\",name\ns1,x\n") << ',' << sl({"s1", "x"});
    QTest::newRow("more-commas-win") << utf8("id,name;x,email\ns1,a;b,c\n") << ',' << sl({"s1", "a;b", "c"});
    QTest::newRow("header-after-blank-lines") << utf8("\n\n  \nid,name\ns1,x\n") << ',' << sl({"s1", "x"});
}

void TestCsv::delimiters()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(QStringList, firstRecord);
    const Result<CsvTable> table = CsvReader::parse(bytes, kFile);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->records.at(0).fields(), firstRecord);
}

void TestCsv::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QStringList>>("records");

    QTest::newRow("lf") << utf8("a;b\n1;2\n3;4\n") << 1 << QList<int>{2, 3}
                        << QList<QStringList>{sl({"1", "2"}), sl({"3", "4"})};
    QTest::newRow("crlf") << utf8("a;b\r\n1;2\r\n3;4\r\n") << 1 << QList<int>{2, 3}
                          << QList<QStringList>{sl({"1", "2"}), sl({"3", "4"})};
    QTest::newRow("cr-only") << utf8("a;b\r1;2\r3;4\r") << 1 << QList<int>{2, 3}
                             << QList<QStringList>{sl({"1", "2"}), sl({"3", "4"})};
    QTest::newRow("no-final-line-break") << utf8("a;b\n1;2\n3;4") << 1 << QList<int>{2, 3}
                                         << QList<QStringList>{sl({"1", "2"}), sl({"3", "4"})};
    QTest::newRow("quoted-newlines-keep-line-numbers") << utf8("a;b\n1;\"x\ny\r\nz\"\n2;w\n") << 1 << QList<int>{2, 5}
                                                       << QList<QStringList>{sl({"1", "x\ny\r\nz"}), sl({"2", "w"})};
    QTest::newRow("record-starting-with-multiline-field") << utf8("a;b\n\"p\nq\";1\n\"r\";2\n") << 1 << QList<int>{2, 4}
                                                          << QList<QStringList>{sl({"p\nq", "1"}), sl({"r", "2"})};
    QTest::newRow("doubled-quotes") << utf8("a;b\n\"say \"\"hi\"\"\";\"\"\"\"\n") << 1 << QList<int>{2}
                                    << QList<QStringList>{sl({"say \"hi\"", "\""})};
    QTest::newRow("delimiter-inside-quotes")
        << utf8("a;b\n\"x;y\";\"1,5\"\n") << 1 << QList<int>{2} << QList<QStringList>{sl({"x;y", "1,5"})};
    QTest::newRow("blank-lines-skipped") << utf8("a;b\n\n1;2\n   \n\n3;4\n") << 1 << QList<int>{3, 6}
                                         << QList<QStringList>{sl({"1", "2"}), sl({"3", "4"})};
    QTest::newRow("excel-empty-rows-skipped")
        << utf8("a;b\r\n;\r\n1;2\r\n;\r\n\"\";\"\"\r\n") << 1 << QList<int>{3} << QList<QStringList>{sl({"1", "2"})};
    QTest::newRow("unquoted-spaces-trimmed-quoted-kept")
        << utf8("a;b\n  x  ;\"  y  \"\n") << 1 << QList<int>{2} << QList<QStringList>{sl({"x", "  y  "})};
    QTest::newRow("empty-fields") << utf8("a;b;c\n;;z\n") << 1 << QList<int>{2}
                                  << QList<QStringList>{sl({"", "", "z"})};
    QTest::newRow("header-on-line-3") << utf8("\r\n\r\na;b\r\n1;2\r\n") << 3 << QList<int>{4}
                                      << QList<QStringList>{sl({"1", "2"})};
    QTest::newRow("header-only") << utf8("a;b\n") << 1 << QList<int>{} << QList<QStringList>{};
}

void TestCsv::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerLine);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QStringList>, records);
    const Result<CsvTable> table = CsvReader::parse(bytes, kFile);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->headerLine, headerLine);
    QList<int> gotLines;
    QList<QStringList> gotRecords;
    for (const CsvRecord& r : table->records) {
        gotLines.append(r.line);
        gotRecords.append(r.fields());
    }
    QCOMPARE(gotLines, lines);
    QCOMPARE(gotRecords, records);
}

void TestCsv::readerErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString empty = s("in.csv: the file is empty: a CSV file needs a header line naming its columns");
    QTest::newRow("empty-file") << QByteArray() << empty;
    QTest::newRow("bom-only") << QByteArray("\xEF\xBB\xBF") << empty;
    QTest::newRow("blank-lines-only") << utf8("\r\n  \n\n") << empty;
    QTest::newRow("unterminated-quote")
        << utf8("id;name\ns1;\"Ada\ns2;Bob\n")
        << s("in.csv:2:2 (name): \"s1;\"Ada\": a quoted value is never closed: its closing quote is missing");
    QTest::newRow("quote-inside-unquoted-value")
        << utf8("id;name\ns1;Ada \"the\" L\n")
        << s("in.csv:2:2 (name): \"s1;Ada \"the\" L\": a quote in a value that does not start with a quote: put "
             "the whole value in quotes and double the quotes inside (\"\")");
    QTest::newRow("text-after-closing-quote")
        << utf8("id;name;email\ns1;\"Ada\"x;a@b\n")
        << s("in.csv:2:2 (name): \"s1;\"Ada\"x;a@b\": text goes on after the closing quote of a quoted value: a "
             "quote inside a quoted value must be doubled (\"\")");
    QTest::newRow("quote-error-after-multiline-field")
        << utf8("id;name\ns1;\"a\nb\"\ns2;x\"y\n")
        << s("in.csv:4:2 (name): \"s2;x\"y\": a quote in a value that does not start with a quote: put the "
             "whole value in quotes and double the quotes inside (\"\")");
    QTest::newRow("too-many-fields")
        << utf8("id;name\ns1;Ada\ns2;Bob;extra\n")
        << s("in.csv:3:3: \"extra\": this line has 3 field(s) but the header has 2 columns: is a value holding the "
             "delimiter not in quotes?");
    QTest::newRow("too-few-fields")
        << utf8("id;name;email\r\ns1;Ada\r\n")
        << s("in.csv:2:3 (email): \"\": this line has 2 field(s) but the header has 3 columns: a value is missing");
    QTest::newRow("field-count-after-multiline-field")
        << utf8("id;name\ns1;\"a\nb\nc\"\ns2\n")
        << s("in.csv:5:2 (name): \"\": this line has 1 field(s) but the header has 2 columns: a value is missing");
    QTest::newRow("duplicate-column-accents-and-case")
        << utf8("id;D\xC3\xA9"
                "but;DEBUT\n")
        << s("in.csv:1:3 (DEBUT): \"DEBUT\": duplicate column: column 2 has the same name");
    QTest::newRow("header-without-names") << utf8(";;\n1;2;3\n") << s("in.csv:1: the header line has no column names");
    QTest::newRow("nul-byte") << QByteArray("id;name\ns1;A\0da\n", 16)
                              << s("in.csv:2: the file holds a NUL byte, which no CSV text has: is it a UTF-16 file "
                                   "without a byte order mark, or not a CSV file at all?");
    QTest::newRow("xlsx-workbook") << QByteArray("PK\x03\x04\x14\0\0\0", 8)
                                   << s("in.csv: this is a spreadsheet workbook (.xlsx, .xls or .ods), not a CSV "
                                        "file: save it as \"CSV UTF-8\" or \"CSV (semicolon separated)\" first");
    QTest::newRow("utf16-odd-length") << QByteArray("\xFF\xFEi\0d\0;", 7)
                                      << s("in.csv: the file starts as UTF-16 but is not valid UTF-16: save it as "
                                           "\"CSV UTF-8\"");
    QTest::newRow("bom-then-cp1252") << QByteArray("\xEF\xBB\xBFid;name\ns1;x\ns2;H\xE9l\xE8ne\n")
                                     << s("in.csv:3: the file starts with a UTF-8 byte order mark but holds a byte "
                                          "that is not UTF-8 (0xe9): it is damaged or mixes encodings");
}

void TestCsv::readerErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<CsvTable> table = CsvReader::parse(bytes, kFile);
    QVERIFY(!table.ok());
    QCOMPARE(table.error(), message);
}

void TestCsv::hugeField()
{
    // A 4 MB quoted field with line breaks and doubled quotes, then a normal record.
    QByteArray big;
    big.reserve(4 * 1024 * 1024 + 100);
    while (big.size() < 4 * 1024 * 1024)
        big += QByteArrayLiteral("abc \"\"q\"\" def;\r\n");
    const QByteArray bytes = "id;name\ns1;\"" + big + "\"\ns2;x\n";
    QElapsedTimer timer;
    timer.start();
    const Result<CsvTable> table = CsvReader::parse(bytes, kFile);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->records.size(), 2);
    QCOMPARE(table->records.at(0).fields().at(1).size(), big.size() - big.count("\"\""));
    QCOMPARE(table->records.at(1).line, 2 + int(big.count('\n')) + 1);
    qInfo("a 4 MB field parsed in %lld ms", timer.elapsed());
}

void TestCsv::speed()
{
    // Internship lines like an export (100,000 in a release build): the figure is reported, not asserted.
    Internship sample = internships().at(0);
    sample.subject = s("Transformers\nfor tabular data"); // a line break in every record
    Result<QByteArray> one = CsvMapping::toCsv(QList<Internship>{sample});
    QVERIFY(one.ok());
    const qsizetype headerEnd = one->indexOf("\r\n") + 2;
    const QByteArray header = one->left(headerEnd);
    const QByteArray row = one->mid(headerEnd);
    QByteArray bytes = header;
    bytes.reserve(header.size() + row.size() * kSpeedLines);
    for (int i = 0; i < kSpeedLines; ++i) {
        QByteArray r = row;
        r.replace(QByteArrayLiteral("i1;"), QByteArray(QByteArray("i") + QByteArray::number(i) + ';'));
        bytes += r;
    }
    // Wall time and this process's CPU time (the first is noisy on a shared machine).
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    const Result<CsvTable> table = CsvReader::parse(bytes, kFile);
    const qint64 parseMs = timer.elapsed();
    const double parseCpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->records.size(), kSpeedLines);
    timer.restart();
    cpu = std::clock();
    const Result<CsvItems> items = CsvMapping::read(CsvKind::Internships, table.value());
    const qint64 mapMs = timer.elapsed();
    const double mapCpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
    QVERIFY2(items.ok(), qPrintable(items.error().left(2000)));
    QCOMPARE(items->internships.size(), kSpeedLines);
    QCOMPARE(items->lines.last(), 2 * kSpeedLines); // record k starts on line 2k
    qInfo("%d internship lines (%lld MB): parsed in %lld ms (CPU %.0f ms), mapped to internships in %lld ms "
          "(CPU %.0f ms)",
          kSpeedLines, qint64(bytes.size() / (1024 * 1024)), parseMs, parseCpuMs, mapMs, mapCpuMs);
}

// --- writer --------------------------------------------------------------------------------------

void TestCsv::writerQuoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << s("Ada") << ';' << utf8("Ada");
    QTest::newRow("empty") << QString() << ';' << utf8("");
    QTest::newRow("accents-as-utf8") << s("été") << ';' << utf8("\xC3\xA9t\xC3\xA9");
    QTest::newRow("semicolon-in-semicolon-file") << s("a;b") << ';' << utf8("\"a;b\"");
    QTest::newRow("comma-in-semicolon-file") << s("a,b") << ';' << utf8("a,b");
    QTest::newRow("comma-in-comma-file") << s("a,b") << ',' << utf8("\"a,b\"");
    QTest::newRow("quote-doubled") << s("say \"hi\"") << ';' << utf8("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << s("a\nb") << ';' << utf8("\"a\nb\"");
    QTest::newRow("crlf") << s("a\r\nb") << ';' << utf8("\"a\r\nb\"");
    QTest::newRow("leading-space") << s(" a") << ';' << utf8("\" a\"");
    QTest::newRow("trailing-tab") << s("a\t") << ';' << utf8("\"a\t\"");
    QTest::newRow("inner-space") << s("a b") << ';' << utf8("a b");
}

void TestCsv::writerQuoting()
{
    QFETCH(QString, field);
    QFETCH(char, delimiter);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::encodeField(field, delimiter), written);
}

void TestCsv::writerFormat()
{
    CsvWriter excel;
    excel.writeRecord(sl({"id", "name"}));
    excel.writeRecord(sl({"s1", "a;b"}));
    QCOMPARE(excel.data(), QByteArray("\xEF\xBB\xBFid;name\r\ns1;\"a;b\"\r\n"));

    CsvFormat unix;
    unix.delimiter = ',';
    unix.lineEnding = CsvFormat::LineEnding::Lf;
    unix.byteOrderMark = false;
    CsvWriter plain(unix);
    plain.writeRecord(sl({"id", "name"}));
    plain.writeRecord(sl({"s1", "a;b"}));
    QCOMPARE(plain.data(), QByteArray("id,name\ns1,a;b\n"));

    CsvFormat odd;
    odd.delimiter = '"';
    QCOMPARE(CsvWriter(odd).format().delimiter, ';');
}

// --- mapping -------------------------------------------------------------------------------------

void TestCsv::frenchHeaders()
{
    // As a French Excel writes it: Windows-1252, ";", DD/MM/YYYY dates, "," decimals, French words.
    const QByteArray utf8Text =
        utf8("IDENTIFIANT;Étudiant;Organisme d'accueil;Type d'organisme;Recherche IA;Ville;Tuteur;Courriel tuteur;"
             "Sujet;DÉBUT;Fin;Heures par semaine;Jours;Absences;Date de dépôt;Signature étudiant;Signature organisme;"
             "Signature tuteur;Signature université;Gratification;Gratification par;Été précédent;Attestation;"
             "Pages du rapport;État\r\n"
             "i1;s1;Inria Saclay;Laboratoire public;oui;Palaiseau;Ada Lovelace;ada@inria.fr;Réseaux de neurones;"
             "04/05/2026;26/06/2026;17,5;lun mar | JEU;11/05/2026 | 2026-05-12;10/01/2026;02/03/2026;05/03/2026;"
             "5/3/2026;10/03/2026;\"4,35 €\";heure;non;Oui;5;en cours\r\n");
    QByteArray cp1252;
    const QString text = QString::fromUtf8(utf8Text);
    for (const QChar c : text)
        cp1252 += char(c.unicode() == 0x20AC ? 0x80 : c.unicode());
    const Result<CsvItems> items = CsvMapping::read(CsvKind::Internships, cp1252, kFile);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->internships.size(), 1);

    Internship expected;
    expected.id = s("i1");
    expected.studentId = s("s1");
    expected.host = Host{s("Inria Saclay"), HostKind::PublicLab, true, {}, s("Palaiseau"), {}};
    expected.tutor = Tutor{s("Ada Lovelace"), s("ada@inria.fr"), {}};
    expected.subject = s("Réseaux de neurones");
    expected.start = d("2026-05-04");
    expected.end = d("2026-06-26");
    expected.weeklyHours = 17.5;
    WorkDays days(0);
    days.set(1);
    days.set(2);
    days.set(4);
    expected.workDays = days;
    expected.absences = {d("2026-05-11"), d("2026-05-12")};
    expected.submitted = d("2026-01-10");
    expected.signatures = Signatures{d("2026-03-02"), d("2026-03-05"), d("2026-03-05"), d("2026-03-10")};
    expected.gratification = Gratification{4.35, GratificationPer::Hour};
    expected.previousSummer = false;
    expected.proof = true;
    expected.reportPages = 5;
    expected.state = WorkflowState::InProgress;
    QCOMPARE(items->internships.at(0), expected);
    QCOMPARE(items->columns.value(s("start")), 10);
    QCOMPARE(items->header.at(9), s("DÉBUT"));
}

void TestCsv::values_data()
{
    // One internship line whose column `column` holds `value`; `field` names what to look at.
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // the value as exported again (English conventions, "," file)

    QTest::newRow("date-iso") << s("submitted") << s("2026-01-10") << s("2026-01-10");
    QTest::newRow("date-iso-short-parts") << s("submitted") << s("2026-1-9") << s("2026-01-09");
    QTest::newRow("date-french") << s("submitted") << s("10/01/2026") << s("2026-01-10");
    QTest::newRow("date-french-short-parts") << s("submitted") << s("9/1/2026") << s("2026-01-09");
    QTest::newRow("date-leap-day") << s("submitted") << s("29/02/2028") << s("2028-02-29");
    QTest::newRow("date-empty-is-null") << s("submitted") << QString() << QString();
    QTest::newRow("number-point") << s("weekly_hours") << s("17.5") << s("17.5");
    QTest::newRow("number-comma") << s("weekly_hours") << s("17,5") << s("17.5");
    QTest::newRow("number-integer") << s("weekly_hours") << s("35") << s("35");
    QTest::newRow("number-empty-is-default") << s("weekly_hours") << QString() << s("35");
    QTest::newRow("amount-spaces-and-euro") << s("gratification") << s("1 234,50 €") << s("1234.5");
    QTest::newRow("amount-no-break-space") << s("gratification") << s("1\u00A0234,5") << s("1234.5");
    QTest::newRow("bool-yes") << s("proof") << s("yes") << s("yes");
    QTest::newRow("bool-oui-accented-case") << s("proof") << s("OUI") << s("yes");
    QTest::newRow("bool-true") << s("proof") << s("True") << s("yes");
    QTest::newRow("bool-1") << s("proof") << s("1") << s("yes");
    QTest::newRow("bool-non") << s("proof") << s("non") << s("no");
    QTest::newRow("bool-false") << s("proof") << s("false") << s("no");
    QTest::newRow("bool-0") << s("proof") << s("0") << s("no");
    QTest::newRow("days-english") << s("work_days") << s("mon tue wed") << s("mon tue wed");
    QTest::newRow("days-french-pipes-order") << s("work_days") << s("ven|lundi|Mercredi") << s("mon wed fri");
    QTest::newRow("days-none") << s("work_days") << s("none") << s("none");
    QTest::newRow("days-empty-is-default") << s("work_days") << QString() << s("mon tue wed thu fri");
    QTest::newRow("absences-spaces") << s("absences") << s("2026-05-11 2026-05-12") << s("2026-05-11 2026-05-12");
    QTest::newRow("absences-pipes-french") << s("absences") << s("11/05/2026|12/05/2026") << s("2026-05-11 2026-05-12");
    QTest::newRow("absences-commas") << s("absences") << s("2026-05-11, 2026-05-12") << s("2026-05-11 2026-05-12");
    QTest::newRow("per-month-french") << s("gratification_per") << s("Mois") << s("month");
    QTest::newRow("per-hour") << s("gratification_per") << s("hour") << s("hour");
    QTest::newRow("kind-company-french") << s("host_kind") << s("Société") << s("company");
    QTest::newRow("state-french") << s("state") << s("Envoyée pour signature") << s("sent_for_signature");
    QTest::newRow("state-code") << s("state") << s("changes_requested") << s("changes_requested");
    QTest::newRow("pages-empty-is-unset") << s("report_pages") << QString() << QString();
    QTest::newRow("pages-zero") << s("report_pages") << s("0") << s("0");
    QTest::newRow("pages-written-as-decimal") << s("report_pages") << s("5,0") << s("5");
    QTest::newRow("text-apostrophe-formula") << s("subject") << s("'=1+2") << s("'=1+2");
    QTest::newRow("overrides-json") << s("overrides") << s("[{\"rule\":\"INT_LEAD_TIME\",\"reason\":\"ok\"}]")
                                    << s("[{\"by\":\"\",\"reason\":\"ok\",\"rule\":\"INT_LEAD_TIME\"}]");
}

void TestCsv::values()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    CsvWriter writer;
    writer.writeRecord({s("id"), s("student_id"), s("host_name"), s("start"), s("end"), column});
    writer.writeRecord({s("i1"), s("s1"), s("Host"), s("2026-05-04"), s("2026-06-26"), value});
    const Result<CsvItems> items = CsvMapping::read(CsvKind::Internships, writer.data(), kFile);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    CsvFormat format;
    format.delimiter = ',';
    const Result<QByteArray> out = CsvMapping::toCsv(items.value(), format);
    QVERIFY(out.ok());
    // Find the column in the export and compare its text.
    const QList<QByteArray> lines = out->mid(3).split('\n');
    const QList<QByteArray> names = lines.at(0).trimmed().split(',');
    const qsizetype index = names.indexOf(column.toUtf8());
    QVERIFY(index >= 0);
    const Result<CsvTable> table = CsvReader::parse(out.value(), kFile);
    QVERIFY(table.ok());
    QCOMPARE(table->records.at(0).fields().at(index), expected);
}

void TestCsv::mappingErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const int students = int(CsvKind::Students);
    const int seminars = int(CsvKind::Seminars);
    const int schools = int(CsvKind::SummerSchools);
    const int terKind = int(CsvKind::Ters);
    const int internshipKind = int(CsvKind::Internships);

    QTest::newRow("missing-required-column")
        << students << utf8("id;email\ns1;a@b\n")
        << s("in.csv:1: the required column \"name\" is missing (other accepted names: nom, nom complet, nom prénom, "
             "prénom nom, full name)");
    QTest::newRow("unknown-column")
        << students << utf8("id;name;nickname\ns1;Ada;A\n")
        << s("in.csv:1:3 (nickname): \"nickname\": unknown column for students; the columns are: id, name, email, "
             "student_number, overrides (see csv-columns.md)");
    QTest::newRow("column-name-shown-on-one-line")
        << students << utf8("id;name;\"nick\nname\"\ns1;Ada;A\n")
        << s("in.csv:1:3 (nick\\nname): \"nick\\nname\": unknown column for students; the columns are: id, name, "
             "email, student_number, overrides (see csv-columns.md)");
    QTest::newRow("same-column-in-two-languages")
        << seminars << utf8("id;student_id;title;date;Jour\nse1;s1;Talk;2026-02-03;2026-02-03\n")
        << s("in.csv:1:5 (Jour): \"Jour\": column 4 (date) already gives date");
    QTest::newRow("unnamed-column-with-values") << students << utf8("id;name;\ns1;Ada;\ns2;Bob;x\n")
                                                << s("in.csv:3:3: \"x\": this column has no name in the header");
    QTest::newRow("bad-date") << seminars << utf8("id;student_id;title;date\nse1;s1;Talk;2026-13-01\n")
                              << s("in.csv:2:4 (date): \"2026-13-01\": not a date: write YYYY-MM-DD or DD/MM/YYYY");
    QTest::newRow("american-date")
        << seminars << utf8("id;student_id;title;date\nse1;s1;Talk;02/30/2026\n")
        << s("in.csv:2:4 (date): \"02/30/2026\": not a date: write YYYY-MM-DD or DD/MM/YYYY");
    QTest::newRow("two-digit-year") << seminars << utf8("id;student_id;title;date\nse1;s1;Talk;03/02/26\n")
                                    << s("in.csv:2:4 (date): \"03/02/26\": not a date: write YYYY-MM-DD or DD/MM/YYYY");
    QTest::newRow("required-value-empty") << seminars << utf8("id;student_id;title;date\nse1;s1;  ;2026-02-03\n")
                                          << s("in.csv:2:3 (title): \"\": a value is required");
    QTest::newRow("line-of-record-after-multiline-paragraph")
        << seminars
        << utf8("id;student_id;title;date;paragraph\nse1;s1;T;2026-02-03;\"a\nb\nc\"\nse2;s1;T;2026-02-31;x\n")
        << s("in.csv:5:4 (date): \"2026-02-31\": not a date: write YYYY-MM-DD or DD/MM/YYYY");
    QTest::newRow("duplicate-id") << students << utf8("id;name\ns1;Ada\ns2;Bob\ns1;Carl\n")
                                  << s("in.csv:4:1 (id): \"s1\": duplicate id: line 2 has it too");
    QTest::newRow("duplicate-subject") << int(CsvKind::TerSubjects) << utf8("sujet;capacité\nGNN;2\nGNN;3\n")
                                       << s("in.csv:3:1 (sujet): \"GNN\": duplicate subject: line 2 has it too");
    QTest::newRow("end-before-start")
        << schools << utf8("id,student_id,name,start,end\nss1,s1,DL,2025-07-11,2025-07-07\n")
        << s("in.csv:2:5 (end): \"2025-07-07\": the end is before the start (2025-07-11)");
    QTest::newRow("grade-out-of-range") << terKind
                                        << utf8("id;students;start;end;note\nt1;s1 s2;2026-03-02;2026-04-30;20,5\n")
                                        << s("in.csv:2:5 (note): \"20,5\": must be between 0 and 20");
    QTest::newRow("negative-hours") << terKind
                                    << utf8("id;students;start;end;weekly_hours\nt1;s1;2026-03-02;2026-04-30;-7\n")
                                    << s("in.csv:2:5 (weekly_hours): \"-7\": must be between 0 and 168");
    QTest::newRow("not-a-number")
        << terKind << utf8("id;students;start;end;weekly_hours\nt1;s1;2026-03-02;2026-04-30;seven\n")
        << s("in.csv:2:5 (weekly_hours): \"seven\": not a number: write e.g. 35, 17.5 or 17,5");
    QTest::newRow("ambiguous-number")
        << terKind << utf8("id;students;start;end;weekly_hours\nt1;s1;2026-03-02;2026-04-30;1,234.5\n")
        << s("in.csv:2:5 (weekly_hours): \"1,234.5\": not a number: write e.g. 35, 17.5 or 17,5");
    QTest::newRow("nan-is-not-a-number")
        << terKind << utf8("id;students;start;end;weekly_hours\nt1;s1;2026-03-02;2026-04-30;nan\n")
        << s("in.csv:2:5 (weekly_hours): \"nan\": not a number: write e.g. 35, 17.5 or 17,5");
    QTest::newRow("capacity-not-whole") << terKind
                                        << utf8("id;students;start;end;capacity\nt1;s1;2026-03-02;2026-04-30;2,5\n")
                                        << s("in.csv:2:5 (capacity): \"2,5\": not a whole number");
    QTest::newRow("bad-bool")
        << terKind << utf8("id;students;start;end;paid\nt1;s1;2026-03-02;2026-04-30;maybe\n")
        << s("in.csv:2:5 (paid): \"maybe\": not yes or no: write yes/no, oui/non, true/false or 1/0");
    QTest::newRow("bad-choice")
        << terKind << utf8("id;students;start;end;type\nt1;s1;2026-03-02;2026-04-30;hackathon\n")
        << s("in.csv:2:5 (type): \"hackathon\": not one of: research, challenge_prep, challenge_solve");
    QTest::newRow("bad-day")
        << internshipKind
        << utf8("id;student_id;host_name;start;end;work_days\ni1;s1;H;2026-05-04;2026-06-26;mon funday\n")
        << s("in.csv:2:6 (work_days): \"mon funday\": \"funday\" is not a day of the week: write mon tue wed thu fri "
             "sat sun (or lun mar mer jeu ven sam dim), or none");
    QTest::newRow("bad-absence")
        << internshipKind
        << utf8("id;student_id;host_name;start;end;absences\ni1;s1;H;2026-05-04;2026-06-26;2026-05-11 tomorrow\n")
        << s("in.csv:2:6 (absences): \"2026-05-11 tomorrow\": \"tomorrow\" is not a date: write dates as YYYY-MM-DD "
             "or DD/MM/YYYY, separated by spaces or |");
    QTest::newRow("overrides-not-json")
        << students << utf8("id;name;overrides\ns1;Ada;INT_LEAD_TIME\n")
        << s("in.csv:2:3 (overrides): \"INT_LEAD_TIME\": not a list of overrides in JSON: write [{\"rule\": "
             "\"INT_LEAD_TIME\", \"by\": \"advisor\", \"at\": \"2026-01-10T09:00:00Z\", \"reason\": \"…\"}]");
    QTest::newRow("override-without-reason")
        << students << utf8("id;name;overrides\ns1;Ada;\"[{\"\"rule\"\":\"\"X\"\"}]\"\n")
        << s("in.csv:2:3 (overrides): \"[{\"rule\":\"X\"}]\": override 1: \"reason\" must give the written "
             "justification");
    QTest::newRow("override-bad-time")
        << students
        << utf8("id;name;overrides\ns1;Ada;\"[{\"\"rule\"\":\"\"X\"\",\"\"reason\"\":\"\"r\"\",\"\"at\"\":\"\"soon\"\"}"
                "]\"\n")
        << s("in.csv:2:3 (overrides): \"[{\"rule\":\"X\",\"reason\":\"r\",\"at\":\"soon\"}]\": override 1: \"at\" must "
             "be a date and time like 2026-01-10T09:00:00Z");
    // Found by tests/fuzz/fuzz_csv (regressions/csv/crash-override-key-newline.csv): a key with a line break was
    // quoted as it is, so the message took two lines, the second naming no file.
    QTest::newRow("override-key-on-one-line")
        << students << utf8("id;name;overrides\ns1;Ada;\"[{\"\"rule\"\":\"\"X\"\",\"\"a\nb\"\":1}]\"\n")
        << s("in.csv:2:3 (overrides): \"[{\"rule\":\"X\",\"a\\nb\":1}]\": override 1: unknown key \"a\\nb\" (the keys "
             "are rule, by, at, reason)");
    QTest::newRow("host-details-disagree")
        << int(CsvKind::Hosts) << utf8("name;city;tutor_name\nInria;Palaiseau;Ada\nInria;Orsay;Alan\n")
        << s("in.csv:3:2 (city): \"Orsay\": line 2 gives this host \"Palaiseau\" here: give a host the same details "
             "on each of its lines");
    QTest::newRow("every-problem-of-the-file")
        << seminars << utf8("id;student_id;title;date\nse1;;T;2026-02-03\nse2;s1;T;someday\nse1;s1;T;2026-02-03\n")
        << s("in.csv:2:2 (student_id): \"\": a value is required\n"
             "in.csv:3:4 (date): \"someday\": not a date: write YYYY-MM-DD or DD/MM/YYYY\n"
             "in.csv:4:1 (id): \"se1\": duplicate id: line 2 has it too");
    QTest::newRow("reader-error-comes-through")
        << students << utf8("id;name\ns1;\"Ada\n")
        << s("in.csv:2:2 (name): \"s1;\"Ada\": a quoted value is never closed: its closing quote is missing");
}

void TestCsv::mappingErrors()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<CsvItems> items = CsvMapping::read(CsvKind(kind), bytes, kFile);
    QVERIFY(!items.ok());
    QCOMPARE(items.error(), message);
}

void TestCsv::manyErrorsAreCounted()
{
    QByteArray bytes = "id;name\n";
    for (int i = 0; i < 50; ++i)
        bytes += "s" + QByteArray::number(i) + ";\n";
    const Result<CsvItems> items = CsvMapping::read(CsvKind::Students, bytes, kFile);
    QVERIFY(!items.ok());
    const QStringList lines = items.error().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), CsvErrors::kDefaultLimit + 1);
    QCOMPARE(lines.first(), s("in.csv:2:2 (name): \"\": a value is required"));
    QCOMPARE(lines.last(), s("… and 30 more problem(s)"));
}

void TestCsv::hostsGroupTutors()
{
    const QByteArray bytes = utf8("Nom,Type,Ville,Tuteur,Courriel tuteur\r\n"
                                  "Inria,labo public,Palaiseau,Ada,ada@inria.fr\r\n"
                                  "Owkin,entreprise,Paris,,\r\n"
                                  "Inria,labo public,Palaiseau,Alan,\r\n");
    const Result<CsvItems> items = CsvMapping::read(CsvKind::Hosts, bytes, kFile);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->hosts.size(), 2);
    QCOMPARE(items->lines, (QList<int>{2, 3}));
    const HostEntry& inria = items->hosts.at(0);
    QCOMPARE(inria.host, (Host{s("Inria"), HostKind::PublicLab, true, {}, s("Palaiseau"), {}}));
    QCOMPARE(inria.tutors, (QList<Tutor>{Tutor{s("Ada"), s("ada@inria.fr"), {}}, Tutor{s("Alan"), {}, {}}}));
    QVERIFY(items->hosts.at(1).tutors.isEmpty());
    QCOMPARE(items->hosts.at(1).host.kind, HostKind::Company);
}

void TestCsv::formulaEscape()
{
    Seminar a;
    a.id = s("se1");
    a.studentId = s("s1");
    a.title = s("=HYPERLINK(\"http://evil\")");
    a.date = d("2026-02-03");
    a.paragraph = s("'=already quoted");
    Seminar b = a;
    b.id = s("se2");
    b.title = s("'t Hooft on @mentions");
    b.paragraph = s("-5 degrees");
    const Result<QByteArray> out = CsvMapping::toCsv(QList<Seminar>{a, b});
    QVERIFY(out.ok());
    // No cell of the export starts with a formula character.
    QVERIFY(out->contains("se1;s1;\"'=HYPERLINK(\"\"http://evil\"\")\";2026-02-03;''=already quoted;"));
    QVERIFY(out->contains("se2;s1;'t Hooft on @mentions;2026-02-03;'-5 degrees;"));
    const Result<CsvItems> back = CsvMapping::read(CsvKind::Seminars, out.value(), kFile);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->seminars, (QList<Seminar>{a, b}));

    // A hand-written formula stays as written; only an apostrophe before a formula character goes.
    const Result<CsvItems> hand = CsvMapping::read(
        CsvKind::Seminars, utf8("id;student_id;title;date\nse1;s1;=SUM(A1);2026-02-03\nse2;s1;'+33 1;2026-02-03\n"),
        kFile);
    QVERIFY2(hand.ok(), qPrintable(hand.error()));
    QCOMPARE(hand->seminars.at(0).title, s("=SUM(A1)"));
    QCOMPARE(hand->seminars.at(1).title, s("+33 1"));
}

void TestCsv::writerRefuses_data()
{
    QTest::addColumn<CsvItems>("items");
    QTest::addColumn<QString>("message");

    CsvItems ter = allItems(CsvKind::Ters);
    ter.ters[1].studentIds = {s("s 3")};
    QTest::newRow("student-id-with-space-in-list")
        << ter
        << s("ters, item 2, column students: the element \"s 3\" holds a space or a list separator, which a "
             "list cannot hold");
    CsvItems empty = allItems(CsvKind::Ters);
    empty.ters[0].studentIds = {s("s1"), QString()};
    QTest::newRow("empty-id-in-list") << empty
                                      << s("ters, item 1, column students: an empty element cannot be written in a "
                                           "list");
    CsvItems link = allItems(CsvKind::SummerSchools);
    link.summerSchools[0].reportLinks = {s("https://x.org/a b")};
    QTest::newRow("link-with-space")
        << link
        << s("summer_schools, item 1, column report_links: the element \"https://x.org/a b\" holds a space "
             "or a list separator, which a list cannot hold");
    CsvItems absences = allItems(CsvKind::Internships);
    absences.internships[0].absences.append(QDate());
    QTest::newRow("null-absence") << absences
                                  << s("internships, item 1, column absences: a list of dates cannot hold an empty "
                                       "date");
    CsvItems hosts = allItems(CsvKind::Hosts);
    hosts.hosts[2].host.name = hosts.hosts[0].host.name;
    QTest::newRow("two-hosts-one-name")
        << hosts << s("hosts, items 1 and 3: two hosts have the name \"Inria Saclay\", which names a host in the file");
    CsvItems tutor = allItems(CsvKind::Hosts);
    tutor.hosts[1].tutors = {Tutor{}};
    QTest::newRow("empty-tutor") << tutor << s("hosts, item 2: a tutor with no name, email or phone cannot be written");
}

void TestCsv::writerRefuses()
{
    QFETCH(CsvItems, items);
    QFETCH(QString, message);
    const Result<QByteArray> out = CsvMapping::toCsv(items);
    QVERIFY(!out.ok());
    QCOMPARE(out.error(), message);
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("crlf");
    for (const CsvKind kind : allCsvKinds()) {
        const QByteArray code = csvKindCode(kind).toUtf8();
        QTest::newRow(QByteArray(code + "-semicolon-crlf").constData()) << int(kind) << ';' << true;
        QTest::newRow(QByteArray(code + "-comma-lf").constData()) << int(kind) << ',' << false;
    }
}

void TestCsv::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(char, delimiter);
    QFETCH(bool, crlf);
    const CsvItems items = allItems(CsvKind(kind));
    CsvFormat format;
    format.delimiter = delimiter;
    format.lineEnding = crlf ? CsvFormat::LineEnding::CrLf : CsvFormat::LineEnding::Lf;
    const Result<QByteArray> out = CsvMapping::toCsv(items, format);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY(out->startsWith("\xEF\xBB\xBF"));

    // The header is the English names, in the documented order.
    const Result<CsvTable> table = CsvReader::parse(out.value(), kFile);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(table->delimiter, delimiter);
    QStringList names;
    for (const CsvColumnInfo& c : CsvMapping::columns(CsvKind(kind)))
        names.append(c.name);
    QCOMPARE(table->header, names);

    const Result<CsvItems> back = CsvMapping::read(CsvKind(kind), out.value(), kFile);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->kind, CsvKind(kind));
    QVERIFY2(sameList(back.value(), items), out->constData());
    QCOMPARE(back->count(), kind == int(CsvKind::Hosts) ? items.hosts.size() : qsizetype(2));

    // Exporting what was imported gives the same bytes.
    const Result<QByteArray> again = CsvMapping::toCsv(back.value(), format);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), out.value());
}

void TestCsv::itemsLocateErrors()
{
    const Result<CsvItems> items = CsvMapping::read(CsvKind::Internships,
                                                    utf8("Identifiant;Étudiant;Organisme;Début;Fin\ni1;s1;H;2026-05-04;"
                                                         "2026-06-26\n\ni2;s9;H;2026-05-04;2026-06-26\n"),
                                                    kFile);
    QVERIFY2(items.ok(), qPrintable(items.error()));
    QCOMPARE(items->lines, (QList<int>{2, 4}));
    QCOMPARE(items->errorAt(1, s("student_id"), s("s9"), s("no such student")),
             s("in.csv:4:2 (Étudiant): \"s9\": no such student"));
    QCOMPARE(items->errorAt(1, s("tutor_name"), QString(), s("missing")), s("in.csv:4: missing"));
}

void TestCsv::kindCodes()
{
    for (const CsvKind kind : allCsvKinds())
        QCOMPARE(csvKindFromCode(csvKindCode(kind)), std::optional<CsvKind>(kind));
    QCOMPARE(csvKindFromCode(s("Ter-Subjects")), std::optional<CsvKind>(CsvKind::TerSubjects));
    QCOMPARE(csvKindFromCode(s("teachers")), std::nullopt);
    QCOMPARE(allCsvKinds().size(), 7);
}

void TestCsv::aliasesAreUnambiguous()
{
    for (const CsvKind kind : allCsvKinds()) {
        QHash<QString, QString> owner;
        for (const CsvColumnInfo& c : CsvMapping::columns(kind)) {
            QCOMPARE(csvNormalizeName(c.name), c.name);
            QStringList names = c.aliases;
            names.prepend(c.name);
            for (const QString& name : names) {
                const QString key = csvNormalizeName(name);
                QVERIFY2(!key.isEmpty(), qPrintable(name));
                const QString previous = owner.value(key);
                QVERIFY2(previous.isEmpty() || previous == c.name,
                         qPrintable(csvKindCode(kind) + QStringLiteral(": ") + name + QStringLiteral(" names ")
                                    + previous + QStringLiteral(" and ") + c.name));
                owner.insert(key, c.name);
            }
        }
    }
}

void TestCsv::docsListEveryColumn()
{
    QFile file(test::sourcePath(QStringLiteral("resources/csv-columns.md")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    for (const CsvKind kind : allCsvKinds()) {
        const QString heading = QStringLiteral("## `") + csvKindCode(kind) + QLatin1Char('`');
        const qsizetype start = doc.indexOf(heading);
        QVERIFY2(start >= 0, qPrintable(heading));
        const qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + 1);
        const QString section = doc.mid(start, end < 0 ? -1 : end - start);
        for (const CsvColumnInfo& c : CsvMapping::columns(kind)) {
            // A table row: | `name` | aliases | yes/no | type | …
            const QRegularExpression row(QStringLiteral("\\n\\| `") + QRegularExpression::escape(c.name)
                                         + QStringLiteral("` \\| ([^|]*) \\| (yes|no) \\| ([^|]*) \\|"));
            const QRegularExpressionMatch m = row.match(section);
            QVERIFY2(m.hasMatch(), qPrintable(csvKindCode(kind) + QStringLiteral(": ") + c.name));
            QCOMPARE(m.captured(2), c.required ? s("yes") : s("no"));
            QCOMPARE(m.captured(3).trimmed(), c.type);
            QStringList aliases;
            const QString listed = m.captured(1).trimmed();
            if (listed != QLatin1String("—")) {
                for (const QString& a : listed.split(QStringLiteral(", ")))
                    aliases.append(a.mid(1, a.size() - 2)); // strip the backquotes
            }
            QCOMPARE(aliases, c.aliases);
        }
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

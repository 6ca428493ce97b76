#include "io/CsvErrors.h"
#include "io/CsvItems.h"
#include "io/CsvMapping.h"
#include "io/CsvReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace interntrack;

namespace {

// Fixed, so that a failure reproduces. INTERNTRACK_FUZZ_SEED and INTERNTRACK_FUZZ_CASES explore others.
constexpr quint32 kDefaultSeed = 20260504;
constexpr int kDefaultCases = 600;

quint32 seed()
{
    bool ok = false;
    const quint32 value = qEnvironmentVariable("INTERNTRACK_FUZZ_SEED").toUInt(&ok);
    return ok ? value : kDefaultSeed;
}

int caseCount()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("INTERNTRACK_FUZZ_CASES", &ok);
    return ok && value > 0 ? value : kDefaultCases;
}
const QString kFile = QStringLiteral("fuzz.csv");

/// A valid file of each kind, written the ways people write them (BOM or not, ";" or ",", French headers…).
struct Base
{
    CsvKind kind;
    QByteArray bytes;
};

QList<Base> bases()
{
    return {
        {CsvKind::Students,
         QByteArrayLiteral("\xEF\xBB\xBFid;name;email;student_number\r\n"
                           "s1;Ada Lovelace;ada@example.org;22501234\r\n"
                           "s2;\"Dupont; H\xC3\xA9l\xC3\xA8ne \"\"L\xC3\xA9na\"\"\";h@example.org;\r\n"
                           "s3;'=Bob;;\r\n")},
        {CsvKind::Hosts, QByteArrayLiteral("Nom,Type,Recherche IA,Ville,Tuteur,Courriel tuteur\n"
                                           "Inria Saclay,labo public,oui,Palaiseau,Ada,ada@inria.fr\n"
                                           "Inria Saclay,labo public,oui,Palaiseau,Alan,\n"
                                           "\"Mistral, AI\",entreprise,non,Paris,,\n")},
        {CsvKind::TerSubjects, QByteArrayLiteral("sujet;capacit\xC3\xA9;laboratoire;labo paris-saclay;type\n"
                                                 "GNN for molecules;2;LISN;oui;recherche\n"
                                                 "\"Challenge\n(prep)\";3;LRI;non;challenge_prep\n")},
        {CsvKind::Ters,
         QByteArrayLiteral("id;students;kind;subject;capacity;lab;start;end;weekly_hours;paid;report_pages;grade;"
                           "state\r\n"
                           "t1;s1 s2;challenge_solve;Mini challenge;2;LISN;2026-03-02;2026-04-30;3,5;no;5;15,5;"
                           "validated\r\n"
                           "t2;s3|s4;research;GNN;;LRI;02/03/2026;29/05/2026;7;oui;;;en cours\r\n")},
        {CsvKind::Internships,
         QByteArrayLiteral(
             "id;student_id;host_name;host_kind;host_ai_research;host_city;tutor_name;subject;start;end;weekly_hours;"
             "work_days;absences;submitted;signed_student;signed_host;signed_tutor;signed_university;gratification;"
             "gratification_per;previous_summer;proof;report_pages;overrides;state\r\n"
             "i1;s1;Inria Saclay;public_lab;yes;Palaiseau;Grace Hopper;\"Tabular\ntransformers\";2026-05-04;"
             "2026-06-26;35;mon tue wed thu fri;2026-05-11 2026-05-12;2026-01-10;2026-03-02;2026-03-05;2026-03-05;"
             "2026-03-10;4,35;hour;no;yes;5;\"[{\"\"rule\"\":\"\"INT_LEAD_TIME\"\",\"\"by\"\":\"\"advisor\"\","
             "\"\"reason\"\":\"\"ok\"\"}]\";in_progress\r\n"
             "i2;s2;Owkin;company;oui;Paris;;;04/05/2026;31/07/2026;17,5;lun|mer;;;;;;;600;mois;non;non;;;draft\r\n")},
        {CsvKind::Seminars,
         QByteArrayLiteral("id,student_id,title,date,paragraph\n"
                           "se1,s4,Diffusion models,2026-02-03,\"I learned, at length, that \"\"noise\"\" helps.\"\n"
                           "se2,s4,Graph learning,10/02/2026,\n")},
        {CsvKind::SummerSchools,
         QByteArrayLiteral("id;student_id;name;proposed;start;end;full_time_days;report_pages;report_links;state\n"
                           "ss1;s3;DL Summer School;yes;2025-07-07;2025-07-11;5;2;https://a.org/x?p=1,2 "
                           "https://b.org/y;completed\n")},
    };
}

// Bytes that break CSV structure most often, to insert more often than chance would.
constexpr char kSpecialBytes[] = "\";,\r\n\t \0'=|\xC3\xA9\xE9\x80\xFF";
const QByteArray kSpecial(kSpecialBytes, sizeof(kSpecialBytes) - 1);

class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_random(seed)
    {
    }

    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    qsizetype at(const QByteArray& b) { return b.isEmpty() ? 0 : below(int(b.size())); }

    char randomByte() { return below(3) == 0 ? char(below(256)) : kSpecial.at(below(int(kSpecial.size()))); }

    /// One mutation chosen at random; @p name gets what it was, for failure messages.
    QByteArray mutate(QByteArray b, QString& name)
    {
        switch (below(13)) {
        case 0: {
            name += QStringLiteral("flip-bytes ");
            for (int i = below(10) + 1; i > 0 && !b.isEmpty(); --i)
                b[at(b)] = randomByte();
            return b;
        }
        case 1: {
            name += QStringLiteral("insert-bytes ");
            for (int i = below(10) + 1; i > 0; --i)
                b.insert(at(b), randomByte());
            return b;
        }
        case 2: {
            name += QStringLiteral("delete-range ");
            const qsizetype from = at(b);
            return b.remove(from, below(40) + 1);
        }
        case 3:
            name += QStringLiteral("truncate ");
            return b.left(at(b));
        case 4: {
            name += QStringLiteral("drop-or-duplicate-line ");
            QList<QByteArray> lines = b.split('\n');
            const qsizetype i = below(int(lines.size()));
            if (below(2) == 0)
                lines.removeAt(i);
            else
                lines.insert(i, lines.at(i));
            return lines.join('\n');
        }
        case 5: {
            name += QStringLiteral("wrong-quotes ");
            for (int i = below(3) + 1; i > 0; --i) {
                const qsizetype q = b.indexOf('"', at(b));
                if (q >= 0 && below(2) == 0)
                    b.remove(q, 1);
                else
                    b.insert(at(b), '"');
            }
            return b;
        }
        case 6: {
            name += QStringLiteral("swap-delimiters ");
            for (char& c : b) {
                if ((c == ';' || c == ',') && below(4) == 0)
                    c = c == ';' ? ',' : ';';
            }
            return b;
        }
        case 7:
            return reencode(b, name);
        case 8: {
            name += QStringLiteral("nul-bytes ");
            for (int i = below(3) + 1; i > 0; --i)
                b.insert(at(b), '\0');
            return b;
        }
        case 9: {
            name += QStringLiteral("line-ends ");
            const int style = below(3);
            b.replace("\r\n", "\n");
            if (style == 1)
                b.replace('\n', "\r\n");
            else if (style == 2)
                b.replace('\n', '\r');
            return b;
        }
        case 10: {
            name += QStringLiteral("garbage ");
            QByteArray g;
            for (int i = below(2000); i > 0; --i)
                g += randomByte();
            return g;
        }
        case 11: {
            name += QStringLiteral("splice-other-line ");
            const QList<QByteArray> lines = b.split('\n');
            b.insert(at(b), lines.at(below(int(lines.size()))));
            return b;
        }
        default: {
            name += QStringLiteral("blank-cells ");
            QList<QByteArray> lines = b.split('\n');
            const qsizetype i = below(int(lines.size()));
            QByteArray& line = lines[i];
            for (char& c : line) {
                if (c != ';' && c != ',' && c != '\r' && below(3) == 0)
                    c = ' ';
            }
            return lines.join('\n');
        }
        }
    }

    QByteArray reencode(const QByteArray& b, QString& name)
    {
        const QString text = QString::fromUtf8(b);
        switch (below(5)) {
        case 0: {
            name += QStringLiteral("to-windows-1252 ");
            QByteArray out;
            for (const QChar c : text)
                out += c.unicode() == 0x20AC ? '\x80' : (c.unicode() < 0x100 ? char(c.unicode()) : '?');
            return out;
        }
        case 1: {
            name += QStringLiteral("to-utf16le ");
            QByteArray out("\xFF\xFE", 2);
            out += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
            if (below(4) == 0)
                out.chop(1); // an odd number of bytes
            return out;
        }
        case 2: {
            name += QStringLiteral("to-utf16be ");
            QByteArray out("\xFE\xFF", 2);
            for (const QChar c : text) {
                out += char(c.unicode() >> 8);
                out += char(c.unicode() & 0xFF);
            }
            return out;
        }
        case 3:
            name += QStringLiteral("toggle-bom ");
            return b.startsWith("\xEF\xBB\xBF") ? b.mid(3) : QByteArrayLiteral("\xEF\xBB\xBF") + b;
        default:
            name += QStringLiteral("utf16-without-bom ");
            return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        }
    }

    /// A field of @p size bytes, quoted or not, with quotes and line breaks inside when quoted.
    QByteArray hugeField(qsizetype size, bool quoted)
    {
        QByteArray f;
        f.reserve(size + 2);
        if (quoted)
            f += '"';
        static const QByteArray kQuoted = QByteArrayLiteral("abc \"\" d\xC3\xA9"
                                                            "f;,\r\n xyz ");
        static const QByteArray kPlain = QByteArrayLiteral("abcdefgh ijk\xC3\xA9 ");
        const QByteArray& piece = quoted ? kQuoted : kPlain;
        while (f.size() < size)
            f += piece;
        if (quoted)
            f += '"';
        return f;
    }

private:
    QRandomGenerator m_random;
};

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

class TestCsvFuzz : public QObject
{
    Q_OBJECT

private slots:
    void basesAreValid();
    void mutatedFiles();
};

void TestCsvFuzz::basesAreValid()
{
    // The fuzzing starts from files that import, or its errors would prove nothing.
    for (const Base& base : bases()) {
        const Result<CsvItems> items = CsvMapping::read(base.kind, base.bytes, kFile);
        QVERIFY2(items.ok(), qPrintable(csvKindCode(base.kind) + QStringLiteral(": ") + items.error()));
        QVERIFY(items->count() > 0);
    }
}

void TestCsvFuzz::mutatedFiles()
{
    // Each mutated file must give either a clean error (non-empty, naming the file) or items that
    // export and import back to the same items. A crash, a hang or a sanitizer report fails.
    const int cases = caseCount();
    Mutator mutator(seed());
    const QList<Base> all = bases();
    int imported = 0;
    int refused = 0;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < cases; ++n) {
        const Base& base = all.at(n % all.size());
        QString name = QStringLiteral("case %1 (%2): ").arg(n).arg(csvKindCode(base.kind));
        QByteArray bytes = base.bytes;
        for (int k = mutator.below(3) + 1; k > 0; --k)
            bytes = mutator.mutate(bytes, name);
        if (n % 25 == 7) {
            // A 1 MB value: as the first value of the first record (an id, which may be anything), at
            // the end of the header, or as a line of its own.
            const QByteArray huge = mutator.hugeField(1024 * 1024, mutator.below(2) == 0);
            const qsizetype second = bytes.indexOf('\n') + 1;
            const qsizetype delimiter = second > 0 ? bytes.indexOf(base.bytes.contains(";") ? ';' : ',', second) : -1;
            switch (mutator.below(3)) {
            case 0:
                name += QStringLiteral("huge-id ");
                if (delimiter > 0)
                    bytes.replace(second, delimiter - second, huge);
                break;
            case 1: {
                name += QStringLiteral("huge-column-name ");
                const qsizetype line = bytes.indexOf('\n');
                bytes.insert(line <= 0 ? bytes.size() : line - (bytes.at(line - 1) == '\r' ? 1 : 0), huge);
                break;
            }
            default:
                name += QStringLiteral("huge-line ");
                bytes.insert(second, huge + '\n');
                break;
            }
        }

        const Result<CsvTable> table = CsvReader::parse(bytes, kFile);
        if (!table.ok()) {
            QVERIFY2(table.error().startsWith(kFile), qPrintable(name + table.error().left(300)));
        }
        const Result<CsvItems> items = CsvMapping::read(base.kind, bytes, kFile);
        if (!items.ok()) {
            ++refused;
            QVERIFY2(!items.error().isEmpty(), qPrintable(name));
            const QStringList lines = items.error().split(QLatin1Char('\n'));
            QVERIFY2(lines.size() <= CsvErrors::kDefaultLimit + 1, qPrintable(name));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const bool more = i == lines.size() - 1 && lines.at(i).startsWith(QStringLiteral("…"));
                QVERIFY2(more || lines.at(i).startsWith(kFile + QLatin1Char(':')),
                         qPrintable(name + lines.at(i).left(300)));
            }
            QVERIFY2(items.error().size() < 64 * 1024, qPrintable(name)); // values are cut in messages
            continue;
        }
        ++imported;
        QVERIFY2(table.ok(), qPrintable(name));
        for (const CsvFormat::LineEnding ending : {CsvFormat::LineEnding::CrLf, CsvFormat::LineEnding::Lf}) {
            CsvFormat format;
            format.delimiter = ending == CsvFormat::LineEnding::Lf ? ',' : ';';
            format.lineEnding = ending;
            const Result<QByteArray> out = CsvMapping::toCsv(items.value(), format);
            QVERIFY2(out.ok(), qPrintable(name + out.error()));
            const Result<CsvItems> back = CsvMapping::read(base.kind, out.value(), kFile);
            QVERIFY2(back.ok(), qPrintable(name + back.error().left(500)));
            QVERIFY2(sameList(back.value(), items.value()), qPrintable(name + QString::fromUtf8(out->left(2000))));
        }
    }
    qInfo(
        "seed %u, %d mutated files: %d imported (and re-imported the same after an export), %d refused with a message, "
        "in %lld ms",
        seed(), cases, imported, refused, timer.elapsed());
    // Both outcomes must occur, or the mutations are too weak or too strong to test anything.
    QVERIFY(imported >= cases / 20);
    QVERIFY(refused >= cases / 4);
}

QTEST_GUILESS_MAIN(TestCsvFuzz)
#include "tst_csvfuzz.moc"

// Proposal and reply files (core/io/ProposalFile) and their import into the advisor's database
// (core/storage/ProposalImport): round trips, damaged and foreign files, matching the sender, replacing a
// proposal while it is not approved, all or nothing.
#include "TestSupport.h"
#include "io/ProposalFile.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/ProposalImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

namespace {

const AcademicYear kYear{2025};
const QDateTime kWritten(QDate(2026, 1, 12), QTime(9, 30, 15, 250), Qt::UTC);

Student theSender()
{
    Student s;
    s.id = QStringLiteral("s-0123456789ab");
    s.name = QStringLiteral("Zoë O'Brien-Lefèvre");
    s.email = QStringLiteral("zoe.obrien@universite-paris-saclay.fr");
    s.studentNumber = QStringLiteral("22012345");
    return s;
}

/// A proposal with every kind of item and every internship field set.
ProposalFile fullProposal()
{
    ProposalFile f;
    f.year = kYear;
    f.written = kWritten;
    f.application = QStringLiteral("InternTrack 0.4.0");
    f.student = theSender();
    f.message = QStringLiteral("Bonjour,\nvoici ma proposition « stage » <b>&amp;</b>.");
    Internship i = test::cleanInternship();
    i.id = QStringLiteral("i-00000000abcd");
    i.studentId = f.student.id;
    i.host.name = QStringLiteral("Inria Saclay & <Partners>");
    i.host.kind = HostKind::PublicLab;
    i.host.city = QStringLiteral("Palaiseau");
    i.tutor.name = QStringLiteral("Marc Schœnauer");
    i.tutor.email = QStringLiteral("marc@inria.fr");
    i.subject = QStringLiteral("Évolution \"neuronale\"");
    i.weeklyHours = 28;
    i.workDays = WorkDays(0x0Fu); // Monday to Thursday
    i.absences = {QDate(2026, 5, 14), QDate(2026, 5, 15)};
    i.gratification.amountEur = 700.5;
    i.submitted = QDate(2026, 1, 12);
    i.state = WorkflowState::Submitted;
    f.internships = {i};
    Ter t = test::cleanTer();
    t.id = QStringLiteral("t-00000000beef");
    t.studentIds = {f.student.id, QStringLiteral("p-00000000cafe")};
    t.kind = TerKind::ChallengeSolve;
    t.state = WorkflowState::Submitted;
    f.ters = {t};
    SummerSchool s;
    s.id = QStringLiteral("ss-000000000001");
    s.studentId = f.student.id;
    s.name = QStringLiteral("Summer school on RL");
    s.start = QDate(2026, 6, 1);
    s.end = QDate(2026, 6, 12);
    s.state = WorkflowState::Submitted;
    f.summerSchools = {s};
    Seminar m;
    m.id = QStringLiteral("sem-000000000001");
    m.studentId = f.student.id;
    m.title = QStringLiteral("Diffusion models");
    m.date = QDate(2025, 11, 20);
    m.paragraph = QStringLiteral("I learned…");
    f.seminars = {m};
    return f;
}

/// A proposal of one internship in draft.
ProposalFile internshipProposal(const Student& who, const QString& id = QStringLiteral("i-0000000000a1"))
{
    ProposalFile f;
    f.year = kYear;
    f.written = kWritten;
    f.student = who;
    Internship i = test::cleanInternship();
    i.id = id;
    i.studentId = who.id;
    i.signatures = {};
    i.submitted = {};
    i.state = WorkflowState::Submitted;
    f.internships = {i};
    return f;
}

} // namespace

class TestProposalFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // Files
    void proposalRoundTrip();
    void replyRoundTrip();
    void badFiles_data();
    void badFiles();
    void truncatedNeverReads();
    void flippedBytesNeverCrash();

    // Import
    void matchesTheSender_data();
    void matchesTheSender();
    void unknownSenderNeedsConfirmation();
    void arrivesSubmittedWithTheMessage();
    void reimportReplacesWhileNotApproved();
    void anotherStudentsIdIsRefused();
    void wrongYearIsRefused();

private:
    Student demoStudent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CohortRepository> m_repo;
};

void TestProposalFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    const QString error = test::createDemoDatabase(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_repo = std::make_unique<CohortRepository>(*m_db);
    m_repo->setClock([] { return test::demoNow(); });
}

void TestProposalFile::cleanup()
{
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

Student TestProposalFile::demoStudent() const
{
    const Result<Cohort> c = m_repo->loadCohort(kYear);
    return c && !c->students.isEmpty() ? c->students.first() : Student{};
}

void TestProposalFile::proposalRoundTrip()
{
    const ProposalFile f = fullProposal();
    const QByteArray data = writeProposalFile(f);
    const Result<ProposalFile> read = readProposalFile(data);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->year, f.year);
    QCOMPARE(read->written, f.written);
    QCOMPARE(read->student, f.student);
    QCOMPARE(read->internships, f.internships);
    QCOMPARE(read->ters, f.ters);
    QCOMPARE(read->summerSchools, f.summerSchools);
    QCOMPARE(read->seminars, f.seminars);
    QCOMPARE(read->message, f.message);
    QCOMPARE(read.value(), f);
    // Written for people too: the envelope first-level keys are there, in clear
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("interntrack-proposal"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(!o.value(QStringLiteral("proposal")).toObject().contains(QStringLiteral("rules")));
}

void TestProposalFile::replyRoundTrip()
{
    ProposalReply r;
    r.year = kYear;
    r.itemId = QStringLiteral("i-00000000abcd");
    r.kind = ItemKind::Internship;
    r.state = WorkflowState::ChangesRequested;
    r.comment = QStringLiteral("Extend it to 26 June: « 8 weeks » are needed & <more>.");
    r.decidedBy = QStringLiteral("Anne Vilnat");
    r.decidedAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30), Qt::UTC);
    r.studentEmail = theSender().email;
    r.studentName = theSender().name;
    const Result<ProposalReply> read = readProposalReply(writeProposalReply(r));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value(), r);
    // A reply is not a proposal, and the other way round; each says what it is
    const Result<ProposalFile> asProposal = readProposalFile(writeProposalReply(r));
    QVERIFY(!asProposal.ok());
    QVERIFY2(asProposal.error().contains(QLatin1String("interntrack-reply")), qPrintable(asProposal.error()));
    const Result<ProposalReply> asReply = readProposalReply(writeProposalFile(fullProposal()));
    QVERIFY(!asReply.ok());
    QVERIFY2(asReply.error().contains(QLatin1String("interntrack-proposal")), qPrintable(asReply.error()));
}

void TestProposalFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected"); // a part of the message

    const QByteArray good = writeProposalFile(fullProposal());
    const auto edited = [&](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject o = QJsonDocument::fromJson(good).object();
        edit(o);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("not-json") << QByteArray("PK\x03\x04 a zip file") << QStringLiteral("Line 1, column 2");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("no JSON object");
    QTest::newRow("no-format") << QByteArray(R"({"version": 1})") << QStringLiteral("no \"format\"");
    QTest::newRow("cohort-file") << QByteArray(R"({"academic_year": "2025-2026"})") << QStringLiteral("cohort file");
    QTest::newRow("foreign-format") << QByteArray(R"({"format": "vcard", "version": 1})")
                                    << QStringLiteral("\"vcard\"");
    QTest::newRow("newer-version") << edited([](QJsonObject& o) { o[QStringLiteral("version")] = 2; })
                                   << QStringLiteral("newer InternTrack");
    QTest::newRow("version-text") << edited([](QJsonObject& o) { o[QStringLiteral("version")] = QStringLiteral("1"); })
                                  << QStringLiteral("version:");
    QTest::newRow("version-fraction") << edited([](QJsonObject& o) { o[QStringLiteral("version")] = 1.5; })
                                      << QStringLiteral("version:");
    // Found by tests/fuzz/fuzz_proposalfile (regressions/proposalfile/crash-huge-version.json): a version beyond
    // int's range was converted to int (undefined behaviour) before it was checked.
    QTest::newRow("version-huge") << edited([](QJsonObject& o) { o[QStringLiteral("version")] = 1.11111e48; })
                                  << QStringLiteral("version:");
    QTest::newRow("version-far-future") << edited([](QJsonObject& o) { o[QStringLiteral("version")] = 1e9; })
                                        << QStringLiteral("newer InternTrack");
    QTest::newRow("unknown-key") << edited([](QJsonObject& o) { o[QStringLiteral("colour")] = 1; })
                                 << QStringLiteral("colour: unknown field");
    QTest::newRow("no-written") << edited([](QJsonObject& o) { o.remove(QStringLiteral("written")); })
                                << QStringLiteral("written: is required");
    QTest::newRow("bad-written") << edited([](QJsonObject& o) {
        o[QStringLiteral("written")] = QStringLiteral("yesterday");
    }) << QStringLiteral("not a date and time");
    QTest::newRow("message-number") << edited([](QJsonObject& o) { o[QStringLiteral("message")] = 3; })
                                    << QStringLiteral("message: expected text");
    QTest::newRow("no-proposal") << edited([](QJsonObject& o) { o.remove(QStringLiteral("proposal")); })
                                 << QStringLiteral("proposal: is required");
    const auto inProposal = [&](const std::function<void(QJsonObject&)>& edit) {
        return edited([&](QJsonObject& o) {
            QJsonObject p = o.value(QStringLiteral("proposal")).toObject();
            edit(p);
            o[QStringLiteral("proposal")] = p;
        });
    };
    QTest::newRow("rules-inside") << inProposal([](QJsonObject& p) { p[QStringLiteral("rules")] = QJsonObject(); })
                                  << QStringLiteral("proposal.rules: unknown field");
    QTest::newRow("two-students") << inProposal([](QJsonObject& p) {
        QJsonArray s = p.value(QStringLiteral("students")).toArray();
        s.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")}});
        p[QStringLiteral("students")] = s;
    }) << QStringLiteral("exactly one student");
    QTest::newRow("bad-date") << inProposal([](QJsonObject& p) {
        QJsonArray a = p.value(QStringLiteral("internships")).toArray();
        QJsonObject i = a.first().toObject();
        i[QStringLiteral("start")] = QStringLiteral("2026-13-01");
        a[0] = i;
        p[QStringLiteral("internships")] = a;
    }) << QStringLiteral("proposal.internships[0].start");
    QTest::newRow("other-students-item") << inProposal([](QJsonObject& p) {
        QJsonArray a = p.value(QStringLiteral("seminars")).toArray();
        QJsonObject i = a.first().toObject();
        i[QStringLiteral("student")] = QStringLiteral("p-00000000cafe");
        a[0] = i;
        p[QStringLiteral("seminars")] = a;
    }) << QStringLiteral("not the sender");
    QTest::newRow("nothing-proposed") << inProposal([](QJsonObject& p) {
        for (const char* key : {"internships", "ters", "summer_schools", "seminars"})
            p.remove(QLatin1String(key));
    }) << QStringLiteral("no internship");
}

void TestProposalFile::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const Result<ProposalFile> read = readProposalFile(data);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
}

void TestProposalFile::truncatedNeverReads()
{
    // Cut anywhere, a proposal is refused with a message (the last byte is a newline: a whole object is kept).
    const QByteArray good = writeProposalFile(fullProposal()).trimmed();
    int refused = 0;
    for (qsizetype n = 0; n < good.size(); ++n) {
        const Result<ProposalFile> read = readProposalFile(good.left(n));
        if (read.ok())
            QFAIL(qPrintable(QStringLiteral("a file cut at byte %1 of %2 was read").arg(n).arg(good.size())));
        QVERIFY(!read.error().isEmpty());
        ++refused;
    }
    QCOMPARE(refused, good.size());
    QVERIFY(readProposalFile(good).ok());
}

void TestProposalFile::flippedBytesNeverCrash()
{
    // Damaged anywhere: read or refused, never a crash, and what is read is a whole, valid proposal.
    const QByteArray good = writeProposalFile(fullProposal());
    QRandomGenerator random(20260306);
    int read = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bad = good;
        const int flips = 1 + random.bounded(4);
        for (int i = 0; i < flips; ++i)
            bad[random.bounded(bad.size())] = char(random.bounded(256));
        const Result<ProposalFile> r = readProposalFile(bad);
        if (r) {
            ++read;
            QVERIFY(r->itemCount() > 0);
            QVERIFY(!r->student.id.isEmpty());
        } else {
            QVERIFY(!r.error().isEmpty());
        }
    }
    QVERIFY2(read < 3000, "no damage was ever noticed");
}

void TestProposalFile::matchesTheSender_data()
{
    QTest::addColumn<int>("how"); // how the sender is presented: 0 id, 1 email, 2 name
    QTest::addColumn<int>("expected");
    QTest::newRow("same-id-and-email") << 0 << int(ProposalImport::Match::ById);
    QTest::newRow("email-other-case") << 1 << int(ProposalImport::Match::ByEmail);
    QTest::newRow("name-without-accents") << 2 << int(ProposalImport::Match::ByName);
}

void TestProposalFile::matchesTheSender()
{
    QFETCH(int, how);
    QFETCH(int, expected);
    const Student known = demoStudent();
    QVERIFY(!known.id.isEmpty());
    Student who = known;
    if (how >= 1) {
        who.id = QStringLiteral("s-ffffffffffff");
        who.email = known.email.toUpper();
    }
    if (how == 2) {
        who.email.clear();
        who.name = known.name.normalized(QString::NormalizationForm_KD).toUpper();
        who.name.remove(QRegularExpression(QStringLiteral("\\p{M}")));
    }
    const Result<ProposalImport::Plan> plan = ProposalImport::plan(*m_repo, internshipProposal(who));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(int(plan->match), expected);
    QCOMPARE(plan->studentId, known.id);
    QCOMPARE(plan->newItems, QStringList{QStringLiteral("i-0000000000a1")});

    // The same id as a student of the database, but another person: not that student
    Student stranger = theSender();
    stranger.id = known.id;
    const Result<ProposalImport::Plan> other = ProposalImport::plan(*m_repo, internshipProposal(stranger));
    QVERIFY(other.ok());
    QCOMPARE(other->match, ProposalImport::Match::NotFound);
    QVERIFY(other->studentId != known.id);
}

void TestProposalFile::unknownSenderNeedsConfirmation()
{
    const ProposalFile f = internshipProposal(theSender());
    const Cohort before = m_repo->loadCohort(kYear).value();
    const Result<ProposalImport::Plan> refused = ProposalImport::apply(*m_repo, f, {});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("confirm")), qPrintable(refused.error()));
    QCOMPARE(m_repo->loadCohort(kYear).value(), before);

    ProposalImport::Options options;
    options.createStudent = true;
    options.actor = QStringLiteral("Anne Vilnat");
    const Result<ProposalImport::Plan> done = ProposalImport::apply(*m_repo, f, options);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(done->match, ProposalImport::Match::NotFound);
    const Result<Student> created = m_repo->student(kYear, done->studentId);
    QVERIFY(created.ok());
    QCOMPARE(created->email, theSender().email);
    QCOMPARE(created->name, theSender().name);
    QCOMPARE(m_repo->internship(kYear, QStringLiteral("i-0000000000a1"))->studentId, done->studentId);
}

void TestProposalFile::arrivesSubmittedWithTheMessage()
{
    const Student known = demoStudent();
    ProposalFile f = internshipProposal(known);
    f.message = QStringLiteral("Here is my internship at Inria.");
    f.internships.first().overrides.append(Override{}); // a student cannot bring overrides
    f.internships.first().overrides.first().rule = QStringLiteral("INT_MIN_WEEKS");
    f.internships.first().overrides.first().reason = QStringLiteral("I say so");
    const Result<ProposalImport::Plan> done = ProposalImport::apply(*m_repo, f, {});
    QVERIFY2(done.ok(), qPrintable(done.error()));
    const Internship stored = m_repo->internship(kYear, QStringLiteral("i-0000000000a1")).value();
    QCOMPARE(stored.state, WorkflowState::Submitted);
    QCOMPARE(stored.submitted, kWritten.toLocalTime().date());
    QVERIFY(stored.overrides.isEmpty());
    const QList<TransitionRecord> history =
        m_repo->transitions(kYear, ItemKind::Internship, QStringLiteral("i-0000000000a1")).value();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().from, WorkflowState::Draft);
    QCOMPARE(history.first().to, WorkflowState::Submitted);
    QCOMPARE(history.first().role, Role::Student);
    QCOMPARE(history.first().comment, f.message);
}

void TestProposalFile::reimportReplacesWhileNotApproved()
{
    const Student known = demoStudent();
    ProposalFile f = internshipProposal(known);
    QVERIFY(ProposalImport::apply(*m_repo, f, {}).ok());
    const QString id = f.internships.first().id;

    // Changed and sent again: replaced, both versions in the history
    f.internships.first().subject = QStringLiteral("Second version");
    const Result<ProposalImport::Plan> again = ProposalImport::apply(*m_repo, f, {});
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->replacedItems, QStringList{id});
    QCOMPARE(m_repo->internship(kYear, id)->subject, QStringLiteral("Second version"));
    const QList<AuditEntry> audit = m_repo->itemHistory(kYear, ItemKind::Internship, id).value();
    QVERIFY2(audit.size() >= 2, qPrintable(QString::number(audit.size())));

    // Sent back for changes, then sent again: replaced and submitted again
    const Actor advisor{QStringLiteral("Anne Vilnat"), Role::Advisor, {}};
    QVERIFY(m_repo
                ->transition(kYear, ItemKind::Internship, id, WorkflowState::Submitted, WorkflowState::ChangesRequested,
                             advisor, QStringLiteral("Longer, please"), {})
                .ok());
    f.internships.first().subject = QStringLiteral("Third version");
    QVERIFY(ProposalImport::apply(*m_repo, f, {}).ok());
    QCOMPARE(m_repo->internship(kYear, id)->state, WorkflowState::Submitted);
    QCOMPARE(m_repo->transitions(kYear, ItemKind::Internship, id)->size(), 3);

    // Approved: a new version is refused, and nothing changes
    const Status approved = m_repo->transition(kYear, ItemKind::Internship, id, WorkflowState::Submitted,
                                               WorkflowState::Approved, advisor, {}, {});
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    const Cohort before = m_repo->loadCohort(kYear).value();
    f.internships.first().subject = QStringLiteral("Fourth version");
    const Result<ProposalImport::Plan> late = ProposalImport::apply(*m_repo, f, {});
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QLatin1String("Nothing was imported")), qPrintable(late.error()));
    QCOMPARE(m_repo->loadCohort(kYear).value(), before);
}

void TestProposalFile::anotherStudentsIdIsRefused()
{
    const Cohort c = m_repo->loadCohort(kYear).value();
    QVERIFY(!c.internships.isEmpty());
    const Internship theirs = c.internships.first();
    Student me = theSender();
    ProposalFile f = internshipProposal(me, theirs.id);
    ProposalImport::Options options;
    options.createStudent = true;
    const Result<ProposalImport::Plan> done = ProposalImport::apply(*m_repo, f, options);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().contains(QLatin1String("another student")), qPrintable(done.error()));
    // All or nothing: the sender was not created either
    QCOMPARE(m_repo->loadCohort(kYear).value(), c);
}

void TestProposalFile::wrongYearIsRefused()
{
    ProposalFile f = internshipProposal(demoStudent());
    f.year = AcademicYear{2031};
    const Result<ProposalImport::Plan> plan = ProposalImport::plan(*m_repo, f);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QLatin1String("2031-2032")), qPrintable(plan.error()));
}

QTEST_GUILESS_MAIN(TestProposalFile)
#include "tst_proposalfile.moc"

// The GUI's workspace over a real database: loading a year off the GUI thread, every change as one
// transaction and one undoable command, refusals from core/workflow, and the rules re-run after each change.
#include "TestSupport.h"
#include "Workspace.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace interntrack;
using namespace interntrack::test;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void opensTheDemoInTheBackground();
    void refusesWhatIsNotADatabase();
    void createsANewDatabaseWithTheDefaultRules();
    void overrideMarksTheFindingAndUndoes();
    void approvalWithAnErrorIsRefusedWithTheReason();
    void fourSignaturesMoveTheStateAndUndoRestoresIt();
    void secretariatCannotApproveOrOverride();
    void editIsStoredAndRecordedInHistory();
    void rulesChangeRerunsTheChecksAndUndoes();
    void reportPdfPagesFeedTheRule();
    void readOnlyDatabaseRefusesChanges();
    void incrementalChecksEqualAFullCheck();

private:
    /// Opens a fresh copy of the demo in @p ws as @p role.
    void openDemo(Workspace& ws, Role role = Role::Advisor);
    static const Finding* findingOf(const QList<Finding>& findings, const QString& rule);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(createDemoDatabase(m_path), QString());
}

void TestWorkspace::openDemo(Workspace& ws, Role role)
{
    ws.setClock([] { return demoNow(); });
    ws.setActor(Actor{QStringLiteral("Ada Advisor"), role, {}});
    const Status opened = ws.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    ws.waitForLoaded();
    QVERIFY(!ws.isLoading());
}

const Finding* TestWorkspace::findingOf(const QList<Finding>& findings, const QString& rule)
{
    for (const Finding& f : findings) {
        if (f.rule == rule)
            return &f;
    }
    return nullptr;
}

void TestWorkspace::opensTheDemoInTheBackground()
{
    Workspace ws;
    ws.setClock([] { return demoNow(); });
    QSignalSpy loading(&ws, &Workspace::loadingChanged);
    QSignalSpy loaded(&ws, &Workspace::yearLoaded);
    QVERIFY(ws.open(m_path).ok());
    QVERIFY(ws.isLoading()); // the year is read by a worker thread
    QVERIFY(loaded.wait(20000) || loaded.count() > 0);
    QCOMPARE(loading.count(), 2);
    QCOMPARE(ws.year(), AcademicYear{2025});
    QCOMPARE(ws.cohort().students.size(), 25);
    QVERIFY(ws.internship(QStringLiteral("int-fontaine")));
    QCOMPARE(ws.internshipsOf(QStringLiteral("s11")), QStringList{QStringLiteral("int-fontaine")});
    QVERIFY(findingOf(ws.findings(QStringLiteral("int-fontaine")), QStringLiteral("INT_TEACHING_PERIOD")));
    QVERIFY(!ws.studentFindings(QStringLiteral("s11")).isEmpty());
    QVERIFY(!ws.isReadOnly());
}

void TestWorkspace::refusesWhatIsNotADatabase()
{
    Workspace ws;
    openDemo(ws);
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const Status s = ws.open(text);
    QVERIFY(!s);
    QVERIFY2(!s.error().isEmpty(), "a refusal says why");
    // The database already open stays open, untouched.
    QCOMPARE(ws.path(), m_path);
    QCOMPARE(ws.cohort().students.size(), 25);
}

void TestWorkspace::createsANewDatabaseWithTheDefaultRules()
{
    Workspace ws;
    ws.setClock([] { return demoNow(); });
    const QString path = m_dir->filePath(QStringLiteral("new.interntrack"));
    const Status s = ws.create(path, AcademicYear{2026});
    QVERIFY2(s.ok(), qPrintable(s.error()));
    ws.waitForLoaded();
    QCOMPARE(ws.years(), QList<AcademicYear>{AcademicYear{2026}});
    QCOMPARE(ws.year(), AcademicYear{2026});
    QCOMPARE(ws.rules(), RuleSet::parisSaclayM1(AcademicYear{2026}));
    QVERIFY(ws.cohort().students.isEmpty());
    // An existing file is never overwritten.
    Workspace other;
    QVERIFY(!other.create(m_path, AcademicYear{2026}));
}

void TestWorkspace::overrideMarksTheFindingAndUndoes()
{
    Workspace ws;
    openDemo(ws);
    const QString id = QStringLiteral("int-fontaine");
    QVERIFY(findingOf(ws.findings(id), QStringLiteral("INT_TEACHING_PERIOD"))->blocking());

    QVERIFY(!ws.overrideRule(ItemKind::Internship, id, QStringLiteral("INT_TEACHING_PERIOD"), QStringLiteral("  ")));
    QSignalSpy changed(&ws, &Workspace::itemChanged);
    const Status s = ws.overrideRule(ItemKind::Internship, id, QStringLiteral("INT_TEACHING_PERIOD"),
                                     QStringLiteral("Evening classes only; agreed with the host."));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(changed.count(), 1);
    const QList<Finding> after = ws.findings(id);
    const Finding* f = findingOf(after, QStringLiteral("INT_TEACHING_PERIOD"));
    QVERIFY(f && f->overridden);
    const Override& o = ws.internship(id)->overrides.last();
    QCOMPARE(o.by, QStringLiteral("Ada Advisor"));
    QCOMPARE(o.at, demoNow());

    ws.undoStack()->undo();
    QVERIFY(!findingOf(ws.findings(id), QStringLiteral("INT_TEACHING_PERIOD"))->overridden);
    ws.undoStack()->redo();
    QVERIFY(findingOf(ws.findings(id), QStringLiteral("INT_TEACHING_PERIOD"))->overridden);

    // What the workspace shows is what the file holds.
    Database db;
    QVERIFY(db.open(m_path).ok());
    const Result<Internship> stored = CohortRepository(db).internship(AcademicYear{2025}, id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), *ws.internship(id));
}

void TestWorkspace::approvalWithAnErrorIsRefusedWithTheReason()
{
    Workspace ws;
    openDemo(ws);
    const QString id = QStringLiteral("int-fontaine");
    const Status s = ws.transition(ItemKind::Internship, id, WorkflowState::Approved);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("INT_TEACHING_PERIOD"))
                 || s.error().contains(QStringLiteral("teaching")),
             qPrintable(s.error()));
    QCOMPARE(ws.internship(id)->state, WorkflowState::Submitted);
    QCOMPARE(ws.undoStack()->count(), 0);

    // A clean submitted proposal is approved, and the transition is stored with who and when.
    const QString clean = QStringLiteral("int-lefevre");
    const Status approved =
        ws.transition(ItemKind::Internship, clean, WorkflowState::Approved, QStringLiteral("Fine."));
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(ws.internship(clean)->state, WorkflowState::Approved);
    const Result<QList<TransitionRecord>> moves = ws.transitions(ItemKind::Internship, clean);
    QVERIFY(moves.ok());
    QCOMPARE(moves->last().to, WorkflowState::Approved);
    QCOMPARE(moves->last().actor, QStringLiteral("Ada Advisor"));
    QCOMPARE(moves->last().comment, QStringLiteral("Fine."));
    ws.undoStack()->undo();
    QCOMPARE(ws.internship(clean)->state, WorkflowState::Submitted);

    // Request changes needs a comment.
    QVERIFY(!ws.transition(ItemKind::Internship, clean, WorkflowState::ChangesRequested));
    QVERIFY(ws.transition(ItemKind::Internship, clean, WorkflowState::ChangesRequested, QStringLiteral("Dates?")).ok());
}

void TestWorkspace::fourSignaturesMoveTheStateAndUndoRestoresIt()
{
    Workspace ws;
    openDemo(ws, Role::Secretariat);
    const QString id = QStringLiteral("int-haddad");
    QCOMPARE(ws.internship(id)->state, WorkflowState::Approved);
    QVERIFY(!ws.recordSignature(id, Signatory::Student, demoNow().date().addDays(1))); // not in the future

    const QDate day = demoNow().date();
    QVERIFY(ws.recordSignature(id, Signatory::Student, day).ok());
    QCOMPARE(ws.internship(id)->state, WorkflowState::SentForSignature);
    QVERIFY(ws.recordSignature(id, Signatory::Host, day).ok());
    QVERIFY(ws.recordSignature(id, Signatory::Tutor, day).ok());
    QCOMPARE(ws.internship(id)->state, WorkflowState::SentForSignature);
    const Status last = ws.recordSignature(id, Signatory::University, day);
    QVERIFY2(last.ok(), qPrintable(last.error()));
    QCOMPARE(ws.internship(id)->state, WorkflowState::Signed);
    QVERIFY(ws.internship(id)->signatures.complete());
    const Result<QList<TransitionRecord>> moves = ws.transitions(ItemKind::Internship, id);
    QVERIFY(moves.ok());
    QCOMPARE(moves->last().to, WorkflowState::Signed);
    QCOMPARE(moves->last().role, Role::Secretariat);

    ws.undoStack()->undo();
    QCOMPARE(ws.internship(id)->state, WorkflowState::SentForSignature);
    QVERIFY(!ws.internship(id)->signatures.university.isValid());
    ws.undoStack()->undo();
    ws.undoStack()->undo();
    ws.undoStack()->undo();
    QCOMPARE(ws.internship(id)->state, WorkflowState::Approved);
    QCOMPARE(ws.internship(id)->signatures, Signatures());
}

void TestWorkspace::secretariatCannotApproveOrOverride()
{
    Workspace ws;
    openDemo(ws, Role::Secretariat);
    const Status approve = ws.transition(ItemKind::Internship, QStringLiteral("int-lefevre"), WorkflowState::Approved);
    QVERIFY(!approve);
    QVERIFY(!approve.error().isEmpty());
    QVERIFY(!ws.overrideRule(ItemKind::Internship, QStringLiteral("int-fontaine"), QStringLiteral("INT_LEAD_TIME"),
                             QStringLiteral("Because.")));
    QVERIFY(!ws.setTerGrade(ws.cohort().ters.first().id, 15.0));
    RuleSet changed = ws.rules();
    changed.reportMaxPages = 7;
    QVERIFY(!ws.saveRules(changed));
}

void TestWorkspace::editIsStoredAndRecordedInHistory()
{
    Workspace ws;
    openDemo(ws);
    const QString id = QStringLiteral("int-patel");
    Internship edited = *ws.internship(id);
    edited.weeklyHours = 30;
    const Status s = ws.saveItem(edited);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(ws.internship(id)->weeklyHours, 30.0);
    QCOMPARE(ws.undoStack()->count(), 1);
    const Result<QList<AuditEntry>> history = ws.history(ItemKind::Internship, id);
    QVERIFY(history.ok());
    QVERIFY(!history->isEmpty());
    QCOMPARE(history->last().actor, QStringLiteral("Ada Advisor"));
    QCOMPARE(history->last().action, QStringLiteral("update"));
    QVERIFY(history->last().newJson.contains(QStringLiteral("30")));
    // Saving the same item again is no change, and no command.
    QVERIFY(ws.saveItem(edited).ok());
    QCOMPARE(ws.undoStack()->count(), 1);
    ws.undoStack()->undo();
    QCOMPARE(ws.internship(id)->weeklyHours, 35.0);
}

void TestWorkspace::rulesChangeRerunsTheChecksAndUndoes()
{
    Workspace ws;
    openDemo(ws);
    const QString id = QStringLiteral("int-fontaine");
    QVERIFY(findingOf(ws.findings(id), QStringLiteral("INT_TEACHING_PERIOD")));
    RuleSet rules = ws.rules();
    rules.disabledRules.append(QStringLiteral("INT_TEACHING_PERIOD"));
    QSignalSpy findingsChanged(&ws, &Workspace::findingsChanged);
    const Status s = ws.saveRules(rules);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(findingsChanged.count() >= 1);
    QVERIFY(!findingOf(ws.findings(id), QStringLiteral("INT_TEACHING_PERIOD")));
    ws.undoStack()->undo();
    QVERIFY(findingOf(ws.findings(id), QStringLiteral("INT_TEACHING_PERIOD")));
}

void TestWorkspace::reportPdfPagesFeedTheRule()
{
    Workspace ws;
    openDemo(ws);
    const QString pdf = m_dir->filePath(QStringLiteral("report.pdf"));
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        for (int page = 0; page < 5; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(100, 100, QStringLiteral("Page %1").arg(page + 1));
        }
    }
    const QString id = QStringLiteral("int-dubois");
    QVERIFY(!ws.internship(id)->reportPages);
    const Status s = ws.attachReport(ItemKind::Internship, id, pdf);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(ws.internship(id)->reportPages, std::optional<int>(5));
    const Result<QList<Document>> docs = ws.documents(ItemKind::Internship, id);
    QVERIFY(docs.ok());
    QCOMPARE(docs->size(), 1);
    QCOMPARE(docs->first().pageCount, std::optional<int>(5));
    ws.undoStack()->undo();
    QVERIFY(!ws.internship(id)->reportPages);
    QCOMPARE(ws.documents(ItemKind::Internship, id)->size(), 0);

    // A file that is not a PDF is refused with a reason and changes nothing.
    const QString fake = m_dir->filePath(QStringLiteral("fake.pdf"));
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 nothing here");
    f.close();
    const Status bad = ws.attachReport(ItemKind::Internship, id, fake);
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(QStringLiteral("fake.pdf")));
    QVERIFY(!ws.internship(id)->reportPages);
}

void TestWorkspace::readOnlyDatabaseRefusesChanges()
{
    {
        // Make the file one from a newer program: it opens read-only.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    Workspace ws;
    openDemo(ws);
    QVERIFY(ws.isReadOnly());
    QVERIFY(!ws.notice().isEmpty());
    Internship edited = *ws.internship(QStringLiteral("int-patel"));
    edited.weeklyHours = 20;
    const Status s = ws.saveItem(edited);
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("read-only")));
    QCOMPARE(ws.internship(QStringLiteral("int-patel"))->weeklyHours, 35.0);
}

void TestWorkspace::incrementalChecksEqualAFullCheck()
{
    // After a change the workspace checks only what it can affect; the result must be the full check's.
    Workspace ws;
    openDemo(ws);
    const auto sorted = [](QList<Finding> list) {
        std::sort(list.begin(), list.end(), [](const Finding& a, const Finding& b) {
            return std::tie(a.subject, a.rule, a.message, a.student)
                   < std::tie(b.subject, b.rule, b.message, b.student);
        });
        return list;
    };
    const auto same = [&](const char* step) -> QByteArray {
        const CheckResult full = Checker(ws.rules()).check(ws.cohort(), demoNow().date(), Stage::Current);
        const QList<Finding> mine = sorted(ws.checkResult().findings);
        const QList<Finding> theirs = sorted(full.findings);
        if (mine != theirs) {
            QByteArray diff;
            for (const Finding& f : mine) {
                if (!theirs.contains(f))
                    diff += " +" + f.subject.toUtf8() + ":" + f.rule.toUtf8();
            }
            for (const Finding& f : theirs) {
                if (!mine.contains(f))
                    diff += " -" + f.subject.toUtf8() + ":" + f.rule.toUtf8();
            }
            return QByteArray("findings differ after ") + step + ":" + diff;
        }
        if (ws.checkResult().students != full.students)
            return QByteArray("student statuses differ after ") + step;
        return QByteArray();
    };
    QCOMPARE(same("loading"), QByteArray());

    // A TER joins a full subject: the other TERs of that subject get the capacity finding too.
    const Ter* crowded = nullptr;
    for (const Ter& t : ws.cohort().ters) {
        if (t.capacity && !crowded)
            crowded = &t;
    }
    QVERIFY(crowded);
    Ter joined = ws.cohort().ters.last();
    joined.subject = crowded->subject;
    joined.capacity = crowded->capacity;
    QVERIFY(ws.saveItem(joined).ok());
    QCOMPARE(same("a TER changed subject"), QByteArray());
    ws.undoStack()->undo(); // and leaves it again
    QCOMPARE(same("a TER left a subject"), QByteArray());
    ws.undoStack()->redo();
    QCOMPARE(same("a TER joined a subject again"), QByteArray());

    // An internship moves to another student; a new student appears; an item goes.
    Internship moved = *ws.internship(QStringLiteral("int-patel"));
    moved.studentId = QStringLiteral("s13");
    QVERIFY(ws.saveItem(moved).ok());
    QCOMPARE(same("an internship moved"), QByteArray());
    QVERIFY(ws.saveItem(Student{QStringLiteral("s99"), QStringLiteral("Zoé Nouvelle"), {}, {}, {}}).ok());
    QCOMPARE(same("a student was added"), QByteArray());
    QVERIFY(ws.deleteItem(ItemKind::Ter, joined.id).ok());
    QCOMPARE(same("a TER was deleted"), QByteArray());
    QVERIFY(ws.deleteItem(ItemKind::Internship, QStringLiteral("int-fontaine")).ok());
    QVERIFY(ws.findings(QStringLiteral("int-fontaine")).isEmpty());
    QCOMPARE(same("an internship was deleted"), QByteArray());
    while (ws.undoStack()->canUndo())
        ws.undoStack()->undo();
    QCOMPARE(same("undoing everything"), QByteArray());
    QCOMPARE(ws.internship(QStringLiteral("int-patel"))->studentId, QStringLiteral("s08"));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"

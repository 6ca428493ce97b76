// Student mode (issue 6), offscreen: the personal file (a database of the student's own, opened through the
// Workspace as the student), the internship form filled field by field with each finding beside its field and the
// figures, a draft with errors saved, Submit warning before writing a proposal file that reads back whole, the
// advisor's reply imported (state, comment, who and when; a wrong file changes nothing), the TER choice, and
// pictures of the window and the form in English and French.
#include "DateField.h"
#include "InternshipEditor.h"
#include "ItemEditorDialog.h"
#include "MainWindow.h"
#include "ProposalInbox.h"
#include "ProposalSubmit.h"
#include "ReplyImport.h"
#include "RoleDialog.h"
#include "Settings.h"
#include "StudentFileDialog.h"
#include "StudentWindow.h"
#include "TerChoiceDialog.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "io/ProposalFile.h"
#include "rules/Format.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrlQuery>

#include <memory>

using namespace interntrack;

namespace {

const AcademicYear kYear{2025};

Student me()
{
    Student s;
    s.name = QStringLiteral("Camille Durand");
    s.email = QStringLiteral("camille.durand@universite-paris-saclay.fr");
    s.studentNumber = QStringLiteral("22012345");
    return s;
}

bool hasNote(const QStringList& notes, const QString& text)
{
    for (const QString& n : notes) {
        if (n.contains(text))
            return true;
    }
    return false;
}

QString rulesOf(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out.append(f.rule);
    return out.join(QLatin1Char(','));
}

} // namespace

class TestStudentMode : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void personalFileCreated();
    void newFileDialogChecksInput();
    void advisorDatabaseRefused();
    void roleDialogOffersStudent();
    void internshipFormFieldByField();
    void draftWithErrorsSaves();
    void submitWarnsThenWritesFile();
    void emailDraftNamesTheFile();
    void replyImportChangesState();
    void replyForSomeoneElseChangesNothing();
    void replyDroppedOnWindow();
    void terChoice();
    void advisorRoundTrip();
    void render();

private:
    InternshipEditor* newInternshipEditor();
    QString saveDraftInternship();
    QString writeReply(const ProposalReply& reply, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StudentWindow> m_window;
    std::unique_ptr<ItemEditorDialog> m_dialog;
    QString m_path;
    // What the window asked
    QStringList m_confirmTexts;
    QStringList m_informTexts;
    QList<QUrl> m_urls;
    bool m_confirmAnswer = true;
    QString m_saveAnswer;
};

void TestStudentMode::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<StudentWindow>(*m_settings);
    m_window->workspace().setClock([] { return test::demoNow(); });
    m_confirmTexts.clear();
    m_informTexts.clear();
    m_urls.clear();
    m_confirmAnswer = true;
    m_saveAnswer.clear();
    StudentWindow::Prompts prompts;
    prompts.saveFile = [this](const QString&, const QString&, const QString&) { return m_saveAnswer; };
    prompts.openFile = [](const QString&, const QString&) { return QString(); };
    prompts.confirm = [this](const QString& title, const QString& text, const QString& details) {
        m_confirmTexts.append(title + QLatin1Char('\n') + text + QLatin1Char('\n') + details);
        return m_confirmAnswer;
    };
    prompts.inform = [this](const QString&, const QString& text, bool) { m_informTexts.append(text); };
    prompts.openUrl = [this](const QUrl& url) {
        m_urls.append(url);
        return true;
    };
    prompts.newFile = [] { return false; };
    m_window->setPrompts(prompts);
    m_path = m_dir->filePath(QStringLiteral("camille.interntrack-student"));
    const Status created = m_window->createFile(m_path, kYear, me());
    QVERIFY2(created.ok(), qPrintable(created.error()));
}

void TestStudentMode::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

InternshipEditor* TestStudentMode::newInternshipEditor()
{
    Workspace& ws = m_window->workspace();
    m_dialog = ItemEditorDialog::forNewItem(
        ws, ItemEditorDialog::blankItem(ws, ItemKind::Internship, m_window->ownerId()), m_window.get());
    return qobject_cast<InternshipEditor*>(m_dialog.get());
}

QString TestStudentMode::saveDraftInternship()
{
    InternshipEditor* editor = newInternshipEditor();
    if (!editor)
        return {};
    editor->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("Inria Saclay"));
    editor->findChild<QLineEdit*>(QStringLiteral("tutorEdit"))->setText(QStringLiteral("Marc Schoenauer"));
    editor->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Evolving neural networks"));
    editor->findChild<DateField*>(QStringLiteral("startDate"))->setDate(QDate(2026, 5, 4));
    editor->findChild<DateField*>(QStringLiteral("endDate"))->setDate(QDate(2026, 6, 12)); // too short
    const QString id = idOf(editor->item());
    return editor->save() ? id : QString();
}

QString TestStudentMode::writeReply(const ProposalReply& reply, const QString& name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(writeProposalReply(reply));
    return path;
}

// The personal file -----------------------------------------------------------------------------

void TestStudentMode::personalFileCreated()
{
    Workspace& ws = m_window->workspace();
    QVERIFY(QFileInfo::exists(m_path));
    QCOMPARE(ws.year(), kYear);
    QCOMPARE(ws.cohort().students.size(), 1);
    const Student* owner = m_window->owner();
    QVERIFY(owner);
    QCOMPARE(owner->name, me().name);
    QCOMPARE(owner->email, me().email);
    QCOMPARE(owner->studentNumber, me().studentNumber);
    QVERIFY(owner->id.startsWith(QLatin1String("s-")));
    QCOMPARE(ws.actor().role, Role::Student);
    QCOMPARE(ws.actor().studentId, owner->id);
    QCOMPARE(ws.actor().name, me().name);
    QVERIFY(ws.randomIds());
    QVERIFY(!ws.undoStack()->canUndo()); // creating the file is not an edit to undo

    // Random, distinct ids for new items: "i-" + 12 hex digits
    const QString a = ItemEditorDialog::freshId(ws, ItemKind::Internship);
    const QString b = ItemEditorDialog::freshId(ws, ItemKind::Internship);
    QVERIFY2(QRegularExpression(QStringLiteral("^i-[0-9a-f]{12}$")).match(a).hasMatch(), qPrintable(a));
    QVERIFY(a != b);
    QVERIFY(ItemEditorDialog::freshId(ws, ItemKind::Ter).startsWith(QLatin1String("t-")));

    // Reopened: the same student, and it is remembered as the last file
    const QString id = owner->id;
    StudentWindow other(*m_settings);
    other.setPrompts(m_window->prompts());
    m_window.reset();
    QVERIFY(other.openFile(m_path, true));
    QCOMPARE(other.ownerId(), id);
    QCOMPARE(other.filePath(), m_path);
    QVERIFY(other.windowTitle().contains(me().name));
    StudentWindow third(*m_settings);
    third.setPrompts(other.prompts());
    other.workspace().close();
    third.start(); // the last personal file
    QCOMPARE(third.ownerId(), id);
}

void TestStudentMode::newFileDialogChecksInput()
{
    StudentFileDialog dialog(QDate(2026, 6, 10), m_dir->path());
    QCOMPARE(dialog.year(), AcademicYear{2026}); // from May on, the next year
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("name")));
    dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Léa Martin"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("email")));
    dialog.findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("lea.martin@example.org"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
    // The suggested file: in the folder, named after the student and the year
    QCOMPARE(QFileInfo(dialog.path()).fileName(), QStringLiteral("lea-martin-2026-2027.interntrack-student"));
    QCOMPARE(QFileInfo(dialog.path()).absolutePath(), QFileInfo(m_dir->path()).absoluteFilePath());
    QCOMPARE(dialog.student().name, QStringLiteral("Léa Martin"));
    // An existing file is refused
    dialog.setPath(m_path);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("already exists")));
}

void TestStudentMode::advisorDatabaseRefused()
{
    const QString demo = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(test::createDemoDatabase(demo), QString());
    QVERIFY(!m_window->openFile(demo));
    QCOMPARE(m_informTexts.size(), 1);
    QVERIFY2(m_informTexts.first().contains(QLatin1String("advisor's database")), qPrintable(m_informTexts.first()));
    QVERIFY(m_window->ownerId().isEmpty());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("newInternshipAction"))->isEnabled());
}

void TestStudentMode::roleDialogOffersStudent()
{
    RoleDialog plain(Role::Advisor, QStringLiteral("Anne"));
    QVERIFY(!plain.findChild<QRadioButton*>(QStringLiteral("studentRadio")));

    RoleDialog dialog(Role::Advisor, QString(), nullptr, true);
    auto* student = dialog.findChild<QRadioButton*>(QStringLiteral("studentRadio"));
    QVERIFY(student);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // the advisor must give a name
    student->setChecked(true);
    QVERIFY(ok->isEnabled()); // a student gives it in their personal file
    QCOMPARE(dialog.role(), Role::Student);
}

// The internship form ---------------------------------------------------------------------------

void TestStudentMode::internshipFormFieldByField()
{
    InternshipEditor* editor = newInternshipEditor();
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());

    // What a student fills in, and only that
    for (const char* field :
         {"host", "host_kind", "ai_research", "address", "city", "country", "tutor", "tutor_email", "tutor_phone",
          "subject", "start", "end", "weekly_hours", "work_days", "absences", "gratification"})
        QVERIFY2(editor->fieldWidget(QLatin1String(field)), field);
    for (const char* field : {"id", "student", "submitted", "signatures", "proof", "report"})
        QVERIFY2(!editor->fieldNames().contains(QLatin1String(field)), field);

    // The reminder to contact the advisor, from the very first field
    QVERIFY2(hasNote(editor->messages(), QStringLiteral("Contact the academic advisor")),
             qPrintable(editor->messages().join(QLatin1Char('\n'))));

    // Host
    auto* host = editor->findChild<QLineEdit*>(QStringLiteral("hostEdit"));
    QTest::keyClicks(host, QStringLiteral("Acme Consulting"));
    auto* ai = editor->findChild<QCheckBox*>(QStringLiteral("aiResearchCheck"));
    ai->setChecked(false);
    QVERIFY2(hasNote(editor->fieldNotes(QStringLiteral("host")), QStringLiteral("Acme Consulting is not recorded")),
             qPrintable(editor->fieldNotes(QStringLiteral("host")).join(QLatin1Char('|'))));
    ai->setChecked(true);
    QVERIFY(editor->fieldNotes(QStringLiteral("host")).isEmpty());

    // Start in T3: beside the start, with the first day allowed
    auto* start = editor->findChild<DateField*>(QStringLiteral("startDate"));
    auto* end = editor->findChild<DateField*>(QStringLiteral("endDate"));
    start->setDate(QDate(2026, 2, 2));
    end->setDate(QDate(2026, 2, 27));
    QStringList startNotes = editor->fieldNotes(QStringLiteral("start"));
    QVERIFY2(hasNote(startNotes, QStringLiteral("Start on or after %1").arg(formatDate(QDate(2026, 5, 1)))),
             qPrintable(startNotes.join(QLatin1Char('|'))));
    // Too short: beside the end, with the end that would do
    QVERIFY2(hasNote(editor->fieldNotes(QStringLiteral("end")), QStringLiteral("end on or after")),
             qPrintable(editor->fieldNotes(QStringLiteral("end")).join(QLatin1Char('|'))));

    // Out of the teaching period, still too short: 8 weeks from 4 May end on 26 June 2026
    start->setDate(QDate(2026, 5, 4));
    end->setDate(QDate(2026, 6, 12));
    QVERIFY(editor->fieldNotes(QStringLiteral("start")).isEmpty());
    QVERIFY2(hasNote(editor->fieldNotes(QStringLiteral("end")),
                     QStringLiteral("end on or after %1").arg(formatDate(QDate(2026, 6, 26)))),
             qPrintable(editor->fieldNotes(QStringLiteral("end")).join(QLatin1Char('|'))));
    end->setDate(QDate(2026, 6, 26));
    QVERIFY2(editor->fieldNotes(QStringLiteral("end")).isEmpty(),
             qPrintable(editor->fieldNotes(QStringLiteral("end")).join(QLatin1Char('|'))));
    QCOMPARE(editor->figure(QStringLiteral("fte")), QStringLiteral("8.0 (at least 8)"));
    QCOMPARE(editor->figure(QStringLiteral("due")), formatDate(QDate(2026, 2, 4)));
    // Not submitted and less than 3 months away: said in the strip (the submission date is not the student's field)
    QVERIFY(hasNote(editor->messages(), QStringLiteral("Submit it now")));

    // Longer than 2 months without gratification: required, with the minimum; and after the deadline
    end->setDate(QDate(2026, 7, 31));
    QVERIFY2(hasNote(editor->fieldNotes(QStringLiteral("gratification")),
                     QStringLiteral("at least %1 a month").arg(formatEuros(682.5))),
             qPrintable(editor->fieldNotes(QStringLiteral("gratification")).join(QLatin1Char('|'))));
    QVERIFY(hasNote(editor->fieldNotes(QStringLiteral("end")), QStringLiteral("end on or before")));
    QVERIFY(editor->figure(QStringLiteral("monthly")).contains(formatEuros(682.5)));
    QVERIFY(!editor->figure(QStringLiteral("total")).isEmpty());
    QVERIFY(editor->figure(QStringLiteral("total")) != QStringLiteral("—"));
    auto* gratification = editor->findChild<QDoubleSpinBox*>(QStringLiteral("gratificationSpin"));
    gratification->setValue(600.0);
    QVERIFY(hasNote(editor->fieldNotes(QStringLiteral("gratification")), QStringLiteral("raise it to at least")));
    gratification->setValue(682.5);
    QVERIFY(editor->fieldNotes(QStringLiteral("gratification")).isEmpty());
    end->setDate(QDate(2026, 6, 26));
    QVERIFY(editor->fieldNotes(QStringLiteral("end")).isEmpty());

    // Weekly hours and work days change the figures
    auto* hours = editor->findChild<QDoubleSpinBox*>(QStringLiteral("weeklyHoursSpin"));
    hours->setValue(28.0);
    QVERIFY2(hasNote(editor->fieldNotes(QStringLiteral("end")), QStringLiteral("end on or after")),
             qPrintable(editor->fieldNotes(QStringLiteral("end")).join(QLatin1Char('|'))));
    hours->setValue(35.0);
    QVERIFY(editor->fieldNotes(QStringLiteral("end")).isEmpty());
}

void TestStudentMode::draftWithErrorsSaves()
{
    const QString id = saveDraftInternship();
    QVERIFY(!id.isEmpty());
    Workspace& ws = m_window->workspace();
    const Internship* in = ws.internship(id);
    QVERIFY(in);
    QCOMPARE(in->state, WorkflowState::Draft);
    QCOMPARE(in->studentId, m_window->ownerId());
    QCOMPARE(in->host.name, QStringLiteral("Inria Saclay"));
    QVERIFY2(rulesOf(ws.findings(id)).contains(QLatin1String("INT_MIN_DURATION")),
             qPrintable(rulesOf(ws.findings(id))));

    // Listed, with its state and what the rules say
    QTreeWidget* list = m_window->proposalList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem* row = list->topLevelItem(0);
    QVERIFY(row->text(StudentWindow::ProposalColumn).contains(QLatin1String("Inria Saclay")));
    QCOMPARE(row->text(StudentWindow::StateColumn), QStringLiteral("Draft"));
    QVERIFY2(row->text(StudentWindow::RulesColumn).contains(QLatin1String("error")),
             qPrintable(row->text(StudentWindow::RulesColumn)));
    QVERIFY(!row->icon(StudentWindow::StateColumn).isNull());
    QVERIFY(m_window->selectItem(ItemKind::Internship, id));
    QVERIFY(hasNote(m_window->detailTexts(), QStringLiteral("Error: ")));

    // A draft can be edited again
    std::unique_ptr<ItemEditorDialog> again = ItemEditorDialog::forItem(ws, ItemKind::Internship, id);
    QVERIFY(!again->isReadOnly());
    QCOMPARE(again->saveButton()->text(), QStringLiteral("Save Draft"));
    again.reset();

    // A draft can be deleted (after a question), and undone
    auto* remove = m_window->findChild<QAction*>(QStringLiteral("deleteAction"));
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QCOMPARE(m_confirmTexts.size(), 1);
    QVERIFY(!ws.internship(id));
    QCOMPARE(list->topLevelItemCount(), 0);
    ws.undoStack()->undo();
    QVERIFY(ws.internship(id));
    QCOMPARE(list->topLevelItemCount(), 1);
}

// Submit ----------------------------------------------------------------------------------------

void TestStudentMode::submitWarnsThenWritesFile()
{
    const QString id = saveDraftInternship();
    QVERIFY(!id.isEmpty());
    Workspace& ws = m_window->workspace();
    const QString out = m_dir->filePath(QStringLiteral("sent"));

    // Errors: the student is warned, with each error; "no" writes nothing
    m_confirmAnswer = false;
    m_saveAnswer = out;
    QCOMPARE(m_window->submit(ItemKind::Internship, id), QString());
    QCOMPARE(m_confirmTexts.size(), 1);
    QVERIFY(m_confirmTexts.first().contains(QLatin1String("Submit it anyway?")));
    QVERIFY2(m_confirmTexts.first().contains(QLatin1String("less than the 8 weeks required")),
             qPrintable(m_confirmTexts.first()));
    QVERIFY(!QFileInfo::exists(out + QStringLiteral(".interntrack-proposal")));
    QCOMPARE(ws.internship(id)->state, WorkflowState::Draft);

    // "Yes": the file is written (the suffix added) and the proposal is submitted today
    m_confirmAnswer = true;
    const QString written = m_window->submit(ItemKind::Internship, id);
    QCOMPARE(written, out + QStringLiteral(".interntrack-proposal"));
    QVERIFY2(m_informTexts.isEmpty(), qPrintable(m_informTexts.join(QLatin1Char('\n'))));
    const Internship local = *ws.internship(id);
    QCOMPARE(local.state, WorkflowState::Submitted);
    QCOMPARE(local.submitted, test::demoNow().date());
    const Result<QList<TransitionRecord>> history = ws.transitions(ItemKind::Internship, id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().to, WorkflowState::Submitted);
    QCOMPARE(history->first().role, Role::Student);
    QCOMPARE(history->first().actor, me().name);
    // One step to undo
    QCOMPARE(ws.undoStack()->undoText(), QStringLiteral("Submit internship %1").arg(id));

    // The file reads back whole
    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<ProposalFile> read = readProposalFile(file.readAll());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->year, kYear);
    QCOMPARE(read->student, *m_window->owner());
    QCOMPARE(read->internships.size(), 1);
    QCOMPARE(read->ters.size(), 0);
    QCOMPARE(read->internships.first(), local);

    // Submitted: read-only for the student; sent again without a question
    std::unique_ptr<ItemEditorDialog> editor = ItemEditorDialog::forItem(ws, ItemKind::Internship, id);
    QVERIFY(editor->isReadOnly());
    m_confirmTexts.clear();
    m_saveAnswer = m_dir->filePath(QStringLiteral("again.interntrack-proposal"));
    QCOMPARE(m_window->submit(ItemKind::Internship, id), m_saveAnswer);
    QCOMPARE(m_confirmTexts.size(), 1); // still warned of the errors
    QCOMPARE(ws.transitions(ItemKind::Internship, id)->size(), 1);

    // Cancelled at the file: nothing
    m_saveAnswer.clear();
    QCOMPARE(m_window->submit(ItemKind::Internship, id), QString());
}

void TestStudentMode::emailDraftNamesTheFile()
{
    const QString id = saveDraftInternship();
    m_saveAnswer = m_dir->filePath(QStringLiteral("p.interntrack-proposal"));
    // No file yet: Email submits first, then drafts
    QVERIFY(m_window->emailToAdvisor(ItemKind::Internship, id));
    QVERIFY(QFileInfo::exists(m_saveAnswer));
    QCOMPARE(m_urls.size(), 1);
    const QUrl url = m_urls.first();
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    const QUrlQuery query(url);
    const QString subject = query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded);
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QVERIFY2(subject.contains(me().name), qPrintable(subject));
    QVERIFY2(subject.contains(QLatin1String("Inria Saclay")), qPrintable(subject));
    QVERIFY2(body.contains(QDir::toNativeSeparators(m_saveAnswer)), qPrintable(body));
    QVERIFY(body.contains(QLatin1String("cannot attach a file")));
    QVERIFY(body.contains(me().studentNumber));
    // Again: the same file, no new submission
    QVERIFY(m_window->emailToAdvisor(ItemKind::Internship, id));
    QCOMPARE(m_urls.size(), 2);
}

// The reply -------------------------------------------------------------------------------------

void TestStudentMode::replyImportChangesState()
{
    const QString id = saveDraftInternship();
    m_saveAnswer = m_dir->filePath(QStringLiteral("p.interntrack-proposal"));
    QVERIFY(!m_window->submit(ItemKind::Internship, id).isEmpty());
    Workspace& ws = m_window->workspace();

    ProposalReply reply;
    reply.year = kYear;
    reply.itemId = id;
    reply.kind = ItemKind::Internship;
    reply.state = WorkflowState::ChangesRequested;
    reply.comment = QStringLiteral("Extend it to 26 June: 8 weeks are needed.");
    reply.decidedBy = QStringLiteral("Anne Vilnat");
    reply.decidedAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30));
    reply.studentEmail = me().email.toUpper(); // matched without case
    reply.studentName = me().name;
    const QString path = writeReply(reply, QStringLiteral("r1.interntrack-reply"));

    m_informTexts.clear();
    QVERIFY(m_window->importReply(path));
    QCOMPARE(ws.internship(id)->state, WorkflowState::ChangesRequested);
    QCOMPARE(m_informTexts.size(), 1);
    QVERIFY2(m_informTexts.first().contains(QLatin1String("Anne Vilnat asks for changes to your internship at Inria")),
             qPrintable(m_informTexts.first()));
    // Who, when and why, in the history, the list and the detail pane
    const QList<TransitionRecord> history = ws.transitions(ItemKind::Internship, id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().role, Role::Advisor);
    QCOMPARE(history.last().actor, QStringLiteral("Anne Vilnat"));
    QCOMPARE(history.last().at, reply.decidedAt);
    QCOMPARE(history.last().comment, reply.comment);
    const QString comment = m_window->advisorComment(ItemKind::Internship, id);
    QVERIFY2(comment.contains(reply.comment) && comment.contains(QLatin1String("Anne Vilnat"))
                 && comment.contains(formatDate(QDate(2026, 3, 5))),
             qPrintable(comment));
    QVERIFY(m_window->selectItem(ItemKind::Internship, id));
    QVERIFY(hasNote(m_window->detailTexts(), reply.comment));
    QCOMPARE(m_window->proposalList()->topLevelItem(0)->text(StudentWindow::CommentColumn), comment);

    // Sent back: the student may edit it again
    QVERIFY(!ItemEditorDialog::forItem(ws, ItemKind::Internship, id)->isReadOnly());

    // The same reply again changes nothing
    QVERIFY(m_window->importReply(path));
    QCOMPARE(ws.transitions(ItemKind::Internship, id)->size(), 2);

    // Approved later (the advisor may have overridden the errors: they do not block the reply here)
    reply.state = WorkflowState::Approved;
    reply.comment.clear();
    reply.decidedAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0));
    QVERIFY(m_window->importReply(writeReply(reply, QStringLiteral("r2.interntrack-reply"))));
    QCOMPARE(ws.internship(id)->state, WorkflowState::Approved);
    QVERIFY(m_window->advisorComment(ItemKind::Internship, id).contains(QLatin1String("Approved by Anne Vilnat")));
    // Undo takes the decision back
    ws.undoStack()->undo();
    QCOMPARE(ws.internship(id)->state, WorkflowState::ChangesRequested);
}

void TestStudentMode::replyForSomeoneElseChangesNothing()
{
    const QString id = saveDraftInternship();
    Workspace& ws = m_window->workspace();
    ProposalReply reply;
    reply.year = kYear;
    reply.itemId = id;
    reply.kind = ItemKind::Internship;
    reply.state = WorkflowState::Approved;
    reply.decidedBy = QStringLiteral("Anne Vilnat");
    reply.decidedAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30));
    reply.studentEmail = QStringLiteral("someone.else@universite-paris-saclay.fr");
    reply.studentName = QStringLiteral("Someone Else");
    const auto refused = [&](const QString& path, const char* expected) {
        m_informTexts.clear();
        QVERIFY(!m_window->importReply(path));
        QCOMPARE(m_informTexts.size(), 1);
        QVERIFY2(m_informTexts.first().contains(QLatin1String(expected)), qPrintable(m_informTexts.first()));
        QCOMPARE(ws.internship(id)->state, WorkflowState::Draft);
        QCOMPARE(ws.transitions(ItemKind::Internship, id)->size(), 0);
    };
    refused(writeReply(reply, QStringLiteral("other.interntrack-reply")), "not for you");

    reply.studentEmail = me().email;
    reply.year = AcademicYear{2024};
    refused(writeReply(reply, QStringLiteral("year.interntrack-reply")), "2024-2025");

    reply.year = kYear;
    reply.itemId = QStringLiteral("i-000000000000");
    refused(writeReply(reply, QStringLiteral("item.interntrack-reply")), "no internship i-000000000000");

    // Not a reply at all, or cut short
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.interntrack-reply"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("{\"format\": \"something else\"");
    g.close();
    refused(garbage, "garbage.interntrack-reply");
}

void TestStudentMode::replyDroppedOnWindow()
{
    const QString id = saveDraftInternship();
    m_saveAnswer = m_dir->filePath(QStringLiteral("p.interntrack-proposal"));
    QVERIFY(!m_window->submit(ItemKind::Internship, id).isEmpty());
    ProposalReply reply;
    reply.year = kYear;
    reply.itemId = id;
    reply.kind = ItemKind::Internship;
    reply.state = WorkflowState::Rejected;
    reply.comment = QStringLiteral("This host does no research.");
    reply.decidedBy = QStringLiteral("Anne Vilnat");
    reply.decidedAt = QDateTime(QDate(2026, 3, 6), QTime(8, 0));
    reply.studentEmail = me().email;
    reply.studentName = me().name;
    const QString path = writeReply(reply, QStringLiteral("dropped.interntrack-reply"));

    // Another kind of file is not taken
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QCoreApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->workspace().internship(id)->state, WorkflowState::Rejected);
    QVERIFY(m_window->advisorComment(ItemKind::Internship, id).contains(reply.comment));
}

// The TER choice --------------------------------------------------------------------------------

void TestStudentMode::terChoice()
{
    Workspace& ws = m_window->workspace();
    {
        // The subjects, as the offers file would bring them
        Database db;
        QVERIFY(db.open(m_path).ok());
        CohortRepository repo(db);
        TerSubject research{QStringLiteral("Fair ranking"), TerKind::Research, 1,
                            Lab{QStringLiteral("LAMSADE"), false}};
        TerSubject challenge{QStringLiteral("Solve the tabular mini-challenge"), TerKind::ChallengeSolve, 2,
                             Lab{QStringLiteral("LISN"), true}};
        QVERIFY(repo.saveTerSubject(kYear, research, QStringLiteral("test")).ok());
        QVERIFY(repo.saveTerSubject(kYear, challenge, QStringLiteral("test")).ok());
    }
    QCOMPARE(ws.terSubjects().size(), 2);

    const QString owner = m_window->ownerId();
    {
        TerChoiceDialog dialog(ws, owner);
        QCOMPARE(dialog.subjectList()->topLevelItemCount(), 2);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.selectSubject(QStringLiteral("Fair ranking")));
        QVERIFY(ok->isEnabled());
        // The TER rules on the choice: the lab is outside Paris-Saclay
        QVERIFY2(hasNote(dialog.findingTexts(), QStringLiteral("Warning: ")),
                 qPrintable(dialog.findingTexts().join(QLatin1Char('|'))));
        QVERIFY(!dialog.partner());
        const Ter ter = dialog.ter();
        QVERIFY(ter.id.startsWith(QLatin1String("t-")));
        QCOMPARE(ter.studentIds, QStringList{owner});
        QCOMPARE(ter.subject, QStringLiteral("Fair ranking"));
        QCOMPARE(ter.capacity, std::optional<int>(1));
        QCOMPARE(ter.lab.name, QStringLiteral("LAMSADE"));

        // Made into a TER with the editor, whose rules show as the dates are given
        m_dialog = ItemEditorDialog::forNewItem(ws, ter);
        QVERIFY(!m_dialog->isReadOnly());
        QVERIFY(rulesOf(m_dialog->findings()).contains(QLatin1String("TER_OUTSIDE_SACLAY")));
        m_dialog->findChild<DateField*>(QStringLiteral("startDate"))->setDate(QDate(2026, 1, 5));
        m_dialog->findChild<DateField*>(QStringLiteral("endDate"))->setDate(QDate(2026, 1, 20));
        QVERIFY2(rulesOf(m_dialog->findings()).contains(QLatin1String("TER_DURATION")),
                 qPrintable(rulesOf(m_dialog->findings())));
        m_dialog->findChild<DateField*>(QStringLiteral("endDate"))->setDate(QDate(2026, 4, 3));
        QVERIFY(!rulesOf(m_dialog->findings()).contains(QLatin1String("TER_DURATION")));
        QVERIFY(m_dialog->save());
        QCOMPARE(ws.tersOf(owner), QStringList{ter.id});
        m_dialog.reset();
    }
    {
        // That subject is now full; the mini-challenge is done in pairs
        TerChoiceDialog dialog(ws, owner);
        QVERIFY(!dialog.selectSubject(QStringLiteral("Fair ranking")));
        QVERIFY(dialog.selectSubject(QStringLiteral("Solve the tabular mini-challenge")));
        QVERIFY2(hasNote(dialog.findingTexts(), QStringLiteral("Error: ")),
                 qPrintable(dialog.findingTexts().join(QLatin1Char('|'))));
        dialog.setPartner(QStringLiteral("Hugo Petit"), QStringLiteral("hugo.petit@universite-paris-saclay.fr"));
        const std::optional<Student> partner = dialog.partner();
        QVERIFY(partner);
        QCOMPARE(partner->name, QStringLiteral("Hugo Petit"));
        QVERIFY2(!hasNote(dialog.findingTexts(), QStringLiteral("Error: ")),
                 qPrintable(dialog.findingTexts().join(QLatin1Char('|'))));

        // The partner joins the file (not as its owner), and the pair's TER is the student's to edit
        const Result<QString> partnerId = m_window->addPartner(*partner);
        QVERIFY2(partnerId.ok(), qPrintable(partnerId.error()));
        QVERIFY(partnerId->startsWith(QLatin1String("p-")));
        QCOMPARE(m_window->addPartner(*partner).value(), partnerId.value()); // the same classmate again
        QCOMPARE(ws.actor().studentId, owner);
        const Ter pair = dialog.ter(partnerId.value());
        QCOMPARE(pair.studentIds, (QStringList{owner, partnerId.value()}));
        m_dialog = ItemEditorDialog::forNewItem(ws, pair);
        QVERIFY(!m_dialog->isReadOnly());
        m_dialog->findChild<DateField*>(QStringLiteral("startDate"))->setDate(QDate(2026, 3, 2));
        m_dialog->findChild<DateField*>(QStringLiteral("endDate"))->setDate(QDate(2026, 4, 30));
        QVERIFY2(!rulesOf(m_dialog->findings()).contains(QLatin1String("TER_CHALLENGE_SOLVE")),
                 qPrintable(rulesOf(m_dialog->findings())));
        QVERIFY(m_dialog->save());
        m_dialog.reset();
        // Sent, the TER names the partner for the advisor (the file carries one student)
        const Result<ProposalFile> file = ProposalSubmit::proposalFile(ws, owner, ItemKind::Ter, pair.id);
        QVERIFY(file.ok());
        QCOMPARE(file->ters.size(), 1);
        QCOMPARE(file->ters.first().state, WorkflowState::Submitted);
        QVERIFY2(file->message.contains(QLatin1String("Hugo Petit <hugo.petit@universite-paris-saclay.fr>")),
                 qPrintable(file->message));
    }
    QCOMPARE(m_window->proposalList()->topLevelItemCount(), 2);
    // Reopened, the file is still the student's (the partner is not its owner)
    const QString path = m_window->filePath();
    QVERIFY(m_window->openFile(path, true));
    QCOMPARE(m_window->ownerId(), owner);
}

// Student file → proposal file → advisor's database (menu and drag and drop) → reply → student file

void TestStudentMode::advisorRoundTrip()
{
    const QString id = saveDraftInternship();
    QVERIFY(!id.isEmpty());
    Workspace& student = m_window->workspace();
    const QString proposalPath = m_dir->filePath(QStringLiteral("camille.interntrack-proposal"));
    m_saveAnswer = proposalPath;
    QCOMPARE(m_window->submit(ItemKind::Internship, id), proposalPath);
    const Internship sent = *student.internship(id);

    // The advisor, on the demo database (Camille is not in it)
    const QString dbPath = m_dir->filePath(QStringLiteral("advisor.interntrack"));
    const QString created = test::createDemoDatabase(dbPath);
    QVERIFY2(created.isEmpty(), qPrintable(created));
    Settings advisorSettings(m_dir->filePath(QStringLiteral("advisor.ini")));
    advisorSettings.setValue(Settings::UserName, QStringLiteral("Anne Vilnat"));
    MainWindow advisor(advisorSettings);
    advisor.workspace().setClock([] { return test::demoNow(); });
    advisor.setRole(Role::Advisor);
    QVERIFY(advisor.openDatabase(dbPath, true));
    Workspace& ws = advisor.workspace();
    ws.waitForLoaded();
    const qsizetype studentsBefore = ws.cohort().students.size();
    ProposalInbox* inbox = advisor.proposalInbox();
    QStringList questions, notes;
    bool agree = false;
    inbox->confirm = [&](const QString& q) {
        questions.append(q);
        return agree;
    };
    inbox->inform = [&](const QString& text) { notes.append(text); };

    // Refused at the question: nothing imported
    QVERIFY(!advisor.importProposals({proposalPath}));
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(me().name) && questions.first().contains(me().email),
             qPrintable(questions.first()));
    QVERIFY(!ws.internship(id));

    // Agreed: Camille is added, the internship arrives submitted, every field as she wrote it
    agree = true;
    QVERIFY(advisor.importProposals({proposalPath}));
    ws.waitForLoaded();
    QCOMPARE(ws.cohort().students.size(), studentsBefore + 1);
    const Internship* arrived = ws.internship(id);
    QVERIFY(arrived);
    QCOMPARE(arrived->state, WorkflowState::Submitted);
    QCOMPARE(arrived->submitted, test::demoNow().date());
    Internship expected = sent;
    expected.studentId = arrived->studentId;
    QCOMPARE(*arrived, expected);
    QCOMPARE(ws.student(arrived->studentId)->email, me().email);
    QVERIFY2(notes.last().contains(QLatin1String("1 new item")), qPrintable(notes.last()));

    // Dropped on the window again (changed meanwhile): replaced, no new question, the history keeps both
    questions.clear();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(proposalPath)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&advisor, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&advisor, &drop);
    ws.waitForLoaded();
    QVERIFY(questions.isEmpty());
    QVERIFY2(notes.last().contains(QLatin1String("replaced")), qPrintable(notes.last()));
    QVERIFY(ws.history(ItemKind::Internship, id)->size() >= 2);
    // A file of another kind is not taken
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent enterOther(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    enterOther.ignore();
    QCoreApplication::sendEvent(&advisor, &enterOther);
    QVERIFY(!enterOther.isAccepted());

    // The advisor asks for changes; the reply and the email draft carry the comment
    QAction* saveReply = advisor.findChild<QAction*>(QStringLiteral("saveReplyAction"));
    QVERIFY(saveReply);
    QVERIFY(!inbox->replyMail(id).ok()); // nothing decided yet
    const QString comment = QStringLiteral("Extend it to 26 June: 8 weeks are needed & « more ».");
    const Status decided = ws.transition(ItemKind::Internship, id, WorkflowState::ChangesRequested, comment);
    QVERIFY2(decided.ok(), qPrintable(decided.error()));
    const Result<QUrl> mail = inbox->replyMail(id);
    QVERIFY2(mail.ok(), qPrintable(mail.error()));
    QCOMPARE(mail->scheme(), QStringLiteral("mailto"));
    QCOMPARE(mail->path(), me().email);
    const QUrlQuery query(mail.value());
    QVERIFY2(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(comment),
             qPrintable(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)));
    QList<QUrl> opened;
    inbox->openUrl = [&](const QUrl& url) {
        opened.append(url);
        return true;
    };
    QVERIFY(inbox->emailReply(id));
    QCOMPARE(opened.size(), 1);
    const QString replyPath = m_dir->filePath(QStringLiteral("reply"));
    inbox->askSaveFile = [&](const QString& suggested) {
        return suggested.endsWith(QLatin1String(".interntrack-reply")) ? replyPath : QString();
    };
    QCOMPARE(inbox->saveReply(id), replyPath + QStringLiteral(".interntrack-reply"));

    // Back in the student's file: sent back, with the advisor's words
    QVERIFY(m_window->importReply(replyPath + QStringLiteral(".interntrack-reply")));
    QCOMPARE(student.internship(id)->state, WorkflowState::ChangesRequested);
    QVERIFY2(m_window->advisorComment(ItemKind::Internship, id).contains(comment),
             qPrintable(m_window->advisorComment(ItemKind::Internship, id)));
}

// Pictures --------------------------------------------------------------------------------------

void TestStudentMode::render()
{
    // Written to INTERNTRACK_RENDER_DIR when set (for people to look at); grabbed in any case.
    const QString dir = qEnvironmentVariable("INTERNTRACK_RENDER_DIR");
    const QString id = saveDraftInternship();
    QVERIFY(!id.isEmpty());
    m_saveAnswer = m_dir->filePath(QStringLiteral("p.interntrack-proposal"));
    QVERIFY(!m_window->submit(ItemKind::Internship, id).isEmpty());
    ProposalReply reply;
    reply.year = kYear;
    reply.itemId = id;
    reply.kind = ItemKind::Internship;
    reply.state = WorkflowState::ChangesRequested;
    reply.comment = QStringLiteral("Extend it to 26 June: 8 weeks are needed. Fine otherwise.");
    reply.decidedBy = QStringLiteral("Anne Vilnat");
    reply.decidedAt = QDateTime(QDate(2026, 3, 5), QTime(14, 30));
    reply.studentEmail = me().email;
    reply.studentName = me().name;
    QVERIFY(m_window->importReply(writeReply(reply, QStringLiteral("r.interntrack-reply"))));

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(Translations::install(language).ok());
        QCoreApplication::processEvents();
        m_window->resize(1100, 640);
        m_window->show();
        QVERIFY(m_window->selectItem(ItemKind::Internship, id));
        QCoreApplication::processEvents();
        const QPixmap window = m_window->grab();
        QVERIFY(!window.isNull());

        InternshipEditor* editor = newInternshipEditor();
        editor->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("Acme Consulting"));
        editor->findChild<QCheckBox*>(QStringLiteral("aiResearchCheck"))->setChecked(false);
        editor->findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Churn prediction"));
        editor->findChild<DateField*>(QStringLiteral("startDate"))->setDate(QDate(2026, 4, 13));
        editor->findChild<DateField*>(QStringLiteral("endDate"))->setDate(QDate(2026, 7, 31));
        editor->resize(1060, 1500);
        editor->show();
        QCoreApplication::processEvents();
        const QPixmap form = editor->grab();
        QVERIFY(!form.isNull());
        if (!dir.isEmpty()) {
            QVERIFY(window.save(QDir(dir).filePath(QStringLiteral("student-window-%1.png").arg(language))));
            QVERIFY(form.save(QDir(dir).filePath(QStringLiteral("student-form-%1.png").arg(language))));
        }
        editor->hide();
        m_dialog.reset();
    }
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
}

QTEST_MAIN(TestStudentMode)
#include "tst_studentmode.moc"

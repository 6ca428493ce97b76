// The actions on items (ui/ActionController) over the demo database: what each role may do and why not,
// the refusals of core/workflow shown with their reason, the dialogs that collect a comment, a reason,
// signatures, a report or a grade, undo, and the item's history as people read it.
#include "ActionController.h"
#include "CommentDialog.h"
#include "GradeDialog.h"
#include "HistoryDialog.h"
#include "HistoryView.h"
#include "ItemHistory.h"
#include "OverrideDialog.h"
#include "ReportDialog.h"
#include "SignaturesDialog.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "rules/Format.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace interntrack;
using namespace interntrack::test;
using Action = ActionController::Action;

namespace {

/// "4 signatures missing" as the English catalogue says it, or "4 signature(s) missing" before it has the string.
QRegularExpression missing(int n)
{
    return QRegularExpression(QStringLiteral("%1 signature(s|\\(s\\))? missing").arg(n));
}

} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsHaveNamesShortcutsAndMenuOrder();
    void nothingSelectedDisablesEverythingButSaysWhy();
    void approvingWithAnErrorIsRefusedWithTheRule();
    void overrideThenApprove();
    void secretariatCannotApproveAndIsToldWhy();
    void fourSignaturesSignAndOneUndoTakesThemBack();
    void signaturesCannotBeInTheFuture();
    void requestChangesNeedsAComment();
    void cancelAsksForConfirmation();
    void gradeATer();
    void reportReceivedCountsThePdfPages();
    void proofReceivedToggles();
    void historyShowsChangesTransitionsAndOverrides();
    void historyDiffIsReadable();
    void actionsFollowTheWorkspace();
    void renderForPeople();

private:
    void openDemo(Workspace& ws, Role role = Role::Advisor);
    QString internshipWhere(const Workspace& ws, const std::function<bool(const Internship&)>& pred) const;
    QString terWhere(const Workspace& ws, const std::function<bool(const Ter&)>& pred) const;
    static QStringList blockingRules(const Workspace& ws, const QString& id);
    QString makePdf(const QString& name, int pages) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QDateTime m_now;
};

void TestActions::initTestCase()
{
    // The English catalogue gives the plural forms ("4 signatures", "1 signature").
    QVERIFY(Translations::install(QStringLiteral("en")).ok());
}

void TestActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(createDemoDatabase(m_path), QString());
    m_now = demoNow();
}

void TestActions::cleanup()
{
    // Dialogs opened without a parent are deleted with WA_DeleteOnClose: let them go.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestActions::openDemo(Workspace& ws, Role role)
{
    ws.setClock([this] { return m_now; });
    ws.setActor(
        Actor{role == Role::Advisor ? QStringLiteral("Ada Advisor") : QStringLiteral("Sam Secretariat"), role, {}});
    const Status opened = ws.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    ws.waitForLoaded();
    QVERIFY(!ws.isLoading());
}

QString TestActions::internshipWhere(const Workspace& ws, const std::function<bool(const Internship&)>& pred) const
{
    for (const Internship& in : ws.cohort().internships) {
        if (pred(in))
            return in.id;
    }
    return {};
}

QString TestActions::terWhere(const Workspace& ws, const std::function<bool(const Ter&)>& pred) const
{
    for (const Ter& t : ws.cohort().ters) {
        if (pred(t))
            return t.id;
    }
    return {};
}

QStringList TestActions::blockingRules(const Workspace& ws, const QString& id)
{
    QStringList out;
    for (const Finding& f : ws.findings(id)) {
        if (f.blocking() && !out.contains(f.rule))
            out.append(f.rule);
    }
    return out;
}

QString TestActions::makePdf(const QString& name, int pages) const
{
    const QString path = m_dir->filePath(name);
    QPdfWriter writer(path);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.drawText(100, 100, QStringLiteral("Report, page %1").arg(page + 1));
    }
    return path;
}

void TestActions::actionsHaveNamesShortcutsAndMenuOrder()
{
    Workspace ws;
    ActionController c(ws, nullptr);
    const QList<QAction*> actions = c.actions();
    QCOMPARE(actions.first(), c.action(Action::Submit));
    QCOMPARE(actions.last(), c.action(Action::History));
    QVERIFY(actions.contains(nullptr)); // separators
    QSet<QString> names;
    int count = 0;
    for (QAction* a : actions) {
        if (!a)
            continue;
        ++count;
        QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
        QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
        QVERIFY(!a->text().isEmpty());
        names.insert(a->objectName());
    }
    QCOMPARE(count, ActionController::ActionCount);
    QCOMPARE(names.size(), ActionController::ActionCount);
    QCOMPARE(c.action(Action::Approve)->objectName(), QStringLiteral("approveAction"));
    QCOMPARE(c.action(Action::Approve)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    QCOMPARE(c.action(Action::RequestChanges)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QCOMPARE(c.action(Action::OverrideRule)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    QCOMPARE(c.action(Action::RecordSignatures)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    QCOMPARE(c.action(Action::RecordGrade)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
    QCOMPARE(c.action(Action::Validate)->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    QCOMPARE(c.action(Action::History)->shortcut(), QKeySequence(QStringLiteral("Ctrl+H")));
    // No two actions share a shortcut.
    QSet<QString> keys;
    for (QAction* a : actions) {
        if (a && !a->shortcut().isEmpty()) {
            QVERIFY2(!keys.contains(a->shortcut().toString()), qPrintable(a->shortcut().toString()));
            keys.insert(a->shortcut().toString());
        }
    }
    // Each has its own mnemonic in the menu.
    QSet<QChar> mnemonics;
    for (QAction* a : actions) {
        if (!a)
            continue;
        const qsizetype amp = a->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < a->text().size(), qPrintable(a->text()));
        const QChar key = a->text().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(a->text()));
        mnemonics.insert(key);
    }
    QMenu menu;
    c.addToMenu(&menu);
    QVERIFY(menu.toolTipsVisible());
    QCOMPARE(menu.actions().size(), actions.size());
}

void TestActions::nothingSelectedDisablesEverythingButSaysWhy()
{
    Workspace ws;
    ActionController c(ws, nullptr);
    for (QAction* a : c.actions()) {
        if (a) {
            QVERIFY(!a->isEnabled());
            QVERIFY2(a->statusTip().contains(QStringLiteral("Open a database")), qPrintable(a->statusTip()));
        }
    }
    openDemo(ws);
    c.clearCurrentItem();
    QVERIFY(!c.action(Action::Approve)->isEnabled());
    QVERIFY(c.action(Action::Approve)->toolTip().contains(QStringLiteral("Select")));
    QVERIFY(!c.action(Action::History)->isEnabled());

    // A seminar has no workflow, but a history.
    QVERIFY(!ws.cohort().seminars.isEmpty());
    const QString seminar = ws.cohort().seminars.first().id;
    c.setCurrentItem(ItemKind::Seminar, seminar);
    QVERIFY(!c.action(Action::Approve)->isEnabled());
    QVERIFY2(c.whyDisabled(Action::Approve).contains(QStringLiteral("no workflow")),
             qPrintable(c.whyDisabled(Action::Approve)));
    QVERIFY(c.action(Action::History)->isEnabled());
    QVERIFY(!c.action(Action::RecordGrade)->isEnabled());
}

void TestActions::approvingWithAnErrorIsRefusedWithTheRule()
{
    Workspace ws;
    openDemo(ws);
    const QString id = internshipWhere(ws, [&](const Internship& in) {
        return in.state == WorkflowState::Submitted && !blockingRules(ws, in.id).isEmpty();
    });
    QVERIFY2(!id.isEmpty(), "the demo has a submitted internship with an error");
    const QStringList blocking = blockingRules(ws, id);

    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    QAction* approve = c.action(Action::Approve);
    // Enabled for the advisor: the errors are the only obstacle, and the tooltip names them.
    QVERIFY(approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("Fix or override")), qPrintable(approve->toolTip()));
    QVERIFY(approve->toolTip().contains(blocking.first()));
    QVERIFY(c.action(Action::OverrideRule)->isEnabled());

    QSignalSpy refused(&c, &ActionController::refused);
    approve->trigger();
    QCOMPARE(ws.internship(id)->state, WorkflowState::Submitted);
    QCOMPARE(ws.undoStack()->count(), 0);
    QCOMPARE(refused.count(), 1);
    const QString reason = c.lastRefusal();
    bool namesARule = false;
    for (const QString& rule : blocking)
        namesARule = namesARule || reason.contains(rule);
    QVERIFY2(namesARule, qPrintable(reason));
    QCOMPARE(refused.first().first().toString(), reason);
    // Shown in a message box, with a way to override.
    QMessageBox* box = c.refusalBox();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("refusalBox"));
    QCOMPARE(box->text(), reason);
    auto* overrideButton = box->findChild<QPushButton*>(QStringLiteral("overrideButton"));
    QVERIFY(overrideButton);
    overrideButton->click();
    auto* dialog = qobject_cast<OverrideDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QVERIFY(blocking.contains(dialog->rule()));
    dialog->reject();
}

void TestActions::overrideThenApprove()
{
    Workspace ws;
    openDemo(ws);
    const QString id = internshipWhere(ws, [&](const Internship& in) {
        return in.state == WorkflowState::Submitted && !blockingRules(ws, in.id).isEmpty();
    });
    QVERIFY(!id.isEmpty());
    const QStringList blocking = blockingRules(ws, id);
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);

    // The first through the overview's path (rule preselected) and the dialog.
    c.overrideRule(ItemKind::Internship, id, blocking.last());
    auto* dialog = qobject_cast<OverrideDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->rule(), blocking.last());
    QVERIFY(dialog->rules().contains(blocking.first()));
    QVERIFY(!dialog->okButton()->isEnabled()); // a reason is required
    QVERIFY(!dialog->messageText().isEmpty());
    auto* findingLabel = dialog->findChild<QLabel*>(QStringLiteral("findingLabel"));
    QVERIFY(findingLabel && !findingLabel->text().isEmpty());
    auto* record = dialog->findChild<QLabel*>(QStringLiteral("recordLabel"));
    QVERIFY(record && record->text().contains(QStringLiteral("Ada Advisor")));
    dialog->setReason(QStringLiteral("   "));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->setReason(QStringLiteral("Agreed with the host and the programme director."));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!blockingRules(ws, id).contains(blocking.last()));
    const Overrides& overrides = ws.internship(id)->overrides;
    QVERIFY(std::any_of(overrides.cbegin(), overrides.cend(), [&](const Override& o) {
        return o.rule == blocking.last() && o.by == QStringLiteral("Ada Advisor") && o.at == m_now;
    }));

    // The others directly through the Workspace.
    for (const QString& rule : blockingRules(ws, id)) {
        const Status s = ws.overrideRule(ItemKind::Internship, id, rule, QStringLiteral("Accepted by the advisor."));
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }
    QVERIFY(blockingRules(ws, id).isEmpty());
    QVERIFY(!c.action(Action::Approve)->toolTip().contains(QStringLiteral("Fix or override")));
    c.action(Action::Approve)->trigger();
    QVERIFY2(c.lastRefusal().isEmpty(), qPrintable(c.lastRefusal()));
    QCOMPARE(ws.internship(id)->state, WorkflowState::Approved);
    // Approved: the next steps are offered, the earlier ones say why not.
    QVERIFY(!c.action(Action::Approve)->isEnabled());
    QVERIFY(c.whyDisabled(Action::Approve).contains(QStringLiteral("approved")));
    QVERIFY(c.action(Action::RecordSignatures)->isEnabled());
}

void TestActions::secretariatCannotApproveAndIsToldWhy()
{
    Workspace ws;
    openDemo(ws, Role::Secretariat);
    const QString id = internshipWhere(ws, [](const Internship& in) { return in.state == WorkflowState::Submitted; });
    QVERIFY(!id.isEmpty());
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    QAction* approve = c.action(Action::Approve);
    QVERIFY(!approve->isEnabled());
    QVERIFY2(approve->toolTip().contains(QStringLiteral("Only the advisor approves proposals")),
             qPrintable(approve->toolTip()));
    QVERIFY(approve->statusTip().contains(QStringLiteral("Only the advisor")));
    QVERIFY(!c.action(Action::Reject)->isEnabled());
    QVERIFY(!c.action(Action::RequestChanges)->isEnabled());
    QVERIFY(!c.action(Action::OverrideRule)->isEnabled());
    QVERIFY(c.whyDisabled(Action::OverrideRule).contains(QStringLiteral("advisor")));
    // The overview's "Override…" is refused too, with the reason.
    c.overrideRule(ItemKind::Internship, id, QStringLiteral("INT_LEAD_TIME"));
    QVERIFY(!c.activeDialog());
    QVERIFY(c.lastRefusal().contains(QStringLiteral("advisor")));
    QVERIFY(c.action(Action::History)->isEnabled());

    // The role changes: the actions follow.
    ws.setActor(Actor{QStringLiteral("Ada Advisor"), Role::Advisor, {}});
    QVERIFY(approve->isEnabled());
}

void TestActions::fourSignaturesSignAndOneUndoTakesThemBack()
{
    Workspace ws;
    openDemo(ws, Role::Secretariat);
    const QString id = internshipWhere(ws, [](const Internship& in) {
        return in.state == WorkflowState::Approved && in.signatures.missingCount() == 4;
    });
    QVERIFY2(!id.isEmpty(), "the demo has an approved internship without signatures");
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    QAction* record = c.action(Action::RecordSignatures);
    QVERIFY(record->isEnabled());
    QVERIFY2(record->toolTip().contains(missing(4)), qPrintable(record->toolTip()));
    QVERIFY(!c.action(Action::Start)->isEnabled());
    QVERIFY2(c.whyDisabled(Action::Start).contains(missing(4)), qPrintable(c.whyDisabled(Action::Start)));

    record->trigger();
    auto* dialog = qobject_cast<SignaturesDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled()); // nothing changed yet
    const QDate day = m_now.date().addDays(-1);
    dialog->setSignature(Signatory::Student, day);
    dialog->setSignature(Signatory::Host, day, true);
    dialog->setSignature(Signatory::Tutor, day);
    QVERIFY(dialog->okButton()->isEnabled());
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    QVERIFY2(summary && summary->text().contains(missing(1)), qPrintable(summary->text()));
    dialog->setSignature(Signatory::University, m_now.date());
    QCOMPARE(dialog->changed().size(), 4);
    QCOMPARE(ws.internship(id)->state, WorkflowState::Approved); // nothing recorded before OK
    const int commands = ws.undoStack()->count();
    dialog->okButton()->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const Internship* in = ws.internship(id);
    QCOMPARE(in->state, WorkflowState::Signed);
    QCOMPARE(in->signatures.student, day);
    QCOMPARE(in->signatures.university, m_now.date());
    QCOMPARE(ws.undoStack()->count(), commands + 1); // one step in the Edit menu
    const Result<QList<TransitionRecord>> moves = ws.transitions(ItemKind::Internship, id);
    QVERIFY(moves.ok());
    QCOMPARE(moves->last().to, WorkflowState::Signed);
    QCOMPARE(moves->last().role, Role::Secretariat);
    QVERIFY(c.action(Action::Start)->isEnabled());

    ws.undoStack()->undo();
    QCOMPARE(ws.internship(id)->state, WorkflowState::Approved);
    QCOMPARE(ws.internship(id)->signatures, Signatures());
    QVERIFY(!c.action(Action::Start)->isEnabled());
    ws.undoStack()->redo();
    QCOMPARE(ws.internship(id)->state, WorkflowState::Signed);
    QVERIFY(ws.internship(id)->signatures.complete());

    // Clearing one signature of a signed agreement: either it goes back to "sent for signature", or (while
    // core/workflow has no signed → sent-for-signature step) the Workspace refuses, the dialog says why and
    // stays open, and nothing is left behind: no change, no empty step in the Edit menu.
    c.editSignatures(id);
    dialog = qobject_cast<SignaturesDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->date(Signatory::Tutor), day);
    dialog->setSignature(Signatory::Tutor, QDate());
    const int beforeClear = ws.undoStack()->count();
    dialog->okButton()->click();
    if (dialog->messageText().isEmpty()) {
        QCOMPARE(ws.internship(id)->state, WorkflowState::SentForSignature);
        QVERIFY(!ws.internship(id)->signatures.tutor.isValid());
    } else {
        QVERIFY(dialog->isVisible());
        QCOMPARE(ws.internship(id)->state, WorkflowState::Signed);
        QCOMPARE(ws.internship(id)->signatures.tutor, day);
        QCOMPARE(ws.undoStack()->count(), beforeClear);
        QVERIFY(!ws.undoStack()->canRedo());
        dialog->reject();
    }
}

void TestActions::signaturesCannotBeInTheFuture()
{
    Workspace ws;
    openDemo(ws, Role::Secretariat);
    const QString id = internshipWhere(ws, [](const Internship& in) { return in.state == WorkflowState::Approved; });
    QVERIFY(!id.isEmpty());
    SignaturesDialog dialog(ws, id);
    QCOMPARE(dialog.dateEdit(Signatory::Student)->maximumDate(), m_now.date());
    dialog.setSignature(Signatory::Student, m_now.date().addDays(3));
    // The date edit does not go past today: the future is never recorded.
    QVERIFY(dialog.date(Signatory::Student) <= m_now.date());
    // "Not signed" is a choice: the date is then disabled.
    dialog.setSignature(Signatory::Host, QDate());
    QVERIFY(!dialog.date(Signatory::Host).isValid());
    QVERIFY(!dialog.dateEdit(Signatory::Host)->isEnabled());
    QVERIFY(!dialog.formCombo(Signatory::Host)->isEnabled());
    // The workspace refuses the future anyway.
    QVERIFY(!ws.recordSignature(id, Signatory::Student, m_now.date().addDays(1)));
}

void TestActions::requestChangesNeedsAComment()
{
    Workspace ws;
    openDemo(ws);
    const QString id = internshipWhere(ws, [&](const Internship& in) {
        return in.state == WorkflowState::Submitted && blockingRules(ws, in.id).isEmpty();
    });
    QVERIFY2(!id.isEmpty(), "the demo has a clean submitted internship");
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    QVERIFY(c.action(Action::RequestChanges)->isEnabled());
    c.action(Action::RequestChanges)->trigger();
    auto* dialog = qobject_cast<CommentDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->target(), WorkflowState::ChangesRequested);
    QVERIFY(dialog->isCommentRequired());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->messageText().contains(QStringLiteral("comment")), qPrintable(dialog->messageText()));
    // Accepting anyway (Enter, a script) does nothing without a comment.
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(ws.internship(id)->state, WorkflowState::Submitted);
    // And the workflow refuses it too.
    const Status refused = ws.transition(ItemKind::Internship, id, WorkflowState::ChangesRequested);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("comment")));

    dialog->setComment(QStringLiteral("Please give the tutor's phone number."));
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(dialog->messageText().isEmpty());
    dialog->okButton()->click();
    QCOMPARE(ws.internship(id)->state, WorkflowState::ChangesRequested);
    const Result<QList<TransitionRecord>> moves = ws.transitions(ItemKind::Internship, id);
    QVERIFY(moves.ok());
    QCOMPARE(moves->last().comment, QStringLiteral("Please give the tutor's phone number."));
    // Back with the student: the advisor may submit it on their behalf.
    QVERIFY(c.action(Action::Submit)->isEnabled());
    QVERIFY(!c.action(Action::RequestChanges)->isEnabled());
}

void TestActions::cancelAsksForConfirmation()
{
    Workspace ws;
    openDemo(ws);
    const QString id = internshipWhere(ws, [](const Internship& in) { return in.state == WorkflowState::Draft; });
    QVERIFY(!id.isEmpty());
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    c.action(Action::Cancel)->trigger();
    auto* dialog = qobject_cast<CommentDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->isCommentRequired());
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
    QCOMPARE(ws.internship(id)->state, WorkflowState::Draft);
    c.action(Action::Cancel)->trigger();
    dialog = qobject_cast<CommentDialog*>(c.activeDialog());
    QVERIFY(dialog);
    dialog->okButton()->click();
    QCOMPARE(ws.internship(id)->state, WorkflowState::Cancelled);
    QVERIFY(!c.action(Action::Cancel)->isEnabled());
    QVERIFY(c.whyDisabled(Action::Cancel).contains(QStringLiteral("cannot change any more")));
}

void TestActions::gradeATer()
{
    Workspace ws;
    openDemo(ws);
    const QString id =
        terWhere(ws, [](const Ter& t) { return t.state == WorkflowState::Completed && !t.grade.has_value(); });
    QVERIFY2(!id.isEmpty(), "the demo has a completed TER without a grade");
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Ter, id);
    QAction* grade = c.action(Action::RecordGrade);
    QVERIFY(grade->isEnabled());
    grade->trigger();
    auto* dialog = qobject_cast<GradeDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->gradeSpin()->maximum(), 20.0);
    QCOMPARE(dialog->gradeSpin()->singleStep(), 0.25);
    dialog->gradeSpin()->setValue(13.3);
    QVERIFY(!dialog->okButton()->isEnabled()); // quarter points only
    QVERIFY(!dialog->messageText().isEmpty());
    dialog->setGrade(15.5);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QCOMPARE(ws.ter(id)->grade, std::optional<double>(15.5));
    QVERIFY(grade->toolTip().contains(QStringLiteral("15.5")));
    ws.undoStack()->undo();
    QVERIFY(!ws.ter(id)->grade);

    // An internship is not graded; the secretariat does not grade.
    const QString internship = ws.cohort().internships.first().id;
    c.setCurrentItem(ItemKind::Internship, internship);
    QVERIFY(!grade->isEnabled());
    QVERIFY(c.whyDisabled(Action::RecordGrade).contains(QStringLiteral("TER")));
    ws.setActor(Actor{QStringLiteral("Sam Secretariat"), Role::Secretariat, {}});
    c.setCurrentItem(ItemKind::Ter, id);
    QVERIFY(!grade->isEnabled());
    QVERIFY(c.whyDisabled(Action::RecordGrade).contains(QStringLiteral("Only the advisor records grades")));
}

void TestActions::reportReceivedCountsThePdfPages()
{
    Workspace ws;
    openDemo(ws, Role::Secretariat);
    const QString id = internshipWhere(
        ws, [](const Internship& in) { return in.state == WorkflowState::InProgress && !in.reportPages.has_value(); });
    QVERIFY2(!id.isEmpty(), "the demo has an internship in progress without a report");
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    QVERIFY(c.action(Action::ReportReceived)->isEnabled());
    c.action(Action::ReportReceived)->trigger();
    auto* dialog = qobject_cast<ReportDialog*>(c.activeDialog());
    QVERIFY(dialog);
    QVERIFY(!dialog->okButton()->isEnabled());

    // Not a PDF: refused with the reason, OK stays disabled.
    const QString fake = m_dir->filePath(QStringLiteral("notes.pdf"));
    QFile f(fake);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some text");
    f.close();
    dialog->setPath(fake);
    QVERIFY(!dialog->pageCount());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->messageText().contains(QStringLiteral("notes.pdf")));

    // Too long: counted, shown as outside the range, still attachable.
    dialog->setPath(makePdf(QStringLiteral("long.pdf"), 8));
    QCOMPARE(dialog->pageCount(), std::optional<int>(8));
    QVERIFY(!dialog->pagesWithinRange());
    auto* pages = dialog->findChild<QLabel*>(QStringLiteral("pagesLabel"));
    QVERIFY(pages && pages->text().contains(QStringLiteral("outside")));

    dialog->setPath(makePdf(QStringLiteral("report.pdf"), 5));
    QCOMPARE(dialog->pageCount(), std::optional<int>(5));
    QVERIFY(dialog->pagesWithinRange());
    QVERIFY2(pages->text().contains(QRegularExpression(QStringLiteral("^5 page(s|\\(s\\))")))
                 && pages->text().contains(QStringLiteral("within")),
             qPrintable(pages->text()));
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(ws.internship(id)->reportPages, std::optional<int>(5));
    const Result<QList<Document>> docs = ws.documents(ItemKind::Internship, id);
    QVERIFY(docs.ok());
    QCOMPARE(docs->size(), 1);
    QCOMPARE(docs->first().fileName, QStringLiteral("report.pdf"));
    QVERIFY(
        c.action(Action::ReportReceived)->toolTip().contains(QRegularExpression(QStringLiteral("5 page(s|\\(s\\))"))));
}

void TestActions::proofReceivedToggles()
{
    Workspace ws;
    openDemo(ws, Role::Secretariat);
    const QString id =
        internshipWhere(ws, [](const Internship& in) { return in.state == WorkflowState::InProgress && !in.proof; });
    QVERIFY(!id.isEmpty());
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    QAction* proof = c.action(Action::ProofReceived);
    QVERIFY(proof->isCheckable());
    QVERIFY(proof->isEnabled());
    QVERIFY(!proof->isChecked());
    proof->trigger();
    QVERIFY(ws.internship(id)->proof);
    QVERIFY(proof->isChecked());
    ws.undoStack()->undo();
    QVERIFY(!ws.internship(id)->proof);
    QVERIFY(!proof->isChecked());
}

void TestActions::historyShowsChangesTransitionsAndOverrides()
{
    Workspace ws;
    openDemo(ws);
    const QString id = internshipWhere(ws, [&](const Internship& in) {
        return in.state == WorkflowState::Submitted && !blockingRules(ws, in.id).isEmpty();
    });
    QVERIFY(!id.isEmpty());
    // Each step a minute apart, so that "newest first" is visible.
    const QStringList blocking = blockingRules(ws, id);
    for (const QString& rule : blocking) {
        m_now = m_now.addSecs(60);
        QVERIFY(ws.overrideRule(ItemKind::Internship, id, rule, QStringLiteral("Checked with the host.")).ok());
    }
    m_now = m_now.addSecs(60);
    QVERIFY(ws.transition(ItemKind::Internship, id, WorkflowState::Approved, QStringLiteral("Good subject.")).ok());
    ws.setActor(Actor{QStringLiteral("Sam Secretariat"), Role::Secretariat, {}});
    m_now = m_now.addSecs(60);
    QVERIFY(ws.recordSignature(id, Signatory::Student, m_now.date()).ok());

    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    c.action(Action::History)->trigger();
    HistoryDialog* dialog = c.historyDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    HistoryView* view = dialog->view();
    QCOMPARE(view->itemId(), id);
    const QList<HistoryEvent>& events = view->events();
    QVERIFY(events.size() >= 3);
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY2(events.at(i - 1).at >= events.at(i).at, "newest first");

    // Newest: the student's signature, which also sent the agreement for signature.
    const HistoryEvent& newest = events.first();
    QCOMPARE(newest.actor, QStringLiteral("Sam Secretariat"));
    QVERIFY(newest.kind == HistoryEvent::Kind::Transition || newest.kind == HistoryEvent::Kind::Changed);
    bool signatureShown = false;
    for (const HistoryEvent& e : events) {
        for (const FieldChange& ch : e.changes) {
            if (ch.field == QStringLiteral("signatures.student")) {
                signatureShown = true;
                QCOMPARE(ch.label, QStringLiteral("Signature of the student"));
                QCOMPARE(ch.after, formatDate(m_now.date())); // "2 March 2026", never "2026-03-02"
                QVERIFY(ch.before != ch.after);
                QCOMPARE(e.actor, QStringLiteral("Sam Secretariat"));
            }
        }
    }
    QVERIFY(signatureShown);

    // The approval: a step with who, role and comment.
    const auto approval = std::find_if(events.cbegin(), events.cend(), [](const HistoryEvent& e) {
        return e.kind == HistoryEvent::Kind::Transition && e.to == WorkflowState::Approved;
    });
    QVERIFY(approval != events.cend());
    QCOMPARE(approval->from, std::optional<WorkflowState>(WorkflowState::Submitted));
    QCOMPARE(approval->actor, QStringLiteral("Ada Advisor"));
    QCOMPARE(approval->role, std::optional<Role>(Role::Advisor));
    QCOMPARE(approval->comment, QStringLiteral("Good subject."));
    QCOMPARE(ItemHistory::title(*approval), QStringLiteral("submitted → approved"));
    QCOMPARE(ItemHistory::who(*approval), QStringLiteral("Ada Advisor (advisor)"));
    // The state is said by the step, not repeated as a field.
    QVERIFY(std::none_of(approval->changes.cbegin(), approval->changes.cend(),
                         [](const FieldChange& ch) { return ch.field == QStringLiteral("state"); }));

    // The overrides: in the changes, and in force below.
    bool overrideShown = false;
    for (const HistoryEvent& e : events) {
        for (const FieldChange& ch : e.changes)
            overrideShown = overrideShown || ch.field == QStringLiteral("overrides.") + blocking.first();
    }
    QVERIFY(overrideShown);
    QTreeWidget* overrides = view->overridesTree();
    QVERIFY(overrides->topLevelItemCount() >= blocking.size());
    bool inForce = false;
    for (int i = 0; i < overrides->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = overrides->topLevelItem(i);
        if (row->text(0) == blocking.first()) {
            inForce = true;
            QCOMPARE(row->text(1), QStringLiteral("Ada Advisor"));
            QCOMPARE(row->text(3), QStringLiteral("Checked with the host."));
            QVERIFY(!row->text(2).isEmpty());
        }
    }
    QVERIFY(inForce);

    // The tree shows one row per event, the comment and the fields changed ("old → new") as children, never
    // raw JSON.
    QTreeWidget* tree = view->eventsTree();
    QCOMPARE(tree->topLevelItemCount(), int(events.size()));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = tree->topLevelItem(i);
        for (int col = 0; col < tree->columnCount(); ++col)
            QVERIFY2(!row->text(col).contains(QLatin1Char('{')), qPrintable(row->text(col)));
        for (int k = 0; k < row->childCount(); ++k)
            QVERIFY2(row->child(k)->text(0).contains(QStringLiteral("→"))
                         || row->child(k)->text(0).startsWith(QStringLiteral("Comment: ")),
                     qPrintable(row->child(k)->text(0)));
    }
    QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("Sam Secretariat (secretariat)"));

    // It follows the item: a change shows at once.
    const int before = tree->topLevelItemCount();
    m_now = m_now.addSecs(60);
    QVERIFY(ws.recordSignature(id, Signatory::Host, m_now.date()).ok());
    QCOMPARE(tree->topLevelItemCount(), before + 1);
    dialog->close();
}

void TestActions::historyDiffIsReadable()
{
    const QString before = QStringLiteral(
        R"({"id":"i1","weekly_hours":35,"proof":false,"signatures":{"student":null,"host":"2026-03-01"},)"
        R"("state":"submitted","overrides":[],"report_pages":null})");
    const QString after = QStringLiteral(
        R"({"id":"i1","weekly_hours":30,"proof":true,"signatures":{"student":"2026-03-02","host":"2026-03-01"},)"
        R"("state":"approved","overrides":[{"rule":"INT_LEAD_TIME","by":"Ada","at":"2026-03-02T09:00:00.000Z",)"
        R"("reason":"Late offer."}],"report_pages":5})");
    const QList<FieldChange> changes = ItemHistory::diff(before, after);
    QStringList fields;
    for (const FieldChange& ch : changes)
        fields.append(ch.field);
    // In the order of the item's fields, the overrides last; unchanged fields are not listed.
    QCOMPARE(fields, (QStringList{QStringLiteral("weekly_hours"), QStringLiteral("signatures.student"),
                                  QStringLiteral("proof"), QStringLiteral("report_pages"), QStringLiteral("state"),
                                  QStringLiteral("overrides.INT_LEAD_TIME")}));
    QCOMPARE(changes.at(0).label, QStringLiteral("Weekly hours"));
    QCOMPARE(changes.at(0).before, QStringLiteral("35"));
    QCOMPARE(changes.at(0).after, QStringLiteral("30"));
    QCOMPARE(changes.at(2).before, QStringLiteral("no"));
    QCOMPARE(changes.at(2).after, QStringLiteral("yes"));
    QCOMPARE(changes.at(4).before, QStringLiteral("submitted"));
    QCOMPARE(changes.at(4).after, QStringLiteral("approved"));
    QCOMPARE(changes.at(5).label, QStringLiteral("Override of INT_LEAD_TIME"));
    QVERIFY(changes.at(5).after.contains(QStringLiteral("Ada")));
    QVERIFY(changes.at(5).after.contains(QStringLiteral("Late offer.")));

    // A transition merges with the audit row written with it; a lone one stands alone.
    AuditEntry edit{
        1, demoNow(), QStringLiteral("Ada"), QStringLiteral("internships"), 7, QStringLiteral("update"), before, after};
    TransitionRecord step{ItemKind::Internship,
                          QStringLiteral("i1"),
                          WorkflowState::Submitted,
                          WorkflowState::Approved,
                          QStringLiteral("Ada"),
                          Role::Advisor,
                          demoNow(),
                          QStringLiteral("OK")};
    TransitionRecord older{ItemKind::Internship,  QStringLiteral("i1"), WorkflowState::Draft,  WorkflowState::Submitted,
                           QStringLiteral("Stu"), Role::Student,        demoNow().addDays(-3), {}};
    const QList<HistoryEvent> events = ItemHistory::build({edit}, {older, step});
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, HistoryEvent::Kind::Transition);
    QCOMPARE(events.at(0).comment, QStringLiteral("OK"));
    QCOMPARE(events.at(0).changes.size(), 5); // the state is the step itself
    QCOMPARE(events.at(1).actor, QStringLiteral("Stu"));
    QCOMPARE(ItemHistory::title(events.at(1)), QStringLiteral("draft → submitted"));
}

void TestActions::actionsFollowTheWorkspace()
{
    Workspace ws;
    openDemo(ws);
    const QString id = internshipWhere(ws, [&](const Internship& in) {
        return in.state == WorkflowState::Submitted && blockingRules(ws, in.id).isEmpty();
    });
    QVERIFY(!id.isEmpty());
    ActionController c(ws, nullptr);
    c.setCurrentItem(ItemKind::Internship, id);
    QVERIFY(c.action(Action::Approve)->isEnabled());
    // Approved elsewhere (another view, a script): the actions follow the item.
    QVERIFY(ws.transition(ItemKind::Internship, id, WorkflowState::Approved).ok());
    QVERIFY(!c.action(Action::Approve)->isEnabled());
    QVERIFY(c.action(Action::SendForSignature)->isEnabled());
    ws.undoStack()->undo();
    QVERIFY(c.action(Action::Approve)->isEnabled());
    // Closing the database drops the item.
    ws.close();
    QVERIFY(!c.hasCurrentItem());
    QVERIFY(!c.action(Action::History)->isEnabled());
}

void TestActions::renderForPeople()
{
    // INTERNTRACK_SCREENSHOTS=<dir> renders the dialogs and the history to PNGs there (for people to look at).
    const QString out = qEnvironmentVariable("INTERNTRACK_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("Set INTERNTRACK_SCREENSHOTS=<dir> to render the dialogs.");
    QDir().mkpath(out);
    Workspace ws;
    openDemo(ws);
    const auto save = [&](QWidget* w, const QString& name) {
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(out + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    const QString blocked = internshipWhere(ws, [&](const Internship& in) {
        return in.state == WorkflowState::Submitted && !blockingRules(ws, in.id).isEmpty();
    });
    const QString clean = internshipWhere(ws, [&](const Internship& in) {
        return in.state == WorkflowState::Submitted && blockingRules(ws, in.id).isEmpty();
    });
    const QString approved = internshipWhere(ws, [](const Internship& in) {
        return in.state == WorkflowState::Approved && in.signatures.missingCount() == 4;
    });
    const QString running = internshipWhere(
        ws, [](const Internship& in) { return in.state == WorkflowState::InProgress && !in.reportPages; });
    const QString ter = terWhere(ws, [](const Ter& t) { return t.state == WorkflowState::Completed && !t.grade; });

    {
        ActionController c(ws, nullptr);
        c.setCurrentItem(ItemKind::Internship, blocked);
        c.action(Action::Approve)->trigger();
        QVERIFY(c.refusalBox());
        save(c.refusalBox(), QStringLiteral("approve-refused"));
        c.refusalBox()->close();
    }
    {
        CommentDialog d(ws, ItemKind::Internship, clean, WorkflowState::ChangesRequested);
        save(&d, QStringLiteral("comment-empty"));
        d.setComment(QStringLiteral("Please add the tutor's phone number and the exact weekly hours."));
        save(&d, QStringLiteral("comment-filled"));
    }
    {
        CommentDialog d(ws, ItemKind::Internship, clean, WorkflowState::Cancelled);
        save(&d, QStringLiteral("confirm-cancel"));
    }
    {
        OverrideDialog d(ws, ItemKind::Internship, blocked, blockingRules(ws, blocked).first());
        save(&d, QStringLiteral("override-empty"));
        d.setReason(QStringLiteral("The host's offer arrived late; discussed with the programme director."));
        save(&d, QStringLiteral("override-filled"));
    }
    {
        ws.setActor(Actor{QStringLiteral("Sam Secretariat"), Role::Secretariat, {}});
        SignaturesDialog d(ws, approved);
        save(&d, QStringLiteral("signatures-empty"));
        d.setSignature(Signatory::Student, m_now.date().addDays(-4));
        d.setSignature(Signatory::Host, m_now.date().addDays(-2), true);
        d.setSignature(Signatory::Tutor, m_now.date().addDays(-2));
        save(&d, QStringLiteral("signatures-three"));
        ws.setActor(Actor{QStringLiteral("Ada Advisor"), Role::Advisor, {}});
    }
    {
        ReportDialog d(ws, ItemKind::Internship, running);
        save(&d, QStringLiteral("report-empty"));
        d.setPath(makePdf(QStringLiteral("report.pdf"), 5));
        save(&d, QStringLiteral("report-5-pages"));
        d.setPath(makePdf(QStringLiteral("long-report.pdf"), 8));
        save(&d, QStringLiteral("report-8-pages"));
    }
    {
        GradeDialog d(ws, ter);
        d.setGrade(15.5);
        save(&d, QStringLiteral("grade"));
    }
    {
        for (const QString& rule : blockingRules(ws, blocked)) {
            m_now = m_now.addSecs(60);
            QVERIFY(ws.overrideRule(ItemKind::Internship, blocked, rule,
                                    QStringLiteral("Checked with the host and the legal department."))
                        .ok());
        }
        m_now = m_now.addSecs(300);
        QVERIFY(ws.transition(ItemKind::Internship, blocked, WorkflowState::Approved, QStringLiteral("Good subject."))
                    .ok());
        ws.setActor(Actor{QStringLiteral("Sam Secretariat"), Role::Secretariat, {}});
        for (Signatory who : {Signatory::Student, Signatory::Host, Signatory::Tutor, Signatory::University}) {
            m_now = m_now.addSecs(3600);
            QVERIFY(ws.recordSignature(blocked, who, m_now.date()).ok());
        }
        HistoryDialog d(ws, ItemKind::Internship, blocked);
        save(&d, QStringLiteral("history"));
        ws.setActor(Actor{QStringLiteral("Ada Advisor"), Role::Advisor, {}});
        m_now = m_now.addSecs(600);
        QVERIFY(ws.transition(ItemKind::Internship, clean, WorkflowState::ChangesRequested,
                              QStringLiteral("Please give the tutor's phone number and the exact weekly hours."))
                    .ok());
        d.setItem(ItemKind::Internship, clean);
        save(&d, QStringLiteral("history-no-override"));
    }
    {
        ActionController c(ws, nullptr);
        c.setCurrentItem(ItemKind::Internship, approved);
        QMenu menu;
        c.addToMenu(&menu);
        save(&menu, QStringLiteral("actions-menu-advisor-approved"));
        ws.setActor(Actor{QStringLiteral("Sam Secretariat"), Role::Secretariat, {}});
        c.setCurrentItem(ItemKind::Internship, running);
        save(&menu, QStringLiteral("actions-menu-secretariat-in-progress"));
    }
}

QTEST_MAIN(TestActions)
#include "tst_actions.moc"

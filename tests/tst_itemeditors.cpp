// The item editors (ItemEditorDialog and its subclasses) over the demo database, offscreen: findings shown beside
// the field they concern as the user types, invalid input refusing Save beside its field, saving through the
// Workspace (one undoable command), read-only items, new items with fresh ids, and the focus on a finding's field.
#include "DateField.h"
#include "InternshipEditor.h"
#include "ItemEditorDialog.h"
#include "ItemListPage.h"
#include "ListArea.h"
#include "TerEditor.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "rules/Format.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace interntrack;

class TestItemEditors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void teachingPeriodFindingBesideStart();
    void endBeforeStartRefusesSave();
    void saveWritesThroughWorkspace();
    void findingsWithoutFieldInStrip();
    void figuresOfInternship();
    void readOnlyWhenValidated();
    void studentActorRights();
    void focusesFindingField();
    void newInternshipGetsFreshId();
    void duplicateIdRefused();
    void hostCompletionFillsHost();
    void terEditor();
    void otherEditors();
    void refusalShownInStrip();
    void render();

private:
    InternshipEditor* internshipEditor(const QString& id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ItemEditorDialog> m_dialog;
};

void TestItemEditors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("demo.interntrack"));
    QCOMPARE(test::createDemoDatabase(path), QString());
    m_ws = std::make_unique<Workspace>();
    m_ws->setClock([] { return test::demoNow(); });
    m_ws->setActor(Actor{QStringLiteral("Nona Naderi"), Role::Advisor, {}});
    QVERIFY(m_ws->open(path).ok());
    m_ws->waitForLoaded();
}

void TestItemEditors::cleanup()
{
    m_dialog.reset();
    m_ws.reset();
    m_dir.reset();
}

InternshipEditor* TestItemEditors::internshipEditor(const QString& id)
{
    m_dialog = ItemEditorDialog::forItem(*m_ws, ItemKind::Internship, id);
    return qobject_cast<InternshipEditor*>(m_dialog.get());
}

void TestItemEditors::teachingPeriodFindingBesideStart()
{
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-patel"));
    QVERIFY(editor);
    QVERIFY(!editor->isReadOnly());
    QVERIFY(editor->fieldNotes(QStringLiteral("start")).isEmpty());

    // A start in T4 (the teaching period ends on 30 April) for a full-time internship
    auto* start = editor->findChild<DateField*>(QStringLiteral("startDate"));
    QVERIFY(start);
    QCOMPARE(editor->fieldWidget(QStringLiteral("start")), start);
    start->dateEdit()->setDate(QDate(2026, 4, 20));
    QCOMPARE(start->date(), QDate(2026, 4, 20));

    QString message;
    for (const Finding& f : editor->findings()) {
        if (f.rule == QLatin1String("INT_TEACHING_PERIOD")) {
            QCOMPARE(f.field, QStringLiteral("start"));
            message = f.message;
        }
    }
    QVERIFY2(!message.isEmpty(), "no INT_TEACHING_PERIOD finding");
    const QStringList notes = editor->fieldNotes(QStringLiteral("start"));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first(), QStringLiteral("Error: %1").arg(message));
    // On screen too: a note row under the start field with the message, and an icon beside it
    QWidget* notesWidget = editor->findChild<QWidget*>(QStringLiteral("startNotes"));
    QVERIFY(notesWidget);
    QVERIFY(!notesWidget->isHidden());
    bool shown = false;
    for (const QLabel* label : notesWidget->findChildren<QLabel*>(QStringLiteral("noteText"))) {
        if (!label->isHidden() && label->text().contains(message))
            shown = true;
    }
    QVERIFY(shown);

    // Back outside the teaching period: the note goes
    start->dateEdit()->setDate(QDate(2026, 5, 11));
    QVERIFY(editor->fieldNotes(QStringLiteral("start")).isEmpty());
}

void TestItemEditors::endBeforeStartRefusesSave()
{
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-patel"));
    QVERIFY(editor);
    const Internship before = *m_ws->internship(QStringLiteral("int-patel"));
    const int undoCount = m_ws->undoStack()->count();
    auto* end = editor->findChild<DateField*>(QStringLiteral("endDate"));
    end->dateEdit()->setDate(QDate(2026, 5, 1)); // start is 11 May
    const QStringList notes = editor->fieldNotes(QStringLiteral("end"));
    QVERIFY(!notes.isEmpty());
    QVERIFY2(notes.first().contains(QStringLiteral("before the start")), qPrintable(notes.first()));

    QVERIFY(!editor->save());
    QVERIFY(editor->result() != QDialog::Accepted);
    QVERIFY(editor->messages().join(QLatin1Char('\n')).contains(QStringLiteral("Not saved")));
    QVERIFY(editor->fieldNotes(QStringLiteral("end")).first().contains(QStringLiteral("before the start")));
    QCOMPARE(*m_ws->internship(QStringLiteral("int-patel")), before);
    QCOMPARE(m_ws->undoStack()->count(), undoCount);

    // Clicking Save does the same
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(*m_ws->internship(QStringLiteral("int-patel")), before);

    // Corrected, it saves
    end->dateEdit()->setDate(QDate(2026, 7, 3));
    QVERIFY(editor->fieldNotes(QStringLiteral("end")).join(QString()).indexOf(QStringLiteral("before the start")) < 0);
    QVERIFY(editor->save());
    QCOMPARE(m_ws->internship(QStringLiteral("int-patel"))->end, QDate(2026, 7, 3));
}

void TestItemEditors::saveWritesThroughWorkspace()
{
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-patel"));
    QVERIFY(editor);
    const int undoCount = m_ws->undoStack()->count();
    auto* hours = editor->findChild<QDoubleSpinBox*>(QStringLiteral("weeklyHoursSpin"));
    QVERIFY(hours);
    hours->setValue(28.5);
    QVERIFY(editor->findChild<QCheckBox*>(QStringLiteral("workDay6")));
    editor->findChild<QCheckBox*>(QStringLiteral("workDay6"))->setChecked(true);
    auto* screening = editor->findChild<QComboBox*>(QStringLiteral("hostScreeningCombo"));
    QVERIFY(screening);
    QCOMPARE(screening->currentData().toInt(), int(HostScreening::NotNeeded));
    screening->setCurrentIndex(screening->findData(int(HostScreening::Accepted)));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QCOMPARE(editor->result(), int(QDialog::Accepted));
    QCOMPARE(editor->savedId(), QStringLiteral("int-patel"));
    const Internship* saved = m_ws->internship(QStringLiteral("int-patel"));
    QCOMPARE(saved->weeklyHours, 28.5);
    QVERIFY(saved->workDays.contains(6));
    QCOMPARE(saved->hostScreening, HostScreening::Accepted);
    {
        // Stored (schema version 4), not only shown.
        Database db;
        QVERIFY(db.open(m_ws->path()).ok());
        QCOMPARE(CohortRepository(db).internship(m_ws->year(), QStringLiteral("int-patel")).value().hostScreening,
                 HostScreening::Accepted);
    }
    QCOMPARE(m_ws->undoStack()->count(), undoCount + 1);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit internship int-patel"));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->internship(QStringLiteral("int-patel"))->weeklyHours, 35.0);
}

void TestItemEditors::findingsWithoutFieldInStrip()
{
    // int-patel was never submitted: "contact the advisor" is about no field
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-patel"));
    QVERIFY(editor);
    QString message;
    for (const Finding& f : editor->findings()) {
        if (f.rule == QLatin1String("INT_CONTACT_ADVISOR"))
            message = f.message;
    }
    QVERIFY(!message.isEmpty());
    QVERIFY(editor->messages().join(QLatin1Char('\n')).contains(message));
    QVERIFY(!editor->findChild<QWidget*>(QStringLiteral("editorMessages"))->isHidden());
    // Submitted: it goes
    editor->findChild<DateField*>(QStringLiteral("submittedDate"))->setDate(QDate(2026, 2, 1));
    QVERIFY(!editor->messages().join(QLatin1Char('\n')).contains(message));
}

void TestItemEditors::figuresOfInternship()
{
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-fontaine"));
    QVERIFY(editor);
    const InternshipFigures f =
        Checker(m_ws->rules()).figures(*m_ws->internship(QStringLiteral("int-fontaine")), m_ws->today());
    QVERIFY(f.gratificationRequired);
    QVERIFY(editor->figure(QStringLiteral("monthly")).contains(formatEuros(f.gratificationMinMonthlyEur)));
    QCOMPARE(editor->figure(QStringLiteral("total")), formatEuros(f.gratificationMinTotalEur));
    QCOMPARE(editor->figure(QStringLiteral("due")), formatDate(QDate(2025, 12, 2)));
    QVERIFY(editor->figure(QStringLiteral("fte")).startsWith(formatNumber(f.days.fteWeeks, 1)));
    // The gratification finding sits beside the gratification
    QVERIFY(
        editor->fieldNotes(QStringLiteral("gratification")).join(QString()).contains(QStringLiteral("legal minimum")));
    // Shorter: figures follow (five weeks of 35 h from Monday 2 March to Friday 3 April)
    editor->findChild<DateField*>(QStringLiteral("endDate"))->setDate(QDate(2026, 4, 3));
    const QString fte = editor->figure(QStringLiteral("fte"));
    QVERIFY2(fte.startsWith(formatNumber(5.0, 1)), qPrintable(fte));
}

void TestItemEditors::readOnlyWhenValidated()
{
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-benali")); // validated
    QVERIFY(editor);
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->saveButton()->isHidden());
    const QString strip = editor->messages().join(QLatin1Char('\n'));
    QVERIFY2(strip.contains(QStringLiteral("Read-only")) && strip.contains(QStringLiteral("validated")),
             qPrintable(strip));
    QVERIFY(editor->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->isReadOnly());
    QVERIFY(editor->findChild<QDoubleSpinBox*>(QStringLiteral("weeklyHoursSpin"))->isReadOnly());
    QVERIFY(!editor->findChild<QComboBox*>(QStringLiteral("studentCombo"))->isEnabled());
    QVERIFY(!editor->findChild<QCheckBox*>(QStringLiteral("proofCheck"))->isEnabled());
    const int undoCount = m_ws->undoStack()->count();
    QVERIFY(!editor->save());
    QCOMPARE(m_ws->undoStack()->count(), undoCount);
}

void TestItemEditors::studentActorRights()
{
    m_ws->setActor(Actor{QStringLiteral("Arjun Patel"), Role::Student, QStringLiteral("s08")});
    InternshipEditor* own = internshipEditor(QStringLiteral("int-patel")); // their draft
    QVERIFY(own);
    QVERIFY(!own->isReadOnly());
    InternshipEditor* other = internshipEditor(QStringLiteral("int-lefevre"));
    QVERIFY(other);
    QVERIFY(other->isReadOnly());
    QVERIFY(other->messages().join(QString()).contains(QStringLiteral("only change their own")));
    // A new item is theirs
    m_dialog = ItemEditorDialog::forNewItem(*m_ws, ItemEditorDialog::blankItem(*m_ws, ItemKind::Seminar));
    QCOMPARE(std::get<Seminar>(m_dialog->item()).studentId, QStringLiteral("s08"));
    QVERIFY(!m_dialog->isReadOnly());
}

void TestItemEditors::focusesFindingField()
{
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-fontaine"));
    QVERIFY(editor);
    editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    QVERIFY(editor->focusField(QStringLiteral("gratification")));
    QTRY_COMPARE(QApplication::focusWidget(), editor->findChild<QDoubleSpinBox*>(QStringLiteral("gratificationSpin")));
    QVERIFY(editor->focusField(QStringLiteral("start")));
    auto* start = editor->findChild<DateField*>(QStringLiteral("startDate"));
    QTRY_COMPARE(QApplication::focusWidget(), start->dateEdit());
    QVERIFY(!editor->focusField(QStringLiteral("no_such_field")));
    editor->hide();
}

void TestItemEditors::newInternshipGetsFreshId()
{
    QCOMPARE(ItemEditorDialog::freshId(*m_ws, ItemKind::Internship), QStringLiteral("i1"));
    QCOMPARE(ItemEditorDialog::freshId(*m_ws, ItemKind::Student), QStringLiteral("s26"));
    m_dialog = ItemEditorDialog::forNewItem(
        *m_ws, ItemEditorDialog::blankItem(*m_ws, ItemKind::Internship, QStringLiteral("s20")));
    auto* editor = qobject_cast<InternshipEditor*>(m_dialog.get());
    QVERIFY(editor);
    QVERIFY(editor->isNew());
    QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("idEdit"))->text(), QStringLiteral("i1"));
    QVERIFY(!editor->findChild<QLineEdit*>(QStringLiteral("idEdit"))->isReadOnly());
    QCOMPARE(editor->findChild<QComboBox*>(QStringLiteral("studentCombo"))->currentData().toString(),
             QStringLiteral("s20"));
    editor->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->setText(QStringLiteral("Hugging Face"));
    editor->findChild<DateField*>(QStringLiteral("startDate"))->setDate(QDate(2026, 6, 8));
    editor->findChild<DateField*>(QStringLiteral("endDate"))->setDate(QDate(2026, 8, 28));
    QVERIFY(editor->save());
    QCOMPARE(editor->savedId(), QStringLiteral("i1"));
    QVERIFY(m_ws->internship(QStringLiteral("i1")));
    QCOMPARE(m_ws->internship(QStringLiteral("i1"))->studentId, QStringLiteral("s20"));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add internship i1"));
    QCOMPARE(ItemEditorDialog::freshId(*m_ws, ItemKind::Internship), QStringLiteral("i2"));

    // Without a student, Save is refused beside the student
    m_dialog = ItemEditorDialog::forNewItem(*m_ws, ItemEditorDialog::blankItem(*m_ws, ItemKind::Internship));
    QVERIFY(!m_dialog->save());
    QVERIFY(!m_dialog->fieldNotes(QStringLiteral("student")).isEmpty());
}

void TestItemEditors::duplicateIdRefused()
{
    m_dialog = ItemEditorDialog::forNewItem(
        *m_ws, ItemEditorDialog::blankItem(*m_ws, ItemKind::Seminar, QStringLiteral("s25")));
    m_dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"))->setText(QStringLiteral("sem-fernandez-1"));
    QVERIFY(m_dialog->fieldNotes(QStringLiteral("id")).join(QString()).contains(QStringLiteral("already")));
    QVERIFY(!m_dialog->save());
    m_dialog->findChild<QLineEdit*>(QStringLiteral("idEdit"))->setText(QString());
    QVERIFY(!m_dialog->fieldNotes(QStringLiteral("id")).isEmpty());
    QVERIFY(!m_dialog->save());
}

void TestItemEditors::hostCompletionFillsHost()
{
    m_dialog = ItemEditorDialog::forNewItem(
        *m_ws, ItemEditorDialog::blankItem(*m_ws, ItemKind::Internship, QStringLiteral("s20")));
    auto* host = m_dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"));
    QVERIFY(host->completer());
    host->completer()->setCompletionPrefix(QStringLiteral("bouLANG"));
    QCOMPARE(host->completer()->currentCompletion(), QStringLiteral("Boulangerie des Trois Moulins"));
    host->setText(host->completer()->currentCompletion());
    emit host->completer()->activated(host->completer()->currentCompletion());
    QCOMPARE(m_dialog->findChild<QLineEdit*>(QStringLiteral("cityEdit"))->text(), QStringLiteral("Orsay"));
    QVERIFY(!m_dialog->findChild<QCheckBox*>(QStringLiteral("aiResearchCheck"))->isChecked());
    // The host not doing AI: beside the host
    QVERIFY(m_dialog->fieldNotes(QStringLiteral("host")).join(QString()).contains(QStringLiteral("Boulangerie")));
    // The tutors known there are offered
    auto* tutor = m_dialog->findChild<QLineEdit*>(QStringLiteral("tutorEdit"));
    tutor->completer()->setCompletionPrefix(QStringLiteral("pierre"));
    QCOMPARE(tutor->completer()->currentCompletion(), QStringLiteral("Pierre Moulin"));
    emit tutor->completer()->activated(QStringLiteral("Pierre Moulin"));
    QCOMPARE(m_dialog->findChild<QLineEdit*>(QStringLiteral("tutorEmailEdit"))->text(),
             QStringLiteral("contact@troismoulins.fr"));
}

void TestItemEditors::terEditor()
{
    m_dialog = ItemEditorDialog::forItem(*m_ws, ItemKind::Ter, QStringLiteral("ter-vision"));
    auto* editor = qobject_cast<TerEditor*>(m_dialog.get());
    QVERIFY(editor);
    // Three students on a subject for two: beside the students
    QVERIFY(!editor->fieldNotes(QStringLiteral("students")).isEmpty());
    auto* list = editor->findChild<QListWidget*>(QStringLiteral("studentList"));
    QVERIFY(list);
    int checked = 0;
    for (int i = 0; i < list->count(); ++i)
        checked += list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    QCOMPARE(checked, 3);
    // One off: the group fits
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("s14"))
            list->item(i)->setCheckState(Qt::Unchecked);
    }
    QCOMPARE(std::get<Ter>(editor->item()).studentIds, (QStringList{QStringLiteral("s12"), QStringLiteral("s13")}));
    QVERIFY(editor->fieldNotes(QStringLiteral("students")).isEmpty());
    // The grade is shown, not edited
    QVERIFY(editor->findChild<QLabel*>(QStringLiteral("gradeValue")));
    QVERIFY(!editor->findChild<QDoubleSpinBox*>(QStringLiteral("gradeSpin")));
    QVERIFY(editor->save());
    QCOMPARE(m_ws->ter(QStringLiteral("ter-vision"))->studentIds.size(), 2);

    // A subject picked from the completer fills the lab and capacity; no student: refused
    m_dialog = ItemEditorDialog::forNewItem(*m_ws, ItemEditorDialog::blankItem(*m_ws, ItemKind::Ter));
    auto* subject = m_dialog->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
    subject->setText(QStringLiteral("Protein language models"));
    emit subject->completer()->activated(QStringLiteral("Protein language models"));
    QCOMPARE(m_dialog->findChild<QLineEdit*>(QStringLiteral("labEdit"))->text(), QStringLiteral("Institut Pasteur"));
    QVERIFY(!m_dialog->findChild<QCheckBox*>(QStringLiteral("inSaclayCheck"))->isChecked());
    QVERIFY(!m_dialog->save());
    QVERIFY(!m_dialog->fieldNotes(QStringLiteral("students")).isEmpty());
}

void TestItemEditors::otherEditors()
{
    m_dialog = ItemEditorDialog::forItem(*m_ws, ItemKind::SummerSchool, QStringLiteral("school-bouzid"));
    QVERIFY(m_dialog);
    // Two days: too short, beside the full-time days
    QVERIFY(!m_dialog->fieldNotes(QStringLiteral("full_time_days")).isEmpty());
    m_dialog = ItemEditorDialog::forItem(*m_ws, ItemKind::Seminar, QStringLiteral("sem-ivanova-4"));
    QVERIFY(m_dialog);
    QVERIFY(!m_dialog->fieldNotes(QStringLiteral("paragraph")).isEmpty());
    m_dialog = ItemEditorDialog::forItem(*m_ws, ItemKind::Student, QStringLiteral("s03"));
    QVERIFY(m_dialog);
    m_dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QString());
    QVERIFY(!m_dialog->save());
    m_dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Chloé Dubois-Martin"));
    QVERIFY(m_dialog->save());
    QCOMPARE(m_ws->student(QStringLiteral("s03"))->name, QStringLiteral("Chloé Dubois-Martin"));
    QVERIFY(!ItemEditorDialog::forItem(*m_ws, ItemKind::Ter, QStringLiteral("nope")));
}

void TestItemEditors::refusalShownInStrip()
{
    InternshipEditor* editor = internshipEditor(QStringLiteral("int-patel"));
    QVERIFY(editor);
    editor->findChild<QDoubleSpinBox*>(QStringLiteral("weeklyHoursSpin"))->setValue(30);
    // The item moved on meanwhile (validated by someone): the Workspace refuses, the dialog stays open.
    Internship closed = *m_ws->internship(QStringLiteral("int-patel"));
    closed.state = WorkflowState::Cancelled;
    QVERIFY(m_ws->writeItem(closed).ok());
    // First the conflict: someone else changed it after the editor opened; their version can be shown.
    QPushButton* theirs = editor->findChild<QPushButton*>(QStringLiteral("theirsButton"));
    QVERIFY(theirs);
    QVERIFY(theirs->isHidden());
    QVERIFY(!editor->save());
    QVERIFY(editor->result() != QDialog::Accepted);
    QString strip = editor->messages().join(QLatin1Char('\n'));
    QVERIFY2(strip.contains(QStringLiteral("Not saved")) && strip.contains(QStringLiteral("was changed by")),
             qPrintable(strip));
    QVERIFY(!theirs->isHidden());
    QCOMPARE(m_ws->internship(QStringLiteral("int-patel"))->state, WorkflowState::Cancelled);
    QCOMPARE(m_ws->internship(QStringLiteral("int-patel"))->weeklyHours, closed.weeklyHours);
    // Saving again replaces their version knowingly — here the workflow refuses: it is cancelled.
    QVERIFY(!editor->save());
    strip = editor->messages().join(QLatin1Char('\n'));
    QVERIFY2(strip.contains(QStringLiteral("Not saved")) && strip.contains(QStringLiteral("cancelled")),
             qPrintable(strip));
    // Their version replaces the input.
    theirs->click();
    QVERIFY(theirs->isHidden());
    QCOMPARE(editor->findChild<QDoubleSpinBox*>(QStringLiteral("weeklyHoursSpin"))->value(), closed.weeklyHours);
}

void TestItemEditors::render()
{
    // Pictures for people to look at: written when INTERNTRACK_RENDER_DIR names a folder.
    const QString dir = qEnvironmentVariable("INTERNTRACK_RENDER_DIR");
    if (!dir.isEmpty())
        QVERIFY(Translations::install(QStringLiteral("en")).ok()); // plurals
    const auto save = [&dir](QWidget* w, const QString& name) {
        const QPixmap picture = w->grab();
        QVERIFY(!picture.isNull());
        if (!dir.isEmpty())
            QVERIFY(picture.save(QDir(dir).filePath(name)));
    };
    for (ListArea::Area area : {ListArea::Area::Ters, ListArea::Area::Internships, ListArea::Area::Alternatives}) {
        ListArea widget(*m_ws, area);
        widget.resize(1280, 800);
        for (ListKind list : ListArea::lists(area)) {
            widget.showList(list);
            ItemListPage* page = widget.page(list);
            page->tableView()->selectRow(1);
            widget.show();
            QVERIFY(QTest::qWaitForWindowExposed(&widget));
            static const char* const names[] = {"ters",  "ter-subjects",   "internships",
                                                "hosts", "summer-schools", "seminars"};
            save(&widget, QStringLiteral("list-%1.png").arg(QLatin1String(names[int(list)])));
        }
    }
    for (const QString& id : {QStringLiteral("int-fontaine"), QStringLiteral("int-benali")}) {
        InternshipEditor* editor = internshipEditor(id);
        editor->resize(1060, 860);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        save(editor, QStringLiteral("editor-%1.png").arg(id));
        editor->focusField(QStringLiteral("report")); // the lower half
        save(editor, QStringLiteral("editor-%1-bottom.png").arg(id));
        editor->hide();
    }
    m_dialog = ItemEditorDialog::forItem(*m_ws, ItemKind::Ter, QStringLiteral("ter-vision"));
    m_dialog->resize(760, 700);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    save(m_dialog.get(), QStringLiteral("editor-ter-vision.png"));
    m_dialog->hide();
    for (auto [kind, id] : {std::pair{ItemKind::SummerSchool, QStringLiteral("school-bouzid")},
                            std::pair{ItemKind::Seminar, QStringLiteral("sem-ivanova-4")},
                            std::pair{ItemKind::Student, QStringLiteral("s03")}}) {
        m_dialog = ItemEditorDialog::forItem(*m_ws, kind, id);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        save(m_dialog.get(), QStringLiteral("editor-%1.png").arg(id));
        m_dialog->hide();
    }
}

QTEST_MAIN(TestItemEditors)
#include "tst_itemeditors.moc"

// Offers in the windows (issue 6 item 6), offscreen: the advisor records offers through OffersDialog (the form
// says what is wrong beside its field) and exports the year's offers file; the student imports it into the
// personal file, filters by topic, applies, moves the application (screened, accepted; refused moves refused),
// and "Write the Proposal" opens the proposal form filled from the offer. Pictures in /tmp/h/offers-*.png.
#include "DateField.h"
#include "ItemEditorDialog.h"
#include "MainWindow.h"
#include "OffersDialog.h"
#include "OffersPage.h"
#include "Settings.h"
#include "StudentWindow.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "io/OffersFile.h"
#include "storage/OfferRepository.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace interntrack;

namespace {

const AcademicYear kYear{2025};

void setText(OfferEditDialog& form, const char* field, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(form.fieldWidget(QLatin1String(field)));
    QVERIFY2(edit, field);
    edit->setText(text);
}

void savePicture(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral("/tmp/h"));
    QVERIFY(widget.grab().save(QStringLiteral("/tmp/h/offers-%1.png").arg(name)));
}

} // namespace

class TestOffersUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void advisorFormSaysWhatIsWrong();
    void advisorAddsAndExports();
    void mainWindowOffersAction();
    void studentImportsAppliesAndWritesProposal();
    void reimportKeepsApplicationsOfListedOffers();
    void wrongYearRefused();

private:
    QString advisorExport();
    void addOffers(OffersDialog& dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workspace> m_advisor;
    std::unique_ptr<StudentWindow> m_student;
    QStringList m_informTexts;
    QString m_openAnswer;
};

void TestOffersUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));

    m_advisor = std::make_unique<Workspace>();
    m_advisor->setClock([] { return test::demoNow(); });
    m_advisor->setActor(Actor{QStringLiteral("Anne Vilnat"), Role::Advisor, {}});
    const Status created = m_advisor->create(m_dir->filePath(QStringLiteral("advisor.db")), kYear);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    m_advisor->waitForLoaded();

    m_student = std::make_unique<StudentWindow>(*m_settings);
    m_student->workspace().setClock([] { return test::demoNow(); });
    m_informTexts.clear();
    m_openAnswer.clear();
    StudentWindow::Prompts prompts;
    prompts.saveFile = [](const QString&, const QString&, const QString&) { return QString(); };
    prompts.openFile = [this](const QString&, const QString&) { return m_openAnswer; };
    prompts.confirm = [](const QString&, const QString&, const QString&) { return true; };
    prompts.inform = [this](const QString&, const QString& text, bool) { m_informTexts.append(text); };
    prompts.openUrl = [](const QUrl&) { return true; };
    prompts.newFile = [] { return false; };
    m_student->setPrompts(prompts);
    Student me;
    me.name = QStringLiteral("Camille Durand");
    me.email = QStringLiteral("camille.durand@universite-paris-saclay.fr");
    const Status mine =
        m_student->createFile(m_dir->filePath(QStringLiteral("camille.interntrack-student")), kYear, me);
    QVERIFY2(mine.ok(), qPrintable(mine.error()));
}

void TestOffersUi::cleanup()
{
    m_student.reset();
    m_advisor.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestOffersUi::addOffers(OffersDialog& dialog)
{
    int form = 0;
    OffersDialog::Prompts prompts = dialog.prompts();
    prompts.editOffer = [&form](OfferEditDialog& f) {
        ++form;
        if (form == 1) {
            setText(f, "title", QStringLiteral("Language models for clinical notes"));
            setText(f, "host_name", QStringLiteral("LISN"));
            setText(f, "city", QStringLiteral("Orsay"));
            setText(f, "country", QStringLiteral("France"));
            setText(f, "topics", QStringLiteral("NLP, Health"));
            setText(f, "contact_name", QStringLiteral("Sophie Rosset"));
            setText(f, "contact_email", QStringLiteral("sophie.rosset@lisn.fr"));
            qobject_cast<DateField*>(f.fieldWidget(QStringLiteral("start_earliest")))->setDate(QDate(2026, 4, 6));
            qobject_cast<DateField*>(f.fieldWidget(QStringLiteral("start_latest")))->setDate(QDate(2026, 4, 20));
            qobject_cast<QSpinBox*>(f.fieldWidget(QStringLiteral("weeks")))->setValue(22);
        } else {
            setText(f, "title", QStringLiteral("Defect detection on wafers"));
            setText(f, "host_name", QStringLiteral("Siléane"));
            setText(f, "city", QStringLiteral("Grenoble"));
            setText(f, "topics", QStringLiteral("Vision"));
            qobject_cast<DateField*>(f.fieldWidget(QStringLiteral("start_earliest")))->setDate(QDate(2026, 3, 2));
            qobject_cast<QSpinBox*>(f.fieldWidget(QStringLiteral("weeks")))->setValue(24);
        }
        return f.okButton()->isEnabled();
    };
    dialog.setPrompts(prompts);
    QVERIFY(dialog.addOffer() > 0);
    QVERIFY(dialog.addOffer() > 0);
    QCOMPARE(dialog.model()->rowCount(), 2);
}

QString TestOffersUi::advisorExport()
{
    OffersDialog dialog(*m_advisor);
    addOffers(dialog);
    const QString path = m_dir->filePath(QStringLiteral("offers-2025-2026.interntrack-offers"));
    OffersDialog::Prompts prompts = dialog.prompts();
    prompts.saveFile = [path](const QString&, const QString&, const QString&) { return path; };
    dialog.setPrompts(prompts);
    return dialog.exportForStudents();
}

void TestOffersUi::advisorFormSaysWhatIsWrong()
{
    Offer blank;
    blank.year = kYear;
    OfferEditDialog form(blank, true);
    QVERIFY(!form.okButton()->isEnabled());
    QVERIFY(!form.fieldNote(QStringLiteral("title")).isEmpty());
    setText(form, "title", QStringLiteral("Graph learning"));
    QVERIFY(form.fieldNote(QStringLiteral("title")).isEmpty());
    QVERIFY(form.okButton()->isEnabled());
    qobject_cast<DateField*>(form.fieldWidget(QStringLiteral("start_earliest")))->setDate(QDate(2026, 5, 4));
    qobject_cast<DateField*>(form.fieldWidget(QStringLiteral("start_latest")))->setDate(QDate(2026, 4, 1));
    QVERIFY(!form.fieldNote(QStringLiteral("start_latest")).isEmpty());
    QVERIFY(!form.okButton()->isEnabled());
    qobject_cast<DateField*>(form.fieldWidget(QStringLiteral("start_latest")))->setDate(QDate(2026, 6, 1));
    QVERIFY(form.fieldNote(QStringLiteral("start_latest")).isEmpty());
    QVERIFY(form.okButton()->isEnabled());
    const Offer o = form.offer();
    QCOMPARE(o.title, QStringLiteral("Graph learning"));
    QCOMPARE(o.startLatest, QDate(2026, 6, 1));
}

void TestOffersUi::advisorAddsAndExports()
{
    OffersDialog dialog(*m_advisor);
    addOffers(dialog);
    const QString path = m_dir->filePath(QStringLiteral("out"));
    OffersDialog::Prompts prompts = dialog.prompts();
    prompts.saveFile = [path](const QString&, const QString&, const QString&) { return path; };
    dialog.setPrompts(prompts);
    const QString written = dialog.exportForStudents();
    QCOMPARE(written, path + OffersFile::suffix());
    const Result<OffersFile::Contents> file = OffersFile::load(written);
    QVERIFY2(file.ok(), qPrintable(file.error()));
    QCOMPARE(file->year, kYear);
    QCOMPARE(file->offers.size(), 2);
    QCOMPARE(file->offers.at(1).title, QStringLiteral("Language models for clinical notes"));
    QCOMPARE(file->offers.at(1).topics, QStringList({QStringLiteral("NLP"), QStringLiteral("Health")}));
    QCOMPARE(file->offers.at(1).posted, m_advisor->today());

    // The applications of the selected offer, read-only.
    QVERIFY(dialog.selectOffer(file->offers.at(1).id));
    QVERIFY(dialog.repository()->apply(file->offers.at(1).id, QStringLiteral("s-1")).ok());
    dialog.reload();
    QCOMPARE(dialog.applicationsView()->topLevelItemCount(), 1);
    QCOMPARE(dialog.applicationsView()->topLevelItem(0)->text(1), applicationStateName(ApplicationState::Applied));
    QCOMPARE(dialog.applicationsView()->selectionMode(), QAbstractItemView::NoSelection);

    dialog.resize(900, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    savePicture(dialog, QStringLiteral("advisor"));

    // Remove, after confirmation, with its application.
    prompts.confirm = [](const QString&, const QString&) { return true; };
    dialog.setPrompts(prompts);
    QVERIFY(dialog.removeSelected());
    QCOMPARE(dialog.model()->rowCount(), 1);

    Offer blank;
    blank.year = kYear;
    OfferEditDialog form(blank, true);
    form.resize(620, form.sizeHint().height());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    savePicture(form, QStringLiteral("form"));
}

void TestOffersUi::mainWindowOffersAction()
{
    MainWindow window(*m_settings);
    auto* action = window.findChild<QAction*>(QStringLiteral("offersAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    m_advisor.reset(); // one writer at a time
    QVERIFY(window.openDatabase(m_dir->filePath(QStringLiteral("advisor.db")), true));
    window.workspace().waitForLoaded();
    QVERIFY(action->isEnabled());
    QVERIFY(!action->text().isEmpty());
}

void TestOffersUi::studentImportsAppliesAndWritesProposal()
{
    const QString path = advisorExport();
    QVERIFY(!path.isEmpty());
    m_openAnswer = path;
    auto* import = m_student->findChild<QAction*>(QStringLiteral("importOffersAction"));
    QVERIFY(import && import->isEnabled());
    import->trigger();
    QVERIFY2(m_informTexts.isEmpty(), qPrintable(m_informTexts.join(QLatin1Char('\n'))));
    OffersPage* page = m_student->offersPage();
    QCOMPARE(m_student->tabs()->currentWidget(), page->parentWidget());
    QCOMPARE(page->model()->rowCount(), 2);

    // Filter by topic (case-insensitive)
    QLineEdit* topic = nullptr;
    for (QLineEdit* e : page->findChildren<QLineEdit*>()) {
        if (e->placeholderText().contains(QLatin1String("NLP")))
            topic = e;
    }
    QVERIFY(topic);
    topic->setText(QStringLiteral("nlp"));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->offerAt(0)->hostName, QStringLiteral("LISN"));

    // Apply
    page->table()->selectRow(0);
    QVERIFY(page->applyButton()->isEnabled());
    page->applyButton()->click();
    QTreeWidget* applications = page->applicationsView();
    QCOMPARE(applications->topLevelItemCount(), 1);
    QVERIFY(!page->applyButton()->isEnabled()); // once per offer
    const qint64 applicationId = applications->topLevelItem(0)->data(0, Qt::UserRole).toLongLong();

    // Nothing selected: no move
    for (const ApplicationState s : {ApplicationState::Screened, ApplicationState::Accepted, ApplicationState::Declined,
                                     ApplicationState::Withdrawn})
        QVERIFY(!m_student->moveButton(s)->isEnabled());
    QVERIFY(!m_student->writeProposalButton()->isEnabled());

    QVERIFY(m_student->selectApplication(applicationId));
    QVERIFY(m_student->moveButton(ApplicationState::Screened)->isEnabled());
    QVERIFY(!m_student->moveButton(ApplicationState::Accepted)->isEnabled()); // applied → accepted: no
    // Refused even when asked directly
    QVERIFY(!m_student->moveSelectedApplication(ApplicationState::Accepted));
    QCOMPARE(m_informTexts.size(), 1);
    QCOMPARE(m_student->offerRepository()->application(applicationId)->state, ApplicationState::Applied);
    QVERIFY(!m_student->proposalFromApplication(applicationId).ok());

    m_student->moveButton(ApplicationState::Screened)->click();
    QCOMPARE(m_student->offerRepository()->application(applicationId)->state, ApplicationState::Screened);
    QCOMPARE(m_student->selectedApplicationId(), applicationId);
    QCOMPARE(applications->topLevelItem(0)->text(1), applicationStateName(ApplicationState::Screened));
    QVERIFY(m_student->moveButton(ApplicationState::Accepted)->isEnabled());
    QVERIFY(!m_student->moveButton(ApplicationState::Screened)->isEnabled());

    m_student->moveButton(ApplicationState::Accepted)->click();
    QCOMPARE(m_student->offerRepository()->application(applicationId)->state, ApplicationState::Accepted);
    QVERIFY(!m_student->moveButton(ApplicationState::Declined)->isEnabled()); // accepted → declined: no
    QVERIFY(m_student->moveButton(ApplicationState::Withdrawn)->isEnabled());
    QVERIFY(m_student->writeProposalButton()->isEnabled());

    m_student->resize(1100, 760);
    m_student->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_student.get()));
    savePicture(*m_student, QStringLiteral("student"));

    // Write the Proposal: the form, filled from the offer
    const Result<Internship> proposal = m_student->proposalFromApplication(applicationId);
    QVERIFY2(proposal.ok(), qPrintable(proposal.error()));
    QVERIFY(proposal->id.startsWith(QLatin1String("i-")));
    QCOMPARE(proposal->studentId, m_student->ownerId());
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto* form = qobject_cast<ItemEditorDialog*>(QApplication::activeModalWidget());
        QVERIFY(form);
        const Item item = form->item();
        const auto* in = std::get_if<Internship>(&item);
        QVERIFY(in);
        QCOMPARE(in->host.name, QStringLiteral("LISN"));
        QCOMPARE(in->subject, QStringLiteral("Language models for clinical notes"));
        QCOMPARE(in->start, QDate(2026, 4, 6));
        QCOMPARE(in->end, QDate(2026, 4, 6).addDays(22 * 7 - 1));
        QCOMPARE(in->tutor.name, QStringLiteral("Sophie Rosset"));
        QVERIFY(form->isNew());
        seen = true;
        savePicture(*form, QStringLiteral("proposal"));
        form->reject();
    });
    m_student->writeProposalButton()->click();
    QVERIFY(seen);
}

void TestOffersUi::reimportKeepsApplicationsOfListedOffers()
{
    const QString path = advisorExport();
    QVERIFY(m_student->importOffers(path));
    OfferRepository* repo = m_student->offerRepository();
    const QList<Offer> offers = repo->offers(kYear).value();
    QCOMPARE(offers.size(), 2);
    const QString me = m_student->ownerId();
    QVERIFY(repo->apply(offers.at(0).id, me).ok());
    QVERIFY(repo->apply(offers.at(1).id, me).ok());

    // The same file again: nothing lost
    QVERIFY(m_student->importOffers(path));
    QCOMPARE(repo->applicationsOfStudent(me)->size(), 2);

    // A file without the first offer: its application goes, the other stays
    Result<OffersFile::Contents> file = OffersFile::load(path);
    QVERIFY(file.ok());
    file->offers.removeIf([&](const Offer& o) { return o.id == offers.at(0).id; });
    QVERIFY(OffersFile::save(path, kYear, file->offers).ok());
    QVERIFY(m_student->importOffers(path));
    QCOMPARE(repo->offers(kYear)->size(), 1);
    const QList<Application> left = repo->applicationsOfStudent(me).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).offerId, offers.at(1).id);
    QCOMPARE(m_student->offersPage()->applicationsView()->topLevelItemCount(), 1);
}

void TestOffersUi::wrongYearRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("later.interntrack-offers"));
    Offer o;
    o.year = AcademicYear{2026};
    o.title = QStringLiteral("Later");
    QVERIFY(OffersFile::save(path, AcademicYear{2026}, {o}).ok());
    QVERIFY(!m_student->importOffers(path));
    QCOMPARE(m_informTexts.size(), 1);
    QVERIFY(m_informTexts.at(0).contains(QLatin1String("2026-2027")));
    QCOMPARE(m_student->offerRepository()->offers(kYear)->size(), 0);
}

QTEST_MAIN(TestOffersUi)
#include "tst_offersui.moc"

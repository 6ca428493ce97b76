// interntrack-screenshots: renders every main screen of the demo database to PNG files, in English and
// French, offscreen (QWidget::grab()), then the Students page and the timeline of each programme profile's demo
// (profiles/profile-<id>-students.png, profile-<id>-timeline.png). Built with the tests, run by the `screenshots`
// target, never by CTest.
#include "ItemEditorDialog.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StudentWindow.h"
#include "StudentsPage.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "demo/DemoCohort.h"
#include "domain/Profiles.h"
#include "i18n/Translations.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace interntrack;

namespace {

bool save(QWidget& widget, const QString& path)
{
    QCoreApplication::processEvents();
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

/// The Students page and the timeline of the demo of each programme profile, in English, into @p folder.
bool renderProfiles(const QString& folder, const QTemporaryDir& dir)
{
    if (!Translations::install(QStringLiteral("en"))) {
        std::fprintf(stderr, "interntrack-screenshots: no en translation\n");
        return false;
    }
    QDir().mkpath(folder);
    bool ok = true;
    for (const QString& id : Profiles::ids()) {
        const QString db = dir.filePath(QStringLiteral("profile-%1.interntrack").arg(id));
        {
            Database database;
            Status saved = database.open(db);
            if (saved) {
                CohortRepository repo(database);
                repo.setClock([] { return test::demoNow(); });
                saved = repo.saveCohort(demoCohort(id, AcademicYear{2025}), QStringLiteral("screenshots"));
            }
            if (!saved) {
                std::fprintf(stderr, "interntrack-screenshots: %s\n", qPrintable(saved.error()));
                return false;
            }
        }
        Settings settings(dir.filePath(QStringLiteral("settings-%1.ini").arg(id)));
        settings.setValue(Settings::Role, QStringLiteral("advisor"));
        settings.setValue(Settings::UserName, QStringLiteral("Anne Vilnat"));
        MainWindow window(settings);
        window.workspace().setClock([] { return test::demoNow(); });
        window.resize(1280, 800);
        window.show();
        if (!window.openDatabase(db, true)) {
            std::fprintf(stderr, "interntrack-screenshots: cannot open the %s demo\n", qPrintable(id));
            return false;
        }
        window.workspace().waitForLoaded();
        window.setCurrentPage(MainWindow::Page::Students);
        if (auto* students = window.findChild<StudentsPage*>();
            students && !window.workspace().cohort().students.isEmpty())
            students->selectStudent(window.workspace().cohort().students.first().id);
        ok = save(window, QDir(folder).filePath(QStringLiteral("profile-%1-students.png").arg(id))) && ok;
        window.resize(1400, 900);
        window.setCurrentPage(MainWindow::Page::Timeline);
        if (auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("overviewTabs")))
            tabs->setCurrentIndex(1);
        ok = save(window, QDir(folder).filePath(QStringLiteral("profile-%1-timeline.png").arg(id))) && ok;
        window.close();
    }
    return ok;
}

const char* const kPageFiles[MainWindow::PageCount] = {"students", "ters",      "internships", "alternatives",
                                                       "overview", "documents", "settings"};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.interntrack"));
    if (const QString error = test::createDemoDatabase(db); !error.isEmpty()) {
        std::fprintf(stderr, "interntrack-screenshots: %s\n", qPrintable(error));
        return 1;
    }
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        if (!Translations::install(language)) {
            std::fprintf(stderr, "interntrack-screenshots: no %s translation\n", qPrintable(language));
            return 1;
        }
        const QString folder = QDir(out).filePath(language);
        QDir().mkpath(folder);
        Settings settings(dir.filePath(QStringLiteral("settings-%1.ini").arg(language)));
        settings.setValue(Settings::Role, QStringLiteral("advisor"));
        settings.setValue(Settings::UserName, QStringLiteral("Anne Vilnat"));
        MainWindow window(settings);
        window.workspace().setClock([] { return test::demoNow(); });
        window.resize(1280, 800);
        window.show();
        if (!window.openDatabase(db, true)) {
            std::fprintf(stderr, "interntrack-screenshots: cannot open the demo database\n");
            return 1;
        }
        window.workspace().waitForLoaded();
        // A student with something to act on, so that the detail pane shows findings and their actions.
        if (auto* students = window.findChild<StudentsPage*>())
            students->selectStudent(QStringLiteral("s11"));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.setCurrentPage(static_cast<MainWindow::Page>(page));
            ok = save(window, QDir(folder).filePath(QLatin1String(kPageFiles[page]) + QStringLiteral(".png"))) && ok;
        }
        window.close();

        // Student mode: a student's personal file with a proposal the advisor sent back, and the proposal form
        // with what the rules say beside each field.
        Settings studentSettings(dir.filePath(QStringLiteral("student-%1.ini").arg(language)));
        StudentWindow student(studentSettings);
        student.workspace().setClock([] { return test::demoNow(); });
        Student me;
        me.name = QStringLiteral("Camille Durand");
        me.email = QStringLiteral("camille.durand@universite-paris-saclay.fr");
        me.studentNumber = QStringLiteral("22012345");
        const QString personal = dir.filePath(QStringLiteral("camille-%1.interntrack-student").arg(language));
        if (const Status created = student.createFile(personal, AcademicYear{2025}, me); !created) {
            std::fprintf(stderr, "interntrack-screenshots: %s\n", qPrintable(created.error()));
            return 1;
        }
        Workspace& ws = student.workspace();
        auto proposal = std::get<Internship>(ItemEditorDialog::blankItem(ws, ItemKind::Internship, student.ownerId()));
        proposal.host.name = QStringLiteral("Inria Saclay");
        proposal.host.kind = HostKind::PublicLab;
        proposal.tutor.name = QStringLiteral("Marc Schoenauer");
        proposal.subject = QStringLiteral("Evolving neural networks");
        proposal.start = QDate(2026, 5, 4);
        proposal.end = QDate(2026, 6, 12);
        proposal.submitted = QDate(2026, 3, 2);
        ok = ws.saveItem(proposal).ok() && ok;
        ok = ws.transition(ItemKind::Internship, proposal.id, WorkflowState::Submitted).ok() && ok;
        ok = ws.recordDecision(ItemKind::Internship, proposal.id, WorkflowState::ChangesRequested,
                               QStringLiteral("Extend it to 26 June: 8 weeks are needed. Fine otherwise."),
                               QStringLiteral("Anne Vilnat"), QDateTime(QDate(2026, 3, 5), QTime(14, 30)))
                 .ok()
             && ok;
        student.resize(1100, 640);
        student.show();
        student.selectItem(ItemKind::Internship, proposal.id);
        ok = save(student, QDir(folder).filePath(QStringLiteral("student-window.png"))) && ok;

        auto draft = std::get<Internship>(ItemEditorDialog::blankItem(ws, ItemKind::Internship, student.ownerId()));
        draft.host.name = QStringLiteral("Acme Consulting");
        draft.host.aiResearch = false;
        draft.subject = QStringLiteral("Churn prediction");
        draft.start = QDate(2026, 4, 13);
        draft.end = QDate(2026, 7, 31);
        const std::unique_ptr<ItemEditorDialog> form = ItemEditorDialog::forNewItem(ws, draft, &student);
        form->resize(1060, 1200);
        form->show();
        ok = save(*form, QDir(folder).filePath(QStringLiteral("student-form.png"))) && ok;
        form->hide();
        student.close();
    }
    ok = renderProfiles(QDir(out).filePath(QStringLiteral("profiles")), dir) && ok;
    return ok ? 0 : 1;
}

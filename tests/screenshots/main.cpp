// interntrack-screenshots: renders every main screen of the demo database to PNG files, in English and
// French, offscreen (QWidget::grab()). Built with the tests, run by the `screenshots` target, never by CTest.
#include "MainWindow.h"
#include "StudentsPage.h"
#include "Settings.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
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

const char* const kPageFiles[MainWindow::PageCount] = {"students", "ters",      "internships", "alternatives",
                                                       "timeline", "documents", "settings"};

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
    }
    return ok ? 0 : 1;
}

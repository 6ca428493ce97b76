#include "GuiBench.h"

#include "CohortGenerator.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StudentsFilterModel.h"
#include "StudentsPage.h"
#include "TimelineView.h"
#include "Workspace.h"
#include "rules/Checker.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>

#include <cstdio>

namespace interntrack::bench {

namespace {

[[noreturn]] void fail(const QString& why)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(why));
    std::exit(2);
}

double best(int runs, const std::function<double()>& once)
{
    double b = -1;
    for (int i = 0; i < runs; ++i) {
        const double ms = once();
        if (b < 0 || ms < b)
            b = ms;
    }
    return b;
}

} // namespace

double startToOverview(Settings& settings, const QString& path, const QDateTime& now, qsizetype* rows)
{
    QElapsedTimer t;
    t.start();
    MainWindow window(settings);
    window.workspace().setClock([now] { return now; });
    window.setCurrentPage(MainWindow::Page::Students);
    window.resize(1280, 800);
    window.show();
    if (!window.openDatabase(path, true))
        fail(QStringLiteral("cannot open the benchmark database"));
    auto* page = window.findChild<StudentsPage*>();
    if (!page)
        fail(QStringLiteral("no students overview"));
    while (window.workspace().isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QCoreApplication::processEvents();
    window.repaint(); // the first frame of the overview, painted
    *rows = page->proxyModel()->rowCount();
    return t.nsecsElapsed() / 1e6;
}

double searchOverview(MainWindow& window, const QString& needle, qsizetype* matched)
{
    auto* page = window.findChild<StudentsPage*>();
    if (!page)
        fail(QStringLiteral("no students overview"));
    page->setSearchText(QString());
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    page->setSearchText(needle);
    *matched = page->proxyModel()->rowCount();
    window.repaint();
    return t.nsecsElapsed() / 1e6;
}

void benchGui(const Cohort& cohort, int runs, const Printer& print)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gui.interntrack"));
    {
        Database db;
        if (Status s = db.open(path); !s)
            fail(s.error());
        if (Status s = CohortRepository(db).saveCohort(cohort, QStringLiteral("bench")); !s)
            fail(s.error());
    }
    const QDateTime now(QDate(2026, 1, 15), QTime(10, 0));

    // Reference: what the window does before it can show anything, done alone.
    const double floorMs = best(runs, [&] {
        QElapsedTimer t;
        t.start();
        Database db;
        OpenOptions options;
        options.readOnly = true;
        options.verify = false;
        if (Status s = db.open(path, options); !s)
            fail(s.error());
        const Result<Cohort> c = CohortRepository(db).loadCohort(cohort.year());
        if (!c)
            fail(c.error());
        const CheckResult r = Checker(c->rules).check(c.value(), now.date(), Stage::Current);
        return t.nsecsElapsed() / 1e6 + 0 * double(r.findings.size());
    });

    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(Settings::Role, QStringLiteral("advisor"));
    qsizetype rows = 0;
    const double startMs = best(runs, [&] { return startToOverview(settings, path, now, &rows); });
    if (rows != cohort.students.size())
        fail(QStringLiteral("the overview shows %1 students of %2").arg(rows).arg(cohort.students.size()));
    print("GUI: start to overview shown", startMs, 1500,
          QStringLiteral("reference: loadCohort + check alone %1 ms (×%2); %3 rows")
              .arg(floorMs, 0, 'f', 1)
              .arg(startMs / std::max(floorMs, 0.001), 0, 'f', 2)
              .arg(rows));

    // The search: a name part that matches some students, typed into the overview's search box.
    MainWindow window(settings);
    window.workspace().setClock([now] { return now; });
    window.resize(1280, 800);
    window.show();
    if (!window.openDatabase(path, true))
        fail(QStringLiteral("cannot open the benchmark database"));
    window.workspace().waitForLoaded();
    QCoreApplication::processEvents();
    // A part of a name in the middle of the list: what a user types to find a student.
    const QString middle = cohort.students.at(cohort.students.size() / 2).name;
    const QString needle = middle.section(QLatin1Char(' '), -1).left(5);
    qsizetype matched = 0;
    const double searchMs = best(runs, [&] { return searchOverview(window, needle, &matched); });
    qsizetype bare = 0;
    const double loopMs = best(runs, [&] {
        QElapsedTimer t;
        t.start();
        bare = 0;
        for (const Student& s : window.workspace().cohort().students)
            bare += s.name.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
        return t.nsecsElapsed() / 1e6;
    });
    print("GUI: search filter applied", searchMs, 100,
          QStringLiteral("reference: bare name loop %1 ms; %2 rows match (%3 by name alone)")
              .arg(loopMs, 0, 'f', 1)
              .arg(matched)
              .arg(bare));
    benchTimeline(runs, print);
}

void benchTimeline(int runs, const Printer& print)
{
    test::GeneratorSizes sizes;
    sizes.students = 2000;
    sizes.internships = 2000;
    sizes.ters = 700;
    sizes.summerSchools = 70;
    sizes.seminars = 400;
    Cohort cohort = test::generateCohort(sizes);
    for (Internship& i : cohort.internships) // a database matches hosts by name
    {
        i.host.kind = i.host.name.size() % 2 ? HostKind::Company : HostKind::PublicLab;
        i.host.aiResearch = true;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.interntrack"));
    {
        Database db;
        if (Status s = db.open(path); !s)
            fail(s.error());
        if (Status s = CohortRepository(db).saveCohort(cohort, QStringLiteral("bench")); !s)
            fail(s.error());
    }
    const QDateTime now(QDate(2026, 1, 15), QTime(10, 0));
    Workspace workspace;
    workspace.setClock([now] { return now; });
    if (Status s = workspace.open(path); !s)
        fail(s.error());
    workspace.waitForLoaded();

    TimelineView view(workspace);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    const double layoutMs = best(runs, [&] {
        QElapsedTimer t;
        t.start();
        view.rebuild();
        return t.nsecsElapsed() / 1e6;
    });
    if (view.laneCount() != cohort.students.size())
        fail(QStringLiteral("the timeline has %1 lanes for %2 students")
                 .arg(view.laneCount())
                 .arg(cohort.students.size()));

    // Frames: the viewport rendered into an image, scrolled down (and across at the term zoom) before each one
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    constexpr int kFrames = 60;
    double worst = 0;
    const auto frames = [&](TimelineView::Zoom zoom) {
        view.setZoom(zoom);
        QScrollBar* v = view.verticalScrollBar();
        QScrollBar* h = view.horizontalScrollBar();
        return best(runs, [&] {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < kFrames; ++i) {
                v->setValue(v->maximum() * i / (kFrames - 1));
                h->setValue(h->maximum() * (i % 10) / 9);
                QElapsedTimer one;
                one.start();
                view.viewport()->render(&image);
                worst = std::max(worst, one.nsecsElapsed() / 1e6);
            }
            return t.nsecsElapsed() / 1e6 / kFrames;
        });
    };
    const double yearMs = frames(TimelineView::Zoom::Year);
    const double termMs = frames(TimelineView::Zoom::Term);
    // Reference: the same image filled and a line of text drawn per lane in sight, nothing else
    const double floorMs = best(runs, [&] {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kFrames; ++i) {
            QPainter p(&image);
            p.fillRect(image.rect(), Qt::white);
            for (int y = 0; y < image.height(); y += view.rowHeight())
                p.drawText(4, y + view.rowHeight() - 6, QStringLiteral("Lane %1").arg(i));
        }
        return t.nsecsElapsed() / 1e6 / kFrames;
    });
    print("GUI: timeline paint 2000 students", std::max(yearMs, termMs), 16,
          QStringLiteral("year zoom %1 ms, term zoom %2 ms a frame (worst single frame %3 ms); reference: fill + "
                         "one text a row %4 ms; layout (rebuild) %5 ms; %6 lanes, 1600×1000")
              .arg(yearMs, 0, 'f', 2)
              .arg(termMs, 0, 'f', 2)
              .arg(worst, 0, 'f', 1)
              .arg(floorMs, 0, 'f', 2)
              .arg(layoutMs, 0, 'f', 1)
              .arg(view.laneCount()));
}

} // namespace interntrack::bench

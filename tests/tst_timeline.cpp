#include "TestSupport.h"
#include "TimelinePage.h"
#include "TimelineView.h"
#include "Workspace.h"
#include "i18n/Translations.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "workflow/Actor.h"

#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

namespace {

/**
 * Three students, named so that their lanes sort Alice, Bob, Chloé (not in the order they are stored):
 * Chloé has a TER and an internship whose agreement was signed a week after its start, with one absence;
 * Alice an internship and a TER with Bob; Bob a summer school and a seminar.
 */
Cohort knownCohort()
{
    Cohort c;
    c.rules = test::rules2025();
    c.students = {Student{QStringLiteral("s1"), QStringLiteral("Chloé Martin"), {}, {}, {}},
                  Student{QStringLiteral("s2"), QStringLiteral("Alice Bernard"), {}, {}, {}},
                  Student{QStringLiteral("s3"), QStringLiteral("Bob Durand"), {}, {}, {}}};
    Internship i1 = test::cleanInternship(); // s1, 4 May – 26 June 2026
    i1.signatures.university = test::d("2026-05-11");
    i1.absences = {test::d("2026-06-01")};
    Internship i2 = test::cleanInternship();
    i2.id = QStringLiteral("i2");
    i2.studentId = QStringLiteral("s2");
    i2.host.name = QStringLiteral("Thales");
    i2.start = test::d("2026-04-01");
    i2.end = test::d("2026-06-30");
    c.internships = {i1, i2};
    Ter t1 = test::cleanTer(); // s1, 2 March – 30 April 2026
    Ter t2 = test::cleanTer();
    t2.id = QStringLiteral("t2");
    t2.studentIds = {QStringLiteral("s2"), QStringLiteral("s3")};
    t2.subject = QStringLiteral("Active learning");
    t2.start = test::d("2026-01-12");
    t2.end = test::d("2026-03-20");
    c.ters = {t1, t2};
    SummerSchool school;
    school.id = QStringLiteral("ss1");
    school.studentId = QStringLiteral("s3");
    school.name = QStringLiteral("Deep Learning Summer School");
    school.start = test::d("2026-07-06");
    school.end = test::d("2026-07-10");
    c.summerSchools = {school};
    Seminar seminar;
    seminar.id = QStringLiteral("sem1");
    seminar.studentId = QStringLiteral("s3");
    seminar.title = QStringLiteral("Diffusion models");
    seminar.date = test::d("2026-01-20");
    c.seminars = {seminar};
    return c;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Workspace* m_ws = nullptr;

    void openKnown(Workspace& ws)
    {
        const QString path = m_dir.filePath(
            QStringLiteral("known-%1.interntrack").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(path);
        {
            Database db;
            QVERIFY(db.open(path).ok());
            const Status s = CohortRepository(db).saveCohort(knownCohort(), QStringLiteral("test"));
            QVERIFY2(s.ok(), qPrintable(s.error()));
        }
        ws.setClock([] { return test::demoNow(); });
        QVERIFY(ws.open(path).ok());
        ws.waitForLoaded();
        QCOMPARE(ws.cohort().students.size(), 3);
    }

private slots:
    void barEdgesAtTheirDates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("lane");
        QTest::newRow("internship i1 (Chloé)")
            << int(ItemKind::Internship) << QStringLiteral("i1") << test::d("2026-05-04") << test::d("2026-06-26") << 2;
        QTest::newRow("internship i2 (Alice)")
            << int(ItemKind::Internship) << QStringLiteral("i2") << test::d("2026-04-01") << test::d("2026-06-30") << 0;
        QTest::newRow("TER t1 (Chloé)") << int(ItemKind::Ter) << QStringLiteral("t1") << test::d("2026-03-02")
                                        << test::d("2026-04-30") << 2;
        QTest::newRow("group TER t2 (Alice first)")
            << int(ItemKind::Ter) << QStringLiteral("t2") << test::d("2026-01-12") << test::d("2026-03-20") << 0;
        QTest::newRow("summer school (Bob)") << int(ItemKind::SummerSchool) << QStringLiteral("ss1")
                                             << test::d("2026-07-06") << test::d("2026-07-10") << 1;
        QTest::newRow("seminar (Bob), one day")
            << int(ItemKind::Seminar) << QStringLiteral("sem1") << test::d("2026-01-20") << test::d("2026-01-20") << 1;
    }

    void barEdgesAtTheirDates()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, lane);
        Workspace ws;
        openKnown(ws);
        TimelineView view(ws);
        view.resize(1400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.zoom(), TimelineView::Zoom::Year);
        // The year drawn: 1 September 2025 to 31 August 2026, fitted to the viewport at the year zoom
        QCOMPARE(view.firstDate(), test::d("2025-09-01"));
        QCOMPARE(view.lastDate(), test::d("2026-08-31"));
        const int chartWidth = view.viewport()->width() - view.labelWidth();
        QCOMPARE(view.pixelsPerDay(), double(chartWidth) / 365.0);
        QCOMPARE(view.xForDate(view.firstDate()), view.labelWidth());
        const int days = int(view.firstDate().daysTo(start));
        QCOMPARE(view.xForDate(start), view.labelWidth() + qRound(days * view.pixelsPerDay()));
        QCOMPARE(view.dateAtX(view.xForDate(start)), start);

        const QRectF bar = view.barRect(static_cast<ItemKind>(kind), id);
        QVERIFY(!bar.isNull());
        QCOMPARE(bar.left(), double(view.xForDate(start)));
        QCOMPARE(bar.right(), double(view.xForDate(end.addDays(1))));
        QVERIFY(bar.width() > 0);
        // In its student's lane
        QCOMPARE(view.laneAt(int(bar.center().y())), lane);
        QVERIFY(view.laneRect(lane).contains(bar.toRect()));

        // Another zoom moves the edges with the dates
        view.setZoom(TimelineView::Zoom::Month);
        const QRectF zoomed = view.barRect(static_cast<ItemKind>(kind), id);
        QCOMPARE(zoomed.left(), double(view.xForDate(start)));
        QCOMPARE(zoomed.right(), double(view.xForDate(end.addDays(1))));
        QVERIFY(zoomed.width() > bar.width());
    }

    void lanesByName()
    {
        Workspace ws;
        openKnown(ws);
        TimelineView view(ws);
        QCOMPARE(view.laneCount(), 3);
        QCOMPARE(view.laneStudent(0), QStringLiteral("s2")); // Alice
        QCOMPARE(view.laneStudent(1), QStringLiteral("s3")); // Bob
        QCOMPARE(view.laneStudent(2), QStringLiteral("s1")); // Chloé
        // Chloé's TER (March–April) and internship (May–June) do not overlap: one row. Bob's seminar takes a row.
        QCOMPARE(view.laneRect(2).height(), view.laneRect(0).height());
        QVERIFY(view.laneRect(1).height() > view.laneRect(0).height());
        // Lanes follow one another without a gap
        QCOMPARE(view.laneRect(1).top(), view.laneRect(0).bottom() + 1);
        QCOMPARE(view.laneRect(2).top(), view.laneRect(1).bottom() + 1);
    }

    void clickSelects_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::newRow("internship") << int(ItemKind::Internship) << QStringLiteral("i1");
        QTest::newRow("TER") << int(ItemKind::Ter) << QStringLiteral("t2");
        QTest::newRow("seminar (narrow)") << int(ItemKind::Seminar) << QStringLiteral("sem1");
    }

    void clickSelects()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        Workspace ws;
        openKnown(ws);
        TimelineView view(ws);
        view.resize(1400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &TimelineView::currentItemChanged);
        const QRectF bar = view.barRect(static_cast<ItemKind>(kind), id);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, bar.center().toPoint());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<ItemKind>(), static_cast<ItemKind>(kind));
        QCOMPARE(spy.at(0).at(1).toString(), id);
        QCOMPARE(view.selectedId(), id);

        // A click on no bar says nothing; a click on a name selects the student
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.width() - 30, view.laneRect(0).top() + 2));
        QCOMPARE(spy.size(), 1);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(10, view.laneRect(1).center().y()));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<ItemKind>(), ItemKind::Student);
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("s3"));
    }

    void zoomKeepsTheSelectionVisible_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("early (TER of Alice, January)") << QStringLiteral("t2");
        QTest::newRow("late (internship of Chloé, June, last lane)") << QStringLiteral("i1");
    }

    void zoomKeepsTheSelectionVisible()
    {
        QFETCH(QString, id);
        const ItemKind kind = id.startsWith(QLatin1Char('t')) ? ItemKind::Ter : ItemKind::Internship;
        Workspace ws;
        openKnown(ws);
        TimelineView view(ws);
        view.resize(900, 130); // room for about two lanes: the last one needs scrolling
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectItem(kind, id));
        const QRect chart(view.labelWidth(), view.headerHeight(), view.viewport()->width() - view.labelWidth(),
                          view.viewport()->height() - view.headerHeight());
        QVERIFY(chart.intersects(view.barRect(kind, id).toRect()));
        for (TimelineView::Zoom zoom : {TimelineView::Zoom::Month, TimelineView::Zoom::Term, TimelineView::Zoom::Month,
                                        TimelineView::Zoom::Year}) {
            view.setZoom(zoom);
            const QRectF bar = view.barRect(kind, id);
            QVERIFY2(chart.intersects(bar.toRect()), qPrintable(QStringLiteral("zoom %1").arg(int(zoom))));
            QVERIFY(chart.contains(QPoint(chart.center().x(), int(bar.center().y()))));
            if (zoom == TimelineView::Zoom::Year) // the whole year in sight: nothing to scroll
                QVERIFY(chart.contains(bar.toRect()));
            else if (bar.width() < chart.width()) // the whole bar in sight, in the middle
                QVERIFY(qAbs(bar.center().x() - chart.center().x()) <= 2);
            else // longer than the viewport: its middle in the middle
                QVERIFY(bar.left() <= chart.left() && bar.right() >= chart.right());
        }
        // Nothing selected: Ctrl+wheel zooms about the pointer
        QSignalSpy zoomSpy(&view, &TimelineView::zoomChanged);
        const QPoint at(chart.center().x(), chart.top() + 5);
        const QDate under = view.dateAtX(at.x());
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        QCOMPARE(zoomSpy.size(), 1);
        QCOMPARE(view.zoom(), TimelineView::Zoom::Term);
        QVERIFY(qAbs(under.daysTo(view.dateAtX(at.x()))) <= 1);
    }

    void tooltipsGiveTheFigures()
    {
        Workspace ws;
        openKnown(ws);
        TimelineView view(ws);
        view.resize(1400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(TimelineView::Zoom::Term);
        QVERIFY(view.selectItem(ItemKind::Internship, QStringLiteral("i1")));
        const QString tip = view.toolTipAt(view.barRect(ItemKind::Internship, QStringLiteral("i1")).center().toPoint());
        QVERIFY2(tip.contains(QStringLiteral("i1")), qPrintable(tip));
        const InternshipFigures figures = ws.checkResult().internships.value(QStringLiteral("i1"));
        QCOMPARE(figures.days.countedStart, test::d("2026-05-11"));
        QVERIFY2(tip.contains(QStringLiteral("%1 scheduled days").arg(figures.days.scheduledDays)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Counted from")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("1 absence day")), qPrintable(tip));
        QVERIFY(view.toolTipAt(QPoint(view.width() - 30, view.laneRect(0).top() + 1)).isEmpty());
    }

    void followsTheWorkspace()
    {
        Workspace ws;
        openKnown(ws);
        ws.setActor(Actor{QStringLiteral("Ada Advisor"), Role::Advisor, {}});
        TimelineView view(ws);
        view.resize(1400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Internship moved = *ws.internship(QStringLiteral("i2"));
        moved.start = test::d("2026-04-15");
        const Status s = ws.saveItem(moved);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QTRY_COMPARE(view.barRect(ItemKind::Internship, QStringLiteral("i2")).left(),
                     double(view.xForDate(test::d("2026-04-15"))));

        // Hidden, it catches up when shown again
        view.hide();
        moved.start = test::d("2026-04-20");
        QVERIFY(ws.saveItem(moved).ok());
        QCoreApplication::processEvents();
        QCOMPARE(view.barRect(ItemKind::Internship, QStringLiteral("i2")).left(),
                 double(view.xForDate(test::d("2026-04-15"))));
        view.show();
        QCOMPARE(view.barRect(ItemKind::Internship, QStringLiteral("i2")).left(),
                 double(view.xForDate(test::d("2026-04-20"))));
    }

    void exports()
    {
        Workspace ws;
        openKnown(ws);
        TimelineView view(ws);
        view.resize(1000, 400);
        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        const Status p = view.exportPng(png, 1200);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        const QImage image(png);
        QCOMPARE(image.width(), 1200);
        QCOMPARE(image.height(), view.renderHeight());
        QCOMPARE(view.renderHeight(), view.headerHeight() + view.laneRect(2).bottom() - view.laneRect(0).top() + 1);
        // Not blank: the bar of i2 is drawn in its state's colour somewhere in Alice's lane
        const int y = view.headerHeight() + view.rowHeight() / 2 + 2;
        int coloured = 0;
        for (int x = view.labelWidth(); x < image.width(); ++x)
            coloured += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        QVERIFY(coloured > 100);

        const QString pdf = m_dir.filePath(QStringLiteral("timeline.pdf"));
        const Status d = view.exportPdf(pdf);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
        QVERIFY(f.size() > 1000);

        QCOMPARE(view.exportPng(QStringLiteral("/nonexistent/dir/x.png")).ok(), false);
    }

    void demoTimeline()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.interntrack"));
        QCOMPARE(test::createDemoDatabase(path), QString());
        Workspace ws;
        ws.setClock([] { return test::demoNow(); });
        QVERIFY(ws.open(path).ok());
        ws.waitForLoaded();
        // INTERNTRACK_TIMELINE_LANG=fr draws the picture in French.
        if (qEnvironmentVariableIsSet("INTERNTRACK_TIMELINE_LANG"))
            QVERIFY(Translations::install(qEnvironmentVariable("INTERNTRACK_TIMELINE_LANG")).ok());
        TimelinePage page(ws);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView* view = page.view();
        QCOMPARE(view->laneCount(), int(ws.cohort().students.size()));
        for (const Internship& i : ws.cohort().internships) {
            const QRectF bar = view->barRect(ItemKind::Internship, i.id);
            QVERIFY(!bar.isNull());
            QCOMPARE(bar.left(), double(view->xForDate(i.start)));
        }
        if (qEnvironmentVariableIsSet("INTERNTRACK_TIMELINE_PNG")) {
            page.grab().save(qEnvironmentVariable("INTERNTRACK_TIMELINE_PNG"));
            view->setZoom(TimelineView::Zoom::Month);
            view->scrollToDate(test::d("2026-05-15"));
            page.grab().save(qEnvironmentVariable("INTERNTRACK_TIMELINE_PNG")
                                 .replace(QStringLiteral(".png"), QStringLiteral("-month.png")));
            QVERIFY(view->exportPdf(qEnvironmentVariable("INTERNTRACK_TIMELINE_PNG")
                                        .replace(QStringLiteral(".png"), QStringLiteral(".pdf")))
                        .ok());
        }
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"

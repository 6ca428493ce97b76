#include "DashboardPage.h"
#include "TestSupport.h"
#include "Workspace.h"
#include "workflow/Actor.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

Q_DECLARE_METATYPE(interntrack::StudentsFilter)

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void yearComparisonTable()
    {
        // Two years in one database: the table has a column each, oldest first, the shown year marked.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.interntrack"));
        QCOMPARE(test::createDemoDatabase(path), QString());
        Workspace ws;
        ws.setClock([] { return test::demoNow(); });
        QVERIFY(ws.open(path).ok());
        ws.waitForLoaded();
        QVERIFY(ws.addYear(AcademicYear{2024}).ok());
        DashboardPage page(ws);
        page.compareYears();
        QTRY_VERIFY(!page.isComparing());
        QVERIFY2(page.yearFigures().ok(), qPrintable(page.yearFigures().error()));
        QCOMPARE(page.yearFigures()->size(), 2);
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("yearComparisonTable"));
        QVERIFY(table);
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("2024-2025"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("2025-2026 (shown)"));
        QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("Students"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("0"));
        QCOMPARE(table->item(0, 1)->text(), QString::number(ws.cohort().students.size()));
        QVERIFY(table->item(0, 1)->font().bold());
    }

    void chartsShowTheSummary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.interntrack"));
        QCOMPARE(test::createDemoDatabase(path), QString());
        Workspace ws;
        ws.setClock([] { return test::demoNow(); });
        QVERIFY(ws.open(path).ok());
        ws.waitForLoaded();
        DashboardPage page(ws);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const YearSummary expected = YearSummary::compute(ws.cohort(), ws.checkResult(), ws.today());
        QCOMPARE(page.summary().students, expected.students);
        QVERIFY(expected.students > 0);

        auto* placedView = page.findChild<QChartView*>(QStringLiteral("placedChart"));
        QVERIFY(placedView);
        auto* pie = qobject_cast<QPieSeries*>(placedView->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(int(pie->slices().at(0)->value()), expected.placed);
        QCOMPARE(int(pie->slices().at(1)->value()), expected.notPlaced());

        qRegisterMetaType<StudentsFilter>();
        QSignalSpy spy(&page, &DashboardPage::showStudents);
        emit pie->slices().at(1)->clicked();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<StudentsFilter>().kind, StudentsFilter::Kind::NotPlaced);

        auto* rulesView = page.findChild<QChartView*>(QStringLiteral("rulesChart"));
        QVERIFY(rulesView);
        auto* bars = qobject_cast<QAbstractBarSeries*>(rulesView->chart()->series().value(0));
        QVERIFY(bars);
        QBarSet* set = bars->barSets().value(0);
        QVERIFY(set);
        if (!expected.findingsByRule.isEmpty()) {
            // Drawn bottom-up: the most frequent rule is the last bar, at the top
            const int top = int(set->count()) - 1;
            QCOMPARE(int(set->at(top)), expected.findingsByRule.at(0).count);
            emit set->clicked(top);
            QCOMPARE(spy.size(), 2);
            const auto f = spy.at(1).at(0).value<StudentsFilter>();
            QCOMPARE(f.kind, StudentsFilter::Kind::Rule);
            QCOMPARE(f.value, expected.findingsByRule.at(0).rule);
        }
        QVERIFY(!rulesView->accessibleDescription().isEmpty());

        if (qEnvironmentVariableIsSet("INTERNTRACK_DASHBOARD_PNG")) {
            page.compareYears();
            QTRY_VERIFY(!page.isComparing());
            page.resize(1280, 1700); // every chart and the year comparison
            page.grab().save(qEnvironmentVariable("INTERNTRACK_DASHBOARD_PNG"));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

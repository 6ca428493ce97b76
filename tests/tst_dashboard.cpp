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
#include <QTemporaryDir>
#include <QTest>

using namespace interntrack;

Q_DECLARE_METATYPE(interntrack::StudentsFilter)

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
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

        if (qEnvironmentVariableIsSet("INTERNTRACK_DASHBOARD_PNG"))
            page.grab().save(qEnvironmentVariable("INTERNTRACK_DASHBOARD_PNG"));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"

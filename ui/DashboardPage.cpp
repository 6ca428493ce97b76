#include "DashboardPage.h"

#include "workflow/Workflow.h"

#include "Workspace.h"

#include <QBarCategoryAxis>

#include <algorithm>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace interntrack {

namespace {

QChartView* makeView(QChart* chart, const QString& objectName, const QString& title, const QString& figures,
                     QWidget* parent)
{
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    chart->setTheme(parent->palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                                : QChart::ChartThemeLight);
    chart->setBackgroundBrush(parent->palette().brush(QPalette::Base));
    chart->setTitleBrush(parent->palette().brush(QPalette::Text));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(objectName);
    view->setAccessibleName(title);
    view->setAccessibleDescription(figures);
    view->setToolTip(figures);
    view->setMinimumSize(380, 260);
    return view;
}

/// A bar chart of @p labels / @p values; a click on bar i calls @p onClick(i).
QChartView* barChart(const QString& objectName, const QString& title, const QString& axisTitle,
                     QStringList labels, QList<int> values, bool horizontal, std::function<void(int)> onClick,
                     QWidget* parent)
{
    // Horizontal bars are drawn from the bottom up: reversed, the first (largest) is read first, at the top.
    if (horizontal) {
        std::reverse(labels.begin(), labels.end());
        std::reverse(values.begin(), values.end());
        const auto n = int(values.size());
        onClick = [onClick, n](int i) { onClick(n - 1 - i); };
    }
    auto* set = new QBarSet(title);
    QStringList figures;
    int max = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        *set << values.at(i);
        max = std::max(max, values.at(i));
        figures << QStringLiteral("%1: %2").arg(labels.at(i)).arg(values.at(i));
    }
    auto* chart = new QChart;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // "INT_LEAD_TIME", state names: readable whole
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(1, max));
    axis->setLabelFormat(QStringLiteral("%d"));
    // Whole-number ticks (counts): a step of 1, 2, 5, 10… giving at most ~6 ticks.
    int step = 1;
    while (max / step > 6)
        step = (step == 1 || QString::number(step).startsWith(QLatin1Char('5'))) ? step * 2 : step * 5 / 2;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setTitleText(axisTitle);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(axis);
    QObject::connect(set, &QBarSet::clicked, parent, [onClick](int index) { onClick(index); });
    return makeView(chart, objectName, title, figures.join(QLatin1Char('\n')), parent);
}

} // namespace

DashboardPage::DashboardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_throttle(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll);
    m_grid = new QWidget(scroll);
    m_grid->setObjectName(QStringLiteral("dashboardCharts"));
    new QGridLayout(m_grid);
    scroll->setWidget(m_grid);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(250);
    connect(m_throttle, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&m_workspace, &Workspace::yearLoaded, this, &DashboardPage::refresh);
    connect(&m_workspace, &Workspace::findingsChanged, m_throttle, qOverload<>(&QTimer::start));
    setAccessibleName(tr("Dashboard"));
    refresh();
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void DashboardPage::refresh()
{
    m_summary = YearSummary::compute(m_workspace.cohort(), m_workspace.checkResult(), m_workspace.today());
    rebuild();
}

void DashboardPage::rebuild()
{
    if (!m_grid)
        return;
    auto* grid = static_cast<QGridLayout*>(m_grid->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setAccessibleName(tr("Dashboard"));
    const YearSummary& s = m_summary;
    const QString studentsAxis = tr("Students");

    // Placed vs not placed (pie).
    {
        auto* series = new QPieSeries;
        QPieSlice* placed = series->append(tr("Placed (%1)").arg(s.placed), s.placed);
        QPieSlice* notPlaced = series->append(tr("Not placed (%1)").arg(s.notPlaced()), s.notPlaced());
        placed->setLabelVisible(true);
        notPlaced->setLabelVisible(true);
        notPlaced->setExploded(true);
        connect(notPlaced, &QPieSlice::clicked, this, [this] {
            emit showStudents({StudentsFilter::Kind::NotPlaced, {}, 0});
        });
        auto* chart = new QChart;
        chart->addSeries(series);
        const QString figures = tr("Placed: %1\nNot placed: %2").arg(s.placed).arg(s.notPlaced());
        grid->addWidget(makeView(chart, QStringLiteral("placedChart"), tr("Students placed"), figures, m_grid), 0, 0);
    }
    // Students by state.
    {
        QStringList labels, codes;
        QList<int> values;
        for (auto it = s.studentsByState.cbegin(); it != s.studentsByState.cend(); ++it) {
            codes << it.key();
            const std::optional<WorkflowState> state = workflowStateFromCode(it.key());
            labels << (state ? Workflow::stateName(*state) : tr("none"));
            values << it.value();
        }
        grid->addWidget(barChart(
                            QStringLiteral("stateChart"), tr("Students by state"), studentsAxis, labels, values, true,
                            [this, codes](int i) {
                                emit showStudents({StudentsFilter::Kind::State, codes.value(i), 0});
                            },
                            m_grid),
                        0, 1);
    }
    // Findings by rule: top N + others.
    {
        QStringList labels, codes;
        QList<int> values;
        int others = 0;
        for (qsizetype i = 0; i < s.findingsByRule.size(); ++i) {
            if (i < kTopRules) {
                codes << s.findingsByRule.at(i).rule;
                labels << s.findingsByRule.at(i).rule;
                values << s.findingsByRule.at(i).count;
            } else {
                others += s.findingsByRule.at(i).count;
            }
        }
        if (others > 0) {
            labels << tr("others");
            values << others;
        }
        grid->addWidget(barChart(
                            QStringLiteral("rulesChart"), tr("Findings by rule"), tr("Findings"), labels, values, true,
                            [this, codes](int i) {
                                if (i < codes.size())
                                    emit showStudents({StudentsFilter::Kind::Rule, codes.at(i), 0});
                            },
                            m_grid),
                        1, 0);
    }
    // Internships starting per week.
    {
        QStringList labels;
        QList<int> values, weeks;
        for (auto it = s.startsPerWeek.cbegin(); it != s.startsPerWeek.cend(); ++it) {
            labels << tr("%1-W%2").arg(it.key() / 100).arg(it.key() % 100, 2, 10, QLatin1Char('0'));
            values << it.value();
            weeks << it.key();
        }
        grid->addWidget(barChart(
                            QStringLiteral("weeksChart"), tr("Internships starting per week"), tr("Internships"),
                            labels, values, false,
                            [this, weeks](int i) {
                                emit showStudents({StudentsFilter::Kind::StartWeek, {}, weeks.value(i)});
                            },
                            m_grid),
                        1, 1);
    }
    // Deliverables owed.
    {
        QStringList labels, codes;
        QList<int> values;
        const auto name = [this](const QString& code) {
            if (code == QLatin1String("proof"))
                return tr("Completion proofs");
            if (code == QLatin1String("report"))
                return tr("Internship reports");
            if (code == QLatin1String("school_report"))
                return tr("Summer school reports");
            if (code == QLatin1String("paragraph"))
                return tr("Seminar paragraphs");
            return code;
        };
        for (auto it = s.deliverablesOwed.cbegin(); it != s.deliverablesOwed.cend(); ++it) {
            codes << it.key();
            labels << name(it.key());
            values << it.value();
        }
        grid->addWidget(barChart(
                            QStringLiteral("deliverablesChart"), tr("Deliverables owed"), tr("Items"), labels, values,
                            true,
                            [this, codes](int i) {
                                emit showStudents({StudentsFilter::Kind::Deliverable, codes.value(i), 0});
                            },
                            m_grid),
                        2, 0);
    }
    // Gratification distribution.
    {
        QStringList labels;
        QList<int> values;
        for (const GratificationBin& b : s.gratificationBins) {
            labels << tr("%1–%2 €").arg(b.lowEur, 0, 'f', 0).arg(b.highEur, 0, 'f', 0);
            values << b.count;
        }
        grid->addWidget(barChart(
                            QStringLiteral("gratificationChart"), tr("Monthly gratification"), tr("Internships"),
                            labels, values, false, [](int) {}, m_grid),
                        2, 1);
    }
}

} // namespace interntrack

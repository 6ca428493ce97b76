#include "DashboardPage.h"

#include "workflow/Workflow.h"

#include "Workspace.h"

#include <QBarCategoryAxis>

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

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
QChartView* barChart(const QString& objectName, const QString& title, const QString& axisTitle, QStringList labels,
                     QList<int> values, bool horizontal, std::function<void(int)> onClick, QWidget* parent)
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
    QChartView* view = makeView(chart, objectName, title, figures.join(QLatin1Char('\n')), parent);
    const int line = view->fontMetrics().height();
    if (horizontal) {
        // Every category's name readable: a line and a half each, plus the title and the value axis.
        view->setMinimumHeight(std::max(view->minimumHeight(), int(labels.size()) * line * 3 / 2 + 7 * line));
    } else if (labels.size() > 4) {
        // Many columns: their names slanted rather than run together.
        categories->setLabelsAngle(-45);
        view->setMinimumHeight(std::max(view->minimumHeight(), 20 * line));
    }
    return view;
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
    connect(&m_workspace, &Workspace::yearLoaded, this, &DashboardPage::compareYears);
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
        // In the workflow's order, students with nothing yet first.
        QStringList ordered{QStringLiteral("none")};
        for (int st = int(WorkflowState::Draft); st <= int(WorkflowState::Cancelled); ++st)
            ordered << workflowStateCode(WorkflowState(st));
        for (const QString& code : std::as_const(ordered)) {
            if (!s.studentsByState.contains(code))
                continue;
            codes << code;
            const std::optional<WorkflowState> state = workflowStateFromCode(code);
            labels << (state ? Workflow::stateName(*state) : tr("nothing yet"));
            values << s.studentsByState.value(code);
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
    // The same figures for every year of the database.
    {
        auto* box = new QGroupBox(tr("Year comparison"), m_grid);
        box->setObjectName(QStringLiteral("yearComparison"));
        auto* layout = new QVBoxLayout(box);
        auto* table = new QTableWidget(box);
        table->setObjectName(QStringLiteral("yearComparisonTable"));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(table);
        auto* note = new QLabel(box);
        note->setWordWrap(true);
        layout->addWidget(note);
        fillComparison(table, note);
        grid->addWidget(box, 3, 0, 1, 2);
    }
}

void DashboardPage::compareYears()
{
    if (m_comparing || m_workspace.path().isEmpty())
        return;
    m_comparing = new QFutureWatcher<Result<QList<YearFigures>>>(this);
    connect(m_comparing, &QFutureWatcherBase::finished, this, [this] {
        m_years = m_comparing->result();
        m_comparing->deleteLater();
        m_comparing = nullptr;
        rebuild();
    });
    m_comparing->setFuture(
        QtConcurrent::run([path = m_workspace.path(), today = m_workspace.today(),
                           password = m_workspace.connectionPassword(), programme = m_workspace.programme()] {
            return interntrack::compareYears(path, today, {}, password, programme);
        }));
}

void DashboardPage::fillComparison(QTableWidget* table, QLabel* note) const
{
    if (!m_years) {
        note->setText(m_years.error());
        table->hide();
        return;
    }
    const QList<YearFigures>& years = m_years.value();
    if (years.isEmpty()) {
        note->setText(m_comparing ? tr("Comparing the years…") : QString());
        table->hide();
        return;
    }
    const QLocale locale;
    struct Row
    {
        QString name;
        std::function<QString(const YearSummary&)> value;
    };
    const auto percent = [locale](int part, int whole) {
        return whole ? locale.toString(100.0 * part / whole, 'f', 0) + QStringLiteral(" %") : QStringLiteral("–");
    };
    const QList<Row> rows = {
        {tr("Students"), [locale](const YearSummary& s) { return locale.toString(s.students); }},
        {tr("Placed"),
         [locale, percent](const YearSummary& s) {
             return tr("%1 (%2)").arg(locale.toString(s.placed), percent(s.placed, s.students));
         }},
        {tr("Internships"), [locale](const YearSummary& s) { return locale.toString(s.internships); }},
        {tr("Open errors"),
         [locale](const YearSummary& s) { return locale.toString(s.findingsBySeverity.value(Severity::Error)); }},
        {tr("Deliverables owed"),
         [locale](const YearSummary& s) {
             int owed = 0;
             for (const int n : s.deliverablesOwed)
                 owed += n;
             return locale.toString(owed);
         }},
        {tr("Mean monthly gratification"),
         [locale](const YearSummary& s) {
             return s.internships ? locale.toCurrencyString(s.gratificationMeanMonthlyEur(), QStringLiteral("€"))
                                  : QStringLiteral("–");
         }},
    };
    table->clear();
    table->setRowCount(int(rows.size()));
    table->setColumnCount(int(years.size()));
    QStringList headers;
    for (const YearFigures& y : years)
        headers << (y.year == m_workspace.year() ? tr("%1 (shown)").arg(y.year.toString()) : y.year.toString());
    table->setHorizontalHeaderLabels(headers);
    QStringList rowNames;
    for (const Row& r : rows)
        rowNames << r.name;
    table->setVerticalHeaderLabels(rowNames);
    for (int c = 0; c < years.size(); ++c) {
        for (int r = 0; r < rows.size(); ++r) {
            auto* item = new QTableWidgetItem(rows.at(r).value(years.at(c).summary));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (years.at(c).year == m_workspace.year()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(r, c, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + int(rows.size()) * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth());
    table->show();
    QStringList asOf;
    for (const YearFigures& y : years) {
        if (y.asOf == y.year.last())
            asOf << tr("%1 as it ended").arg(y.year.toString());
    }
    note->setText(
        asOf.isEmpty()
            ? QString()
            : tr("Past years are counted as they stood on their last day: %1.").arg(asOf.join(QStringLiteral(", "))));
}

} // namespace interntrack

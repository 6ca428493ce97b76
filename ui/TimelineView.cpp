#include "TimelineView.h"

#include "Icons.h"
#include "ItemInfo.h"
#include "Workspace.h"
#include "calendar/Calendar.h"
#include "domain/ProfileLabels.h"
#include "rules/Format.h"

#include <QCollator>
#include <QDir>
#include <QEvent>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <numeric>

namespace interntrack {

namespace {

constexpr int kStates = 11;

/// The fill of a bar by state (a seminar, which has none, is the last entry). Light colours: the text on a bar
/// is dark. The state's icon at the bar's start says the same (colour is never alone).
const std::array<QColor, kStates + 1>& stateColours()
{
    static const std::array<QColor, kStates + 1> colours = {
        QColor(0xd5, 0xd5, 0xd5), // draft
        QColor(0xa9, 0xcd, 0xf0), // submitted
        QColor(0xf6, 0xd0, 0x8a), // changes requested
        QColor(0xb9, 0xe3, 0xb0), // approved
        QColor(0xc9, 0xb8, 0xec), // sent for signature
        QColor(0x8f, 0xd1, 0x9e), // signed
        QColor(0x7f, 0xb8, 0xea), // in progress
        QColor(0x6f, 0xc2, 0x8a), // completed
        QColor(0x4c, 0xaf, 0x6e), // validated
        QColor(0xef, 0x9a, 0x9a), // rejected
        QColor(0xe9, 0xe9, 0xe9), // cancelled
        QColor(0xb0, 0xbe, 0xc5), // seminar
    };
    return colours;
}

QColor stateColour(int state)
{
    return stateColours().at(state < 0 || state >= kStates ? kStates : state);
}

QString barKey(ItemKind kind, const QString& id)
{
    return QString::number(int(kind)) + QLatin1Char(':') + id;
}

/// Colours of one output: the widget's palette on screen, black on white on paper and in images.
struct Colours
{
    QColor base, alternate, window, text, mid, highlight;
    QColor period, holiday, holidayInPeriod, weekend, weekendInPeriod, laneLine, periodCell;
    QColor windowBand, holidayInWindow, weekendInWindow, windowCell; ///< the internship window's band
};

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

Colours coloursFor(const QPalette& palette, bool paper)
{
    Colours c;
    c.base = paper ? QColor(Qt::white) : palette.color(QPalette::Base);
    c.alternate = paper ? QColor(0xf6, 0xf6, 0xf6) : palette.color(QPalette::AlternateBase);
    c.window = paper ? QColor(0xee, 0xee, 0xee) : palette.color(QPalette::Window);
    c.text = paper ? QColor(Qt::black) : palette.color(QPalette::Text);
    c.mid = paper ? QColor(0xa0, 0xa0, 0xa0) : palette.color(QPalette::Mid);
    c.highlight = paper ? QColor(0x30, 0x60, 0xc0) : palette.color(QPalette::Highlight);
    // Opaque, mixed beforehand: translucent fills the height of the chart cost more than everything else
    const QColor tint(0x40, 0x80, 0xd0);
    const QColor grey(0x80, 0x80, 0x80);
    c.period = mix(c.base, tint, 0.11);
    c.holiday = mix(c.base, grey, 0.24);
    c.holidayInPeriod = mix(c.period, grey, 0.24);
    c.weekend = mix(c.base, grey, 0.09);
    c.weekendInPeriod = mix(c.period, grey, 0.09);
    c.laneLine = mix(c.base, c.mid, 0.35);
    c.periodCell = mix(c.window, tint, 0.3);
    const QColor green(0x40, 0xa0, 0x50);
    c.windowBand = mix(c.base, green, 0.12);
    c.holidayInWindow = mix(c.windowBand, grey, 0.24);
    c.weekendInWindow = mix(c.windowBand, grey, 0.09);
    c.windowCell = mix(c.base, green, 0.3);
    return c;
}

} // namespace

TimelineView::TimelineView(Workspace& workspace, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_rebuildTimer = new QTimer(this);
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &TimelineView::rebuild);
    // Hidden (another tab in front), the view only notes that it is out of date: a large year is laid out when
    // the timeline is shown, not while the window opens.
    connect(&m_workspace, &Workspace::yearLoaded, this, [this] { isVisible() ? rebuild() : void(m_stale = true); });
    const auto later = [this] { isVisible() ? m_rebuildTimer->start() : void(m_stale = true); };
    connect(&m_workspace, &Workspace::databaseChanged, this, later);
    connect(&m_workspace, &Workspace::itemChanged, this, later);
    connect(&m_workspace, &Workspace::findingsChanged, this, later);
    connect(&m_workspace, &Workspace::rulesChanged, this, later);

    layoutGeometry();
    rebuild();
}

// --- data ---------------------------------------------------------------------------------------------------------

void TimelineView::layoutGeometry()
{
    const QFontMetrics fm(font());
    const int h = fm.height();
    m_rowHeight = h + 8;
    m_laneGap = 4;
    m_headerHeight = 3 * (h + 6); // months, days, teaching periods
    m_iconSize = std::max(12, h - 2);
    m_labelWidth = std::max(150, fm.averageCharWidth() * 24);
    buildPixmaps();
}

void TimelineView::buildPixmaps()
{
    const qreal dpr = devicePixelRatioF();
    const QSize size(m_iconSize, m_iconSize);
    for (int s = 0; s < kStates; ++s) {
        m_statePixmaps[s] = Icons::state(static_cast<WorkflowState>(s)).pixmap(size, dpr);
    }
    for (int s = 0; s < 3; ++s)
        m_severityPixmaps[s] = Icons::severity(static_cast<Severity>(s)).pixmap(size, dpr);
}

void TimelineView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_stale)
        rebuild();
}

void TimelineView::rebuild()
{
    m_rebuildTimer->stop();
    m_stale = false;
    const Cohort& cohort = m_workspace.cohort();
    const CheckResult& check = m_workspace.checkResult();
    m_bars.clear();
    m_lanes.clear();
    m_absences.clear();
    m_holidays.clear();
    m_monthStarts.clear();
    m_monthNames.clear();
    m_periods.clear();
    m_barOf.clear();

    const AcademicYear year = cohort.year().isValid() ? cohort.year() : AcademicYear::containing(m_workspace.today());
    m_first = year.first();
    m_last = year.last();
    // Widened to the items outside the year (an internship of the previous summer), a year at most each way.
    const QDate earliest = m_first.addYears(-1);
    const QDate latest = m_last.addYears(1);
    const auto widen = [&](QDate start, QDate end) {
        if (start.isValid() && start < m_first && start >= earliest)
            m_first = start;
        if (end.isValid() && end > m_last && end <= latest)
            m_last = end;
    };
    for (const Internship& i : cohort.internships)
        widen(i.start, i.end);
    for (const Ter& t : cohort.ters)
        widen(t.start, t.end);
    for (const SummerSchool& s : cohort.summerSchools)
        widen(s.start, s.end);
    for (const Seminar& s : cohort.seminars)
        widen(s.date, s.date);
    // and to the rule set's calendar: a deadline or an internship window after 31 August (Imperial: 15 September)
    const RuleSet& rules = cohort.rules;
    for (const Period& p : rules.teachingPeriods)
        widen(p.start, p.end);
    widen(rules.deadline, rules.deadline);
    if (rules.hasInternshipWindow())
        widen(rules.internshipWindowStart, rules.internshipWindowEnd);
    m_first = QDate(m_first.year(), m_first.month(), 1);
    m_last = QDate(m_last.year(), m_last.month(), m_last.daysInMonth());
    m_days = int(m_first.daysTo(m_last)) + 1;

    // The calendar
    const QLocale locale;
    for (QDate d = m_first; d <= m_last; d = d.addMonths(1)) {
        m_monthStarts.push_back(dayOf(d));
        m_monthNames.append(locale.standaloneMonthName(d.month(), QLocale::ShortFormat));
    }
    m_monthStarts.push_back(m_days);
    for (int y = m_first.year(); y <= m_last.year(); ++y) {
        for (const QDate& d : publicHolidays(y, cohort.rules)) {
            if (d >= m_first && d <= m_last)
                m_holidays.push_back(dayOf(d));
        }
    }
    for (const Period& p : cohort.rules.teachingPeriods) {
        if (p.start.isValid() && p.end.isValid())
            m_periods.push_back({p.name, dayOf(p.start), dayOf(p.end)});
    }
    m_deadlineDay = cohort.rules.deadline.isValid() ? dayOf(cohort.rules.deadline) : -1;
    m_window = Band{QString(), -1, -1};
    if (rules.hasInternshipWindow() && rules.internshipWindowStart <= rules.internshipWindowEnd) {
        // Named after what the programme calls the activity: "Individual project or internship" at Imperial.
        using Activity = ProfileLabels::Activity;
        m_window.name = ProfileLabels::hasLabel(rules, Activity::Internship)
                            ? tr("%1 window").arg(ProfileLabels::singular(rules, Activity::Internship))
                            : tr("Internship window");
        m_window.startDay = std::clamp(dayOf(rules.internshipWindowStart), 0, m_days - 1);
        m_window.endDay = std::clamp(dayOf(rules.internshipWindowEnd), m_window.startDay, m_days - 1);
    }
    m_todayDay = dayOf(m_workspace.today());

    // The worst open finding of each item (and of each student, for the student-level rules).
    QHash<QString, int> worst;
    for (const Finding& f : check.findings) {
        if (f.overridden)
            continue;
        int& w = worst[f.subject];
        w = std::max(w, int(f.severity) + 1);
    }
    const auto severityOf = [&](const QString& id) { return worst.value(id, 0) - 1; };

    // One lane per student, by name
    std::vector<int> order(cohort.students.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = collator.compare(cohort.students.at(a).name, cohort.students.at(b).name);
        return c != 0 ? c < 0 : cohort.students.at(a).id < cohort.students.at(b).id;
    });
    QHash<QString, int> laneOf;
    laneOf.reserve(qsizetype(order.size()));
    m_lanes.resize(order.size());
    for (size_t l = 0; l < order.size(); ++l) {
        const Student& s = cohort.students.at(order[l]);
        m_lanes[l].studentId = s.id;
        m_lanes[l].name = s.name.isEmpty() ? s.id : s.name;
        m_lanes[l].severity = severityOf(s.id);
        laneOf.insert(s.id, int(l));
    }

    std::vector<std::vector<Bar>> perLane(m_lanes.size());
    const auto add = [&](const QString& studentId, Bar bar, QDate start, QDate end) {
        const auto lane = laneOf.constFind(studentId);
        if (lane == laneOf.cend() || !start.isValid() || !end.isValid() || end < start)
            return;
        bar.lane = *lane;
        bar.startDay = std::clamp(dayOf(start), 0, m_days - 1);
        bar.endDay = std::clamp(dayOf(end), bar.startDay, m_days - 1);
        bar.countedDay = std::clamp(bar.countedDay, bar.startDay, bar.endDay + 1);
        perLane[*lane].push_back(std::move(bar));
    };
    for (const Internship& i : cohort.internships) {
        Bar bar;
        bar.kind = ItemKind::Internship;
        bar.id = i.id;
        bar.label = i.host.name.isEmpty() ? i.subject : i.host.name;
        bar.state = int(i.state);
        bar.severity = severityOf(i.id);
        const auto figures = check.internships.constFind(i.id);
        const QDate counted = figures != check.internships.cend() ? figures->days.countedStart : QDate();
        bar.countedDay = counted.isValid() && counted > i.start ? dayOf(counted) : dayOf(i.start);
        bar.absFirst = int(m_absences.size());
        for (const QDate& a : i.absences) {
            if (a >= i.start && a <= i.end && a >= m_first && a <= m_last)
                m_absences.push_back(dayOf(a));
        }
        bar.absCount = int(m_absences.size()) - bar.absFirst;
        add(i.studentId, std::move(bar), i.start, i.end);
    }
    for (const Ter& t : cohort.ters) {
        Bar bar;
        bar.kind = ItemKind::Ter;
        bar.id = t.id;
        bar.label = ProfileLabels::hasLabel(rules, ProfileLabels::Activity::Ter)
                        ? tr("%1: %2").arg(ProfileLabels::singular(rules, ProfileLabels::Activity::Ter), t.subject)
                        : tr("TER: %1").arg(t.subject);
        bar.state = int(t.state);
        bar.severity = severityOf(t.id);
        bar.countedDay = dayOf(t.start);
        bar.absFirst = int(m_absences.size());
        for (const QString& s : t.studentIds)
            add(s, bar, t.start, t.end);
    }
    for (const SummerSchool& s : cohort.summerSchools) {
        Bar bar;
        bar.kind = ItemKind::SummerSchool;
        bar.id = s.id;
        bar.label = s.name;
        bar.state = int(s.state);
        bar.severity = severityOf(s.id);
        bar.countedDay = dayOf(s.start);
        bar.absFirst = int(m_absences.size());
        add(s.studentId, std::move(bar), s.start, s.end);
    }
    for (const Seminar& s : cohort.seminars) {
        Bar bar;
        bar.kind = ItemKind::Seminar;
        bar.id = s.id;
        bar.label = s.title;
        bar.state = -1;
        bar.severity = severityOf(s.id);
        bar.countedDay = dayOf(s.date);
        bar.absFirst = int(m_absences.size());
        add(s.studentId, std::move(bar), s.date, s.date);
    }

    // Rows within a lane: the items that overlap go one under the other. Seminars are one day but drawn a few
    // pixels wide: they take a row of their own.
    int top = 0;
    std::vector<int> rowEnds;
    const QFontMetrics fm(font());
    for (size_t l = 0; l < m_lanes.size(); ++l) {
        std::vector<Bar>& bars = perLane[l];
        std::stable_sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) {
            if ((a.kind == ItemKind::Seminar) != (b.kind == ItemKind::Seminar))
                return b.kind == ItemKind::Seminar;
            return a.startDay < b.startDay;
        });
        rowEnds.clear();
        int seminarRow = -1;
        for (Bar& bar : bars) {
            if (bar.kind == ItemKind::Seminar) {
                if (seminarRow < 0) {
                    seminarRow = int(rowEnds.size());
                    rowEnds.push_back(m_days);
                }
                bar.row = seminarRow;
                continue;
            }
            int row = 0;
            while (row < int(rowEnds.size()) && rowEnds[row] >= bar.startDay)
                ++row;
            if (row == int(rowEnds.size()))
                rowEnds.push_back(bar.endDay);
            else
                rowEnds[row] = bar.endDay;
            bar.row = row;
        }
        Lane& lane = m_lanes[l];
        lane.top = top;
        lane.height = std::max<int>(1, int(rowEnds.size())) * m_rowHeight + m_laneGap;
        lane.firstBar = int(m_bars.size());
        lane.barCount = int(bars.size());
        top += lane.height;
        for (Bar& bar : bars) {
            bar.labelWidth = fm.horizontalAdvance(bar.label);
            m_bars.push_back(std::move(bar));
        }
    }
    // A group TER: barRect() and selection name the first student's bar.
    for (int b = int(m_bars.size()) - 1; b >= 0; --b)
        m_barOf.insert(barKey(m_bars[b].kind, m_bars[b].id), b);
    m_totalHeight = top;

    m_selectedBar = m_selectedId.isEmpty() ? -1 : m_barOf.value(barKey(m_selectedKind, m_selectedId), -1);
    m_pxPerDay = pxPerDayFor(m_zoom, viewport()->width() - m_labelWidth);
    updateScrollBars();
    viewport()->update();
}

// --- geometry -----------------------------------------------------------------------------------------------------

double TimelineView::pxPerDayFor(Zoom zoom, int chartWidth) const
{
    const double width = std::max(200, chartWidth);
    switch (zoom) {
    case Zoom::Year:
        return std::max(0.5, width / m_days);
    case Zoom::Term:
        return std::max(2.0, width / 122.0);
    case Zoom::Month:
        return std::max(8.0, width / 31.0);
    }
    return 1.0;
}

void TimelineView::updateScrollBars()
{
    const int chartWidth = std::max(0, viewport()->width() - m_labelWidth);
    const int contentWidth = int(std::lround(m_days * m_pxPerDay));
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - chartWidth));
    horizontalScrollBar()->setPageStep(std::max(1, chartWidth));
    horizontalScrollBar()->setSingleStep(std::max(1, int(std::lround(7 * m_pxPerDay))));
    const int chartHeight = std::max(0, viewport()->height() - m_headerHeight);
    verticalScrollBar()->setRange(0, std::max(0, m_totalHeight - chartHeight));
    verticalScrollBar()->setPageStep(std::max(1, chartHeight));
    verticalScrollBar()->setSingleStep(m_rowHeight);
}

TimelineView::Frame TimelineView::viewportFrame() const
{
    Frame f;
    f.pxPerDay = m_pxPerDay;
    f.x0 = m_labelWidth - horizontalScrollBar()->value();
    f.laneY0 = m_headerHeight - verticalScrollBar()->value();
    f.area = viewport()->rect();
    // The visible lanes only
    const auto firstVisible = std::upper_bound(m_lanes.begin(), m_lanes.end(), m_headerHeight - f.laneY0,
                                               [](int y, const Lane& lane) { return y < lane.top + lane.height; });
    f.firstLane = int(firstVisible - m_lanes.begin());
    const auto endVisible = std::upper_bound(m_lanes.begin(), m_lanes.end(), f.area.bottom() - f.laneY0,
                                             [](int y, const Lane& lane) { return y < lane.top; });
    f.endLane = std::max(f.firstLane, int(endVisible - m_lanes.begin()));
    return f;
}

int TimelineView::xForDate(QDate date) const
{
    return xOf(viewportFrame(), dayOf(date));
}

QDate TimelineView::dateAtX(int x) const
{
    // The inverse of xOf(), which rounds: the column of a day starts at most half a pixel before its exact x.
    const int day = int(std::floor((x - (m_labelWidth - horizontalScrollBar()->value()) + 0.5) / m_pxPerDay));
    return m_first.addDays(std::clamp(day, 0, m_days - 1));
}

QRect TimelineView::laneRect(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return {};
    const int y = m_headerHeight - verticalScrollBar()->value() + m_lanes[lane].top;
    return QRect(0, y, viewport()->width(), m_lanes[lane].height);
}

int TimelineView::laneAt(int y) const
{
    if (y < m_headerHeight)
        return -1;
    const int contentY = y - m_headerHeight + verticalScrollBar()->value();
    const auto it = std::upper_bound(m_lanes.begin(), m_lanes.end(), contentY,
                                     [](int v, const Lane& lane) { return v < lane.top + lane.height; });
    return it == m_lanes.end() || contentY < it->top ? -1 : int(it - m_lanes.begin());
}

QString TimelineView::laneStudent(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes[lane].studentId : QString();
}

QRectF TimelineView::barRectOf(const Frame& f, const Bar& bar) const
{
    const int x1 = xOf(f, bar.startDay);
    const int x2 = xOf(f, bar.endDay + 1);
    const int y = f.laneY0 + m_lanes[bar.lane].top + m_laneGap / 2 + bar.row * m_rowHeight + 2;
    return QRectF(x1, y, x2 - x1, m_rowHeight - 4);
}

QRectF TimelineView::barRect(ItemKind kind, const QString& id) const
{
    const int b = m_barOf.value(barKey(kind, id), -1);
    return b < 0 ? QRectF() : barRectOf(viewportFrame(), m_bars[b]);
}

int TimelineView::barAt(const QPoint& pos) const
{
    const int lane = laneAt(pos.y());
    if (lane < 0 || pos.x() < m_labelWidth)
        return -1;
    const Frame f = viewportFrame();
    const Lane& l = m_lanes[lane];
    for (int b = l.firstBar; b < l.firstBar + l.barCount; ++b) {
        QRectF r = barRectOf(f, m_bars[b]);
        if (r.width() < 8) // a seminar, or any bar at a small zoom: easier to hit
            r.adjust(-(8 - r.width()) / 2, 0, (8 - r.width()) / 2, 0);
        if (r.contains(pos))
            return b;
    }
    return -1;
}

// --- zoom, scrolling, selection -----------------------------------------------------------------------------------

void TimelineView::setZoom(Zoom zoom)
{
    const int chartWidth = std::max(1, viewport()->width() - m_labelWidth);
    double centreDay;
    if (m_selectedBar >= 0)
        centreDay = (m_bars[m_selectedBar].startDay + m_bars[m_selectedBar].endDay + 1) / 2.0;
    else
        centreDay = (horizontalScrollBar()->value() + chartWidth / 2.0) / m_pxPerDay;
    const bool changed = zoom != m_zoom;
    m_zoom = zoom;
    m_pxPerDay = pxPerDayFor(zoom, chartWidth);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(centreDay * m_pxPerDay - chartWidth / 2.0)));
    if (m_selectedBar >= 0)
        ensureBarVisible(m_selectedBar, false); // centred across above; brought into sight down
    viewport()->update();
    if (changed)
        emit zoomChanged(zoom);
}

void TimelineView::scrollToDate(QDate date)
{
    const int chartWidth = std::max(1, viewport()->width() - m_labelWidth);
    horizontalScrollBar()->setValue(int(std::lround((dayOf(date) + 0.5) * m_pxPerDay - chartWidth / 2.0)));
}

void TimelineView::showToday()
{
    scrollToDate(m_workspace.today());
}

void TimelineView::ensureBarVisible(int b, bool horizontal)
{
    const Bar& bar = m_bars[b];
    const int chartWidth = std::max(1, viewport()->width() - m_labelWidth);
    const int chartHeight = std::max(1, viewport()->height() - m_headerHeight);
    const int left = int(std::lround(bar.startDay * m_pxPerDay));
    const int right = int(std::lround((bar.endDay + 1) * m_pxPerDay));
    QScrollBar* h = horizontalScrollBar();
    if (horizontal && (left < h->value() || right > h->value() + chartWidth)) {
        if (right - left > chartWidth)
            h->setValue(left - m_iconSize);
        else
            h->setValue((left + right) / 2 - chartWidth / 2);
    }
    const Lane& lane = m_lanes[bar.lane];
    const int top = lane.top + m_laneGap / 2 + bar.row * m_rowHeight;
    QScrollBar* v = verticalScrollBar();
    if (top < v->value() || top + m_rowHeight > v->value() + chartHeight)
        v->setValue(top + m_rowHeight / 2 - chartHeight / 2);
}

void TimelineView::select(int b)
{
    m_selectedBar = b;
    if (b >= 0) {
        m_selectedKind = m_bars[b].kind;
        m_selectedId = m_bars[b].id;
    }
    viewport()->update();
}

bool TimelineView::selectItem(ItemKind kind, const QString& id)
{
    m_selectedKind = kind;
    m_selectedId = id;
    const int b = m_barOf.value(barKey(kind, id), -1);
    select(b);
    if (b >= 0) {
        ensureBarVisible(b, true);
        return true;
    }
    if (kind == ItemKind::Student) {
        for (int lane = 0; lane < laneCount(); ++lane) {
            if (m_lanes[lane].studentId == id) {
                const int chartHeight = std::max(1, viewport()->height() - m_headerHeight);
                QScrollBar* v = verticalScrollBar();
                const Lane& l = m_lanes[lane];
                if (l.top < v->value() || l.top + l.height > v->value() + chartHeight)
                    v->setValue(l.top + l.height / 2 - chartHeight / 2);
                return true;
            }
        }
    }
    return false;
}

// --- painting -----------------------------------------------------------------------------------------------------

void TimelineView::paintFrame(QPainter& p, const Frame& f) const
{
    const Colours c = coloursFor(palette(), !f.selection);
    const QFontMetrics fm(p.font());
    const QRect area = f.area;
    const int chartLeft = area.left() + m_labelWidth;
    const int chartTop = area.top() + m_headerHeight;
    const QRect chart(chartLeft, chartTop, std::max(0, area.right() - chartLeft + 1),
                      std::max(0, area.bottom() - chartTop + 1));
    p.fillRect(area, c.base);

    // The days in sight
    const int d0 = std::clamp(int(std::floor((chartLeft - f.x0) / f.pxPerDay)) - 1, 0, m_days - 1);
    const int d1 = std::clamp(int(std::ceil((area.right() - f.x0) / f.pxPerDay)) + 1, 0, m_days - 1);
    const auto columnX = [&](int day) { return xOf(f, day); };

    p.save();
    p.setClipRect(chart);
    // The internship window, teaching periods, public holidays, month boundaries
    const bool hasWindow = m_window.startDay >= 0;
    if (hasWindow && m_window.endDay >= d0 && m_window.startDay <= d1) {
        const int x1 = columnX(m_window.startDay);
        p.fillRect(QRect(x1, chartTop, columnX(m_window.endDay + 1) - x1, chart.height()), c.windowBand);
    }
    const auto inWindow = [this, hasWindow](int day) {
        return hasWindow && day >= m_window.startDay && day <= m_window.endDay;
    };
    for (const Band& band : m_periods) {
        if (band.endDay < d0 || band.startDay > d1)
            continue;
        const int x1 = columnX(band.startDay);
        p.fillRect(QRect(x1, chartTop, columnX(band.endDay + 1) - x1, chart.height()), c.period);
    }
    const auto inPeriod = [this](int day) {
        return std::any_of(m_periods.begin(), m_periods.end(),
                           [day](const Band& b) { return day >= b.startDay && day <= b.endDay; });
    };
    if (f.pxPerDay >= 6) { // weekends, when a day is wide enough to see them
        const qint64 firstJd = m_first.toJulianDay();
        for (int day = d0; day <= d1; ++day) {
            if ((firstJd + day) % 7 >= 5) // Julian day 0 was a Monday
                p.fillRect(QRect(columnX(day), chartTop, columnX(day + 1) - columnX(day), chart.height()),
                           inPeriod(day)   ? c.weekendInPeriod
                           : inWindow(day) ? c.weekendInWindow
                                           : c.weekend);
        }
    }
    for (int day : m_holidays) {
        if (day < d0 || day > d1)
            continue;
        const int x1 = columnX(day);
        p.fillRect(QRect(x1, chartTop, std::max(2, columnX(day + 1) - x1), chart.height()),
                   inPeriod(day)   ? c.holidayInPeriod
                   : inWindow(day) ? c.holidayInWindow
                                   : c.holiday);
    }
    p.setPen(c.laneLine);
    for (int l = f.firstLane; l < f.endLane; ++l) {
        const int y = f.laneY0 + m_lanes[l].top + m_lanes[l].height - 1;
        p.drawLine(chartLeft, y, chart.right(), y);
    }
    p.setPen(QPen(c.mid, 0, Qt::DotLine));
    for (size_t m = 0; m + 1 < m_monthStarts.size(); ++m) {
        const int x = columnX(m_monthStarts[m]);
        p.drawLine(x, chartTop, x, chart.bottom());
    }

    // Bars
    const int pad = 2;
    for (int l = f.firstLane; l < f.endLane; ++l) {
        const Lane& lane = m_lanes[l];
        for (int b = lane.firstBar; b < lane.firstBar + lane.barCount; ++b) {
            const Bar& bar = m_bars[b];
            if (bar.endDay < d0 || bar.startDay > d1)
                continue;
            const QRectF exact = barRectOf(f, bar);
            QRectF r = exact;
            if (r.width() < 6)
                r.adjust(-(6 - r.width()) / 2, 0, (6 - r.width()) / 2, 0);
            const QColor fill = stateColour(bar.state);
            p.fillRect(r, fill);
            // The days that do not count: before the last signature, absences
            const QBrush hatch(fill.darker(190), Qt::BDiagPattern);
            if (bar.countedDay > bar.startDay) {
                const QRectF lost(exact.left(), r.top(), columnX(bar.countedDay) - exact.left(), r.height());
                p.fillRect(lost, c.base);
                p.fillRect(lost, hatch);
            }
            for (int a = bar.absFirst; a < bar.absFirst + bar.absCount; ++a) {
                const int x1 = columnX(m_absences[a]);
                const QRectF day(x1, r.top(), std::max(2, columnX(m_absences[a] + 1) - x1), r.height());
                p.fillRect(day, c.base);
                p.fillRect(day, hatch);
            }
            const bool selected =
                f.selection && !m_selectedId.isEmpty() && bar.kind == m_selectedKind && bar.id == m_selectedId;
            if (selected) {
                p.setPen(QPen(c.highlight, 3));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(-1, -1, 1, 1));
            } else {
                p.setPen(QPen(fill.darker(bar.state == int(WorkflowState::Cancelled) ? 130 : 160), 1,
                              bar.state == int(WorkflowState::Cancelled) ? Qt::DashLine : Qt::SolidLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
            }
            // Icons: the state at the start, the worst open finding after it (outside a bar too narrow)
            const int iconY = int(r.top() + (r.height() - m_iconSize) / 2);
            // They stay in sight when the bar starts to the left of the viewport
            const double visibleLeft = std::max(r.left(), double(chartLeft));
            const double visibleWidth = r.right() - visibleLeft;
            int x = int(visibleLeft) + pad;
            const bool roomy = visibleWidth >= 2 * m_iconSize + 3 * pad;
            if (bar.state >= 0 && visibleWidth >= m_iconSize + 2 * pad) {
                p.drawPixmap(x, iconY, m_iconSize, m_iconSize, m_statePixmaps[bar.state]);
                x += m_iconSize + pad;
            }
            if (bar.severity >= 0) {
                if ((!roomy && bar.state >= 0) || visibleWidth < m_iconSize + 2 * pad)
                    x = int(r.right()) + pad;
                p.drawPixmap(x, iconY, m_iconSize, m_iconSize, m_severityPixmaps[bar.severity]);
                x += m_iconSize + pad;
            }
            const int textRoom = int(r.right()) - pad - x;
            if (textRoom > fm.averageCharWidth() * 3 && x < r.right()) {
                // drawText() at a point lays out less than in a rectangle; clipped only when it would overflow
                p.setPen(Qt::black);
                const QPointF baseline(x, r.top() + (r.height() - fm.height()) / 2 + fm.ascent());
                if (bar.labelWidth <= textRoom) {
                    p.drawText(baseline, bar.label);
                } else {
                    p.save();
                    p.setClipRect(QRectF(x, r.top(), textRoom, r.height()), Qt::IntersectClip);
                    p.drawText(baseline, bar.label);
                    p.restore();
                }
            }
        }
    }
    // The deadline and today
    if (m_deadlineDay >= d0 && m_deadlineDay <= d1) {
        const int x = columnX(m_deadlineDay + 1);
        p.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2));
        p.drawLine(x, chartTop, x, chart.bottom());
    }
    if (m_todayDay >= d0 && m_todayDay <= d1) {
        const int x = (columnX(m_todayDay) + columnX(m_todayDay + 1)) / 2;
        p.setPen(QPen(QColor(0x20, 0x60, 0xe0), 2, Qt::DashLine));
        p.drawLine(x, chartTop, x, chart.bottom());
    }
    p.restore();

    // The header: months, days, then the teaching periods
    const int rowH = m_headerHeight / 3;
    const QRect header(chartLeft, area.top(), chart.width(), m_headerHeight);
    p.fillRect(QRect(area.left(), area.top(), area.width(), m_headerHeight), c.window);
    p.save();
    p.setClipRect(header);
    p.setPen(c.text);
    for (size_t m = 0; m + 1 < m_monthStarts.size(); ++m) {
        if (m_monthStarts[m + 1] <= d0 || m_monthStarts[m] > d1)
            continue;
        const int x1 = columnX(m_monthStarts[m]);
        const int x2 = columnX(m_monthStarts[m + 1]);
        p.setPen(c.mid);
        p.drawLine(x1, area.top(), x1, area.top() + m_headerHeight);
        p.setPen(c.text);
        const QDate first = m_first.addDays(m_monthStarts[m]);
        const QString& name = m_monthNames.at(int(m));
        // The year with January and September, or with every month when there is room
        const bool withYear = first.month() == 1 || m == 0 || x2 - x1 > fm.averageCharWidth() * 12;
        const int left = std::max(x1, chartLeft); // the name stays in sight
        const QRect cell(left + 3, area.top(), x2 - left - 6, rowH);
        if (withYear && x2 - x1 > fm.averageCharWidth() * 9)
            p.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, name + QLatin1Char(' ') + QString::number(first.year()));
        else
            p.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, name);
    }
    // Day numbers: every day when there is room, else Mondays
    const int numberWidth = fm.horizontalAdvance(QStringLiteral("30")) + 6;
    const int dayStep = f.pxPerDay >= numberWidth ? 1 : 7 * f.pxPerDay >= numberWidth ? 7 : 0;
    if (dayStep > 0) {
        const qint64 firstJd = m_first.toJulianDay();
        p.setPen(c.text);
        for (int day = d0; day <= d1; ++day) {
            if (dayStep == 7 && (firstJd + day) % 7 != 0)
                continue;
            const int x1 = columnX(day);
            const QRect cell(x1, area.top() + rowH, std::max(numberWidth, columnX(day + 1) - x1), rowH);
            p.drawText(cell, int((dayStep == 1 ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter),
                       QString::number(m_first.addDays(day).day()));
        }
    }
    // The internship window in the periods' row (under them where they overlap: they are drawn after it)
    if (hasWindow && m_window.endDay >= d0 && m_window.startDay <= d1) {
        const int x1 = columnX(m_window.startDay);
        const int x2 = columnX(m_window.endDay + 1);
        const QRect cell(x1, area.top() + 2 * rowH + 2, x2 - x1, rowH - 4);
        p.fillRect(cell, c.windowCell);
        p.setPen(c.text);
        const QRect visible = cell.intersected(header); // the name stays in sight
        p.drawText(visible, Qt::AlignCenter, fm.elidedText(m_window.name, Qt::ElideRight, visible.width() - 4));
    }
    for (const Band& band : m_periods) {
        if (band.endDay < d0 || band.startDay > d1)
            continue;
        const int x1 = columnX(band.startDay);
        const int x2 = columnX(band.endDay + 1);
        const QRect cell(x1, area.top() + 2 * rowH + 2, x2 - x1, rowH - 4);
        p.fillRect(cell, c.periodCell);
        p.setPen(c.text);
        p.drawText(cell.intersected(header), Qt::AlignCenter, band.name); // the name stays in sight
    }
    if (m_deadlineDay >= d0 && m_deadlineDay <= d1) {
        const int x = columnX(m_deadlineDay + 1);
        p.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2));
        p.drawLine(x, area.top() + 2 * rowH, x, area.top() + m_headerHeight);
    }
    if (m_todayDay >= d0 && m_todayDay <= d1) {
        const int x = (columnX(m_todayDay) + columnX(m_todayDay + 1)) / 2;
        p.setPen(QPen(QColor(0x20, 0x60, 0xe0), 2));
        p.drawLine(x, area.top() + 2 * rowH, x, area.top() + m_headerHeight);
    }
    p.restore();
    p.setPen(c.mid);
    p.drawLine(area.left(), chartTop - 1, area.right(), chartTop - 1);

    // The names
    const QRect names(area.left(), chartTop, m_labelWidth, chart.height());
    p.fillRect(names, c.window);
    p.save();
    p.setClipRect(names);
    for (int l = f.firstLane; l < f.endLane; ++l) {
        const Lane& lane = m_lanes[l];
        const int y = f.laneY0 + lane.top;
        const bool selected = f.selection && m_selectedKind == ItemKind::Student && m_selectedId == lane.studentId;
        if (selected)
            p.fillRect(QRect(area.left(), y, m_labelWidth, lane.height), c.highlight.lighter(170));
        int x = area.left() + 4;
        const int rowTop = y + m_laneGap / 2;
        if (lane.severity >= 0)
            p.drawPixmap(x, rowTop + (m_rowHeight - m_iconSize) / 2, m_iconSize, m_iconSize,
                         m_severityPixmaps[lane.severity]);
        x += m_iconSize + 4;
        p.setPen(c.text);
        const int baseline = rowTop + (m_rowHeight - fm.height()) / 2 + fm.ascent(); // whole pixels, as before
        p.drawText(QPointF(x, baseline), lane.name);
        p.setPen(c.mid);
        p.drawLine(area.left(), y + lane.height - 1, area.left() + m_labelWidth, y + lane.height - 1);
    }
    p.restore();
    p.setPen(c.mid);
    p.drawLine(chartLeft - 1, area.top(), chartLeft - 1, area.bottom());
    // The corner: the year
    p.setPen(c.text);
    p.drawText(QRect(area.left() + 4, area.top(), m_labelWidth - 8, m_headerHeight), Qt::AlignCenter,
               m_workspace.cohort().year().isValid() ? m_workspace.cohort().year().toString() : QString());
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    p.setFont(font());
    paintFrame(p, viewportFrame());
}

void TimelineView::render(QPainter* painter, const QRect& target, int firstLane, int count) const
{
    firstLane = std::clamp(firstLane, 0, laneCount());
    if (count < 0 || firstLane + count > laneCount())
        count = laneCount() - firstLane;
    painter->save();
    const double scale = painter->device() ? painter->device()->logicalDpiX() / 96.0 : 1.0;
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->setClipRect(QRectF(0, 0, target.width() / scale, target.height() / scale));
    QFont font = this->font();
    font.setPixelSize(QFontInfo(this->font()).pixelSize());
    painter->setFont(font);
    Frame f;
    f.selection = false;
    f.area = QRect(0, 0, int(target.width() / scale), int(target.height() / scale));
    f.pxPerDay = std::max(0.1, double(f.area.width() - m_labelWidth) / m_days);
    f.x0 = m_labelWidth;
    f.laneY0 = m_headerHeight - (firstLane < laneCount() ? m_lanes[firstLane].top : 0);
    f.firstLane = firstLane;
    f.endLane = firstLane + count;
    paintFrame(*painter, f);
    painter->restore();
}

int TimelineView::renderHeight(int firstLane, int count) const
{
    firstLane = std::clamp(firstLane, 0, laneCount());
    if (count < 0 || firstLane + count > laneCount())
        count = laneCount() - firstLane;
    if (count == 0)
        return m_headerHeight;
    const Lane& last = m_lanes[firstLane + count - 1];
    return m_headerHeight + last.top + last.height - m_lanes[firstLane].top;
}

QImage TimelineView::toImage(int width) const
{
    const int height = renderHeight();
    if (width <= m_labelWidth || height > 32000 || qint64(width) * height > 120'000'000)
        return {};
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    render(&p, image.rect());
    return image;
}

Status TimelineView::exportPng(const QString& path, int width) const
{
    const QImage image = toImage(width);
    if (image.isNull())
        return Status::failure(tr("The timeline of %n students is too tall for one image: export it as PDF, which "
                                  "spreads the students over pages.",
                                  "", laneCount()));
    if (!image.save(path, "PNG"))
        return Status::failure(tr("The image could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status TimelineView::exportPdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("InternTrack"));
    writer.setTitle(tr("Timeline %1").arg(m_workspace.cohort().year().toString()));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    if (Status s = paintPages(&writer); !s)
        return Status::failure(
            tr("The PDF could not be written to %1: %2").arg(QDir::toNativeSeparators(path), s.error()));
    return {};
}

Status TimelineView::paintPages(QPagedPaintDevice* device) const
{
    QPainter p;
    if (!p.begin(device))
        return Status::failure(tr("The pages could not be started (the file or the printer refused them)."));
    const double scale = device->logicalDpiX() / 96.0;
    // Sized in pixels of 1/96 inch, like everything drawn under the scale (a size in points would grow twice)
    QFont pixelFont = font();
    pixelFont.setPixelSize(QFontInfo(font()).pixelSize());
    const QFontMetrics fm(pixelFont);
    const int footer = fm.height() + 6;
    const int pageHeight = int(device->height() / scale);
    const int room = std::max(m_rowHeight, pageHeight - m_headerHeight - footer);

    // Lanes per page: as many as fit (at least one)
    std::vector<std::pair<int, int>> pages;
    for (int first = 0; first < laneCount() || pages.empty();) {
        int count = 0;
        int used = 0;
        while (first + count < laneCount() && (count == 0 || used + m_lanes[first + count].height <= room))
            used += m_lanes[first + count++].height;
        pages.emplace_back(first, count);
        first += count;
        if (count == 0)
            break;
    }
    const QString year = m_workspace.cohort().year().toString();
    for (size_t page = 0; page < pages.size(); ++page) {
        if (page > 0 && !device->newPage())
            return Status::failure(tr("A new page could not be started."));
        const auto [first, count] = pages[page];
        const int height = int(renderHeight(first, count) * scale);
        render(&p, QRect(0, 0, device->width(), std::min(height, device->height())), first, count);
        p.save();
        p.scale(scale, scale);
        p.setFont(pixelFont);
        p.setPen(Qt::black);
        p.drawText(QRect(0, pageHeight - footer, int(device->width() / scale), footer),
                   Qt::AlignRight | Qt::AlignBottom,
                   tr("InternTrack timeline %1 — page %2 of %3").arg(year).arg(page + 1).arg(pages.size()));
        p.restore();
    }
    if (!p.end())
        return Status::failure(tr("The pages could not be finished."));
    return {};
}

// --- events -------------------------------------------------------------------------------------------------------

void TimelineView::resizeEvent(QResizeEvent* event)
{
    const int oldChart = std::max(1, event->oldSize().width() - m_labelWidth);
    const double centreDay = (horizontalScrollBar()->value() + oldChart / 2.0) / m_pxPerDay;
    QAbstractScrollArea::resizeEvent(event);
    const int chartWidth = std::max(1, viewport()->width() - m_labelWidth);
    m_pxPerDay = pxPerDayFor(m_zoom, chartWidth);
    updateScrollBars();
    if (m_zoom != Zoom::Year)
        horizontalScrollBar()->setValue(int(std::lround(centreDay * m_pxPerDay - chartWidth / 2.0)));
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

QString TimelineView::barToolTip(const Bar& bar) const
{
    QStringList lines;
    lines.append(ItemInfo::describe(m_workspace, bar.kind, bar.id));
    const QDate start = m_first.addDays(bar.startDay);
    const QDate end = m_first.addDays(bar.endDay);
    lines.append(start == end ? formatDate(start) : tr("From %1 to %2").arg(formatDate(start), formatDate(end)));
    if (bar.kind == ItemKind::Internship) {
        const auto it = m_workspace.checkResult().internships.constFind(bar.id);
        if (it != m_workspace.checkResult().internships.cend()) {
            const InternshipFigures& fig = it.value();
            if (fig.days.countedStart.isValid() && fig.days.countedStart > start)
                lines.append(tr("Counted from %1 (the last signature): %n schedule day(s) before it do not count.", "",
                                fig.days.lostDays)
                                 .arg(formatDate(fig.days.countedStart)));
            lines.append(tr("%1 scheduled days, %2 days of presence, %3 hours (%4 full-time weeks).")
                             .arg(fig.days.scheduledDays)
                             .arg(fig.days.presenceDays)
                             .arg(formatNumber(fig.days.scheduledHours, 1), formatNumber(fig.days.fteWeeks, 1)));
            if (bar.absCount > 0)
                lines.append(tr("%n absence day(s), which do not count.", "", bar.absCount));
            if (fig.gratificationRequired)
                lines.append(
                    tr("Gratification required: at least %1 a month, %2 in all.")
                        .arg(formatEuros(fig.gratificationMinMonthlyEur), formatEuros(fig.gratificationMinTotalEur)));
        }
    }
    for (const Finding& f : m_workspace.findings(bar.id)) {
        if (f.overridden)
            continue;
        const QString severity = f.severity == Severity::Error     ? tr("Error")
                                 : f.severity == Severity::Warning ? tr("Warning")
                                                                   : tr("Note");
        lines.append(tr("%1: %2").arg(severity, f.message));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineView::toolTipAt(const QPoint& pos) const
{
    const int b = barAt(pos);
    if (b >= 0)
        return barToolTip(m_bars[b]);
    const int lane = laneAt(pos.y());
    if (lane >= 0 && pos.x() < m_labelWidth)
        return ItemInfo::describe(m_workspace, ItemKind::Student, m_lanes[lane].studentId);
    if (pos.y() < m_headerHeight && pos.x() >= m_labelWidth) {
        const QDate date = dateAtX(pos.x());
        QString text = formatDate(date);
        for (const Period& period : m_workspace.rules().teachingPeriods) {
            if (period.contains(date))
                text = tr("%1 (%2: %3 to %4)").arg(text, period.name, formatDate(period.start), formatDate(period.end));
        }
        if (std::binary_search(m_holidays.begin(), m_holidays.end(), dayOf(date)))
            text = tr("%1, public holiday").arg(text);
        const RuleSet& rules = m_workspace.rules();
        if (rules.hasInternshipWindow() && date >= rules.internshipWindowStart && date <= rules.internshipWindowEnd)
            text = tr("%1 (%2: %3 to %4)")
                       .arg(text, m_window.name, formatDate(rules.internshipWindowStart),
                            formatDate(rules.internshipWindowEnd));
        if (dayOf(date) == m_deadlineDay)
            text = tr("%1, deadline of the year").arg(text);
        return text;
    }
    return {};
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const int b = barAt(pos);
    if (b >= 0) {
        select(b);
        emit currentItemChanged(m_bars[b].kind, m_bars[b].id);
        return;
    }
    const int lane = laneAt(pos.y());
    if (lane >= 0 && pos.x() < m_labelWidth) {
        m_selectedKind = ItemKind::Student;
        m_selectedId = m_lanes[lane].studentId;
        select(-1);
        emit currentItemChanged(ItemKind::Student, m_selectedId);
    }
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    const int level = std::clamp(int(m_zoom) + (steps > 0 ? 1 : -1), int(Zoom::Year), int(Zoom::Month));
    if (level == int(m_zoom))
        return;
    // The day under the pointer stays under it
    const int x = int(event->position().x());
    const double day = (x - (m_labelWidth - horizontalScrollBar()->value())) / m_pxPerDay;
    m_zoom = static_cast<Zoom>(level);
    m_pxPerDay = pxPerDayFor(m_zoom, viewport()->width() - m_labelWidth);
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(day * m_pxPerDay - (x - m_labelWidth))));
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn) && m_zoom != Zoom::Month) {
        setZoom(static_cast<Zoom>(int(m_zoom) + 1));
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) && m_zoom != Zoom::Year) {
        setZoom(static_cast<Zoom>(int(m_zoom) - 1));
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        layoutGeometry();
        rebuild();
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        rebuild();
        break;
    default:
        break;
    }
}

} // namespace interntrack

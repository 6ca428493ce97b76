#pragma once

#include "domain/Result.h"
#include "rules/Finding.h"
#include "storage/StorageRecords.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QPixmap>
#include <QString>

#include <array>
#include <cmath>
#include <vector>

class QPagedPaintDevice;
class QTimer;

namespace interntrack {

class Workspace;

/**
 * The year at a glance: one lane per student (sorted by name), one bar per TER, internship, summer school and
 * seminar, drawn over the academic year with the rule set's teaching periods (T1–T4 at Paris-Saclay), its internship
 * window when it has one (a green band), the public holidays, the deadline (a red line) and today (a blue line). A
 * bar's colour and its icon at the start say its state, a severity icon its open findings (colour is never alone); the
 * days that do not count (before the last signature, absences) are hatched.
 *
 * The layout is pure and testable: barRect(), xForDate() and dateAtX() are in viewport coordinates (scrolling
 * applied). The per-lane data is a flat vector rebuilt when the year is loaded or an item changes; painting
 * touches only the visible lanes and allocates nothing per bar.
 */
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    /// How much of the year the viewport shows across: all of it, about a term (4 months), about a month.
    enum class Zoom { Year, Term, Month };

    explicit TimelineView(Workspace& workspace, QWidget* parent = nullptr);

    // --- layout (viewport coordinates) ---
    /// The bar of an item: its left edge at xForDate(start), its right edge at xForDate(end + 1 day). A group
    /// TER is drawn in each student's lane: this is the first one. Null when the item has no bar.
    QRectF barRect(ItemKind kind, const QString& id) const;
    /// The x of the left edge of @p date's column.
    int xForDate(QDate date) const;
    /// The date whose column holds @p x (clamped to the range drawn).
    QDate dateAtX(int x) const;
    /// The viewport rectangle of lane @p lane (its whole height, across the chart).
    QRect laneRect(int lane) const;
    /// The lane at viewport @p y, or -1.
    int laneAt(int y) const;
    int laneCount() const { return int(m_lanes.size()); }
    /// The student of lane @p lane.
    QString laneStudent(int lane) const;
    /// The height of a row of bars (a lane has one row, more when its items overlap).
    int rowHeight() const { return m_rowHeight; }
    /// The height of the header (months, then T1–T4).
    int headerHeight() const { return m_headerHeight; }
    /// The width of the names column on the left.
    int labelWidth() const { return m_labelWidth; }
    double pixelsPerDay() const { return m_pxPerDay; }
    /// The first and last day drawn (the academic year, widened to the items outside it).
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

    Zoom zoom() const { return m_zoom; }
    /// Changes the zoom, keeping the selected bar (else the date in the middle) in the middle of the viewport.
    void setZoom(Zoom zoom);
    /// Scrolls so that @p date is in the middle of the viewport.
    void scrollToDate(QDate date);

    /// Selects an item (no signal) and scrolls to its bar when it is out of sight. False when it has none.
    bool selectItem(ItemKind kind, const QString& id);
    ItemKind selectedKind() const { return m_selectedKind; }
    QString selectedId() const { return m_selectedId; }

    // --- output ---
    /**
     * Draws lanes [@p firstLane, @p firstLane + @p laneCount) (all when -1) with the header above, the whole range
     * fitted to @p target's width, in logical pixels of 1/96 inch (scaled to the device's resolution).
     */
    void render(QPainter* painter, const QRect& target, int firstLane = 0, int laneCount = -1) const;
    /// The height render() needs at 96 dpi for lanes [@p firstLane, @p firstLane + @p laneCount).
    int renderHeight(int firstLane = 0, int laneCount = -1) const;
    /// The whole timeline (every lane) as an image @p width pixels wide; null when too tall for one image.
    QImage toImage(int width = 1600) const;
    Status exportPng(const QString& path, int width = 1600) const;
    Status exportPdf(const QString& path) const;
    /// Draws every lane on the pages of @p device (a PDF writer or a printer), as many lanes a page as fit.
    Status paintPages(QPagedPaintDevice* device) const;

    /// The tooltip of the bar at viewport @p pos (its item, dates, figures and open findings); empty if none.
    QString toolTipAt(const QPoint& pos) const;

public slots:
    /// Rebuilds the lanes from the workspace's year (done on yearLoaded(), and soon after itemChanged(); when
    /// hidden, once shown again).
    void rebuild();
    /// Scrolls to today.
    void showToday();

signals:
    /// The user clicked a bar (or a student's name).
    void currentItemChanged(ItemKind kind, const QString& id);
    void zoomChanged(Zoom zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// One bar; days are offsets from m_first.
    struct Bar
    {
        ItemKind kind = ItemKind::Internship;
        QString id;
        QString label;
        int labelWidth = 0; ///< in the view's font
        int lane = 0;
        int row = 0;
        int startDay = 0;
        int endDay = 0; ///< inclusive
        int countedDay = 0; ///< the first counted day (startDay when every day counts)
        int absFirst = 0; ///< the bar's absences in m_absences
        int absCount = 0;
        int state = -1; ///< WorkflowState, or -1 (seminar)
        int severity = -1; ///< the worst open finding's Severity, or -1
    };
    struct Lane
    {
        QString studentId;
        QString name;
        int top = 0; ///< from the top of the first lane
        int height = 0;
        int firstBar = 0;
        int barCount = 0;
        int severity = -1; ///< the student-level rules' worst open finding
    };
    /// Where things go on one output: the viewport, an image, a page.
    struct Frame
    {
        double pxPerDay = 1;
        int x0 = 0; ///< x of the left edge of day 0
        int laneY0 = 0; ///< y of the top of lane 0
        int firstLane = 0;
        int endLane = 0; ///< one past the last lane drawn
        QRect area; ///< the whole output
        bool selection = true;
    };

    void layoutGeometry();
    void updateScrollBars();
    double pxPerDayFor(Zoom zoom, int chartWidth) const;
    Frame viewportFrame() const;
    void paintFrame(QPainter& p, const Frame& f) const;
    int xOf(const Frame& f, int day) const { return f.x0 + int(std::lround(day * f.pxPerDay)); }
    int dayOf(QDate date) const { return int(date.toJulianDay() - m_first.toJulianDay()); }
    /// The bar at viewport @p pos (index in m_bars), or -1.
    int barAt(const QPoint& pos) const;
    QRectF barRectOf(const Frame& f, const Bar& bar) const;
    /// Scrolls down or up to @p bar's lane, and across too when @p horizontal (a long bar: to its start).
    void ensureBarVisible(int bar, bool horizontal);
    void select(int bar);
    void buildPixmaps();
    QString barToolTip(const Bar& bar) const;

    Workspace& m_workspace;
    QTimer* m_rebuildTimer = nullptr;
    bool m_stale = false; ///< the year changed while the view was hidden
    std::vector<Bar> m_bars;
    std::vector<Lane> m_lanes;
    std::vector<int> m_absences; ///< day offsets, grouped by bar
    std::vector<int> m_holidays; ///< day offsets of public holidays
    std::vector<int> m_monthStarts; ///< day offsets of the first of each month, and one past the last day
    QStringList m_monthNames; ///< short names of those months
    struct Band
    {
        QString name;
        int startDay = 0;
        int endDay = 0; ///< inclusive
    };
    std::vector<Band> m_periods;
    QHash<QString, int> m_barOf; ///< kind code + id → first bar
    QDate m_first;
    QDate m_last;
    int m_days = 1;
    int m_deadlineDay = -1;
    int m_todayDay = -1;
    /// The rule set's internship window (INT_PROJECT_WINDOW), drawn as a band; m_window.startDay < 0: none.
    Band m_window{QString(), -1, -1};

    Zoom m_zoom = Zoom::Year;
    double m_pxPerDay = 2;
    int m_rowHeight = 22;
    int m_laneGap = 4;
    int m_headerHeight = 40;
    int m_labelWidth = 180;
    int m_iconSize = 14;
    int m_totalHeight = 0;

    ItemKind m_selectedKind = ItemKind::Student;
    QString m_selectedId;
    int m_selectedBar = -1;

    std::array<QPixmap, 11> m_statePixmaps;
    std::array<QPixmap, 3> m_severityPixmaps;
};

} // namespace interntrack

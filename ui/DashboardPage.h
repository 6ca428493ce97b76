#pragma once

#include "rules/YearSummary.h"
#include "storage/YearComparison.h"

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTimer;
class QVBoxLayout;

namespace interntrack {

class Workspace;

/// Which overview filter a dashboard click asks for.
struct StudentsFilter
{
    enum class Kind { NotPlaced, State, Rule, Deliverable, StartWeek };
    Kind kind = Kind::NotPlaced;
    QString value; ///< state code, rule code or deliverable code
    int week = 0; ///< ISO year × 100 + week for StartWeek
    friend bool operator==(const StudentsFilter&, const StudentsFilter&) = default;
};

/**
 * Charts of where the year stands (placed vs not, by state, findings by rule, starts per week,
 * deliverables owed, gratification). Each bar/slice emits showStudents() with the matching filter.
 * Each chart's figures are also in its accessibleDescription.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);

    const YearSummary& summary() const { return m_summary; }
    static constexpr int kTopRules = 8;

    /// The figures of every year of the database, oldest first (empty until compareYears() has run).
    const Result<QList<YearFigures>>& yearFigures() const { return m_years; }
    bool isComparing() const { return m_comparing != nullptr; }

public slots:
    void refresh();
    /// Computes the year comparison in the background (on each year loaded); the table follows.
    void compareYears();

signals:
    void showStudents(const interntrack::StudentsFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void fillComparison(QTableWidget* table, QLabel* note) const;

    Workspace& m_workspace;
    YearSummary m_summary;
    QTimer* m_throttle = nullptr;
    QWidget* m_grid = nullptr;
    Result<QList<YearFigures>> m_years = QList<YearFigures>{};
    QFutureWatcher<Result<QList<YearFigures>>>* m_comparing = nullptr;
};

} // namespace interntrack

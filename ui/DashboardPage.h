#pragma once

#include "rules/YearSummary.h"

#include <QString>
#include <QWidget>

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

public slots:
    void refresh();

signals:
    void showStudents(const interntrack::StudentsFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    Workspace& m_workspace;
    YearSummary m_summary;
    QTimer* m_throttle = nullptr;
    QWidget* m_grid = nullptr;
};

} // namespace interntrack

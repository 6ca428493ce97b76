#pragma once

#include "Checker.h"
#include "Finding.h"
#include "domain/Cohort.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace interntrack {

/// How many findings a rule produced, and how serious they are (the most serious one).
struct RuleCount
{
    QString rule;
    Severity severity = Severity::Info;
    int count = 0;
    friend bool operator==(const RuleCount&, const RuleCount&) = default;
};

/// One bin of the gratification histogram: [lowEur, highEur).
struct GratificationBin
{
    double lowEur = 0.0;
    double highEur = 0.0;
    int count = 0;
    friend bool operator==(const GratificationBin&, const GratificationBin&) = default;
};

/**
 * The figures of one academic year, for the dashboard and the year comparison. Pure: a function of
 * (cohort, check result, today).
 *
 * "Placed" (RULES.md: an internship, or a summer school, or six seminars replace the internship):
 * a student is placed when they have an internship or a summer school whose workflow state is
 * Approved or later (Approved, SentForSignature, Signed, InProgress, Completed, Validated), or at
 * least six seminars.
 */
struct YearSummary
{
    static constexpr double kGratificationBinEur = 200.0;
    static constexpr int kSeminarsForPlacement = 6;

    int students = 0;
    int placed = 0;
    int notPlaced() const { return students - placed; }
    QStringList notPlacedIds;
    /// Students by the state of their most advanced internship or summer school ("none" when they have
    /// neither); keys are workflowStateCode() values or "none".
    QMap<QString, int> studentsByState;
    QList<RuleCount> findingsByRule; ///< most frequent first (ties by code); overridden ones excluded
    QMap<Severity, int> findingsBySeverity;
    /// Internships starting per ISO week, key = ISO year × 100 + week (e.g. 202614).
    QMap<int, int> startsPerWeek;
    int internships = 0;
    /// Deliverables owed at @p today, by code: "proof" and "report" (internships ended without them),
    /// "school_report" (summer schools ended without a report), "paragraph" (seminars held without one).
    QMap<QString, int> deliverablesOwed;
    /// Monthly gratification (per-hour amounts × weekly hours × 52 / 12) of every internship.
    QList<GratificationBin> gratificationBins;
    double gratificationTotalMonthlyEur = 0.0;
    double gratificationMeanMonthlyEur() const
    {
        return internships ? gratificationTotalMonthlyEur / internships : 0.0;
    }

    /**
     * The students behind each figure, for "show me who": keys are notPlacedKey(), stateKey(code),
     * ruleKey(code), deliverableKey(code) and startWeekKey(week); each list in the cohort's order, once each.
     */
    QHash<QString, QStringList> studentsByFigure;
    static QString notPlacedKey() { return QStringLiteral("not_placed"); }
    static QString stateKey(const QString& stateCode) { return QStringLiteral("state:") + stateCode; }
    static QString ruleKey(const QString& rule) { return QStringLiteral("rule:") + rule; }
    static QString deliverableKey(const QString& code) { return QStringLiteral("owed:") + code; }
    static QString startWeekKey(int week) { return QStringLiteral("week:") + QString::number(week); }

    static YearSummary compute(const Cohort& cohort, const CheckResult& result, QDate today);

    friend bool operator==(const YearSummary&, const YearSummary&) = default;
    static bool placingState(WorkflowState state);
    static double monthlyGratification(const Internship& internship);
    static int weekKey(QDate date);
};

} // namespace interntrack

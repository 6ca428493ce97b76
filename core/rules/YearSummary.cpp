#include "YearSummary.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace interntrack {

bool YearSummary::placingState(WorkflowState state)
{
    switch (state) {
    case WorkflowState::Approved:
    case WorkflowState::SentForSignature:
    case WorkflowState::Signed:
    case WorkflowState::InProgress:
    case WorkflowState::Completed:
    case WorkflowState::Validated:
        return true;
    default:
        return false;
    }
}

double YearSummary::monthlyGratification(const Internship& internship)
{
    if (internship.gratification.per == GratificationPer::Month)
        return internship.gratification.amountEur;
    return internship.gratification.amountEur * internship.weeklyHours * 52.0 / 12.0;
}

int YearSummary::weekKey(QDate date)
{
    int isoYear = 0;
    const int week = date.weekNumber(&isoYear);
    return isoYear * 100 + week;
}

namespace {
// Ranks states by progress so that a student's "most advanced" item can be picked.
int progress(WorkflowState s)
{
    switch (s) {
    case WorkflowState::Cancelled:
        return 0;
    case WorkflowState::Rejected:
        return 1;
    case WorkflowState::Draft:
        return 2;
    case WorkflowState::ChangesRequested:
        return 3;
    case WorkflowState::Submitted:
        return 4;
    case WorkflowState::Approved:
        return 5;
    case WorkflowState::SentForSignature:
        return 6;
    case WorkflowState::Signed:
        return 7;
    case WorkflowState::InProgress:
        return 8;
    case WorkflowState::Completed:
        return 9;
    case WorkflowState::Validated:
        return 10;
    }
    return 0;
}
} // namespace

YearSummary YearSummary::compute(const Cohort& cohort, const CheckResult& result, QDate today)
{
    YearSummary s;
    s.students = int(cohort.students.size());

    QHash<QString, WorkflowState> best; // student id → most advanced internship/school state
    QHash<QString, bool> placed;
    auto consider = [&](const QString& student, WorkflowState state) {
        auto it = best.find(student);
        if (it == best.end() || progress(state) > progress(*it))
            best.insert(student, state);
        if (placingState(state))
            placed.insert(student, true);
    };
    for (const Internship& i : cohort.internships)
        consider(i.studentId, i.state);
    for (const SummerSchool& school : cohort.summerSchools)
        consider(school.studentId, school.state);
    QHash<QString, int> seminars;
    for (const Seminar& seminar : cohort.seminars)
        ++seminars[seminar.studentId];

    // The students behind a figure, each once, in the cohort's order.
    QHash<QString, QSet<QString>> seen;
    const auto note = [&](const QString& key, const QString& student) {
        if (!student.isEmpty() && !seen[key].contains(student)) {
            seen[key].insert(student);
            s.studentsByFigure[key].append(student);
        }
    };
    for (const Student& student : cohort.students) {
        const bool isPlaced = placed.value(student.id) || seminars.value(student.id) >= kSeminarsForPlacement;
        if (isPlaced) {
            ++s.placed;
        } else {
            s.notPlacedIds.append(student.id);
            note(notPlacedKey(), student.id);
        }
        const auto it = best.constFind(student.id);
        const QString state = it == best.cend() ? QStringLiteral("none") : workflowStateCode(*it);
        ++s.studentsByState[state];
        note(stateKey(state), student.id);
    }

    QHash<QString, RuleCount> byRule;
    for (const Finding& f : result.findings) {
        if (f.overridden)
            continue;
        RuleCount& rc = byRule[f.rule];
        rc.rule = f.rule;
        if (rc.count == 0 || f.severity > rc.severity)
            rc.severity = f.severity;
        ++rc.count;
        ++s.findingsBySeverity[f.severity];
        note(ruleKey(f.rule), f.student);
    }
    s.findingsByRule = byRule.values();
    std::sort(s.findingsByRule.begin(), s.findingsByRule.end(), [](const RuleCount& a, const RuleCount& b) {
        return a.count != b.count ? a.count > b.count : a.rule < b.rule;
    });

    QMap<int, int> bins; // bin index → count
    for (const Internship& i : cohort.internships) {
        if (i.state == WorkflowState::Cancelled || i.state == WorkflowState::Rejected)
            continue;
        ++s.internships;
        if (i.start.isValid()) {
            ++s.startsPerWeek[weekKey(i.start)];
            note(startWeekKey(weekKey(i.start)), i.studentId);
        }
        const double monthly = monthlyGratification(i);
        s.gratificationTotalMonthlyEur += monthly;
        ++bins[int(std::floor(monthly / kGratificationBinEur))];
        if (i.end.isValid() && i.end < today) {
            if (!i.proof) {
                ++s.deliverablesOwed[QStringLiteral("proof")];
                note(deliverableKey(QStringLiteral("proof")), i.studentId);
            }
            if (!i.reportPages) {
                ++s.deliverablesOwed[QStringLiteral("report")];
                note(deliverableKey(QStringLiteral("report")), i.studentId);
            }
        }
    }
    if (!bins.isEmpty()) {
        for (int b = bins.firstKey(); b <= bins.lastKey(); ++b)
            s.gratificationBins.append({b * kGratificationBinEur, (b + 1) * kGratificationBinEur, bins.value(b)});
    }
    for (const SummerSchool& school : cohort.summerSchools) {
        if (school.state == WorkflowState::Cancelled || school.state == WorkflowState::Rejected)
            continue;
        if (school.end.isValid() && school.end < today && !school.reportPages) {
            ++s.deliverablesOwed[QStringLiteral("school_report")];
            note(deliverableKey(QStringLiteral("school_report")), school.studentId);
        }
    }
    for (const Seminar& seminar : cohort.seminars) {
        if (seminar.date.isValid() && seminar.date <= today && seminar.paragraph.trimmed().isEmpty()) {
            ++s.deliverablesOwed[QStringLiteral("paragraph")];
            note(deliverableKey(QStringLiteral("paragraph")), seminar.studentId);
        }
    }
    return s;
}

} // namespace interntrack

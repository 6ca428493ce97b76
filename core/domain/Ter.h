#pragma once

#include "Override.h"
#include "WorkflowState.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace interntrack {

enum class TerKind {
    Research, ///< a research project in a lab
    ChallengePrep, ///< preparing an AI challenge's data (T1 or T2)
    ChallengeSolve, ///< solving a classmates' mini-challenge (T4, in pairs)
};

QString terKindCode(TerKind kind); ///< "research", "challenge_prep", "challenge_solve"
std::optional<TerKind> terKindFromCode(const QString& code);

/// The lab that hosts a TER.
struct Lab
{
    QString name;
    bool inParisSaclay = true;

    friend bool operator==(const Lab&, const Lab&) = default;
};

/// A TER ("travail d'étude et de recherche"): research training in a lab, possibly by a group.
struct Ter
{
    QString id;
    QStringList studentIds;
    TerKind kind = TerKind::Research;
    QString subject;
    std::optional<int> capacity; ///< how many students the subject takes; unset = no limit
    Lab lab;
    QString supervisor;
    QDate start;
    QDate end;
    double weeklyHours = 7.0;
    bool paid = false;
    std::optional<int> reportPages;
    std::optional<double> grade; ///< 0–20
    Overrides overrides;
    WorkflowState state = WorkflowState::Draft;

    friend bool operator==(const Ter&, const Ter&) = default;
};

} // namespace interntrack

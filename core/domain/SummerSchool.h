#pragma once

#include "Override.h"
#include "WorkflowState.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace interntrack {

/// A summer school followed instead of the internship.
struct SummerSchool
{
    QString id;
    QString studentId;
    QString name;
    bool proposed = false; ///< in the programme's list of proposed schools
    QDate start;
    QDate end;
    std::optional<int> fullTimeDays; ///< unset = every weekday from start to end
    std::optional<int> reportPages;
    QStringList reportLinks;
    Overrides overrides;
    WorkflowState state = WorkflowState::Draft;

    friend bool operator==(const SummerSchool&, const SummerSchool&) = default;
};

/// A seminar attended (six of them replace the internship).
struct Seminar
{
    QString id;
    QString studentId;
    QString title;
    QDate date;
    QString paragraph; ///< what the student learned, in their own words
    Overrides overrides;

    friend bool operator==(const Seminar&, const Seminar&) = default;
};

} // namespace interntrack

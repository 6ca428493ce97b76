#pragma once

#include "domain/Cohort.h"

#include <QDateTime>

#include <functional>

namespace interntrack {
class MainWindow;
class Settings;
} // namespace interntrack

namespace interntrack::bench {

/// Prints a figure: its name, the best time, the target (0 = none) and a note (the reference).
using Printer = std::function<void(const char* name, double ms, double targetMs, const QString& note)>;

/**
 * The GUI figures of issue 5 on a database holding @p cohort (saved first, untimed): the time from
 * creating the main window to the students overview shown with every row, next to loadCohort + check
 * alone (what the window cannot go under); and the time to apply a search to the overview, next to a
 * bare loop matching the same text over the students' names.
 */
void benchGui(const Cohort& cohort, int runs, const Printer& print);

/**
 * One start of the GUI: the time from creating the main window (with @p settings, its clock at @p now) to the
 * students overview of the database @p path shown and painted, in ms; @p rows gets the overview's row count.
 * Ends the benchmark with a message when the database cannot be opened.
 */
double startToOverview(Settings& settings, const QString& path, const QDateTime& now, qsizetype* rows);

/**
 * One search in the students overview of @p window: the time from typing @p needle (after clearing the search) to
 * the filtered overview painted, in ms; @p matched gets the rows that match.
 */
double searchOverview(MainWindow& window, const QString& needle, qsizetype* matched);

/**
 * The timeline of issue 8 for a generated cohort of 2,000 students (saved and loaded first, untimed): the time to
 * lay out its lanes, and the mean time of a frame of a 1600×1000 viewport rendered into an image, scrolled to a
 * new place before each frame (target 16 ms). benchGui() runs it last.
 */
void benchTimeline(int runs, const Printer& print);

} // namespace interntrack::bench

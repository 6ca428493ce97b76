#pragma once

#include <QString>

#include <functional>

namespace interntrack::bench {

/// Prints a figure: its name, the best time, the target (0 = none) and a note (the reference).
using Printer = std::function<void(const char* name, double ms, double targetMs, const QString& note)>;

/**
 * Issue 11 item 4, "Scale": the database figures on generated databases of 3,000, 30,000 and 300,000
 * internships (1×: 1 programme × 10 years, 10×: 5 programmes × 20 years, 100×: 50 programmes × 20 years;
 * each programme-year 300 internships, 300 students, 100 TERs, 10 summer schools and 60 seminars, the
 * programmes' rules cycling over the shipped profiles, a host directory growing with the programmes: 400
 * hosts of each programme's own plus 10 shared, 4 tutors a host). On each database (a SQLite file in a temporary
 * folder, generated first, its generation timed for reference): opening it, listing its programmes,
 * loading and checking one year of one programme (next to the same year in a one-year database), the
 * dashboard's year comparison of one programme, a backup, with the GUI the start to the overview and a
 * search, the file size and the peak memory, and last the CSV import of 300 internships into a new year
 * (next to the same import into an empty database). Each figure is printed with @p print (times) or in
 * the same layout (sizes), then a Markdown table of every figure at every size with its growth 100×/1×.
 *
 * @p largest is the largest total of internships to generate (300,000 runs the three sizes; 30,000 stops
 * at 10×); @p runs repetitions of each timed figure, the best kept.
 */
void benchScale(int runs, int largest, const Printer& print);

} // namespace interntrack::bench

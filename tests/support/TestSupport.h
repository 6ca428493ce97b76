#pragma once

#include "domain/Cohort.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace interntrack::test {

/// A date from "YYYY-MM-DD" (fails the test's QVERIFY on a typo by returning a null date).
QDate d(const char* iso);

/// The Paris-Saclay M1 rule set of 2025-2026.
RuleSet rules2025();

/// A clean full-time internship of student "s1": Mon 4 May – Fri 26 June 2026, signed on time.
Internship cleanInternship();

/// A clean research TER of student "s1" in T4 2026.
Ter cleanTer();

/// A path under the source tree (for resources/examples).
QString sourcePath(const QString& relative);

/// The fixed "now" of GUI and workspace tests: Monday 2 March 2026, 10:00 (in the 2025-2026 year, before
/// the internships start).
QDateTime demoNow();

/// Writes the demo database of 2025-2026 (core/demo) to @p path; an empty string on success, else why not.
QString createDemoDatabase(const QString& path);

} // namespace interntrack::test

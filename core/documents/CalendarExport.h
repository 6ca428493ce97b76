#pragma once

#include "domain/Cohort.h"
#include "rules/Checker.h"
#include "rules/Deadlines.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace interntrack {

/**
 * The deadlines of students as an iCalendar file (RFC 5545, .ics), written with libical.
 *
 * One all-day VEVENT per deadline of rules/Deadlines.h of each selected student's internships, TERs,
 * summer schools and seminars: proposal due (start − the rule set's lead time), signatures due (the day
 * before the start), start, end, report due (the rule set's completion deadline, or the end when the item
 * ends after it) and seminars due. A group TER's deadline is one event naming every selected student.
 *
 * The output is a function of its parameters alone: each event's UID is stable
 * (`<kind>-<item id>-<what>@interntrack`, e.g. `internship-i1-proposal_due@interntrack`), so that a
 * calendar importing the file again updates its events rather than duplicating them, and DTSTAMP is
 * @p today at 00:00 UTC. The summaries are in the application's language (tr()).
 */
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    /**
     * The calendar of @p studentIds (every student of @p cohort when empty; unknown ids are skipped).
     * @p figures (CheckResult::internships) gives each internship's proposal due date when present,
     * else it is computed from the rule set.
     */
    static QByteArray calendarIcs(const Cohort& cohort, const QHash<QString, InternshipFigures>& figures,
                                  const QStringList& studentIds, QDate today);

    /// `<kind>-<item id>-<what>@interntrack`; for seminars `seminars-<student id>-seminars_due@interntrack`.
    static QString uid(const Deadline& deadline);
    /// "Report due: Ada Lovelace (internship at Inria Saclay)", translated.
    static QString summary(const Deadline& deadline, const QString& studentNames, const QString& itemName);
};

} // namespace interntrack

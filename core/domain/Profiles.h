#pragma once

#include "AcademicYear.h"
#include "Result.h"
#include "RuleSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace interntrack {

/**
 * The programme profiles shipped with InternTrack: rule-set JSON documents compiled in as
 * ":/interntrack/profiles/<id>.json" (resources/profiles/, documented in its README.md).
 *
 * A profile file is {"academic_year": "YYYY-YYYY", "rules": {…}}, the rule set of that reference
 * year with every key of RuleSet::toJson(). Loading it for another year moves the calendar dates
 * (teaching periods, deadline, internship window) by whole years, the last day of February staying
 * the last day of February; the gratification table keeps its dates (they are the law's).
 */
class Profiles
{
    Q_DECLARE_TR_FUNCTIONS(Profiles)

public:
    /// The id of the default profile, "paris-saclay-m1".
    static QString defaultId();
    /// The shipped profile ids, default first: "paris-saclay-m1", "imperial-msc-ai", "montreal-mila-pro".
    static QStringList ids();
    /// The rule set of profile @p id for @p year; fails with a sentence when @p id is not shipped.
    static Result<RuleSet> load(const QString& id, AcademicYear year);
    /// The same from a profile document @p json (what load() reads); @p source names it in errors.
    static Result<RuleSet> fromJson(const QByteArray& json, AcademicYear year, const QString& source);
};

} // namespace interntrack

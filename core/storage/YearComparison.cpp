#include "YearComparison.h"

#include "CohortRepository.h"
#include "Database.h"
#include "rules/Checker.h"

#include <algorithm>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(YearComparison)
};

} // namespace

QDate comparisonDay(AcademicYear year, QDate today)
{
    return std::clamp(today, year.first(), year.last());
}

Result<QList<YearFigures>> compareYears(const QString& path, QDate today, const std::function<bool()>& cancelled,
                                        const QString& password, const QString& programme)
{
    using R = Result<QList<YearFigures>>;
    Database db;
    OpenOptions options;
    options.readOnly = true;
    options.create = false;
    options.verify = false; // the program's own connection has checked the file
    options.password = password;
    options.programme = programme;
    if (Status s = db.open(path, options); !s)
        return R::failure(s.error());
    CohortRepository repo(db);
    Result<QList<AcademicYear>> years = repo.academicYears();
    if (!years)
        return R::failure(years.error());
    std::sort(years->begin(), years->end(),
              [](const AcademicYear& a, const AcademicYear& b) { return a.startYear < b.startYear; });
    QList<YearFigures> out;
    for (const AcademicYear& year : years.value()) {
        if (cancelled && cancelled())
            return R::failure(Tr::tr("The comparison was stopped."));
        const Result<Cohort> cohort = repo.loadCohort(year);
        if (!cohort)
            return R::failure(cohort.error());
        YearFigures f;
        f.year = year;
        f.asOf = comparisonDay(year, today);
        const CheckResult check = Checker(cohort->rules).check(cohort.value(), f.asOf, Stage::Current);
        f.summary = YearSummary::compute(cohort.value(), check, f.asOf);
        out.append(f);
    }
    return out;
}

} // namespace interntrack

#include "Checker.h"

#include "Format.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>

namespace interntrack {

namespace {

// Translation context "Rules" for every rule message.
struct Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

// Collects the findings of one item for the stage of the check, applying the rule set's disabled
// rules and the item's overrides. A finding of a later stage is not reported, but whether it would
// block still counts (for completion): its message is never built, which keeps large checks fast.
class Emitter
{
public:
    Emitter(const RuleSet& rules, Stage stage, const Overrides& overrides, const QString& subject,
            const QString& student, QList<Finding>& out)
        : m_rules(rules)
        , m_stage(stage)
        , m_overrides(overrides)
        , m_subject(subject)
        , m_student(student)
        , m_out(out)
    {
    }

    template<typename MakeMessage>
    void add(const char* code, Severity severity, MakeMessage&& message, const char* field = "",
             Stage from = Stage::Proposal)
    {
        const QString rule = QLatin1String(code);
        if (!m_rules.isEnabled(rule))
            return;
        const bool overridden = !m_overrides.isEmpty() && isOverridden(m_overrides, rule);
        if (severity == Severity::Error && !overridden)
            m_blocking = true;
        if (static_cast<int>(from) > static_cast<int>(m_stage))
            return;
        Finding f;
        f.subject = m_subject;
        f.student = m_student;
        f.rule = rule;
        f.severity = severity;
        f.message = message();
        f.overridden = overridden;
        f.field = QLatin1String(field);
        m_out.append(std::move(f));
    }

    /// True when an error finding, reported at this stage or not, is not overridden.
    bool blocking() const { return m_blocking; }

private:
    const RuleSet& m_rules;
    Stage m_stage;
    const Overrides& m_overrides;
    const QString& m_subject;
    const QString& m_student;
    QList<Finding>& m_out;
    bool m_blocking = false;
};

QString hostKey(const Host& host)
{
    return host.name.trimmed().toCaseFolded();
}

bool overlaps(const Internship& a, const Internship& b)
{
    return a.start.isValid() && a.end.isValid() && b.start.isValid() && b.end.isValid() && a.start <= b.end
           && b.start <= a.end;
}

bool datesUsable(QDate start, QDate end)
{
    return start.isValid() && end.isValid() && start <= end;
}

int wordCount(const QString& text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = !c.isSpace();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

QString signatureNames(const Signatures& s)
{
    QStringList missing;
    if (!s.student.isValid())
        missing.append(Rules::tr("student"));
    if (!s.host.isValid())
        missing.append(Rules::tr("host representative"));
    if (!s.tutor.isValid())
        missing.append(Rules::tr("tutor"));
    if (!s.university.isValid())
        missing.append(Rules::tr("university"));
    return missing.join(QStringLiteral(", "));
}

QString periodSpan(const RuleSet& rules, const QStringList& names)
{
    QDate first;
    QDate last;
    for (const Period& p : rules.teachingPeriods) {
        if (!names.contains(p.name))
            continue;
        if (!first.isValid() || p.start < first)
            first = p.start;
        if (!last.isValid() || p.end > last)
            last = p.end;
    }
    return Rules::tr("%1 (%2 to %3)").arg(names.join(QStringLiteral("/")), formatDate(first), formatDate(last));
}

// "a validated TER", "a validated internship, summer school or 6 seminars"
QString describeRequirement(const RuleSet& rules, const Requirement& req)
{
    QStringList parts;
    for (const QString& activity : req.anyOf) {
        if (activity == QLatin1String("ter"))
            parts.append(Rules::tr("TER"));
        else if (activity == QLatin1String("internship"))
            parts.append(Rules::tr("internship"));
        else if (activity == QLatin1String("summer_school"))
            parts.append(Rules::tr("summer school"));
        else if (activity == QLatin1String("seminars"))
            parts.append(Rules::tr("%1 seminars").arg(rules.seminarsMin));
    }
    if (parts.size() <= 1)
        return Rules::tr("a validated %1").arg(parts.value(0));
    const QString last = parts.takeLast();
    return Rules::tr("a validated %1 or %2").arg(parts.join(QStringLiteral(", ")), last);
}

QStringList allPeriodNames(const RuleSet& rules)
{
    QStringList names;
    for (const Period& p : rules.teachingPeriods)
        names.append(p.name);
    return names;
}

// Minimum legal gratification, compared in cents so that the exact minimum passes.
bool belowInCents(double amount, double minimum)
{
    return std::llround(amount * 100.0) < std::llround(minimum * 100.0);
}

struct CohortIndex
{
    // A student's internships as a chain through the cohort's list: head per student, next per item.
    QHash<QString, qsizetype> firstInternship;
    std::vector<qsizetype> nextInternship;
    QHash<QString, int> terSubjectHeadcount; // case-folded subject → distinct students, for shared subjects
};

CohortIndex indexCohort(const Cohort& cohort)
{
    CohortIndex index;
    const qsizetype n = cohort.internships.size();
    index.firstInternship.reserve(n);
    index.nextInternship.assign(static_cast<size_t>(n), -1);
    for (qsizetype i = n - 1; i >= 0; --i) {
        auto it = index.firstInternship.find(cohort.internships.at(i).studentId);
        if (it == index.firstInternship.end()) {
            index.firstInternship.insert(cohort.internships.at(i).studentId, i);
        } else {
            index.nextInternship[static_cast<size_t>(i)] = it.value();
            it.value() = i;
        }
    }

    // Only subjects shared by several TERs need a count across TERs.
    QHash<QString, qsizetype> firstTer;
    QHash<QString, QSet<QString>> students;
    for (qsizetype i = 0; i < cohort.ters.size(); ++i) {
        const Ter& t = cohort.ters.at(i);
        if (!t.capacity)
            continue;
        const QString key = t.subject.trimmed().toCaseFolded();
        if (key.isEmpty())
            continue;
        const auto it = firstTer.constFind(key);
        if (it == firstTer.constEnd()) {
            firstTer.insert(key, i);
            continue;
        }
        QSet<QString>& set = students[key];
        if (set.isEmpty()) {
            for (const QString& s : cohort.ters.at(it.value()).studentIds)
                set.insert(s);
        }
        for (const QString& s : t.studentIds)
            set.insert(s);
    }
    for (auto it = students.cbegin(); it != students.cend(); ++it)
        index.terSubjectHeadcount.insert(it.key(), static_cast<int>(it.value().size()));
    return index;
}

// Runs @p work over [0, n) in contiguous chunks on the global thread pool; returns each chunk's result
// in order. Small inputs run on the calling thread.
template<typename Work>
auto parallelChunks(qsizetype n, Work work)
{
    using R = decltype(work(qsizetype(0), qsizetype(0)));
    constexpr qsizetype kMinChunk = 2048;
    const int threads = std::max(1, QThread::idealThreadCount());
    const qsizetype chunks = std::clamp<qsizetype>(n / kMinChunk, 1, threads * 4);
    struct Range
    {
        qsizetype from;
        qsizetype to;
    };
    QList<Range> ranges;
    for (qsizetype c = 0; c < chunks; ++c)
        ranges.append({n * c / chunks, n * (c + 1) / chunks});
    if constexpr (std::is_void_v<R>) {
        if (chunks == 1)
            work(qsizetype(0), n);
        else
            QtConcurrent::blockingMap(ranges, [&](const Range& r) { work(r.from, r.to); });
    } else {
        if (chunks == 1)
            return QList<R>{work(qsizetype(0), n)};
        return QtConcurrent::blockingMapped<QList<R>>(ranges, [&](const Range& r) { return work(r.from, r.to); });
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString severityCode(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString stageCode(Stage s)
{
    switch (s) {
    case Stage::Proposal:
        return QStringLiteral("proposal");
    case Stage::Validation:
        return QStringLiteral("validation");
    case Stage::Close:
        return QStringLiteral("close");
    case Stage::Current:
        return QStringLiteral("current");
    }
    return {};
}

std::optional<Stage> stageFromCode(const QString& code)
{
    if (code == QLatin1String("proposal"))
        return Stage::Proposal;
    if (code == QLatin1String("validation"))
        return Stage::Validation;
    if (code == QLatin1String("close"))
        return Stage::Close;
    if (code == QLatin1String("current"))
        return Stage::Current;
    return std::nullopt;
}

Stage itemStage(Stage requested, WorkflowState state, QDate end, QDate today)
{
    if (requested != Stage::Current)
        return requested;
    const bool finished =
        state == WorkflowState::Completed || state == WorkflowState::Validated || (end.isValid() && end < today);
    return finished ? Stage::Validation : Stage::Proposal;
}

Stage studentStage(Stage requested, QDate deadline, QDate today)
{
    if (requested != Stage::Current)
        return requested;
    return deadline.isValid() && today > deadline ? Stage::Close : Stage::Proposal;
}

bool CheckResult::hasBlockingError() const
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.blocking(); });
}

const QList<RuleInfo>& ruleCatalogue()
{
    static const QList<RuleInfo> catalogue = {
        {"INT_MIN_DURATION", Severity::Error},
        {"INT_MAX_DURATION", Severity::Error, true},
        {"INT_LEAD_TIME", Severity::Error},
        {"INT_NOT_SIGNED", Severity::Error, true},
        {"INT_GRATIFICATION_REQUIRED", Severity::Error, true},
        {"INT_GRATIFICATION_TOO_LOW", Severity::Error, true},
        {"INT_TEACHING_PERIOD", Severity::Error},
        {"INT_AFTER_DEADLINE", Severity::Error},
        {"INT_OVERLAP", Severity::Error},
        {"INT_HOST_NOT_AI", Severity::Error},
        {"INT_CONTACT_ADVISOR", Severity::Info},
        {"INT_PREVIOUS_SUMMER", Severity::Info},
        {"INT_PROOF_MISSING", Severity::Error},
        {"INT_REPORT", Severity::Error},
        {"INT_HOST_SCREENING", Severity::Error},
        {"INT_PROJECT_WINDOW", Severity::Error},
        {"TER_TIME_COMMITMENT", Severity::Warning},
        {"TER_DURATION", Severity::Warning},
        {"TER_OUTSIDE_PERIOD", Severity::Error},
        {"TER_OUTSIDE_SACLAY", Severity::Warning},
        {"TER_AGREEMENT_NEEDED", Severity::Info, true},
        {"TER_GROUP_SIZE", Severity::Error},
        {"TER_CHALLENGE_PREP_PERIOD", Severity::Error},
        {"TER_CHALLENGE_SOLVE", Severity::Error},
        {"TER_REPORT", Severity::Error},
        {"TER_GRADE", Severity::Error},
        {"SCHOOL_TOO_SHORT", Severity::Error},
        {"SCHOOL_NOT_PROPOSED", Severity::Warning},
        {"SCHOOL_REPORT", Severity::Error},
        {"SEMINARS_TOO_FEW", Severity::Error},
        {"SEMINAR_PARAGRAPH", Severity::Error},
        {"STUDENT_INCOMPLETE", Severity::Error},
    };
    return catalogue;
}

bool ruleApplies(const RuleSet& rules, const QString& code)
{
    if (!rules.isEnabled(code))
        return false;
    if (code == QLatin1String("INT_PROJECT_WINDOW") && !rules.hasInternshipWindow())
        return false;
    for (const RuleInfo& info : ruleCatalogue()) {
        if (code == QLatin1String(info.code))
            return !info.frenchLaw || rules.frenchLawApplies();
    }
    return false;
}

Checker::Checker(const RuleSet& rules)
    : m_calendar(rules)
{
}

// ---------------------------------------------------------------------------------------------
// Internships

InternshipFigures Checker::figures(const Internship& internship, QDate today) const
{
    const RuleSet& rules = m_calendar.rules();
    InternshipFigures f;
    if (rules.frenchLawApplies()) {
        f.days = m_calendar.count(internship, today);
    } else {
        // Without an agreement under French law, signatures do not move the counted start.
        f.days = m_calendar.count(internship.start, internship.end, internship.workDays, internship.weeklyHours,
                                  internship.absences);
    }
    if (internship.start.isValid())
        f.proposalDue = internship.start.addMonths(-rules.leadTimeMonths);
    if (rules.frenchLawApplies() && internship.start.isValid()) {
        f.hourlyRateEur = rules.gratificationRateOn(internship.start).value_or(0.0);
        f.gratificationRequired = f.days.presenceHours > rules.gratificationThresholdHours() + 1e-9;
        if (f.gratificationRequired) {
            f.gratificationMinTotalEur = f.hourlyRateEur * f.days.presenceHours;
            f.gratificationMinMonthlyEur = f.hourlyRateEur * internship.weeklyHours * 52.0 / 12.0;
        }
    }
    return f;
}

namespace {

// One of a student's internships with its figures, as the rules about all of them (overlap, legal
// maximum and gratification with one host) need.
struct Sibling
{
    const Internship* internship;
    const InternshipFigures* figures;
};

bool checkInternshipInto(const Checker& checker, const Internship& in, QDate today, Stage stage,
                         const InternshipFigures& fig, const QList<Sibling>& sameStudent, QList<Finding>& out)
{
    const Calendar& calendar = checker.calendar();
    const RuleSet& rules = calendar.rules();
    Emitter e(rules, stage, in.overrides, in.id, in.studentId, out);
    const bool dated = datesUsable(in.start, in.end);

    if (!in.submitted.isValid() && !in.previousSummer) {
        e.add("INT_CONTACT_ADVISOR", Severity::Info, [&]() -> QString {
            return in.start.isValid()
                       ? Rules::tr("Contact the academic advisor at least %n month(s) before the start, by %1: "
                                   "several parties must sign the agreement before you begin.",
                                   nullptr, rules.leadTimeMonths)
                             .arg(formatDate(fig.proposalDue))
                       : Rules::tr("Contact the academic advisor at least %n month(s) before the start: "
                                   "several parties must sign the agreement before you begin.",
                                   nullptr, rules.leadTimeMonths);
        });
    }
    if (in.previousSummer) {
        e.add("INT_PREVIOUS_SUMMER", Severity::Info, [&]() -> QString {
            return Rules::tr("Completed during the previous summer: it can be validated with the completion proof and "
                             "the report; the teaching-period, lead-time and deadline rules do not apply.");
        });
    }
    if (!in.host.aiResearch) {
        e.add(
            "INT_HOST_NOT_AI", Severity::Error,
            [&]() -> QString {
                return Rules::tr(
                           "%1 is not recorded as a public lab or company doing research in AI, machine learning or "
                           "data science: choose such a host, or have the advisor confirm it.")
                    .arg(in.host.name.isEmpty() ? Rules::tr("The host") : in.host.name);
            },
            "host");
    }
    // A partner that screens its interns first must have accepted the student before approval.
    if (in.hostScreening == HostScreening::Pending || in.hostScreening == HostScreening::Declined) {
        e.add(
            "INT_HOST_SCREENING", Severity::Error,
            [&]() -> QString {
                const QString host = in.host.name.isEmpty() ? Rules::tr("The host") : in.host.name;
                return in.hostScreening == HostScreening::Pending
                           ? Rules::tr("%1 screens its interns first and has not accepted the student yet: record "
                                       "the host's acceptance before the proposal is approved.")
                                 .arg(host)
                           : Rules::tr("%1 declined the student at its screening: choose another host, or an "
                                       "individual project supervised by an academic.")
                                 .arg(host);
            },
            "host_screening");
    }

    if (dated) {
        // Lead time
        if (!in.previousSummer) {
            const QDate due = fig.proposalDue;
            const QDate submitted = in.submitted.isValid() ? in.submitted : today;
            if (submitted.isValid() && submitted > due) {
                // The earliest start that the actual (or today's) submission would have allowed.
                QDate earliest = submitted.addMonths(rules.leadTimeMonths);
                while (earliest.addMonths(-rules.leadTimeMonths) < submitted)
                    earliest = earliest.addDays(1);
                const QString msg =
                    in.submitted.isValid()
                        ? Rules::tr("Submitted on %1, less than %n month(s) before the start on %2: it had to reach "
                                    "the advisor by %3. Start on or after %4, or ask the advisor for an override.",
                                    nullptr, rules.leadTimeMonths)
                              .arg(formatDate(in.submitted), formatDate(in.start), formatDate(due),
                                   formatDate(earliest))
                        : Rules::tr(
                              "Not submitted yet and the start on %1 is less than %n month(s) away: the proposal "
                              "had to reach the advisor by %2. Submit it now and start on or after %3, or ask the "
                              "advisor for an override.",
                              nullptr, rules.leadTimeMonths)
                              .arg(formatDate(in.start), formatDate(due), formatDate(earliest));
                e.add(
                    "INT_LEAD_TIME", Severity::Error, [&]() -> QString { return msg; }, "submitted");
            }
        }

        // Signatures (agreement under French law)
        if (rules.frenchLawApplies()) {
            const double minHours = rules.internshipMinHours();
            const bool stillEnough = fig.days.scheduledHours + 1e-9 >= minHours;
            auto remainder = [&]() -> QString {
                const QString weeksLeft = formatNumber(fig.days.fteWeeks, 1);
                const QString minWeeks = formatNumber(rules.internshipMinWeeks, 0);
                if (stillEnough)
                    return Rules::tr("The remaining %1 weeks still reach %2 weeks.").arg(weeksLeft, minWeeks);
                const QDate end = calendar.earliestEndForHours(fig.days.countedStart, in.workDays, in.weeklyHours,
                                                               in.absences, minHours);
                return Rules::tr("The remaining %1 weeks no longer reach %2 weeks: end on or after %3.")
                    .arg(weeksLeft, minWeeks, formatDate(end));
            };
            if (in.signatures.complete()) {
                const QDate last = in.signatures.last();
                if (last > in.start) {
                    e.add(
                        "INT_NOT_SIGNED", Severity::Error,
                        [&]() -> QString {
                            return Rules::tr(
                                       "The agreement got its last signature on %1, after the start on %2: the "
                                       "%n scheduled day(s) before it do not count (the student was not insured).",
                                       nullptr, fig.days.lostDays)
                                       .arg(formatDate(last), formatDate(in.start))
                                   + QLatin1Char(' ') + remainder();
                        },
                        "signatures");
                }
            } else if (today.isValid() && today > in.start) {
                e.add(
                    "INT_NOT_SIGNED", Severity::Error,
                    [&]() -> QString {
                        return Rules::tr("Started on %1 without every signature (missing: %2): no day before the last "
                                         "signature counts, %n scheduled day(s) lost so far.",
                                         nullptr, fig.days.lostDays)
                                   .arg(formatDate(in.start), signatureNames(in.signatures))
                               + QLatin1Char(' ') + remainder();
                    },
                    "signatures");
            } else {
                e.add(
                    "INT_NOT_SIGNED", Severity::Info,
                    [&]() -> QString {
                        return Rules::tr(
                                   "Not signed yet (missing: %1): the four parties must sign on or before the start "
                                   "on %2, or the days before the last signature will not count.")
                            .arg(signatureNames(in.signatures), formatDate(in.start));
                    },
                    "signatures");
            }
        }

        // Minimum duration, in full-time-equivalent weeks of scheduled hours
        const double minHours = rules.internshipMinHours();
        if (fig.days.scheduledHours + 1e-9 < minHours) {
            const QDate end =
                calendar.earliestEndForHours(fig.days.countedStart, in.workDays, in.weeklyHours, in.absences, minHours);
            const QString fix = end.isValid()
                                    ? Rules::tr("end on or after %1, or work more hours a week.").arg(formatDate(end))
                                    : Rules::tr("work more hours a week or for longer.");
            e.add(
                "INT_MIN_DURATION", Severity::Error,
                [&]() -> QString {
                    return Rules::tr(
                               "%1 full-time-equivalent weeks (%2 h scheduled) is less than the %3 weeks required "
                               "(%4 h): %5")
                        .arg(formatNumber(fig.days.fteWeeks, 1), formatNumber(fig.days.scheduledHours, 1),
                             formatNumber(rules.internshipMinWeeks, 0), formatNumber(minHours, 0), fix);
                },
                "end");
        }

        // Legal maximum and gratification: counted over every internship with the same host this year
        if (rules.frenchLawApplies()) {
            double otherHours = 0.0;
            if (sameStudent.size() > 1) {
                const QString key = hostKey(in.host);
                for (const Sibling& other : sameStudent) {
                    if (other.internship->id != in.id && !key.isEmpty() && hostKey(other.internship->host) == key)
                        otherHours += other.figures->days.presenceHours;
                }
            }
            const double hostHours = fig.days.presenceHours + otherHours;
            const double maxHours = rules.internshipMaxHours();
            if (hostHours > maxHours + 1e-9) {
                const QDate latest = calendar.latestEndForPresenceHours(
                    fig.days.countedStart, in.workDays, in.weeklyHours, in.absences, maxHours - otherHours);
                e.add(
                    "INT_MAX_DURATION", Severity::Error,
                    [&]() -> QString {
                        return Rules::tr("%1 presence hours with %2 this academic year exceed the legal maximum of "
                                         "%3 months (%4 h): end on or before %5.")
                            .arg(formatNumber(hostHours, 1), in.host.name, formatNumber(rules.internshipMaxMonths, 0),
                                 formatNumber(maxHours, 0), formatDate(latest));
                    },
                    "end");
            }

            const double threshold = rules.gratificationThresholdHours();
            const bool required = hostHours > threshold + 1e-9;
            const double rate = rules.gratificationRateOn(in.start).value_or(0.0);
            const double monthlyMin = rate * in.weeklyHours * 52.0 / 12.0;
            if (required && in.gratification.amountEur <= 0.0) {
                e.add(
                    "INT_GRATIFICATION_REQUIRED", Severity::Error,
                    [&]() -> QString {
                        return Rules::tr(
                                   "%1 presence hours is more than %2 months (%3 h): the law requires a gratification "
                                   "of at least %4 a month (%5 an hour), %6 in total.")
                            .arg(formatNumber(hostHours, 1), formatNumber(rules.gratificationThresholdMonths, 0),
                                 formatNumber(threshold, 0), formatEuros(monthlyMin), formatEuros(rate),
                                 formatEuros(rate * fig.days.presenceHours));
                    },
                    "gratification");
            } else if (required) {
                const bool monthly = in.gratification.per == GratificationPer::Month;
                const double minimum = monthly ? monthlyMin : rate;
                if (belowInCents(in.gratification.amountEur, minimum)) {
                    e.add(
                        "INT_GRATIFICATION_TOO_LOW", Severity::Error,
                        [&]() -> QString {
                            return monthly
                                       ? Rules::tr(
                                             "A gratification of %1 a month is below the legal minimum of %2 a "
                                             "month (%3 an hour × %4 h a week × 52 / 12): raise it to at least %2.")
                                             .arg(formatEuros(in.gratification.amountEur), formatEuros(minimum),
                                                  formatEuros(rate), formatNumber(in.weeklyHours, 1))
                                       : Rules::tr("A gratification of %1 an hour is below the legal minimum of %2 an "
                                                   "hour in force on %3: raise it to at least %2.")
                                             .arg(formatEuros(in.gratification.amountEur), formatEuros(minimum),
                                                  formatDate(in.start));
                        },
                        "gratification");
                }
            }
        }

        // Teaching period
        if (!in.previousSummer) {
            const QDate first = calendar.firstTeachingScheduleDay(in.start, in.end, in.workDays, in.absences);
            if (first.isValid()) {
                QDate after = first;
                while (calendar.isTeachingDay(after))
                    after = after.addDays(1);
                const Period* period = calendar.periodOf(first);
                const QString periodName = period ? period->name : QString();
                if (in.weeklyHours > rules.halfTimeWeeklyHours + 1e-9) {
                    e.add(
                        "INT_TEACHING_PERIOD", Severity::Error,
                        [&]() -> QString {
                            return Rules::tr(
                                       "Scheduled on %1, in the teaching period (%2): a full-time internship must be "
                                       "outside it. Start on or after %3.")
                                .arg(formatDate(first), periodName, formatDate(after));
                        },
                        "start");
                } else {
                    e.add(
                        "INT_TEACHING_PERIOD", Severity::Warning,
                        [&]() -> QString {
                            return Rules::tr(
                                       "This part-time internship is scheduled in the teaching period (%2, from %1): "
                                       "check with the advisor that it does not clash with classes.")
                                .arg(formatDate(first), periodName);
                        },
                        "start");
                }
            }
            if (in.end > rules.deadline) {
                e.add(
                    "INT_AFTER_DEADLINE", Severity::Error,
                    [&]() -> QString {
                        return Rules::tr("Ends on %1, after the completion deadline of %2: end on or before %2.")
                            .arg(formatDate(in.end), formatDate(rules.deadline));
                    },
                    "end");
            }
        }

        // The programme's window for the project or internship (e.g. mid-May to mid-September)
        if (!in.previousSummer && rules.hasInternshipWindow()
            && (in.start < rules.internshipWindowStart || in.end > rules.internshipWindowEnd)) {
            const bool early = in.start < rules.internshipWindowStart;
            e.add(
                "INT_PROJECT_WINDOW", Severity::Error,
                [&]() -> QString {
                    return early ? Rules::tr("Starts on %1, before the programme's period of %2 to %3: start on or "
                                             "after %2.")
                                       .arg(formatDate(in.start), formatDate(rules.internshipWindowStart),
                                            formatDate(rules.internshipWindowEnd))
                                 : Rules::tr("Ends on %1, after the programme's period of %2 to %3: end on or "
                                             "before %3.")
                                       .arg(formatDate(in.end), formatDate(rules.internshipWindowStart),
                                            formatDate(rules.internshipWindowEnd));
                },
                early ? "start" : "end");
        }

        // Overlap with the same student's other internships
        for (const Sibling& sibling : sameStudent) {
            const Internship* other = sibling.internship;
            if (other->id == in.id || !overlaps(in, *other))
                continue;
            e.add(
                "INT_OVERLAP", Severity::Error,
                [&]() -> QString {
                    return Rules::tr(
                               "Overlaps internship %1 (%2 to %3) of the same student: change the dates so that they "
                               "do not overlap.")
                        .arg(other->id, formatDate(other->start), formatDate(other->end));
                },
                "start");
        }
    }

    // Deliverables
    if (!in.proof) {
        e.add(
            "INT_PROOF_MISSING", Severity::Error,
            [&]() -> QString {
                return Rules::tr("No completion proof: ask %1 to sign a proof that the internship was completed "
                                 "successfully.")
                    .arg(in.tutor.name.isEmpty() ? Rules::tr("the host supervisor") : in.tutor.name);
            },
            "proof", Stage::Validation);
    }
    if (!in.reportPages) {
        e.add(
            "INT_REPORT", Severity::Error,
            [&]() -> QString {
                return Rules::tr("Report missing: hand in a report of %1 to %2 pages.")
                    .arg(rules.reportMinPages)
                    .arg(rules.reportMaxPages);
            },
            "report", Stage::Validation);
    } else if (*in.reportPages < rules.reportMinPages || *in.reportPages > rules.reportMaxPages) {
        e.add(
            "INT_REPORT", Severity::Warning,
            [&]() -> QString {
                return Rules::tr("The report has %n page(s); it should have %1 to %2.", nullptr, *in.reportPages)
                    .arg(rules.reportMinPages)
                    .arg(rules.reportMaxPages);
            },
            "report", Stage::Validation);
    }
    return e.blocking();
}

// ---------------------------------------------------------------------------------------------
// TERs

bool checkTerInto(const Calendar& calendar, const Ter& t, int headcount, Stage stage, QList<Finding>& out)
{
    const RuleSet& rules = calendar.rules();
    const QString firstStudent = t.studentIds.value(0);
    Emitter e(rules, stage, t.overrides, t.id, firstStudent, out);

    if (t.weeklyHours + 1e-9 < rules.terMinWeeklyHours || t.weeklyHours > rules.terMaxWeeklyHours + 1e-9) {
        e.add(
            "TER_TIME_COMMITMENT", Severity::Warning,
            [&]() -> QString {
                return Rules::tr(
                           "%1 h a week is outside the expected half a day to a day a week (%2 to %3 h): plan between "
                           "%2 and %3 h a week.")
                    .arg(formatNumber(t.weeklyHours, 1), formatNumber(rules.terMinWeeklyHours, 1),
                         formatNumber(rules.terMaxWeeklyHours, 1));
            },
            "weekly_hours");
    }

    if (datesUsable(t.start, t.end)) {
        const QDate minEnd = t.start.addMonths(rules.terMinMonths).addDays(-1);
        const QDate maxEnd = t.start.addMonths(rules.terMaxMonths).addDays(-1);
        if (t.end < minEnd) {
            e.add(
                "TER_DURATION", Severity::Warning,
                [&]() -> QString {
                    return Rules::tr("From %1 to %2 is shorter than %3 months: end on or after %4.")
                        .arg(formatDate(t.start), formatDate(t.end))
                        .arg(rules.terMinMonths)
                        .arg(formatDate(minEnd));
                },
                "end");
        } else if (t.end > maxEnd) {
            e.add(
                "TER_DURATION", Severity::Warning,
                [&]() -> QString {
                    return Rules::tr("From %1 to %2 is longer than %3 months: end on or before %4.")
                        .arg(formatDate(t.start), formatDate(t.end))
                        .arg(rules.terMaxMonths)
                        .arg(formatDate(maxEnd));
                },
                "end");
        }

        if (!calendar.withinTeaching(t.start, t.end)) {
            e.add(
                "TER_OUTSIDE_PERIOD", Severity::Error,
                [&]() -> QString {
                    return Rules::
                        tr("From %1 to %2 is not within the teaching period %3: a TER takes place during the teaching "
                           "period, most commonly in T4.")
                            .arg(formatDate(t.start), formatDate(t.end), periodSpan(rules, allPeriodNames(rules)));
                },
                "start");
        }

        if (t.kind == TerKind::ChallengePrep && !calendar.withinPeriods(t.start, t.end, rules.challengePrepPeriods)) {
            e.add(
                "TER_CHALLENGE_PREP_PERIOD", Severity::Error,
                [&]() -> QString {
                    return Rules::tr(
                               "An AI-challenge preparation TER runs in %1, before the challenge class; from %2 to %3 "
                               "is not within it: move it there.")
                        .arg(periodSpan(rules, rules.challengePrepPeriods), formatDate(t.start), formatDate(t.end));
                },
                "start");
        }
    }

    if (t.kind == TerKind::ChallengeSolve) {
        QStringList problems;
        if (datesUsable(t.start, t.end) && !calendar.withinPeriods(t.start, t.end, rules.challengeSolvePeriods)) {
            problems.append(
                Rules::tr("it must run in %1, not from %2 to %3")
                    .arg(periodSpan(rules, rules.challengeSolvePeriods), formatDate(t.start), formatDate(t.end)));
        }
        if (t.studentIds.size() != rules.challengeSolveGroupSize) {
            problems.append(
                Rules::tr("it is done by exactly %1 students, not %n", nullptr, static_cast<int>(t.studentIds.size()))
                    .arg(rules.challengeSolveGroupSize));
        }
        if (!problems.isEmpty()) {
            e.add(
                "TER_CHALLENGE_SOLVE", Severity::Error,
                [&]() -> QString {
                    return Rules::tr("Solving a classmates' mini-challenge: %1.")
                        .arg(problems.join(QStringLiteral("; ")));
                },
                problems.size() == 1 && t.studentIds.size() != rules.challengeSolveGroupSize ? "students" : "start");
        }
    }

    if (!t.lab.inParisSaclay) {
        e.add(
            "TER_OUTSIDE_SACLAY", Severity::Warning,
            [&]() -> QString {
                return Rules::tr("%1 is outside Université Paris-Saclay: the advisor must approve this TER first.")
                    .arg(t.lab.name.isEmpty() ? Rules::tr("The lab") : t.lab.name);
            },
            "lab");
    }
    // The agreement is a convention de stage: French law.
    if ((!t.lab.inParisSaclay || t.paid) && rules.frenchLawApplies()) {
        e.add(
            "TER_AGREEMENT_NEEDED", Severity::Info,
            [&]() -> QString {
                return t.paid ? Rules::tr(
                           "The student is paid: this TER needs an internship agreement (convention de stage).")
                              : Rules::tr(
                                  "The lab is outside Université Paris-Saclay: this TER needs an internship agreement "
                                  "(convention de stage).");
            },
            "lab");
    }

    if (t.capacity && headcount > *t.capacity) {
        e.add(
            "TER_GROUP_SIZE", Severity::Error,
            [&]() -> QString {
                return Rules::tr(
                           "The subject \"%1\" is taken by %2 students, more than its capacity of %3: move %4 of them "
                           "to another subject, or raise the capacity.")
                    .arg(t.subject)
                    .arg(headcount)
                    .arg(*t.capacity)
                    .arg(headcount - *t.capacity);
            },
            "students");
    }

    if (!t.reportPages) {
        e.add(
            "TER_REPORT", Severity::Error,
            [&]() -> QString {
                return Rules::tr("Report missing: hand a report of %1 to %2 pages to the supervising researchers.")
                    .arg(rules.reportMinPages)
                    .arg(rules.reportMaxPages);
            },
            "report", Stage::Validation);
    } else if (*t.reportPages < rules.reportMinPages || *t.reportPages > rules.reportMaxPages) {
        e.add(
            "TER_REPORT", Severity::Warning,
            [&]() -> QString {
                return Rules::tr("The report has %n page(s); it should have %1 to %2.", nullptr, *t.reportPages)
                    .arg(rules.reportMinPages)
                    .arg(rules.reportMaxPages);
            },
            "report", Stage::Validation);
    }
    if (!t.grade) {
        e.add(
            "TER_GRADE", Severity::Error,
            [&]() -> QString {
                return Rules::tr("No grade yet: the supervisors must give a grade from 0 to %1.")
                    .arg(formatNumber(rules.gradeMax, 0));
            },
            "grade", Stage::Validation);
    }
    return e.blocking();
}

// ---------------------------------------------------------------------------------------------
// Alternatives

int schoolDays(const Calendar& calendar, const SummerSchool& s)
{
    if (s.fullTimeDays)
        return *s.fullTimeDays;
    if (!datesUsable(s.start, s.end))
        return 0;
    return calendar.count(s.start, s.end, calendar.rules().defaultWorkDays, calendar.rules().fullTimeWeeklyHours, {})
        .presenceDays;
}

bool checkSchoolInto(const Calendar& calendar, const SummerSchool& s, Stage stage, QList<Finding>& out)
{
    const RuleSet& rules = calendar.rules();
    Emitter e(rules, stage, s.overrides, s.id, s.studentId, out);
    const int days = schoolDays(calendar, s);
    if (days < rules.schoolMinFullTimeDays) {
        e.add(
            "SCHOOL_TOO_SHORT", Severity::Error,
            [&]() -> QString {
                return Rules::
                    tr("%n day(s) of full-time classes: a summer school must have at least %1; choose a longer one.",
                       nullptr, days)
                        .arg(rules.schoolMinFullTimeDays);
            },
            "full_time_days");
    }
    bool proposed = s.proposed;
    for (const QString& name : rules.proposedSchools) {
        if (!proposed && name.trimmed().compare(s.name.trimmed(), Qt::CaseInsensitive) == 0)
            proposed = true;
    }
    if (!proposed) {
        e.add(
            "SCHOOL_NOT_PROPOSED", Severity::Warning,
            [&]() -> QString {
                return Rules::tr(
                           "\"%1\" is not in the programme's list of proposed schools: the advisor must approve it.")
                    .arg(s.name);
            },
            "name");
    }
    if (!s.reportPages || s.reportLinks.size() < rules.schoolMinReportLinks) {
        e.add(
            "SCHOOL_REPORT", Severity::Error,
            [&]() -> QString {
                return !s.reportPages
                           ? Rules::tr(
                               "Report missing: send a short report (about 2 pages) with links to the classes followed "
                               "and the projects finished.")
                           : Rules::tr(
                                 "The report gives %1 link(s); it needs at least %2 to the classes followed and the "
                                 "projects finished.")
                                 .arg(s.reportLinks.size())
                                 .arg(rules.schoolMinReportLinks);
            },
            "report", Stage::Validation);
    }
    return e.blocking();
}

bool checkSeminarInto(const RuleSet& rules, const Seminar& s, QDate today, Stage stage, QList<Finding>& out)
{
    Emitter e(rules, stage, s.overrides, s.id, s.studentId, out);
    const int words = wordCount(s.paragraph);
    if (words < rules.seminarParagraphMinWords) {
        // A seminar still to come has no paragraph yet: it is due once attended.
        const bool attended = !s.date.isValid() || !today.isValid() || s.date <= today;
        e.add(
            "SEMINAR_PARAGRAPH", Severity::Error,
            [&]() -> QString {
                return Rules::tr(
                           "The paragraph on \"%1\" has %n word(s): write at least %2, in your own words, on what you "
                           "learned and what it brings to your field.",
                           nullptr, words)
                    .arg(s.title)
                    .arg(rules.seminarParagraphMinWords);
            },
            "paragraph", attended ? Stage::Proposal : Stage::Validation);
    }
    return e.blocking();
}

} // namespace

QList<Finding> Checker::checkInternship(const Internship& internship, QDate today, Stage stage,
                                        InternshipFigures* figuresOut, const QList<Internship>& others) const
{
    const InternshipFigures fig = figures(internship, today);
    QList<InternshipFigures> otherFigures;
    otherFigures.reserve(others.size());
    for (const Internship& o : others)
        otherFigures.append(figures(o, today));
    QList<Sibling> same;
    same.append({&internship, &fig});
    for (qsizetype i = 0; i < others.size(); ++i) {
        const Internship& o = others.at(i);
        if (o.studentId == internship.studentId && o.id != internship.id)
            same.append({&o, &otherFigures.at(i)});
    }
    QList<Finding> out;
    checkInternshipInto(*this, internship, today, itemStage(stage, internship.state, internship.end, today), fig, same,
                        out);
    if (figuresOut)
        *figuresOut = fig;
    return out;
}

QList<Finding> Checker::checkTer(const Ter& ter, QDate today, Stage stage, int subjectHeadcount) const
{
    QList<Finding> out;
    checkTerInto(m_calendar, ter, subjectHeadcount < 0 ? static_cast<int>(ter.studentIds.size()) : subjectHeadcount,
                 itemStage(stage, ter.state, ter.end, today), out);
    return out;
}

QList<Finding> Checker::checkSummerSchool(const SummerSchool& school, QDate today, Stage stage) const
{
    QList<Finding> out;
    checkSchoolInto(m_calendar, school, itemStage(stage, school.state, school.end, today), out);
    return out;
}

QList<Finding> Checker::checkSeminar(const Seminar& seminar, QDate today, Stage stage) const
{
    QList<Finding> out;
    checkSeminarInto(m_calendar.rules(), seminar, today, itemStage(stage, WorkflowState::Draft, seminar.date, today),
                     out);
    return out;
}

CheckResult Checker::check(const Cohort& cohort, QDate today, Stage stage) const
{
    const RuleSet& rules = m_calendar.rules();
    const CohortIndex index = indexCohort(cohort);
    CheckResult result;

    // Per student: which activities are complete (no blocking finding, deliverables included).
    QSet<QString> terDone;
    QSet<QString> internshipDone;
    QSet<QString> schoolDone;
    QHash<QString, int> seminarsDone;
    QHash<QString, int> seminarCount;
    QSet<QString> hasInternshipOrSchool;

    // Internships and TERs are checked in chunks on every core; the chunks' findings are then joined
    // in input order, so the output does not depend on the number of threads.
    const qsizetype nInternships = cohort.internships.size();
    QList<InternshipFigures> figs(nInternships);
    parallelChunks(nInternships, [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            figs[i] = figures(cohort.internships.at(i), today);
    });
    result.internships.reserve(nInternships);
    for (qsizetype i = 0; i < nInternships; ++i)
        result.internships.insert(cohort.internships.at(i).id, figs.at(i));

    std::vector<char> internshipOk(static_cast<size_t>(nInternships), 0);
    const QList<QList<Finding>> internshipFindings = parallelChunks(nInternships, [&](qsizetype from, qsizetype to) {
        QList<Finding> out;
        QList<Sibling> same;
        for (qsizetype i = from; i < to; ++i) {
            const Internship& in = cohort.internships.at(i);
            same.clear();
            for (qsizetype j = index.firstInternship.value(in.studentId, -1); j >= 0;
                 j = index.nextInternship[static_cast<size_t>(j)])
                same.append({&cohort.internships.at(j), &figs.at(j)});
            internshipOk[static_cast<size_t>(i)] = static_cast<char>(!checkInternshipInto(
                *this, in, today, itemStage(stage, in.state, in.end, today), figs.at(i), same, out));
        }
        return out;
    });
    for (const QList<Finding>& chunk : internshipFindings)
        result.findings.append(chunk);
    for (qsizetype i = 0; i < nInternships; ++i) {
        const QString& student = cohort.internships.at(i).studentId;
        if (internshipOk[static_cast<size_t>(i)])
            internshipDone.insert(student);
        hasInternshipOrSchool.insert(student);
    }

    const qsizetype nTers = cohort.ters.size();
    std::vector<char> terOk(static_cast<size_t>(nTers), 0);
    const QList<QList<Finding>> terFindings = parallelChunks(nTers, [&](qsizetype from, qsizetype to) {
        QList<Finding> out;
        for (qsizetype i = from; i < to; ++i) {
            const Ter& t = cohort.ters.at(i);
            int headcount = static_cast<int>(t.studentIds.size());
            if (t.capacity && !index.terSubjectHeadcount.isEmpty())
                headcount = index.terSubjectHeadcount.value(t.subject.trimmed().toCaseFolded(), headcount);
            terOk[static_cast<size_t>(i)] = static_cast<char>(
                !checkTerInto(m_calendar, t, headcount, itemStage(stage, t.state, t.end, today), out));
        }
        return out;
    });
    for (const QList<Finding>& chunk : terFindings)
        result.findings.append(chunk);
    for (qsizetype i = 0; i < nTers; ++i) {
        if (terOk[static_cast<size_t>(i)]) {
            for (const QString& s : cohort.ters.at(i).studentIds)
                terDone.insert(s);
        }
    }

    for (const SummerSchool& s : cohort.summerSchools) {
        const bool blocking = checkSchoolInto(m_calendar, s, itemStage(stage, s.state, s.end, today), result.findings);
        const bool inTime = !s.end.isValid() || s.end <= rules.deadline;
        if (!blocking && inTime)
            schoolDone.insert(s.studentId);
        hasInternshipOrSchool.insert(s.studentId);
    }

    for (const Seminar& s : cohort.seminars) {
        const bool blocking =
            checkSeminarInto(rules, s, today, itemStage(stage, WorkflowState::Draft, s.date, today), result.findings);
        const bool inTime = !s.date.isValid() || s.date <= rules.deadline;
        if (!blocking && inTime)
            ++seminarsDone[s.studentId];
        ++seminarCount[s.studentId];
    }

    // Student-level rules, in the order of the students.
    result.students.reserve(cohort.students.size());
    const Stage ofStudents = studentStage(stage, rules.deadline, today);
    for (const Student& st : cohort.students) {
        Emitter e(rules, ofStudents, st.overrides, st.id, st.id, result.findings);
        const int seminars = seminarCount.value(st.id);
        if (seminars > 0 && seminars < rules.seminarsMin && !hasInternshipOrSchool.contains(st.id)) {
            e.add(
                "SEMINARS_TOO_FEW", Severity::Error,
                [&]() -> QString {
                    return Rules::tr("%n seminar(s) recorded: attend at least %1 seminars in the field (online or in a "
                                     "room) to replace the internship.",
                                     nullptr, seminars)
                        .arg(rules.seminarsMin);
                },
                "seminars");
        }

        StudentStatus status;
        for (const Requirement& req : rules.requirements) {
            bool met = false;
            for (const QString& activity : req.anyOf) {
                if (activity == QLatin1String("ter"))
                    met = met || terDone.contains(st.id);
                else if (activity == QLatin1String("internship"))
                    met = met || internshipDone.contains(st.id);
                else if (activity == QLatin1String("summer_school"))
                    met = met || schoolDone.contains(st.id);
                else if (activity == QLatin1String("seminars"))
                    met = met || seminarsDone.value(st.id) >= rules.seminarsMin;
            }
            if (!met)
                status.missing.append(req.code);
        }
        status.complete = status.missing.isEmpty();
        if (!status.complete) {
            e.add(
                "STUDENT_INCOMPLETE", Severity::Error,
                [&]() -> QString {
                    QStringList missingText;
                    for (const Requirement& req : rules.requirements) {
                        if (status.missing.contains(req.code))
                            missingText.append(describeRequirement(rules, req));
                    }
                    return Rules::tr("%1 has not completed the year by %2: missing %3.")
                        .arg(st.name.isEmpty() ? st.id : st.name, formatDate(rules.deadline),
                             missingText.join(Rules::tr(" and ")));
                },
                "", Stage::Close);
        }
        result.students.insert(st.id, status);
    }
    return result;
}

} // namespace interntrack

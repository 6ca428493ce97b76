#include "ProposalImport.h"

#include "workflow/Workflow.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace interntrack {

namespace {

/// For matching people: case, accents, spacing and punctuation of a name or an email do not count.
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber() || c == QLatin1Char('@') || c == QLatin1Char('.'))
            out.append(c.toCaseFolded());
        else if (c.isSpace() || c == QLatin1Char('-'))
            out.append(QLatin1Char(' '));
    }
    return out.simplified();
}

QString itemLabel(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Internship:
        return ProposalImport::tr("internship");
    case ItemKind::Ter:
        return ProposalImport::tr("TER");
    case ItemKind::SummerSchool:
        return ProposalImport::tr("summer school");
    case ItemKind::Seminar:
        return ProposalImport::tr("seminar");
    case ItemKind::Student:
        break;
    }
    return ProposalImport::tr("student");
}

template<typename T>
const T* findById(const QList<T>& list, const QString& id)
{
    for (const T& item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

struct Matched
{
    ProposalImport::Match how = ProposalImport::Match::NotFound;
    const Student* student = nullptr;
};

Result<Matched> matchStudent(const Cohort& cohort, const Student& sender)
{
    using R = Result<Matched>;
    const QString email = folded(sender.email);
    const QString name = folded(sender.name);
    // The id alone is not enough: a student's file and the database may both have an "s1".
    if (const Student* s = findById(cohort.students, sender.id);
        s && ((!email.isEmpty() && folded(s->email) == email) || (!name.isEmpty() && folded(s->name) == name)))
        return Matched{ProposalImport::Match::ById, s};
    const auto unique = [&](auto&& same, ProposalImport::Match how) -> std::optional<R> {
        const Student* found = nullptr;
        int count = 0;
        for (const Student& s : cohort.students) {
            if (same(s)) {
                found = &s;
                ++count;
            }
        }
        if (count == 1)
            return R(Matched{how, found});
        if (count > 1)
            return R::failure(
                ProposalImport::tr("%1 students of the year have the %2 of the sender (%3): give each their own "
                                   "before importing.")
                    .arg(count)
                    .arg(how == ProposalImport::Match::ByEmail ? ProposalImport::tr("email")
                                                               : ProposalImport::tr("name"),
                         how == ProposalImport::Match::ByEmail ? sender.email : sender.name));
        return std::nullopt;
    };
    if (!email.isEmpty()) {
        if (auto r = unique([&](const Student& s) { return folded(s.email) == email; }, ProposalImport::Match::ByEmail))
            return *r;
    }
    if (!name.isEmpty()) {
        if (auto r = unique([&](const Student& s) { return folded(s.name) == name; }, ProposalImport::Match::ByName))
            return *r;
    }
    return Matched{};
}

QString freshStudentId(const Cohort& cohort, const QString& wanted)
{
    if (!wanted.isEmpty() && !findById(cohort.students, wanted))
        return wanted;
    QString id;
    do {
        const quint64 bits = QRandomGenerator::system()->generate64() & Q_UINT64_C(0xFFFFFFFFFFFF);
        id = QStringLiteral("s-%1").arg(bits, 12, 16, QLatin1Char('0'));
    } while (findById(cohort.students, id));
    return id;
}

/// Refuses an item whose id the database already gives to another student or to an approved item.
template<typename T>
Status checkItem(const QList<T>& existing, const T& item, ItemKind kind, const QString& studentId,
                 ProposalImport::Plan& plan)
{
    const T* old = findById(existing, item.id);
    if (!old) {
        plan.newItems.append(item.id);
        return {};
    }
    bool sameStudent = false;
    if constexpr (std::is_same_v<T, Ter>)
        sameStudent = old->studentIds.contains(studentId);
    else
        sameStudent = old->studentId == studentId;
    if (!sameStudent)
        return Status::failure(ProposalImport::tr("The database already has a %1 %2 of another student: the "
                                                  "proposal cannot replace it (ids are unique). Ask the student "
                                                  "to write the proposal again.")
                                   .arg(itemLabel(kind), item.id));
    if constexpr (!std::is_same_v<T, Seminar>) {
        if (!ProposalImport::replaceable(old->state))
            return Status::failure(ProposalImport::tr("%1 %2 is already %3: a new version replaces a proposal only "
                                                      "while it is not approved. Nothing was imported.")
                                       .arg(itemLabel(kind), item.id, Workflow::stateName(old->state)));
    }
    plan.replacedItems.append(item.id);
    return {};
}

} // namespace

bool ProposalImport::replaceable(WorkflowState state)
{
    return state == WorkflowState::Draft || state == WorkflowState::Submitted
           || state == WorkflowState::ChangesRequested;
}

Result<ProposalImport::Plan> ProposalImport::plan(const CohortRepository& repo, const ProposalFile& file)
{
    using R = Result<Plan>;
    const Result<QList<AcademicYear>> years = repo.academicYears();
    if (!years)
        return R::failure(years.error());
    if (!years->contains(file.year))
        return R::failure(tr("The proposal is for the academic year %1, which this database does not have. "
                             "Nothing was imported.")
                              .arg(file.year.toString()));
    const Result<Cohort> cohort = repo.loadCohort(file.year);
    if (!cohort)
        return R::failure(cohort.error());
    const Cohort& c = cohort.value();

    Plan plan;
    plan.year = file.year;
    const Result<Matched> matched = matchStudent(c, file.student);
    if (!matched)
        return R::failure(matched.error());
    plan.match = matched->how;
    if (matched->student) {
        plan.studentId = matched->student->id;
        plan.studentName = matched->student->name;
    } else {
        plan.studentId = freshStudentId(c, file.student.id);
        plan.studentName = file.student.name;
    }

    for (const Internship& i : file.internships) {
        if (Status s = checkItem(c.internships, i, ItemKind::Internship, plan.studentId, plan); !s)
            return R::failure(s.error());
    }
    for (const Ter& t : file.ters) {
        if (Status s = checkItem(c.ters, t, ItemKind::Ter, plan.studentId, plan); !s)
            return R::failure(s.error());
        for (const QString& other : t.studentIds) {
            if (other != file.student.id && !findById(c.students, other) && !plan.droppedPartners.contains(other))
                plan.droppedPartners.append(other);
        }
    }
    for (const SummerSchool& s : file.summerSchools) {
        if (Status st = checkItem(c.summerSchools, s, ItemKind::SummerSchool, plan.studentId, plan); !st)
            return R::failure(st.error());
    }
    for (const Seminar& s : file.seminars) {
        if (Status st = checkItem(c.seminars, s, ItemKind::Seminar, plan.studentId, plan); !st)
            return R::failure(st.error());
    }
    return plan;
}

Result<ProposalImport::Plan> ProposalImport::apply(CohortRepository& repo, const ProposalFile& file,
                                                   const Options& options)
{
    using R = Result<Plan>;
    const Result<Plan> planned = plan(repo, file);
    if (!planned)
        return planned;
    const Plan& p = planned.value();
    if (p.match == Match::NotFound && !options.createStudent)
        return R::failure(tr("No student of %1 matches %2 <%3> (by id, email or name): confirm to create them. "
                             "Nothing was imported.")
                              .arg(p.year.toString(), file.student.name, file.student.email));
    const QString actorName = options.actor.isEmpty() ? tr("advisor") : options.actor;
    const Actor student{p.studentName.isEmpty() ? file.student.email : p.studentName, Role::Student, p.studentId};
    const QString comment = file.message.isEmpty()
                                ? tr("Proposal file written on %1.").arg(file.written.toUTC().toString(Qt::ISODate))
                                : file.message;
    const QDate submittedOn = file.written.isValid() ? file.written.toLocalTime().date() : QDate();

    const Status done = repo.inTransaction([&]() -> Status {
        if (p.match == Match::NotFound) {
            Student s = file.student;
            s.id = p.studentId;
            s.overrides.clear(); // overrides are the advisor's, never the student's
            if (Status st = repo.saveStudent(p.year, s, actorName); !st)
                return st;
        }
        // Saved in its earlier state (or as a draft), then moved to submitted as the student: the history has
        // both versions and the submission with the student's message.
        const auto submit = [&](ItemKind kind, const QString& id, std::optional<WorkflowState> earlier,
                                const std::function<Status(WorkflowState)>& save) -> Status {
            const WorkflowState from = earlier.value_or(WorkflowState::Draft);
            if (Status st = save(from); !st)
                return st;
            if (from == WorkflowState::Submitted)
                return {};
            return repo.transition(p.year, kind, id, from, WorkflowState::Submitted, student, comment, {});
        };
        const auto earlierState = [&](auto result) -> std::optional<WorkflowState> {
            if (result)
                return result->state;
            return std::nullopt;
        };

        for (Internship i : file.internships) {
            i.studentId = p.studentId;
            i.overrides.clear();
            if (!i.submitted.isValid())
                i.submitted = submittedOn;
            const auto earlier = earlierState(repo.internship(p.year, i.id));
            if (Status st = submit(ItemKind::Internship, i.id, earlier,
                                   [&](WorkflowState s) {
                                       i.state = s;
                                       return repo.saveInternship(p.year, i, student.name);
                                   });
                !st)
                return st;
        }
        for (Ter t : file.ters) {
            QStringList ids{p.studentId};
            for (const QString& other : std::as_const(t.studentIds)) {
                if (other != file.student.id && other != p.studentId && !p.droppedPartners.contains(other))
                    ids.append(other);
            }
            t.studentIds = ids;
            t.overrides.clear();
            t.grade.reset(); // a grade is the advisor's
            const auto earlier = earlierState(repo.ter(p.year, t.id));
            if (Status st = submit(ItemKind::Ter, t.id, earlier,
                                   [&](WorkflowState s) {
                                       t.state = s;
                                       return repo.saveTer(p.year, t, student.name);
                                   });
                !st)
                return st;
        }
        for (SummerSchool s : file.summerSchools) {
            s.studentId = p.studentId;
            s.overrides.clear();
            const auto earlier = earlierState(repo.summerSchool(p.year, s.id));
            if (Status st = submit(ItemKind::SummerSchool, s.id, earlier,
                                   [&](WorkflowState state) {
                                       s.state = state;
                                       return repo.saveSummerSchool(p.year, s, student.name);
                                   });
                !st)
                return st;
        }
        for (Seminar s : file.seminars) {
            s.studentId = p.studentId;
            s.overrides.clear();
            if (Status st = repo.saveSeminar(p.year, s, student.name); !st)
                return st;
        }
        return {};
    });
    if (!done)
        return R::failure(tr("%1\nNothing was imported.").arg(done.error()));
    return p;
}

Result<ProposalReply> ProposalImport::reply(const CohortRepository& repo, AcademicYear year, const QString& itemId)
{
    using R = Result<ProposalReply>;
    ProposalReply r;
    r.year = year;
    r.itemId = itemId;
    QString studentId;
    if (const Result<Internship> i = repo.internship(year, itemId)) {
        r.kind = ItemKind::Internship;
        r.state = i->state;
        studentId = i->studentId;
    } else if (const Result<Ter> t = repo.ter(year, itemId)) {
        r.kind = ItemKind::Ter;
        r.state = t->state;
        studentId = t->studentIds.value(0);
    } else if (const Result<SummerSchool> s = repo.summerSchool(year, itemId)) {
        r.kind = ItemKind::SummerSchool;
        r.state = s->state;
        studentId = s->studentId;
    } else {
        return R::failure(tr("%1 has no internship, TER or summer school %2.").arg(year.toString(), itemId));
    }
    if (r.state == WorkflowState::Draft || r.state == WorkflowState::Submitted)
        return R::failure(tr("%1 %2 is %3: there is no decision to send yet.")
                              .arg(itemLabel(r.kind), itemId, Workflow::stateName(r.state)));
    const Result<QList<TransitionRecord>> history = repo.transitions(year, r.kind, itemId);
    if (!history)
        return R::failure(history.error());
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        if (it->to == r.state) {
            r.comment = it->comment;
            r.decidedBy = it->actor;
            r.decidedAt = it->at;
            break;
        }
    }
    if (const Result<Student> student = repo.student(year, studentId)) {
        r.studentName = student->name;
        r.studentEmail = student->email;
    }
    if (r.studentName.isEmpty() && r.studentEmail.isEmpty())
        r.studentName = studentId;
    return r;
}

QString ProposalImport::describe(const Plan& plan)
{
    QString who;
    switch (plan.match) {
    case Match::ById:
    case Match::ByEmail:
    case Match::ByName:
        who = tr("%1 (%2)").arg(plan.studentName, plan.match == Match::ByName    ? tr("matched by name")
                                                  : plan.match == Match::ByEmail ? tr("matched by email")
                                                                                 : tr("matched by id"));
        break;
    case Match::NotFound:
        who = tr("%1 (a new student)").arg(plan.studentName);
        break;
    }
    QString text = tr("%1: %n new item(s)", nullptr, int(plan.newItems.size())).arg(who);
    if (!plan.replacedItems.isEmpty())
        text += tr(", %n earlier version(s) replaced", nullptr, int(plan.replacedItems.size()));
    text += QLatin1Char('.');
    if (!plan.droppedPartners.isEmpty())
        text += QLatin1Char(' ')
                + tr("The TER partner is not in the database: add them to the TER (the message names them).");
    return text;
}

} // namespace interntrack

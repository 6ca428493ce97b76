#include "StudentsModel.h"

#include "Icons.h"
#include "Workspace.h"
#include "domain/ProfileLabels.h"
#include "workflow/Workflow.h"

#include <QLocale>
#include <QPalette>
#include <QtConcurrent/QtConcurrentMap>

namespace interntrack {

namespace {

bool isDropped(WorkflowState state)
{
    return state == WorkflowState::Rejected || state == WorkflowState::Cancelled;
}

QString shortDate(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

/// "4 May – 26 Jun 2026"
QString dateSpan(QDate start, QDate end)
{
    if (!start.isValid() && !end.isValid())
        return QString();
    return StudentsModel::tr("%1 – %2").arg(start.isValid() ? shortDate(start) : QStringLiteral("?"),
                                            end.isValid() ? shortDate(end) : QStringLiteral("?"));
}

/// The item to show among several: the first that is neither rejected nor cancelled, else the first.
template<typename T>
const T* pick(const QList<const T*>& items)
{
    for (const T* item : items) {
        if (!isDropped(item->state))
            return item;
    }
    return items.isEmpty() ? nullptr : items.first();
}

constexpr int kMaxToolTipLines = 12;

} // namespace

StudentsModel::StudentsModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ws(workspace)
{
    connect(&m_ws, &Workspace::yearLoaded, this, &StudentsModel::reload);
    // The headers say what the year's programme calls its activities.
    connect(&m_ws, &Workspace::rulesChanged, this,
            [this] { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); });
    // The workspace says whose findings changed (everyone's when the list is empty): at 300,000 students,
    // remaking every row after each change would freeze the window.
    connect(&m_ws, &Workspace::findingsChanged, this, [this](const QStringList& students) {
        if (students.isEmpty())
            refreshAll();
        else
            refreshStudents(students);
    });
    connect(&m_ws, &Workspace::itemChanged, this, &StudentsModel::onItemChanged);
    reload();
}

int StudentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StudentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags StudentsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant StudentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StudentColumn:
            return tr("Student");
        case TerColumn:
            return ProfileLabels::singular(m_ws.rules(), ProfileLabels::Activity::Ter, tr("TER"));
        case PlacementColumn: {
            // The programme's name for an internship; "or alternative" where it has alternatives.
            using Activity = ProfileLabels::Activity;
            const RuleSet& rules = m_ws.rules();
            const bool alternatives = ProfileLabels::offers(rules, Activity::SummerSchool)
                                      || ProfileLabels::offers(rules, Activity::Seminars);
            if (!ProfileLabels::hasLabel(rules, Activity::Internship))
                return alternatives ? tr("Internship or alternative") : tr("Internship");
            const QString name = ProfileLabels::singular(rules, Activity::Internship);
            return alternatives ? tr("%1 or alternative").arg(name) : name;
        }
        case DeadlineColumn:
            return tr("Next deadline");
        case FindingsColumn:
            return tr("Findings");
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TerColumn:
            return tr("The student's research project (TER): its state and subject");
        case PlacementColumn:
            return tr("The internship, or the summer school or seminars that replace it");
        case DeadlineColumn:
            return tr("The earliest date not yet met; a late one comes first");
        case FindingsColumn:
            return tr("Open errors and warnings of the rules (overridden ones are not open)");
        default:
            break;
        }
    }
    return {};
}

QVariant StudentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::DecorationRole:
        return decoration(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        return display(row, column);
    case Qt::ForegroundRole:
        // "No TER" and "Not placed" are absences, not values: dimmed (their text says it too).
        if ((column == TerColumn && !row.terState) || (column == PlacementColumn && row.placement == Placement::None))
            return QPalette().brush(QPalette::PlaceholderText);
        return {};
    case SortRole:
        return sortKey(row, column);
    case StudentIdRole:
        return row.id;
    case ErrorCountRole:
        return row.errors;
    case WarningCountRole:
        return row.warnings;
    case InfoCountRole:
        return row.infos;
    case OverriddenCountRole:
        return row.overridden;
    case NextDeadlineRole:
        return row.next ? row.next->date : QDate();
    case LateRole:
        return row.late;
    case TerStateRole:
        return row.terState ? int(*row.terState) : -1;
    case PlacementRole:
        return int(row.placement);
    case PlacementStateRole:
        return row.placementState ? int(*row.placementState) : -1;
    case StatesRole: {
        QVariantList out;
        for (int s : row.states)
            out.append(s);
        return out;
    }
    case SearchTextRole:
        return row.search;
    case NeedsAdvisorRole:
        return row.needsAdvisor;
    case NeedsSecretariatRole:
        return row.needsSecretariat;
    case NeedsStudentRole:
        return row.needsStudent;
    case MissingReportRole:
        return row.missingReport;
    case NotPlacedRole:
        return row.notPlaced;
    default:
        break;
    }
    return {};
}

QVariant StudentsModel::display(const Row& row, int column) const
{
    switch (column) {
    case StudentColumn:
        return row.name;
    case TerColumn:
        if (!row.terState)
            return ProfileLabels::hasLabel(m_ws.rules(), ProfileLabels::Activity::Ter)
                       ? tr("No %1").arg(ProfileLabels::singular(m_ws.rules(), ProfileLabels::Activity::Ter))
                       : tr("No TER");
        return tr("%1 · %2").arg(stateText(*row.terState), row.terSubject);
    case PlacementColumn:
        switch (row.placement) {
        case Placement::Internship:
            return tr("%1 · %2").arg(stateText(*row.placementState), row.placementName);
        case Placement::SummerSchool:
            return tr("Summer school: %1").arg(row.placementName);
        case Placement::Seminars:
            return tr("%n seminar(s)", nullptr, row.seminarCount);
        case Placement::None:
            break;
        }
        if (row.droppedState)
            return tr("Not placed (%1: %2)").arg(Workflow::stateName(*row.droppedState), row.droppedHost);
        return tr("Not placed");
    case DeadlineColumn:
        if (!row.next)
            return tr("Nothing due");
        if (row.late)
            return tr("Late · %1 · %2").arg(shortDate(row.next->date), deadlineText(*row.next, m_ws.rules()));
        return tr("%1 · %2").arg(dueDateText(row.next->date, m_ws.today()), deadlineText(*row.next, m_ws.rules()));
    case FindingsColumn:
        return findingsText(row);
    default:
        break;
    }
    return {};
}

QString StudentsModel::findingsText(const Row& row) const
{
    QStringList parts;
    if (row.errors > 0)
        parts.append(tr("%n error(s)", nullptr, row.errors));
    if (row.warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, row.warnings));
    if (parts.isEmpty())
        parts.append(tr("OK"));
    if (row.overridden > 0)
        parts.append(tr("%n overridden", nullptr, row.overridden));
    return parts.join(tr(", "));
}

QVariant StudentsModel::decoration(const Row& row, int column) const
{
    switch (column) {
    case TerColumn:
        if (row.terState)
            return Icons::state(*row.terState);
        return QVariant();
    case PlacementColumn:
        switch (row.placement) {
        case Placement::Internship:
        case Placement::SummerSchool:
            return Icons::state(*row.placementState);
        case Placement::Seminars:
            return Icons::kind(ItemKind::Seminar);
        case Placement::None:
            break;
        }
        return Icons::notPlaced();
    case DeadlineColumn:
        if (!row.next)
            return Icons::ok();
        return row.late ? Icons::late() : Icons::deadline();
    case FindingsColumn:
        if (row.errors > 0)
            return Icons::severity(Severity::Error);
        if (row.warnings > 0)
            return Icons::severity(Severity::Warning);
        if (row.overridden > 0)
            return Icons::overridden();
        return Icons::ok();
    default:
        break;
    }
    return {};
}

QVariant StudentsModel::toolTip(const Row& row, int column) const
{
    QStringList lines;
    switch (column) {
    case StudentColumn:
        lines.append(row.name);
        lines.append(tr("Id: %1").arg(row.id));
        if (!row.email.isEmpty())
            lines.append(tr("Email: %1").arg(row.email));
        if (!row.number.isEmpty())
            lines.append(tr("Student number: %1").arg(row.number));
        break;
    case TerColumn:
        for (const QString& id : m_ws.tersOf(row.id)) {
            if (const Ter* t = m_ws.ter(id)) {
                lines.append(tr("TER %1: %2 (%3)").arg(t->id, t->subject, Workflow::stateName(t->state)));
                QString where = t->lab.name;
                if (!t->supervisor.isEmpty())
                    where = tr("%1, supervised by %2").arg(where, t->supervisor);
                lines.append(QStringLiteral("    ") + where + QStringLiteral(" · ") + dateSpan(t->start, t->end));
            }
        }
        if (lines.isEmpty())
            lines.append(ProfileLabels::hasLabel(m_ws.rules(), ProfileLabels::Activity::Ter)
                             ? tr("No %1 yet").arg(ProfileLabels::singular(m_ws.rules(), ProfileLabels::Activity::Ter))
                             : tr("No TER yet"));
        break;
    case PlacementColumn:
        for (const QString& id : m_ws.internshipsOf(row.id)) {
            if (const Internship* in = m_ws.internship(id))
                lines.append(
                    tr("Internship %1 at %2 (%3), %4")
                        .arg(in->id, in->host.name, Workflow::stateName(in->state), dateSpan(in->start, in->end)));
        }
        for (const QString& id : m_ws.summerSchoolsOf(row.id)) {
            if (const SummerSchool* s = m_ws.summerSchool(id))
                lines.append(tr("Summer school %1 (%2), %3")
                                 .arg(s->name, Workflow::stateName(s->state), dateSpan(s->start, s->end)));
        }
        if (row.seminarCount > 0)
            lines.append(tr("%n seminar(s) attended", nullptr, row.seminarCount));
        if (lines.isEmpty())
            lines.append(tr("No internship, summer school or seminar yet"));
        break;
    case DeadlineColumn:
        for (const Deadline& d : row.pending) {
            const QString text = tr("%1: %2").arg(shortDate(d.date), deadlineText(d, m_ws.rules()));
            lines.append(d.isLate(m_ws.today()) ? tr("%1 (late)").arg(text) : text);
        }
        if (lines.isEmpty())
            lines.append(tr("Nothing is due"));
        break;
    case FindingsColumn:
        for (const Finding& f : row.findings) {
            if (f.overridden)
                lines.append(tr("Overridden: %1").arg(f.message));
            else if (f.severity == Severity::Error)
                lines.append(tr("Error: %1").arg(f.message));
            else if (f.severity == Severity::Warning)
                lines.append(tr("Warning: %1").arg(f.message));
            else
                lines.append(tr("Info: %1").arg(f.message));
        }
        if (lines.isEmpty())
            lines.append(tr("No findings"));
        break;
    default:
        return {};
    }
    if (lines.size() > kMaxToolTipLines) {
        const int more = int(lines.size()) - kMaxToolTipLines + 1;
        lines = lines.mid(0, kMaxToolTipLines - 1);
        lines.append(tr("… and %n more", nullptr, more));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant StudentsModel::sortKey(const Row& row, int column) const
{
    switch (column) {
    case StudentColumn:
        return row.name;
    case TerColumn:
        return row.terState ? int(*row.terState) + 1 : 0;
    case PlacementColumn:
        // Grouped by kind, then by state.
        return int(row.placement) * 100 + (row.placementState ? int(*row.placementState) + 1 : 0);
    case DeadlineColumn:
        return row.next ? row.next->date : QDate();
    case FindingsColumn:
        return row.errors * 1000000 + row.warnings * 1000 + row.overridden;
    default:
        break;
    }
    return {};
}

QString StudentsModel::dueDateText(QDate date, QDate today)
{
    return date == today ? tr("Today") : shortDate(date);
}

QString StudentsModel::stateText(WorkflowState state)
{
    QString name = Workflow::stateName(state);
    if (!name.isEmpty())
        name.replace(0, 1, QLocale().toUpper(name.left(1)));
    return name;
}

QString StudentsModel::deadlineText(const Deadline& d, const RuleSet& rules)
{
    // The programme's own name for a TER or an internship (data, as it wrote it), else the translated phrase.
    using Activity = ProfileLabels::Activity;
    const std::optional<Activity> activity = d.itemKind == ItemKind::Ter          ? std::optional(Activity::Ter)
                                             : d.itemKind == ItemKind::Internship ? std::optional(Activity::Internship)
                                                                                  : std::nullopt;
    if (!activity || !ProfileLabels::hasLabel(rules, *activity))
        return deadlineText(d);
    const QString name = ProfileLabels::singular(rules, *activity);
    switch (d.kind) {
    case DeadlineKind::Start:
        return tr("%1 starts").arg(name);
    case DeadlineKind::End:
        return tr("%1 ends").arg(name);
    case DeadlineKind::ReportDue:
        return tr("%1: report due").arg(name);
    default:
        break;
    }
    return deadlineText(d);
}

QString StudentsModel::deadlineText(const Deadline& d)
{
    switch (d.kind) {
    case DeadlineKind::ProposalDue:
        return tr("proposal due");
    case DeadlineKind::SignaturesDue:
        return tr("signatures due");
    case DeadlineKind::Start:
        switch (d.itemKind) {
        case ItemKind::Internship:
            return tr("internship starts");
        case ItemKind::Ter:
            return tr("TER starts");
        case ItemKind::SummerSchool:
            return tr("school starts");
        default:
            break;
        }
        break;
    case DeadlineKind::End:
        switch (d.itemKind) {
        case ItemKind::Internship:
            return tr("internship ends");
        case ItemKind::Ter:
            return tr("TER ends");
        case ItemKind::SummerSchool:
            return tr("school ends");
        default:
            break;
        }
        break;
    case DeadlineKind::ReportDue:
        switch (d.itemKind) {
        case ItemKind::Internship:
            return tr("report and proof due");
        case ItemKind::Ter:
            return tr("TER report due");
        case ItemKind::SummerSchool:
            return tr("school report due");
        default:
            break;
        }
        break;
    case DeadlineKind::SeminarsDue:
        return tr("seminars due");
    }
    return deadlineKindName(d.kind);
}

QString StudentsModel::searchKey(const QString& text)
{
    // Decomposed, the accents are separate marks that can be dropped: "Chloé" → "chloe".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

int StudentsModel::rowOf(const QString& studentId) const
{
    return m_rowOf.value(studentId, -1);
}

QString StudentsModel::studentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void StudentsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void StudentsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    const QList<Student>& students = m_ws.cohort().students;
    m_rows.resize(students.size());
    m_rowOf.reserve(students.size());
    for (qsizetype i = 0; i < students.size(); ++i)
        m_rowOf.insert(students.at(i).id, int(i));
    // A row is made from const data only (no widget, no icon): a large year is made on every core.
    constexpr qsizetype kChunk = 1024;
    QList<qsizetype> chunks;
    for (qsizetype from = 0; from < students.size(); from += kChunk)
        chunks.append(from);
    const auto makeChunk = [&](qsizetype from) {
        const qsizetype to = std::min(from + kChunk, students.size());
        for (qsizetype i = from; i < to; ++i)
            m_rows[i] = makeRow(students.at(i));
    };
    if (chunks.size() > 1)
        QtConcurrent::blockingMap(chunks, makeChunk);
    else if (!chunks.isEmpty())
        makeChunk(0);
    endResetModel();
}

void StudentsModel::refreshAll()
{
    // Findings can change anywhere after any change (an overlap, a group's size): every row is made again
    // and only those that differ are announced.
    int first = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Student* s = m_ws.student(m_rows.at(i).id);
        bool changed = false;
        if (s) {
            Row row = makeRow(*s);
            if (!(row == m_rows.at(i))) {
                m_rows[i] = std::move(row);
                changed = true;
            }
        }
        if (changed && first < 0)
            first = i;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(i - 1, ColumnCount - 1));
            first = -1;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void StudentsModel::refreshStudents(const QStringList& ids)
{
    for (const QString& id : ids) {
        const int i = rowOf(id);
        const Student* s = m_ws.student(id);
        if (i < 0 || !s)
            continue;
        Row row = makeRow(*s);
        if (!(row == m_rows.at(i))) {
            m_rows[i] = std::move(row);
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void StudentsModel::onItemChanged(ItemKind kind, const QString& id)
{
    if (kind == ItemKind::Student) {
        const Student* s = m_ws.student(id);
        const int row = rowOf(id);
        if (s && row < 0) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rowOf.insert(id, at);
            m_rows.append(makeRow(*s));
            endInsertRows();
            return;
        }
        if (!s && row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_rowOf.clear();
            for (int i = 0; i < m_rows.size(); ++i)
                m_rowOf.insert(m_rows.at(i).id, i);
            endRemoveRows();
            return;
        }
        refreshStudents({id});
        return;
    }
    // The item's students; when it is gone (deleted), findingsChanged() has named the students who had it.
    // This only catches what changed without new findings.
    const std::optional<Item> item = m_ws.item(kind, id);
    if (!item)
        return;
    if (const auto* t = std::get_if<Ter>(&*item)) {
        refreshStudents(t->studentIds);
        return;
    }
    refreshStudents({std::visit(
        [](const auto& i) -> QString {
            if constexpr (requires { i.studentId; })
                return i.studentId;
            else
                return i.id;
        },
        *item)});
}

StudentsModel::Row StudentsModel::makeRow(const Student& student) const
{
    const QDate today = m_ws.today();
    const RuleSet& rules = m_ws.rules();
    Row r;
    r.id = student.id;
    r.name = student.name;
    r.email = student.email;
    r.number = student.studentNumber;
    QStringList search = {student.name, student.id, student.email, student.studentNumber};
    QList<Deadline> deadlines;
    const auto noteState = [&](WorkflowState s) {
        if (!r.states.contains(int(s)))
            r.states.append(int(s));
    };
    const auto ended = [&](WorkflowState s, QDate end) {
        return s == WorkflowState::Completed || s == WorkflowState::Validated || (end.isValid() && end < today);
    };

    // TERs
    QList<const Ter*> ters;
    for (const QString& id : m_ws.tersOf(student.id)) {
        const Ter* t = m_ws.ter(id);
        if (!t)
            continue;
        ters.append(t);
        search << t->subject << t->lab.name << t->supervisor << t->id;
        noteState(t->state);
        for (const Deadline& d : terDeadlines(*t, rules, today)) {
            if (d.studentId == student.id)
                deadlines.append(d);
        }
        if (isDropped(t->state))
            continue;
        if (t->state == WorkflowState::Submitted || t->state == WorkflowState::Completed)
            r.needsAdvisor = true;
        const bool running = t->state == WorkflowState::Approved || t->state == WorkflowState::SentForSignature
                             || t->state == WorkflowState::Signed || t->state == WorkflowState::InProgress
                             || t->state == WorkflowState::Completed;
        if (running && t->end.isValid() && t->end < today && !t->grade)
            r.needsAdvisor = true;
        if (t->state == WorkflowState::Completed && !t->reportPages)
            r.needsSecretariat = true;
        if (t->state == WorkflowState::Draft || t->state == WorkflowState::ChangesRequested)
            r.needsStudent = true;
        if (ended(t->state, t->end) && !t->reportPages)
            r.missingReport = true;
    }
    r.terCount = int(ters.size());
    if (const Ter* t = pick(ters)) {
        r.terId = t->id;
        r.terState = t->state;
        r.terSubject = t->subject;
        r.terLab = t->lab.name;
    }

    // Internships
    QList<const Internship*> internships;
    for (const QString& id : m_ws.internshipsOf(student.id)) {
        const Internship* in = m_ws.internship(id);
        if (!in)
            continue;
        internships.append(in);
        search << in->host.name << in->host.city << in->tutor.name << in->subject << in->id;
        noteState(in->state);
        deadlines.append(internshipDeadlines(*in, rules, today));
        if (isDropped(in->state))
            continue;
        if (in->state == WorkflowState::Submitted || in->state == WorkflowState::Completed)
            r.needsAdvisor = true;
        if ((in->state == WorkflowState::Approved || in->state == WorkflowState::SentForSignature)
            && !in->signatures.complete())
            r.needsSecretariat = true;
        if (in->state == WorkflowState::Completed && (!in->proof || !in->reportPages))
            r.needsSecretariat = true;
        if (in->state == WorkflowState::Draft || in->state == WorkflowState::ChangesRequested)
            r.needsStudent = true;
        if (ended(in->state, in->end) && !in->reportPages)
            r.missingReport = true;
    }

    // Summer schools
    QList<const SummerSchool*> schools;
    for (const QString& id : m_ws.summerSchoolsOf(student.id)) {
        const SummerSchool* s = m_ws.summerSchool(id);
        if (!s)
            continue;
        schools.append(s);
        search << s->name << s->id;
        noteState(s->state);
        deadlines.append(summerSchoolDeadlines(*s, rules, today));
        if (isDropped(s->state))
            continue;
        if (s->state == WorkflowState::Submitted || s->state == WorkflowState::Completed)
            r.needsAdvisor = true;
        if (s->state == WorkflowState::Completed && !s->reportPages)
            r.needsSecretariat = true;
        if (s->state == WorkflowState::Draft || s->state == WorkflowState::ChangesRequested)
            r.needsStudent = true;
        if (ended(s->state, s->end) && !s->reportPages)
            r.missingReport = true;
    }

    // Seminars
    QList<Seminar> seminars;
    for (const QString& id : m_ws.seminarsOf(student.id)) {
        if (const Seminar* s = m_ws.seminar(id)) {
            seminars.append(*s);
            search << s->title;
        }
    }
    r.seminarCount = int(seminars.size());
    deadlines.append(seminarDeadlines(student.id, seminars, rules, today));

    // What is shown as the placement: an active internship, else an active summer school, else seminars.
    const Internship* in = pick(internships);
    const SummerSchool* school = pick(schools);
    if (in && !isDropped(in->state)) {
        r.placement = Placement::Internship;
        r.placementId = in->id;
        r.placementState = in->state;
        r.placementName = in->host.name;
    } else if (school && !isDropped(school->state)) {
        r.placement = Placement::SummerSchool;
        r.placementId = school->id;
        r.placementState = school->state;
        r.placementName = school->name;
    } else if (r.seminarCount > 0) {
        r.placement = Placement::Seminars;
    } else if (in) {
        r.droppedHost = in->host.name;
        r.droppedState = in->state;
    } else if (school) {
        r.droppedHost = school->name;
        r.droppedState = school->state;
    }
    r.notPlaced = r.placement == Placement::None;

    // Deadlines
    sortDeadlines(deadlines);
    for (const Deadline& d : std::as_const(deadlines)) {
        if (!d.done)
            r.pending.append(d);
    }
    r.next = nextDeadline(deadlines, today);
    r.late = r.next && r.next->isLate(today);
    if (r.late)
        r.needsStudent = true;

    // Findings
    r.findings = m_ws.studentFindings(student.id);
    for (const Finding& f : std::as_const(r.findings)) {
        if (f.overridden)
            ++r.overridden;
        else if (f.severity == Severity::Error)
            ++r.errors;
        else if (f.severity == Severity::Warning)
            ++r.warnings;
        else
            ++r.infos;
    }

    search.removeAll(QString());
    r.search = searchKey(search.join(QLatin1Char('\n')));
    return r;
}

} // namespace interntrack

#include "ItemTableModel.h"

#include "Icons.h"
#include "StudentsModel.h"
#include "Workspace.h"
#include "domain/ProfileLabels.h"
#include "rules/Format.h"
#include "workflow/Workflow.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace interntrack {

using Field = ItemTableModel::Field;

namespace {

constexpr int kMaxToolTipLines = 12;

bool isDropped(WorkflowState state)
{
    return state == WorkflowState::Rejected || state == WorkflowState::Cancelled;
}

/// A subject's or host's key: names that differ only by case or surrounding spaces are the same.
QString keyOf(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

/// The item has ended, or is completed, without its report (rejected and cancelled items owe none).
bool missingReport(WorkflowState state, QDate end, const std::optional<int>& pages, QDate today)
{
    if (isDropped(state) || pages)
        return false;
    return state == WorkflowState::Completed || state == WorkflowState::Validated || (end.isValid() && end < today);
}

/// "4 May 2026" (or "4 May" without the year), made once per day and locale: a large year repeats few dates.
QString shortDate(QDate date, bool withYear = true)
{
    struct Cache
    {
        QLocale locale;
        QHash<qint64, QString> texts;
    };
    thread_local Cache cache;
    const QLocale current;
    if (!(cache.locale == current)) {
        cache.locale = current;
        cache.texts.clear();
    }
    const qint64 key = date.toJulianDay() * 2 + (withYear ? 1 : 0);
    auto it = cache.texts.constFind(key);
    if (it != cache.texts.constEnd())
        return *it;
    if (cache.texts.size() > 20000)
        cache.texts.clear();
    const QString text = current.toString(date, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
    cache.texts.insert(key, text);
    return text;
}

QString yesNo(bool value)
{
    return value ? ItemTableModel::tr("Yes") : ItemTableModel::tr("No");
}

QString limitLines(QStringList lines)
{
    if (lines.size() > kMaxToolTipLines) {
        const int more = int(lines.size()) - kMaxToolTipLines + 1;
        lines = lines.mid(0, kMaxToolTipLines - 1);
        lines.append(ItemTableModel::tr("… and %n more", nullptr, more));
    }
    return lines.join(QLatin1Char('\n'));
}

QString fold(QStringList texts)
{
    texts.removeAll(QString());
    return StudentsModel::searchKey(texts.join(QLatin1Char('\n')));
}

const QList<Field>& columnTable(ListKind list)
{
    // The column tables: which fields each list shows, in order.
    static const QList<Field> ters = {Field::Id,         Field::Students, Field::Kind,  Field::Subject, Field::Lab,
                                      Field::Supervisor, Field::Dates,    Field::State, Field::Findings};
    static const QList<Field> subjects = {Field::Title, Field::Kind, Field::Lab, Field::Capacity, Field::TakenBy};
    static const QList<Field> internships = {Field::Id,    Field::Student,     Field::Host,          Field::Tutor,
                                             Field::Dates, Field::WeeklyHours, Field::Gratification, Field::Signatures,
                                             Field::State, Field::Findings};
    static const QList<Field> hosts = {Field::Name,    Field::Kind,   Field::AiResearch,     Field::City,
                                       Field::Country, Field::Tutors, Field::InternshipCount};
    static const QList<Field> schools = {Field::Student, Field::Name,  Field::Proposed,
                                         Field::Dates,   Field::State, Field::Findings};
    static const QList<Field> seminars = {Field::Student, Field::Title, Field::Date, Field::Findings};
    switch (list) {
    case ListKind::Ters:
        return ters;
    case ListKind::TerSubjects:
        return subjects;
    case ListKind::Internships:
        return internships;
    case ListKind::Hosts:
        return hosts;
    case ListKind::SummerSchools:
        return schools;
    case ListKind::Seminars:
        return seminars;
    }
    return ters;
}

QString headerText(Field field, ListKind list, const RuleSet& rules)
{
    switch (field) {
    case Field::Id:
        return ItemTableModel::tr("Id");
    case Field::Student:
        return ItemTableModel::tr("Student");
    case Field::Students:
        return ItemTableModel::tr("Students");
    case Field::Kind:
        return ItemTableModel::tr("Kind");
    case Field::Title:
        return ItemTableModel::tr("Title");
    case Field::Subject:
        return ItemTableModel::tr("Subject");
    case Field::Name:
        return list == ListKind::Hosts ? ItemTableModel::tr("Host") : ItemTableModel::tr("Summer school");
    case Field::Lab:
        return ItemTableModel::tr("Lab");
    case Field::Supervisor:
        return ItemTableModel::tr("Supervisor");
    case Field::Host:
        return ItemTableModel::tr("Host");
    case Field::Tutor:
        return ItemTableModel::tr("Tutor");
    case Field::Dates:
        return ItemTableModel::tr("Dates");
    case Field::Date:
        return ItemTableModel::tr("Date");
    case Field::WeeklyHours:
        return ItemTableModel::tr("Hours/week");
    case Field::Gratification:
        return ItemTableModel::tr("Gratification");
    case Field::Signatures:
        return ItemTableModel::tr("Signatures");
    case Field::Proposed:
        return ItemTableModel::tr("Proposed");
    case Field::Capacity:
        return ItemTableModel::tr("Taken / capacity");
    case Field::TakenBy:
        return ItemTableModel::tr("Taken by");
    case Field::AiResearch:
        return ItemTableModel::tr("AI research");
    case Field::City:
        return ItemTableModel::tr("City");
    case Field::Country:
        return ItemTableModel::tr("Country");
    case Field::Tutors:
        return ItemTableModel::tr("Tutors");
    case Field::InternshipCount:
        return ProfileLabels::hasLabel(rules, ProfileLabels::Activity::Internship)
                   ? ItemTableModel::tr("%1 this year")
                         .arg(ProfileLabels::plural(rules, ProfileLabels::Activity::Internship))
                   : ItemTableModel::tr("Internships this year");
    case Field::State:
        return ItemTableModel::tr("State");
    case Field::Findings:
        return ItemTableModel::tr("Findings");
    }
    return {};
}

QString headerToolTip(Field field)
{
    switch (field) {
    case Field::Capacity:
        return ItemTableModel::tr("The students of the TERs on the subject, out of how many it takes");
    case Field::Signatures:
        return ItemTableModel::tr("Signatures of the agreement recorded, out of four (student, host, tutor, "
                                  "university)");
    case Field::Gratification:
        return ItemTableModel::tr("What the host pays the intern");
    case Field::Proposed:
        return ItemTableModel::tr("In the programme's list of proposed summer schools");
    case Field::AiResearch:
        return ItemTableModel::tr("Does research in AI, machine learning or data science");
    case Field::InternshipCount:
        return ItemTableModel::tr("The internships of the academic year shown with this host");
    case Field::Findings:
        return ItemTableModel::tr("Open errors and warnings of the rules (overridden ones are not open)");
    default:
        break;
    }
    return {};
}

} // namespace

// Rows ------------------------------------------------------------------------------------------

bool ItemTableModel::Cell::operator==(const Cell& other) const
{
    return text == other.text && sort == other.sort && icon.cacheKey() == other.icon.cacheKey()
           && toolTip == other.toolTip;
}

bool ItemTableModel::Row::operator==(const Row& other) const
{
    return id == other.id && cells == other.cells && search == other.search && errors == other.errors
           && warnings == other.warnings && state == other.state && missingReport == other.missingReport
           && students == other.students && overCapacity == other.overCapacity && aiResearch == other.aiResearch
           && internships == other.internships;
}

struct ItemTableModel::Context
{
    // TER subjects: the year's subjects, and the TERs naming each (by key)
    QList<TerSubject> subjects;
    QHash<QString, qsizetype> subjectOf;
    QHash<QString, QList<const Ter*>> tersOf;
    // Hosts: the directory, and this year's internships with each (by key)
    QList<HostEntry> hosts;
    QHash<QString, qsizetype> hostOf;
    QHash<QString, QList<const Internship*>> internshipsOf;
};

// Model -----------------------------------------------------------------------------------------

ItemTableModel::ItemTableModel(Workspace& workspace, ListKind list, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ws(workspace)
    , m_list(list)
{
    // A list nobody looks at is not kept up to date: it is made again when it is shown (setActive).
    connect(&m_ws, &Workspace::yearLoaded, this, [this] {
        if (m_active)
            reload();
        else
            clearUntilActive();
    });
    // Headers name the activities as the year's programme does.
    connect(&m_ws, &Workspace::rulesChanged, this,
            [this] { emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1); });
    connect(&m_ws, &Workspace::findingsChanged, this, [this] {
        if (m_active)
            sync();
        else
            m_stale = true;
    });
    connect(&m_ws, &Workspace::itemChanged, this, [this](ItemKind kind, const QString& id) {
        if (m_active)
            onItemChanged(kind, id);
        else
            m_stale = true;
    });
    reload();
}

void ItemTableModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (m_active && m_stale)
        reload();
}

void ItemTableModel::clearUntilActive()
{
    beginResetModel();
    m_rows.clear();
    rebuildIndex();
    endResetModel();
    m_stale = true;
}

std::optional<ItemKind> ItemTableModel::itemKind() const
{
    switch (m_list) {
    case ListKind::Ters:
        return ItemKind::Ter;
    case ListKind::Internships:
        return ItemKind::Internship;
    case ListKind::SummerSchools:
        return ItemKind::SummerSchool;
    case ListKind::Seminars:
        return ItemKind::Seminar;
    case ListKind::TerSubjects:
    case ListKind::Hosts:
        break;
    }
    return std::nullopt;
}

const QList<Field>& ItemTableModel::fields() const
{
    return columnTable(m_list);
}

int ItemTableModel::columnOf(Field field) const
{
    return int(fields().indexOf(field));
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(fields().size());
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= fields().size())
        return {};
    const Field field = fields().at(section);
    if (role == Qt::DisplayRole)
        return headerText(field, m_list, m_ws.rules());
    if (role == Qt::ToolTipRole) {
        const QString tip = headerToolTip(field);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Cell& cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cell.text;
    case Qt::DecorationRole:
        return cell.icon.isNull() ? QVariant() : QVariant(cell.icon);
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case SortRole:
        return cell.sort;
    case IdRole:
        return row.id;
    case ItemKindRole:
        return itemKind() ? int(*itemKind()) : -1;
    case SearchTextRole:
        return row.search;
    case ErrorCountRole:
        return row.errors;
    case WarningCountRole:
        return row.warnings;
    case StateRole:
        return row.state;
    case MissingReportRole:
        return row.missingReport;
    case StudentIdsRole:
        return row.students;
    case OverCapacityRole:
        return row.overCapacity;
    case AiResearchRole:
        return row.aiResearch;
    case InternshipCountRole:
        return row.internships;
    default:
        break;
    }
    return {};
}

int ItemTableModel::rowOf(const QString& id) const
{
    return m_rowOf.value(id, -1);
}

QString ItemTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void ItemTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    m_remakeAll = true;
    sync();
}

// Updates ---------------------------------------------------------------------------------------

void ItemTableModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void ItemTableModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_rows.clear();
    m_today = m_ws.today();
    m_remakeAll = false;
    const Context context = makeContext();
    const QStringList ids = currentIds(context);
    m_rows.reserve(ids.size());
    for (const QString& id : ids) {
        if (std::optional<Row> row = makeRow(id, &context))
            m_rows.append(std::move(*row));
    }
    rebuildIndex();
    endResetModel();
}

void ItemTableModel::replaceRow(int row, Row&& value)
{
    if (value == m_rows.at(row)) {
        m_rows[row].source = std::move(value.source);
        return;
    }
    m_rows[row] = std::move(value);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ItemTableModel::sync()
{
    // Findings can change anywhere after any change (an overlap, a subject's headcount): every row is made
    // again, and only the rows that differ are announced, so that views keep their selection.
    const Context context = makeContext();
    const QStringList ids = currentIds(context);
    QSet<QString> present;
    present.reserve(ids.size());
    for (const QString& id : ids)
        present.insert(id);

    // Rows whose item went
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!present.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    rebuildIndex();

    // Rows that changed, in runs of dataChanged
    int first = -1;
    const bool remakeAll = m_remakeAll || m_today != m_ws.today() || !itemKind();
    m_remakeAll = false;
    m_today = m_ws.today();
    for (int i = 0; i < m_rows.size(); ++i) {
        bool changed = false;
        // An item whose data, findings and students' names are as before keeps its row: making rows is what an
        // update of a large year costs.
        if (!remakeAll && makeSource(m_rows.at(i).id) == m_rows.at(i).source) {
            // unchanged
        } else if (std::optional<Row> row = makeRow(m_rows.at(i).id, &context); row && !(*row == m_rows.at(i))) {
            m_rows[i] = std::move(*row);
            changed = true;
        } else if (row) {
            m_rows[i].source = std::move(row->source);
        }
        if (changed && first < 0)
            first = i;
        if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(i - 1, columnCount() - 1));
            first = -1;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(int(m_rows.size()) - 1, columnCount() - 1));

    // Items that came, at the end
    for (const QString& id : ids) {
        if (m_rowOf.contains(id))
            continue;
        std::optional<Row> row = makeRow(id, &context);
        if (!row)
            continue;
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(std::move(*row));
        m_rowOf.insert(id, at);
        endInsertRows();
    }
}

void ItemTableModel::onItemChanged(ItemKind kind, const QString& id)
{
    // findingsChanged() has usually brought every row up to date already; this makes sure of the changed item's
    // own row at the cost of one row.
    if (itemKind() != kind)
        return;
    const int row = rowOf(id);
    std::optional<Row> made = makeRow(id, nullptr);
    if (made && row >= 0) {
        replaceRow(row, std::move(*made));
    } else if (made) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(std::move(*made));
        m_rowOf.insert(id, at);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        rebuildIndex();
        endRemoveRows();
    }
}

ItemTableModel::Context ItemTableModel::makeContext() const
{
    Context c;
    const Cohort& cohort = m_ws.cohort();
    if (m_list == ListKind::TerSubjects) {
        c.subjects = m_ws.terSubjects();
        for (const Ter& t : cohort.ters)
            c.tersOf[keyOf(t.subject)].append(&t);
        for (qsizetype i = 0; i < c.subjects.size(); ++i)
            c.subjectOf.insert(keyOf(c.subjects.at(i).title), i);
        // A subject named by a TER but missing from the catalogue still gets its row.
        for (const Ter& t : cohort.ters) {
            const QString key = keyOf(t.subject);
            if (key.isEmpty() || c.subjectOf.contains(key))
                continue;
            c.subjectOf.insert(key, c.subjects.size());
            c.subjects.append(TerSubject{t.subject.trimmed(), t.kind, t.capacity, t.lab});
        }
    } else if (m_list == ListKind::Hosts) {
        c.hosts = m_ws.hostDirectory();
        for (qsizetype i = 0; i < c.hosts.size(); ++i)
            c.hostOf.insert(keyOf(c.hosts.at(i).host.name), i);
        for (const Internship& in : cohort.internships)
            c.internshipsOf[keyOf(in.host.name)].append(&in);
    }
    return c;
}

QStringList ItemTableModel::currentIds(const Context& context) const
{
    QStringList ids;
    const Cohort& cohort = m_ws.cohort();
    const auto collect = [&ids](const auto& list) {
        ids.reserve(list.size());
        for (const auto& item : list)
            ids.append(item.id);
    };
    switch (m_list) {
    case ListKind::Ters:
        collect(cohort.ters);
        break;
    case ListKind::Internships:
        collect(cohort.internships);
        break;
    case ListKind::SummerSchools:
        collect(cohort.summerSchools);
        break;
    case ListKind::Seminars:
        collect(cohort.seminars);
        break;
    case ListKind::TerSubjects:
        for (const TerSubject& s : context.subjects)
            ids.append(s.title);
        break;
    case ListKind::Hosts:
        for (const HostEntry& h : context.hosts)
            ids.append(h.host.name);
        break;
    }
    return ids;
}

ItemTableModel::Source ItemTableModel::makeSource(const QString& id) const
{
    Source source;
    const std::optional<ItemKind> kind = itemKind();
    if (!kind)
        return source;
    source.item = m_ws.item(*kind, id);
    if (!source.item)
        return source;
    source.findings = m_ws.findings(id);
    if (const auto* t = std::get_if<Ter>(&*source.item)) {
        for (const QString& s : t->studentIds)
            source.names.append(studentName(s));
    } else {
        std::visit(
            [&](const auto& item) {
                if constexpr (requires { item.studentId; })
                    source.names.append(studentName(item.studentId));
            },
            *source.item);
    }
    return source;
}

std::optional<ItemTableModel::Row> ItemTableModel::makeRow(const QString& id, const Context* context) const
{
    if (itemKind()) {
        Source source = makeSource(id);
        if (!source.item)
            return std::nullopt;
        Row row = std::visit(
            [&](const auto& item) -> Row {
                using T = std::decay_t<decltype(item)>;
                if constexpr (std::is_same_v<T, Internship>)
                    return internshipRow(item, source.findings);
                else if constexpr (std::is_same_v<T, Ter>)
                    return terRow(item, source.findings);
                else if constexpr (std::is_same_v<T, SummerSchool>)
                    return summerSchoolRow(item, source.findings);
                else if constexpr (std::is_same_v<T, Seminar>)
                    return seminarRow(item, source.findings);
                else
                    return Row();
            },
            *source.item);
        row.source = std::move(source);
        return row;
    }
    if (m_list == ListKind::TerSubjects && context && context->subjectOf.contains(keyOf(id)))
        return subjectRow(id, *context);
    if (m_list == ListKind::Hosts && context && context->hostOf.contains(keyOf(id)))
        return hostRow(id, *context);
    return std::nullopt;
}

// Cells shared by the lists ---------------------------------------------------------------------

QString ItemTableModel::studentName(const QString& studentId) const
{
    const Student* s = m_ws.student(studentId);
    return s && !s->name.isEmpty() ? s->name : studentId;
}

ItemTableModel::Cell ItemTableModel::studentCell(const QString& studentId) const
{
    const QString name = studentName(studentId);
    return Cell{name, name, {}, tr("%1 (%2)").arg(name, studentId)};
}

void ItemTableModel::addFindings(Row& row, Cell& cell, const QList<Finding>& findings) const
{
    QStringList lines;
    int overridden = 0;
    for (const Finding& f : findings) {
        if (f.overridden) {
            ++overridden;
            lines.append(tr("Overridden: %1").arg(f.message));
        } else if (f.severity == Severity::Error) {
            ++row.errors;
            lines.append(tr("Error: %1").arg(f.message));
        } else if (f.severity == Severity::Warning) {
            ++row.warnings;
            lines.append(tr("Warning: %1").arg(f.message));
        } else {
            lines.append(tr("Info: %1").arg(f.message));
        }
    }
    cell.text = findingsSummary(findings);
    cell.sort = row.errors * 1000000 + row.warnings * 1000 + overridden;
    if (row.errors > 0)
        cell.icon = Icons::severity(Severity::Error);
    else if (row.warnings > 0)
        cell.icon = Icons::severity(Severity::Warning);
    else if (overridden > 0)
        cell.icon = Icons::overridden();
    else
        cell.icon = Icons::ok();
    cell.toolTip = lines.isEmpty() ? tr("No findings") : limitLines(lines);
}

QString ItemTableModel::findingsSummary(const QList<Finding>& findings)
{
    int errors = 0, warnings = 0, overridden = 0;
    for (const Finding& f : findings) {
        if (f.overridden)
            ++overridden;
        else if (f.severity == Severity::Error)
            ++errors;
        else if (f.severity == Severity::Warning)
            ++warnings;
    }
    QStringList parts;
    if (errors > 0)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    if (parts.isEmpty())
        parts.append(tr("OK"));
    if (overridden > 0)
        parts.append(tr("%n overridden", nullptr, overridden));
    return parts.join(tr(", "));
}

QString ItemTableModel::stateText(WorkflowState state)
{
    QString name = Workflow::stateName(state);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString ItemTableModel::dateSpan(QDate start, QDate end)
{
    if (!start.isValid() && !end.isValid())
        return {};
    if (start.isValid() && end.isValid() && start.year() == end.year())
        return tr("%1 – %2").arg(shortDate(start, false), shortDate(end));
    return tr("%1 – %2").arg(start.isValid() ? shortDate(start) : QStringLiteral("?"),
                             end.isValid() ? shortDate(end) : QStringLiteral("?"));
}

QString ItemTableModel::terKindName(TerKind kind)
{
    switch (kind) {
    case TerKind::Research:
        return tr("Research");
    case TerKind::ChallengePrep:
        return tr("Challenge preparation");
    case TerKind::ChallengeSolve:
        return tr("Challenge solving");
    }
    return {};
}

QString ItemTableModel::hostKindName(HostKind kind)
{
    return kind == HostKind::PublicLab ? tr("Public lab") : tr("Company");
}

QString ItemTableModel::title(ListKind list)
{
    switch (list) {
    case ListKind::Ters:
        return tr("TERs");
    case ListKind::TerSubjects:
        return tr("TER subjects");
    case ListKind::Internships:
        return tr("Internships");
    case ListKind::Hosts:
        return tr("Hosts & tutors");
    case ListKind::SummerSchools:
        return tr("Summer schools");
    case ListKind::Seminars:
        return tr("Seminars");
    }
    return {};
}

QString ItemTableModel::title(ListKind list, const RuleSet& rules)
{
    using Activity = ProfileLabels::Activity;
    switch (list) {
    case ListKind::Ters:
        return ProfileLabels::plural(rules, Activity::Ter, title(list));
    case ListKind::TerSubjects:
        return ProfileLabels::hasLabel(rules, Activity::Ter)
                   ? tr("%1: subjects").arg(ProfileLabels::singular(rules, Activity::Ter))
                   : title(list);
    case ListKind::Internships:
        return ProfileLabels::plural(rules, Activity::Internship, title(list));
    case ListKind::SummerSchools:
        return ProfileLabels::plural(rules, Activity::SummerSchool, title(list));
    case ListKind::Seminars:
        return ProfileLabels::plural(rules, Activity::Seminars, title(list));
    case ListKind::Hosts:
        break;
    }
    return title(list);
}

// One row per kind ------------------------------------------------------------------------------

ItemTableModel::Row ItemTableModel::internshipRow(const Internship& in, const QList<Finding>& findings) const
{
    Row r;
    r.id = in.id;
    r.state = int(in.state);
    r.students = {in.studentId};
    r.missingReport = missingReport(in.state, in.end, in.reportPages, m_ws.today());
    r.cells.resize(fields().size());

    r.cells[columnOf(Field::Id)] = Cell{in.id, in.id, Icons::kind(ItemKind::Internship), {}};
    r.cells[columnOf(Field::Student)] = studentCell(in.studentId);

    QStringList hostTip = {in.host.name, hostKindName(in.host.kind)};
    QStringList place = {in.host.address, in.host.city, in.host.country};
    place.removeAll(QString());
    if (!place.isEmpty())
        hostTip.append(place.join(tr(", ")));
    hostTip.append(in.host.aiResearch ? tr("Does research in AI") : tr("Not recorded as doing research in AI"));
    r.cells[columnOf(Field::Host)] = Cell{in.host.name, in.host.name, {}, hostTip.join(QLatin1Char('\n'))};

    QStringList tutorTip = {in.tutor.name, in.tutor.email, in.tutor.phone};
    tutorTip.removeAll(QString());
    r.cells[columnOf(Field::Tutor)] = Cell{in.tutor.name, in.tutor.name, {}, tutorTip.join(QLatin1Char('\n'))};

    r.cells[columnOf(Field::Dates)] = Cell{
        dateSpan(in.start, in.end), in.start, {}, tr("From %1 to %2").arg(formatDate(in.start), formatDate(in.end))};
    r.cells[columnOf(Field::WeeklyHours)] =
        Cell{tr("%1 h").arg(formatNumber(in.weeklyHours, std::floor(in.weeklyHours) == in.weeklyHours ? 0 : 1)),
             in.weeklyHours,
             {},
             {}};

    const bool monthly = in.gratification.per == GratificationPer::Month;
    const QString amount =
        in.gratification.amountEur > 0
            ? (monthly ? tr("%1 / month") : tr("%1 / hour")).arg(formatEuros(in.gratification.amountEur))
            : tr("None");
    // Sorted as a monthly amount (an hourly one times the hours of a month), so that both kinds compare.
    const double monthlyAmount =
        monthly ? in.gratification.amountEur : in.gratification.amountEur * in.weeklyHours * 52.0 / 12.0;
    r.cells[columnOf(Field::Gratification)] = Cell{amount, monthlyAmount, {}, {}};

    const Signatures& sig = in.signatures;
    const int signedCount = 4 - sig.missingCount();
    const auto sigLine = [](const QString& who, QDate date) {
        return tr("%1: %2").arg(who, date.isValid() ? formatDate(date) : tr("not signed"));
    };
    r.cells[columnOf(Field::Signatures)] =
        Cell{tr("%1/4").arg(signedCount), signedCount, sig.complete() ? Icons::ok() : QIcon(),
             QStringList{sigLine(tr("Student"), sig.student), sigLine(tr("Host"), sig.host),
                         sigLine(tr("Tutor"), sig.tutor), sigLine(tr("University"), sig.university)}
                 .join(QLatin1Char('\n'))};
    r.cells[columnOf(Field::State)] =
        Cell{stateText(in.state), int(in.state), Icons::state(in.state), stateText(in.state)};
    addFindings(r, r.cells[columnOf(Field::Findings)], findings);

    r.search = fold({in.id, in.studentId, studentName(in.studentId), in.host.name, in.host.city, in.host.country,
                     in.tutor.name, in.subject});
    return r;
}

ItemTableModel::Row ItemTableModel::terRow(const Ter& t, const QList<Finding>& findings) const
{
    Row r;
    r.id = t.id;
    r.state = int(t.state);
    r.students = t.studentIds;
    r.missingReport = missingReport(t.state, t.end, t.reportPages, m_ws.today());
    r.cells.resize(fields().size());

    QStringList names;
    QStringList tip;
    for (const QString& s : t.studentIds) {
        names.append(studentName(s));
        tip.append(tr("%1 (%2)").arg(names.last(), s));
    }
    r.cells[columnOf(Field::Id)] = Cell{t.id, t.id, Icons::kind(ItemKind::Ter), {}};
    r.cells[columnOf(Field::Students)] = Cell{names.join(tr(", ")), names.value(0), {}, tip.join(QLatin1Char('\n'))};
    r.cells[columnOf(Field::Kind)] = Cell{terKindName(t.kind), int(t.kind), {}, {}};
    r.cells[columnOf(Field::Subject)] = Cell{t.subject, t.subject, {}, t.subject};
    r.cells[columnOf(Field::Lab)] = Cell{t.lab.name,
                                         t.lab.name,
                                         {},
                                         t.lab.inParisSaclay ? tr("%1, in Paris-Saclay").arg(t.lab.name)
                                                             : tr("%1, outside Paris-Saclay").arg(t.lab.name)};
    r.cells[columnOf(Field::Supervisor)] = Cell{t.supervisor, t.supervisor, {}, {}};
    r.cells[columnOf(Field::Dates)] =
        Cell{dateSpan(t.start, t.end), t.start, {}, tr("From %1 to %2").arg(formatDate(t.start), formatDate(t.end))};
    r.cells[columnOf(Field::State)] = Cell{stateText(t.state), int(t.state), Icons::state(t.state), stateText(t.state)};
    addFindings(r, r.cells[columnOf(Field::Findings)], findings);

    r.search = fold(QStringList{t.id, t.subject, t.lab.name, t.supervisor, terKindName(t.kind)} + names + t.studentIds);
    return r;
}

ItemTableModel::Row ItemTableModel::summerSchoolRow(const SummerSchool& s, const QList<Finding>& findings) const
{
    Row r;
    r.id = s.id;
    r.state = int(s.state);
    r.students = {s.studentId};
    r.missingReport = missingReport(s.state, s.end, s.reportPages, m_ws.today());
    r.cells.resize(fields().size());

    r.cells[columnOf(Field::Student)] = studentCell(s.studentId);
    r.cells[columnOf(Field::Name)] =
        Cell{s.name, s.name, Icons::kind(ItemKind::SummerSchool), tr("%1 (%2)").arg(s.name, s.id)};
    r.cells[columnOf(Field::Proposed)] = Cell{yesNo(s.proposed), int(s.proposed), {}, {}};
    r.cells[columnOf(Field::Dates)] =
        Cell{dateSpan(s.start, s.end), s.start, {}, tr("From %1 to %2").arg(formatDate(s.start), formatDate(s.end))};
    r.cells[columnOf(Field::State)] = Cell{stateText(s.state), int(s.state), Icons::state(s.state), stateText(s.state)};
    addFindings(r, r.cells[columnOf(Field::Findings)], findings);

    r.search = fold({s.id, s.studentId, studentName(s.studentId), s.name});
    return r;
}

ItemTableModel::Row ItemTableModel::seminarRow(const Seminar& s, const QList<Finding>& findings) const
{
    Row r;
    r.id = s.id;
    r.students = {s.studentId};
    r.cells.resize(fields().size());

    r.cells[columnOf(Field::Student)] = studentCell(s.studentId);
    r.cells[columnOf(Field::Title)] =
        Cell{s.title, s.title, Icons::kind(ItemKind::Seminar), tr("%1 (%2)").arg(s.title, s.id)};
    r.cells[columnOf(Field::Date)] = Cell{s.date.isValid() ? shortDate(s.date) : QString(), s.date, {}, {}};
    addFindings(r, r.cells[columnOf(Field::Findings)], findings);

    r.search = fold({s.id, s.studentId, studentName(s.studentId), s.title});
    return r;
}

ItemTableModel::Row ItemTableModel::subjectRow(const QString& title, const Context& c) const
{
    const QString key = keyOf(title);
    const TerSubject& subject = c.subjects.at(c.subjectOf.value(key));
    Row r;
    r.id = title;
    r.cells.resize(fields().size());

    QStringList names;
    QStringList tip;
    int headcount = 0;
    for (const Ter* t : c.tersOf.value(key)) {
        headcount += int(t->studentIds.size());
        QStringList group;
        for (const QString& s : t->studentIds) {
            names.append(studentName(s));
            group.append(names.last());
            r.students.append(s);
        }
        tip.append(tr("TER %1 (%2): %3").arg(t->id, Workflow::stateName(t->state), group.join(tr(", "))));
    }
    r.overCapacity = subject.capacity && headcount > *subject.capacity;

    r.cells[columnOf(Field::Title)] = Cell{subject.title, subject.title, {}, subject.title};
    r.cells[columnOf(Field::Kind)] = Cell{terKindName(subject.kind), int(subject.kind), {}, {}};
    r.cells[columnOf(Field::Lab)] =
        Cell{subject.lab.name,
             subject.lab.name,
             {},
             subject.lab.inParisSaclay ? tr("%1, in Paris-Saclay").arg(subject.lab.name)
                                       : tr("%1, outside Paris-Saclay").arg(subject.lab.name)};
    Cell capacity;
    if (!subject.capacity) {
        capacity.text = tr("%1 (no limit)").arg(headcount);
        capacity.sort = 0.0;
        capacity.toolTip = tr("%n student(s); the subject takes any number", nullptr, headcount);
    } else {
        const int cap = *subject.capacity;
        capacity.sort = cap > 0 ? double(headcount) / cap : double(headcount);
        if (r.overCapacity) {
            capacity.text = tr("%1/%2 · over capacity").arg(headcount).arg(cap);
            capacity.icon = Icons::severity(Severity::Error);
            capacity.toolTip = tr("%n student(s) for a subject that takes %1: too many", nullptr, headcount).arg(cap);
        } else {
            capacity.text = tr("%1/%2").arg(headcount).arg(cap);
            capacity.icon = headcount == cap ? Icons::ok() : QIcon();
            capacity.toolTip = headcount == cap ? tr("Full: %n student(s)", nullptr, headcount)
                                                : tr("%n place(s) left", nullptr, cap - headcount);
        }
    }
    r.cells[columnOf(Field::Capacity)] = capacity;
    r.cells[columnOf(Field::TakenBy)] = Cell{names.isEmpty() ? tr("Nobody yet") : names.join(tr(", ")),
                                             headcount,
                                             {},
                                             tip.isEmpty() ? tr("No TER on this subject yet") : limitLines(tip)};

    r.search = fold(QStringList{subject.title, subject.lab.name, terKindName(subject.kind)} + names);
    return r;
}

ItemTableModel::Row ItemTableModel::hostRow(const QString& name, const Context& c) const
{
    const QString key = keyOf(name);
    const HostEntry& entry = c.hosts.at(c.hostOf.value(key));
    const Host& h = entry.host;
    Row r;
    r.id = name;
    r.aiResearch = h.aiResearch;
    r.cells.resize(fields().size());

    QStringList tutorNames;
    QStringList tutorTip;
    for (const Tutor& t : entry.tutors) {
        tutorNames.append(t.name);
        QStringList parts = {t.name, t.email, t.phone};
        parts.removeAll(QString());
        tutorTip.append(parts.join(QStringLiteral(" · ")));
    }
    QStringList internshipTip;
    for (const Internship* in : c.internshipsOf.value(key)) {
        r.students.append(in->studentId);
        internshipTip.append(
            tr("%1: %2 (%3), %4")
                .arg(in->id, studentName(in->studentId), Workflow::stateName(in->state), dateSpan(in->start, in->end)));
    }
    r.internships = int(internshipTip.size());
    QStringList place = {h.address, h.city, h.country};
    place.removeAll(QString());

    r.cells[columnOf(Field::Name)] =
        Cell{h.name, h.name, {}, place.isEmpty() ? h.name : h.name + QLatin1Char('\n') + place.join(tr(", "))};
    r.cells[columnOf(Field::Kind)] = Cell{hostKindName(h.kind), int(h.kind), {}, {}};
    r.cells[columnOf(Field::AiResearch)] =
        Cell{yesNo(h.aiResearch), int(h.aiResearch), h.aiResearch ? QIcon() : Icons::severity(Severity::Warning),
             h.aiResearch ? tr("Does research in AI, machine learning or data science")
                          : tr("Not recorded as doing research in AI: an internship there needs the advisor's "
                               "confirmation")};
    r.cells[columnOf(Field::City)] = Cell{h.city, h.city, {}, {}};
    r.cells[columnOf(Field::Country)] = Cell{h.country, h.country, {}, {}};
    r.cells[columnOf(Field::Tutors)] = Cell{tutorNames.join(tr(", ")), tutorNames.value(0), {}, limitLines(tutorTip)};
    r.cells[columnOf(Field::InternshipCount)] =
        Cell{QString::number(r.internships),
             r.internships,
             {},
             internshipTip.isEmpty() ? tr("No internship with this host this year") : limitLines(internshipTip)};

    r.search = fold(QStringList{h.name, h.city, h.country, h.address} + tutorNames);
    return r;
}

} // namespace interntrack

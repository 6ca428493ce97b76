#include "CohortLoader.h"
#include "SqlStatement.h"
#include "SqlValues.h"
#include "StorageError.h"

#include <algorithm>
#include <array>

namespace interntrack {

namespace {

constexpr int kStates = int(WorkflowState::Cancelled) + 1;

/// Reads typed values from the current row of a cursor, remembering the first bad one.
class RowReader
{
public:
    RowReader(const SqlStatement& cursor, const char* table)
        : m_cursor(cursor)
        , m_table(table)
    {
    }

    bool isNull(int column) const { return m_cursor.isNull(column); }
    QString text(int column) const { return m_cursor.text(column); }
    qint64 integer(int column) const { return m_cursor.integer(column); }
    double number(int column) const { return m_cursor.real(column); }
    bool boolean(int column) const { return m_cursor.integer(column) != 0; }
    std::optional<int> optionalInt(int column) const
    {
        const std::optional<qint64> v = m_cursor.optionalInteger(column);
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }
    std::optional<double> optionalDouble(int column) const
    {
        return m_cursor.isNull(column) ? std::nullopt : std::optional<double>(m_cursor.real(column));
    }

    QDate date(int column)
    {
        QDate d;
        if (!m_cursor.date(column, &d))
            fail(column);
        return d;
    }

    QDateTime instant(int column)
    {
        QDateTime t;
        if (!SqlValues::toInstant(m_cursor.value(column), &t))
            fail(column);
        return t;
    }

    /// An enumeration stored as its code, read without making a string.
    template<typename Enum, int Count>
    Enum code(int column, QString (*toCode)(Enum), Enum fallback)
    {
        static const std::array<QByteArray, Count> codes = [toCode] {
            std::array<QByteArray, Count> out;
            for (int e = 0; e < Count; ++e)
                out[size_t(e)] = toCode(Enum(e)).toLatin1();
            return out;
        }();
        const QByteArray b = m_cursor.bytes(column);
        for (int e = 0; e < Count; ++e) {
            if (codes[size_t(e)] == b)
                return Enum(e);
        }
        fail(column);
        return fallback;
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    void fail(int column)
    {
        if (!m_error.isEmpty())
            return;
        m_error = CohortLoader::tr("The database holds a value that cannot be read (table %1, row %2, column %3: "
                                   "\"%4\"). Restore the file from a backup.")
                      .arg(QLatin1String(m_table))
                      .arg(m_cursor.integer(0))
                      .arg(m_cursor.columnName(column), m_cursor.value(column).toString());
    }

    const SqlStatement& m_cursor;
    const char* m_table;
    QString m_error;
};

QString scopeClause(const CohortLoader::Scope& scope, const char* alias)
{
    return QLatin1String(alias)
           + (scope.rowId > 0 ? QStringLiteral(".id = ?") : QStringLiteral(".academic_year_id = ?"));
}

qint64 scopeValue(const CohortLoader::Scope& scope)
{
    return scope.rowId > 0 ? scope.rowId : scope.yearId;
}

/// The query for the scope: every row of a year, or one row.
QString pick(const CohortLoader::Scope& scope, const char* forYear, const char* forRow)
{
    return QLatin1String(scope.rowId > 0 ? forRow : forYear);
}

/// Position of row @p id among the sorted @p ids, or -1.
qsizetype indexOf(const QList<qint64>& ids, qint64 id)
{
    const auto it = std::lower_bound(ids.cbegin(), ids.cend(), id);
    return it != ids.cend() && *it == id ? it - ids.cbegin() : -1;
}

QString readFailure(const SqlStatement& c)
{
    return StorageError::describe(c.lastError(), CohortLoader::tr("Could not read the database"));
}

bool run(SqlStatement& c, const QString& sql, qint64 value)
{
    if (!c.prepare(sql))
        return false;
    if (sql.contains(QLatin1Char('?')))
        c.addBindValue(value);
    return c.exec();
}

/**
 * Runs @p sql, a query of a child table (absences, a TER's students, links) with "BETWEEN ? AND ?" on its
 * parent's id, for the parents @p ids (sorted): one range scan of the child table's primary key from the first
 * parent to the last, no join. A row of another parent inside the range is skipped by the caller (indexOf()).
 */
bool runChildren(SqlStatement& c, const char* sql, const QList<qint64>& ids)
{
    if (!c.prepare(QLatin1String(sql)))
        return false;
    c.bindInteger(0, ids.isEmpty() ? 1 : ids.constFirst());
    c.bindInteger(1, ids.isEmpty() ? 0 : ids.constLast());
    return c.exec();
}

/// Steps through the rest of the rows; false when stepping failed (not when it ended).
template<typename F>
bool forEachRow(SqlStatement& c, F&& f)
{
    while (c.next()) {
        if (!f())
            return true;
    }
    return !c.lastError().isValid();
}

template<typename T>
void attachOverrides(CohortLoader::Rows<T>& rows, const QHash<qint64, Overrides>& overrides)
{
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const qsizetype i = indexOf(rows.ids, it.key());
        if (i >= 0)
            rows.items[i].overrides = it.value();
    }
}

} // namespace

CohortLoader::CohortLoader(const QSqlDatabase& db)
    : m_db(db)
{
}

void CohortLoader::StudentIds::assign(const QList<qint64>& rows, const QList<QString>& ids)
{
    m_dense.clear();
    m_sparse.clear();
    if (rows.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(rows.cbegin(), rows.cend());
    const qint64 span = *high - *low + 1;
    if (span <= 2 * qint64(rows.size()) + 1024) {
        m_first = *low;
        m_dense.resize(qsizetype(span));
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_dense[qsizetype(rows.at(i) - m_first)] = ids.at(i);
    } else {
        m_sparse.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_sparse.insert(rows.at(i), ids.at(i));
    }
}

Result<CohortLoader::StudentIds> CohortLoader::studentIds(Scope scope, const char* table) const
{
    using R = Result<StudentIds>;
    QString sql;
    if (scope.rowId == 0)
        sql = QStringLiteral("SELECT s.id, s.uid FROM students s WHERE s.academic_year_id = ?");
    else if (QLatin1String(table) == QLatin1String("ters"))
        sql = QStringLiteral("SELECT s.id, s.uid FROM students s WHERE s.id IN "
                             "(SELECT ts.student_id FROM ter_students ts WHERE ts.ter_id = ?)");
    else
        sql = QStringLiteral(
                  "SELECT s.id, s.uid FROM students s WHERE s.id = (SELECT x.student_id FROM %1 x WHERE x.id = ?)")
                  .arg(QLatin1String(table));
    SqlStatement c(m_db);
    if (!run(c, sql, scopeValue(scope)))
        return R::failure(readFailure(c));
    QList<qint64> rows;
    QList<QString> ids;
    if (!forEachRow(c, [&] {
            rows.append(c.integer(0));
            ids.append(c.text(1));
            return true;
        }))
        return R::failure(readFailure(c));
    StudentIds out;
    out.assign(rows, ids);
    return out;
}

Status CohortLoader::studentIds(Scope scope, const char* table, const StudentIds* given, StudentIds* own,
                                const StudentIds** out) const
{
    if (given) {
        *out = given;
        return {};
    }
    Result<StudentIds> read = studentIds(scope, table);
    if (!read)
        return Status::failure(read.error());
    *own = std::move(read.value());
    *out = own;
    return {};
}

Result<QHash<qint64, Overrides>> CohortLoader::overrides(ItemKind kind, Scope scope) const
{
    using R = Result<QHash<qint64, Overrides>>;
    SqlStatement c(m_db);
    const QString where = scope.rowId > 0 ? QStringLiteral("item_id = ?") : QStringLiteral("academic_year_id = ?");
    if (!c.prepare(QStringLiteral("SELECT item_id, rule, decided_by, decided_at, reason FROM overrides "
                                  "WHERE item_kind = ? AND ")
                   + where + QStringLiteral(" ORDER BY item_id, position")))
        return R::failure(readFailure(c));
    c.addBindValue(itemKindCode(kind));
    c.addBindValue(scopeValue(scope));
    if (!c.exec())
        return R::failure(readFailure(c));
    QHash<qint64, Overrides> out;
    RowReader r(c, "overrides");
    if (!forEachRow(c, [&] {
            Override o;
            o.rule = r.text(1);
            o.by = r.text(2);
            o.at = r.instant(3);
            o.reason = r.text(4);
            out[r.integer(0)].append(o);
            return !r.failed();
        }))
        return R::failure(readFailure(c));
    if (r.failed())
        return R::failure(r.error());
    return out;
}

Result<CohortLoader::Rows<Student>> CohortLoader::students(Scope scope) const
{
    using R = Result<Rows<Student>>;
    SqlStatement c(m_db);
    if (!run(c,
             QStringLiteral("SELECT s.id, s.uid, s.name, s.email, s.student_number FROM students s WHERE ")
                 + scopeClause(scope, "s") + QStringLiteral(" ORDER BY s.id"),
             scopeValue(scope)))
        return R::failure(readFailure(c));
    Rows<Student> rows;
    if (!forEachRow(c, [&] {
            Student s;
            s.id = c.text(1);
            s.name = c.text(2);
            s.email = c.text(3);
            s.studentNumber = c.text(4);
            rows.ids.append(c.integer(0));
            rows.items.append(std::move(s));
            return true;
        }))
        return R::failure(readFailure(c));
    const auto over = overrides(ItemKind::Student, scope);
    if (!over)
        return R::failure(over.error());
    attachOverrides(rows, over.value());
    return rows;
}

Result<CohortLoader::Rows<Internship>> CohortLoader::internships(Scope scope) const
{
    return internships(scope, nullptr);
}

Result<CohortLoader::Rows<Internship>> CohortLoader::internships(Scope scope, const StudentIds* knownStudents) const
{
    using R = Result<Rows<Internship>>;
    const qint64 value = scopeValue(scope);
    SqlStatement c(m_db);

    // Hosts and tutors are shared: each read once, then copied (implicitly shared strings). Only those of the year's
    // internships: the directory of a database of many programmes and years is far larger than one year needs.
    QHash<qint64, Host> hosts;
    if (!run(c,
             pick(scope,
                  "SELECT h.id, h.name, h.kind, h.ai_research, h.address, h.city, h.country FROM hosts h "
                  "WHERE h.id IN (SELECT i.host_id FROM internships i WHERE i.academic_year_id = ?)",
                  "SELECT h.id, h.name, h.kind, h.ai_research, h.address, h.city, h.country FROM hosts h "
                  "WHERE h.id = (SELECT i.host_id FROM internships i WHERE i.id = ?)"),
             value))
        return R::failure(readFailure(c));
    {
        RowReader r(c, "hosts");
        if (!forEachRow(c, [&] {
                Host h;
                h.name = r.text(1);
                h.kind = r.code<HostKind, 2>(2, &hostKindCode, HostKind::Company);
                h.aiResearch = r.boolean(3);
                h.address = r.text(4);
                h.city = r.text(5);
                h.country = r.text(6);
                hosts.insert(r.integer(0), h);
                return !r.failed();
            }))
            return R::failure(readFailure(c));
        if (r.failed())
            return R::failure(r.error());
    }
    QHash<qint64, Tutor> tutors;
    if (!run(c,
             pick(scope,
                  "SELECT t.id, t.name, t.email, t.phone FROM tutors t "
                  "WHERE t.id IN (SELECT i.tutor_id FROM internships i WHERE i.academic_year_id = ?)",
                  "SELECT t.id, t.name, t.email, t.phone FROM tutors t "
                  "WHERE t.id = (SELECT i.tutor_id FROM internships i WHERE i.id = ?)"),
             value))
        return R::failure(readFailure(c));
    if (!forEachRow(c, [&] {
            tutors.insert(c.integer(0), Tutor{c.text(1), c.text(2), c.text(3)});
            return true;
        }))
        return R::failure(readFailure(c));
    StudentIds ownStudents;
    const StudentIds* students = nullptr;
    if (Status st = studentIds(scope, "internships", knownStudents, &ownStudents, &students); !st)
        return R::failure(st.error());

    if (!run(c,
             QStringLiteral(
                 "SELECT i.id, i.uid, i.student_id, i.host_id, i.tutor_id, i.subject, i.start_date, "
                 "i.end_date, i.weekly_hours, i.work_days, i.submitted_on, i.signed_student, i.signed_host, "
                 "i.signed_tutor, i.signed_university, i.gratification_eur, i.gratification_per, "
                 "i.previous_summer, i.proof, i.report_pages, i.state, i.host_screening FROM internships i WHERE ")
                 + scopeClause(scope, "i") + QStringLiteral(" ORDER BY i.id"),
             value))
        return R::failure(readFailure(c));
    Rows<Internship> rows;
    if (scope.rowId == 0) {
        SqlStatement n(m_db);
        if (run(n, QStringLiteral("SELECT count(*) FROM internships WHERE academic_year_id = ?"), value) && n.next()) {
            rows.items.reserve(n.integer(0));
            rows.ids.reserve(n.integer(0));
        }
    }
    {
        RowReader r(c, "internships");
        if (!forEachRow(c, [&] {
                Internship i;
                i.id = r.text(1);
                i.studentId = students->value(r.integer(2));
                // Row ids start at 1: 0 is a NULL reference (no host, no tutor).
                if (const qint64 host = r.integer(3))
                    i.host = hosts.value(host);
                if (const qint64 tutor = r.integer(4))
                    i.tutor = tutors.value(tutor);
                i.subject = r.text(5);
                i.start = r.date(6);
                i.end = r.date(7);
                i.weeklyHours = r.number(8);
                i.workDays = WorkDays(unsigned(r.integer(9)));
                i.submitted = r.date(10);
                i.signatures = Signatures{r.date(11), r.date(12), r.date(13), r.date(14)};
                i.gratification = Gratification{
                    r.number(15), r.code<GratificationPer, 2>(16, &gratificationPerCode, GratificationPer::Month)};
                i.previousSummer = r.boolean(17);
                i.proof = r.boolean(18);
                i.reportPages = r.optionalInt(19);
                i.state = r.code<WorkflowState, kStates>(20, &workflowStateCode, WorkflowState::Draft);
                i.hostScreening = r.code<HostScreening, 4>(21, &hostScreeningCode, HostScreening::NotNeeded);
                rows.ids.append(r.integer(0));
                rows.items.append(std::move(i));
                return !r.failed();
            }))
            return R::failure(readFailure(c));
        if (r.failed())
            return R::failure(r.error());
    }

    if (!runChildren(c,
                     "SELECT a.internship_id, a.day FROM internship_absences a WHERE a.internship_id BETWEEN ? AND ? "
                     "ORDER BY a.internship_id, a.position",
                     rows.ids))
        return R::failure(readFailure(c));
    {
        RowReader r(c, "internship_absences");
        qsizetype i = -1;
        qint64 current = -1;
        if (!forEachRow(c, [&] {
                const qint64 id = r.integer(0);
                if (id != current) {
                    current = id;
                    i = indexOf(rows.ids, id);
                }
                const QDate day = r.date(1);
                if (i >= 0)
                    rows.items[i].absences.append(day);
                return !r.failed();
            }))
            return R::failure(readFailure(c));
        if (r.failed())
            return R::failure(r.error());
    }
    const auto over = overrides(ItemKind::Internship, scope);
    if (!over)
        return R::failure(over.error());
    attachOverrides(rows, over.value());
    return rows;
}

Result<CohortLoader::Rows<Ter>> CohortLoader::ters(Scope scope) const
{
    return ters(scope, nullptr);
}

Result<CohortLoader::Rows<Ter>> CohortLoader::ters(Scope scope, const StudentIds* knownStudents) const
{
    using R = Result<Rows<Ter>>;
    const qint64 value = scopeValue(scope);
    SqlStatement c(m_db);
    if (!run(c,
             QStringLiteral("SELECT t.id, t.uid, sub.kind, sub.title, sub.capacity, sub.lab_name, "
                            "sub.lab_in_paris_saclay, t.supervisor, t.start_date, t.end_date, t.weekly_hours, "
                            "t.paid, t.report_pages, t.grade, t.state "
                            "FROM ters t JOIN ter_subjects sub ON sub.id = t.subject_id WHERE ")
                 + scopeClause(scope, "t") + QStringLiteral(" ORDER BY t.id"),
             value))
        return R::failure(readFailure(c));
    Rows<Ter> rows;
    {
        RowReader r(c, "ters");
        if (!forEachRow(c, [&] {
                Ter t;
                t.id = r.text(1);
                t.kind = r.code<TerKind, 3>(2, &terKindCode, TerKind::Research);
                t.subject = r.text(3);
                t.capacity = r.optionalInt(4);
                t.lab = Lab{r.text(5), r.boolean(6)};
                t.supervisor = r.text(7);
                t.start = r.date(8);
                t.end = r.date(9);
                t.weeklyHours = r.number(10);
                t.paid = r.boolean(11);
                t.reportPages = r.optionalInt(12);
                t.grade = r.optionalDouble(13);
                t.state = r.code<WorkflowState, kStates>(14, &workflowStateCode, WorkflowState::Draft);
                rows.ids.append(r.integer(0));
                rows.items.append(std::move(t));
                return !r.failed();
            }))
            return R::failure(readFailure(c));
        if (r.failed())
            return R::failure(r.error());
    }
    StudentIds ownStudents;
    const StudentIds* students = nullptr;
    if (Status st = studentIds(scope, "ters", knownStudents, &ownStudents, &students); !st)
        return R::failure(st.error());
    if (!runChildren(c,
                     "SELECT ts.ter_id, ts.student_id FROM ter_students ts WHERE ts.ter_id BETWEEN ? AND ? "
                     "ORDER BY ts.ter_id, ts.position",
                     rows.ids))
        return R::failure(readFailure(c));
    if (!forEachRow(c, [&] {
            const qsizetype i = indexOf(rows.ids, c.integer(0));
            if (i >= 0)
                rows.items[i].studentIds.append(students->value(c.integer(1)));
            return true;
        }))
        return R::failure(readFailure(c));
    const auto over = overrides(ItemKind::Ter, scope);
    if (!over)
        return R::failure(over.error());
    attachOverrides(rows, over.value());
    return rows;
}

Result<CohortLoader::Rows<SummerSchool>> CohortLoader::summerSchools(Scope scope) const
{
    return summerSchools(scope, nullptr);
}

Result<CohortLoader::Rows<SummerSchool>> CohortLoader::summerSchools(Scope scope, const StudentIds* knownStudents) const
{
    using R = Result<Rows<SummerSchool>>;
    const qint64 value = scopeValue(scope);
    StudentIds ownStudents;
    const StudentIds* students = nullptr;
    if (Status st = studentIds(scope, "summer_schools", knownStudents, &ownStudents, &students); !st)
        return R::failure(st.error());
    SqlStatement c(m_db);
    if (!run(c,
             QStringLiteral("SELECT ss.id, ss.uid, ss.student_id, ss.name, ss.proposed, ss.start_date, ss.end_date, "
                            "ss.full_time_days, ss.report_pages, ss.state FROM summer_schools ss WHERE ")
                 + scopeClause(scope, "ss") + QStringLiteral(" ORDER BY ss.id"),
             value))
        return R::failure(readFailure(c));
    Rows<SummerSchool> rows;
    {
        RowReader r(c, "summer_schools");
        if (!forEachRow(c, [&] {
                SummerSchool s;
                s.id = r.text(1);
                s.studentId = students->value(r.integer(2));
                s.name = r.text(3);
                s.proposed = r.boolean(4);
                s.start = r.date(5);
                s.end = r.date(6);
                s.fullTimeDays = r.optionalInt(7);
                s.reportPages = r.optionalInt(8);
                s.state = r.code<WorkflowState, kStates>(9, &workflowStateCode, WorkflowState::Draft);
                rows.ids.append(r.integer(0));
                rows.items.append(std::move(s));
                return !r.failed();
            }))
            return R::failure(readFailure(c));
        if (r.failed())
            return R::failure(r.error());
    }
    if (!runChildren(c,
                     "SELECT l.summer_school_id, l.url FROM summer_school_links l "
                     "WHERE l.summer_school_id BETWEEN ? AND ? ORDER BY l.summer_school_id, l.position",
                     rows.ids))
        return R::failure(readFailure(c));
    if (!forEachRow(c, [&] {
            const qsizetype i = indexOf(rows.ids, c.integer(0));
            if (i >= 0)
                rows.items[i].reportLinks.append(c.text(1));
            return true;
        }))
        return R::failure(readFailure(c));
    const auto over = overrides(ItemKind::SummerSchool, scope);
    if (!over)
        return R::failure(over.error());
    attachOverrides(rows, over.value());
    return rows;
}

Result<CohortLoader::Rows<Seminar>> CohortLoader::seminars(Scope scope) const
{
    return seminars(scope, nullptr);
}

Result<CohortLoader::Rows<Seminar>> CohortLoader::seminars(Scope scope, const StudentIds* knownStudents) const
{
    using R = Result<Rows<Seminar>>;
    StudentIds ownStudents;
    const StudentIds* students = nullptr;
    if (Status st = studentIds(scope, "seminars", knownStudents, &ownStudents, &students); !st)
        return R::failure(st.error());
    SqlStatement c(m_db);
    if (!run(c,
             QStringLiteral("SELECT se.id, se.uid, se.student_id, se.title, se.held_on, se.paragraph "
                            "FROM seminars se WHERE ")
                 + scopeClause(scope, "se") + QStringLiteral(" ORDER BY se.id"),
             scopeValue(scope)))
        return R::failure(readFailure(c));
    Rows<Seminar> rows;
    {
        RowReader r(c, "seminars");
        if (!forEachRow(c, [&] {
                Seminar s;
                s.id = r.text(1);
                s.studentId = students->value(r.integer(2));
                s.title = r.text(3);
                s.date = r.date(4);
                s.paragraph = r.text(5);
                rows.ids.append(r.integer(0));
                rows.items.append(std::move(s));
                return !r.failed();
            }))
            return R::failure(readFailure(c));
        if (r.failed())
            return R::failure(r.error());
    }
    const auto over = overrides(ItemKind::Seminar, scope);
    if (!over)
        return R::failure(over.error());
    attachOverrides(rows, over.value());
    return rows;
}

Status CohortLoader::loadItems(qint64 yearId, Cohort* cohort) const
{
    const Scope scope = Scope::year(yearId);
    auto students = this->students(scope);
    if (!students)
        return Status::failure(students.error());
    // The students' ids, read once for every kind of item that names them.
    QList<QString> ids;
    ids.reserve(students->items.size());
    for (const Student& s : std::as_const(students->items))
        ids.append(s.id);
    StudentIds studentIds;
    studentIds.assign(students->ids, ids);
    auto internships = this->internships(scope, &studentIds);
    if (!internships)
        return Status::failure(internships.error());
    auto ters = this->ters(scope, &studentIds);
    if (!ters)
        return Status::failure(ters.error());
    auto schools = summerSchools(scope, &studentIds);
    if (!schools)
        return Status::failure(schools.error());
    auto seminars = this->seminars(scope, &studentIds);
    if (!seminars)
        return Status::failure(seminars.error());
    cohort->students = std::move(students.value().items);
    cohort->internships = std::move(internships.value().items);
    cohort->ters = std::move(ters.value().items);
    cohort->summerSchools = std::move(schools.value().items);
    cohort->seminars = std::move(seminars.value().items);
    return {};
}

} // namespace interntrack

#include "ItemWriter.h"
#include "Database.h"
#include "ItemJson.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "workflow/Workflow.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSqlRecord>

#include <cmath>

namespace interntrack {

namespace {

const char* sqlFor(int stmt)
{
    // Indexed by ItemWriter::Stmt; every value is bound, never spliced in. An item's UPDATE counts one more
    // version of the row and says who changed it when (optimistic locking, schema version 4).
#define STAMP "row_version = row_version + 1, changed_by = ?, changed_at = ?"
    static const char* const table[] = {
        // StudentInsert, StudentUpdate
        "INSERT INTO students (academic_year_id, uid, name, email, student_number, changed_by, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        "UPDATE students SET name = ?, email = ?, student_number = ?, " STAMP " WHERE id = ?",
        // InternshipInsert, InternshipUpdate, AbsenceDelete, AbsenceInsert
        "INSERT INTO internships (academic_year_id, uid, student_id, host_id, tutor_id, subject, start_date, end_date, "
        "weekly_hours, work_days, submitted_on, signed_student, signed_host, signed_tutor, signed_university, "
        "gratification_eur, gratification_per, previous_summer, proof, report_pages, state, host_screening, "
        "changed_by, "
        "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        "UPDATE internships SET student_id = ?, host_id = ?, tutor_id = ?, subject = ?, start_date = ?, end_date = ?, "
        "weekly_hours = ?, work_days = ?, submitted_on = ?, signed_student = ?, signed_host = ?, signed_tutor = ?, "
        "signed_university = ?, gratification_eur = ?, gratification_per = ?, previous_summer = ?, proof = ?, "
        "report_pages = ?, state = ?, host_screening = ?, " STAMP " WHERE id = ?",
        "DELETE FROM internship_absences WHERE internship_id = ?",
        "INSERT INTO internship_absences (internship_id, position, day) VALUES (?, ?, ?)",
        // TerInsert, TerUpdate, TerStudentDelete, TerStudentInsert
        "INSERT INTO ters (academic_year_id, uid, subject_id, supervisor, start_date, end_date, weekly_hours, paid, "
        "report_pages, grade, state, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
        "id",
        "UPDATE ters SET subject_id = ?, supervisor = ?, start_date = ?, end_date = ?, weekly_hours = ?, paid = ?, "
        "report_pages = ?, grade = ?, state = ?, " STAMP " WHERE id = ?",
        "DELETE FROM ter_students WHERE ter_id = ?",
        "INSERT INTO ter_students (ter_id, position, student_id) VALUES (?, ?, ?)",
        // SchoolInsert, SchoolUpdate, LinkDelete, LinkInsert
        "INSERT INTO summer_schools (academic_year_id, uid, student_id, name, proposed, start_date, end_date, "
        "full_time_days, report_pages, state, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        "UPDATE summer_schools SET student_id = ?, name = ?, proposed = ?, start_date = ?, end_date = ?, "
        "full_time_days = ?, report_pages = ?, state = ?, " STAMP " WHERE id = ?",
        "DELETE FROM summer_school_links WHERE summer_school_id = ?",
        "INSERT INTO summer_school_links (summer_school_id, position, url) VALUES (?, ?, ?)",
        // SeminarInsert, SeminarUpdate
        "INSERT INTO seminars (academic_year_id, uid, student_id, title, held_on, paragraph, changed_by, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        "UPDATE seminars SET student_id = ?, title = ?, held_on = ?, paragraph = ?, " STAMP " WHERE id = ?",
        // OverrideDelete, OverrideInsert
        "DELETE FROM overrides WHERE item_kind = ? AND item_id = ?",
        "INSERT INTO overrides (academic_year_id, item_kind, item_id, position, rule, decided_by, decided_at, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        // HostByName, HostById, HostInsert, HostUpdate. "<> ''" lets the partial unique index on the name serve
        // the lookup (SQLite and PostgreSQL use a partial index only when the query implies its condition).
        "SELECT id, name, kind, ai_research, address, city, country FROM hosts WHERE name = ? AND name <> ''",
        "SELECT id, name, kind, ai_research, address, city, country FROM hosts WHERE id = ?",
        "INSERT INTO hosts (name, kind, ai_research, address, city, country) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        "UPDATE hosts SET kind = ?, ai_research = ?, address = ?, city = ?, country = ? WHERE id = ?",
        // TutorByName, TutorById, TutorInsert, TutorUpdate, TutorSetHost
        "SELECT id, name, email, phone FROM tutors WHERE name = ? AND name <> ''",
        "SELECT id, name, email, phone FROM tutors WHERE id = ?",
        "INSERT INTO tutors (name, email, phone, host_id) VALUES (?, ?, ?, ?) RETURNING id",
        "UPDATE tutors SET email = ?, phone = ? WHERE id = ?",
        "UPDATE tutors SET host_id = ? WHERE id = ?",
        // SubjectByTitle, SubjectById, SubjectInsert, SubjectUpdate
        "SELECT id, title, kind, capacity, lab_name, lab_in_paris_saclay FROM ter_subjects "
        "WHERE academic_year_id = ? AND title = ? AND title <> ''",
        "SELECT id, title, kind, capacity, lab_name, lab_in_paris_saclay FROM ter_subjects WHERE id = ?",
        "INSERT INTO ter_subjects (academic_year_id, title, kind, capacity, lab_name, lab_in_paris_saclay) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        "UPDATE ter_subjects SET kind = ?, capacity = ?, lab_name = ?, lab_in_paris_saclay = ? WHERE id = ?",
        // AuditInsert
        "INSERT INTO audit_log (at, actor, table_name, row_id, action, old_json, new_json) VALUES (?, ?, ?, ?, ?, ?, "
        "?)",
    };
#undef STAMP
    static_assert(sizeof(table) / sizeof(table[0]) == 32);
    return table[stmt];
}

// Columns: id, name, kind, ai_research, address, city, country.
Host readHost(const SqlStatement& q)
{
    Host h;
    h.name = q.text(1);
    h.kind = hostKindFromCode(q.text(2)).value_or(HostKind::Company);
    h.aiResearch = q.integer(3) != 0;
    h.address = q.text(4);
    h.city = q.text(5);
    h.country = q.text(6);
    return h;
}

// Columns: id, name, email, phone.
Tutor readTutor(const SqlStatement& q)
{
    return Tutor{q.text(1), q.text(2), q.text(3)};
}

// Columns: id, title, kind, capacity, lab_name, lab_in_paris_saclay.
TerSubject readSubject(const SqlStatement& q)
{
    TerSubject s;
    s.title = q.text(1);
    s.kind = terKindFromCode(q.text(2)).value_or(TerKind::Research);
    s.capacity = q.isNull(3) ? std::nullopt : std::optional<int>(int(q.integer(3)));
    s.lab = Lab{q.text(4), q.integer(5) != 0};
    return s;
}

TerSubject subjectOf(const Ter& t)
{
    return TerSubject{t.subject, t.kind, t.capacity, t.lab};
}

bool finite(double v)
{
    return std::isfinite(v);
}

template<typename T>
constexpr ItemKind kindOf();
template<>
constexpr ItemKind kindOf<Student>()
{
    return ItemKind::Student;
}
template<>
constexpr ItemKind kindOf<Internship>()
{
    return ItemKind::Internship;
}
template<>
constexpr ItemKind kindOf<Ter>()
{
    return ItemKind::Ter;
}
template<>
constexpr ItemKind kindOf<SummerSchool>()
{
    return ItemKind::SummerSchool;
}
template<>
constexpr ItemKind kindOf<Seminar>()
{
    return ItemKind::Seminar;
}

/// The item's table, as itemKindTable() names it.
template<typename T>
constexpr std::string_view tableOf()
{
    if constexpr (std::is_same_v<T, Student>)
        return "students";
    else if constexpr (std::is_same_v<T, Internship>)
        return "internships";
    else if constexpr (std::is_same_v<T, Ter>)
        return "ters";
    else if constexpr (std::is_same_v<T, SummerSchool>)
        return "summer_schools";
    else
        return "seminars";
}

constexpr int kStates = int(WorkflowState::Cancelled) + 1;
constexpr int kScreenings = int(HostScreening::Declined) + 1;

QStringList ownersOf(const Internship& i)
{
    return {i.studentId};
}
QStringList ownersOf(const Ter& t)
{
    return t.studentIds;
}
QStringList ownersOf(const SummerSchool& s)
{
    return {s.studentId};
}

const Signatures* signaturesOf(const Internship& i)
{
    return &i.signatures;
}
const Signatures* signaturesOf(const Ter&)
{
    return nullptr; // a TER records no signatures: its agreement, when needed, is followed outside
}
const Signatures* signaturesOf(const SummerSchool&)
{
    return nullptr;
}

} // namespace

ItemWriter::ItemWriter(Database& db, qint64 yearId, AcademicYear year, QString actor, const QDateTime& now)
    : m_db(db)
    , m_yearId(yearId)
    , m_year(year)
    , m_actor(std::move(actor))
    , m_now(now.toUTC().toString(Qt::ISODateWithMs))
    , m_nowUtf8(m_now.toStdString())
    , m_actorUtf8(m_actor.toStdString())
    , m_loader(db.connection())
{
}

ItemWriter::~ItemWriter() = default;

template<>
ItemWriter::Known<Student>& ItemWriter::known<Student>()
{
    return m_students;
}
template<>
ItemWriter::Known<Internship>& ItemWriter::known<Internship>()
{
    return m_internships;
}
template<>
ItemWriter::Known<Ter>& ItemWriter::known<Ter>()
{
    return m_ters;
}
template<>
ItemWriter::Known<SummerSchool>& ItemWriter::known<SummerSchool>()
{
    return m_schools;
}
template<>
ItemWriter::Known<Seminar>& ItemWriter::known<Seminar>()
{
    return m_seminars;
}

SqlStatement& ItemWriter::query(Stmt stmt)
{
    std::unique_ptr<SqlStatement>& q = m_stmts[stmt];
    if (!q) {
        q = std::make_unique<SqlStatement>(m_db.connection());
        QLatin1String sql(sqlFor(stmt));
        // Over SQLite directly, an insert gives its id by sqlite3_last_insert_rowid(): RETURNING would build a
        // temporary table per row (see insertedId()).
        static const QLatin1String returning(" RETURNING id");
        if (q->isNative() && sql.endsWith(returning))
            sql.chop(returning.size());
        q->prepare(sql); // a failure shows at exec()
    }
    return *q;
}

bool ItemWriter::exec(Stmt stmt, std::initializer_list<QVariant> values)
{
    SqlStatement& q = query(stmt);
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, SqlValues::bindable(v));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    return true;
}

Status ItemWriter::failure(const QString& doing) const
{
    return StorageError::failure(m_lastError, doing);
}

Result<qint64> ItemWriter::insertedId(Stmt stmt, const QString& doing)
{
    return insertedId(stmt, [&] { return doing; });
}

Result<qint64> ItemWriter::insertedId(Stmt stmt, const std::function<QString()>& doing)
{
    SqlStatement& q = query(stmt);
    if (q.isNative()) // prepared without RETURNING (see query())
        return q.lastInsertId();
    if (!q.next()) {
        m_lastError = q.lastError();
        return Result<qint64>::failure(StorageError::describe(m_lastError, doing()));
    }
    const qint64 id = q.integer(0);
    q.finish();
    return id;
}

Status ItemWriter::audit(const QString& table, qint64 rowId, const QString& action, const QString& oldJson,
                         const QString& newJson)
{
    if (!exec(AuditInsert, {m_now, m_actor, table, SqlValues::id(rowId), action,
                            oldJson.isEmpty() ? SqlValues::null() : QVariant(oldJson),
                            newJson.isEmpty() ? SqlValues::null() : QVariant(newJson)}))
        return failure(tr("Could not write the audit log"));
    return {};
}

Status ItemWriter::audit(std::string_view table, qint64 rowId, std::string_view action, std::string_view oldJson,
                         std::string_view newJson)
{
    SqlStatement& q = query(AuditInsert);
    q.bindUtf8(0, m_nowUtf8);
    q.bindUtf8(1, m_actorUtf8);
    q.bindUtf8(2, table);
    if (rowId > 0)
        q.bindInteger(3, rowId);
    else
        q.bindNull(3);
    q.bindUtf8(4, action);
    if (oldJson.empty())
        q.bindNull(5);
    else
        q.bindUtf8(5, oldJson);
    if (newJson.empty())
        q.bindNull(6);
    else
        q.bindUtf8(6, newJson);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return failure(tr("Could not write the audit log"));
    }
    return {};
}

template<typename T>
Status ItemWriter::loadItems()
{
    Known<T>& k = known<T>();
    const CohortLoader::Scope scope = CohortLoader::Scope::year(m_yearId);
    auto rows = [&] {
        if constexpr (std::is_same_v<T, Student>)
            return m_loader.students(scope);
        else if constexpr (std::is_same_v<T, Internship>)
            return m_loader.internships(scope);
        else if constexpr (std::is_same_v<T, Ter>)
            return m_loader.ters(scope);
        else if constexpr (std::is_same_v<T, SummerSchool>)
            return m_loader.summerSchools(scope);
        else
            return m_loader.seminars(scope);
    }();
    if (!rows)
        return Status::failure(rows.error());
    k.items.reserve(rows->ids.size());
    for (qsizetype i = 0; i < rows->ids.size(); ++i)
        k.items.insert(rows->ids.at(i), std::move(rows->items[i]));
    k.itemsLoaded = true;
    return {};
}

Status ItemWriter::preload(const Cohort* batch)
{
    // The ids of every kind; the items only of the kinds @p batch holds (all without a batch), before anything
    // is written: what an update compares with. An import of internships needs no student but their row ids.
    // Items of another kind are read the first time one is needed (loadItems()).
    const auto loadIds = [this](auto& k, const char* table) -> Status {
        SqlStatement q(m_db.connection());
        // The table name comes from this code, never from the user.
        if (!q.prepare(QStringLiteral("SELECT id, uid FROM %1 WHERE academic_year_id = ?").arg(QLatin1String(table))))
            return StorageError::failure(q.lastError(), tr("Could not read the database"));
        q.bindInteger(0, m_yearId);
        if (!q.exec())
            return StorageError::failure(q.lastError(), tr("Could not read the database"));
        while (q.next())
            k.ids.insert(q.text(1), q.integer(0));
        if (q.lastError().isValid())
            return StorageError::failure(q.lastError(), tr("Could not read the database"));
        k.complete = true;
        return {};
    };
    if (Status s = loadIds(m_students, "students"); !s)
        return s;
    if (Status s = loadIds(m_internships, "internships"); !s)
        return s;
    if (Status s = loadIds(m_ters, "ters"); !s)
        return s;
    if (Status s = loadIds(m_schools, "summer_schools"); !s)
        return s;
    if (Status s = loadIds(m_seminars, "seminars"); !s)
        return s;
    if (!batch || !batch->students.isEmpty()) {
        if (Status s = loadItems<Student>(); !s)
            return s;
    }
    if (!batch || !batch->internships.isEmpty()) {
        if (Status s = loadItems<Internship>(); !s)
            return s;
    }
    if (!batch || !batch->ters.isEmpty()) {
        if (Status s = loadItems<Ter>(); !s)
            return s;
    }
    if (!batch || !batch->summerSchools.isEmpty()) {
        if (Status s = loadItems<SummerSchool>(); !s)
            return s;
    }
    if (!batch || !batch->seminars.isEmpty()) {
        if (Status s = loadItems<Seminar>(); !s)
            return s;
    }

    SqlStatement q(m_db.connection());
    const QString doing = tr("Could not read the database");
    // The whole host and tutor directory for a large batch (one scan beats a lookup per name); a small one looks
    // its names up one by one (hostId(), tutorId()): a database of many programmes holds a large directory.
    if (!batch || batch->internships.size() >= kWholeDirectoryFrom) {
        if (!q.prepare(QStringLiteral(
                "SELECT id, name, kind, ai_research, address, city, country FROM hosts WHERE name <> ''"))
            || !q.exec())
            return StorageError::failure(q.lastError(), doing);
        while (q.next())
            m_hosts.insert(q.text(1), {q.integer(0), readHost(q), {}});
        if (!q.prepare(QStringLiteral("SELECT id, name, email, phone FROM tutors WHERE name <> ''")) || !q.exec())
            return StorageError::failure(q.lastError(), doing);
        while (q.next())
            m_tutors.insert(q.text(1), {q.integer(0), readTutor(q), {}});
        m_directoryComplete = true;
    }
    if (!q.prepare(QStringLiteral("SELECT id, title, kind, capacity, lab_name, lab_in_paris_saclay FROM ter_subjects "
                                  "WHERE academic_year_id = ? AND title <> ''")))
        return StorageError::failure(q.lastError(), doing);
    q.addBindValue(m_yearId);
    if (!q.exec())
        return StorageError::failure(q.lastError(), doing);
    while (q.next())
        m_subjects.insert(q.text(1), {q.integer(0), readSubject(q), {}});
    m_catalogueComplete = true;
    return {};
}

QStringList ItemWriter::knownIds(ItemKind kind) const
{
    switch (kind) {
    case ItemKind::Student:
        return m_students.ids.keys();
    case ItemKind::Internship:
        return m_internships.ids.keys();
    case ItemKind::Ter:
        return m_ters.ids.keys();
    case ItemKind::SummerSchool:
        return m_schools.ids.keys();
    case ItemKind::Seminar:
        return m_seminars.ids.keys();
    }
    return {};
}

Result<qint64> ItemWriter::rowId(ItemKind kind, const QString& uid)
{
    const auto lookup = [&](auto& k) -> Result<qint64> {
        const auto it = k.ids.constFind(uid);
        if (it != k.ids.cend())
            return *it;
        if (k.complete)
            return qint64(0);
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // The table name comes from the item kind, never from the user.
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE academic_year_id = ? AND uid = ?").arg(itemKindTable(kind)));
        q.addBindValue(m_yearId);
        q.addBindValue(uid);
        if (!q.exec())
            return Result<qint64>::failure(StorageError::describe(q.lastError(), tr("Could not read the database")));
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        if (id > 0)
            k.ids.insert(uid, id);
        return id;
    };
    switch (kind) {
    case ItemKind::Student:
        return lookup(m_students);
    case ItemKind::Internship:
        return lookup(m_internships);
    case ItemKind::Ter:
        return lookup(m_ters);
    case ItemKind::SummerSchool:
        return lookup(m_schools);
    case ItemKind::Seminar:
        return lookup(m_seminars);
    }
    return qint64(0);
}

template<typename T>
Result<std::optional<T>> ItemWriter::loadRow(qint64 row)
{
    using R = Result<std::optional<T>>;
    Known<T>& k = known<T>();
    if (k.complete) {
        if (!k.itemsLoaded) {
            if (Status s = loadItems<T>(); !s)
                return R::failure(s.error());
        }
        const auto it = k.items.constFind(row);
        if (it != k.items.cend())
            return std::optional<T>(*it);
    }
    const CohortLoader::Scope scope = CohortLoader::Scope::row(row);
    auto rows = [&] {
        if constexpr (std::is_same_v<T, Student>)
            return m_loader.students(scope);
        else if constexpr (std::is_same_v<T, Internship>)
            return m_loader.internships(scope);
        else if constexpr (std::is_same_v<T, Ter>)
            return m_loader.ters(scope);
        else if constexpr (std::is_same_v<T, SummerSchool>)
            return m_loader.summerSchools(scope);
        else
            return m_loader.seminars(scope);
    }();
    if (!rows)
        return R::failure(rows.error());
    if (rows->items.isEmpty())
        return std::optional<T>();
    return std::optional<T>(rows->items.constFirst());
}

template<typename T>
Status ItemWriter::saveItem(const T& item, const Label& where)
{
    Known<T>& k = known<T>();
    if (item.id.trimmed().isEmpty())
        return Status::failure(tr("%1: the %2 has no id.").arg(where.text(), itemKindName(kindOf<T>())));
    if (k.seen.contains(item.id))
        return Status::failure(tr("%1: the id \"%2\" is given to two %3s: each needs its own.")
                                   .arg(where.text(), item.id, itemKindName(kindOf<T>())));
    k.seen.insert(item.id);
    const Result<qint64> existing = rowId(kindOf<T>(), item.id);
    if (!existing)
        return Status::failure(existing.error());
    if (Status s = checkVersion(kindOf<T>(), item.id, existing.value(), where); !s)
        return s;
    std::optional<T> old;
    if (existing.value() > 0) {
        auto loaded = loadRow<T>(existing.value());
        if (!loaded)
            return Status::failure(loaded.error());
        old = std::move(loaded.value());
        if (old && *old == item)
            return {}; // unchanged: no write, no audit row
    }
    const Result<qint64> row = writeRow(item, existing.value(), old ? &*old : nullptr, where);
    if (!row)
        return Status::failure(row.error());
    // The JSON goes to the audit row as UTF-8 from reused buffers: no QString per item.
    if (old)
        ItemJson::write(*old, &m_oldJson);
    else
        m_oldJson.clear();
    ItemJson::write(item, &m_newJson);
    if (Status s = audit(tableOf<T>(), row.value(), old ? "update" : "insert", m_oldJson, m_newJson); !s)
        return s;
    k.ids.insert(item.id, row.value());
    // The cache holds what preload() read; a row inserted now is read back from the table if ever needed.
    if (k.itemsLoaded && old)
        k.items.insert(row.value(), item);
    return {};
}

Status ItemWriter::save(const Student& item, const Label& where)
{
    return saveItem(item, where);
}
Status ItemWriter::save(const Internship& item, const Label& where)
{
    return saveItem(item, where);
}
Status ItemWriter::save(const Ter& item, const Label& where)
{
    return saveItem(item, where);
}
Status ItemWriter::save(const SummerSchool& item, const Label& where)
{
    return saveItem(item, where);
}
Status ItemWriter::save(const Seminar& item, const Label& where)
{
    return saveItem(item, where);
}

Result<qint64> ItemWriter::studentRow(const QString& uid, const Label& where)
{
    if (uid.isEmpty())
        return Result<qint64>::failure(tr("%1: no student is given.").arg(where.text()));
    const Result<qint64> row = rowId(ItemKind::Student, uid);
    if (row && row.value() == 0)
        return Result<qint64>::failure(
            tr("%1: \"%2\" is not a student of %3: add the student first.").arg(where.text(), uid, m_year.toString()));
    return row;
}

Status ItemWriter::writeOverrides(ItemKind kind, qint64 row, const Overrides& overrides, bool replace,
                                  const Label& where)
{
    if (!replace && overrides.isEmpty())
        return {}; // a new item without overrides: nothing to write
    const QString kindCode = itemKindCode(kind);
    if (replace && !exec(OverrideDelete, {kindCode, row}))
        return failure(tr("%1: could not save the overrides").arg(where.text()));
    if (overrides.isEmpty())
        return {};
    const QString doing = tr("%1: could not save the overrides").arg(where.text());
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const Override& o = overrides.at(i);
        if (o.rule.trimmed().isEmpty())
            return Status::failure(tr("%1: override %2 names no rule.").arg(where.text()).arg(i + 1));
        if (o.reason.trimmed().isEmpty())
            return Status::failure(tr("%1: the override of %2 has no reason: an override needs a written "
                                      "justification.")
                                       .arg(where.text(), o.rule));
        if (!exec(OverrideInsert,
                  {m_yearId, kindCode, row, qint64(i), o.rule, o.by, SqlValues::instant(o.at), o.reason}))
            return failure(doing);
    }
    return {};
}

Result<qint64> ItemWriter::writeRow(const Student& s, qint64 row, const Student* old, const Label& where)
{
    const auto doing = [&] { return tr("%1: could not save the student").arg(where.text()); };
    if (row > 0) {
        if (!exec(StudentUpdate, {s.name, s.email, s.studentNumber, m_actor, m_now, row}))
            return Result<qint64>::failure(failure(doing()).error());
    } else {
        SqlStatement& q = query(StudentInsert);
        q.bindInteger(0, m_yearId);
        q.bindText(1, s.id);
        q.bindText(2, s.name);
        q.bindText(3, s.email);
        q.bindText(4, s.studentNumber);
        q.bindUtf8(5, m_actorUtf8);
        q.bindUtf8(6, m_nowUtf8);
        if (!q.exec()) {
            m_lastError = q.lastError();
            return Result<qint64>::failure(failure(doing()).error());
        }
        const Result<qint64> id = insertedId(StudentInsert, doing);
        if (!id)
            return id;
        row = id.value();
    }
    if (!old || old->overrides != s.overrides) {
        if (Status st = writeOverrides(ItemKind::Student, row, s.overrides, old != nullptr, where); !st)
            return Result<qint64>::failure(st.error());
    }
    return row;
}

Result<qint64> ItemWriter::writeRow(const Internship& i, qint64 row, const Internship* old, const Label& where)
{
    using R = Result<qint64>;
    const auto doing = [&] { return tr("%1: could not save the internship").arg(where.text()); };
    if (!finite(i.weeklyHours) || !finite(i.gratification.amountEur))
        return R::failure(tr("%1: the weekly hours and the gratification must be numbers.").arg(where.text()));
    const R student = studentRow(i.studentId, where);
    if (!student)
        return student;
    qint64 previousHost = 0;
    qint64 previousTutor = 0;
    if (row > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT host_id, tutor_id FROM internships WHERE id = ?"));
        q.addBindValue(row);
        if (!q.exec() || !q.next())
            return R::failure(StorageError::describe(q.lastError(), doing()));
        previousHost = q.value(0).toLongLong();
        previousTutor = q.value(1).toLongLong();
    }
    const R host = hostRow(i.host, previousHost, where);
    if (!host)
        return host;
    // The directory lists tutors under named hosts only: a nameless host belongs to its internship.
    const R tutor = tutorRow(i.tutor, previousTutor, where, i.host.name.isEmpty() ? 0 : host.value());
    if (!tutor)
        return tutor;

    // The columns after academic_year_id and uid, in the order of both statements, bound from @p first on.
    const auto bindFields = [&](SqlStatement& q, int first) {
        int f = first;
        const auto optionalId = [&](qint64 id) {
            if (id > 0)
                q.bindInteger(f++, id);
            else
                q.bindNull(f++);
        };
        q.bindInteger(f++, student.value());
        optionalId(host.value());
        optionalId(tutor.value());
        q.bindText(f++, i.subject);
        q.bindDate(f++, i.start);
        q.bindDate(f++, i.end);
        q.bindReal(f++, i.weeklyHours);
        q.bindInteger(f++, qint64(i.workDays.bits()));
        q.bindDate(f++, i.submitted);
        q.bindDate(f++, i.signatures.student);
        q.bindDate(f++, i.signatures.host);
        q.bindDate(f++, i.signatures.tutor);
        q.bindDate(f++, i.signatures.university);
        q.bindReal(f++, i.gratification.amountEur);
        q.bindUtf8(f++, SqlValues::code<&gratificationPerCode, 2>(i.gratification.per));
        q.bindInteger(f++, i.previousSummer ? 1 : 0);
        q.bindInteger(f++, i.proof ? 1 : 0);
        if (i.reportPages)
            q.bindInteger(f++, *i.reportPages);
        else
            q.bindNull(f++);
        q.bindUtf8(f++, SqlValues::code<&workflowStateCode, kStates>(i.state));
        q.bindUtf8(f++, SqlValues::code<&hostScreeningCode, kScreenings>(i.hostScreening));
        q.bindUtf8(f++, m_actorUtf8);
        q.bindUtf8(f++, m_nowUtf8);
        return f;
    };
    if (row > 0) {
        SqlStatement& q = query(InternshipUpdate);
        q.bindInteger(bindFields(q, 0), row);
        if (!q.exec()) {
            m_lastError = q.lastError();
            return R::failure(failure(doing()).error());
        }
    } else {
        SqlStatement& q = query(InternshipInsert);
        q.bindInteger(0, m_yearId);
        q.bindText(1, i.id);
        bindFields(q, 2);
        if (!q.exec()) {
            m_lastError = q.lastError();
            return R::failure(failure(doing()).error());
        }
        const R id = insertedId(InternshipInsert, doing);
        if (!id)
            return id;
        row = id.value();
    }
    if (!old || old->absences != i.absences) {
        if (old && !exec(AbsenceDelete, {row}))
            return R::failure(failure(doing()).error());
        for (qsizetype a = 0; a < i.absences.size(); ++a) {
            if (!i.absences.at(a).isValid())
                return R::failure(tr("%1: absence %2 is not a date.").arg(where.text()).arg(a + 1));
            if (!exec(AbsenceInsert, {row, qint64(a), SqlValues::date(i.absences.at(a))}))
                return R::failure(failure(doing()).error());
        }
    }
    if (!old || old->overrides != i.overrides) {
        if (Status st = writeOverrides(ItemKind::Internship, row, i.overrides, old != nullptr, where); !st)
            return R::failure(st.error());
    }
    if (previousTutor > 0 && previousTutor != tutor.value()) {
        if (Status st = dropPrivateRow("tutors", "internships", "tutor_id", previousTutor); !st)
            return R::failure(st.error());
    }
    if (previousHost > 0 && previousHost != host.value()) {
        if (Status st = dropPrivateRow("hosts", "internships", "host_id", previousHost); !st)
            return R::failure(st.error());
    }
    return row;
}

Result<qint64> ItemWriter::writeRow(const Ter& t, qint64 row, const Ter* old, const Label& where)
{
    using R = Result<qint64>;
    const auto doing = [&] { return tr("%1: could not save the TER").arg(where.text()); };
    if (!finite(t.weeklyHours) || (t.grade && !finite(*t.grade)))
        return R::failure(tr("%1: the weekly hours and the grade must be numbers.").arg(where.text()));
    QList<qint64> studentRows;
    for (const QString& uid : t.studentIds) {
        const R s = studentRow(uid, where);
        if (!s)
            return s;
        if (studentRows.contains(s.value()))
            return R::failure(tr("%1: the student \"%2\" is listed twice.").arg(where.text(), uid));
        studentRows.append(s.value());
    }
    qint64 previousSubject = 0;
    if (row > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT subject_id FROM ters WHERE id = ?"));
        q.addBindValue(row);
        if (!q.exec() || !q.next())
            return R::failure(StorageError::describe(q.lastError(), doing()));
        previousSubject = q.value(0).toLongLong();
    }
    const R subject = subjectRow(subjectOf(t), previousSubject, where);
    if (!subject)
        return subject;
    if (row > 0) {
        if (!exec(TerUpdate, {subject.value(), t.supervisor, SqlValues::date(t.start), SqlValues::date(t.end),
                              t.weeklyHours, SqlValues::boolean(t.paid), SqlValues::optionalInt(t.reportPages),
                              SqlValues::optionalDouble(t.grade), workflowStateCode(t.state), m_actor, m_now, row}))
            return R::failure(failure(doing()).error());
    } else {
        if (!exec(TerInsert,
                  {m_yearId, t.id, subject.value(), t.supervisor, SqlValues::date(t.start), SqlValues::date(t.end),
                   t.weeklyHours, SqlValues::boolean(t.paid), SqlValues::optionalInt(t.reportPages),
                   SqlValues::optionalDouble(t.grade), workflowStateCode(t.state), m_actor, m_now}))
            return R::failure(failure(doing()).error());
        const R id = insertedId(TerInsert, doing);
        if (!id)
            return id;
        row = id.value();
    }
    if (!old || old->studentIds != t.studentIds) {
        if (old && !exec(TerStudentDelete, {row}))
            return R::failure(failure(doing()).error());
        for (qsizetype s = 0; s < studentRows.size(); ++s) {
            if (!exec(TerStudentInsert, {row, qint64(s), studentRows.at(s)}))
                return R::failure(failure(doing()).error());
        }
    }
    if (!old || old->overrides != t.overrides) {
        if (Status st = writeOverrides(ItemKind::Ter, row, t.overrides, old != nullptr, where); !st)
            return R::failure(st.error());
    }
    if (previousSubject > 0 && previousSubject != subject.value()) {
        if (Status st = dropPrivateRow("ter_subjects", "ters", "subject_id", previousSubject); !st)
            return R::failure(st.error());
    }
    return row;
}

Result<qint64> ItemWriter::writeRow(const SummerSchool& s, qint64 row, const SummerSchool* old, const Label& where)
{
    using R = Result<qint64>;
    const auto doing = [&] { return tr("%1: could not save the summer school").arg(where.text()); };
    const R student = studentRow(s.studentId, where);
    if (!student)
        return student;
    if (row > 0) {
        if (!exec(SchoolUpdate,
                  {student.value(), s.name, SqlValues::boolean(s.proposed), SqlValues::date(s.start),
                   SqlValues::date(s.end), SqlValues::optionalInt(s.fullTimeDays),
                   SqlValues::optionalInt(s.reportPages), workflowStateCode(s.state), m_actor, m_now, row}))
            return R::failure(failure(doing()).error());
    } else {
        if (!exec(SchoolInsert,
                  {m_yearId, s.id, student.value(), s.name, SqlValues::boolean(s.proposed), SqlValues::date(s.start),
                   SqlValues::date(s.end), SqlValues::optionalInt(s.fullTimeDays),
                   SqlValues::optionalInt(s.reportPages), workflowStateCode(s.state), m_actor, m_now}))
            return R::failure(failure(doing()).error());
        const R id = insertedId(SchoolInsert, doing);
        if (!id)
            return id;
        row = id.value();
    }
    if (!old || old->reportLinks != s.reportLinks) {
        if (old && !exec(LinkDelete, {row}))
            return R::failure(failure(doing()).error());
        for (qsizetype l = 0; l < s.reportLinks.size(); ++l) {
            if (!exec(LinkInsert, {row, qint64(l), s.reportLinks.at(l)}))
                return R::failure(failure(doing()).error());
        }
    }
    if (!old || old->overrides != s.overrides) {
        if (Status st = writeOverrides(ItemKind::SummerSchool, row, s.overrides, old != nullptr, where); !st)
            return R::failure(st.error());
    }
    return row;
}

Result<qint64> ItemWriter::writeRow(const Seminar& s, qint64 row, const Seminar* old, const Label& where)
{
    using R = Result<qint64>;
    const auto doing = [&] { return tr("%1: could not save the seminar").arg(where.text()); };
    const R student = studentRow(s.studentId, where);
    if (!student)
        return student;
    if (row > 0) {
        if (!exec(SeminarUpdate, {student.value(), s.title, SqlValues::date(s.date), s.paragraph, m_actor, m_now, row}))
            return R::failure(failure(doing()).error());
    } else {
        if (!exec(SeminarInsert,
                  {m_yearId, s.id, student.value(), s.title, SqlValues::date(s.date), s.paragraph, m_actor, m_now}))
            return R::failure(failure(doing()).error());
        const R id = insertedId(SeminarInsert, doing);
        if (!id)
            return id;
        row = id.value();
    }
    if (!old || old->overrides != s.overrides) {
        if (Status st = writeOverrides(ItemKind::Seminar, row, s.overrides, old != nullptr, where); !st)
            return R::failure(st.error());
    }
    return row;
}

Result<qint64> ItemWriter::hostRow(const Host& host, qint64 previous, const Label& where)
{
    using R = Result<qint64>;
    const auto doing = [&] { return tr("%1: could not save the host").arg(where.text()); };
    if (host == Host{})
        return qint64(0);
    if (host.name.isEmpty()) {
        // A nameless host belongs to its internship alone: reuse its row, never share it.
        if (previous > 0) {
            if (!exec(HostById, {previous}))
                return R::failure(failure(doing()).error());
            SqlStatement& q = query(HostById);
            if (q.next() && q.text(1).isEmpty()) {
                const Host stored = readHost(q);
                q.finish();
                if (stored != host) {
                    if (!exec(HostUpdate, {hostKindCode(host.kind), SqlValues::boolean(host.aiResearch), host.address,
                                           host.city, host.country, previous}))
                        return R::failure(failure(doing()).error());
                    if (Status s = audit(QStringLiteral("hosts"), previous, QStringLiteral("update"),
                                         ItemJson::text(stored), ItemJson::text(host));
                        !s)
                        return R::failure(s.error());
                }
                return previous;
            }
            q.finish();
        }
        if (!exec(HostInsert, {host.name, hostKindCode(host.kind), SqlValues::boolean(host.aiResearch), host.address,
                               host.city, host.country}))
            return R::failure(failure(doing()).error());
        const R id = insertedId(HostInsert, doing);
        if (!id)
            return id;
        if (Status s = audit(QStringLiteral("hosts"), id.value(), QStringLiteral("insert"), {}, ItemJson::text(host));
            !s)
            return R::failure(s.error());
        return id;
    }

    auto it = m_hosts.find(host.name);
    if (it == m_hosts.end() && !m_directoryComplete) {
        if (!exec(HostByName, {host.name}))
            return R::failure(failure(doing()).error());
        SqlStatement& q = query(HostByName);
        if (q.next())
            it = m_hosts.insert(host.name, {q.integer(0), readHost(q), {}});
        q.finish();
    }
    if (it != m_hosts.end()) {
        if (it->value == host) {
            if (it->setBy.isEmpty())
                it->setBy = where.text();
            return it->id;
        }
        if (!it->setBy.isEmpty())
            return R::failure(tr("%1: the host \"%2\" is given with other details than in %3; hosts are matched by "
                                 "name, so the same name must come with the same details.")
                                  .arg(where.text(), host.name, it->setBy));
        if (!exec(HostUpdate, {hostKindCode(host.kind), SqlValues::boolean(host.aiResearch), host.address, host.city,
                               host.country, it->id}))
            return R::failure(failure(doing()).error());
        if (Status s = audit(QStringLiteral("hosts"), it->id, QStringLiteral("update"), ItemJson::text(it->value),
                             ItemJson::text(host));
            !s)
            return R::failure(s.error());
        it->value = host;
        it->setBy = where.text();
        return it->id;
    }
    if (!exec(HostInsert, {host.name, hostKindCode(host.kind), SqlValues::boolean(host.aiResearch), host.address,
                           host.city, host.country}))
        return R::failure(failure(doing()).error());
    const R id = insertedId(HostInsert, doing);
    if (!id)
        return id;
    if (Status s = audit(QStringLiteral("hosts"), id.value(), QStringLiteral("insert"), {}, ItemJson::text(host)); !s)
        return R::failure(s.error());
    m_hosts.insert(host.name, {id.value(), host, where.text()});
    return id;
}

Result<qint64> ItemWriter::tutorRow(const Tutor& tutor, qint64 previous, const Label& where, qint64 hostId)
{
    using R = Result<qint64>;
    const auto doing = [&] { return tr("%1: could not save the tutor").arg(where.text()); };
    if (tutor == Tutor{})
        return qint64(0);
    if (tutor.name.isEmpty()) {
        if (previous > 0) {
            if (!exec(TutorById, {previous}))
                return R::failure(failure(doing()).error());
            SqlStatement& q = query(TutorById);
            if (q.next() && q.text(1).isEmpty()) {
                const Tutor stored = readTutor(q);
                q.finish();
                if (stored != tutor) {
                    if (!exec(TutorUpdate, {tutor.email, tutor.phone, previous}))
                        return R::failure(failure(doing()).error());
                    if (Status s = audit(QStringLiteral("tutors"), previous, QStringLiteral("update"),
                                         ItemJson::text(stored), ItemJson::text(tutor));
                        !s)
                        return R::failure(s.error());
                }
                return previous;
            }
            q.finish();
        }
        if (!exec(TutorInsert, {tutor.name, tutor.email, tutor.phone, SqlValues::id(hostId)}))
            return R::failure(failure(doing()).error());
        const R id = insertedId(TutorInsert, doing);
        if (!id)
            return id;
        if (Status s = audit(QStringLiteral("tutors"), id.value(), QStringLiteral("insert"), {}, ItemJson::text(tutor));
            !s)
            return R::failure(s.error());
        return id;
    }

    auto it = m_tutors.find(tutor.name);
    if (it == m_tutors.end() && !m_directoryComplete) {
        if (!exec(TutorByName, {tutor.name}))
            return R::failure(failure(doing()).error());
        SqlStatement& q = query(TutorByName);
        if (q.next())
            it = m_tutors.insert(tutor.name, {q.integer(0), readTutor(q), {}});
        q.finish();
    }
    if (it != m_tutors.end()) {
        if (it->value == tutor) {
            if (it->setBy.isEmpty())
                it->setBy = where.text();
            return it->id;
        }
        if (!it->setBy.isEmpty())
            return R::failure(tr("%1: the tutor \"%2\" is given with other details than in %3; tutors are matched by "
                                 "name, so the same name must come with the same details.")
                                  .arg(where.text(), tutor.name, it->setBy));
        if (!exec(TutorUpdate, {tutor.email, tutor.phone, it->id}))
            return R::failure(failure(doing()).error());
        if (Status s = audit(QStringLiteral("tutors"), it->id, QStringLiteral("update"), ItemJson::text(it->value),
                             ItemJson::text(tutor));
            !s)
            return R::failure(s.error());
        it->value = tutor;
        it->setBy = where.text();
        return it->id;
    }
    if (!exec(TutorInsert, {tutor.name, tutor.email, tutor.phone, SqlValues::id(hostId)}))
        return R::failure(failure(doing()).error());
    const R id = insertedId(TutorInsert, doing);
    if (!id)
        return id;
    if (Status s = audit(QStringLiteral("tutors"), id.value(), QStringLiteral("insert"), {}, ItemJson::text(tutor)); !s)
        return R::failure(s.error());
    m_tutors.insert(tutor.name, {id.value(), tutor, where.text()});
    return id;
}

Result<qint64> ItemWriter::subjectRow(const TerSubject& subject, qint64 previous, const Label& where)
{
    using R = Result<qint64>;
    const auto doing = [&] { return tr("%1: could not save the TER subject").arg(where.text()); };
    if (subject.capacity && *subject.capacity < 0)
        return R::failure(tr("%1: the capacity of a subject cannot be negative.").arg(where.text()));
    const auto update = [&](qint64 id, const TerSubject& stored) -> Status {
        if (!exec(SubjectUpdate, {terKindCode(subject.kind), SqlValues::optionalInt(subject.capacity), subject.lab.name,
                                  SqlValues::boolean(subject.lab.inParisSaclay), id}))
            return failure(doing());
        return audit(QStringLiteral("ter_subjects"), id, QStringLiteral("update"), ItemJson::text(stored),
                     ItemJson::text(subject));
    };
    const auto insert = [&]() -> R {
        if (!exec(SubjectInsert,
                  {m_yearId, subject.title, terKindCode(subject.kind), SqlValues::optionalInt(subject.capacity),
                   subject.lab.name, SqlValues::boolean(subject.lab.inParisSaclay)}))
            return R::failure(failure(doing()).error());
        const R id = insertedId(SubjectInsert, doing);
        if (!id)
            return id;
        if (Status s = audit(QStringLiteral("ter_subjects"), id.value(), QStringLiteral("insert"), {},
                             ItemJson::text(subject));
            !s)
            return R::failure(s.error());
        return id;
    };

    if (subject.title.isEmpty()) {
        if (previous > 0) {
            if (!exec(SubjectById, {previous}))
                return R::failure(failure(doing()).error());
            SqlStatement& q = query(SubjectById);
            if (q.next() && q.text(1).isEmpty()) {
                const TerSubject stored = readSubject(q);
                q.finish();
                if (stored != subject) {
                    if (Status s = update(previous, stored); !s)
                        return R::failure(s.error());
                }
                return previous;
            }
            q.finish();
        }
        return insert();
    }

    auto it = m_subjects.find(subject.title);
    if (it == m_subjects.end() && !m_catalogueComplete) {
        if (!exec(SubjectByTitle, {m_yearId, subject.title}))
            return R::failure(failure(doing()).error());
        SqlStatement& q = query(SubjectByTitle);
        if (q.next())
            it = m_subjects.insert(subject.title, {q.integer(0), readSubject(q), {}});
        q.finish();
    }
    if (it != m_subjects.end()) {
        if (it->value == subject) {
            if (it->setBy.isEmpty())
                it->setBy = where.text();
            return it->id;
        }
        if (!it->setBy.isEmpty())
            return R::failure(tr("%1: the TER subject \"%2\" is given with another kind, capacity or lab than in %3; "
                                 "TERs with the same subject share it, so they must agree.")
                                  .arg(where.text(), subject.title, it->setBy));
        if (Status s = update(it->id, it->value); !s)
            return R::failure(s.error());
        it->value = subject;
        it->setBy = where.text();
        return it->id;
    }
    const R id = insert();
    if (id)
        m_subjects.insert(subject.title, {id.value(), subject, where.text()});
    return id;
}

Status ItemWriter::dropPrivateRow(const char* table, const char* referencingTable, const char* column, qint64 row)
{
    // Only a nameless (private) row goes with its item; named hosts, tutors and subjects are kept.
    const QString t = QLatin1String(table);
    const QString nameColumn = t == QLatin1String("ter_subjects") ? QStringLiteral("title") : QStringLiteral("name");
    const QString doing = tr("Could not remove an unused row of %1").arg(t);
    QString columns;
    if (t == QLatin1String("hosts"))
        columns = QStringLiteral("id, name, kind, ai_research, address, city, country");
    else if (t == QLatin1String("tutors"))
        columns = QStringLiteral("id, name, email, phone");
    else
        columns = QStringLiteral("id, title, kind, capacity, lab_name, lab_in_paris_saclay");
    QString oldJson;
    {
        SqlStatement s(m_db.connection());
        // Table and column names come from this code, never from the user.
        const QString tutorsToo = t == QLatin1String("hosts")
                                      ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM tutors WHERE host_id = ?)")
                                      : QStringLiteral(" AND ? > 0");
        if (!s.prepare(QStringLiteral(
                           "SELECT %1 FROM %2 WHERE id = ? AND %3 = '' AND NOT EXISTS (SELECT 1 FROM %4 WHERE %5 = ?)")
                           .arg(columns, t, nameColumn, QLatin1String(referencingTable), QLatin1String(column))
                       + tutorsToo))
            return StorageError::failure(s.lastError(), doing);
        s.addBindValue(row);
        s.addBindValue(row);
        s.addBindValue(row);
        if (!s.exec())
            return StorageError::failure(s.lastError(), doing);
        if (!s.next())
            return {};
        if (t == QLatin1String("hosts"))
            oldJson = ItemJson::text(readHost(s));
        else if (t == QLatin1String("tutors"))
            oldJson = ItemJson::text(readTutor(s));
        else
            oldJson = ItemJson::text(readSubject(s));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(t));
    q.addBindValue(row);
    if (!q.exec())
        return StorageError::failure(q, doing);
    return audit(t, row, QStringLiteral("delete"), oldJson, {});
}

Status ItemWriter::saveHost(const Host& host, const Label& where)
{
    if (host.name.trimmed().isEmpty())
        return Status::failure(tr("%1: a host needs a name.").arg(where.text()));
    const Result<qint64> row = hostRow(host, 0, where);
    return row ? Status() : Status::failure(row.error());
}

Status ItemWriter::saveTutor(const Tutor& tutor, const Label& where)
{
    if (tutor.name.trimmed().isEmpty())
        return Status::failure(tr("%1: a tutor needs a name.").arg(where.text()));
    const Result<qint64> row = tutorRow(tutor, 0, where);
    return row ? Status() : Status::failure(row.error());
}

Status ItemWriter::saveHostEntry(const HostEntry& entry, const Label& where)
{
    if (entry.host.name.trimmed().isEmpty())
        return Status::failure(tr("%1: a host needs a name.").arg(where.text()));
    const Result<qint64> host = hostRow(entry.host, 0, where);
    if (!host)
        return Status::failure(host.error());
    const QString doing = tr("%1: could not save the tutors").arg(where.text());
    for (const Tutor& tutor : entry.tutors) {
        if (tutor.name.trimmed().isEmpty())
            return Status::failure(tr("%1: a tutor needs a name.").arg(where.text()));
        const Result<qint64> row = tutorRow(tutor, 0, where, host.value());
        if (!row)
            return Status::failure(row.error());
        const auto listed = m_tutorHosts.constFind(row.value());
        if (listed != m_tutorHosts.cend() && listed->first != host.value())
            return Status::failure(tr("%1: the tutor \"%2\" is also listed under another host in %3; a tutor works at "
                                      "one host.")
                                       .arg(where.text(), tutor.name, listed->second));
        m_tutorHosts.insert(row.value(), {host.value(), where.text()});
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT t.host_id, h.name FROM tutors t LEFT JOIN hosts h ON h.id = t.host_id "
                                 "WHERE t.id = ?"));
        q.addBindValue(row.value());
        if (!q.exec() || !q.next())
            return StorageError::failure(q, doing);
        if (q.value(0).toLongLong() == host.value())
            continue;
        const QString before = q.value(1).toString();
        q.finish();
        if (!exec(TutorSetHost, {host.value(), row.value()}))
            return failure(doing);
        if (Status s = audit(
                QStringLiteral("tutors"), row.value(), QStringLiteral("update"),
                ItemJson::compact(QJsonObject{{QStringLiteral("name"), tutor.name}, {QStringLiteral("host"), before}}),
                ItemJson::compact(
                    QJsonObject{{QStringLiteral("name"), tutor.name}, {QStringLiteral("host"), entry.host.name}}));
            !s)
            return s;
    }
    return {};
}

Status ItemWriter::saveSubject(const TerSubject& subject, const Label& where)
{
    if (subject.title.trimmed().isEmpty())
        return Status::failure(tr("%1: a TER subject needs a title.").arg(where.text()));
    const Result<qint64> row = subjectRow(subject, 0, where);
    return row ? Status() : Status::failure(row.error());
}

Result<QList<qint64>> ItemWriter::references(const QString& sql, qint64 row)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(row);
    if (!q.exec())
        return Result<QList<qint64>>::failure(StorageError::describe(q.lastError(), tr("Could not read the database")));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Status ItemWriter::remove(ItemKind kind, const QString& uid, const Label& where)
{
    const Result<qint64> row = rowId(kind, uid);
    if (!row)
        return Status::failure(row.error());
    if (Status s = checkVersion(kind, uid, row.value(), where); !s)
        return s;
    if (row.value() == 0)
        return Status::failure(
            tr("%1: there is no %2 \"%3\" in %4.").arg(where.text(), itemKindName(kind), uid, m_year.toString()));
    const QString doing = tr("%1: could not delete the %2").arg(where.text(), itemKindName(kind));
    const QString kindCode = itemKindCode(kind);

    QString oldJson;
    QList<std::pair<const char*, qint64>> privateRows; // catalogue rows that may go with the item
    const auto remember = [&](auto loaded) -> Status {
        if (!loaded)
            return Status::failure(loaded.error());
        if (loaded.value())
            oldJson = ItemJson::text(loaded.value().value());
        return {};
    };
    Status loaded;
    switch (kind) {
    case ItemKind::Student: {
        loaded = remember(loadRow<Student>(row.value()));
        const Result<QList<qint64>> uses =
            references(QStringLiteral("SELECT count(*) FROM internships WHERE student_id = ? UNION ALL "
                                      "SELECT count(*) FROM ter_students WHERE student_id = ? UNION ALL "
                                      "SELECT count(*) FROM summer_schools WHERE student_id = ? UNION ALL "
                                      "SELECT count(*) FROM seminars WHERE student_id = ?"),
                       row.value());
        if (!uses)
            return Status::failure(uses.error());
        qint64 total = 0;
        for (qint64 n : uses.value())
            total += n;
        if (total > 0)
            return Status::failure(tr("%1: the student \"%2\" still has %n item(s) (internships, TERs, summer schools "
                                      "or seminars): delete them or give them to another student first.",
                                      nullptr, int(total))
                                       .arg(where.text(), uid));
        m_students.items.remove(row.value());
        break;
    }
    case ItemKind::Internship: {
        loaded = remember(loadRow<Internship>(row.value()));
        const auto host = references(
            QStringLiteral("SELECT host_id FROM internships WHERE id = ? AND host_id IS NOT NULL"), row.value());
        const auto tutor = references(
            QStringLiteral("SELECT tutor_id FROM internships WHERE id = ? AND tutor_id IS NOT NULL"), row.value());
        if (!host || !tutor)
            return Status::failure(!host ? host.error() : tutor.error());
        for (qint64 id : tutor.value()) // tutors first: a tutor may name its host
            privateRows.append({"tutors", id});
        for (qint64 id : host.value())
            privateRows.append({"hosts", id});
        m_internships.items.remove(row.value());
        break;
    }
    case ItemKind::Ter: {
        loaded = remember(loadRow<Ter>(row.value()));
        const auto subject = references(QStringLiteral("SELECT subject_id FROM ters WHERE id = ?"), row.value());
        if (!subject)
            return Status::failure(subject.error());
        for (qint64 id : subject.value())
            privateRows.append({"ter_subjects", id});
        m_ters.items.remove(row.value());
        break;
    }
    case ItemKind::SummerSchool:
        loaded = remember(loadRow<SummerSchool>(row.value()));
        m_schools.items.remove(row.value());
        break;
    case ItemKind::Seminar:
        loaded = remember(loadRow<Seminar>(row.value()));
        m_seminars.items.remove(row.value());
        break;
    }
    if (!loaded)
        return loaded;

    // Overrides and attached documents go with the item (each document gets its audit row); its workflow
    // transitions stay as history (row ids are never reused, so they cannot be mistaken for another item's).
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!exec(OverrideDelete, {kindCode, row.value()}))
        return failure(doing);
    const Result<QList<qint64>> documents = references(
        QStringLiteral("SELECT id FROM documents WHERE item_kind = '%1' AND item_id = ?").arg(kindCode), row.value());
    if (!documents)
        return Status::failure(documents.error());
    for (qint64 id : documents.value()) {
        if (Status s = removeDocument(id); !s)
            return s;
    }
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(itemKindTable(kind)));
    q.addBindValue(row.value());
    if (!q.exec())
        return StorageError::failure(q, doing);
    for (const auto& [table, id] : privateRows) {
        const bool isSubject = QLatin1String(table) == QLatin1String("ter_subjects");
        const char* referencing = isSubject ? "ters" : "internships";
        const char* column =
            isSubject ? "subject_id" : (QLatin1String(table) == QLatin1String("hosts") ? "host_id" : "tutor_id");
        if (Status s = dropPrivateRow(table, referencing, column, id); !s)
            return s;
    }
    if (Status s = audit(itemKindTable(kind), row.value(), QStringLiteral("delete"), oldJson, {}); !s)
        return s;
    switch (kind) {
    case ItemKind::Student:
        m_students.ids.remove(uid);
        break;
    case ItemKind::Internship:
        m_internships.ids.remove(uid);
        break;
    case ItemKind::Ter:
        m_ters.ids.remove(uid);
        break;
    case ItemKind::SummerSchool:
        m_schools.ids.remove(uid);
        break;
    case ItemKind::Seminar:
        m_seminars.ids.remove(uid);
        break;
    }
    return {};
}

void ItemWriter::expectVersion(ItemKind kind, const QString& uid, qint64 version)
{
    m_expected[size_t(kind)].insert(uid, version);
}

Status ItemWriter::verifyVersion(ItemKind kind, const QString& uid, qint64 version)
{
    const Result<qint64> row = rowId(kind, uid);
    if (!row)
        return Status::failure(row.error());
    expectVersion(kind, uid, version);
    return checkVersion(kind, uid, row.value(), Label(tr("%1 %2").arg(itemKindName(kind), uid)));
}

Status ItemWriter::checkVersion(ItemKind kind, const QString& uid, qint64 row, const Label& where)
{
    QHash<QString, qint64>& expected = m_expected[size_t(kind)];
    const auto it = expected.constFind(uid);
    if (it == expected.cend())
        return {};
    const qint64 version = it.value();
    expected.erase(it);
    QString what = where.text();
    if (!what.isEmpty())
        what[0] = what.at(0).toUpper();
    if (row == 0) {
        if (version == 0)
            return {};
        return Status::conflict(tr("%1 was deleted by someone else after you opened it.").arg(what));
    }
    // Kept with the writer's other statements: freed after the transaction ends (QPSQL cannot free a statement
    // inside a transaction a concurrent change aborted).
    std::unique_ptr<SqlStatement>& statement = m_versionStmts[size_t(kind)];
    if (!statement) {
        statement = std::make_unique<SqlStatement>(m_db.connection());
        statement->prepare(
            QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 WHERE id = ?").arg(itemKindTable(kind))
            + m_db.dialect().lockRow());
    }
    SqlStatement& q = *statement;
    q.bindInteger(0, row);
    if (!q.exec() || !q.next()) {
        if (StorageError::isConcurrentChange(q.lastError()))
            return Status::conflict(tr("%1 was changed by someone else at the same moment: look at their changes, "
                                       "then make yours again.")
                                        .arg(what));
        return StorageError::failure(q.lastError(), tr("%1: could not read its version").arg(what));
    }
    const qint64 stored = q.integer(0);
    const QString by = q.text(1);
    const QDateTime at = QDateTime::fromString(q.text(2), Qt::ISODateWithMs);
    q.finish();
    if (stored == version)
        return {};
    const QString who = by.isEmpty() ? tr("someone else") : by;
    const QString when =
        at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : tr("an unknown time");
    if (version == 0)
        return Status::conflict(tr("%1 was created by %2 at %3, after you started yours: look at it, then make your "
                                   "changes again.")
                                    .arg(what, who, when));
    return Status::conflict(tr("%1 was changed by %2 at %3, after you opened it: look at their changes, then make "
                               "yours again.")
                                .arg(what, who, when));
}

template<typename T>
Status ItemWriter::changeItem(ItemKind kind, const QString& uid, const Label& where,
                              const std::function<Status(T&)>& change)
{
    const Result<qint64> row = rowId(kind, uid);
    if (!row)
        return Status::failure(row.error());
    if (row.value() == 0)
        return Status::failure(
            tr("%1: there is no %2 \"%3\" in %4.").arg(where.text(), itemKindName(kind), uid, m_year.toString()));
    auto loaded = loadRow<T>(row.value());
    if (!loaded)
        return Status::failure(loaded.error());
    if (!loaded.value())
        return Status::failure(
            tr("%1: there is no %2 \"%3\" in %4.").arg(where.text(), itemKindName(kind), uid, m_year.toString()));
    T item = loaded.value().value();
    if (Status s = change(item); !s)
        return s;
    return saveItem(item, where);
}

Status ItemWriter::addOverride(ItemKind kind, const QString& uid, const Override& override, const Label& where)
{
    switch (kind) {
    case ItemKind::Student:
        return changeItem<Student>(kind, uid, where, [&](Student& s) {
            s.overrides.append(override);
            return Status();
        });
    case ItemKind::Internship:
        return changeItem<Internship>(kind, uid, where, [&](Internship& i) {
            i.overrides.append(override);
            return Status();
        });
    case ItemKind::Ter:
        return changeItem<Ter>(kind, uid, where, [&](Ter& t) {
            t.overrides.append(override);
            return Status();
        });
    case ItemKind::SummerSchool:
        return changeItem<SummerSchool>(kind, uid, where, [&](SummerSchool& s) {
            s.overrides.append(override);
            return Status();
        });
    case ItemKind::Seminar:
        return changeItem<Seminar>(kind, uid, where, [&](Seminar& s) {
            s.overrides.append(override);
            return Status();
        });
    }
    return {};
}

Status ItemWriter::transition(ItemKind kind, const QString& uid, WorkflowState expectedFrom, WorkflowState to,
                              const Actor& actor, const QString& comment, const QList<Finding>& findings)
{
    const Label where(tr("%1 %2").arg(itemKindName(kind), uid));
    const auto step = [&](auto& item) -> Status {
        if (item.state != expectedFrom)
            return Status::failure(
                tr("%1 is now %2, not %3: someone changed it meanwhile. Reload it and try again.")
                    .arg(where.text(), Workflow::stateName(item.state), Workflow::stateName(expectedFrom)));
        if (Status s =
                Workflow::canTransition(item.state, to, actor, findings, signaturesOf(item), comment, ownersOf(item));
            !s)
            return s;
        item.state = to;
        return {};
    };
    Status changed;
    switch (kind) {
    case ItemKind::Internship:
        changed = changeItem<Internship>(kind, uid, where, [&](Internship& i) { return step(i); });
        break;
    case ItemKind::Ter:
        changed = changeItem<Ter>(kind, uid, where, [&](Ter& t) { return step(t); });
        break;
    case ItemKind::SummerSchool:
        changed = changeItem<SummerSchool>(kind, uid, where, [&](SummerSchool& s) { return step(s); });
        break;
    case ItemKind::Student:
    case ItemKind::Seminar:
        return Status::failure(tr("A %1 has no workflow.").arg(itemKindName(kind)));
    }
    if (!changed)
        return changed;
    const Result<qint64> row = rowId(kind, uid);
    if (!row)
        return Status::failure(row.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO workflow_transitions (academic_year_id, item_kind, item_id, from_state, "
                             "to_state, actor, role, at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(m_yearId), QVariant(itemKindCode(kind)), QVariant(row.value()),
                              QVariant(workflowStateCode(expectedFrom)), QVariant(workflowStateCode(to)),
                              QVariant(actor.name), QVariant(roleCode(actor.role)), QVariant(m_now), QVariant(comment)})
        q.addBindValue(SqlValues::bindable(v));
    if (!q.exec())
        return StorageError::failure(q, tr("%1: could not record the transition").arg(where.text()));
    return {};
}

Result<qint64> ItemWriter::attachDocument(const Document& d)
{
    using R = Result<qint64>;
    const Label where(tr("%1 %2").arg(itemKindName(d.itemKind), d.itemId));
    const Result<qint64> item = rowId(d.itemKind, d.itemId);
    if (!item)
        return item;
    if (item.value() == 0)
        return R::failure(
            tr("There is no %1 \"%2\" in %3.").arg(itemKindName(d.itemKind), d.itemId, m_year.toString()));
    if (d.content.isEmpty())
        return R::failure(tr("%1: the file %2 is empty.").arg(where.text(), d.fileName));
    if (d.pageCount && *d.pageCount < 0)
        return R::failure(tr("%1: a page count cannot be negative.").arg(where.text()));
    Document stored = d;
    stored.fileName = QFileInfo(d.fileName).fileName();
    stored.size = d.content.size();
    stored.sha256 = QString::fromLatin1(QCryptographicHash::hash(d.content, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO documents (academic_year_id, item_kind, item_id, kind, file_name, media_type, "
                       "size_bytes, sha256, page_count, content, added_by, added_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& v : {QVariant(m_yearId), QVariant(itemKindCode(d.itemKind)), QVariant(item.value()),
                              QVariant(documentKindCode(d.kind)), QVariant(stored.fileName), QVariant(stored.mediaType),
                              QVariant(stored.size), QVariant(stored.sha256), SqlValues::optionalInt(stored.pageCount),
                              QVariant(stored.content), QVariant(m_actor), QVariant(m_now)})
        q.addBindValue(SqlValues::bindable(v));
    const QString doing = tr("%1: could not attach %2").arg(where.text(), stored.fileName);
    if (!q.exec() || !q.next())
        return R::failure(StorageError::describe(q.lastError(), doing));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (Status s = audit(QStringLiteral("documents"), id, QStringLiteral("insert"), {}, ItemJson::text(stored)); !s)
        return R::failure(s.error());
    // A report's pages are counted from the file, never typed: the item takes the count.
    if (d.kind == DocumentKind::Report && d.pageCount) {
        const int pages = *d.pageCount;
        Status s;
        switch (d.itemKind) {
        case ItemKind::Internship:
            s = changeItem<Internship>(d.itemKind, d.itemId, where, [&](Internship& i) {
                i.reportPages = pages;
                return Status();
            });
            break;
        case ItemKind::Ter:
            s = changeItem<Ter>(d.itemKind, d.itemId, where, [&](Ter& t) {
                t.reportPages = pages;
                return Status();
            });
            break;
        case ItemKind::SummerSchool:
            s = changeItem<SummerSchool>(d.itemKind, d.itemId, where, [&](SummerSchool& ss) {
                ss.reportPages = pages;
                return Status();
            });
            break;
        case ItemKind::Student:
        case ItemKind::Seminar:
            break;
        }
        if (!s)
            return R::failure(s.error());
    }
    return id;
}

Status ItemWriter::removeDocument(qint64 documentId)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.item_kind, d.kind, d.file_name, d.media_type, d.size_bytes, d.sha256, "
                             "d.page_count FROM documents d WHERE d.id = ?"));
    q.addBindValue(documentId);
    const QString doing = tr("Could not remove document %1").arg(documentId);
    if (!q.exec())
        return StorageError::failure(q, doing);
    if (!q.next())
        return Status::failure(tr("There is no document %1.").arg(documentId));
    Document d;
    d.itemKind = itemKindFromCode(q.value(0).toString()).value_or(ItemKind::Internship);
    d.kind = documentKindFromCode(q.value(1).toString()).value_or(DocumentKind::Other);
    d.fileName = q.value(2).toString();
    d.mediaType = q.value(3).toString();
    d.size = q.value(4).toLongLong();
    d.sha256 = q.value(5).toString();
    d.pageCount = SqlValues::toOptionalInt(q.value(6));
    q.finish();
    q.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
    q.addBindValue(documentId);
    if (!q.exec())
        return StorageError::failure(q, doing);
    return audit(QStringLiteral("documents"), documentId, QStringLiteral("delete"), ItemJson::text(d), {});
}

} // namespace interntrack

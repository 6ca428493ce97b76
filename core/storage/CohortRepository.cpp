#include "CohortRepository.h"
#include "CohortLoader.h"
#include "Database.h"
#include "ItemJson.h"
#include "ItemWriter.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "Transaction.h"
#include "workflow/Workflow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace interntrack {

namespace {

QString readError()
{
    return CohortRepository::tr("Could not read the database");
}

QString defaultLabel(ItemKind kind, qsizetype index, const QString& id)
{
    return QStringLiteral("%1[%2] (%3)").arg(itemKindTable(kind)).arg(index).arg(id);
}

} // namespace

CohortRepository::CohortRepository(Database& db)
    : m_db(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void CohortRepository::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

Result<qint64> CohortRepository::yearRowId(AcademicYear year) const
{
    if (!m_db.isOpen())
        return Result<qint64>::failure(tr("No database is open."));
    const Result<QString> programme = this->programme();
    if (!programme)
        return Result<qint64>::failure(programme.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM academic_years WHERE programme = ? AND start_year = ?"));
    q.addBindValue(programme.value());
    q.addBindValue(year.startYear);
    if (!q.exec())
        return Result<qint64>::failure(StorageError::describe(q.lastError(), readError()));
    if (!q.next())
        return Result<qint64>::failure(
            tr("The academic year %1 is not in this database: create it first.").arg(year.toString()));
    return q.value(0).toLongLong();
}

// Programmes ------------------------------------------------------------------------------------

Result<QString> CohortRepository::programme() const
{
    using R = Result<QString>;
    if (!m_db.programme().isEmpty())
        return m_db.programme();
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT programme FROM academic_years ORDER BY programme")))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QStringList keys;
    while (q.next())
        keys.append(q.value(0).toString());
    if (keys.size() > 1)
        return R::failure(
            tr("This database holds several programmes (%1): choose one.").arg(keys.join(QLatin1String(", "))));
    if (keys.isEmpty())
        return QString();
    m_db.setProgramme(keys.constFirst());
    return keys.constFirst();
}

Result<QList<ProgrammeInfo>> CohortRepository::programmes() const
{
    using R = Result<QList<ProgrammeInfo>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT programme, start_year, rules_json FROM academic_years "
                               "ORDER BY programme, start_year")))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<ProgrammeInfo> list;
    QStringList latestRules; // of each programme of the list: its latest year's (rows come oldest first)
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (list.isEmpty() || list.constLast().key != key) {
            list.append(ProgrammeInfo{key, {}, {}, {}});
            latestRules.append(QString());
        }
        list.last().years.append(AcademicYear{q.value(1).toInt()});
        latestRules.last() = q.value(2).toString();
    }
    // The latest year's profile names the programme; only those rule sets are parsed.
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject profile =
            QJsonDocument::fromJson(latestRules.at(i).toUtf8()).object().value(QLatin1String("profile")).toObject();
        list[i].name = profile.value(QLatin1String("name")).toString().trimmed();
        if (!list[i].name.isEmpty())
            list[i].institution = profile.value(QLatin1String("institution")).toString().trimmed();
    }
    return list;
}

bool CohortRepository::isProgrammeKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(key).hasMatch();
}

Status CohortRepository::inTransaction(const std::function<Status()>& work)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (Status s = work(); !s)
        return s;
    return tx.commit();
}

Status CohortRepository::write(AcademicYear year, const QString& actor, const std::function<Status(ItemWriter&)>& work)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return Status::failure(yearId.error());
    ItemWriter writer(m_db, yearId.value(), year, actor, m_clock());
    if (Status s = work(writer); !s) {
        tx.rollback(); // before the writer frees its statements: PostgreSQL refuses that in an aborted transaction
        return s;
    }
    return tx.commit();
}

// Academic years --------------------------------------------------------------------------------

Result<QList<AcademicYear>> CohortRepository::academicYears() const
{
    using R = Result<QList<AcademicYear>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    const Result<QString> programme = this->programme();
    if (!programme)
        return R::failure(programme.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT start_year FROM academic_years WHERE programme = ? ORDER BY start_year"));
    q.addBindValue(programme.value());
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<AcademicYear> years;
    while (q.next())
        years.append(AcademicYear{q.value(0).toInt()});
    return years;
}

Status CohortRepository::createAcademicYear(const RuleSet& rules, const QString& actor)
{
    if (!rules.year.isValid())
        return Status::failure(tr("The rule set names no valid academic year."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const Result<QString> current = programme();
    if (!current)
        return Status::failure(current.error());
    const QString programme = current->isEmpty() ? rules.profile.id.trimmed() : current.value();
    if (!isProgrammeKey(programme))
        return Status::failure(tr("\"%1\" cannot name a programme: use 1 to 64 lower-case letters, digits and "
                                  "dashes, e.g. imperial-msc-ai.")
                                   .arg(programme));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM academic_years WHERE programme = ? AND start_year = ?"));
    q.addBindValue(programme);
    q.addBindValue(rules.year.startYear);
    if (!q.exec() || !q.next())
        return StorageError::failure(q, readError());
    if (q.value(0).toLongLong() > 0)
        return Status::failure(tr("The academic year %1 already exists.").arg(rules.year.toString()));
    const QString rulesJson = ItemJson::compact(rules.toJson());
    const QString doing = tr("Could not create the academic year %1").arg(rules.year.toString());
    q.prepare(QStringLiteral("INSERT INTO academic_years (programme, start_year, rules_json, created_at) "
                             "VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(programme);
    q.addBindValue(rules.year.startYear);
    q.addBindValue(rulesJson);
    q.addBindValue(SqlValues::instant(m_clock()));
    if (!q.exec() || !q.next())
        return StorageError::failure(q, doing);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    ItemWriter writer(m_db, id, rules.year, actor, m_clock());
    const QJsonObject json{{QStringLiteral("programme"), programme},
                           {QStringLiteral("academic_year"), rules.year.toString()},
                           {QStringLiteral("rules"), rules.toJson()}};
    if (Status s =
            writer.audit(QStringLiteral("academic_years"), id, QStringLiteral("insert"), {}, ItemJson::compact(json));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_db.setProgramme(programme);
    return {};
}

Result<RuleSet> CohortRepository::rules(AcademicYear year) const
{
    using R = Result<RuleSet>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    const Result<QString> programme = this->programme();
    if (!programme)
        return R::failure(programme.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rules_json FROM academic_years WHERE programme = ? AND start_year = ?"));
    q.addBindValue(programme.value());
    q.addBindValue(year.startYear);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    if (!q.next())
        return R::failure(tr("The academic year %1 is not in this database: create it first.").arg(year.toString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!doc.isObject())
        return R::failure(tr("The rule set of %1 stored in the database cannot be read (%2).")
                              .arg(year.toString(), parseError.errorString()));
    // Stored keys apply over the defaults, so a rule added by a later version keeps its default.
    RuleSet rules = RuleSet::parisSaclayM1(year);
    if (Status s = rules.applyJson(doc.object()); !s)
        return R::failure(
            tr("The rule set of %1 stored in the database cannot be read: %2").arg(year.toString(), s.error()));
    return rules;
}

Status CohortRepository::saveRules(const RuleSet& rules, const QString& actor)
{
    const Result<RuleSet> old = this->rules(rules.year);
    if (!old)
        return Status::failure(old.error());
    return write(rules.year, actor, [&](ItemWriter& w) -> Status {
        const Result<RuleSet> current = this->rules(rules.year); // inside the transaction
        if (!current)
            return Status::failure(current.error());
        if (current.value() == rules)
            return {};
        const Result<qint64> id = yearRowId(rules.year);
        if (!id)
            return Status::failure(id.error());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE academic_years SET rules_json = ? WHERE id = ?"));
        q.addBindValue(ItemJson::compact(rules.toJson()));
        q.addBindValue(id.value());
        if (!q.exec())
            return StorageError::failure(q, tr("Could not save the rules of %1").arg(rules.year.toString()));
        return w.audit(QStringLiteral("academic_years"), id.value(), QStringLiteral("update"),
                       ItemJson::compact(QJsonObject{{QStringLiteral("rules"), current->toJson()}}),
                       ItemJson::compact(QJsonObject{{QStringLiteral("rules"), rules.toJson()}}));
    });
}

// Cohorts ---------------------------------------------------------------------------------------

Result<Cohort> CohortRepository::loadCohort(AcademicYear year, RowStamps* stamps) const
{
    using R = Result<Cohort>;
    // One read transaction: every table is read from the same snapshot, whatever other programs write.
    Transaction tx(m_db, Transaction::Mode::Read);
    if (!tx.status())
        return R::failure(tx.status().error());
    const Result<RuleSet> rules = this->rules(year);
    if (!rules)
        return R::failure(rules.error());
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    Cohort cohort;
    cohort.rules = rules.value();
    if (Status s = CohortLoader(m_db.connection()).loadItems(yearId.value(), &cohort); !s)
        return R::failure(s.error());
    if (stamps) {
        Result<RowStamps> read = rowStamps(year);
        if (!read)
            return R::failure(read.error());
        *stamps = std::move(read).value();
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return cohort;
}

Status CohortRepository::writeBatch(AcademicYear year, const Cohort& items, const QString& actor,
                                    const BatchOptions& options, bool replace, const RuleSet* rules)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    if (rules) {
        const Result<QList<AcademicYear>> years = academicYears();
        if (!years)
            return Status::failure(years.error());
        if (!years->contains(year)) {
            if (Status s = createAcademicYear(*rules, actor); !s)
                return s;
        } else if (Status s = saveRules(*rules, actor); !s) {
            return s;
        }
    }
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return Status::failure(yearId.error());
    ItemWriter w(m_db, yearId.value(), year, actor, m_clock());
    if (Status s = w.preload(&items); !s)
        return s;

    const qint64 total = items.students.size() + items.internships.size() + items.ters.size()
                         + items.summerSchools.size() + items.seminars.size();
    qint64 done = 0;
    const Labeler label = options.label ? options.label : Labeler(&defaultLabel);
    const auto step = [&]() -> Status {
        ++done;
        if (options.progress && (done % 512 == 0 || done == total) && !options.progress(done, total))
            return Status::failure(tr("Cancelled: nothing was saved."));
        return {};
    };
    const auto saveAll = [&](ItemKind kind, const auto& list) -> Status {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (Status s = w.save(list.at(i), ItemWriter::Label(label, kind, i, list.at(i).id)); !s)
                return s;
            if (Status s = step(); !s)
                return s;
        }
        return {};
    };
    // Students first: the other items refer to them.
    if (Status s = saveAll(ItemKind::Student, items.students); !s)
        return s;
    if (Status s = saveAll(ItemKind::Ter, items.ters); !s)
        return s;
    if (Status s = saveAll(ItemKind::Internship, items.internships); !s)
        return s;
    if (Status s = saveAll(ItemKind::SummerSchool, items.summerSchools); !s)
        return s;
    if (Status s = saveAll(ItemKind::Seminar, items.seminars); !s)
        return s;

    if (replace) {
        const auto removeMissing = [&](ItemKind kind, const auto& list) -> Status {
            QSet<QString> keep;
            for (const auto& item : list)
                keep.insert(item.id);
            QStringList gone;
            for (const QString& id : w.knownIds(kind)) {
                if (!keep.contains(id))
                    gone.append(id);
            }
            gone.sort();
            for (const QString& id : gone) {
                if (Status s = w.remove(kind, id, tr("%1 %2").arg(itemKindName(kind), id)); !s)
                    return s;
            }
            return {};
        };
        // Items before the students they belong to.
        if (Status s = removeMissing(ItemKind::Seminar, items.seminars); !s)
            return s;
        if (Status s = removeMissing(ItemKind::SummerSchool, items.summerSchools); !s)
            return s;
        if (Status s = removeMissing(ItemKind::Internship, items.internships); !s)
            return s;
        if (Status s = removeMissing(ItemKind::Ter, items.ters); !s)
            return s;
        if (Status s = removeMissing(ItemKind::Student, items.students); !s)
            return s;
    }
    return tx.commit();
}

Status CohortRepository::saveCohort(const Cohort& cohort, const QString& actor, const BatchOptions& options)
{
    if (!cohort.rules.year.isValid())
        return Status::failure(tr("The cohort names no valid academic year."));
    return writeBatch(cohort.rules.year, cohort, actor, options, true, &cohort.rules);
}

Status CohortRepository::importItems(AcademicYear year, const Cohort& items, const QString& actor,
                                     const BatchOptions& options)
{
    return writeBatch(year, items, actor, options, false, nullptr);
}

// One item --------------------------------------------------------------------------------------

template<typename T>
Result<T> CohortRepository::item(AcademicYear year, ItemKind kind, const QString& id) const
{
    using R = Result<T>;
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE academic_year_id = ? AND uid = ?").arg(itemKindTable(kind)));
    q.addBindValue(yearId.value());
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    if (!q.next())
        return R::failure(tr("There is no %1 \"%2\" in %3.").arg(itemKindName(kind), id, year.toString()));
    const CohortLoader::Scope scope = CohortLoader::Scope::row(q.value(0).toLongLong());
    q.finish();
    const CohortLoader loader(m_db.connection());
    auto rows = [&] {
        if constexpr (std::is_same_v<T, Student>)
            return loader.students(scope);
        else if constexpr (std::is_same_v<T, Internship>)
            return loader.internships(scope);
        else if constexpr (std::is_same_v<T, Ter>)
            return loader.ters(scope);
        else if constexpr (std::is_same_v<T, SummerSchool>)
            return loader.summerSchools(scope);
        else
            return loader.seminars(scope);
    }();
    if (!rows)
        return R::failure(rows.error());
    if (rows->items.isEmpty())
        return R::failure(tr("There is no %1 \"%2\" in %3.").arg(itemKindName(kind), id, year.toString()));
    return rows->items.constFirst();
}

Result<Student> CohortRepository::student(AcademicYear year, const QString& id) const
{
    return item<Student>(year, ItemKind::Student, id);
}
Result<Internship> CohortRepository::internship(AcademicYear year, const QString& id) const
{
    return item<Internship>(year, ItemKind::Internship, id);
}
Result<Ter> CohortRepository::ter(AcademicYear year, const QString& id) const
{
    return item<Ter>(year, ItemKind::Ter, id);
}
Result<SummerSchool> CohortRepository::summerSchool(AcademicYear year, const QString& id) const
{
    return item<SummerSchool>(year, ItemKind::SummerSchool, id);
}
Result<Seminar> CohortRepository::seminar(AcademicYear year, const QString& id) const
{
    return item<Seminar>(year, ItemKind::Seminar, id);
}

namespace {

/// Saves @p item with @p writer, first telling it the version the caller read (when given).
template<typename T>
Status saveChecked(ItemWriter& writer, ItemKind kind, const T& item, const QString& label,
                   std::optional<qint64> expectedVersion)
{
    if (expectedVersion)
        writer.expectVersion(kind, item.id, *expectedVersion);
    return writer.save(item, label);
}

} // namespace

Status CohortRepository::saveStudent(AcademicYear year, const Student& item, const QString& actor,
                                     std::optional<qint64> expectedVersion)
{
    return write(year, actor, [&](ItemWriter& w) {
        return saveChecked(w, ItemKind::Student, item, tr("student %1").arg(item.id), expectedVersion);
    });
}
Status CohortRepository::saveInternship(AcademicYear year, const Internship& item, const QString& actor,
                                        std::optional<qint64> expectedVersion)
{
    return write(year, actor, [&](ItemWriter& w) {
        return saveChecked(w, ItemKind::Internship, item, tr("internship %1").arg(item.id), expectedVersion);
    });
}
Status CohortRepository::saveTer(AcademicYear year, const Ter& item, const QString& actor,
                                 std::optional<qint64> expectedVersion)
{
    return write(year, actor, [&](ItemWriter& w) {
        return saveChecked(w, ItemKind::Ter, item, tr("TER %1").arg(item.id), expectedVersion);
    });
}
Status CohortRepository::saveSummerSchool(AcademicYear year, const SummerSchool& item, const QString& actor,
                                          std::optional<qint64> expectedVersion)
{
    return write(year, actor, [&](ItemWriter& w) {
        return saveChecked(w, ItemKind::SummerSchool, item, tr("summer school %1").arg(item.id), expectedVersion);
    });
}
Status CohortRepository::saveSeminar(AcademicYear year, const Seminar& item, const QString& actor,
                                     std::optional<qint64> expectedVersion)
{
    return write(year, actor, [&](ItemWriter& w) {
        return saveChecked(w, ItemKind::Seminar, item, tr("seminar %1").arg(item.id), expectedVersion);
    });
}

Status CohortRepository::deleteItem(AcademicYear year, ItemKind kind, const QString& id, const QString& actor,
                                    std::optional<qint64> expectedVersion)
{
    return write(year, actor, [&](ItemWriter& w) {
        if (expectedVersion)
            w.expectVersion(kind, id, *expectedVersion);
        return w.remove(kind, id, tr("%1 %2").arg(itemKindName(kind), id));
    });
}

Result<RowStamps> CohortRepository::rowStamps(AcademicYear year) const
{
    using R = Result<RowStamps>;
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    RowStamps stamps;
    for (ItemKind kind :
         {ItemKind::Student, ItemKind::Internship, ItemKind::Ter, ItemKind::SummerSchool, ItemKind::Seminar}) {
        SqlStatement q(m_db.connection());
        if (!q.prepare(
                QStringLiteral("SELECT uid, row_version, changed_by, changed_at FROM %1 WHERE academic_year_id = ?")
                    .arg(itemKindTable(kind)))) {
            return R::failure(StorageError::describe(q.lastError(), readError()));
        }
        q.bindInteger(0, yearId.value());
        if (!q.exec())
            return R::failure(StorageError::describe(q.lastError(), readError()));
        while (q.next()) {
            stamps.insert(kind, q.text(0),
                          RowStamp{q.integer(1), q.text(2), QDateTime::fromString(q.text(3), Qt::ISODateWithMs)});
        }
        if (q.lastError().isValid())
            return R::failure(StorageError::describe(q.lastError(), readError()));
    }
    return stamps;
}

Status CohortRepository::checkVersion(AcademicYear year, ItemKind kind, const QString& id, qint64 expectedVersion)
{
    return write(year, QString(), [&](ItemWriter& w) { return w.verifyVersion(kind, id, expectedVersion); });
}

Result<RowStamp> CohortRepository::rowStamp(AcademicYear year, ItemKind kind, const QString& id) const
{
    using R = Result<RowStamp>;
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT row_version, changed_by, changed_at FROM %1 WHERE academic_year_id = ? AND uid = ?")
            .arg(itemKindTable(kind)));
    q.addBindValue(yearId.value());
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    if (!q.next())
        return RowStamp();
    return RowStamp{q.value(0).toLongLong(), q.value(1).toString(),
                    QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
}

// Catalogue -------------------------------------------------------------------------------------

Result<QList<Host>> CohortRepository::hosts() const
{
    using R = Result<QList<Host>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, kind, ai_research, address, city, country FROM hosts WHERE name <> '' "
                               "ORDER BY name")))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<Host> out;
    while (q.next())
        out.append(Host{q.value(0).toString(), hostKindFromCode(q.value(1).toString()).value_or(HostKind::Company),
                        q.value(2).toLongLong() != 0, q.value(3).toString(), q.value(4).toString(),
                        q.value(5).toString()});
    return out;
}

Result<QList<Tutor>> CohortRepository::tutors() const
{
    using R = Result<QList<Tutor>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, email, phone FROM tutors WHERE name <> '' ORDER BY name")))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<Tutor> out;
    while (q.next())
        out.append(Tutor{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<QList<TerSubject>> CohortRepository::terSubjects(AcademicYear year) const
{
    using R = Result<QList<TerSubject>>;
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title, kind, capacity, lab_name, lab_in_paris_saclay FROM ter_subjects "
                             "WHERE academic_year_id = ? AND title <> '' ORDER BY title"));
    q.addBindValue(yearId.value());
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<TerSubject> out;
    while (q.next())
        out.append(TerSubject{q.value(0).toString(), terKindFromCode(q.value(1).toString()).value_or(TerKind::Research),
                              SqlValues::toOptionalInt(q.value(2)),
                              Lab{q.value(3).toString(), q.value(4).toLongLong() != 0}});
    return out;
}

Status CohortRepository::saveHost(const Host& host, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    ItemWriter w(m_db, 0, AcademicYear{}, actor, m_clock());
    if (Status s = w.saveHost(host, tr("host %1").arg(host.name)); !s)
        return s;
    return tx.commit();
}

Status CohortRepository::saveTutor(const Tutor& tutor, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    ItemWriter w(m_db, 0, AcademicYear{}, actor, m_clock());
    if (Status s = w.saveTutor(tutor, tr("tutor %1").arg(tutor.name)); !s)
        return s;
    return tx.commit();
}

Status CohortRepository::saveTerSubject(AcademicYear year, const TerSubject& subject, const QString& actor)
{
    return write(year, actor,
                 [&](ItemWriter& w) { return w.saveSubject(subject, tr("TER subject %1").arg(subject.title)); });
}

Result<QList<HostEntry>> CohortRepository::hostDirectory() const
{
    using R = Result<QList<HostEntry>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, kind, ai_research, address, city, country FROM hosts WHERE name <> '' "
                               "ORDER BY name")))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<HostEntry> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(HostEntry{
            Host{q.value(1).toString(), hostKindFromCode(q.value(2).toString()).value_or(HostKind::Company),
                 q.value(3).toLongLong() != 0, q.value(4).toString(), q.value(5).toString(), q.value(6).toString()},
            {}});
    }
    if (!q.exec(
            QStringLiteral("SELECT host_id, name, email, phone FROM tutors WHERE host_id IS NOT NULL AND name <> '' "
                           "ORDER BY name")))
        return R::failure(StorageError::describe(q.lastError(), readError()));
    while (q.next()) {
        const qsizetype i = index.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            out[i].tutors.append(Tutor{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return out;
}

Status CohortRepository::importHosts(const QList<HostEntry>& hosts, const QString& actor, const QStringList& labels)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    ItemWriter w(m_db, 0, AcademicYear{}, actor, m_clock());
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QString where =
            i < labels.size() ? labels.at(i) : QStringLiteral("hosts[%1] (%2)").arg(i).arg(hosts.at(i).host.name);
        if (Status s = w.saveHostEntry(hosts.at(i), where); !s)
            return s;
    }
    return tx.commit();
}

Status CohortRepository::importTerSubjects(AcademicYear year, const QList<TerSubject>& subjects, const QString& actor,
                                           const QStringList& labels)
{
    return write(year, actor, [&](ItemWriter& w) -> Status {
        for (qsizetype i = 0; i < subjects.size(); ++i) {
            const QString where = i < labels.size()
                                      ? labels.at(i)
                                      : QStringLiteral("ter_subjects[%1] (%2)").arg(i).arg(subjects.at(i).title);
            if (Status s = w.saveSubject(subjects.at(i), where); !s)
                return s;
        }
        return {};
    });
}

// Workflow and overrides ------------------------------------------------------------------------

Status CohortRepository::addOverride(AcademicYear year, ItemKind kind, const QString& id, Override override,
                                     const Actor& actor)
{
    if (Status s = Workflow::canOverride(actor); !s)
        return s;
    if (override.by.isEmpty())
        override.by = actor.name;
    if (!override.at.isValid())
        override.at = m_clock();
    return write(year, actor.name, [&](ItemWriter& w) {
        return w.addOverride(kind, id, override, tr("%1 %2").arg(itemKindName(kind), id));
    });
}

Status CohortRepository::transition(AcademicYear year, ItemKind kind, const QString& id, WorkflowState expectedFrom,
                                    WorkflowState to, const Actor& actor, const QString& comment,
                                    const QList<Finding>& findings)
{
    return write(year, actor.name,
                 [&](ItemWriter& w) { return w.transition(kind, id, expectedFrom, to, actor, comment, findings); });
}

Result<QList<TransitionRecord>> CohortRepository::transitions(AcademicYear year, ItemKind kind, const QString& id) const
{
    using R = Result<QList<TransitionRecord>>;
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT w.from_state, w.to_state, w.actor, w.role, w.at, w.comment "
                             "FROM workflow_transitions w JOIN %1 i ON i.id = w.item_id "
                             "WHERE w.item_kind = ? AND i.academic_year_id = ? AND i.uid = ? ORDER BY w.id")
                  .arg(itemKindTable(kind)));
    q.addBindValue(itemKindCode(kind));
    q.addBindValue(yearId.value());
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<TransitionRecord> out;
    while (q.next()) {
        TransitionRecord t;
        t.itemKind = kind;
        t.itemId = id;
        t.from = workflowStateFromCode(q.value(0).toString()).value_or(WorkflowState::Draft);
        t.to = workflowStateFromCode(q.value(1).toString()).value_or(WorkflowState::Draft);
        t.actor = q.value(2).toString();
        t.role = roleFromCode(q.value(3).toString()).value_or(Role::Student);
        SqlValues::toInstant(q.value(4), &t.at);
        t.comment = q.value(5).toString();
        out.append(t);
    }
    return out;
}

// Documents -------------------------------------------------------------------------------------

Result<qint64> CohortRepository::attachDocument(AcademicYear year, const Document& document, const QString& actor)
{
    qint64 id = 0;
    const Status s = write(year, actor, [&](ItemWriter& w) -> Status {
        const Result<qint64> r = w.attachDocument(document);
        if (!r)
            return Status::failure(r.error());
        id = r.value();
        return {};
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

namespace {

const char* documentColumns()
{
    return "SELECT d.id, d.item_kind, d.kind, d.file_name, d.media_type, d.size_bytes, d.sha256, d.page_count, "
           "d.added_by, d.added_at, %1 FROM documents d ";
}

Document readDocument(const QSqlQuery& q, bool withContent)
{
    Document d;
    d.id = q.value(0).toLongLong();
    d.itemKind = itemKindFromCode(q.value(1).toString()).value_or(ItemKind::Internship);
    d.kind = documentKindFromCode(q.value(2).toString()).value_or(DocumentKind::Other);
    d.fileName = q.value(3).toString();
    d.mediaType = q.value(4).toString();
    d.size = q.value(5).toLongLong();
    d.sha256 = q.value(6).toString();
    d.pageCount = SqlValues::toOptionalInt(q.value(7));
    d.addedBy = q.value(8).toString();
    SqlValues::toInstant(q.value(9), &d.addedAt);
    if (withContent)
        d.content = q.value(10).toByteArray();
    return d;
}

} // namespace

Result<QList<Document>> CohortRepository::documents(AcademicYear year, ItemKind kind, const QString& id,
                                                    bool withContent) const
{
    using R = Result<QList<Document>>;
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(documentColumns()).arg(withContent ? QStringLiteral("d.content") : QStringLiteral("NULL"))
              + QStringLiteral("JOIN %1 i ON i.id = d.item_id WHERE d.item_kind = ? AND i.academic_year_id = ? "
                               "AND i.uid = ? ORDER BY d.id")
                    .arg(itemKindTable(kind)));
    q.addBindValue(itemKindCode(kind));
    q.addBindValue(yearId.value());
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<Document> out;
    while (q.next()) {
        Document d = readDocument(q, withContent);
        d.itemId = id;
        out.append(d);
    }
    return out;
}

Result<Document> CohortRepository::document(qint64 id) const
{
    using R = Result<Document>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QLatin1String(documentColumns()).arg(QStringLiteral("d.content")) + QStringLiteral("WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    if (!q.next())
        return R::failure(tr("There is no document %1.").arg(id));
    Document d = readDocument(q, true);
    const QString kindTable = itemKindTable(d.itemKind);
    q.finish();
    q.prepare(
        QStringLiteral("SELECT i.uid FROM documents d JOIN %1 i ON i.id = d.item_id WHERE d.id = ?").arg(kindTable));
    q.addBindValue(id);
    if (q.exec() && q.next())
        d.itemId = q.value(0).toString();
    return d;
}

Status CohortRepository::removeDocument(qint64 id, const QString& actor)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT y.id, y.start_year FROM documents d JOIN academic_years y ON y.id = d.academic_year_id "
                       "WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return StorageError::failure(q, readError());
    if (!q.next())
        return Status::failure(tr("There is no document %1.").arg(id));
    ItemWriter w(m_db, q.value(0).toLongLong(), AcademicYear{q.value(1).toInt()}, actor, m_clock());
    q.finish();
    if (Status s = w.removeDocument(id); !s)
        return s;
    return tx.commit();
}

// Audit -----------------------------------------------------------------------------------------

Result<QList<AuditEntry>> CohortRepository::auditLog(const QString& table, qint64 rowId, int limit) const
{
    using R = Result<QList<AuditEntry>>;
    if (!m_db.isOpen())
        return R::failure(tr("No database is open."));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, table_name, row_id, action, old_json, new_json FROM audit_log "
                             "WHERE (? = '' OR table_name = ?) AND (? = 0 OR row_id = ?) ORDER BY id LIMIT ?"));
    for (const QVariant& v : {QVariant(table), QVariant(table), QVariant(rowId), QVariant(rowId), QVariant(limit)})
        q.addBindValue(SqlValues::bindable(v));
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        SqlValues::toInstant(q.value(1), &e.at);
        e.actor = q.value(2).toString();
        e.table = q.value(3).toString();
        e.rowId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.oldJson = q.value(6).toString();
        e.newJson = q.value(7).toString();
        out.append(e);
    }
    return out;
}

Result<QList<AuditEntry>> CohortRepository::itemHistory(AcademicYear year, ItemKind kind, const QString& id) const
{
    using R = Result<QList<AuditEntry>>;
    const Result<qint64> yearId = yearRowId(year);
    if (!yearId)
        return R::failure(yearId.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The table name comes from the item kind, never from the user.
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE academic_year_id = ? AND uid = ?").arg(itemKindTable(kind)));
    q.addBindValue(yearId.value());
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(StorageError::describe(q.lastError(), readError()));
    if (!q.next())
        return QList<AuditEntry>();
    return auditLog(itemKindTable(kind), q.value(0).toLongLong());
}

} // namespace interntrack

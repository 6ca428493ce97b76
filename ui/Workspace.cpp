#include "Workspace.h"

#include "documents/PdfInfo.h"
#include "domain/Profiles.h"
#include "rules/Format.h"
#include "storage/ChangeFeed.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/ServerSetup.h"
#include "workflow/Workflow.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace interntrack {

ItemKind kindOf(const Item& item)
{
    switch (item.index()) {
    case 0:
        return ItemKind::Student;
    case 1:
        return ItemKind::Internship;
    case 2:
        return ItemKind::Ter;
    case 3:
        return ItemKind::SummerSchool;
    default:
        return ItemKind::Seminar;
    }
}

QString idOf(const Item& item)
{
    return std::visit([](const auto& i) { return i.id; }, item);
}

namespace {

/// An edit as two snapshots of one item: undo writes the one before, redo the one after. The first
/// redo has already been done by the Workspace (it may have been a workflow transition or an
/// attached document, which the stack cannot refuse), so it is skipped.
class ItemCommand : public QUndoCommand
{
public:
    ItemCommand(Workspace& ws, const QString& text, std::optional<Item> before, std::optional<Item> after,
                ItemKind kind, QString id)
        : QUndoCommand(text)
        , m_ws(ws)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_kind(kind)
        , m_id(std::move(id))
    {
    }

    /// A document attached by the first redo: undo removes it (and a later redo cannot bring it back).
    void setDocument(qint64 id) { m_document = id; }

    void undo() override
    {
        if (!stillAsLeft(m_after))
            return;
        if (m_document > 0) {
            report(m_ws.removeDocument(m_document));
            m_document = 0;
        }
        report(apply(m_before));
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        if (!stillAsLeft(m_before))
            return;
        report(apply(m_after));
    }

private:
    /// Whether the item is still as this step left it: another person's change that arrived since (a reload, a
    /// notification from the server) must not be undone silently.
    bool stillAsLeft(const std::optional<Item>& expected)
    {
        if (m_ws.item(m_kind, m_id) == expected)
            return true;
        report(Status::failure(QCoreApplication::translate("Workspace", "%1 %2 has changed since (another "
                                                                        "person's change).")
                                   .arg(itemKindName(m_kind), m_id)));
        return false;
    }

    Status apply(const std::optional<Item>& item)
    {
        return item ? m_ws.writeItem(*item) : m_ws.writeDeletion(m_kind, m_id);
    }

    void report(const Status& s)
    {
        if (!s) {
            setObsolete(true);
            emit m_ws.errorOccurred(
                QCoreApplication::translate("Workspace", "Could not undo or redo \"%1\": %2").arg(text(), s.error()));
        }
    }

    Workspace& m_ws;
    std::optional<Item> m_before;
    std::optional<Item> m_after;
    ItemKind m_kind;
    QString m_id;
    qint64 m_document = 0;
    bool m_first = true;
};

/// A change of the year's rule set: undo puts the earlier one back.
class RulesCommand : public QUndoCommand
{
public:
    RulesCommand(Workspace& ws, const QString& text, RuleSet before, RuleSet after)
        : QUndoCommand(text)
        , m_ws(ws)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { report(m_ws.writeRules(m_before)); }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        report(m_ws.writeRules(m_after));
    }

private:
    void report(const Status& s)
    {
        if (!s) {
            setObsolete(true);
            emit m_ws.errorOccurred(
                QCoreApplication::translate("Workspace", "Could not undo or redo \"%1\": %2").arg(text(), s.error()));
        }
    }

    Workspace& m_ws;
    RuleSet m_before;
    RuleSet m_after;
    bool m_first = true;
};

template<typename T>
const T* find(const QList<T>& list, const QHash<QString, qsizetype>& rows, const QString& id)
{
    const qsizetype row = rows.value(id, -1);
    return row >= 0 && row < list.size() ? &list.at(row) : nullptr;
}

template<typename T>
void index(const QList<T>& list, QHash<QString, qsizetype>& rows)
{
    rows.clear();
    rows.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        rows.insert(list.at(i).id, i);
}

WorkflowState stateOf(const Item& item)
{
    if (const auto* i = std::get_if<Internship>(&item))
        return i->state;
    if (const auto* t = std::get_if<Ter>(&item))
        return t->state;
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return s->state;
    return WorkflowState::Draft;
}

void setState(Item& item, WorkflowState state)
{
    if (auto* i = std::get_if<Internship>(&item))
        i->state = state;
    else if (auto* t = std::get_if<Ter>(&item))
        t->state = state;
    else if (auto* s = std::get_if<SummerSchool>(&item))
        s->state = state;
}

Overrides& overridesOf(Item& item)
{
    return std::visit([](auto& i) -> Overrides& { return i.overrides; }, item);
}

} // namespace

/// What a background load hands back to the GUI thread.
struct Workspace::Loaded
{
    int generation = 0;
    QString error;
    Cohort cohort;
    CheckResult check;
    RowStamps stamps;
};

Workspace::Workspace(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_undo(new QUndoStack(this))
{
    m_remoteTimer = new QTimer(this);
    m_remoteTimer->setSingleShot(true);
    m_remoteTimer->setInterval(300);
    connect(m_remoteTimer, &QTimer::timeout, this, &Workspace::applyOthersChanges);
    m_actor.role = Role::Advisor;
}

Workspace::~Workspace()
{
    waitForLoaded();
    m_feed.reset(); // it stops listening on m_db's connection: before m_db goes (members die in reverse order)
}

void Workspace::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_repo)
        m_repo->setClock(m_clock);
}

QDate Workspace::today() const
{
    return m_clock().date();
}

Status Workspace::open(const QString& path, const QString& programme)
{
    return openDatabase(path, QString(), programme);
}

Status Workspace::openServer(const QString& url, const QString& password)
{
    if (!Database::isServerUrl(url))
        return Status::failure(tr("%1 is not the address of a PostgreSQL database: write "
                                  "postgresql://login@host:port/database.")
                                   .arg(Database::displayName(url)));
    return openDatabase(url, password);
}

bool Workspace::isServer() const
{
    return m_db && m_db->isServer();
}

Status Workspace::openDatabase(const QString& path, const QString& password, const QString& programme)
{
    auto db = std::make_unique<Database>();
    OpenOptions options;
    options.create = false;
    options.password = password;
    if (Status s = db->open(path, options); !s)
        return s;
    // On a server, the server says who works and with which rights.
    std::optional<Actor> serverActor;
    if (db->isServer()) {
        const Result<QString> login = ServerSetup::currentLogin(*db);
        if (!login)
            return Status::failure(login.error());
        const Result<Role> role = ServerSetup::loginRole(*db);
        if (!role)
            return Status::failure(role.error());
        serverActor = Actor{login.value(), role.value(), {}};
        if (role.value() == Role::Student) {
            const Result<QString> student = ServerSetup::loginStudent(*db);
            if (!student)
                return Status::failure(student.error());
            if (student->isEmpty())
                return Status::failure(tr("Your login %1 is a student's but no student of %2 is tied to it: ask "
                                          "your administrator to run interntrack-cli db add-user.")
                                           .arg(login.value(), db->path()));
            serverActor->studentId = student.value();
        }
    }
    auto repo = std::make_unique<CohortRepository>(*db);
    repo->setClock(m_clock);
    if (const Result<QString> only = repo->programme(); !only) {
        // Several programmes: the one asked for, else the first by key; the Programme list offers the others.
        const Result<QList<ProgrammeInfo>> programmes = repo->programmes();
        if (!programmes || programmes->isEmpty())
            return Status::failure(only.error());
        db->setProgramme(programmes->constFirst().key);
        for (const ProgrammeInfo& p : programmes.value()) {
            if (p.key == programme)
                db->setProgramme(programme);
        }
    }
    const Result<QList<AcademicYear>> years = repo->academicYears();
    if (!years)
        return Status::failure(years.error());

    close();
    m_db = std::move(db);
    m_repo = std::move(repo);
    m_password = password;
    followOthers();
    if (serverActor)
        setActor(*serverActor);
    emit databaseChanged();
    if (!years->isEmpty()) {
        // The year that contains today if the file has it, else the latest.
        AcademicYear chosen = years->last();
        if (years->contains(AcademicYear::containing(today())))
            chosen = AcademicYear::containing(today());
        startLoading(chosen);
    }
    const QString name = m_db->isServer() ? m_db->path() : QFileInfo(path).fileName();
    emit message(m_db->notice().isEmpty() ? tr("Opened %1.").arg(name) : m_db->notice());
    return {};
}

Status Workspace::create(const QString& path, AcademicYear year, const QString& profileId)
{
    if (QFileInfo::exists(path))
        return Status::failure(tr("%1 already exists: choose another name.").arg(QFileInfo(path).fileName()));
    if (!year.isValid())
        return Status::failure(tr("Choose the academic year of the new database."));
    {
        Database db;
        if (Status s = db.open(path); !s)
            return s;
        CohortRepository repo(db);
        repo.setClock(m_clock);
        const Result<RuleSet> rules = Profiles::load(profileId.isEmpty() ? Profiles::defaultId() : profileId, year);
        if (!rules) {
            db.close();
            QFile::remove(path);
            return Status::failure(rules.error());
        }
        if (Status s = repo.createAcademicYear(rules.value(), m_actor.name); !s) {
            db.close();
            QFile::remove(path);
            return s;
        }
    }
    return open(path);
}

void Workspace::close()
{
    waitForLoaded();
    ++m_loadGeneration;
    m_undo->clear();
    const bool wasOpen = m_db != nullptr;
    m_feed.reset();
    m_remote.clear();
    m_remoteUnknown = false;
    m_stamps.clear();
    m_repo.reset();
    m_db.reset();
    m_password.clear();
    m_cohort = Cohort();
    m_check = CheckResult();
    m_year = AcademicYear();
    reindex();
    if (wasOpen) {
        emit databaseChanged();
        emit yearLoaded();
    }
}

Status Workspace::backup(const QString& path) const
{
    if (!m_db)
        return Status::failure(tr("No database is open."));
    return m_db->backup(path);
}

bool Workspace::isOpen() const
{
    return m_db && m_db->isOpen();
}

bool Workspace::isReadOnly() const
{
    return !m_db || m_db->isReadOnly();
}

QString Workspace::path() const
{
    return m_db ? m_db->path() : QString();
}

QString Workspace::notice() const
{
    return m_db ? m_db->notice() : QString();
}

QList<ProgrammeInfo> Workspace::programmes() const
{
    if (!m_repo)
        return {};
    Result<QList<ProgrammeInfo>> list = m_repo->programmes();
    return list ? list.value() : QList<ProgrammeInfo>();
}

QString Workspace::programme() const
{
    if (!m_repo)
        return {};
    const Result<QString> key = m_repo->programme();
    return key ? key.value() : QString();
}

Status Workspace::setProgramme(const QString& key)
{
    if (!m_db)
        return Status::failure(tr("No database is open."));
    if (key == programme())
        return {};
    const QString before = m_db->programme();
    m_db->setProgramme(key);
    const Result<QList<AcademicYear>> years = m_repo->academicYears();
    if (!years || years->isEmpty()) {
        m_db->setProgramme(before);
        return Status::failure(years ? tr("This database holds no programme \"%1\".").arg(key) : years.error());
    }
    m_undo->clear();
    AcademicYear chosen = years->last();
    if (years->contains(AcademicYear::containing(today())))
        chosen = AcademicYear::containing(today());
    m_year = AcademicYear(); // another programme's year, even with the same dates
    emit databaseChanged();
    startLoading(chosen);
    return {};
}

Status Workspace::addProgramme(const QString& key, const QString& profileId, AcademicYear year)
{
    if (!m_repo)
        return Status::failure(tr("No database is open."));
    if (!CohortRepository::isProgrammeKey(key))
        return Status::failure(tr("\"%1\" cannot name a programme: use 1 to 64 lower-case letters, digits and "
                                  "dashes, e.g. imperial-msc-ai.")
                                   .arg(key));
    for (const ProgrammeInfo& p : programmes()) {
        if (p.key == key)
            return Status::failure(tr("This database already holds the programme \"%1\".").arg(key));
    }
    if (!year.isValid())
        return Status::failure(tr("Choose the first academic year of the programme."));
    Result<RuleSet> rules = Profiles::load(profileId, year);
    if (!rules)
        return Status::failure(rules.error());
    rules->profile.id = key;
    const QString before = m_db->programme();
    m_db->setProgramme(key);
    if (Status s = m_repo->createAcademicYear(rules.value(), m_actor.name); !s) {
        m_db->setProgramme(before);
        return s;
    }
    m_db->setProgramme(before);
    if (Status s = setProgramme(key); !s)
        return s;
    emit message(tr("Programme %1 added, with the academic year %2.").arg(key, year.toString()));
    return {};
}

QList<AcademicYear> Workspace::years() const
{
    if (!m_repo)
        return {};
    Result<QList<AcademicYear>> years = m_repo->academicYears();
    return years ? years.value() : QList<AcademicYear>();
}

AcademicYear Workspace::year() const
{
    return m_year;
}

void Workspace::setYear(AcademicYear year)
{
    if (!m_repo || year == m_year)
        return;
    m_undo->clear();
    startLoading(year);
}

Status Workspace::addYear(AcademicYear year, const RuleSet* rules)
{
    if (!m_repo)
        return Status::failure(tr("No database is open."));
    RuleSet set = rules ? *rules : RuleSet::parisSaclayM1(year);
    if (!rules) {
        // The defaults of the programme's profile when InternTrack ships it, else its profile on the default numbers.
        const Profile profile = m_cohort.rules.profile;
        if (Result<RuleSet> shipped = Profiles::load(profile.id, year); shipped)
            set = shipped.value();
        set.profile = profile;
    }
    set.year = year;
    if (Status s = m_repo->createAcademicYear(set, m_actor.name); !s)
        return s;
    emit message(tr("Academic year %1 added.").arg(year.toString()));
    return {};
}

bool Workspace::isLoading() const
{
    return m_loader != nullptr;
}

void Workspace::waitForLoaded()
{
    if (m_loader) {
        m_loader->waitForFinished();
        finishLoading();
    }
}

void Workspace::startLoading(AcademicYear year)
{
    if (m_loader) {
        // A newer request wins: the running load is dropped when it ends.
        m_loader->disconnect(this);
        m_loader->waitForFinished();
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    m_year = year;
    const int generation = ++m_loadGeneration;
    const QString path = m_db->path();
    const QString password = m_password;
    const QString programme = this->programme();
    const QDate day = today();
    // The worker opens its own read-only connection: a Qt Sql connection belongs to one thread.
    m_loader = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(m_loader, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this, &Workspace::finishLoading);
    m_loader->setFuture(QtConcurrent::run([path, password, programme, year, day, generation]() {
        auto out = std::make_shared<Loaded>();
        out->generation = generation;
        Database db;
        OpenOptions options;
        options.readOnly = true;
        options.create = false;
        options.verify = false; // the GUI thread's connection has checked the file
        options.password = password;
        options.programme = programme;
        if (Status s = db.open(path, options); !s) {
            out->error = s.error();
            return out;
        }
        CohortRepository repo(db);
        Result<Cohort> cohort = repo.loadCohort(year, &out->stamps);
        if (!cohort) {
            out->error = cohort.error();
            return out;
        }
        out->cohort = std::move(cohort).value();
        out->check = Checker(out->cohort.rules).check(out->cohort, day, Stage::Current);
        return out;
    }));
    emit loadingChanged(true);
}

void Workspace::finishLoading()
{
    if (!m_loader)
        return;
    QFutureWatcher<std::shared_ptr<Loaded>>* loader = m_loader;
    m_loader = nullptr;
    const std::shared_ptr<Loaded> loaded = loader->result();
    loader->deleteLater();
    if (loaded && loaded->generation == m_loadGeneration) {
        if (!loaded->error.isEmpty()) {
            m_cohort = Cohort();
            m_check = CheckResult();
            m_stamps.clear();
            emit errorOccurred(loaded->error);
        } else {
            m_cohort = std::move(loaded->cohort);
            m_check = std::move(loaded->check);
            m_stamps = std::move(loaded->stamps);
            emit message(
                tr("Academic year %1: %n student(s).", nullptr, int(m_cohort.students.size())).arg(m_year.toString()));
        }
        reindex();
    }
    emit loadingChanged(false);
    emit yearLoaded();
}

void Workspace::setActor(const Actor& actor)
{
    m_actor = actor;
    emit actorChanged();
}

// Lookups ---------------------------------------------------------------------------------------

const Student* Workspace::student(const QString& id) const
{
    return find(m_cohort.students, m_studentRow, id);
}

const Internship* Workspace::internship(const QString& id) const
{
    return find(m_cohort.internships, m_internshipRow, id);
}

const Ter* Workspace::ter(const QString& id) const
{
    return find(m_cohort.ters, m_terRow, id);
}

const SummerSchool* Workspace::summerSchool(const QString& id) const
{
    return find(m_cohort.summerSchools, m_schoolRow, id);
}

const Seminar* Workspace::seminar(const QString& id) const
{
    return find(m_cohort.seminars, m_seminarRow, id);
}

std::optional<Item> Workspace::item(ItemKind kind, const QString& id) const
{
    switch (kind) {
    case ItemKind::Student:
        if (const Student* s = student(id))
            return Item(*s);
        break;
    case ItemKind::Internship:
        if (const Internship* i = internship(id))
            return Item(*i);
        break;
    case ItemKind::Ter:
        if (const Ter* t = ter(id))
            return Item(*t);
        break;
    case ItemKind::SummerSchool:
        if (const SummerSchool* s = summerSchool(id))
            return Item(*s);
        break;
    case ItemKind::Seminar:
        if (const Seminar* s = seminar(id))
            return Item(*s);
        break;
    }
    return std::nullopt;
}

QList<Finding> Workspace::findings(const QString& subjectId) const
{
    QList<Finding> out;
    for (qsizetype i : m_findingsOf.value(subjectId))
        out.append(m_check.findings.at(i));
    return out;
}

QList<Finding> Workspace::studentFindings(const QString& studentId) const
{
    QList<Finding> out;
    for (qsizetype i : m_findingsOfStudent.value(studentId))
        out.append(m_check.findings.at(i));
    return out;
}

QStringList Workspace::internshipsOf(const QString& studentId) const
{
    return m_internshipsOf.value(studentId);
}

QStringList Workspace::tersOf(const QString& studentId) const
{
    return m_tersOf.value(studentId);
}

QStringList Workspace::summerSchoolsOf(const QString& studentId) const
{
    return m_schoolsOf.value(studentId);
}

QStringList Workspace::seminarsOf(const QString& studentId) const
{
    return m_seminarsOf.value(studentId);
}

QList<Finding> Workspace::preview(const Item& item) const
{
    const Checker checker(m_cohort.rules);
    const QDate day = today();
    if (const auto* in = std::get_if<Internship>(&item)) {
        QList<Internship> others;
        for (const QString& id : m_internshipsOf.value(in->studentId)) {
            if (id != in->id)
                others.append(*internship(id));
        }
        return checker.checkInternship(*in, day, Stage::Current, nullptr, others);
    }
    if (const auto* t = std::get_if<Ter>(&item)) {
        return checker.checkTer(*t, day, Stage::Current, terHeadcount(*t));
    }
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return checker.checkSummerSchool(*s, day, Stage::Current);
    if (const auto* s = std::get_if<Seminar>(&item))
        return checker.checkSeminar(*s, day, Stage::Current);
    return {};
}

int Workspace::terHeadcount(const Ter& t) const
{
    // The distinct students of every TER of the same subject with a capacity (this one as edited), as the
    // checker counts them.
    if (!t.capacity)
        return int(t.studentIds.size());
    const QString key = t.subject.trimmed().toCaseFolded();
    QSet<QString> students(t.studentIds.cbegin(), t.studentIds.cend());
    for (const QString& id : m_tersOfSubject.value(key)) {
        const Ter* other = ter(id);
        if (other && other->id != t.id && other->capacity) {
            for (const QString& s : other->studentIds)
                students.insert(s);
        }
    }
    return int(students.size());
}

QList<HostEntry> Workspace::hostDirectory() const
{
    if (!m_repo)
        return {};
    Result<QList<HostEntry>> r = m_repo->hostDirectory();
    return r ? r.value() : QList<HostEntry>();
}

QList<TerSubject> Workspace::terSubjects() const
{
    if (!m_repo || !m_year.isValid())
        return {};
    Result<QList<TerSubject>> r = m_repo->terSubjects(m_year);
    return r ? r.value() : QList<TerSubject>();
}

void Workspace::reindex()
{
    index(m_cohort.students, m_studentRow);
    index(m_cohort.internships, m_internshipRow);
    index(m_cohort.ters, m_terRow);
    index(m_cohort.summerSchools, m_schoolRow);
    index(m_cohort.seminars, m_seminarRow);
    m_internshipsOf.clear();
    m_tersOf.clear();
    m_schoolsOf.clear();
    m_seminarsOf.clear();
    for (const Internship& i : std::as_const(m_cohort.internships))
        m_internshipsOf[i.studentId].append(i.id);
    for (const Ter& t : std::as_const(m_cohort.ters)) {
        for (const QString& s : t.studentIds)
            m_tersOf[s].append(t.id);
    }
    for (const SummerSchool& s : std::as_const(m_cohort.summerSchools))
        m_schoolsOf[s.studentId].append(s.id);
    for (const Seminar& s : std::as_const(m_cohort.seminars))
        m_seminarsOf[s.studentId].append(s.id);
    m_tersOfSubject.clear();
    for (const Ter& t : std::as_const(m_cohort.ters)) {
        const QString key = t.subject.trimmed().toCaseFolded();
        if (!key.isEmpty())
            m_tersOfSubject[key].append(t.id);
    }
    reindexFindings();
}

void Workspace::reindexFindings()
{
    m_findingsOf.clear();
    m_findingsOfStudent.clear();
    for (qsizetype i = 0; i < m_check.findings.size(); ++i) {
        const Finding& f = m_check.findings.at(i);
        m_findingsOf[f.subject].append(i);
        m_findingsOfStudent[f.student].append(i);
        // A group TER's findings concern each of its students.
        if (const Ter* t = ter(f.subject)) {
            for (const QString& s : t->studentIds) {
                if (s != f.student)
                    m_findingsOfStudent[s].append(i);
            }
        }
    }
}

void Workspace::recheck(const QStringList& students, const QStringList& removedIds)
{
    const Checker checker(m_cohort.rules);
    if (students.isEmpty()) {
        m_check = checker.check(m_cohort, today(), Stage::Current);
        reindexFindings();
        emit findingsChanged({});
        return;
    }
    // What a change can affect: the students concerned, the partners of their group TERs, and every TER
    // (with its students) sharing a subject with theirs, since a subject's capacity counts them all.
    QSet<QString> studentSet;
    QSet<QString> terSet;
    QSet<QString> subjects;
    QStringList queue = students;
    while (!queue.isEmpty()) {
        const QString s = queue.takeLast();
        if (studentSet.contains(s))
            continue;
        studentSet.insert(s);
        QStringList ters = m_tersOf.value(s);
        while (!ters.isEmpty()) {
            const QString id = ters.takeLast();
            if (terSet.contains(id))
                continue;
            terSet.insert(id);
            const Ter* t = ter(id);
            if (!t)
                continue;
            for (const QString& other : t->studentIds)
                queue.append(other);
            const QString key = t->subject.trimmed().toCaseFolded();
            if (!key.isEmpty() && !subjects.contains(key)) {
                subjects.insert(key);
                ters.append(m_tersOfSubject.value(key));
            }
        }
    }
    if (studentSet.size() > m_cohort.students.size() / 4 + 64) {
        recheck({}, {}); // most of the year: checking it all is as quick
        return;
    }

    Cohort part;
    part.rules = m_cohort.rules;
    QSet<QString> subjectsChecked(removedIds.cbegin(), removedIds.cend());
    for (const QString& id : std::as_const(studentSet)) {
        subjectsChecked.insert(id);
        if (const Student* st = student(id))
            part.students.append(*st);
        for (const QString& i : m_internshipsOf.value(id)) {
            part.internships.append(*internship(i));
            subjectsChecked.insert(i);
        }
        for (const QString& i : m_schoolsOf.value(id)) {
            part.summerSchools.append(*summerSchool(i));
            subjectsChecked.insert(i);
        }
        for (const QString& i : m_seminarsOf.value(id)) {
            part.seminars.append(*seminar(i));
            subjectsChecked.insert(i);
        }
    }
    for (const QString& id : std::as_const(terSet)) {
        if (const Ter* t = ter(id)) {
            part.ters.append(*t);
            subjectsChecked.insert(id);
        }
    }
    CheckResult fresh = checker.check(part, today(), Stage::Current);
    m_check.findings.removeIf([&](const Finding& f) { return subjectsChecked.contains(f.subject); });
    m_check.findings.append(fresh.findings);
    for (const QString& id : removedIds)
        m_check.internships.remove(id);
    for (auto it = fresh.internships.cbegin(); it != fresh.internships.cend(); ++it)
        m_check.internships.insert(it.key(), it.value());
    for (auto it = fresh.students.cbegin(); it != fresh.students.cend(); ++it)
        m_check.students.insert(it.key(), it.value());
    for (const QString& id : removedIds)
        m_check.students.remove(id);
    reindexFindings();
    emit findingsChanged(QStringList(studentSet.cbegin(), studentSet.cend()));
}

QStringList Workspace::touchedStudents(const Item& item) const
{
    QStringList out = studentsOf(item);
    if (const std::optional<Item> old = this->item(kindOf(item), idOf(item))) {
        for (const QString& s : affectedBy(*old)) {
            if (!out.contains(s))
                out.append(s);
        }
    }
    return out;
}

QStringList Workspace::affectedBy(const Item& item) const
{
    // An item's students, and for a TER the students of every TER of its subject (they share its capacity):
    // what changes when the item goes or leaves its subject.
    QStringList out = studentsOf(item);
    if (const auto* t = std::get_if<Ter>(&item)) {
        for (const QString& id : m_tersOfSubject.value(t->subject.trimmed().toCaseFolded())) {
            if (const Ter* other = ter(id)) {
                for (const QString& s : other->studentIds) {
                    if (!out.contains(s))
                        out.append(s);
                }
            }
        }
    }
    return out;
}

QStringList Workspace::replaceInCohort(const Item& item)
{
    const std::optional<Item> old = this->item(kindOf(item), idOf(item));
    const QStringList touched = touchedStudents(item);
    const bool sameStudents = old && studentsOf(*old) == studentsOf(item);
    bool sameSubject = true;
    if (old && std::holds_alternative<Ter>(item))
        sameSubject = std::get<Ter>(*old).subject == std::get<Ter>(item).subject;
    const auto put = [](auto& list, const QHash<QString, qsizetype>& rows, const auto& value) {
        const qsizetype row = rows.value(value.id, -1);
        if (row >= 0)
            list[row] = value;
        else
            list.append(value);
    };
    std::visit(
        [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Student>)
                put(m_cohort.students, m_studentRow, value);
            else if constexpr (std::is_same_v<T, Internship>)
                put(m_cohort.internships, m_internshipRow, value);
            else if constexpr (std::is_same_v<T, Ter>)
                put(m_cohort.ters, m_terRow, value);
            else if constexpr (std::is_same_v<T, SummerSchool>)
                put(m_cohort.summerSchools, m_schoolRow, value);
            else
                put(m_cohort.seminars, m_seminarRow, value);
        },
        item);
    // The indexes by student and subject change only when an item appears or moves.
    if (!old || !sameStudents || !sameSubject)
        reindex();
    return touched;
}

void Workspace::removeFromCohort(ItemKind kind, const QString& id)
{
    const auto drop = [&](auto& list, const QHash<QString, qsizetype>& rows) {
        const qsizetype row = rows.value(id, -1);
        if (row >= 0)
            list.removeAt(row);
    };
    switch (kind) {
    case ItemKind::Student:
        drop(m_cohort.students, m_studentRow);
        break;
    case ItemKind::Internship:
        drop(m_cohort.internships, m_internshipRow);
        break;
    case ItemKind::Ter:
        drop(m_cohort.ters, m_terRow);
        break;
    case ItemKind::SummerSchool:
        drop(m_cohort.summerSchools, m_schoolRow);
        break;
    case ItemKind::Seminar:
        drop(m_cohort.seminars, m_seminarRow);
        break;
    }
}

// Writes ----------------------------------------------------------------------------------------

Status Workspace::writeItem(const Item& item)
{
    if (!m_repo)
        return Status::failure(tr("No database is open."));
    const QString& who = m_actor.name;
    const ItemKind kind = kindOf(item);
    const QString id = idOf(item);
    const qint64 expected = m_stamps.value(kind, id).version;
    Status s = writeStamped(kind, id, [&]() -> Status {
        return std::visit(
            [&](const auto& value) -> Status {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, Student>)
                    return m_repo->saveStudent(m_year, value, who, expected);
                else if constexpr (std::is_same_v<T, Internship>)
                    return m_repo->saveInternship(m_year, value, who, expected);
                else if constexpr (std::is_same_v<T, Ter>)
                    return m_repo->saveTer(m_year, value, who, expected);
                else if constexpr (std::is_same_v<T, SummerSchool>)
                    return m_repo->saveSummerSchool(m_year, value, who, expected);
                else
                    return m_repo->saveSeminar(m_year, value, who, expected);
            },
            item);
    });
    if (!s)
        return s;
    recheck(replaceInCohort(item));
    emit itemChanged(kindOf(item), idOf(item));
    return {};
}

void Workspace::followOthers()
{
    m_feed = std::make_unique<ChangeFeed>(*m_db);
    const Status s = m_feed->start([this](const QList<ChangeFeed::Change>& changes, bool unknown) {
        m_remote.append(changes);
        m_remoteUnknown = m_remoteUnknown || unknown;
        // Changes come in bursts (an import, a signature and its workflow steps): applied together, shortly after.
        if (!m_remoteTimer->isActive())
            m_remoteTimer->start();
    });
    if (!s) {
        // Not fatal: the views then show other people's changes at the next reload.
        m_feed.reset();
        emit message(s.error());
    }
}

void Workspace::applyOthersChanges()
{
    if (!m_repo)
        return;
    if (isLoading()) {
        m_remoteTimer->start(); // after the load, which may not have seen them
        return;
    }
    QList<ChangeFeed::Change> changes;
    for (const ChangeFeed::Change& c : std::as_const(m_remote)) {
        if (c.year == m_year && !changes.contains(c))
            changes.append(c);
    }
    const bool unknown = m_remoteUnknown;
    m_remote.clear();
    m_remoteUnknown = false;
    if (!unknown && changes.isEmpty())
        return;
    // Many at once (an import) or not known which: the year is read again, in the background.
    if (unknown || changes.size() > kRemoteItemsLimit) {
        reload();
        return;
    }
    QStringList students;
    QStringList removed;
    for (const ChangeFeed::Change& c : std::as_const(changes)) {
        const Result<RowStamp> stamp = m_repo->rowStamp(m_year, c.kind, c.id);
        if (!stamp) {
            reload();
            return;
        }
        if (stamp->version > 0 && stamp->version == m_stamps.value(c.kind, c.id).version)
            continue; // already seen
        if (stamp->version == 0 && !item(c.kind, c.id))
            continue; // gone, and never here (or not readable to this login)
        std::optional<Item> fresh;
        const auto take = [&](auto result) {
            if (result)
                fresh = Item(std::move(result).value());
        };
        switch (c.kind) {
        case ItemKind::Student:
            take(m_repo->student(m_year, c.id));
            break;
        case ItemKind::Internship:
            take(m_repo->internship(m_year, c.id));
            break;
        case ItemKind::Ter:
            take(m_repo->ter(m_year, c.id));
            break;
        case ItemKind::SummerSchool:
            take(m_repo->summerSchool(m_year, c.id));
            break;
        case ItemKind::Seminar:
            take(m_repo->seminar(m_year, c.id));
            break;
        }
        if (fresh && stamp->version > 0) {
            m_stamps.insert(c.kind, c.id, stamp.value());
            students += replaceInCohort(*fresh);
        } else {
            if (const std::optional<Item> old = item(c.kind, c.id))
                students += affectedBy(*old);
            m_stamps.remove(c.kind, c.id);
            removeFromCohort(c.kind, c.id);
            removed.append(c.id);
        }
    }
    if (students.isEmpty() && removed.isEmpty())
        return;
    if (!removed.isEmpty())
        reindex();
    students.removeDuplicates();
    recheck(students, removed);
    for (const ChangeFeed::Change& c : std::as_const(changes))
        emit itemChanged(c.kind, c.id);
    emit message(tr("%n change(s) made by other people arrived.", nullptr, int(changes.size())));
}

void Workspace::reload()
{
    if (m_db && m_year.isValid())
        startLoading(m_year);
}

void Workspace::refreshItem(ItemKind kind, const QString& id)
{
    if (!m_repo)
        return;
    m_remote.append(ChangeFeed::Change{m_year, kind, id});
    m_stamps.remove(kind, id); // read it whatever its version
    applyOthersChanges();
}

Status Workspace::writeStamped(ItemKind kind, const QString& id, const std::function<Status()>& work)
{
    // Only if nobody changed the item since it was read (its version then), and its new version read back in
    // the same transaction: what the next change of it will expect.
    RowStamp stamp;
    const Status s = m_repo->inTransaction([&]() -> Status {
        if (Status current = m_repo->checkVersion(m_year, kind, id, m_stamps.value(kind, id).version); !current)
            return current;
        if (Status done = work(); !done)
            return done;
        Result<RowStamp> read = m_repo->rowStamp(m_year, kind, id);
        if (!read)
            return Status::failure(read.error());
        stamp = read.value();
        return {};
    });
    if (s)
        m_stamps.insert(kind, id, stamp);
    else if (s.isConflict())
        refreshItem(kind, id); // the views show the other person's version, what to decide on
    return s;
}

Status Workspace::writeDeletion(ItemKind kind, const QString& id)
{
    if (!m_repo)
        return Status::failure(tr("No database is open."));
    if (Status s = m_repo->deleteItem(m_year, kind, id, m_actor.name, m_stamps.value(kind, id).version); !s)
        return s;
    m_stamps.remove(kind, id);
    const std::optional<Item> old = item(kind, id);
    const QStringList students = old ? affectedBy(*old) : QStringList();
    removeFromCohort(kind, id);
    reindex();
    recheck(students, {id});
    emit itemChanged(kind, id);
    return {};
}

Status Workspace::removeDocument(qint64 documentId)
{
    if (!m_repo)
        return Status::failure(tr("No database is open."));
    return m_repo->removeDocument(documentId, m_actor.name);
}

QStringList Workspace::studentsOf(const Item& item) const
{
    if (const auto* t = std::get_if<Ter>(&item))
        return t->studentIds;
    if (std::holds_alternative<Student>(item))
        return {idOf(item)};
    return {std::visit(
        [](const auto& i) -> QString {
            if constexpr (requires { i.studentId; })
                return i.studentId;
            else
                return i.id;
        },
        item)};
}

Status Workspace::checkEditable(ItemKind kind, const QString& id) const
{
    if (!m_repo)
        return Status::failure(tr("No database is open."));
    if (isReadOnly())
        return Status::failure(tr("This database is open read-only: nothing can be changed."));
    if (isLoading())
        return Status::failure(tr("The year is still loading."));
    if (!id.isEmpty()) {
        if (const std::optional<Item> current = item(kind, id)) {
            if (Status s = Workflow::canEdit(stateOf(*current), m_actor, studentsOf(*current)); !s)
                return s;
        }
    }
    return {};
}

// The callers pass a lambda or nothing, from which the parameter is constructed in place: nothing is copied, and a
// const reference would only bind the same temporary.
// NOLINTNEXTLINE(performance-unnecessary-value-param): false positive, no copy (see above)
Status Workspace::push(const QString& text, const Item& before, const Item& after, std::function<Status()> firstRedo)
{
    Status s = firstRedo ? firstRedo() : writeItem(after);
    if (!s)
        return s;
    m_undo->push(new ItemCommand(*this, text, before, after, kindOf(after), idOf(after)));
    emit message(text);
    return {};
}

Status Workspace::saveItem(const Item& changed, const QString& description, const std::optional<Item>& base)
{
    const ItemKind kind = kindOf(changed);
    const QString id = idOf(changed);
    if (id.trimmed().isEmpty())
        return Status::failure(tr("Give the item an identifier."));
    const std::optional<Item> before = item(kind, id);
    if (base && before != base) {
        // Another person's change arrived while the user was editing: theirs is not overwritten unseen.
        const QString what = tr("%1 %2").arg(itemKindName(kind), id);
        if (!before)
            return Status::conflict(tr("The %1 was deleted by someone else after you opened it.").arg(what));
        const RowStamp stamp = m_stamps.value(kind, id);
        const QString who = stamp.changedBy.isEmpty() ? tr("someone else") : stamp.changedBy;
        const QString when = stamp.changedAt.isValid()
                                 ? QLocale().toString(stamp.changedAt.toLocalTime(), QLocale::ShortFormat)
                                 : tr("an unknown time");
        return Status::conflict(
            tr("The %1 was changed by %2 at %3, after you opened it: look at their changes, then make yours again.")
                .arg(what, who, when));
    }
    if (Status s = checkEditable(kind, before ? id : QString()); !s)
        return s;
    if (!before && !Workflow::canEdit(WorkflowState::Draft, m_actor, studentsOf(changed)))
        return Workflow::canEdit(WorkflowState::Draft, m_actor, studentsOf(changed));
    if (before && *before == changed)
        return {};
    const QString text = !description.isEmpty() ? description
                         : before               ? tr("Edit %1 %2").arg(itemKindName(kind), id)
                                                : tr("Add %1 %2").arg(itemKindName(kind), id);
    if (Status s = writeItem(changed); !s)
        return s;
    m_undo->push(new ItemCommand(*this, text, before, changed, kind, id));
    emit message(text);
    return {};
}

Status Workspace::deleteItem(ItemKind kind, const QString& id)
{
    const std::optional<Item> before = item(kind, id);
    if (!before)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (Status s = checkEditable(kind, id); !s)
        return s;
    if (Status s = writeDeletion(kind, id); !s)
        return s;
    const QString text = tr("Delete %1 %2").arg(itemKindName(kind), id);
    m_undo->push(new ItemCommand(*this, text, before, std::nullopt, kind, id));
    emit message(text);
    return {};
}

Status Workspace::transition(ItemKind kind, const QString& id, WorkflowState to, const QString& comment)
{
    const std::optional<Item> before = item(kind, id);
    if (!before)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (!m_repo || isReadOnly())
        return Status::failure(tr("This database is open read-only: nothing can be changed."));
    const WorkflowState from = stateOf(*before);
    // Approval looks at the plan (stage proposal), validation at the deliverables too.
    const Stage stage = to == WorkflowState::Validated ? Stage::Validation : Stage::Proposal;
    QList<Finding> itemFindings;
    const Checker checker(m_cohort.rules);
    if (const auto* in = std::get_if<Internship>(&*before)) {
        QList<Internship> others;
        for (const QString& other : m_internshipsOf.value(in->studentId)) {
            if (other != id)
                others.append(*internship(other));
        }
        itemFindings = checker.checkInternship(*in, today(), stage, nullptr, others);
    } else if (const auto* t = std::get_if<Ter>(&*before)) {
        itemFindings = checker.checkTer(*t, today(), stage, terHeadcount(*t));
    } else if (const auto* sc = std::get_if<SummerSchool>(&*before)) {
        itemFindings = checker.checkSummerSchool(*sc, today(), stage);
    }
    const Signatures* signatures = nullptr;
    if (const auto* in = std::get_if<Internship>(&*before))
        signatures = &in->signatures;
    if (Status s = Workflow::canTransition(from, to, m_actor, itemFindings, signatures, comment, studentsOf(*before));
        !s)
        return s;
    Item after = *before;
    setState(after, to);
    const QString text =
        tr("%1 → %2 (%3 %4)").arg(Workflow::stateName(from), Workflow::stateName(to), itemKindName(kind), id);
    return push(text, *before, after, [&]() -> Status {
        if (Status s = writeStamped(
                kind, id,
                [&] { return m_repo->transition(m_year, kind, id, from, to, m_actor, comment, itemFindings); });
            !s)
            return s;
        recheck(replaceInCohort(after));
        emit itemChanged(kind, id);
        return {};
    });
}

Status Workspace::overrideRule(ItemKind kind, const QString& id, const QString& rule, const QString& reason)
{
    const std::optional<Item> before = item(kind, id);
    if (!before)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (Status s = checkEditable(kind, id); !s)
        return s;
    if (Status s = Workflow::canOverride(m_actor); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Write the reason for overriding %1: it is kept with the decision.").arg(rule));
    if (!m_repo || isReadOnly())
        return Status::failure(tr("This database is open read-only: nothing can be changed."));
    Item after = *before;
    Overrides& list = overridesOf(after);
    list.removeIf([&](const Override& o) { return o.rule == rule; });
    list.append(Override{rule, m_actor.name, m_clock(), reason.trimmed()});
    return push(tr("Override %1 on %2").arg(rule, id), *before, after);
}

Status Workspace::removeOverride(ItemKind kind, const QString& id, const QString& rule)
{
    const std::optional<Item> before = item(kind, id);
    if (!before)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (Status s = checkEditable(kind, id); !s)
        return s;
    if (Status s = Workflow::canOverride(m_actor); !s)
        return s;
    Item after = *before;
    if (overridesOf(after).removeIf([&](const Override& o) { return o.rule == rule; }) == 0)
        return {};
    return push(tr("Remove the override of %1 on %2").arg(rule, id), *before, after);
}

Status Workspace::recordSignature(const QString& internshipId, Signatory who, QDate date, bool electronic)
{
    const Internship* current = internship(internshipId);
    if (!current)
        return Status::failure(tr("There is no internship %1.").arg(internshipId));
    if (m_actor.role == Role::Student)
        return Status::failure(tr("Only the secretariat or the advisor records signatures."));
    if (!m_repo || isReadOnly())
        return Status::failure(tr("This database is open read-only: nothing can be changed."));
    if (date.isValid() && date > today())
        return Status::failure(tr("A signature cannot be dated in the future (%1).").arg(formatDate(date)));
    const WorkflowState state = current->state;
    if (state != WorkflowState::Approved && state != WorkflowState::SentForSignature && state != WorkflowState::Signed
        && state != WorkflowState::InProgress)
        return Status::failure(
            tr("Signatures are recorded once the proposal is approved (it is %1).").arg(Workflow::stateName(state)));
    Internship after = *current;
    QDate* slot = nullptr;
    QString whoText;
    switch (who) {
    case Signatory::Student:
        slot = &after.signatures.student;
        whoText = tr("the student");
        break;
    case Signatory::Host:
        slot = &after.signatures.host;
        whoText = tr("the host");
        break;
    case Signatory::Tutor:
        slot = &after.signatures.tutor;
        whoText = tr("the tutor");
        break;
    case Signatory::University:
        slot = &after.signatures.university;
        whoText = tr("the university");
        break;
    }
    if (*slot == date)
        return {};
    // The workflow has no way back from "signed": once the agreement is complete, a signature stays.
    if (!date.isValid() && state != WorkflowState::Approved && state != WorkflowState::SentForSignature)
        return Status::failure(
            tr("The agreement is %1: its signatures can no longer be removed.").arg(Workflow::stateName(state)));
    *slot = date;
    // The agreement moves along with its signatures: sent once the first is in, signed with the last.
    if (after.signatures.missingCount() < 4 && after.state == WorkflowState::Approved)
        after.state = WorkflowState::SentForSignature;
    if (after.signatures.complete() && after.state == WorkflowState::SentForSignature)
        after.state = WorkflowState::Signed;
    // How it was signed is kept in the history with the change (the agreement stores the dates).
    const QString text = date.isValid() ? (electronic ? tr("Electronic signature of %1 on %2 (%3)")
                                                      : tr("Signature on paper of %1 on %2 (%3)"))
                                              .arg(whoText, formatDate(date), internshipId)
                                        : tr("Clear the signature of %1 (%2)").arg(whoText, internshipId);
    return push(text, *current, after, [&]() -> Status {
        // The signature is saved first, then each state change goes through the workflow so that it is
        // stored as a transition, all in one transaction.
        Internship signedOnly = after;
        signedOnly.state = current->state;
        QList<WorkflowState> path;
        if (current->state == WorkflowState::Approved && after.state != WorkflowState::Approved)
            path.append(WorkflowState::SentForSignature);
        if (after.state == WorkflowState::Signed && current->state != WorkflowState::Signed)
            path.append(WorkflowState::Signed);
        Status s = writeStamped(ItemKind::Internship, internshipId, [&]() -> Status {
            if (Status saved = m_repo->saveInternship(m_year, signedOnly, m_actor.name); !saved)
                return saved;
            WorkflowState from = current->state;
            for (WorkflowState to : path) {
                if (Status moved =
                        m_repo->transition(m_year, ItemKind::Internship, internshipId, from, to, m_actor, text, {});
                    !moved)
                    return moved;
                from = to;
            }
            return {};
        });
        if (!s)
            return s;
        recheck(replaceInCohort(Item(after)));
        emit itemChanged(ItemKind::Internship, internshipId);
        return {};
    });
}

Status Workspace::attachReport(ItemKind kind, const QString& id, const QString& pdfPath)
{
    const std::optional<Item> before = item(kind, id);
    if (!before)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (m_actor.role == Role::Student)
        return Status::failure(tr("Only the secretariat or the advisor records a report as received."));
    if (Status s = checkEditable(kind, id); !s)
        return s;
    if (!m_repo || isReadOnly())
        return Status::failure(tr("This database is open read-only: nothing can be changed."));
    const Result<PdfInfo> info = PdfInfo::read(pdfPath);
    if (!info)
        return Status::failure(info.error());
    Document doc;
    doc.itemKind = kind;
    doc.itemId = id;
    doc.kind = DocumentKind::Report;
    doc.fileName = QFileInfo(pdfPath).fileName();
    doc.mediaType = QStringLiteral("application/pdf");
    doc.pageCount = info->pageCount;
    doc.content = info->content;
    Item after = *before;
    std::visit(
        [&](auto& i) {
            if constexpr (requires { i.reportPages; })
                i.reportPages = info->pageCount;
        },
        after);
    qint64 documentId = 0;
    const QString text = tr("Report of %n page(s) for %1", nullptr, info->pageCount).arg(id);
    Status s = [&]() -> Status {
        const Status written = writeStamped(kind, id, [&]() -> Status {
            Result<qint64> attached = m_repo->attachDocument(m_year, doc, m_actor.name);
            if (!attached)
                return Status::failure(attached.error());
            documentId = attached.value();
            return {};
        });
        if (!written)
            return written;
        recheck(replaceInCohort(after));
        emit itemChanged(kind, id);
        return {};
    }();
    if (!s)
        return s;
    auto* command = new ItemCommand(*this, text, before, after, kind, id);
    command->setDocument(documentId);
    m_undo->push(command);
    emit message(text);
    return {};
}

Status Workspace::setProofReceived(const QString& internshipId, bool received)
{
    const Internship* current = internship(internshipId);
    if (!current)
        return Status::failure(tr("There is no internship %1.").arg(internshipId));
    if (Status s = checkEditable(ItemKind::Internship, internshipId); !s)
        return s;
    if (m_actor.role == Role::Student)
        return Status::failure(tr("Only the secretariat or the advisor records the proof of completion."));
    Internship after = *current;
    after.proof = received;
    return push(received ? tr("Proof of completion received (%1)").arg(internshipId)
                         : tr("Proof of completion removed (%1)").arg(internshipId),
                *current, after);
}

Status Workspace::setTerGrade(const QString& terId, std::optional<double> grade)
{
    const Ter* current = ter(terId);
    if (!current)
        return Status::failure(tr("There is no TER %1.").arg(terId));
    if (Status s = checkEditable(ItemKind::Ter, terId); !s)
        return s;
    if (m_actor.role != Role::Advisor)
        return Status::failure(tr("Only the advisor records grades."));
    if (grade && (*grade < 0.0 || *grade > 20.0))
        return Status::failure(tr("A grade is between 0 and 20."));
    Ter after = *current;
    after.grade = grade;
    return push(grade ? tr("Grade %1/20 for %2").arg(QLocale().toString(*grade, 'f', 1), terId)
                      : tr("Grade removed (%1)").arg(terId),
                *current, after);
}

Status Workspace::saveRules(const RuleSet& rules)
{
    if (!m_repo || isReadOnly())
        return Status::failure(tr("This database is open read-only: nothing can be changed."));
    if (m_actor.role != Role::Advisor)
        return Status::failure(tr("Only the advisor changes the rules of the year."));
    RuleSet after = rules;
    after.year = m_year;
    if (after == m_cohort.rules)
        return {};
    const RuleSet before = m_cohort.rules;
    if (Status s = writeRules(after); !s)
        return s;
    const QString text = tr("Change the rules of %1").arg(m_year.toString());
    m_undo->push(new RulesCommand(*this, text, before, after));
    emit message(tr("Rules of %1 saved; the checks ran again.").arg(m_year.toString()));
    return {};
}

Status Workspace::writeRules(const RuleSet& rules)
{
    if (!m_repo)
        return Status::failure(tr("No database is open."));
    if (Status s = m_repo->saveRules(rules, m_actor.name); !s)
        return s;
    m_cohort.rules = rules;
    recheck();
    emit rulesChanged();
    return {};
}

Result<ProposalImport::Plan> Workspace::planProposal(const ProposalFile& file) const
{
    if (!m_repo)
        return Result<ProposalImport::Plan>::failure(tr("No database is open."));
    return ProposalImport::plan(*m_repo, file);
}

Result<QList<ProposalImport::Plan>> Workspace::importProposals(const QList<ProposalFile>& files,
                                                               const QList<int>& createStudents)
{
    using R = Result<QList<ProposalImport::Plan>>;
    if (!m_repo)
        return R::failure(tr("No database is open."));
    if (m_actor.role == Role::Student)
        return R::failure(tr("Only the advisor or the secretariat imports proposals."));
    QList<ProposalImport::Plan> plans;
    const Status done = m_repo->inTransaction([&]() -> Status {
        for (qsizetype i = 0; i < files.size(); ++i) {
            ProposalImport::Options options;
            options.actor = m_actor.name;
            options.createStudent = createStudents.contains(int(i));
            const Result<ProposalImport::Plan> plan = ProposalImport::apply(*m_repo, files.at(i), options);
            if (!plan)
                return Status::failure(plan.error());
            plans.append(plan.value());
        }
        return {};
    });
    if (!done)
        return R::failure(done.error());
    bool shown = false;
    for (const ProposalFile& f : files)
        shown = shown || f.year == m_year;
    if (shown) {
        m_undo->clear();
        startLoading(m_year);
    }
    emit message(tr("%n proposal(s) imported.", nullptr, int(files.size())));
    return plans;
}

Result<ProposalReply> Workspace::replyFor(const QString& itemId) const
{
    if (!m_repo)
        return Result<ProposalReply>::failure(tr("No database is open."));
    return ProposalImport::reply(*m_repo, m_year, itemId);
}

Result<QList<AuditEntry>> Workspace::history(ItemKind kind, const QString& id) const
{
    if (!m_repo)
        return Result<QList<AuditEntry>>::failure(tr("No database is open."));
    return m_repo->itemHistory(m_year, kind, id);
}

Result<QList<TransitionRecord>> Workspace::transitions(ItemKind kind, const QString& id) const
{
    if (!m_repo)
        return Result<QList<TransitionRecord>>::failure(tr("No database is open."));
    return m_repo->transitions(m_year, kind, id);
}

Result<QList<Document>> Workspace::documents(ItemKind kind, const QString& id) const
{
    if (!m_repo)
        return Result<QList<Document>>::failure(tr("No database is open."));
    return m_repo->documents(m_year, kind, id);
}

// --- student ---

Status Workspace::recordDecision(ItemKind kind, const QString& id, WorkflowState to, const QString& comment,
                                 const QString& decidedBy, const QDateTime& decidedAt)
{
    const std::optional<Item> before = item(kind, id);
    if (!before)
        return Status::failure(tr("There is no %1 %2.").arg(itemKindName(kind), id));
    if (!m_repo || isReadOnly())
        return Status::failure(tr("This database is open read-only: nothing can be changed."));
    if (isLoading())
        return Status::failure(tr("The year is still loading."));
    const WorkflowState from = stateOf(*before);
    if (from == to)
        return Status::failure(tr("The %1 is already %2.").arg(itemKindName(kind), Workflow::stateName(to)));
    // The student's copy may still be a draft (submitted by file, not marked) or sent back: it went to the
    // advisor, who decided on it.
    const QList<WorkflowState> direct = Workflow::targets(from);
    const bool viaSubmitted = !direct.contains(to) && direct.contains(WorkflowState::Submitted)
                              && Workflow::targets(WorkflowState::Submitted).contains(to);
    if (!direct.contains(to) && !viaSubmitted)
        return Status::failure(tr("The %1 is %2 here: it cannot become %3.")
                                   .arg(itemKindName(kind), Workflow::stateName(from), Workflow::stateName(to)));
    Actor advisor;
    advisor.name = decidedBy.trimmed().isEmpty() ? tr("the advisor") : decidedBy.trimmed();
    advisor.role = Role::Advisor;
    Item after = *before;
    setState(after, to);
    const QString text = tr("Advisor's decision: %1 (%2 %3)").arg(Workflow::stateName(to), itemKindName(kind), id);
    return push(text, *before, after, [&]() -> Status {
        // The transition is dated when the advisor decided, not when the reply was read.
        if (decidedAt.isValid())
            m_repo->setClock([decidedAt] { return decidedAt; });
        const Status written = writeStamped(kind, id, [&]() -> Status {
            WorkflowState current = from;
            if (viaSubmitted) {
                if (Status s = m_repo->transition(m_year, kind, id, current, WorkflowState::Submitted, advisor, {}, {});
                    !s)
                    return s;
                current = WorkflowState::Submitted;
            }
            // A reply without a reason still records the decision (the workflow wants one for a refusal).
            const QString why = comment.trimmed().isEmpty() && Workflow::needsComment(current, to)
                                    ? tr("(The reply gives no reason.)")
                                    : comment;
            return m_repo->transition(m_year, kind, id, current, to, advisor, why, {});
        });
        m_repo->setClock(m_clock);
        if (!written)
            return written;
        recheck(replaceInCohort(after));
        emit itemChanged(kind, id);
        return {};
    });
}

// --- end student ---

} // namespace interntrack

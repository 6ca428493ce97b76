#include "TestSupport.h"
#include "domain/Offer.h"
#include "io/OffersFile.h"
#include "storage/Database.h"
#include "storage/OfferRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace interntrack;
using interntrack::test::d;

Q_DECLARE_METATYPE(interntrack::ApplicationState)

namespace {

const QDateTime kNow(QDate(2026, 1, 15), QTime(10, 30, 0, 250), Qt::UTC);
const AcademicYear kYear{2025};

/// An offer with every field set to something other than its default.
Offer nlpOffer()
{
    Offer o;
    o.year = kYear;
    o.hostName = QStringLiteral("Laboratoire Interdisciplinaire des Sciences du Numérique");
    o.hostKind = HostKind::PublicLab;
    o.aiResearch = true;
    o.city = QStringLiteral("Orsay");
    o.country = QStringLiteral("France");
    o.title = QStringLiteral("Étude des modèles de langue \"quoted\"; DROP TABLE offers;--");
    o.topics = {QStringLiteral("NLP"), QStringLiteral("Traitement automatique des langues"), QStringLiteral("LLM")};
    o.description = QStringLiteral("Two lines\nof description, with ünïcödé and 李雷.");
    o.startEarliest = d("2026-04-06");
    o.startLatest = d("2026-05-04");
    o.weeks = 20;
    o.gratificationEur = 659.76;
    o.contactName = QStringLiteral("Dr. Marie Curie");
    o.contactEmail = QStringLiteral("curie@lisn.fr");
    o.url = QStringLiteral("https://lisn.example.org/offres/42");
    o.posted = d("2025-11-20");
    o.closed = false;
    return o;
}

Offer visionOffer()
{
    Offer o;
    o.year = kYear;
    o.hostName = QStringLiteral("Vision SAS");
    o.hostKind = HostKind::Company;
    o.aiResearch = false;
    o.city = QStringLiteral("Paris");
    o.country = QStringLiteral("France");
    o.title = QStringLiteral("Segmentation d'images médicales");
    o.topics = {QStringLiteral("Computer vision"), QStringLiteral("Santé")};
    o.startEarliest = d("2026-06-01");
    o.weeks = 12;
    o.gratificationEur = 1200;
    o.contactName = QStringLiteral("Alan Turing");
    return o;
}

Offer undatedOffer()
{
    Offer o;
    o.year = kYear;
    o.hostName = QStringLiteral("Somewhere");
    o.title = QStringLiteral("An undated TER subject");
    o.topics = {QStringLiteral("Optimisation")};
    o.closed = true;
    return o;
}

} // namespace

class TestOffers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // domain
    void stateCodes();
    void canMove_data();
    void canMove();
    void internshipFromOfferFields();
    void internshipFromOfferWithoutDates();
    void filterFolds();

    // storage
    void migrationCreatesTables();
    void offerRoundTrip();
    void updateAndRemoveMissingOffer();
    void invalidOfferRefused();
    void filter_data();
    void filter();
    void applyTwiceRefused();
    void applyToClosedOrMissingOffer();
    void moves();
    void removingAnOfferRemovesItsApplications();
    void writesAreAudited();

    // io
    void fileRoundTrip();
    void fileSaveLoad();
    void fileMalformed_data();
    void fileMalformed();
    void fileTruncatedFailsCleanly();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("offers.interntrack")); }
    void open(Database& db);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOffers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOffers::cleanup()
{
    m_dir.reset();
}

void TestOffers::open(Database& db)
{
    const Status s = db.open(dbPath());
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

// Domain --------------------------------------------------------------------------------------------

void TestOffers::stateCodes()
{
    QCOMPARE(applicationStates().size(), 5);
    QStringList codes;
    for (ApplicationState s : applicationStates()) {
        const QString code = applicationStateCode(s);
        QVERIFY(!code.isEmpty());
        QCOMPARE(applicationStateFromCode(code), std::optional<ApplicationState>(s));
        QVERIFY(!applicationStateName(s).isEmpty());
        codes.append(code);
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("applied"), QStringLiteral("screened"), QStringLiteral("accepted"),
                                 QStringLiteral("declined"), QStringLiteral("withdrawn")}));
    QVERIFY(!applicationStateFromCode(QStringLiteral("Applied")));
    QVERIFY(!applicationStateFromCode(QString()));
}

void TestOffers::canMove_data()
{
    QTest::addColumn<ApplicationState>("from");
    QTest::addColumn<ApplicationState>("to");
    QTest::addColumn<bool>("allowed");
    using S = ApplicationState;
    const QList<std::pair<S, S>> allowed = {
        {S::Applied, S::Screened},   {S::Applied, S::Declined},  {S::Applied, S::Withdrawn},
        {S::Screened, S::Accepted},  {S::Screened, S::Declined}, {S::Screened, S::Withdrawn},
        {S::Accepted, S::Withdrawn},
    };
    // Every ordered pair, the same state included: 25 rows.
    for (S from : applicationStates()) {
        for (S to : applicationStates()) {
            const QByteArray name =
                (applicationStateCode(from) + QStringLiteral("->") + applicationStateCode(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << allowed.contains(std::pair(from, to));
        }
    }
}

void TestOffers::canMove()
{
    QFETCH(ApplicationState, from);
    QFETCH(ApplicationState, to);
    QFETCH(bool, allowed);
    QCOMPARE(canMoveApplication(from, to), allowed);
}

void TestOffers::internshipFromOfferFields()
{
    const Offer o = nlpOffer();
    const Internship i = internshipFromOffer(o, QStringLiteral("s7"));
    QCOMPARE(i.studentId, QStringLiteral("s7"));
    QVERIFY(i.id.isEmpty());
    QCOMPARE(i.host.name, o.hostName);
    QCOMPARE(i.host.kind, HostKind::PublicLab);
    QCOMPARE(i.host.aiResearch, true);
    QCOMPARE(i.host.city, QStringLiteral("Orsay"));
    QCOMPARE(i.host.country, QStringLiteral("France"));
    QVERIFY(i.host.address.isEmpty());
    QCOMPARE(i.subject, o.title);
    QCOMPARE(i.start, d("2026-04-06"));
    // 20 weeks from Monday 6 April: the last day is Sunday 23 August (6 April + 139 days).
    QCOMPARE(i.end, d("2026-08-23"));
    QCOMPARE(i.start.daysTo(i.end) + 1, 20 * 7);
    QCOMPARE(i.gratification.amountEur, 659.76);
    QCOMPARE(i.gratification.per, GratificationPer::Month);
    QCOMPARE(i.tutor.name, QStringLiteral("Dr. Marie Curie"));
    QCOMPARE(i.tutor.email, QStringLiteral("curie@lisn.fr"));
    QVERIFY(i.tutor.phone.isEmpty());
    QCOMPARE(i.state, WorkflowState::Draft);

    Offer company = visionOffer();
    const Internship j = internshipFromOffer(company, QStringLiteral("s1"));
    QCOMPARE(j.host.kind, HostKind::Company);
    QCOMPARE(j.host.aiResearch, false);
    QCOMPARE(j.end, d("2026-08-23")); // 1 June + 12 weeks - 1 day
}

void TestOffers::internshipFromOfferWithoutDates()
{
    Offer o = undatedOffer();
    o.weeks = 10;
    Internship i = internshipFromOffer(o, QStringLiteral("s1"));
    QVERIFY(!i.start.isValid());
    QVERIFY(!i.end.isValid());
    o.startEarliest = d("2026-05-04");
    o.weeks = 0;
    i = internshipFromOffer(o, QStringLiteral("s1"));
    QCOMPARE(i.start, d("2026-05-04"));
    QVERIFY(!i.end.isValid());
}

void TestOffers::filterFolds()
{
    QCOMPARE(OfferFilter::fold(QStringLiteral("Élève ÇA Noël")), QStringLiteral("eleve ca noel"));
    OfferFilter f;
    f.topic = QStringLiteral("sante");
    QVERIFY(f.matches(visionOffer()));
    QVERIFY(!f.matches(nlpOffer()));
    f = {};
    f.text = QStringLiteral("ÉTUDE");
    QVERIFY(f.matches(nlpOffer()));
    f.text = QStringLiteral("numerique");
    QVERIFY(f.matches(nlpOffer()));
    QVERIFY(!f.matches(visionOffer()));
}

// Storage -------------------------------------------------------------------------------------------

void TestOffers::migrationCreatesTables()
{
    Database db;
    open(db);
    QVERIFY(db.schemaVersion() >= 3);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('offers', "
                                  "'applications') ORDER BY name")));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("applications"), QStringLiteral("offers")}));
    // The CHECK on states is there.
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO offers (academic_year, host_name, host_kind, ai_research, city, country, "
                              "title, topics, description, weeks, gratification_eur, contact_name, contact_email, "
                              "url, closed) VALUES ('2025-2026', 'h', 'company', 0, '', '', 't', '', '', 1, 0, '', "
                              "'', '', 0)")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO applications (offer_id, student_id, state, changed_at, note) "
                                   "VALUES (1, 's1', 'hired', '', '')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO applications (offer_id, student_id, state, changed_at, note) "
                                  "VALUES (1, 's1', 'applied', '', '')")));
    // And the foreign key.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO applications (offer_id, student_id, state, changed_at, note) "
                                   "VALUES (99, 's1', 'applied', '', '')")));
}

void TestOffers::offerRoundTrip()
{
    QList<Offer> added = {nlpOffer(), visionOffer(), undatedOffer()};
    {
        Database db;
        open(db);
        OfferRepository repo(db, QStringLiteral("Advisor"));
        repo.setClock([] { return kNow; });
        for (Offer& o : added) {
            const Result<qint64> id = repo.addOffer(o);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            QVERIFY(id.value() > 0);
            o.id = id.value();
        }
        QVERIFY(added[0].id != added[1].id);
        const Result<Offer> one = repo.offer(added[0].id);
        QVERIFY2(one.ok(), qPrintable(one.error()));
        QCOMPARE(one.value(), added[0]);
    }
    // After closing and opening the file again; sorted by earliest start, undated last.
    Database db;
    open(db);
    OfferRepository repo(db);
    const Result<QList<Offer>> all = repo.offers(kYear);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0), added[0]);
    QCOMPARE(all->at(1), added[1]);
    QCOMPARE(all->at(2), added[2]);
    // Another year holds none of them.
    QCOMPARE(repo.offers(AcademicYear{2026}).value().size(), 0);

    // Update every field.
    Offer changed = added[1];
    changed.title = QStringLiteral("Segmentation 3D");
    changed.topics = {QStringLiteral("3D")};
    changed.startLatest = d("2026-06-15");
    changed.closed = true;
    changed.year = AcademicYear{2026};
    const Status s = repo.updateOffer(changed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(repo.offer(changed.id).value(), changed);
    QCOMPARE(repo.offers(kYear).value().size(), 2);
    QCOMPARE(repo.offers(AcademicYear{2026}).value(), QList<Offer>{changed});

    QVERIFY(repo.removeOffer(added[0].id).ok());
    QVERIFY(!repo.offer(added[0].id).ok());
    QCOMPARE(repo.offers(kYear).value(), QList<Offer>{added[2]});
}

void TestOffers::updateAndRemoveMissingOffer()
{
    Database db;
    open(db);
    OfferRepository repo(db);
    Offer o = nlpOffer();
    o.id = 42;
    const Status updated = repo.updateOffer(o);
    QVERIFY(!updated.ok());
    QVERIFY2(updated.error().contains(QStringLiteral("#42")), qPrintable(updated.error()));
    QVERIFY(!repo.removeOffer(42).ok());
    QVERIFY(!repo.offer(42).ok());
}

void TestOffers::invalidOfferRefused()
{
    Database db;
    open(db);
    OfferRepository repo(db);
    Offer o = nlpOffer();
    o.title = QStringLiteral("  ");
    QVERIFY(!repo.addOffer(o).ok());
    o = nlpOffer();
    o.startLatest = d("2026-01-01");
    const Result<qint64> r = repo.addOffer(o);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("2026-01-01")), qPrintable(r.error()));
    o = nlpOffer();
    o.topics = {QStringLiteral("a, b")};
    QVERIFY(!repo.addOffer(o).ok());
    o = nlpOffer();
    o.weeks = -1;
    QVERIFY(!repo.addOffer(o).ok());
    o = nlpOffer();
    o.year = AcademicYear{};
    QVERIFY(!repo.addOffer(o).ok());
    QCOMPARE(repo.offers(kYear).value().size(), 0);
}

void TestOffers::filter_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("onlyOpen");
    QTest::addColumn<QStringList>("hosts"); // of the offers listed, in order

    const QString nlp = nlpOffer().hostName;
    const QString vision = visionOffer().hostName;
    const QString undated = undatedOffer().hostName;
    QTest::newRow("none") << QString() << QString() << QDate() << QDate() << false << QStringList{nlp, vision, undated};
    QTest::newRow("only-open") << QString() << QString() << QDate() << QDate() << true << QStringList{nlp, vision};
    QTest::newRow("topic-substring") << QStringLiteral("vision") << QString() << QDate() << QDate() << false
                                     << QStringList{vision};
    QTest::newRow("topic-case-accents") << QStringLiteral("SANTE") << QString() << QDate() << QDate() << false
                                        << QStringList{vision};
    QTest::newRow("topic-not-in-title") << QStringLiteral("Segmentation") << QString() << QDate() << QDate() << false
                                        << QStringList{};
    QTest::newRow("text-title") << QString() << QStringLiteral("segmentation") << QDate() << QDate() << false
                                << QStringList{vision};
    QTest::newRow("text-accents") << QString() << QStringLiteral("etude des MODELES") << QDate() << QDate() << false
                                  << QStringList{nlp};
    QTest::newRow("text-city") << QString() << QStringLiteral("orsay") << QDate() << QDate() << false
                               << QStringList{nlp};
    QTest::newRow("text-none") << QString() << QStringLiteral("quantum") << QDate() << QDate() << false
                               << QStringList{};
    // nlp may start 2026-04-06 … 2026-05-04; vision on 2026-06-01 only.
    QTest::newRow("from-in-window") << QString() << QString() << d("2026-05-04") << QDate() << false
                                    << QStringList{nlp, vision};
    QTest::newRow("from-after-window") << QString() << QString() << d("2026-05-05") << QDate() << false
                                       << QStringList{vision};
    QTest::newRow("to-before-vision") << QString() << QString() << QDate() << d("2026-05-31") << false
                                      << QStringList{nlp};
    QTest::newRow("to-on-vision") << QString() << QString() << QDate() << d("2026-06-01") << false
                                  << QStringList{nlp, vision};
    QTest::newRow("to-before-all") << QString() << QString() << QDate() << d("2026-04-05") << false << QStringList{};
    QTest::newRow("range-between") << QString() << QString() << d("2026-05-10") << d("2026-05-20") << false
                                   << QStringList{};
    QTest::newRow("range-one-day") << QString() << QString() << d("2026-04-20") << d("2026-04-20") << false
                                   << QStringList{nlp};
    QTest::newRow("topic-and-dates") << QStringLiteral("nlp") << QString() << d("2026-06-01") << QDate() << false
                                     << QStringList{};
}

void TestOffers::filter()
{
    QFETCH(QString, topic);
    QFETCH(QString, text);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, onlyOpen);
    QFETCH(QStringList, hosts);

    Database db;
    open(db);
    OfferRepository repo(db);
    QList<Offer> all;
    for (const Offer& o : {undatedOffer(), visionOffer(), nlpOffer()}) {
        Offer stored = o;
        stored.id = repo.addOffer(o).value();
        all.append(stored);
    }
    Offer otherYear = nlpOffer();
    otherYear.year = AcademicYear{2026};
    QVERIFY(repo.addOffer(otherYear).ok());

    OfferFilter f;
    f.topic = topic;
    f.text = text;
    f.startFrom = from;
    f.startTo = to;
    f.onlyOpen = onlyOpen;
    const Result<QList<Offer>> listed = repo.offers(kYear, f);
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QStringList got;
    for (const Offer& o : listed.value())
        got.append(o.hostName);
    QCOMPARE(got, hosts);
    // OfferFilter::matches says the same as the database.
    QStringList inMemory;
    for (const Offer& o : all) {
        if (f.matches(o))
            inMemory.append(o.hostName);
    }
    std::sort(inMemory.begin(), inMemory.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(inMemory, got);
}

void TestOffers::applyTwiceRefused()
{
    Database db;
    open(db);
    OfferRepository repo(db);
    repo.setClock([] { return kNow; });
    const qint64 offerId = repo.addOffer(nlpOffer()).value();
    const Result<qint64> first = repo.apply(offerId, QStringLiteral("s1"), QStringLiteral("CV attached"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const Result<qint64> again = repo.apply(offerId, QStringLiteral("s1"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already applied")), qPrintable(again.error()));
    // Even once withdrawn: one application per student and offer.
    QVERIFY(repo.moveApplication(first.value(), ApplicationState::Withdrawn).ok());
    QVERIFY(!repo.apply(offerId, QStringLiteral("s1")).ok());
    // The database refuses a second row by itself too.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO applications (offer_id, student_id, state, changed_at, note) "
                             "VALUES (?, 's1', 'applied', '', '')"));
    q.addBindValue(offerId);
    QVERIFY(!q.exec());
    // Another student may apply.
    const Result<qint64> other = repo.apply(offerId, QStringLiteral("s2"));
    QVERIFY2(other.ok(), qPrintable(other.error()));

    const Result<QList<Application>> ofOffer = repo.applicationsOfOffer(offerId);
    QVERIFY(ofOffer.ok());
    QCOMPARE(ofOffer->size(), 2);
    const Application& a = ofOffer->at(0);
    QCOMPARE(a.id, first.value());
    QCOMPARE(a.offerId, offerId);
    QCOMPARE(a.studentId, QStringLiteral("s1"));
    QCOMPARE(a.state, ApplicationState::Withdrawn);
    QCOMPARE(a.changedAt, kNow);
    QCOMPARE(ofOffer->at(1).state, ApplicationState::Applied);
    QCOMPARE(ofOffer->at(1).note, QString());
    QCOMPARE(repo.applicationsOfStudent(QStringLiteral("s2")).value().size(), 1);
    QCOMPARE(repo.applicationsOfStudent(QStringLiteral("s3")).value().size(), 0);
    QVERIFY(!repo.apply(offerId, QStringLiteral(" ")).ok());
}

void TestOffers::applyToClosedOrMissingOffer()
{
    Database db;
    open(db);
    OfferRepository repo(db);
    const qint64 closed = repo.addOffer(undatedOffer()).value();
    const Result<qint64> r = repo.apply(closed, QStringLiteral("s1"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("closed")), qPrintable(r.error()));
    QVERIFY(!repo.apply(closed + 100, QStringLiteral("s1")).ok());
    QCOMPARE(repo.applicationsOfStudent(QStringLiteral("s1")).value().size(), 0);
}

void TestOffers::moves()
{
    Database db;
    open(db);
    OfferRepository repo(db);
    QDateTime now = kNow;
    repo.setClock([&now] { return now; });
    const qint64 offerId = repo.addOffer(nlpOffer()).value();
    const qint64 id = repo.apply(offerId, QStringLiteral("s1")).value();

    // applied → accepted skips the host's screening: refused, nothing changes.
    Status s = repo.moveApplication(id, ApplicationState::Accepted, QStringLiteral("too fast"));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(applicationStateName(ApplicationState::Accepted)), qPrintable(s.error()));
    QCOMPARE(repo.application(id).value().state, ApplicationState::Applied);
    QCOMPARE(repo.application(id).value().note, QString());

    now = now.addDays(3);
    s = repo.moveApplication(id, ApplicationState::Screened, QStringLiteral("Interview on Monday"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
    Application a = repo.application(id).value();
    QCOMPARE(a.state, ApplicationState::Screened);
    QCOMPARE(a.note, QStringLiteral("Interview on Monday"));
    QCOMPARE(a.changedAt, now);

    QVERIFY(!repo.moveApplication(id, ApplicationState::Screened).ok()); // already there
    now = now.addDays(4);
    QVERIFY(repo.moveApplication(id, ApplicationState::Accepted, QStringLiteral("Welcome!")).ok());
    QVERIFY(!repo.moveApplication(id, ApplicationState::Declined).ok());
    QVERIFY(repo.moveApplication(id, ApplicationState::Withdrawn, QStringLiteral("Chose another offer")).ok());
    s = repo.moveApplication(id, ApplicationState::Applied);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("final")), qPrintable(s.error()));
    a = repo.application(id).value();
    QCOMPARE(a.state, ApplicationState::Withdrawn);
    QCOMPARE(a.note, QStringLiteral("Chose another offer"));

    QVERIFY(!repo.moveApplication(id + 100, ApplicationState::Screened).ok());
}

void TestOffers::removingAnOfferRemovesItsApplications()
{
    Database db;
    open(db);
    OfferRepository repo(db);
    const qint64 gone = repo.addOffer(nlpOffer()).value();
    const qint64 kept = repo.addOffer(visionOffer()).value();
    QVERIFY(repo.apply(gone, QStringLiteral("s1")).ok());
    QVERIFY(repo.apply(gone, QStringLiteral("s2")).ok());
    QVERIFY(repo.apply(kept, QStringLiteral("s1")).ok());
    QCOMPARE(repo.applicationsOfStudent(QStringLiteral("s1")).value().size(), 2);

    QVERIFY(repo.removeOffer(gone).ok());
    QCOMPARE(repo.applicationsOfOffer(gone).value().size(), 0);
    const QList<Application> left = repo.applicationsOfStudent(QStringLiteral("s1")).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).offerId, kept);
    QCOMPARE(repo.applicationsOfStudent(QStringLiteral("s2")).value().size(), 0);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM applications")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestOffers::writesAreAudited()
{
    Database db;
    open(db);
    OfferRepository repo(db, QStringLiteral("Prof. Turing"));
    repo.setClock([] { return kNow; });
    const qint64 offerId = repo.addOffer(nlpOffer()).value();
    const qint64 id = repo.apply(offerId, QStringLiteral("s1")).value();
    QVERIFY(repo.moveApplication(id, ApplicationState::Screened).ok());
    QVERIFY(!repo.moveApplication(id, ApplicationState::Applied).ok()); // refused: no audit row
    QVERIFY(repo.removeOffer(offerId).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT table_name, action, actor FROM audit_log WHERE table_name IN ('offers', "
                                  "'applications') ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows.append(
            QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    QCOMPARE(rows, (QStringList{QStringLiteral("offers insert Prof. Turing"),
                                QStringLiteral("applications insert Prof. Turing"),
                                QStringLiteral("applications update Prof. Turing"),
                                QStringLiteral("applications delete Prof. Turing"),
                                QStringLiteral("offers delete Prof. Turing")}));
}

// Offers file ---------------------------------------------------------------------------------------

void TestOffers::fileRoundTrip()
{
    QList<Offer> offers = {nlpOffer(), visionOffer(), undatedOffer()};
    for (qsizetype i = 0; i < offers.size(); ++i)
        offers[i].id = 10 + i;
    const QByteArray bytes = OffersFile::write(kYear, offers);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("interntrack-offers"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("academic_year")).toString(), QStringLiteral("2025-2026"));
    QCOMPARE(root.value(QStringLiteral("offers")).toArray().size(), 3);

    const Result<OffersFile::Contents> read = OffersFile::read(bytes, QStringLiteral("x.interntrack-offers"));
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read->year, kYear);
    QCOMPARE(read->offers, offers);

    const Result<OffersFile::Contents> empty = OffersFile::read(OffersFile::write(kYear, {}), QStringLiteral("e"));
    QVERIFY(empty.ok());
    QVERIFY(empty->offers.isEmpty());
}

void TestOffers::fileSaveLoad()
{
    const QString path = m_dir->filePath(QStringLiteral("m1") + OffersFile::suffix());
    const QList<Offer> offers = {nlpOffer()};
    QVERIFY(OffersFile::save(path, kYear, offers).ok());
    const Result<OffersFile::Contents> loaded = OffersFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->offers, offers);
    const Result<OffersFile::Contents> missing = OffersFile::load(m_dir->filePath(QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("nope")));
    QVERIFY(!OffersFile::save(m_dir->filePath(QStringLiteral("no/such/dir/x")), kYear, offers).ok());
}

void TestOffers::fileMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // substrings of the message

    QJsonObject good =
        QJsonDocument::fromJson(OffersFile::write(kYear, {nlpOffer(), visionOffer(), visionOffer()})).object();
    const auto edited = [&](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject root = good;
        edit(root);
        return QJsonDocument(root).toJson();
    };
    const auto offerEdited = [&](int index, const std::function<void(QJsonObject&)>& edit) {
        return edited([&](QJsonObject& root) {
            QJsonArray list = root.value(QStringLiteral("offers")).toArray();
            QJsonObject o = list.at(index).toObject();
            edit(o);
            list[index] = o;
            root[QStringLiteral("offers")] = list;
        });
    };

    QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("f.interntrack-offers is empty")};
    QTest::newRow("blank") << QByteArray(" \n") << QStringList{QStringLiteral("is empty")};
    QTest::newRow("not-json") << QByteArray("name,title\nx,y\n") << QStringList{QStringLiteral("not complete JSON")};
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                            << QStringList{QStringLiteral("not complete JSON")};
    QTest::newRow("array") << QByteArray("[]") << QStringList{QStringLiteral("not an InternTrack offers file")};
    QTest::newRow("foreign-format") << edited([](QJsonObject& r) {
        r[QStringLiteral("format")] = QStringLiteral("interntrack-proposal");
    }) << QStringList{QStringLiteral("not an InternTrack offers file"), QStringLiteral("\"interntrack-proposal\"")};
    QTest::newRow("no-format") << edited([](QJsonObject& r) { r.remove(QStringLiteral("format")); })
                               << QStringList{QStringLiteral("not an InternTrack offers file")};
    QTest::newRow("newer-version") << edited([](QJsonObject& r) { r[QStringLiteral("version")] = 2; })
                                   << QStringList{QStringLiteral("newer version"), QStringLiteral("version 2")};
    QTest::newRow("bad-version") << edited([](QJsonObject& r) { r[QStringLiteral("version")] = QStringLiteral("1"); })
                                 << QStringList{QStringLiteral("version: \"1\"")};
    QTest::newRow("bad-year") << edited([](QJsonObject& r) {
        r[QStringLiteral("academic_year")] = QStringLiteral("2025");
    }) << QStringList{QStringLiteral("academic_year: \"2025\" is not an academic year")};
    QTest::newRow("no-offers") << edited([](QJsonObject& r) { r.remove(QStringLiteral("offers")); })
                               << QStringList{QStringLiteral("f.interntrack-offers: offers: is missing")};
    QTest::newRow("unknown-top-key") << edited([](QJsonObject& r) { r[QStringLiteral("extra")] = 1; })
                                     << QStringList{QStringLiteral("extra: unknown key")};
    QTest::newRow("bad-date") << offerEdited(2, [](QJsonObject& o) {
        o[QStringLiteral("start_earliest")] = QStringLiteral("2026-13-01");
    }) << QStringList{QStringLiteral("offers[2].start_earliest: \"2026-13-01\" is not a date")};
    QTest::newRow("date-with-time") << offerEdited(0, [](QJsonObject& o) {
        o[QStringLiteral("posted")] = QStringLiteral("2025-11-20T10:00");
    }) << QStringList{QStringLiteral("offers[0].posted: \"2025-11-20T10:00\" is not a date")};
    QTest::newRow("date-number") << offerEdited(1, [](QJsonObject& o) { o[QStringLiteral("start_latest")] = 20260601; })
                                 << QStringList{QStringLiteral("offers[1].start_latest: 20260601 is not a date")};
    QTest::newRow("dates-reversed") << offerEdited(0, [](QJsonObject& o) {
        o[QStringLiteral("start_latest")] = QStringLiteral("2026-01-01");
    }) << QStringList{QStringLiteral("offers[0].start_latest: 2026-01-01 is before start_earliest")};
    QTest::newRow("missing-key") << offerEdited(1, [](QJsonObject& o) { o.remove(QStringLiteral("city")); })
                                 << QStringList{QStringLiteral("offers[1].city: is missing")};
    QTest::newRow("two-problems") << offerEdited(1,
                                                 [](QJsonObject& o) {
                                                     o.remove(QStringLiteral("title"));
                                                     o[QStringLiteral("weeks")] = 2.5;
                                                 })
                                  << QStringList{QStringLiteral("offers[1].title: is missing"),
                                                 QStringLiteral("offers[1].weeks: 2.5 is not a whole number")};
    QTest::newRow("unknown-offer-key") << offerEdited(0, [](QJsonObject& o) { o[QStringLiteral("salary")] = 3; })
                                       << QStringList{QStringLiteral("offers[0].salary: unknown key")};
    QTest::newRow("bad-kind") << offerEdited(0, [](QJsonObject& o) {
        o[QStringLiteral("host_kind")] = QStringLiteral("lab");
    }) << QStringList{QStringLiteral("offers[0].host_kind: \"lab\"")};
    QTest::newRow("bool-as-text") << offerEdited(0, [](QJsonObject& o) {
        o[QStringLiteral("closed")] = QStringLiteral("no");
    }) << QStringList{QStringLiteral("offers[0].closed: \"no\" is not true or false")};
    QTest::newRow("negative-pay") << offerEdited(0, [](QJsonObject& o) { o[QStringLiteral("gratification_eur")] = -5; })
                                  << QStringList{QStringLiteral("offers[0].gratification_eur: -5")};
    QTest::newRow("topic-comma") << offerEdited(0, [](QJsonObject& o) {
        o[QStringLiteral("topics")] = QJsonArray{QStringLiteral("a,b")};
    }) << QStringList{QStringLiteral("offers[0].topics[0]: \"a,b\" holds a comma")};
    QTest::newRow("topic-number") << offerEdited(0, [](QJsonObject& o) {
        o[QStringLiteral("topics")] = QJsonArray{QStringLiteral("a"), 7};
    }) << QStringList{QStringLiteral("offers[0].topics[1]: 7 is not a text")};
    QTest::newRow("title-empty") << offerEdited(0, [](QJsonObject& o) {
        o[QStringLiteral("title")] = QStringLiteral(" ");
    }) << QStringList{QStringLiteral("offers[0].title: may not be empty")};
    QTest::newRow("offer-not-object") << edited([](QJsonObject& r) { r[QStringLiteral("offers")] = QJsonArray{1}; })
                                      << QStringList{QStringLiteral("offers[0]: 1 is not an offer")};
    QTest::newRow("offers-not-array") << edited([](QJsonObject& r) { r[QStringLiteral("offers")] = QJsonObject{}; })
                                      << QStringList{QStringLiteral("offers: {} is not a list of offers")};
}

void TestOffers::fileMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const Result<OffersFile::Contents> r = OffersFile::read(bytes, QStringLiteral("f.interntrack-offers"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().isEmpty());
    for (const QString& e : expected)
        QVERIFY2(r.error().contains(e), qPrintable(QStringLiteral("«%1» not in:\n%2").arg(e, r.error())));
}

void TestOffers::fileTruncatedFailsCleanly()
{
    const QByteArray bytes = OffersFile::write(kYear, {nlpOffer(), visionOffer(), undatedOffer()});
    // The trailing newline is the only byte whose loss leaves a complete file.
    const qsizetype complete = bytes.trimmed().size();
    QVERIFY(complete > 100);
    int cuts = 0;
    for (qsizetype n = 0; n < complete; n += 7) {
        const Result<OffersFile::Contents> r =
            OffersFile::read(bytes.left(n), QStringLiteral("cut.interntrack-offers"));
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("a file cut at byte %1 was read").arg(n)));
        QVERIFY2(r.error().startsWith(QStringLiteral("cut.interntrack-offers")), qPrintable(r.error()));
        ++cuts;
    }
    QVERIFY(cuts > 10);
    // Cut inside the last offer, then closed by hand: valid JSON, but an offer lacks keys.
    const qsizetype lastBrace = bytes.lastIndexOf("\"posted\"");
    QByteArray closed = bytes.left(lastBrace);
    while (closed.endsWith(' ') || closed.endsWith('\n') || closed.endsWith(','))
        closed.chop(1);
    closed += "}], \"version\": 1}"; // "version" came after "offers"
    const Result<OffersFile::Contents> r = OffersFile::read(closed, QStringLiteral("cut"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("offers[2].posted: is missing")), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestOffers)
#include "tst_offers.moc"

#include "DemoCohort.h"

#include "domain/Profiles.h"

namespace interntrack {

namespace {

// Dates are written for 2025-2026 and moved to the requested year: months from September on fall in
// the first civil year, the others in the second (or the one before for "previous summer" items).
class Dates
{
public:
    explicit Dates(AcademicYear year)
        : m_shift(year.startYear - 2025)
    {
    }
    QDate operator()(int y, int m, int d) const
    {
        QDate date(y + m_shift, m, 1);
        return date.addDays(std::min(d, date.daysInMonth()) - 1);
    }

private:
    int m_shift;
};

Host host(const char* name, HostKind kind, bool ai, const char* city)
{
    Host h;
    h.name = QString::fromUtf8(name);
    h.kind = kind;
    h.aiResearch = ai;
    h.city = QString::fromUtf8(city);
    h.country = QStringLiteral("France");
    return h;
}

Tutor tutor(const char* name, const char* email)
{
    return Tutor{QString::fromUtf8(name), QString::fromUtf8(email), {}};
}

Override override(const char* rule, const char* reason, const QDateTime& at)
{
    return Override{QLatin1String(rule), QStringLiteral("Nona Naderi"), at, QString::fromUtf8(reason)};
}

QString paragraph(const char* topic)
{
    return QStringLiteral("The talk on %1 explained the main ideas, the data the authors used and the limits "
                          "they found. I learned how the method is evaluated fairly against simple baselines, "
                          "and it gives me concrete ideas for my own interest in trustworthy machine learning, "
                          "where careful evaluation matters as much as new models.")
        .arg(QString::fromUtf8(topic));
}

} // namespace

Cohort demoCohort(AcademicYear year)
{
    const Dates D(year);
    const int y = 2025; // the dates below are written for 2025-2026
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(year);
    c.rules.proposedSchools = {QStringLiteral("PAISS — PRAIRIE AI Summer School"),
                               QStringLiteral("ELLIS Summer School on Large-Scale AI"),
                               QStringLiteral("Deep Learning and Reinforcement Learning Summer School")};

    static const char* const names[][2] = {
        {"Amina Benali", "amina.benali"},       {"Lucas Martin", "lucas.martin"},
        {"Chloé Dubois", "chloe.dubois"},       {"Wei Zhang", "wei.zhang"},
        {"Sofia Rossi", "sofia.rossi"},         {"Yanis Haddad", "yanis.haddad"},
        {"Emma Lefèvre", "emma.lefevre"},       {"Arjun Patel", "arjun.patel"},
        {"Inès Moreau", "ines.moreau"},         {"Mateo García", "mateo.garcia"},
        {"Léa Fontaine", "lea.fontaine"},       {"Kofi Mensah", "kofi.mensah"},
        {"Camille Girard", "camille.girard"},   {"Nguyen Thi Mai", "mai.nguyen"},
        {"Hugo Lambert", "hugo.lambert"},       {"Fatou Diallo", "fatou.diallo"},
        {"Thomas Roux", "thomas.roux"},         {"Elif Yilmaz", "elif.yilmaz"},
        {"Jules Bernard", "jules.bernard"},     {"Sara Cohen", "sara.cohen"},
        {"Noah Petit", "noah.petit"},           {"Anastasia Ivanova", "anastasia.ivanova"},
        {"Rayan Bouzid", "rayan.bouzid"},       {"Manon Chevalier", "manon.chevalier"},
        {"Diego Fernández", "diego.fernandez"},
    };
    for (int i = 0; i < 25; ++i) {
        Student s;
        s.id = QStringLiteral("s%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        s.name = QString::fromUtf8(names[i][0]);
        s.email = QString::fromUtf8(names[i][1]) + QStringLiteral("@universite-paris-saclay.fr");
        s.studentNumber = QStringLiteral("2025%1").arg(1000 + i * 37);
        c.students.append(s);
    }
    auto sid = [](int n) { return QStringLiteral("s%1").arg(n, 2, 10, QLatin1Char('0')); };

    const Host inria = host("Inria Saclay — équipe TAU", HostKind::PublicLab, true, "Palaiseau");
    const Host cea = host("CEA List", HostKind::PublicLab, true, "Palaiseau");
    const Host lisn =
        host("LISN — Laboratoire Interdisciplinaire des Sciences du Numérique", HostKind::PublicLab, true, "Orsay");
    const Host l2s = host("L2S — Laboratoire des Signaux et Systèmes", HostKind::PublicLab, true, "Gif-sur-Yvette");
    const Host borelli = host("Centre Borelli, ENS Paris-Saclay", HostKind::PublicLab, true, "Gif-sur-Yvette");
    const Host criteo = host("Criteo AI Lab", HostKind::Company, true, "Paris");
    const Host hf = host("Hugging Face", HostKind::Company, true, "Paris");
    const Host owkin = host("Owkin", HostKind::Company, true, "Paris");
    const Host thales = host("Thales Research & Technology", HostKind::Company, true, "Palaiseau");
    const Host safran = host("Safran Tech", HostKind::Company, true, "Magny-les-Hameaux");
    const Host mistral = host("Mistral AI", HostKind::Company, true, "Paris");
    const Host dataiku = host("Dataiku", HostKind::Company, true, "Paris");
    const Host bakery = host("Boulangerie des Trois Moulins", HostKind::Company, false, "Orsay");

    const QDateTime decided(D(y + 1, 2, 3), QTime(10, 30));
    auto internship = [&](int n, const char* id, const Host& h, const Tutor& t, const char* subject, QDate start,
                          QDate end, QDate submitted, QDate signedOn, WorkflowState state) {
        Internship in;
        in.id = QLatin1String(id);
        in.studentId = sid(n);
        in.host = h;
        in.tutor = t;
        in.subject = QString::fromUtf8(subject);
        in.start = start;
        in.end = end;
        in.submitted = submitted;
        if (signedOn.isValid())
            in.signatures = Signatures{signedOn, signedOn.addDays(2), signedOn.addDays(2), signedOn.addDays(5)};
        in.state = state;
        in.gratification = {0, GratificationPer::Month};
        c.internships.append(in);
        return static_cast<int>(c.internships.size() - 1);
    };

    // Clean internships in every state of the workflow.
    int k = internship(1, "int-benali", inria, tutor("Michèle Sebag", "michele.sebag@inria.fr"),
                       "Causal discovery for tabular data", D(y + 1, 5, 4), D(y + 1, 6, 26), D(y + 1, 1, 12),
                       D(y + 1, 3, 2), WorkflowState::Validated);
    c.internships[k].proof = true;
    c.internships[k].reportPages = 5;
    k = internship(2, "int-martin", criteo, tutor("Vianney Perchet", "v.perchet@criteo.com"),
                   "Bandit algorithms for ad auctions", D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 1, 20),
                   D(y + 1, 3, 16), WorkflowState::Completed);
    c.internships[k].proof = true;
    c.internships[k].reportPages = 4;
    internship(3, "int-dubois", hf, tutor("Clémentine Fourrier", "clementine@huggingface.co"),
               "Evaluating small language models in French", D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 1, 8),
               D(y + 1, 3, 10), WorkflowState::InProgress);
    internship(4, "int-zhang", cea, tutor("Fabrice Michel", "fabrice.michel@cea.fr"),
               "Anomaly detection in power grids", D(y + 1, 5, 11), D(y + 1, 6, 30), D(y + 1, 2, 2), D(y + 1, 4, 7),
               WorkflowState::Signed);
    internship(5, "int-rossi", owkin, tutor("Jean Ogier du Terrail", "jean@owkin.com"),
               "Federated learning for histopathology", D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 1, 30), {},
               WorkflowState::SentForSignature);
    internship(6, "int-haddad", thales, tutor("Aurélie Martin", "aurelie.martin@thalesgroup.com"),
               "Robustness of object detectors to weather", D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 1, 15), {},
               WorkflowState::Approved);
    internship(7, "int-lefevre", l2s, tutor("Arthur Tenenhaus", "arthur.tenenhaus@l2s.centralesupelec.fr"),
               "Multi-block analysis of imaging data", D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 1, 28), {},
               WorkflowState::Submitted);
    internship(8, "int-patel", borelli, tutor("Laurent Oudre", "laurent.oudre@ens-paris-saclay.fr"),
               "Gait analysis from wearable sensors", D(y + 1, 5, 11), D(y + 1, 6, 30), {}, {}, WorkflowState::Draft);

    // Rule breakers, each with one main problem.
    internship(9, "int-moreau", safran, tutor("Julien Girard", "julien.girard@safrangroup.com"),
               "Predictive maintenance of turbofans", D(y + 1, 5, 4), D(y + 1, 6, 12), D(y + 1, 1, 9), D(y + 1, 3, 20),
               WorkflowState::ChangesRequested); // INT_MIN_DURATION: 6 weeks
    internship(10, "int-garcia", mistral, tutor("Paul Roux", "paul.roux@mistral.ai"),
               "Retrieval-augmented generation for legal texts", D(y + 1, 5, 4), D(y + 1, 7, 31), D(y + 1, 1, 5),
               D(y + 1, 3, 1), WorkflowState::Submitted); // INT_AFTER_DEADLINE, gratification required
    k = internship(11, "int-fontaine", dataiku, tutor("Marie Leclerc", "marie.leclerc@dataiku.com"),
                   "AutoML for time series", D(y + 1, 3, 2), D(y + 1, 6, 30), D(y + 1, 1, 6), D(y + 1, 2, 20),
                   WorkflowState::Submitted); // INT_TEACHING_PERIOD, INT_LEAD_TIME
    c.internships[k].gratification = {600, GratificationPer::Month}; // INT_GRATIFICATION_TOO_LOW
    k = internship(12, "int-mensah", criteo, tutor("Eustache Diemert", "e.diemert@criteo.com"), "Uplift modelling",
                   D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 3, 15), D(y + 1, 5, 12),
                   WorkflowState::Submitted); // INT_LEAD_TIME, INT_NOT_SIGNED (late)
    c.internships[k].overrides = {override("INT_LEAD_TIME",
                                           "Host's offer arrived in March; the advisor had "
                                           "discussed the subject with the host in January.",
                                           decided)};
    internship(13, "int-girard", bakery, tutor("Pierre Moulin", "contact@troismoulins.fr"), "Sales dashboard",
               D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 1, 10), {},
               WorkflowState::Rejected); // INT_HOST_NOT_AI
    k = internship(14, "int-nguyen", lisn, tutor("Anne Vilnat", "anne.vilnat@lisn.fr"), "Dialogue systems for health",
                   D(y + 1, 1, 5), D(y + 1, 6, 30), D(y, 9, 20), D(y, 12, 1),
                   WorkflowState::Approved); // part-time in the teaching period
    c.internships[k].weeklyHours = 14;
    c.internships[k].workDays = WorkDays(0x03); // Monday and Tuesday
    c.internships[k].gratification = {273, GratificationPer::Month}; // 4.50 × 14 × 52 / 12
    internship(15, "int-lambert-1", thales, tutor("Aurélie Martin", "aurelie.martin@thalesgroup.com"), "Sensor fusion",
               D(y + 1, 5, 4), D(y + 1, 6, 5), D(y + 1, 1, 10), D(y + 1, 3, 2), WorkflowState::Cancelled);
    internship(15, "int-lambert-2", safran, tutor("Julien Girard", "julien.girard@safrangroup.com"),
               "Sensor fusion for drones", D(y + 1, 5, 25), D(y + 1, 6, 30), D(y + 1, 1, 12), D(y + 1, 3, 4),
               WorkflowState::Submitted); // INT_OVERLAP with the cancelled one, INT_MIN_DURATION
    k = internship(16, "int-diallo", inria, tutor("Gaël Varoquaux", "gael.varoquaux@inria.fr"),
                   "Missing values in supervised learning", D(y, 7, 1), D(y, 8, 29), D(y, 4, 2), D(y, 6, 20),
                   WorkflowState::Completed); // INT_PREVIOUS_SUMMER, proof still missing
    c.internships[k].previousSummer = true;
    c.internships[k].gratification = {640, GratificationPer::Month};
    c.internships[k].reportPages = 8; // INT_REPORT: too long
    k = internship(17, "int-roux", owkin, tutor("Mathieu Andreux", "mathieu@owkin.com"),
                   "Survival analysis with transformers", D(y, 3, 3), D(y, 9, 30), D(y, 1, 2), D(y, 2, 20),
                   WorkflowState::Validated); // previous summer, over 6 months with one host: INT_MAX_DURATION
    c.internships[k].previousSummer = true;
    c.internships[k].gratification = {700, GratificationPer::Month};
    c.internships[k].proof = true;
    c.internships[k].reportPages = 6;
    c.internships[k].overrides = {override("INT_MAX_DURATION",
                                           "Agreement amended by the host; checked with the "
                                           "legal department.",
                                           decided)};
    k = internship(18, "int-yilmaz", cea, tutor("Fabrice Michel", "fabrice.michel@cea.fr"),
                   "Explainability for graph networks", D(y + 1, 5, 4), D(y + 1, 6, 30), D(y + 1, 1, 14),
                   D(y + 1, 2, 28), WorkflowState::InProgress);
    c.internships[k].absences = {D(y + 1, 6, 1), D(y + 1, 6, 2), D(y + 1, 6, 3)};

    // TERs
    auto ter = [&](const char* id, QStringList students, TerKind kind, const char* subject, int capacity,
                   const char* lab, bool saclay, QDate start, QDate end, WorkflowState state) {
        Ter t;
        t.id = QLatin1String(id);
        t.studentIds = std::move(students);
        t.kind = kind;
        t.subject = QString::fromUtf8(subject);
        t.capacity = capacity;
        t.lab = Lab{QString::fromUtf8(lab), saclay};
        t.start = start;
        t.end = end;
        t.weeklyHours = 7;
        t.state = state;
        c.ters.append(t);
        return static_cast<int>(c.ters.size() - 1);
    };
    // Most TERs run from late February to the end of T4: a little over two months.
    const QDate t4s = D(y + 1, 2, 23), t4e = D(y + 1, 4, 30);
    k = ter("ter-gnn", {sid(1), sid(2)}, TerKind::Research, "Graph neural networks for molecules", 2, "LISN", true, t4s,
            t4e, WorkflowState::Validated);
    c.ters[k].reportPages = 5;
    c.ters[k].grade = 16.5;
    c.ters[k].supervisor = QStringLiteral("Nona Naderi");
    k = ter("ter-fairness", {sid(3)}, TerKind::Research, "Fairness audits of credit scoring", 1, "LISN", true, t4s, t4e,
            WorkflowState::Completed);
    c.ters[k].reportPages = 4;
    k = ter("ter-prep-1", {sid(4), sid(5)}, TerKind::ChallengePrep, "AI challenge: bird sounds dataset", 2,
            "LISN — équipe A&O", true, D(y, 9, 15), D(y, 12, 12), WorkflowState::Validated);
    c.ters[k].reportPages = 6;
    c.ters[k].grade = 15;
    ter("ter-prep-late", {sid(6), sid(7)}, TerKind::ChallengePrep, "AI challenge: satellite crops", 2,
        "LISN — équipe A&O", true, D(y, 11, 3), D(y + 1, 1, 30), WorkflowState::Approved); // into T3
    ter("ter-solve-1", {sid(8), sid(9)}, TerKind::ChallengeSolve, "Mini-challenge: bird sounds", 2, "LISN", true,
        D(y + 1, 3, 1), t4e, WorkflowState::InProgress);
    ter("ter-solve-alone", {sid(10)}, TerKind::ChallengeSolve, "Mini-challenge: satellite crops", 2, "LISN", true,
        D(y + 1, 3, 1), t4e, WorkflowState::Submitted); // TER_CHALLENGE_SOLVE: not a pair
    k = ter("ter-pasteur", {sid(11)}, TerKind::Research, "Protein language models", 1, "Institut Pasteur", false, t4s,
            t4e, WorkflowState::Submitted); // outside Saclay: agreement needed
    c.ters[k].paid = true;
    ter("ter-vision", {sid(12), sid(13), sid(14)}, TerKind::Research, "Self-supervised learning for microscopy", 2,
        "Centre Borelli", true, t4s, t4e, WorkflowState::Submitted); // TER_GROUP_SIZE
    k = ter("ter-speech", {sid(15)}, TerKind::Research, "Speech recognition for low-resource languages", 1, "LISN",
            true, D(y + 1, 4, 1), D(y + 1, 5, 15), WorkflowState::Draft); // outside the period, short
    c.ters[k].weeklyHours = 3;
    k = ter("ter-optim", {sid(16), sid(17)}, TerKind::Research, "Optimisation for deep learning", 2, "LMO", true,
            D(y + 1, 1, 5), D(y + 1, 4, 24), WorkflowState::Completed);
    c.ters[k].reportPages = 3;
    c.ters[k].grade = 13;
    ter("ter-rl", {sid(18), sid(19)}, TerKind::Research, "Reinforcement learning for energy", 2, "L2S", true, t4s, t4e,
        WorkflowState::Approved);
    ter("ter-nlp", {sid(20), sid(21)}, TerKind::Research, "Argument mining", 2, "LISN", true, t4s, t4e,
        WorkflowState::Approved);
    ter("ter-causal", {sid(22), sid(23)}, TerKind::Research, "Causal inference benchmarks", 2, "Inria TAU", true, t4s,
        t4e, WorkflowState::Approved);

    // Alternatives to the internship
    SummerSchool paiss;
    paiss.id = QStringLiteral("school-chevalier");
    paiss.studentId = sid(24);
    paiss.name = QStringLiteral("PAISS — PRAIRIE AI Summer School");
    paiss.proposed = true;
    paiss.start = D(y, 7, 7);
    paiss.end = D(y, 7, 11);
    paiss.reportPages = 2;
    paiss.reportLinks = {QStringLiteral("https://project.inria.fr/paiss/")};
    paiss.state = WorkflowState::Validated;
    c.summerSchools.append(paiss);
    SummerSchool shortSchool;
    shortSchool.id = QStringLiteral("school-bouzid");
    shortSchool.studentId = sid(23);
    shortSchool.name = QStringLiteral("Weekend workshop on diffusion models");
    shortSchool.proposed = false;
    shortSchool.start = D(y, 7, 3);
    shortSchool.end = D(y, 7, 4);
    shortSchool.state = WorkflowState::Submitted;
    c.summerSchools.append(shortSchool);

    static const char* const topics[] = {"diffusion models",
                                         "graph learning",
                                         "conformal prediction",
                                         "neural scaling laws",
                                         "causal representation learning",
                                         "privacy in federated learning"};
    for (int i = 0; i < 6; ++i) {
        Seminar s;
        s.id = QStringLiteral("sem-fernandez-%1").arg(i + 1);
        s.studentId = sid(25);
        s.title = QStringLiteral("DATAIA seminar: %1").arg(QString::fromUtf8(topics[i]));
        s.date = D(y + 1, 1, 8).addDays(14 * i);
        s.paragraph = paragraph(topics[i]);
        c.seminars.append(s);
    }
    for (int i = 0; i < 4; ++i) {
        Seminar s;
        s.id = QStringLiteral("sem-ivanova-%1").arg(i + 1);
        s.studentId = sid(22);
        s.title = QStringLiteral("LISN seminar: %1").arg(QString::fromUtf8(topics[i]));
        s.date = D(y + 1, 2, 5).addDays(7 * i);
        s.paragraph = i == 3 ? QStringLiteral("Interesting talk about graphs.") : paragraph(topics[i]);
        c.seminars.append(s);
    }
    return c;
}

namespace {

// Students "<prefix>01"… with the given names and e-mail domain.
void addStudents(Cohort& c, const char* prefix, const char* domain, std::initializer_list<const char*> names)
{
    int n = 0;
    for (const char* name : names) {
        ++n;
        Student s;
        s.id = QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(n, 2, 10, QLatin1Char('0'));
        s.name = QString::fromUtf8(name);
        s.email =
            s.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QLatin1Char('@') + QLatin1String(domain);
        s.studentNumber = QStringLiteral("%1%2").arg(c.rules.year.startYear).arg(5000 + n * 41);
        c.students.append(s);
    }
}

Host hostIn(const char* name, HostKind kind, bool ai, const char* city, const char* country)
{
    Host h = host(name, kind, ai, city);
    h.country = QString::fromUtf8(country);
    return h;
}

// Appends an internship of @p student without agreement signatures (no French law) and returns it.
Internship& addInternship(Cohort& c, const QString& student, const char* id, const Host& h, const Tutor& t,
                          const char* subject, QDate start, QDate end, QDate submitted, HostScreening screening,
                          WorkflowState state)
{
    Internship in;
    in.id = QLatin1String(id);
    in.studentId = student;
    in.host = h;
    in.tutor = t;
    in.subject = QString::fromUtf8(subject);
    in.start = start;
    in.end = end;
    in.submitted = submitted;
    in.hostScreening = screening;
    in.state = state;
    c.internships.append(in);
    return c.internships.last();
}

Cohort imperialDemo(AcademicYear year)
{
    const Dates D(year);
    const int y = 2025;
    Cohort c;
    c.rules = RuleSet::forProfile(QStringLiteral("imperial-msc-ai"), year);
    addStudents(c, "ic", "imperial.ac.uk",
                {"Olivia Hughes", "Rohan Mehta", "Zara Ahmed", "George Clarke", "Mei Lin", "Tomasz Nowak",
                 "Aisha Okafor", "Daniel Evans", "Priya Sharma", "Felix Wagner"});
    auto sid = [](int n) { return QStringLiteral("ic%1").arg(n, 2, 10, QLatin1Char('0')); };

    const Host doc = hostIn("Imperial College London — Department of Computing", HostKind::PublicLab, true, "London",
                            "United Kingdom");
    const Host turing = hostIn("The Alan Turing Institute", HostKind::PublicLab, true, "London", "United Kingdom");
    const Host deepmind = hostIn("Google DeepMind", HostKind::Company, true, "London", "United Kingdom");
    const Host wayve = hostIn("Wayve", HostKind::Company, true, "London", "United Kingdom");
    const Host ocado = hostIn("Ocado Technology", HostKind::Company, true, "Hatfield", "United Kingdom");
    const Host arm = hostIn("Arm", HostKind::Company, true, "Cambridge", "United Kingdom");
    const Host shop = hostIn("Corner Shop Ltd", HostKind::Company, false, "London", "United Kingdom");

    // Group projects in the spring term.
    auto group = [&](const char* id, QStringList students, const char* subject, QDate start, QDate end,
                     WorkflowState state) -> Ter& {
        Ter t;
        t.id = QLatin1String(id);
        t.studentIds = std::move(students);
        t.subject = QString::fromUtf8(subject);
        t.lab.name = doc.name;
        t.supervisor = QStringLiteral("Dr. Eleanor Price");
        t.start = start;
        t.end = end;
        t.weeklyHours = 12;
        t.state = state;
        c.ters.append(t);
        return c.ters.last();
    };
    Ter& g1 = group("gp-robotics", {sid(1), sid(2), sid(3), sid(4), sid(5)}, "Learning to grasp from demonstrations",
                    D(y + 1, 1, 12), D(y + 1, 3, 27), WorkflowState::Validated);
    g1.reportPages = 30;
    g1.grade = 72;
    group("gp-llm", {sid(6), sid(7), sid(8), sid(9)}, "Auditing a language model for bias", D(y + 1, 1, 12),
          D(y + 1, 4, 10), WorkflowState::Approved); // TER_OUTSIDE_PERIOD: into the Easter break

    // Individual projects and internships, mid-May to mid-September.
    const QDate from = D(y + 1, 5, 18), to = D(y + 1, 9, 11);
    Internship& p1 =
        addInternship(c, sid(1), "ip-hughes", doc, tutor("Prof. Alessandra Russo", "a.russo@imperial.ac.uk"),
                      "Neuro-symbolic learning of game rules", from, to, D(y + 1, 2, 9), HostScreening::NotNeeded,
                      WorkflowState::Completed);
    p1.proof = true;
    p1.reportPages = 60;
    Internship& p2 = addInternship(c, sid(2), "in-mehta", deepmind, tutor("Dr. Sam Patel", "sam.patel@example.com"),
                                   "Evaluating agents on long-horizon tasks", from, to, D(y + 1, 2, 2),
                                   HostScreening::Accepted, WorkflowState::Completed);
    p2.proof = true;
    p2.reportPages = 55;
    addInternship(c, sid(3), "in-ahmed", turing, tutor("Dr. Kate Moss", "kmoss@turing.ac.uk"),
                  "Fair allocation of public services", from, to, D(y + 1, 2, 20), HostScreening::Accepted,
                  WorkflowState::Approved);
    addInternship(c, sid(4), "in-clarke", wayve, tutor("Jamie Shotton", "jamie@example.com"),
                  "World models for driving", from, to, D(y + 1, 3, 2), HostScreening::Pending,
                  WorkflowState::Submitted); // INT_HOST_SCREENING: not accepted yet
    addInternship(c, sid(5), "in-lin", ocado, tutor("Ruth Baker", "ruth.baker@example.com"),
                  "Pick-and-place policies for warehouses", from, to, D(y + 1, 3, 5), HostScreening::Declined,
                  WorkflowState::ChangesRequested); // INT_HOST_SCREENING: declined
    addInternship(c, sid(6), "ip-nowak", doc, tutor("Dr. Antoine Cully", "a.cully@imperial.ac.uk"),
                  "Quality-diversity for robot locomotion", D(y + 1, 5, 1), to, D(y + 1, 2, 12),
                  HostScreening::NotNeeded, WorkflowState::Submitted); // INT_PROJECT_WINDOW: starts too early
    addInternship(c, sid(7), "in-okafor", arm, tutor("Helen Wright", "helen.wright@example.com"),
                  "Quantising transformers for microcontrollers", from, D(y + 1, 9, 30), D(y + 1, 2, 27),
                  HostScreening::Accepted, WorkflowState::Submitted); // INT_PROJECT_WINDOW, INT_AFTER_DEADLINE
    addInternship(c, sid(8), "in-evans", turing, tutor("Dr. Kate Moss", "kmoss@turing.ac.uk"),
                  "Synthetic data for health records", D(y + 1, 6, 1), D(y + 1, 7, 10), D(y + 1, 3, 1),
                  HostScreening::Accepted, WorkflowState::Draft); // INT_MIN_DURATION: 6 weeks
    addInternship(c, sid(9), "in-sharma", shop, tutor("Raj Sharma", "raj@example.com"), "Stock spreadsheets", from, to,
                  D(y + 1, 3, 3), HostScreening::Accepted, WorkflowState::Submitted); // INT_HOST_NOT_AI
    // ic10 has neither a group project nor a project: incomplete at the close.
    return c;
}

Cohort montrealDemo(AcademicYear year)
{
    const Dates D(year);
    const int y = 2025;
    Cohort c;
    c.rules = RuleSet::forProfile(QStringLiteral("montreal-mila-pro"), year);
    addStudents(c, "mt", "umontreal.ca",
                {"Camille Tremblay", "Olivier Gagnon", "Amira Haddad", "Samuel Roy", "Léa Bouchard", "Kenji Sato",
                 "Maria Santos", "Félix Côté"});
    auto sid = [](int n) { return QStringLiteral("mt%1").arg(n, 2, 10, QLatin1Char('0')); };

    const Host servicenow = hostIn("ServiceNow Research", HostKind::Company, true, "Montréal", "Canada");
    const Host ubisoft = hostIn("Ubisoft La Forge", HostKind::Company, true, "Montréal", "Canada");
    const Host ireq = hostIn("Hydro-Québec — IREQ", HostKind::PublicLab, true, "Varennes", "Canada");
    const Host desjardins = hostIn("Desjardins — Lab IA", HostKind::Company, true, "Montréal", "Canada");
    const Host chum = hostIn("CHUM — Centre de recherche", HostKind::PublicLab, true, "Montréal", "Canada");

    const QDate from = D(y + 1, 5, 4), to = D(y + 1, 8, 21);
    Internship& a =
        addInternship(c, sid(1), "st-tremblay", servicenow, tutor("Dr. Nicolas Chapados", "nicolas@example.com"),
                      "Tabular foundation models for forecasting", from, to, D(y + 1, 1, 20), HostScreening::Accepted,
                      WorkflowState::Completed);
    a.proof = true;
    a.reportPages = 25;
    Internship& b = addInternship(c, sid(2), "st-gagnon", ireq, tutor("Marie-Claude Dubé", "mcdube@example.com"),
                                  "Load forecasting for the grid", D(y, 5, 5), D(y, 8, 15), D(y, 2, 3),
                                  HostScreening::Accepted, WorkflowState::Validated);
    b.previousSummer = true; // INT_PREVIOUS_SUMMER: validated with its proof and report
    b.proof = true;
    b.reportPages = 22;
    addInternship(c, sid(3), "st-haddad", desjardins, tutor("Julie Lavoie", "julie.lavoie@example.com"),
                  "Fraud detection with graph models", from, to, D(y + 1, 2, 10), HostScreening::Pending,
                  WorkflowState::Submitted); // INT_HOST_SCREENING
    addInternship(c, sid(4), "st-roy", ubisoft, tutor("Yves Jacquier", "yves@example.com"),
                  "Animation synthesis with diffusion models", D(y + 1, 2, 2), D(y + 1, 5, 29), D(y + 1, 1, 5),
                  HostScreening::Accepted, WorkflowState::Approved); // INT_TEACHING_PERIOD: full time in winter
    addInternship(c, sid(5), "st-bouchard", chum, tutor("Dr. Samuel Kadoury", "samuel@example.com"),
                  "Segmenting liver tumours in CT scans", from, D(y + 1, 9, 18), D(y + 1, 2, 1),
                  HostScreening::NotNeeded, WorkflowState::Submitted); // INT_AFTER_DEADLINE
    addInternship(c, sid(6), "st-sato", servicenow, tutor("Dr. Nicolas Chapados", "nicolas@example.com"),
                  "Agents for IT workflows", from, D(y + 1, 6, 26), D(y + 1, 2, 5), HostScreening::Accepted,
                  WorkflowState::Draft); // INT_MIN_DURATION: 8 weeks
    addInternship(c, sid(7), "st-santos-1", ireq, tutor("Marie-Claude Dubé", "mcdube@example.com"),
                  "Anomaly detection on turbines", from, D(y + 1, 7, 31), D(y + 1, 2, 8), HostScreening::Accepted,
                  WorkflowState::Approved);
    addInternship(c, sid(7), "st-santos-2", chum, tutor("Dr. Samuel Kadoury", "samuel@example.com"),
                  "Triage of emergency notes", D(y + 1, 7, 13), to, D(y + 1, 2, 8), HostScreening::NotNeeded,
                  WorkflowState::Submitted); // INT_OVERLAP
    // mt08 has no internship: incomplete at the close.
    return c;
}

} // namespace

Cohort demoCohort(const QString& profileId, AcademicYear year)
{
    if (profileId == QLatin1String("imperial-msc-ai"))
        return imperialDemo(year);
    if (profileId == QLatin1String("montreal-mila-pro"))
        return montrealDemo(year);
    return demoCohort(year);
}

} // namespace interntrack

#include "CohortGenerator.h"

#include <QRandomGenerator>

namespace interntrack::test {

Cohort generateCohort(const GeneratorSizes& sizes, quint32 seed)
{
    QRandomGenerator rng(seed);
    Cohort c;
    c.rules = RuleSet::parisSaclayM1(AcademicYear{2025});
    const QDate may4(2026, 5, 4);

    c.students.reserve(sizes.students);
    for (int i = 0; i < sizes.students; ++i) {
        Student s;
        s.id = QStringLiteral("s%1").arg(i);
        s.name = QStringLiteral("Student %1").arg(i);
        s.email = QStringLiteral("student%1@universite-paris-saclay.fr").arg(i);
        c.students.append(s);
    }
    const int nStudents = std::max(1, sizes.students);

    static const char* const hosts[] = {"Inria Saclay", "CEA List",     "LISN",  "Criteo AI Lab", "Thales",
                                        "Dataiku",      "Hugging Face", "Owkin", "Safran Tech",   "Mistral AI"};
    c.internships.reserve(sizes.internships);
    for (int i = 0; i < sizes.internships; ++i) {
        Internship in;
        in.id = QStringLiteral("i%1").arg(i);
        in.studentId = QStringLiteral("s%1").arg(i % nStudents);
        in.host.name = QLatin1String(hosts[rng.bounded(10)]);
        in.host.kind = rng.bounded(2) ? HostKind::Company : HostKind::PublicLab;
        in.host.aiResearch = rng.bounded(50) != 0;
        in.tutor.name = QStringLiteral("Tutor %1").arg(rng.bounded(500));
        in.subject = QStringLiteral("Subject %1").arg(i);
        in.start = may4.addDays(rng.bounded(20) == 0 ? rng.bounded(-10, 0) : 0);
        in.end = rng.bounded(20) == 0 ? in.start.addDays(rng.bounded(30, 70))
                                      : QDate(2026, 6, 26).addDays(rng.bounded(0, 5));
        in.weeklyHours = rng.bounded(10) == 0 ? 17.5 : 35.0;
        in.submitted = in.start.addMonths(-3).addDays(rng.bounded(10) == 0 ? 3 : -rng.bounded(0, 40));
        const QDate signedOn = in.start.addDays(rng.bounded(20) == 0 ? 2 : -rng.bounded(1, 40));
        in.signatures = {signedOn, signedOn, signedOn, rng.bounded(50) ? signedOn : QDate()};
        if (rng.bounded(20) == 0)
            in.absences = {in.start.addDays(7), in.start.addDays(8)};
        in.gratification = {rng.bounded(10) ? 700.0 : 0.0, GratificationPer::Month};
        in.proof = rng.bounded(2);
        if (rng.bounded(2))
            in.reportPages = static_cast<int>(rng.bounded(3, 8));
        in.state = WorkflowState::Approved;
        c.internships.append(in);
    }

    static const char* const labs[] = {"LISN", "L2S", "CVN", "LMO", "Inria TAU", "CEA List"};
    c.ters.reserve(sizes.ters);
    for (int i = 0; i < sizes.ters; ++i) {
        Ter t;
        t.id = QStringLiteral("t%1").arg(i);
        t.studentIds = {QStringLiteral("s%1").arg((2 * i) % nStudents)};
        const int kind = static_cast<int>(rng.bounded(6));
        if (kind == 1 || rng.bounded(3) == 0)
            t.studentIds.append(QStringLiteral("s%1").arg((2 * i + 1) % nStudents));
        t.kind = kind == 0 ? TerKind::ChallengePrep : kind == 1 ? TerKind::ChallengeSolve : TerKind::Research;
        t.subject = QStringLiteral("TER subject %1").arg(i);
        t.capacity = 2 + static_cast<int>(rng.bounded(2));
        t.lab = Lab{QLatin1String(labs[rng.bounded(6)]), rng.bounded(20) != 0};
        t.start = t.kind == TerKind::ChallengePrep ? QDate(2025, 10, 1) : QDate(2026, 3, 1);
        t.end = rng.bounded(20) == 0 ? t.start.addDays(rng.bounded(40, 75)) : t.start.addMonths(2).addDays(-1);
        t.weeklyHours = rng.bounded(10) ? 7.0 : 10.0;
        if (rng.bounded(2))
            t.reportPages = 5;
        if (rng.bounded(2))
            t.grade = rng.bounded(8, 20);
        c.ters.append(t);
    }

    for (int i = 0; i < sizes.summerSchools; ++i) {
        SummerSchool s;
        s.id = QStringLiteral("ss%1").arg(i);
        s.studentId = QStringLiteral("s%1").arg((nStudents - 1 - i % nStudents));
        s.name = QStringLiteral("Summer school %1").arg(i % 5);
        s.proposed = rng.bounded(3) != 0;
        s.start = QDate(2025, 7, 7);
        s.end = s.start.addDays(rng.bounded(1, 5));
        c.summerSchools.append(s);
    }

    for (int i = 0; i < sizes.seminars; ++i) {
        Seminar s;
        s.id = QStringLiteral("se%1").arg(i);
        s.studentId = QStringLiteral("s%1").arg((nStudents / 2 + i / 6) % nStudents);
        s.title = QStringLiteral("Seminar %1").arg(i);
        s.date = QDate(2026, 1, 10).addDays(i % 60);
        s.paragraph = QStringLiteral("This seminar showed how representation learning transfers across domains, "
                                     "why careful evaluation matters and what it brings to my interest in robust "
                                     "machine learning for medical images, with many concrete examples and clear "
                                     "explanations of the methods and their limits in practice today.");
        c.seminars.append(s);
    }
    return c;
}

} // namespace interntrack::test

#include "TestSupport.h"

#include "demo/DemoCohort.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"

namespace interntrack::test {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

RuleSet rules2025()
{
    return RuleSet::parisSaclayM1(AcademicYear{2025});
}

Internship cleanInternship()
{
    Internship i;
    i.id = QStringLiteral("i1");
    i.studentId = QStringLiteral("s1");
    i.host = Host{QStringLiteral("Inria Saclay"), HostKind::PublicLab, true, {}, {}, {}};
    i.start = d("2026-05-04");
    i.end = d("2026-06-26");
    i.weeklyHours = 35;
    i.submitted = d("2026-01-10");
    i.signatures = Signatures{d("2026-03-02"), d("2026-03-05"), d("2026-03-05"), d("2026-03-10")};
    i.state = WorkflowState::Approved;
    return i;
}

Ter cleanTer()
{
    Ter t;
    t.id = QStringLiteral("t1");
    t.studentIds = {QStringLiteral("s1")};
    t.kind = TerKind::Research;
    t.subject = QStringLiteral("Graph neural networks for molecules");
    t.capacity = 2;
    t.lab = Lab{QStringLiteral("LISN"), true};
    t.start = d("2026-03-02");
    t.end = d("2026-04-30");
    t.weeklyHours = 7;
    return t;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(INTERNTRACK_SOURCE_DIR "/") + relative;
}

QDateTime demoNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(10, 0));
}

QString createDemoDatabase(const QString& path)
{
    Database db;
    if (Status s = db.open(path); !s)
        return s.error();
    CohortRepository repo(db);
    repo.setClock([] { return demoNow(); });
    if (Status s = repo.saveCohort(demoCohort(AcademicYear{2025}), QStringLiteral("test")); !s)
        return s.error();
    return {};
}

} // namespace interntrack::test

// A child process for tst_storagefaults: writes to a database so that the test can kill it
// mid-write (SIGKILL) or run two of it at once. It reports its progress on standard output.
//
//   storage_fault_helper import DB BATCH COUNT   one transaction inserting COUNT internships "BATCH-n"
//   storage_fault_helper override DB TAG N        N overrides added to internship "shared" (repository call)
//   storage_fault_helper rmw DB TAG N             N read-modify-write steps on internship "shared" in
//                                                 the caller's own transaction
//   storage_fault_helper seminars DB TAG N        N transactions, each inserting one seminar "TAG-n"

#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDate>

#include <cstdio>

using namespace interntrack;

namespace {

const AcademicYear kYear{2025};

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString& message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
    return 1;
}

Internship internship(const QString& id)
{
    Internship i;
    i.id = id;
    i.studentId = QStringLiteral("s1");
    i.host = Host{QStringLiteral("Inria Saclay"), HostKind::PublicLab, true, {}, {}, {}};
    i.tutor = Tutor{QStringLiteral("Dr. Curie"), QStringLiteral("curie@example.org"), {}};
    i.subject = QStringLiteral("A subject long enough to fill pages of the database file, %1").arg(id);
    i.start = QDate(2026, 5, 4);
    i.end = QDate(2026, 6, 26);
    i.submitted = QDate(2026, 1, 10);
    i.absences = {QDate(2026, 5, 12)};
    return i;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return fail(QStringLiteral("usage: storage_fault_helper import|override|rmw|seminars DB TAG N"));
    const QString& command = args.at(1);
    const QString& tag = args.at(3);
    const int n = args.at(4).toInt();
    Database db;
    if (Status s = db.open(args.at(2)); !s)
        return fail(s.error());
    CohortRepository repo(db);
    const Actor advisor{QStringLiteral("advisor ") + tag, Role::Advisor, {}};

    if (command == QLatin1String("import")) {
        Cohort batch;
        for (int i = 0; i < n; ++i)
            batch.internships.append(internship(QStringLiteral("%1-%2").arg(tag).arg(i)));
        say(QStringLiteral("ready"));
        CohortRepository::BatchOptions options;
        options.progress = [](qint64 done, qint64 total) {
            say(QStringLiteral("progress %1 %2").arg(done).arg(total));
            return true;
        };
        if (Status s = repo.importItems(kYear, batch, QStringLiteral("importer"), options); !s)
            return fail(s.error());
        say(QStringLiteral("committed"));
        return 0;
    }
    if (command == QLatin1String("override")) {
        for (int i = 0; i < n; ++i) {
            const Override o{QStringLiteral("INT_LEAD_TIME"), {}, {}, QStringLiteral("%1 #%2").arg(tag).arg(i)};
            if (Status s = repo.addOverride(kYear, ItemKind::Internship, QStringLiteral("shared"), o, advisor); !s)
                return fail(s.error());
        }
        say(QStringLiteral("done"));
        return 0;
    }
    if (command == QLatin1String("rmw")) {
        for (int i = 0; i < n; ++i) {
            // Read and write in the same write transaction: the read cannot be stale.
            Transaction tx(db);
            if (!tx.status())
                return fail(tx.status().error());
            Result<Internship> current = repo.internship(kYear, QStringLiteral("shared"));
            if (!current)
                return fail(current.error());
            Internship changed = current.value();
            changed.overrides.append(Override{
                QStringLiteral("INT_MAX_DURATION"), advisor.name, {}, QStringLiteral("%1 rmw #%2").arg(tag).arg(i)});
            if (Status s = repo.saveInternship(kYear, changed, advisor.name); !s)
                return fail(s.error());
            if (Status s = tx.commit(); !s)
                return fail(s.error());
        }
        say(QStringLiteral("done"));
        return 0;
    }
    if (command == QLatin1String("seminars")) {
        for (int i = 0; i < n; ++i) {
            const Seminar s{QStringLiteral("%1-%2").arg(tag).arg(i),
                            QStringLiteral("s1"),
                            QStringLiteral("Talk"),
                            QDate(2026, 2, 3),
                            QStringLiteral("paragraph"),
                            {}};
            if (Status st = repo.saveSeminar(kYear, s, tag); !st)
                return fail(st.error());
        }
        say(QStringLiteral("done"));
        return 0;
    }
    return fail(QStringLiteral("unknown command ") + command);
}

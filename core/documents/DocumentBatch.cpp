#include "DocumentBatch.h"

#include "AgreementData.h"
#include "DocumentTemplate.h"
#include "domain/ProfileLabels.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace interntrack {

namespace {

enum class Kind { Agreement, Certificate };

const Student* findStudent(const Cohort& cohort, const QString& id)
{
    for (const Student& s : cohort.students) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Internship* findInternship(const Cohort& cohort, const QString& id)
{
    for (const Internship& i : cohort.internships) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

struct Job
{
    const Internship* internship = nullptr;
    const Student* student = nullptr;
    InternshipFigures figures;
    QString path;
};

Result<DocumentBatchResult> writeBatch(Kind kind, const Cohort& cohort,
                                       const QHash<QString, InternshipFigures>& figures,
                                       const QStringList& internshipIds, const QString& folder, DocumentFormat format,
                                       const QString& language, const QString& advisorName,
                                       const DocumentBatch::Progress& progress)
{
    using R = Result<DocumentBatchResult>;
    if (Status s = DocumentWriter::checkFolder(folder); !s)
        return R::failure(s.error());
    const QString name = kind == Kind::Agreement ? QStringLiteral("agreement") : QStringLiteral("certificate");
    auto templ = DocumentTemplate::load(name, language);
    if (!templ)
        return R::failure(templ.error());

    // Check every item before writing any file.
    QList<Job> jobs;
    QStringList seen;
    for (const QString& id : internshipIds) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        Job job;
        job.internship = findInternship(cohort, id);
        if (!job.internship)
            return R::failure(DocumentBatch::tr("There is no internship %1 in this cohort.").arg(id));
        job.student = findStudent(cohort, job.internship->studentId);
        if (!job.student)
            return R::failure(DocumentBatch::tr("The internship %1 belongs to the student %2, who is not in this "
                                                "cohort.")
                                  .arg(id, job.internship->studentId));
        const auto f = figures.constFind(id);
        if (f == figures.constEnd())
            return R::failure(
                DocumentBatch::tr("The figures of the internship %1 were not computed: check the cohort again.")
                    .arg(id));
        job.figures = *f;
        job.path = QDir(folder).filePath(DocumentBatch::fileName(name, *job.student, *job.internship, format));
        jobs.append(job);
    }

    DocumentBatchResult result;
    const int total = int(jobs.size());
    if (progress && !progress(0, total)) {
        result.cancelled = true;
        return result;
    }
    // Documents are made a window at a time on every core (QTextDocument and the PDF and ODF writers are
    // reentrant), then saved one by one in order here: progress counts saved files, and a cancel stops before
    // the next save — what was made for the rest of the window is dropped, never half written.
    const auto make = [&](int n) -> Result<QByteArray> {
        const Job& job = jobs.at(n);
        const QHash<QString, QString> values =
            kind == Kind::Agreement
                ? agreementValues(*job.internship, *job.student, cohort.rules, job.figures, language, advisorName)
                : certificateValues(*job.internship, *job.student, cohort.rules, job.figures, language);
        auto html = templ->render(values);
        if (!html)
            return Result<QByteArray>::failure(html.error());
        return format == DocumentFormat::Pdf ? DocumentWriter::pdfData(html.value(), QString())
                                             : DocumentWriter::odtData(html.value());
    };
    const int window = std::max(1, QThread::idealThreadCount());
    for (int first = 0; first < total; first += window) {
        QList<int> indexes;
        for (int n = first; n < std::min(total, first + window); ++n)
            indexes.append(n);
        const QList<Result<QByteArray>> made =
            indexes.size() == 1 ? QList<Result<QByteArray>>{make(indexes.first())}
                                : QtConcurrent::blockingMapped<QList<Result<QByteArray>>>(indexes, make);
        for (qsizetype k = 0; k < made.size(); ++k) {
            const int n = indexes.at(k);
            const Job& job = jobs.at(n);
            const Status written = made.at(k) ? DocumentWriter::saveFile(made.at(k).value(), job.path)
                                              : Status::failure(made.at(k).error());
            if (!written) {
                if (result.written.isEmpty())
                    return R::failure(written.error());
                return R::failure(DocumentBatch::tr("%1 The %n document(s) written before stay in %2.", nullptr,
                                                    int(result.written.size()))
                                      .arg(written.error(), QDir::toNativeSeparators(folder)));
            }
            result.written.append(job.path);
            if (progress && !progress(n + 1, total)) {
                result.cancelled = n + 1 < total;
                return result;
            }
        }
    }
    return result;
}

} // namespace

Result<DocumentBatchResult> DocumentBatch::writeAgreements(const Cohort& cohort,
                                                           const QHash<QString, InternshipFigures>& figures,
                                                           const QStringList& internshipIds, const QString& folder,
                                                           DocumentFormat format, const QString& language,
                                                           const QString& advisorName, const Progress& progress)
{
    if (!agreementsApply(cohort.rules))
        return Result<DocumentBatchResult>::failure(ProfileLabels::noAgreementsReason(cohort.rules));
    return writeBatch(Kind::Agreement, cohort, figures, internshipIds, folder, format, language, advisorName, progress);
}

Result<DocumentBatchResult> DocumentBatch::writeCertificates(const Cohort& cohort,
                                                             const QHash<QString, InternshipFigures>& figures,
                                                             const QStringList& internshipIds, const QString& folder,
                                                             DocumentFormat format, const QString& language,
                                                             const Progress& progress)
{
    return writeBatch(Kind::Certificate, cohort, figures, internshipIds, folder, format, language, QString(), progress);
}

QString DocumentBatch::asciiFold(const QString& text)
{
    static const QHash<QChar, QString> special = {
        {QChar(0x00DF), QStringLiteral("ss")}, {QChar(0x00E6), QStringLiteral("ae")},
        {QChar(0x00C6), QStringLiteral("ae")}, {QChar(0x0153), QStringLiteral("oe")},
        {QChar(0x0152), QStringLiteral("oe")}, {QChar(0x00F8), QStringLiteral("o")},
        {QChar(0x00D8), QStringLiteral("o")},  {QChar(0x0142), QStringLiteral("l")},
        {QChar(0x0141), QStringLiteral("l")},  {QChar(0x0111), QStringLiteral("d")},
        {QChar(0x0110), QStringLiteral("d")},  {QChar(0x0131), QStringLiteral("i")},
    };
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            out += c.toLower();
        } else if (const auto it = special.constFind(c); it != special.constEnd()) {
            out += *it;
        } else if (c.category() == QChar::Mark_NonSpacing || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // accents and apostrophes: "O'Brien" → "obrien"
        } else if (!out.endsWith(QLatin1Char('-')) && !out.isEmpty()) {
            out += QLatin1Char('-');
        }
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString DocumentBatch::fileName(const QString& kind, const Student& student, const Internship& internship,
                                DocumentFormat format)
{
    QString who = asciiFold(student.name);
    if (who.isEmpty())
        who = asciiFold(student.id);
    QString id = asciiFold(internship.id);
    if (id.isEmpty())
        id = QString::number(qHash(internship.id), 16);
    QStringList parts{kind};
    if (!who.isEmpty())
        parts.append(who);
    parts.append(id);
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + documentFormatSuffix(format);
}

} // namespace interntrack

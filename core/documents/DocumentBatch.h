#pragma once

#include "DocumentWriter.h"
#include "domain/Cohort.h"
#include "domain/Result.h"
#include "rules/Checker.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace interntrack {

/// What a batch wrote.
struct DocumentBatchResult
{
    QStringList written; ///< the paths of the files written, in order
    bool cancelled = false; ///< the progress callback asked to stop before the end
};

/**
 * Writes the documents of several internships into one folder, one file each:
 * `agreement-<student name folded to ASCII>-<internship id>.<pdf|odt>` (and `certificate-…`).
 *
 * Everything that can be checked first is (the folder, every id, the template), so a batch that
 * fails at once writes nothing. Each file is saved whole or not at all (DocumentWriter). A failure
 * in the middle stops the batch; the files already written stay, and the message says how many.
 */
class DocumentBatch
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBatch)

public:
    /// Called with (0, total) before the first file and (n, total) after the n-th; returning false
    /// stops the batch after the file just written.
    using Progress = std::function<bool(int done, int total)>;

    /// The agreements of @p internshipIds; @p figures by internship id (CheckResult::internships). Fails, writing
    /// nothing, when the cohort's rules have no agreements (agreementsApply(): French internship law only).
    static Result<DocumentBatchResult> writeAgreements(const Cohort& cohort,
                                                       const QHash<QString, InternshipFigures>& figures,
                                                       const QStringList& internshipIds, const QString& folder,
                                                       DocumentFormat format, const QString& language,
                                                       const QString& advisorName, const Progress& progress = {});

    /// The certificates ("attestations de stage") of @p internshipIds, the totals computed from the agreed amounts.
    static Result<DocumentBatchResult> writeCertificates(const Cohort& cohort,
                                                         const QHash<QString, InternshipFigures>& figures,
                                                         const QStringList& internshipIds, const QString& folder,
                                                         DocumentFormat format, const QString& language,
                                                         const Progress& progress = {});

    /// `<kind>-<student>-<id>.<suffix>` with every part folded to lower-case ASCII letters, digits and '-'.
    static QString fileName(const QString& kind, const Student& student, const Internship& internship,
                            DocumentFormat format);
    /// "Zoë <O'Brien> & Co" → "zoe-obrien-co": accents dropped, other characters removed or made '-'.
    static QString asciiFold(const QString& text);
};

} // namespace interntrack

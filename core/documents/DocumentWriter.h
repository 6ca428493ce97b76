#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace interntrack {

/// The file formats documents are written in.
enum class DocumentFormat { Pdf, Odt };

QString documentFormatSuffix(DocumentFormat format); ///< "pdf" or "odt"

/**
 * Writes an HTML document (a rendered DocumentTemplate) as a PDF or an OpenDocument text.
 *
 * The document is made in memory and saved through QSaveFile: a temporary file in the same folder,
 * renamed over @p path only once complete, so a failure never leaves a half-written file (and never
 * damages an older file of the same name). Needs a QGuiApplication (fonts).
 */
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    /// A4 portrait, 20 mm margins, page numbers at the foot, 300 dpi; @p title goes in the PDF's properties
    /// (when empty, the HTML's <title>).
    static Status writePdf(const QString& html, const QString& path, const QString& title);
    /// An OpenDocument text (.odt) that LibreOffice and Word open.
    static Status writeOdt(const QString& html, const QString& path);
    /// The one of writePdf() or writeOdt() that @p format names.
    static Status write(DocumentFormat format, const QString& html, const QString& path, const QString& title);

    /// The PDF bytes of @p html (what writePdf() saves).
    static QByteArray pdfData(const QString& html, const QString& title);
    /// The ODT bytes of @p html (what writeOdt() saves); empty if Qt could not make them.
    static QByteArray odtData(const QString& html);

    /// Whether files can be written into @p folder; fails with the reason in a full sentence.
    static Status checkFolder(const QString& folder);

    /// Saves @p data to @p path through a temporary file in the same folder.
    static Status saveFile(const QByteArray& data, const QString& path);
};

} // namespace interntrack

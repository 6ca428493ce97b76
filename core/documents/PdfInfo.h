#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace interntrack {

/// What InternTrack reads of a PDF file: its bytes and its number of pages (counted by Qt Pdf, never typed).
struct PdfInfo
{
    Q_DECLARE_TR_FUNCTIONS(PdfInfo)

public:
    int pageCount = 0;
    QByteArray content;

    /// Reads @p path; a file that is not a readable PDF (or is protected by a password) is refused with a reason.
    static Result<PdfInfo> read(const QString& path);
    /// The same from bytes already read; @p name names the file in messages.
    static Result<PdfInfo> fromData(const QByteArray& data, const QString& name);
    /// Files larger than this are refused: a report is a few pages, not a scan of a book.
    static constexpr qint64 maxBytes = 64 * 1024 * 1024;
};

} // namespace interntrack

#include "PdfInfo.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>

namespace interntrack {

Result<PdfInfo> PdfInfo::read(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result<PdfInfo>::failure(tr("Cannot read %1: %2").arg(name, file.errorString()));
    if (file.size() > maxBytes)
        return Result<PdfInfo>::failure(tr("%1 is too large (%2 MB): a report must be under %3 MB.")
                                            .arg(name)
                                            .arg(file.size() / (1024 * 1024))
                                            .arg(maxBytes / (1024 * 1024)));
    return fromData(file.readAll(), name);
}

Result<PdfInfo> PdfInfo::fromData(const QByteArray& data, const QString& name)
{
    if (!data.startsWith("%PDF-"))
        return Result<PdfInfo>::failure(tr("%1 is not a PDF file.").arg(name));
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    // QPdfDocument::load(QIODevice*) may finish asynchronously; with a buffer it is ready at once.
    switch (pdf.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return Result<PdfInfo>::failure(tr("%1 is protected by a password: send a PDF without one.").arg(name));
    default:
        return Result<PdfInfo>::failure(tr("%1 is damaged or not a PDF file: its pages cannot be counted.").arg(name));
    }
    if (pdf.pageCount() <= 0)
        return Result<PdfInfo>::failure(tr("%1 has no pages.").arg(name));
    PdfInfo info;
    info.pageCount = pdf.pageCount();
    info.content = data;
    return info;
}

} // namespace interntrack

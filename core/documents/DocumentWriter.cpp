#include "DocumentWriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

namespace interntrack {

namespace {

/// The width of an A4 page's text between 20 mm margins, in points.
constexpr double kTextWidthPt = (210.0 - 2 * 20.0) / 25.4 * 72.0;

QTextLength fixedLength(const QTextLength& length)
{
    if (length.type() != QTextLength::PercentageLength)
        return length;
    return QTextLength(QTextLength::FixedLength, kTextWidthPt * length.rawValue() / 100.0);
}

void fixTables(QTextFrame* frame)
{
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            QTextTableFormat format = table->format();
            format.setWidth(fixedLength(format.width()));
            QList<QTextLength> columns = format.columnWidthConstraints();
            for (QTextLength& c : columns)
                c = fixedLength(c);
            format.setColumnWidthConstraints(columns);
            table->setFormat(format);
        }
        fixTables(child);
    }
}

/**
 * Works around three gaps of Qt 6.4's ODF writer: it writes the font family of Qt 5 (one name) but the HTML
 * reader sets Qt 6's list of families; it writes a width in percent as points (100% → "100pt"); and it
 * writes the "vertical-align: top" of a table cell's text as a superscript. So: each run gets the first
 * family of its list and a normal position, and each table's widths are made absolute for A4.
 */
void prepareForOdf(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QStringList families = format.fontFamilies().toStringList();
            const QTextCharFormat::VerticalAlignment align = format.verticalAlignment();
            const bool cellAlign = align == QTextCharFormat::AlignTop || align == QTextCharFormat::AlignMiddle
                                   || align == QTextCharFormat::AlignBottom;
            if (families.isEmpty() && !cellAlign)
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            QTextCharFormat change;
            if (!families.isEmpty())
                change.setProperty(QTextFormat::OldFontFamily, families.first());
            if (cellAlign)
                change.setVerticalAlignment(QTextCharFormat::AlignNormal);
            cursor.mergeCharFormat(change);
        }
    }
    const QStringList bodyFamilies = document.begin().charFormat().fontFamilies().toStringList();
    if (!bodyFamilies.isEmpty()) {
        QFont font = document.defaultFont();
        font.setFamilies(bodyFamilies);
        document.setDefaultFont(font);
    }
    fixTables(document.rootFrame());
}

} // namespace

QString documentFormatSuffix(DocumentFormat format)
{
    return format == DocumentFormat::Odt ? QStringLiteral("odt") : QStringLiteral("pdf");
}

QByteArray DocumentWriter::pdfData(const QString& html, const QString& title)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QTextDocument document;
        // Hinting fits glyphs to a screen's pixel grid: worthless in a PDF, and FreeType's TrueType hinting
        // was a fifth of the time of writing one (perf, interntrack-bench "agreements").
        QFont font = document.defaultFont();
        font.setHintingPreference(QFont::PreferNoHinting);
        document.setDefaultFont(font);
        document.setHtml(html);
        writer.setCreator(QStringLiteral("InternTrack"));
        writer.setTitle(title.isEmpty() ? document.metaInformation(QTextDocument::DocumentTitle) : title);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() lays a document out with 2 cm margins of its own (and numbers the
        // pages in the bottom one): the page itself has none, so the text is 20 mm from each edge.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        document.print(&writer);
    }
    buffer.close();
    return data;
}

QByteArray DocumentWriter::odtData(const QString& html)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QTextDocument document;
    document.setHtml(html);
    prepareForOdf(document);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document))
        return {};
    buffer.close();
    return data;
}

Status DocumentWriter::checkFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (folder.trimmed().isEmpty())
        return Status::failure(tr("No folder was chosen for the documents."));
    if (!info.exists()) {
        // Under a regular file ("/etc/passwd/x") nothing exists: say so rather than "does not exist".
        for (QFileInfo up(info.absolutePath()); !up.isRoot(); up = QFileInfo(up.absolutePath())) {
            if (up.exists() && !up.isDir())
                return Status::failure(
                    tr("Cannot write into the folder %1: %2 is a file, not a folder.")
                        .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(up.absoluteFilePath())));
            if (up.exists())
                break;
        }
        return Status::failure(tr("The folder %1 does not exist: choose another folder or create it first.")
                                   .arg(QDir::toNativeSeparators(folder)));
    }
    if (!info.isDir())
        return Status::failure(
            tr("Cannot write into %1: it is a file, not a folder.").arg(QDir::toNativeSeparators(folder)));
    if (!info.isWritable())
        return Status::failure(tr("The folder %1 is read-only: choose another folder, or ask for the right to write "
                                  "in it.")
                                   .arg(QDir::toNativeSeparators(folder)));
    return {};
}

Status DocumentWriter::saveFile(const QByteArray& data, const QString& path)
{
    const QFileInfo info(path);
    if (Status s = checkFolder(info.absolutePath()); !s)
        return s;
    if (info.isDir())
        return Status::failure(
            tr("Cannot write %1: a folder of that name is in the way.").arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    file.setDirectWriteFallback(false); // never write in place: a failure must not leave half a file
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit())
        return Status::failure(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status DocumentWriter::writePdf(const QString& html, const QString& path, const QString& title)
{
    if (Status s = checkFolder(QFileInfo(path).absolutePath()); !s)
        return s;
    const QByteArray data = pdfData(html, title);
    if (!data.startsWith("%PDF-"))
        return Status::failure(tr("The PDF of %1 could not be made.").arg(QFileInfo(path).fileName()));
    return saveFile(data, path);
}

Status DocumentWriter::writeOdt(const QString& html, const QString& path)
{
    if (Status s = checkFolder(QFileInfo(path).absolutePath()); !s)
        return s;
    const QByteArray data = odtData(html);
    if (data.isEmpty())
        return Status::failure(tr("The OpenDocument file %1 could not be made.").arg(QFileInfo(path).fileName()));
    return saveFile(data, path);
}

Status DocumentWriter::write(DocumentFormat format, const QString& html, const QString& path, const QString& title)
{
    return format == DocumentFormat::Odt ? writeOdt(html, path) : writePdf(html, path, title);
}

} // namespace interntrack

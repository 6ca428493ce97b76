#include "ReportDialog.h"

#include "FormMessage.h"
#include "Icons.h"
#include "ItemInfo.h"
#include "Workspace.h"
#include "documents/PdfInfo.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace interntrack {

ReportDialog::ReportDialog(Workspace& workspace, ItemKind kind, const QString& id, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_kind(kind)
    , m_id(id)
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_pagesIcon(new QLabel(this))
    , m_pagesLabel(new QLabel(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report Received"));
    setWindowIcon(Icons::named(QStringLiteral("action-report")));

    auto* itemLabel = new QLabel(ItemInfo::describe(workspace, kind, id), this);
    itemLabel->setObjectName(QStringLiteral("itemLabel"));
    itemLabel->setWordWrap(true);
    itemLabel->setTextFormat(Qt::PlainText);
    QFont bold = itemLabel->font();
    bold.setBold(true);
    itemLabel->setFont(bold);

    std::optional<int> current;
    if (const std::optional<Item> item = workspace.item(kind, id)) {
        std::visit(
            [&](const auto& i) {
                if constexpr (requires { i.reportPages; })
                    current = i.reportPages;
            },
            *item);
    }
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(current ? tr("A report of %n page(s) is already recorded; the one you choose is added and its "
                                "page count replaces it.",
                                nullptr, *current)
                           : tr("Choose the report as a PDF file: its pages are counted from the file and stored "
                                "with it in the database."));

    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->setAccessibleName(tr("Report file"));
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_choose->setAccessibleName(tr("Choose the report file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);

    m_pagesLabel->setObjectName(QStringLiteral("pagesLabel"));
    m_pagesLabel->setWordWrap(true);
    m_pagesLabel->setTextFormat(Qt::PlainText);
    auto* pagesRow = new QHBoxLayout;
    pagesRow->addWidget(m_pagesIcon, 0, Qt::AlignTop);
    pagesRow->addWidget(m_pagesLabel, 1);

    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_choose);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Pages:"), pagesRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Attach"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &ReportDialog::choose);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(itemLabel);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    validate();
    // The wrapped labels decide the height at this width (sizeHint() assumes a narrower one and leaves gaps).
    resize(560, layout->hasHeightForWidth() ? layout->totalHeightForWidth(560) : sizeHint().height());
}

void ReportDialog::choose()
{
    // Not the static getter: it would run a nested event loop (and block tests).
    auto* dialog = new QFileDialog(this, tr("Choose the Report"),
                                   m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath());
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PDF files (*.pdf)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &ReportDialog::setPath);
    dialog->open();
}

void ReportDialog::setPath(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_pages.reset();
    m_readError.clear();
    if (!path.isEmpty()) {
        const Result<PdfInfo> info = PdfInfo::read(path);
        if (info)
            m_pages = info->pageCount;
        else
            m_readError = info.error();
    }
    validate();
}

bool ReportDialog::pagesWithinRange() const
{
    if (!m_pages)
        return false;
    // The 4–6 pages of RULES.md apply to internship and TER reports; a summer school's is "about 2 pages".
    if (m_kind != ItemKind::Internship && m_kind != ItemKind::Ter)
        return true;
    return *m_pages >= m_ws.rules().reportMinPages && *m_pages <= m_ws.rules().reportMaxPages;
}

QString ReportDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReportDialog::validate()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const int min = m_ws.rules().reportMinPages;
    const int max = m_ws.rules().reportMaxPages;
    const bool ranged = m_kind == ItemKind::Internship || m_kind == ItemKind::Ter;
    if (!m_pages) {
        m_pagesIcon->clear();
        m_pagesLabel->setText(
            ranged ? tr("Counted when a PDF is chosen (the rules ask for %1–%2 pages).").arg(min).arg(max)
                   : tr("Counted when a PDF is chosen."));
    } else if (!ranged) {
        m_pagesIcon->setPixmap(Icons::ok().pixmap(size, size));
        m_pagesLabel->setText(tr("%n page(s).", nullptr, *m_pages));
    } else if (pagesWithinRange()) {
        m_pagesIcon->setPixmap(Icons::ok().pixmap(size, size));
        m_pagesLabel->setText(
            tr("%n page(s): within the %1–%2 pages the rules ask for.", nullptr, *m_pages).arg(min).arg(max));
    } else {
        m_pagesIcon->setPixmap(Icons::severity(Severity::Warning).pixmap(size, size));
        m_pagesLabel->setText(tr("%n page(s): outside the %1–%2 pages the rules ask for. It can be attached; the "
                                 "report rule will warn about it.",
                                 nullptr, *m_pages)
                                  .arg(min)
                                  .arg(max));
    }

    m_ok->setEnabled(m_pages.has_value());
    if (!m_readError.isEmpty())
        m_message->showMessage(Severity::Error, m_readError);
    else if (m_path.isEmpty())
        m_message->showMessage(Severity::Info, tr("Choose the PDF file of the report."));
    else
        m_message->clearMessage();
}

void ReportDialog::accept()
{
    if (!m_pages) {
        validate();
        return;
    }
    const Status s = m_ws.attachReport(m_kind, m_id, m_path);
    if (!s) {
        m_message->showMessage(Severity::Error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace interntrack

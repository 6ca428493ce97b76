#include "TimelinePage.h"

#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#ifdef INTERNTRACK_HAVE_PRINTSUPPORT
#include <QPrintDialog>
#include <QPrinter>
#endif
#include <QToolBar>
#include <QVBoxLayout>

namespace interntrack {

TimelinePage::TimelinePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("timelinePage"));
    m_view = new TimelineView(workspace, this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("timelineToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoom = new QComboBox(m_toolBar);
    m_zoom->setObjectName(QStringLiteral("timelineZoom"));
    m_zoom->addItems({QString(), QString(), QString()});
    m_toolBar->addWidget(m_zoom);
    m_today = m_toolBar->addAction(QString(), m_view, &TimelineView::showToday);
    m_toolBar->addSeparator();
    m_exportPng = m_toolBar->addAction(QString(), this, &TimelinePage::exportPng);
    m_exportPdf = m_toolBar->addAction(QString(), this, &TimelinePage::exportPdf);
    m_print = m_toolBar->addAction(QString(), this, &TimelinePage::print);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
#ifndef INTERNTRACK_HAVE_PRINTSUPPORT
    m_print->setVisible(false); // built without Qt Print Support: export a PDF and print it instead
#endif

    connect(m_zoom, &QComboBox::activated, this,
            [this](int index) { m_view->setZoom(static_cast<TimelineView::Zoom>(index)); });
    connect(m_view, &TimelineView::zoomChanged, this,
            [this](TimelineView::Zoom zoom) { m_zoom->setCurrentIndex(int(zoom)); });
    connect(m_view, &TimelineView::currentItemChanged, this, &TimelinePage::currentItemChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    retranslate();
}

void TimelinePage::retranslate()
{
    m_zoom->setItemText(int(TimelineView::Zoom::Year), tr("Year"));
    m_zoom->setItemText(int(TimelineView::Zoom::Term), tr("Term"));
    m_zoom->setItemText(int(TimelineView::Zoom::Month), tr("Month"));
    m_zoom->setToolTip(tr("How much of the year the timeline shows across (Ctrl+wheel zooms too)."));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Scroll to today (the blue line)."));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportPdf->setText(tr("Export PDF…"));
    m_print->setText(tr("Print…"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setAccessibleDescription(
        tr("One lane per student with a bar for each TER, internship, summer school and seminar, over the academic "
           "year with the teaching periods, public holidays and the deadline. Hatched days do not count."));
}

void TimelinePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString TimelinePage::suggestedPath(const QString& suffix) const
{
    const QString dir = m_workspace.path().isEmpty() ? QDir::homePath() : QFileInfo(m_workspace.path()).absolutePath();
    return QDir(dir).filePath(tr("timeline-%1").arg(m_workspace.year().toString()) + suffix);
}

void TimelinePage::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline as an image"),
                                                      suggestedPath(QStringLiteral(".png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (Status s = m_view->exportPng(path); !s)
        QMessageBox::warning(this, tr("Export the timeline"), s.error());
}

void TimelinePage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the timeline as PDF"),
                                                      suggestedPath(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = m_view->exportPdf(path); !s)
        QMessageBox::warning(this, tr("Export the timeline"), s.error());
}

void TimelinePage::print()
{
#ifdef INTERNTRACK_HAVE_PRINTSUPPORT
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Timeline %1").arg(m_workspace.year().toString()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the timeline"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_view->paintPages(&printer); !s)
        QMessageBox::warning(this, tr("Print the timeline"), s.error());
#endif
}

} // namespace interntrack

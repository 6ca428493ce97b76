#pragma once

#include "TimelineView.h"

#include <QWidget>

class QAction;
class QComboBox;
class QToolBar;

namespace interntrack {

class Workspace;

/**
 * The "Timeline" tab of the overview: the timeline of the year under a toolbar with the zoom (year, term, month),
 * "Today", and the exports (PNG image, PDF) and printing.
 */
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(Workspace& workspace, QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }

public slots:
    void exportPng();
    void exportPdf();
    void print();

signals:
    /// The user clicked an item (or a student's name) in the timeline.
    void currentItemChanged(ItemKind kind, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString suggestedPath(const QString& suffix) const;

    Workspace& m_workspace;
    TimelineView* m_view = nullptr;
    QToolBar* m_toolBar = nullptr;
    QComboBox* m_zoom = nullptr;
    QAction* m_today = nullptr;
    QAction* m_exportPng = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_print = nullptr;
};

} // namespace interntrack

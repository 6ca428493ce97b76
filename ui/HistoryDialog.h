#pragma once

#include "storage/StorageRecords.h"

#include <QDialog>

namespace interntrack {

class HistoryView;
class Workspace;

/// A window around a HistoryView, opened by the History… action; it stays open beside the main window.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Workspace& workspace, ItemKind kind, const QString& id, QWidget* parent = nullptr);

    HistoryView* view() const { return m_view; }
    void setItem(ItemKind kind, const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    HistoryView* m_view;
};

} // namespace interntrack

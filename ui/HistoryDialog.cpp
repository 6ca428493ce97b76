#include "HistoryDialog.h"

#include "HistoryView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace interntrack {

HistoryDialog::HistoryDialog(Workspace& workspace, ItemKind kind, const QString& id, QWidget* parent)
    : QDialog(parent)
    , m_view(new HistoryView(workspace, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("historyButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 560);
    retranslate();
    setItem(kind, id);
}

void HistoryDialog::setItem(ItemKind kind, const QString& id)
{
    m_view->setItem(kind, id);
    retranslate();
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HistoryDialog::retranslate()
{
    setWindowTitle(m_view->hasItem() ? tr("History of %1").arg(m_view->itemId()) : tr("History"));
    setAccessibleName(windowTitle());
}

} // namespace interntrack

#include "FormMessage.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace interntrack {

FormMessage::FormMessage(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("formMessage"));
    m_text->setObjectName(QStringLiteral("formMessageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void FormMessage::showMessage(Severity severity, const QString& text)
{
    m_severity = severity;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::severity(severity).pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void FormMessage::clearMessage()
{
    m_text->clear();
    setAccessibleName(QString());
    hide();
}

QString FormMessage::text() const
{
    return m_text->text();
}

} // namespace interntrack

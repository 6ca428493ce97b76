#include "PlaceholderPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace interntrack {

PlaceholderPage::PlaceholderPage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_coming(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);

    m_coming->setObjectName(QStringLiteral("pageComing"));
    m_coming->setWordWrap(true);
    m_coming->setTextFormat(Qt::PlainText);
    QFont comingFont = m_coming->font();
    comingFont.setItalic(true);
    m_coming->setFont(comingFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_coming);
    layout->addStretch(1);

    retranslate();
}

void PlaceholderPage::setTexts(const QString& title, const QString& description)
{
    m_title->setText(title);
    m_description->setText(description);
    setAccessibleName(title);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_coming->setText(tr("This view is coming in a later version of InternTrack."));
}

} // namespace interntrack

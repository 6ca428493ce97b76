#include "SettingsPage.h"

#include "Settings.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace interntrack {

SettingsPage::SettingsPage(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Language names are written in their own language, so they are not translated.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    const int index = m_language->findData(m_settings.value(Settings::Language));
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_languageLabel->setBuddy(m_language);

    m_languageNote->setWordWrap(false);
    QFont noteFont = m_languageNote->font();
    noteFont.setItalic(true);
    m_languageNote->setFont(noteFont);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_language, &QComboBox::activated, this, &SettingsPage::onLanguageActivated);
    retranslate();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Interface language"));
    m_languageNote->setText(tr("Applies at once and is remembered for the next start."));
}

void SettingsPage::onLanguageActivated(int index)
{
    const QString code = m_language->itemData(index).toString();
    m_settings.setValue(Settings::Language, code);
    emit languageChosen(code);
}

} // namespace interntrack

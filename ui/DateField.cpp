#include "DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace interntrack {

DateField::DateField(bool optional, QWidget* parent)
    : QWidget(parent)
    , m_optional(optional)
    , m_edit(new QDateEdit(this))
    , m_defaultDate(QDate::currentDate())
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    if (m_optional) {
        m_set = new QCheckBox(this);
        m_set->setObjectName(QStringLiteral("dateSet"));
        m_set->setToolTip(tr("Whether the date is known"));
        layout->addWidget(m_set);
        connect(m_set, &QCheckBox::toggled, this, &DateField::onSetToggled);
    }
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    // The minimum stands for "not set" (and shows so) while the check box is off.
    m_edit->setMinimumDate(QDate(1900, 1, 1));
    m_edit->setMaximumDate(QDate(2999, 12, 31));
    m_edit->setSpecialValueText(tr("Not set"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("30 Sept 2026")) + 48);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] { emit dateChanged(date()); });
    if (m_optional) {
        m_edit->setDate(m_edit->minimumDate());
        m_edit->setEnabled(false);
    } else {
        m_edit->setDate(m_defaultDate);
    }
    updateFocusProxy();
}

QDate DateField::date() const
{
    if (m_set && !m_set->isChecked())
        return {};
    return m_edit->date();
}

void DateField::setDate(QDate date)
{
    if (m_optional) {
        const QSignalBlocker blockBox(m_set);
        const QSignalBlocker blockEdit(m_edit);
        m_set->setChecked(date.isValid());
        m_edit->setEnabled(date.isValid() && !m_readOnly);
        m_edit->setDate(date.isValid() ? date : m_edit->minimumDate());
        updateFocusProxy();
        emit dateChanged(this->date());
        return;
    }
    if (date.isValid())
        m_edit->setDate(date);
}

void DateField::onSetToggled(bool on)
{
    {
        const QSignalBlocker block(m_edit);
        m_edit->setEnabled(on && !m_readOnly);
        m_edit->setDate(on ? (m_defaultDate.isValid() ? m_defaultDate : QDate::currentDate()) : m_edit->minimumDate());
    }
    updateFocusProxy();
    if (on)
        m_edit->setFocus(Qt::OtherFocusReason);
    emit dateChanged(date());
}

void DateField::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_set)
        m_set->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
    m_edit->setEnabled(!m_set || m_set->isChecked());
    updateFocusProxy();
}

void DateField::setFieldName(const QString& name)
{
    m_edit->setAccessibleName(name);
    if (m_set)
        m_set->setAccessibleName(tr("%1 is set").arg(name));
}

void DateField::updateFocusProxy()
{
    setFocusProxy(m_set && !m_set->isChecked() ? static_cast<QWidget*>(m_set) : m_edit);
}

} // namespace interntrack

#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace interntrack {

/**
 * A date input for the editors: a QDateEdit with a calendar popup and, for an optional date, a check box that
 * says whether the date is set ("not set" otherwise, and the date edit is disabled). date() is null when unset.
 */
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(bool optional = true, QWidget* parent = nullptr);

    /// The date, null when not set.
    QDate date() const;
    /// Sets the date; a null date unsets an optional field (a required one keeps its date).
    void setDate(QDate date);
    bool isOptional() const { return m_optional; }
    /// The date proposed when the user sets an optional date that was not set (today by default).
    void setDefaultDate(QDate date) { m_defaultDate = date; }
    void setReadOnly(bool readOnly);
    /// Names the inputs for screen readers after the field's label.
    void setFieldName(const QString& name);

    QDateEdit* dateEdit() const { return m_edit; }
    /// The "set" check box; nullptr for a required date.
    QCheckBox* setBox() const { return m_set; }

signals:
    /// The date changed (null when it was unset).
    void dateChanged(QDate date);

private:
    void onSetToggled(bool on);
    void updateFocusProxy();

    bool m_optional;
    QCheckBox* m_set = nullptr;
    QDateEdit* m_edit;
    QDate m_defaultDate;
    bool m_readOnly = false;
};

} // namespace interntrack

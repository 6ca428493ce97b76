#pragma once

#include "domain/AcademicYear.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace interntrack {

class FormMessage;

/**
 * File > Add Programme…: another programme in the open database (its own years, rules and students), started
 * from a shipped profile. Asks for the profile, the programme's key (what `interntrack-cli --programme` takes)
 * and its first academic year; what is wrong shows beside the field and keeps OK disabled.
 */
class ProgrammeDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p taken: the keys of the database's programmes. @p today decides the year offered first.
    ProgrammeDialog(const QStringList& taken, QDate today, QWidget* parent = nullptr);

    QString key() const;
    QString profileId() const;
    AcademicYear year() const;

private:
    void profileChosen();
    void validate();

    QStringList m_taken;
    QComboBox* m_profile;
    QLineEdit* m_key;
    FormMessage* m_keyProblem;
    QComboBox* m_year;
    QDialogButtonBox* m_buttons;
    bool m_keyEdited = false;
};

} // namespace interntrack

#pragma once

#include "workflow/Role.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace interntrack {

/// Asks who uses the program on a file database: the advisor or the secretariat, and their name for the records.
/// At the first start it may also offer student mode (a student's own proposals, no database needed).
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    RoleDialog(Role role, const QString& name, QWidget* parent = nullptr, bool offerStudent = false);

    Role role() const;
    QString name() const;

private:
    void updateOk();

    QRadioButton* m_advisor;
    QRadioButton* m_secretariat;
    QRadioButton* m_student = nullptr;
    QLineEdit* m_name;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace interntrack

#pragma once

#include "workflow/Role.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace interntrack {

/// Asks who uses the program on a file database: the advisor or the secretariat, and their name for the records.
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    RoleDialog(Role role, const QString& name, QWidget* parent = nullptr);

    Role role() const;
    QString name() const;

private:
    QRadioButton* m_advisor;
    QRadioButton* m_secretariat;
    QLineEdit* m_name;
};

} // namespace interntrack

#include "RoleDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace interntrack {

RoleDialog::RoleDialog(Role role, const QString& name, QWidget* parent, bool offerStudent)
    : QDialog(parent)
    , m_advisor(new QRadioButton(tr("&Academic advisor: approves proposals, overrides rules, records grades, "
                                    "validates"),
                                 this))
    , m_secretariat(new QRadioButton(tr("&Secretariat: records signatures, reports and proofs, exports "
                                        "documents"),
                                     this))
    , m_name(new QLineEdit(name, this))
{
    setObjectName(QStringLiteral("roleDialog"));
    setWindowTitle(tr("Who Are You?"));
    m_advisor->setObjectName(QStringLiteral("advisorRadio"));
    m_secretariat->setObjectName(QStringLiteral("secretariatRadio"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    if (offerStudent) {
        m_student = new QRadioButton(tr("S&tudent: write my own proposals (internship, TER, summer school, seminars) "
                                        "and send them to the advisor; no database needed"),
                                     this);
        m_student->setObjectName(QStringLiteral("studentRadio"));
    }
    if (role == Role::Student && m_student)
        m_student->setChecked(true);
    else
        (role == Role::Secretariat ? m_secretariat : m_advisor)->setChecked(true);

    auto* intro = new QLabel(tr("What you may do depends on your role; what it does not allow is disabled, with "
                                "the reason in its tooltip. You can change it later in the Role menu."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name (kept with each change):"), m_name);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RoleDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_advisor);
    layout->addWidget(m_secretariat);
    if (m_student) {
        layout->addWidget(m_student);
        // A student gives their name in their personal file.
        connect(m_student, &QRadioButton::toggled, this, [this, form](bool student) {
            form->setRowVisible(m_name, !student);
            updateOk();
        });
        form->setRowVisible(m_name, !m_student->isChecked());
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
}

void RoleDialog::updateOk()
{
    const bool student = m_student && m_student->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(student || !m_name->text().trimmed().isEmpty());
}

Role RoleDialog::role() const
{
    if (m_student && m_student->isChecked())
        return Role::Student;
    return m_secretariat->isChecked() ? Role::Secretariat : Role::Advisor;
}

QString RoleDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace interntrack

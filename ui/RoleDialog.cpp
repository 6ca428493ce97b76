#include "RoleDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace interntrack {

RoleDialog::RoleDialog(Role role, const QString& name, QWidget* parent)
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
    (role == Role::Secretariat ? m_secretariat : m_advisor)->setChecked(true);

    auto* intro = new QLabel(tr("What you may do depends on your role; what it does not allow is disabled, with "
                                "the reason in its tooltip. You can change it later in the Role menu."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name (kept with each change):"), m_name);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_advisor);
    layout->addWidget(m_secretariat);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Role RoleDialog::role() const
{
    return m_secretariat->isChecked() ? Role::Secretariat : Role::Advisor;
}

QString RoleDialog::name() const
{
    return m_name->text().trimmed();
}

} // namespace interntrack

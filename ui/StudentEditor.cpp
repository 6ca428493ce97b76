#include "StudentEditor.h"

#include <QGridLayout>
#include <QLineEdit>

namespace interntrack {

StudentEditor::StudentEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent)
    : ItemEditorDialog(workspace, item, isNew, parent)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_number(new QLineEdit(this))
{
    setObjectName(QStringLiteral("studentEditor"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("First and last name"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@universite-paris-saclay.fr"));
    m_number->setObjectName(QStringLiteral("numberEdit"));

    QGridLayout* form = addSection(tr("Student"));
    addField(form, QStringLiteral("id"), tr("Id:"), idEdit());
    addField(form, QStringLiteral("name"), tr("Name:"), m_name);
    addField(form, QStringLiteral("email"), tr("Email:"), m_email);
    addField(form, QStringLiteral("student_number"), tr("Student number:"), m_number);

    for (QLineEdit* edit : {m_name, m_email, m_number})
        connect(edit, &QLineEdit::textChanged, this, &StudentEditor::onEdited);
}

void StudentEditor::load(const Item& item)
{
    const Student& s = std::get<Student>(item);
    m_name->setText(s.name);
    m_email->setText(s.email);
    m_number->setText(s.studentNumber);
}

Item StudentEditor::collect() const
{
    Student s = std::get<Student>(original());
    s.id = idEdit()->text().trimmed();
    s.name = m_name->text().trimmed();
    s.email = m_email->text().trimmed();
    s.studentNumber = m_number->text().trimmed();
    return s;
}

QList<ItemEditorDialog::Problem> StudentEditor::validate(const Item& item) const
{
    QList<Problem> problems = ItemEditorDialog::validate(item);
    if (std::get<Student>(item).name.isEmpty())
        problems.append({QStringLiteral("name"), tr("Give the student's name.")});
    return problems;
}

} // namespace interntrack

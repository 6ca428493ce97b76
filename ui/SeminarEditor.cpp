#include "SeminarEditor.h"

#include "DateField.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace interntrack {

SeminarEditor::SeminarEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent)
    : ItemEditorDialog(workspace, item, isNew, parent)
    , m_student(createStudentCombo(this))
    , m_title(new QLineEdit(this))
    , m_date(new DateField(true, this))
    , m_paragraph(new QPlainTextEdit(this))
    , m_words(createValueLabel(this))
{
    setObjectName(QStringLiteral("seminarEditor"));
    m_student->setObjectName(QStringLiteral("studentCombo"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("e.g. DATAIA seminar: conformal prediction"));
    m_date->setObjectName(QStringLiteral("seminarDate"));
    m_paragraph->setObjectName(QStringLiteral("paragraphEdit"));
    m_paragraph->setPlaceholderText(tr("What you learned, in your own words"));
    m_paragraph->setTabChangesFocus(true);
    m_paragraph->setMinimumHeight(fontMetrics().height() * 8);
    m_words->setObjectName(QStringLiteral("wordCount"));

    auto* paragraph = new QWidget(this);
    auto* paragraphLayout = new QVBoxLayout(paragraph);
    paragraphLayout->setContentsMargins(0, 0, 0, 0);
    paragraphLayout->setSpacing(2);
    paragraphLayout->addWidget(m_paragraph);
    paragraphLayout->addWidget(m_words);
    paragraph->setFocusProxy(m_paragraph);
    m_paragraph->setAccessibleName(tr("Paragraph"));

    QGridLayout* form = addSection(tr("Seminar"));
    addField(form, QStringLiteral("id"), tr("Id:"), idEdit());
    addField(form, QStringLiteral("student"), tr("Student:"), m_student);
    addField(form, QStringLiteral("title"), tr("Title:"), m_title);
    addField(form, QStringLiteral("date"), tr("Date:"), m_date);
    addField(form, QStringLiteral("paragraph"), tr("Paragraph:"), paragraph);

    connect(m_student, &QComboBox::currentIndexChanged, this, &SeminarEditor::onEdited);
    connect(m_title, &QLineEdit::textChanged, this, &SeminarEditor::onEdited);
    connect(m_date, &DateField::dateChanged, this, &SeminarEditor::onEdited);
    connect(m_paragraph, &QPlainTextEdit::textChanged, this, &SeminarEditor::onEdited);
}

void SeminarEditor::load(const Item& item)
{
    const Seminar& s = std::get<Seminar>(item);
    setComboStudent(m_student, s.studentId);
    m_title->setText(s.title);
    m_date->setDefaultDate(workspace().today());
    m_date->setDate(s.date);
    m_paragraph->setPlainText(s.paragraph);
    updateSummary(item);
}

Item SeminarEditor::collect() const
{
    Seminar s = std::get<Seminar>(original());
    s.id = idEdit()->text().trimmed();
    s.studentId = comboStudent(m_student);
    s.title = m_title->text().trimmed();
    s.date = m_date->date();
    s.paragraph = m_paragraph->toPlainText().trimmed();
    return s;
}

QList<ItemEditorDialog::Problem> SeminarEditor::validate(const Item& item) const
{
    QList<Problem> problems = ItemEditorDialog::validate(item);
    if (std::get<Seminar>(item).studentId.isEmpty())
        problems.append({QStringLiteral("student"), tr("Choose the student.")});
    return problems;
}

void SeminarEditor::updateSummary(const Item& item)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QString text = std::get<Seminar>(item).paragraph;
    const int words = text.isEmpty() ? 0 : int(text.split(space, Qt::SkipEmptyParts).size());
    m_words->setText(
        tr("%n word(s); at least %1 asked", nullptr, words).arg(workspace().rules().seminarParagraphMinWords));
}

} // namespace interntrack

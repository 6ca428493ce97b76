#include "SummerSchoolEditor.h"

#include "DateField.h"
#include "rules/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStringListModel>

namespace interntrack {

SummerSchoolEditor::SummerSchoolEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent)
    : ItemEditorDialog(workspace, item, isNew, parent)
    , m_student(createStudentCombo(this))
    , m_name(new QLineEdit(this))
    , m_proposed(new QCheckBox(tr("In the programme's list of proposed summer schools"), this))
    , m_start(new DateField(true, this))
    , m_end(new DateField(true, this))
    , m_fullTimeDays(new QSpinBox(this))
    , m_links(new QPlainTextEdit(this))
    , m_report(createValueLabel(this))
{
    setObjectName(QStringLiteral("summerSchoolEditor"));

    m_student->setObjectName(QStringLiteral("studentCombo"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("The school's name"));
    const QStringList proposed = workspace.rules().proposedSchools;
    auto* completer = new QCompleter(new QStringListModel(proposed, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this] { m_proposed->setChecked(true); });
    m_proposed->setObjectName(QStringLiteral("proposedCheck"));
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_fullTimeDays->setObjectName(QStringLiteral("fullTimeDaysSpin"));
    m_fullTimeDays->setRange(0, 365);
    m_fullTimeDays->setSpecialValueText(tr("Every weekday from start to end"));
    m_fullTimeDays->setSuffix(tr(" day(s)"));
    m_links->setObjectName(QStringLiteral("linksEdit"));
    m_links->setPlaceholderText(tr("One link a line: the school's page, the programme, the certificate…"));
    m_links->setTabChangesFocus(true);
    m_links->setMaximumHeight(fontMetrics().height() * 4 + 16);
    m_report->setObjectName(QStringLiteral("reportValue"));

    QGridLayout* form = addSection(tr("Summer school"));
    addField(form, QStringLiteral("id"), tr("Id:"), idEdit());
    addField(form, QStringLiteral("student"), tr("Student:"), m_student);
    addField(form, QStringLiteral("name"), tr("School:"), m_name);
    addField(form, QStringLiteral("proposed"), tr("Proposed:"), m_proposed);
    addField(form, QStringLiteral("start"), tr("Start:"), m_start);
    addField(form, QStringLiteral("end"), tr("End:"), m_end);
    addField(form, QStringLiteral("full_time_days"), tr("Full-time days:"), m_fullTimeDays);
    QGridLayout* report = addSection(tr("Report"));
    addField(report, QStringLiteral("report_links"), tr("Links:"), m_links);
    addField(report, QStringLiteral("report"), tr("Report:"), m_report);

    connect(m_student, &QComboBox::currentIndexChanged, this, &SummerSchoolEditor::onEdited);
    connect(m_name, &QLineEdit::textChanged, this, &SummerSchoolEditor::onEdited);
    connect(m_proposed, &QCheckBox::toggled, this, &SummerSchoolEditor::onEdited);
    for (DateField* date : {m_start, m_end})
        connect(date, &DateField::dateChanged, this, &SummerSchoolEditor::onEdited);
    connect(m_fullTimeDays, &QSpinBox::valueChanged, this, &SummerSchoolEditor::onEdited);
    connect(m_links, &QPlainTextEdit::textChanged, this, &SummerSchoolEditor::onEdited);
}

void SummerSchoolEditor::load(const Item& item)
{
    const SummerSchool& s = std::get<SummerSchool>(item);
    setComboStudent(m_student, s.studentId);
    m_name->setText(s.name);
    m_proposed->setChecked(s.proposed);
    m_start->setDefaultDate(workspace().today());
    m_start->setDate(s.start);
    m_end->setDefaultDate(s.start.isValid() ? s.start.addDays(4) : workspace().today().addDays(4));
    m_end->setDate(s.end);
    m_fullTimeDays->setValue(s.fullTimeDays.value_or(0));
    m_links->setPlainText(s.reportLinks.join(QLatin1Char('\n')));
    m_report->setText(s.reportPages ? tr("%n page(s), from the attached PDF", nullptr, *s.reportPages)
                                    : tr("No report attached yet"));
}

Item SummerSchoolEditor::collect() const
{
    SummerSchool s = std::get<SummerSchool>(original());
    s.id = idEdit()->text().trimmed();
    s.studentId = comboStudent(m_student);
    s.name = m_name->text().trimmed();
    s.proposed = m_proposed->isChecked();
    s.start = m_start->date();
    s.end = m_end->date();
    s.fullTimeDays = m_fullTimeDays->value() > 0 ? std::optional<int>(m_fullTimeDays->value()) : std::nullopt;
    QStringList links;
    for (const QString& line : m_links->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            links.append(line.trimmed());
    }
    s.reportLinks = links;
    return s;
}

QList<ItemEditorDialog::Problem> SummerSchoolEditor::validate(const Item& item) const
{
    QList<Problem> problems = ItemEditorDialog::validate(item);
    const SummerSchool& s = std::get<SummerSchool>(item);
    if (s.studentId.isEmpty())
        problems.append({QStringLiteral("student"), tr("Choose the student.")});
    if (s.start.isValid() && s.end.isValid() && s.end < s.start)
        problems.append({QStringLiteral("end"), tr("The end (%1) is before the start (%2): correct one of them.")
                                                    .arg(formatDate(s.end), formatDate(s.start))});
    return problems;
}

} // namespace interntrack

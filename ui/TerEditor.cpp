#include "TerEditor.h"

#include "DateField.h"
#include "ItemTableModel.h"
#include "StudentsModel.h"
#include "rules/Format.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace interntrack {

TerEditor::TerEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent)
    : ItemEditorDialog(workspace, item, isNew, parent)
    , m_subjects(workspace.terSubjects())
    , m_kind(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_lab(new QLineEdit(this))
    , m_inSaclay(new QCheckBox(tr("The lab is in Paris-Saclay"), this))
    , m_supervisor(new QLineEdit(this))
    , m_start(new DateField(true, this))
    , m_end(new DateField(true, this))
    , m_weeklyHours(new QDoubleSpinBox(this))
    , m_paid(new QCheckBox(tr("Paid (a gratification or a salary)"), this))
    , m_report(createValueLabel(this))
    , m_grade(createValueLabel(this))
{
    setObjectName(QStringLiteral("terEditor"));

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (TerKind k : {TerKind::Research, TerKind::ChallengePrep, TerKind::ChallengeSolve})
        m_kind->addItem(ItemTableModel::terKindName(k), int(k));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setPlaceholderText(tr("A subject of the year, or a new one"));
    QStringList titles;
    for (const TerSubject& s : std::as_const(m_subjects))
        titles.append(s.title);
    auto* completer = new QCompleter(new QStringListModel(titles, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_subject->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &TerEditor::fillFromSubject);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 99);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setSuffix(tr(" student(s)"));
    m_capacity->setToolTip(tr("How many students the subject takes, over all its TERs"));
    m_lab->setObjectName(QStringLiteral("labEdit"));
    m_inSaclay->setObjectName(QStringLiteral("inSaclayCheck"));
    m_supervisor->setObjectName(QStringLiteral("supervisorEdit"));
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_weeklyHours->setObjectName(QStringLiteral("weeklyHoursSpin"));
    m_weeklyHours->setRange(0.0, 40.0);
    m_weeklyHours->setDecimals(1);
    m_weeklyHours->setSingleStep(0.5);
    m_weeklyHours->setSuffix(tr(" h a week"));
    m_paid->setObjectName(QStringLiteral("paidCheck"));
    m_report->setObjectName(QStringLiteral("reportValue"));
    m_grade->setObjectName(QStringLiteral("gradeValue"));

    QGridLayout* ter = addSection(tr("TER"));
    addField(ter, QStringLiteral("id"), tr("Id:"), idEdit());
    addField(ter, QStringLiteral("students"), tr("Students:"), createStudents());
    addField(ter, QStringLiteral("kind"), tr("Kind:"), m_kind);
    addField(ter, QStringLiteral("subject"), tr("Subject:"), m_subject);
    addField(ter, QStringLiteral("capacity"), tr("Capacity:"), m_capacity);
    addField(ter, QStringLiteral("lab"), tr("Lab:"), m_lab);
    addField(ter, QStringLiteral("in_saclay"), tr("Location:"), m_inSaclay);
    addField(ter, QStringLiteral("supervisor"), tr("Supervisor:"), m_supervisor);

    QGridLayout* plan = addSection(tr("Schedule"));
    addField(plan, QStringLiteral("start"), tr("Start:"), m_start);
    addField(plan, QStringLiteral("end"), tr("End:"), m_end);
    addField(plan, QStringLiteral("weekly_hours"), tr("Weekly hours:"), m_weeklyHours);
    addField(plan, QStringLiteral("paid"), tr("Pay:"), m_paid);

    QGridLayout* results = addSection(tr("Results"));
    addField(results, QStringLiteral("report"), tr("Report:"), m_report);
    addField(results, QStringLiteral("grade"), tr("Grade:"), m_grade);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TerEditor::onEdited);
    for (QLineEdit* edit : {m_subject, m_lab, m_supervisor})
        connect(edit, &QLineEdit::textChanged, this, &TerEditor::onEdited);
    connect(m_capacity, &QSpinBox::valueChanged, this, &TerEditor::onEdited);
    connect(m_weeklyHours, &QDoubleSpinBox::valueChanged, this, &TerEditor::onEdited);
    for (QCheckBox* box : {m_inSaclay, m_paid})
        connect(box, &QCheckBox::toggled, this, &TerEditor::onEdited);
    for (DateField* date : {m_start, m_end})
        connect(date, &DateField::dateChanged, this, &TerEditor::onEdited);
}

QWidget* TerEditor::createStudents()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("studentsBox"));
    m_chosen = createValueLabel(box);
    m_chosen->setObjectName(QStringLiteral("chosenStudents"));
    m_studentFilter = new QLineEdit(box);
    m_studentFilter->setObjectName(QStringLiteral("studentFilter"));
    m_studentFilter->setPlaceholderText(tr("Find a student…"));
    m_studentFilter->setAccessibleName(tr("Find a student"));
    m_studentFilter->setClearButtonEnabled(true);
    m_students = new QListWidget(box);
    m_students->setObjectName(QStringLiteral("studentList"));
    m_students->setAccessibleName(tr("Students of the TER"));
    m_students->setMaximumHeight(fontMetrics().height() * 7 + 12);

    QList<const Student*> students;
    for (const Student& s : workspace().cohort().students)
        students.append(&s);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(students.begin(), students.end(),
              [&collator](const Student* a, const Student* b) { return collator.compare(a->name, b->name) < 0; });
    for (const Student* s : std::as_const(students)) {
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(s->name, s->id), m_students);
        item->setData(Qt::UserRole, s->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_students, &QListWidget::itemChanged, this, [this] {
        updateChosen();
        onEdited();
    });
    connect(m_studentFilter, &QLineEdit::textChanged, this, &TerEditor::filterStudents);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_chosen);
    layout->addWidget(m_studentFilter);
    layout->addWidget(m_students);
    box->setFocusProxy(m_students);
    return box;
}

void TerEditor::filterStudents(const QString& text)
{
    const QStringList words = StudentsModel::searchKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_students->count(); ++i) {
        QListWidgetItem* item = m_students->item(i);
        const QString haystack = StudentsModel::searchKey(item->text());
        bool shown = true;
        for (const QString& w : words)
            shown = shown && haystack.contains(w);
        item->setHidden(!shown);
    }
}

void TerEditor::setStudents(const QStringList& ids)
{
    const QSignalBlocker block(m_students);
    QStringList missing = ids;
    for (int i = 0; i < m_students->count(); ++i) {
        QListWidgetItem* item = m_students->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        item->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(id);
    }
    // Students not in the year's list keep their place rather than being dropped.
    for (const QString& id : std::as_const(missing)) {
        auto* item = new QListWidgetItem(id, m_students);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    updateChosen();
}

QStringList TerEditor::students() const
{
    // In the order they were in, then the ones added.
    const QStringList before = std::get<Ter>(original()).studentIds;
    QStringList checked;
    for (int i = 0; i < m_students->count(); ++i) {
        if (m_students->item(i)->checkState() == Qt::Checked)
            checked.append(m_students->item(i)->data(Qt::UserRole).toString());
    }
    QStringList out;
    for (const QString& id : before) {
        if (checked.contains(id))
            out.append(id);
    }
    for (const QString& id : std::as_const(checked)) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

void TerEditor::updateChosen()
{
    QStringList names;
    for (const QString& id : students()) {
        const Student* s = workspace().student(id);
        names.append(s ? s->name : id);
    }
    m_chosen->setText(names.isEmpty() ? tr("No student chosen yet")
                                      : tr("%n chosen: %1", nullptr, int(names.size())).arg(names.join(tr(", "))));
}

void TerEditor::fillFromSubject(const QString& title)
{
    for (const TerSubject& s : std::as_const(m_subjects)) {
        if (s.title.trimmed().toCaseFolded() != title.trimmed().toCaseFolded())
            continue;
        m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
        m_capacity->setValue(s.capacity.value_or(0));
        m_lab->setText(s.lab.name);
        m_inSaclay->setChecked(s.lab.inParisSaclay);
        return;
    }
}

void TerEditor::load(const Item& item)
{
    const Ter& t = std::get<Ter>(item);
    setStudents(t.studentIds);
    m_kind->setCurrentIndex(m_kind->findData(int(t.kind)));
    m_subject->setText(t.subject);
    m_capacity->setValue(t.capacity.value_or(0));
    m_lab->setText(t.lab.name);
    m_inSaclay->setChecked(t.lab.inParisSaclay);
    m_supervisor->setText(t.supervisor);
    m_start->setDefaultDate(workspace().today());
    m_start->setDate(t.start);
    m_end->setDefaultDate(t.start.isValid() ? t.start.addMonths(2) : workspace().today().addMonths(2));
    m_end->setDate(t.end);
    m_weeklyHours->setValue(t.weeklyHours);
    m_paid->setChecked(t.paid);
    m_report->setText(t.reportPages ? tr("%n page(s), from the attached PDF", nullptr, *t.reportPages)
                                    : tr("No report attached yet"));
    const double max = workspace().rules().gradeMax;
    m_grade->setText(t.grade ? tr("%1 / %2").arg(formatNumber(*t.grade, 1), formatNumber(max, 0))
                             : tr("Not graded yet"));
    m_grade->setToolTip(tr("The advisor records the grade with Actions ▸ Grade TER."));
}

Item TerEditor::collect() const
{
    Ter t = std::get<Ter>(original());
    t.id = idEdit()->text().trimmed();
    t.studentIds = students();
    t.kind = TerKind(m_kind->currentData().toInt());
    t.subject = m_subject->text().trimmed();
    t.capacity = m_capacity->value() > 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    t.lab.name = m_lab->text().trimmed();
    t.lab.inParisSaclay = m_inSaclay->isChecked();
    t.supervisor = m_supervisor->text().trimmed();
    t.start = m_start->date();
    t.end = m_end->date();
    t.weeklyHours = m_weeklyHours->value();
    t.paid = m_paid->isChecked();
    return t;
}

QList<ItemEditorDialog::Problem> TerEditor::validate(const Item& item) const
{
    QList<Problem> problems = ItemEditorDialog::validate(item);
    const Ter& t = std::get<Ter>(item);
    if (t.studentIds.isEmpty())
        problems.append({QStringLiteral("students"), tr("Choose at least one student.")});
    if (t.start.isValid() && t.end.isValid() && t.end < t.start)
        problems.append({QStringLiteral("end"), tr("The end (%1) is before the start (%2): correct one of them.")
                                                    .arg(formatDate(t.end), formatDate(t.start))});
    if (t.weeklyHours < 0)
        problems.append({QStringLiteral("weekly_hours"), tr("The weekly hours cannot be negative.")});
    return problems;
}

} // namespace interntrack

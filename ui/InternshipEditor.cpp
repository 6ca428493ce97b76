#include "InternshipEditor.h"

#include "DateField.h"
#include "ItemTableModel.h"
#include "rules/Checker.h"
#include "rules/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace interntrack {

namespace {

QString folded(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

QCompleter* createCompleter(QStringListModel* model, QObject* parent)
{
    auto* completer = new QCompleter(model, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    return completer;
}

} // namespace

InternshipEditor::InternshipEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent)
    : ItemEditorDialog(workspace, item, isNew, parent)
    , m_directory(workspace.hostDirectory())
    , m_student(createStudentCombo(this))
    , m_host(new QLineEdit(this))
    , m_hostKind(new QComboBox(this))
    , m_aiResearch(new QCheckBox(tr("Does research in AI, machine learning or data science"), this))
    , m_address(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_tutor(new QLineEdit(this))
    , m_tutorEmail(new QLineEdit(this))
    , m_tutorPhone(new QLineEdit(this))
    , m_tutorNames(new QStringListModel(this))
    , m_subject(new QLineEdit(this))
    , m_start(new DateField(true, this))
    , m_end(new DateField(true, this))
    , m_weeklyHours(new QDoubleSpinBox(this))
    , m_submitted(new DateField(true, this))
    , m_signatures(createValueLabel(this))
    , m_gratification(new QDoubleSpinBox(this))
    , m_gratificationPer(new QComboBox(this))
    , m_previousSummer(new QCheckBox(tr("Completed during the previous summer, to be validated"), this))
    , m_proof(new QCheckBox(tr("Completion proof signed by the tutor received"), this))
    , m_report(createValueLabel(this))
{
    setObjectName(QStringLiteral("internshipEditor"));

    // Inputs
    m_student->setObjectName(QStringLiteral("studentCombo"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("Lab or company, e.g. Inria Saclay"));
    QStringList hostNames;
    for (const HostEntry& e : std::as_const(m_directory))
        hostNames.append(e.host.name);
    auto* hostCompleter = createCompleter(new QStringListModel(hostNames, this), this);
    m_host->setCompleter(hostCompleter);
    connect(hostCompleter, qOverload<const QString&>(&QCompleter::activated), this, &InternshipEditor::fillFromHost);
    m_hostKind->setObjectName(QStringLiteral("hostKindCombo"));
    m_hostKind->addItem(ItemTableModel::hostKindName(HostKind::PublicLab), int(HostKind::PublicLab));
    m_hostKind->addItem(ItemTableModel::hostKindName(HostKind::Company), int(HostKind::Company));
    m_hostKind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_aiResearch->setObjectName(QStringLiteral("aiResearchCheck"));
    // The host's screening of the student (profiles whose partners screen first, INT_HOST_SCREENING).
    m_hostScreening = new QComboBox(this);
    m_hostScreening->setObjectName(QStringLiteral("hostScreeningCombo"));
    m_hostScreening->addItem(tr("not needed"), int(HostScreening::NotNeeded));
    m_hostScreening->addItem(tr("pending"), int(HostScreening::Pending));
    m_hostScreening->addItem(tr("accepted the student"), int(HostScreening::Accepted));
    m_hostScreening->addItem(tr("declined the student"), int(HostScreening::Declined));
    m_hostScreening->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hostScreening->setAccessibleName(tr("The host's screening of the student"));
    connect(m_hostScreening, &QComboBox::currentIndexChanged, this, &InternshipEditor::onEdited);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_tutor->setObjectName(QStringLiteral("tutorEdit"));
    m_tutor->setPlaceholderText(tr("The host's supervisor of the intern"));
    auto* tutorCompleter = createCompleter(m_tutorNames, this);
    m_tutor->setCompleter(tutorCompleter);
    connect(tutorCompleter, qOverload<const QString&>(&QCompleter::activated), this, &InternshipEditor::fillFromTutor);
    m_tutorEmail->setObjectName(QStringLiteral("tutorEmailEdit"));
    m_tutorPhone->setObjectName(QStringLiteral("tutorPhoneEdit"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_start->setObjectName(QStringLiteral("startDate"));
    m_end->setObjectName(QStringLiteral("endDate"));
    m_submitted->setObjectName(QStringLiteral("submittedDate"));
    m_submitted->setDefaultDate(workspace.today());
    m_weeklyHours->setObjectName(QStringLiteral("weeklyHoursSpin"));
    m_weeklyHours->setRange(0.0, 80.0);
    m_weeklyHours->setDecimals(1);
    m_weeklyHours->setSingleStep(0.5);
    m_weeklyHours->setSuffix(tr(" h a week"));
    m_signatures->setObjectName(QStringLiteral("signaturesValue"));
    m_gratification->setObjectName(QStringLiteral("gratificationSpin"));
    m_gratification->setRange(0.0, 100000.0);
    m_gratification->setDecimals(2);
    m_gratification->setSingleStep(10.0);
    m_gratification->setSuffix(QStringLiteral(" €"));
    m_gratification->setAccessibleName(tr("Gratification amount"));
    m_gratificationPer->setObjectName(QStringLiteral("gratificationPerCombo"));
    m_gratificationPer->addItem(tr("a month"), int(GratificationPer::Month));
    m_gratificationPer->addItem(tr("an hour"), int(GratificationPer::Hour));
    m_gratificationPer->setAccessibleName(tr("Gratification paid per"));
    m_previousSummer->setObjectName(QStringLiteral("previousSummerCheck"));
    m_proof->setObjectName(QStringLiteral("proofCheck"));
    m_report->setObjectName(QStringLiteral("reportValue"));

    auto* gratification = new QWidget(this);
    auto* gratificationLayout = new QHBoxLayout(gratification);
    gratificationLayout->setContentsMargins(0, 0, 0, 0);
    gratificationLayout->addWidget(m_gratification);
    gratificationLayout->addWidget(m_gratificationPer);
    gratificationLayout->addStretch(1);
    gratification->setFocusProxy(m_gratification);

    // The form
    QGridLayout* who = addSection(tr("Student and host"));
    addField(who, QStringLiteral("id"), tr("Id:"), idEdit());
    addField(who, QStringLiteral("student"), tr("Student:"), m_student);
    addField(who, QStringLiteral("host"), tr("Host:"), m_host);
    addField(who, QStringLiteral("host_kind"), tr("Kind of host:"), m_hostKind);
    addField(who, QStringLiteral("ai_research"), tr("AI research:"), m_aiResearch);
    addField(who, QStringLiteral("host_screening"), tr("Host's screening:"), m_hostScreening);
    addField(who, QStringLiteral("address"), tr("Address:"), m_address);
    addField(who, QStringLiteral("city"), tr("City:"), m_city);
    addField(who, QStringLiteral("country"), tr("Country:"), m_country);

    QGridLayout* tutor = addSection(tr("Tutor"));
    addField(tutor, QStringLiteral("tutor"), tr("Name:"), m_tutor);
    addField(tutor, QStringLiteral("tutor_email"), tr("Email:"), m_tutorEmail);
    addField(tutor, QStringLiteral("tutor_phone"), tr("Phone:"), m_tutorPhone);

    QGridLayout* plan = addSection(tr("Placement"));
    addField(plan, QStringLiteral("subject"), tr("Subject:"), m_subject);
    addField(plan, QStringLiteral("start"), tr("Start:"), m_start);
    addField(plan, QStringLiteral("end"), tr("End:"), m_end);
    addField(plan, QStringLiteral("weekly_hours"), tr("Weekly hours:"), m_weeklyHours);
    addField(plan, QStringLiteral("work_days"), tr("Work days:"), createWorkDays());
    addField(plan, QStringLiteral("absences"), tr("Absences:"), createAbsences());

    QGridLayout* agreement = addSection(tr("Agreement"));
    addField(agreement, QStringLiteral("submitted"), tr("Submitted on:"), m_submitted);
    addField(agreement, QStringLiteral("signatures"), tr("Signatures:"), m_signatures);
    addField(agreement, QStringLiteral("gratification"), tr("Gratification:"), gratification);

    QGridLayout* completion = addSection(tr("Completion"));
    addField(completion, QStringLiteral("previous_summer"), tr("Previous summer:"), m_previousSummer);
    addField(completion, QStringLiteral("proof"), tr("Proof:"), m_proof);
    addField(completion, QStringLiteral("report"), tr("Report:"), m_report);

    addSideWidget(createFigures());

    // A student writes their own proposal: who they are, the id, the submission date (set when they submit),
    // the signatures and the completion are not theirs to type. What the rules say of them goes to the strip.
    if (workspace.actor().role == Role::Student) {
        for (const char* field : {"id", "student", "submitted", "signatures", "proof", "report"})
            removeField(QLatin1String(field));
    }

    // Every change is checked again
    connect(m_student, &QComboBox::currentIndexChanged, this, &InternshipEditor::onEdited);
    for (QLineEdit* edit : {m_host, m_address, m_city, m_country, m_tutor, m_tutorEmail, m_tutorPhone, m_subject})
        connect(edit, &QLineEdit::textChanged, this, &InternshipEditor::onEdited);
    connect(m_host, &QLineEdit::textChanged, this, &InternshipEditor::updateTutorCompletions);
    connect(m_hostKind, &QComboBox::currentIndexChanged, this, &InternshipEditor::onEdited);
    connect(m_gratificationPer, &QComboBox::currentIndexChanged, this, &InternshipEditor::onEdited);
    for (QCheckBox* box : {m_aiResearch, m_previousSummer, m_proof})
        connect(box, &QCheckBox::toggled, this, &InternshipEditor::onEdited);
    for (DateField* date : {m_start, m_end, m_submitted})
        connect(date, &DateField::dateChanged, this, &InternshipEditor::onEdited);
    for (QDoubleSpinBox* spin : {m_weeklyHours, m_gratification})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &InternshipEditor::onEdited);
    // A date set for the first time starts near the other one.
    connect(m_start, &DateField::dateChanged, this, [this](QDate d) {
        if (d.isValid() && !m_end->date().isValid())
            m_end->setDefaultDate(d.addMonths(2));
        if (d.isValid())
            m_absenceDate->setDate(d);
    });
}

QWidget* InternshipEditor::createWorkDays()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("workDays"));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto* check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), box);
        check->setObjectName(QStringLiteral("workDay%1").arg(day));
        check->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        connect(check, &QCheckBox::toggled, this, &InternshipEditor::onEdited);
        layout->addWidget(check);
        m_workDays.append(check);
    }
    layout->addStretch(1);
    box->setFocusProxy(m_workDays.first());
    return box;
}

QWidget* InternshipEditor::createAbsences()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("absences"));
    m_absences = new QListWidget(box);
    m_absences->setObjectName(QStringLiteral("absenceList"));
    m_absences->setAccessibleName(tr("Absence days"));
    m_absences->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_absences->setMaximumHeight(fontMetrics().height() * 5 + 12);
    m_absences->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 2026")) * 2);
    m_absenceDate = new QDateEdit(box);
    m_absenceDate->setObjectName(QStringLiteral("absenceDate"));
    m_absenceDate->setAccessibleName(tr("Absence day to add"));
    m_absenceDate->setCalendarPopup(true);
    m_absenceDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_absenceDate->setDate(workspace().today());
    m_addAbsence = new QPushButton(tr("Add"), box);
    m_addAbsence->setObjectName(QStringLiteral("addAbsenceButton"));
    m_addAbsence->setAccessibleName(tr("Add the absence day"));
    m_removeAbsence = new QPushButton(tr("Remove"), box);
    m_removeAbsence->setObjectName(QStringLiteral("removeAbsenceButton"));
    m_removeAbsence->setAccessibleName(tr("Remove the selected absence days"));
    m_removeAbsence->setEnabled(false);
    connect(m_addAbsence, &QPushButton::clicked, this, &InternshipEditor::addAbsence);
    connect(m_removeAbsence, &QPushButton::clicked, this, &InternshipEditor::removeAbsence);
    connect(m_absences, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeAbsence->setEnabled(!m_absences->selectedItems().isEmpty() && !isReadOnly()); });

    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_absenceDate);
    auto* row = new QHBoxLayout;
    row->addWidget(m_addAbsence);
    row->addWidget(m_removeAbsence);
    buttons->addLayout(row);
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_absences, 1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    box->setFocusProxy(m_absenceDate);
    return box;
}

QWidget* InternshipEditor::createFigures()
{
    m_figuresBox = new QGroupBox(tr("Figures"), this);
    m_figuresBox->setObjectName(QStringLiteral("figuresBox"));
    m_figuresBox->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 24);
    m_figuresBox->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 30);
    auto* layout = new QVBoxLayout(m_figuresBox);
    layout->setSpacing(2);
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("counted"), tr("Days counted from")},
        {QStringLiteral("days"), tr("Days")},
        {QStringLiteral("hours"), tr("Hours")},
        {QStringLiteral("fte"), tr("Full-time-equivalent weeks")},
        {QStringLiteral("monthly"), tr("Minimum gratification a month")},
        {QStringLiteral("total"), tr("Minimum gratification in total")},
        {QStringLiteral("due"), tr("Proposal due (start − %n month(s))", nullptr, workspace().rules().leadTimeMonths)},
    };
    for (const auto& [name, label] : rows) {
        auto* title = new QLabel(label, m_figuresBox);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        QLabel* value = createValueLabel(m_figuresBox);
        value->setObjectName(name + QStringLiteral("Figure"));
        value->setAccessibleName(label);
        value->setContentsMargins(0, 0, 0, 8);
        layout->addWidget(title);
        layout->addWidget(value);
        m_figures.insert(name, value);
    }
    return m_figuresBox;
}

QString InternshipEditor::figure(const QString& name) const
{
    const QLabel* label = m_figures.value(name);
    return label ? label->text() : QString();
}

// Completions -----------------------------------------------------------------------------------

void InternshipEditor::fillFromHost(const QString& name)
{
    for (const HostEntry& e : std::as_const(m_directory)) {
        if (folded(e.host.name) != folded(name))
            continue;
        m_hostKind->setCurrentIndex(m_hostKind->findData(int(e.host.kind)));
        m_aiResearch->setChecked(e.host.aiResearch);
        m_address->setText(e.host.address);
        m_city->setText(e.host.city);
        m_country->setText(e.host.country);
        updateTutorCompletions();
        return;
    }
}

void InternshipEditor::fillFromTutor(const QString& name)
{
    for (const HostEntry& e : std::as_const(m_directory)) {
        for (const Tutor& t : e.tutors) {
            if (folded(t.name) == folded(name)) {
                m_tutorEmail->setText(t.email);
                m_tutorPhone->setText(t.phone);
                return;
            }
        }
    }
}

void InternshipEditor::updateTutorCompletions()
{
    // The tutors of the host typed, or everyone's when the host is not known.
    QStringList names;
    for (const HostEntry& e : std::as_const(m_directory)) {
        if (folded(e.host.name) == folded(m_host->text())) {
            for (const Tutor& t : e.tutors)
                names.append(t.name);
        }
    }
    if (names.isEmpty()) {
        for (const HostEntry& e : std::as_const(m_directory)) {
            for (const Tutor& t : e.tutors)
                names.append(t.name);
        }
    }
    m_tutorNames->setStringList(names);
}

// Absences --------------------------------------------------------------------------------------

void InternshipEditor::setAbsences(const QList<QDate>& dates)
{
    QList<QDate> sorted = dates;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    m_absences->clear();
    for (QDate d : std::as_const(sorted)) {
        auto* item = new QListWidgetItem(QLocale().toString(d, QStringLiteral("ddd d MMM yyyy")), m_absences);
        item->setData(Qt::UserRole, d);
    }
}

QList<QDate> InternshipEditor::absences() const
{
    QList<QDate> out;
    for (int i = 0; i < m_absences->count(); ++i)
        out.append(m_absences->item(i)->data(Qt::UserRole).toDate());
    return out;
}

void InternshipEditor::addAbsence()
{
    QList<QDate> dates = absences();
    const QDate d = m_absenceDate->date();
    if (dates.contains(d))
        return;
    dates.append(d);
    setAbsences(dates);
    onEdited();
}

void InternshipEditor::removeAbsence()
{
    QList<QDate> dates = absences();
    for (const QListWidgetItem* item : m_absences->selectedItems())
        dates.removeAll(item->data(Qt::UserRole).toDate());
    setAbsences(dates);
    onEdited();
}

// Item ↔ form -----------------------------------------------------------------------------------

void InternshipEditor::load(const Item& item)
{
    const Internship& in = std::get<Internship>(item);
    setComboStudent(m_student, in.studentId);
    m_host->setText(in.host.name);
    m_hostKind->setCurrentIndex(m_hostKind->findData(int(in.host.kind)));
    m_aiResearch->setChecked(in.host.aiResearch);
    m_address->setText(in.host.address);
    m_city->setText(in.host.city);
    m_country->setText(in.host.country);
    m_tutor->setText(in.tutor.name);
    m_tutorEmail->setText(in.tutor.email);
    m_tutorPhone->setText(in.tutor.phone);
    updateTutorCompletions();
    m_subject->setText(in.subject);
    m_start->setDefaultDate(workspace().today().addMonths(workspace().rules().leadTimeMonths));
    m_start->setDate(in.start);
    m_end->setDefaultDate(in.start.isValid() ? in.start.addMonths(2) : workspace().today().addMonths(5));
    m_end->setDate(in.end);
    m_weeklyHours->setValue(in.weeklyHours);
    for (int day = 1; day <= 7; ++day)
        m_workDays.at(day - 1)->setChecked(in.workDays.contains(day));
    setAbsences(in.absences);
    if (in.start.isValid())
        m_absenceDate->setDate(in.start);
    m_submitted->setDate(in.submitted);
    const Signatures& s = in.signatures;
    const auto line = [](const QString& who, QDate d) {
        return tr("%1: %2").arg(who, d.isValid() ? formatDate(d) : tr("not yet"));
    };
    m_signatures->setText(tr("%1 of 4 recorded").arg(4 - s.missingCount()) + QLatin1Char('\n')
                          + QStringList{line(tr("student"), s.student), line(tr("host"), s.host),
                                        line(tr("tutor"), s.tutor), line(tr("university"), s.university)}
                                .join(QLatin1Char('\n')));
    m_signatures->setToolTip(tr("Signatures are recorded with Actions ▸ Record signature, not typed here."));
    m_gratification->setValue(in.gratification.amountEur);
    m_gratificationPer->setCurrentIndex(m_gratificationPer->findData(int(in.gratification.per)));
    m_hostScreening->setCurrentIndex(m_hostScreening->findData(int(in.hostScreening)));
    m_previousSummer->setChecked(in.previousSummer);
    m_proof->setChecked(in.proof);
    m_report->setText(in.reportPages ? tr("%n page(s), from the attached PDF", nullptr, *in.reportPages)
                                     : tr("No report attached yet"));
    m_report->setToolTip(tr("The page count is read from the report's PDF when it is attached."));
}

Item InternshipEditor::collect() const
{
    Internship in = std::get<Internship>(original());
    in.id = idEdit()->text().trimmed();
    in.studentId = comboStudent(m_student);
    in.host.name = m_host->text().trimmed();
    in.host.kind = HostKind(m_hostKind->currentData().toInt());
    in.host.aiResearch = m_aiResearch->isChecked();
    in.host.address = m_address->text().trimmed();
    in.host.city = m_city->text().trimmed();
    in.host.country = m_country->text().trimmed();
    in.tutor.name = m_tutor->text().trimmed();
    in.tutor.email = m_tutorEmail->text().trimmed();
    in.tutor.phone = m_tutorPhone->text().trimmed();
    in.subject = m_subject->text().trimmed();
    in.start = m_start->date();
    in.end = m_end->date();
    in.weeklyHours = m_weeklyHours->value();
    WorkDays days(0);
    for (int day = 1; day <= 7; ++day)
        days.set(day, m_workDays.at(day - 1)->isChecked());
    in.workDays = days;
    in.absences = absences();
    in.submitted = m_submitted->date();
    in.gratification.amountEur = m_gratification->value();
    in.gratification.per = GratificationPer(m_gratificationPer->currentData().toInt());
    in.hostScreening = HostScreening(m_hostScreening->currentData().toInt());
    in.previousSummer = m_previousSummer->isChecked();
    in.proof = m_proof->isChecked();
    return in;
}

QList<ItemEditorDialog::Problem> InternshipEditor::validate(const Item& item) const
{
    QList<Problem> problems = ItemEditorDialog::validate(item);
    const Internship& in = std::get<Internship>(item);
    if (in.studentId.isEmpty())
        problems.append({QStringLiteral("student"), tr("Choose the student.")});
    if (in.start.isValid() && in.end.isValid() && in.end < in.start)
        problems.append({QStringLiteral("end"), tr("The end (%1) is before the start (%2): correct one of them.")
                                                    .arg(formatDate(in.end), formatDate(in.start))});
    if (in.weeklyHours < 0)
        problems.append({QStringLiteral("weekly_hours"), tr("The weekly hours cannot be negative.")});
    if (in.workDays.isEmpty())
        problems.append({QStringLiteral("work_days"), tr("Choose at least one work day.")});
    if (in.gratification.amountEur < 0)
        problems.append({QStringLiteral("gratification"), tr("The gratification cannot be negative.")});
    return problems;
}

void InternshipEditor::updateSummary(const Item& item)
{
    const Internship& in = std::get<Internship>(item);
    const RuleSet& rules = workspace().rules();
    if (!in.start.isValid() || !in.end.isValid() || in.end < in.start) {
        for (QLabel* label : std::as_const(m_figures))
            label->setText(tr("—"));
        m_figures.value(QStringLiteral("counted"))->setText(tr("Set the start and the end to see the figures."));
        if (in.start.isValid())
            m_figures.value(QStringLiteral("due"))->setText(formatDate(in.start.addMonths(-rules.leadTimeMonths)));
        return;
    }
    // What the rules count (Checker::figures), for the item as edited.
    const InternshipFigures f = Checker(rules).figures(in, workspace().today());
    const InternshipDays& d = f.days;
    m_figures.value(QStringLiteral("counted"))->setText(formatDate(d.countedStart));
    QString days = tr("%n scheduled", nullptr, d.scheduledDays) + tr(", ")
                   + tr("%n of presence (public holidays off)", nullptr, d.presenceDays);
    if (d.lostDays > 0)
        days += QLatin1Char('\n') + tr("%n lost before the last signature", nullptr, d.lostDays);
    m_figures.value(QStringLiteral("days"))->setText(days);
    m_figures.value(QStringLiteral("hours"))
        ->setText(tr("%1 h scheduled, %2 h of presence")
                      .arg(formatNumber(d.scheduledHours, 1), formatNumber(d.presenceHours, 1)));
    m_figures.value(QStringLiteral("fte"))
        ->setText(tr("%1 (at least %2)").arg(formatNumber(d.fteWeeks, 1), formatNumber(rules.internshipMinWeeks, 0)));
    if (f.gratificationRequired) {
        m_figures.value(QStringLiteral("monthly"))
            ->setText(
                tr("%1 (%2 an hour)").arg(formatEuros(f.gratificationMinMonthlyEur), formatEuros(f.hourlyRateEur)));
        m_figures.value(QStringLiteral("total"))->setText(formatEuros(f.gratificationMinTotalEur));
    } else {
        const QString none =
            rules.frenchInternshipLaw
                ? tr("Not required (%1 months or less)").arg(formatNumber(rules.gratificationThresholdMonths, 0))
                : tr("Not required");
        m_figures.value(QStringLiteral("monthly"))->setText(none);
        m_figures.value(QStringLiteral("total"))->setText(tr("—"));
    }
    m_figures.value(QStringLiteral("due"))->setText(formatDate(f.proposalDue));
}

} // namespace interntrack

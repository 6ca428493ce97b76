#include "ItemEditorDialog.h"

#include "DateField.h"
#include "Icons.h"
#include "InternshipEditor.h"
#include "ItemTableModel.h"
#include "SeminarEditor.h"
#include "StudentEditor.h"
#include "SummerSchoolEditor.h"
#include "TerEditor.h"
#include "workflow/Workflow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace interntrack {

namespace {

constexpr int kIconSize = 16;

WorkflowState stateOf(const Item& item)
{
    if (const auto* i = std::get_if<Internship>(&item))
        return i->state;
    if (const auto* t = std::get_if<Ter>(&item))
        return t->state;
    if (const auto* s = std::get_if<SummerSchool>(&item))
        return s->state;
    return WorkflowState::Draft;
}

bool hasState(ItemKind kind)
{
    return kind == ItemKind::Internship || kind == ItemKind::Ter || kind == ItemKind::SummerSchool;
}

void setIdOf(Item& item, const QString& id)
{
    std::visit([&id](auto& value) { value.id = id; }, item);
}

QString idPrefix(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Student:
        return QStringLiteral("s");
    case ItemKind::Internship:
        return QStringLiteral("i");
    case ItemKind::Ter:
        return QStringLiteral("t");
    case ItemKind::SummerSchool:
        return QStringLiteral("ss");
    case ItemKind::Seminar:
        return QStringLiteral("sem");
    }
    return QStringLiteral("x");
}

template<typename T>
void collectIds(const QList<T>& items, QStringList& out)
{
    out.reserve(out.size() + items.size());
    for (const T& item : items)
        out.append(item.id);
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

/// The editor of @p item's kind.
std::unique_ptr<ItemEditorDialog> makeEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent)
{
    switch (kindOf(item)) {
    case ItemKind::Internship:
        return std::make_unique<InternshipEditor>(workspace, item, isNew, parent);
    case ItemKind::Ter:
        return std::make_unique<TerEditor>(workspace, item, isNew, parent);
    case ItemKind::SummerSchool:
        return std::make_unique<SummerSchoolEditor>(workspace, item, isNew, parent);
    case ItemKind::Seminar:
        return std::make_unique<SeminarEditor>(workspace, item, isNew, parent);
    case ItemKind::Student:
        return std::make_unique<StudentEditor>(workspace, item, isNew, parent);
    }
    return nullptr;
}

} // namespace

// Entry points ----------------------------------------------------------------------------------

ItemEditorDialog::~ItemEditorDialog() = default;

QString ItemEditorDialog::freshId(const Workspace& workspace, ItemKind kind)
{
    const Cohort& c = workspace.cohort();
    QStringList ids;
    switch (kind) {
    case ItemKind::Student:
        collectIds(c.students, ids);
        break;
    case ItemKind::Internship:
        collectIds(c.internships, ids);
        break;
    case ItemKind::Ter:
        collectIds(c.ters, ids);
        break;
    case ItemKind::SummerSchool:
        collectIds(c.summerSchools, ids);
        break;
    case ItemKind::Seminar:
        collectIds(c.seminars, ids);
        break;
    }
    const QString prefix = idPrefix(kind);
    if (workspace.randomIds()) {
        // A student's personal file: the id travels to the advisor's database, where it must not clash.
        QString id;
        do {
            const quint64 bits = QRandomGenerator::system()->generate64() & Q_UINT64_C(0xFFFFFFFFFFFF);
            id = prefix + QLatin1Char('-') + QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
        } while (ids.contains(id));
        return id;
    }
    const QRegularExpression pattern(QStringLiteral("^%1(\\d+)$").arg(QRegularExpression::escape(prefix)));
    qlonglong highest = 0;
    for (const QString& id : std::as_const(ids)) {
        const QRegularExpressionMatch m = pattern.match(id);
        if (m.hasMatch())
            highest = std::max(highest, m.captured(1).toLongLong());
    }
    QString id = prefix + QString::number(highest + 1);
    // An id such as "i007" that the pattern read as 7 cannot clash, but stay safe.
    while (ids.contains(id))
        id = prefix + QString::number(++highest + 1);
    return id;
}

Item ItemEditorDialog::blankItem(const Workspace& workspace, ItemKind kind, const QString& studentId)
{
    const QString id = freshId(workspace, kind);
    const RuleSet& rules = workspace.rules();
    // A student creates items for themselves.
    QString student = studentId;
    if (student.isEmpty() && workspace.actor().role == Role::Student)
        student = workspace.actor().studentId;
    switch (kind) {
    case ItemKind::Student: {
        Student s;
        s.id = id;
        return s;
    }
    case ItemKind::Internship: {
        Internship in;
        in.id = id;
        in.studentId = student;
        in.workDays = rules.defaultWorkDays;
        in.weeklyHours = rules.fullTimeWeeklyHours > 0 ? rules.fullTimeWeeklyHours : in.weeklyHours;
        return in;
    }
    case ItemKind::Ter: {
        Ter t;
        t.id = id;
        if (!student.isEmpty())
            t.studentIds = {student};
        return t;
    }
    case ItemKind::SummerSchool: {
        SummerSchool s;
        s.id = id;
        s.studentId = student;
        return s;
    }
    case ItemKind::Seminar: {
        Seminar s;
        s.id = id;
        s.studentId = student;
        return s;
    }
    }
    return Student{};
}

std::unique_ptr<ItemEditorDialog> ItemEditorDialog::forItem(Workspace& workspace, ItemKind kind, const QString& id,
                                                            QWidget* parent)
{
    const std::optional<Item> item = workspace.item(kind, id);
    if (!item)
        return nullptr;
    std::unique_ptr<ItemEditorDialog> dialog = makeEditor(workspace, *item, false, parent);
    dialog->initialize({});
    return dialog;
}

std::unique_ptr<ItemEditorDialog> ItemEditorDialog::forNewItem(Workspace& workspace, const Item& initial,
                                                               QWidget* parent)
{
    Item item = initial;
    if (idOf(item).trimmed().isEmpty())
        setIdOf(item, freshId(workspace, kindOf(item)));
    std::unique_ptr<ItemEditorDialog> dialog = makeEditor(workspace, item, true, parent);
    dialog->initialize({});
    return dialog;
}

bool ItemEditorDialog::editItem(Workspace& workspace, ItemKind kind, const QString& id, QWidget* parent,
                                const QString& focusField)
{
    std::unique_ptr<ItemEditorDialog> dialog = forItem(workspace, kind, id, parent);
    if (!dialog)
        return false;
    if (!focusField.isEmpty()) {
        dialog->focusField(focusField);
        // Once shown, again: showing a dialog may move the focus.
        QTimer::singleShot(0, dialog.get(), [d = dialog.get(), focusField] { d->focusField(focusField); });
    }
    return dialog->exec() == QDialog::Accepted;
}

QString ItemEditorDialog::createItem(Workspace& workspace, ItemKind kind, QWidget* parent, const QString& studentId)
{
    return createItem(workspace, blankItem(workspace, kind, studentId), parent);
}

QString ItemEditorDialog::createItem(Workspace& workspace, const Item& initial, QWidget* parent)
{
    std::unique_ptr<ItemEditorDialog> dialog = forNewItem(workspace, initial, parent);
    if (dialog->exec() != QDialog::Accepted)
        return {};
    return dialog->savedId();
}

// The dialog ------------------------------------------------------------------------------------

ItemEditorDialog::ItemEditorDialog(Workspace& workspace, const Item& item, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_kind(kindOf(item))
    , m_original(item)
    , m_isNew(isNew)
    , m_titleIcon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_strip(new QFrame(this))
    , m_stripLayout(new QVBoxLayout(m_strip))
    , m_scroll(new QScrollArea(this))
    , m_formHost(new QWidget(m_scroll))
    , m_formLayout(new QVBoxLayout(m_formHost))
    , m_sideLayout(nullptr)
    , m_side(new QWidget(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_saveButton(nullptr)
    , m_idEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("itemEditor"));
    setModal(true);
    setSizeGripEnabled(true);

    // Title: the kind's icon, the item and its state
    m_titleIcon->setObjectName(QStringLiteral("editorTitleIcon"));
    m_titleIcon->setFixedSize(24, 24);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_titleIcon);
    titleRow->addWidget(m_title, 1);

    // Message strip: findings of no field, a refusal, why the item is read-only
    m_strip->setObjectName(QStringLiteral("editorMessages"));
    m_strip->setAccessibleName(tr("Messages"));
    m_strip->setFrameShape(QFrame::StyledPanel);
    m_strip->setAutoFillBackground(true);
    QPalette stripPalette = m_strip->palette();
    stripPalette.setColor(QPalette::Window, stripPalette.color(QPalette::AlternateBase));
    m_strip->setPalette(stripPalette);
    m_stripLayout->setContentsMargins(10, 8, 10, 8);
    m_stripLayout->setSpacing(4);
    m_strip->hide();

    // The form, in a scrolling column, and the side column
    m_formHost->setObjectName(QStringLiteral("editorForm"));
    m_formLayout->setContentsMargins(0, 0, 8, 0);
    m_formLayout->setSpacing(12);
    m_formLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("editorScroll"));
    m_scroll->setWidget(m_formHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_side->setObjectName(QStringLiteral("editorSide"));
    m_sideLayout = new QVBoxLayout(m_side);
    m_sideLayout->setContentsMargins(0, 0, 0, 0);
    m_sideLayout->setSpacing(12);
    m_sideLayout->addStretch(1);
    m_side->hide();
    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(m_scroll, 1);
    body->addWidget(m_side, 0);

    // Buttons
    m_buttons->setObjectName(QStringLiteral("editorButtons"));
    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    // A student saves drafts, errors and all: the advisor sees a proposal once it is submitted.
    if (workspace.actor().role == Role::Student)
        m_saveButton->setText(tr("Save Draft"));
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    // After a conflict: the other person's version, in place of the user's input.
    m_theirsButton = m_buttons->addButton(tr("Show Their Version"), QDialogButtonBox::ResetRole);
    m_theirsButton->setObjectName(QStringLiteral("theirsButton"));
    m_theirsButton->setVisible(false);
    connect(m_theirsButton, &QPushButton::clicked, this, [this] {
        m_theirsButton->setVisible(false);
        m_saveError.clear();
        m_loading = true;
        load(m_original);
        m_loading = false;
        refresh();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addWidget(m_strip);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    m_idEdit->setObjectName(QStringLiteral("idEdit"));
    m_idEdit->setAccessibleName(tr("Id"));
    connect(m_idEdit, &QLineEdit::textChanged, this, &ItemEditorDialog::onEdited);
}

QString ItemEditorDialog::titleText() const
{
    const QString id = idOf(m_original);
    // What the programme calls the activity (its profile's label: "Group project"), else the software's name.
    const QString code = m_kind == ItemKind::Ter            ? QStringLiteral("ter")
                         : m_kind == ItemKind::Internship   ? QStringLiteral("internship")
                         : m_kind == ItemKind::SummerSchool ? QStringLiteral("summer_school")
                         : m_kind == ItemKind::Seminar      ? QStringLiteral("seminars")
                                                            : QString();
    const QString label = code.isEmpty() ? QString() : m_ws.rules().profile.label(code, QString());
    const QString kind = label.isEmpty() ? capitalized(itemKindName(m_kind)) : label;
    if (m_isNew)
        return tr("New %1").arg(label.isEmpty() ? itemKindName(m_kind) : label);
    if (hasState(m_kind))
        return tr("%1 %2 · %3").arg(kind, id, ItemTableModel::stateText(stateOf(m_original)));
    return tr("%1 %2").arg(kind, id);
}

void ItemEditorDialog::initialize(const QString& focusField)
{
    m_loading = true;
    m_idEdit->setText(idOf(m_original));
    m_idEdit->setReadOnly(!m_isNew);
    if (!m_isNew)
        m_idEdit->setToolTip(tr("The id of a saved item does not change."));
    load(m_original);
    m_loading = false;

    {
        // What the programme calls the activity, as in the title inside the dialog.
        const QString code = m_kind == ItemKind::Ter            ? QStringLiteral("ter")
                             : m_kind == ItemKind::Internship   ? QStringLiteral("internship")
                             : m_kind == ItemKind::SummerSchool ? QStringLiteral("summer_school")
                             : m_kind == ItemKind::Seminar      ? QStringLiteral("seminars")
                                                                : QString();
        const QString name = m_ws.rules().profile.label(code, itemKindName(m_kind));
        setWindowTitle(m_isNew ? tr("New %1").arg(name) : tr("Edit %1 %2").arg(name, idOf(m_original)));
    }
    m_title->setText(titleText());
    const QIcon icon = !m_isNew && hasState(m_kind) ? Icons::state(stateOf(m_original)) : Icons::kind(m_kind);
    m_titleIcon->setPixmap(icon.pixmap(QSize(24, 24), devicePixelRatioF()));

    // Who may change it
    if (m_ws.isReadOnly()) {
        m_readOnlyReason = tr("This database is open read-only: nothing can be changed.");
    } else if (Status s = Workflow::canEdit(m_isNew ? WorkflowState::Draft : stateOf(m_original), m_ws.actor(),
                                            studentsOf(m_original));
               !s) {
        m_readOnlyReason = s.error();
    }
    m_readOnly = !m_readOnlyReason.isEmpty();
    if (m_readOnly)
        applyReadOnly();

    // One label column for every section, so that the inputs line up
    int labelWidth = 0;
    for (const QString& field : std::as_const(m_order))
        labelWidth = std::max(labelWidth, m_fields.value(field).label->sizeHint().width());
    for (QGridLayout* grid : std::as_const(m_sections))
        grid->setColumnMinimumWidth(0, labelWidth);

    // A size for the form's usual content, within the screen
    const bool side = m_sideLayout->count() > 1;
    // (The form's own height plus the title, strip and buttons: short forms open short.)
    const int formHeight = m_formHost->sizeHint().height() + 150;
    QSize size(side ? 1060 : 760, std::min(side ? 860 : 700, formHeight));
    if (const QScreen* screen = this->screen()) {
        const QSize available = screen->availableSize();
        size = size.boundedTo(QSize(available.width() - 40, available.height() - 60));
    }
    resize(size);

    refresh();
    if (!focusField.isEmpty())
        this->focusField(focusField);
}

void ItemEditorDialog::applyReadOnly()
{
    QList<QWidget*> widgets;
    for (const QString& field : std::as_const(m_order)) {
        QWidget* input = m_fields.value(field).input;
        widgets.append(input);
        widgets.append(input->findChildren<QWidget*>());
    }
    for (QWidget* w : std::as_const(widgets)) {
        if (auto* date = qobject_cast<DateField*>(w))
            date->setReadOnly(true);
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setReadOnly(true);
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w))
            spin->setReadOnly(true);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            text->setReadOnly(true);
        else if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w)
                 || qobject_cast<QAbstractItemView*>(w))
            w->setEnabled(false);
    }
    m_saveButton->hide();
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Close"));
}

// Building --------------------------------------------------------------------------------------

QGridLayout* ItemEditorDialog::addSection(const QString& title)
{
    // A grid rather than a QFormLayout: the notes under an input wrap their lines, and a grid gives them the
    // height their width needs (heightForWidth), where a form layout left gaps.
    auto* box = new QGroupBox(title, m_formHost);
    box->setObjectName(QStringLiteral("section%1").arg(m_formLayout->count()));
    auto* grid = new QGridLayout(box);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    m_formLayout->insertWidget(m_formLayout->count() - 1, box);
    m_sections.append(grid);
    return grid;
}

void ItemEditorDialog::addField(QGridLayout* section, const QString& field, const QString& label, QWidget* input)
{
    QWidget* parent = section->parentWidget();
    auto* cell = new QWidget(parent);
    cell->setObjectName(field + QStringLiteral("Cell"));
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(4);
    input->setParent(cell);
    // Numbers, dates and choices keep their natural width; texts and lists take the row.
    const bool narrow =
        qobject_cast<QAbstractSpinBox*>(input) || qobject_cast<QComboBox*>(input) || qobject_cast<DateField*>(input);
    cellLayout->addWidget(input, 0, narrow ? Qt::AlignLeft : Qt::Alignment());
    auto* notes = new QWidget(cell);
    notes->setObjectName(field + QStringLiteral("Notes"));
    auto* notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 2);
    notesLayout->setSpacing(3);
    notes->hide();
    cellLayout->addWidget(notes);

    auto* labelWidget = new QLabel(label, parent);
    labelWidget->setObjectName(field + QStringLiteral("Label"));
    labelWidget->setBuddy(input);
    // Level with the input's text rather than with the middle of the input and its notes.
    const int inputHeight = input->sizeHint().height();
    if (inputHeight <= 2 * fontMetrics().height() + 8) {
        labelWidget->setFixedHeight(inputHeight);
        labelWidget->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    } else {
        labelWidget->setAlignment(Qt::AlignRight | Qt::AlignTop);
        labelWidget->setContentsMargins(0, 4, 0, 0);
    }
    const int gridRow = section->property("rows").toInt();
    section->setProperty("rows", gridRow + 1);
    section->addWidget(labelWidget, gridRow, 0, Qt::AlignRight | Qt::AlignTop);
    section->addWidget(cell, gridRow, 1);

    QString name = label;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    if (auto* date = qobject_cast<DateField*>(input))
        date->setFieldName(name);
    else if (input->accessibleName().isEmpty())
        input->setAccessibleName(name);
    if (input->objectName().isEmpty())
        input->setObjectName(field + QStringLiteral("Input"));

    FieldRow row;
    row.label = labelWidget;
    row.input = input;
    row.notes = notes;
    row.notesLayout = notesLayout;
    m_fields.insert(field, row);
    m_order.append(field);
}

void ItemEditorDialog::removeField(const QString& field)
{
    if (!m_fields.contains(field))
        return;
    const FieldRow row = m_fields.take(field);
    m_order.removeAll(field);
    row.label->hide();
    if (QWidget* cell = row.input->parentWidget())
        cell->hide();
}

void ItemEditorDialog::addSideWidget(QWidget* widget)
{
    widget->setParent(m_side);
    m_sideLayout->insertWidget(m_sideLayout->count() - 1, widget);
    m_side->show();
}

QComboBox* ItemEditorDialog::createStudentCombo(QWidget* parent) const
{
    auto* combo = new QComboBox(parent);
    QList<const Student*> students;
    for (const Student& s : m_ws.cohort().students)
        students.append(&s);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(students.begin(), students.end(), [&collator](const Student* a, const Student* b) {
        const int order = collator.compare(a->name, b->name);
        return order != 0 ? order < 0 : a->id < b->id;
    });
    for (const Student* s : std::as_const(students))
        combo->addItem(tr("%1 (%2)").arg(s->name, s->id), s->id);
    combo->setPlaceholderText(tr("Choose a student"));
    combo->setCurrentIndex(-1);
    combo->setMaxVisibleItems(20);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void ItemEditorDialog::setComboStudent(QComboBox* combo, const QString& studentId)
{
    int index = combo->findData(studentId);
    if (index < 0 && !studentId.isEmpty()) {
        // A student of another year, or one not loaded: keep them rather than lose the value.
        combo->addItem(studentId, studentId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString ItemEditorDialog::comboStudent(const QComboBox* combo)
{
    return combo->currentIndex() >= 0 ? combo->currentData().toString() : QString();
}

QLabel* ItemEditorDialog::createValueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QStringList ItemEditorDialog::studentsOf(const Item& item)
{
    if (const auto* t = std::get_if<Ter>(&item))
        return t->studentIds;
    if (const auto* s = std::get_if<Student>(&item))
        return {s->id};
    return {std::visit(
        [](const auto& i) -> QString {
            if constexpr (requires { i.studentId; })
                return i.studentId;
            else
                return i.id;
        },
        item)};
}

// Checking --------------------------------------------------------------------------------------

QList<ItemEditorDialog::Problem> ItemEditorDialog::validate(const Item& item) const
{
    QList<Problem> problems;
    const QString id = idOf(item).trimmed();
    if (id.isEmpty())
        problems.append({QStringLiteral("id"), tr("Give the %1 an id.").arg(itemKindName(m_kind))});
    else if (m_isNew && m_ws.item(m_kind, id))
        problems.append({QStringLiteral("id"),
                         tr("%1 is already the id of another %2: choose another one.").arg(id, itemKindName(m_kind))});
    return problems;
}

void ItemEditorDialog::updateSummary(const Item& item)
{
    Q_UNUSED(item);
}

void ItemEditorDialog::onEdited()
{
    if (m_loading)
        return;
    m_saveError.clear();
    refresh();
}

ItemEditorDialog::Note ItemEditorDialog::noteOf(const Finding& f)
{
    Note n;
    n.text = f.message;
    n.rule = f.rule;
    if (f.overridden)
        n.kind = Note::Overridden;
    else if (f.severity == Severity::Error)
        n.kind = Note::Error;
    else if (f.severity == Severity::Warning)
        n.kind = Note::Warning;
    else
        n.kind = Note::Info;
    return n;
}

QString ItemEditorDialog::noteText(const Note& note)
{
    switch (note.kind) {
    case Note::Invalid:
        return note.text;
    case Note::Error:
        return tr("Error: %1").arg(note.text);
    case Note::Warning:
        return tr("Warning: %1").arg(note.text);
    case Note::Info:
        return tr("Note: %1").arg(note.text);
    case Note::Overridden:
        return tr("Overridden: %1").arg(note.text);
    case Note::Notice:
        return note.text;
    }
    return note.text;
}

void ItemEditorDialog::refresh()
{
    if (m_loading)
        return;
    const Item current = collect();
    m_findings = m_ws.preview(current);
    const QList<Problem> problems = m_readOnly ? QList<Problem>() : validate(current);

    QHash<QString, QList<Note>> notes;
    QList<Note> strip;
    if (!m_readOnlyReason.isEmpty())
        strip.append(Note{Note::Notice, tr("Read-only: %1").arg(m_readOnlyReason), {}});
    if (!m_saveError.isEmpty())
        strip.append(Note{Note::Invalid, m_saveError, {}});
    for (const Problem& p : problems) {
        if (m_fields.contains(p.field))
            notes[p.field].append(Note{Note::Invalid, p.message, {}});
        else
            strip.append(Note{Note::Invalid, p.message, {}});
    }
    for (const Finding& f : std::as_const(m_findings)) {
        if (!f.field.isEmpty() && m_fields.contains(f.field))
            notes[f.field].append(noteOf(f));
        else
            strip.append(noteOf(f));
    }
    for (const QString& field : std::as_const(m_order)) {
        FieldRow& row = m_fields[field];
        showNotes(row.notes, row.notesLayout, row.shown, notes.value(field));
    }
    showNotes(m_strip, m_stripLayout, m_stripShown, strip);
    updateSummary(current);
}

void ItemEditorDialog::showNotes(QWidget* container, QVBoxLayout* layout, QList<Note>& shown, const QList<Note>& notes)
{
    if (notes == shown)
        return;
    shown = notes;
    // The old rows leave the layout when they are deleted; hidden meanwhile, they take no room.
    for (QWidget* w : container->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        w->hide();
        w->deleteLater();
    }
    for (const Note& note : notes) {
        auto* row = new QWidget(container);
        row->setObjectName(QStringLiteral("note"));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(6);
        QIcon icon;
        switch (note.kind) {
        case Note::Invalid:
        case Note::Error:
            icon = Icons::severity(Severity::Error);
            break;
        case Note::Warning:
            icon = Icons::severity(Severity::Warning);
            break;
        case Note::Info:
        case Note::Notice:
            icon = Icons::severity(Severity::Info);
            break;
        case Note::Overridden:
            icon = Icons::overridden();
            break;
        }
        auto* iconLabel = new QLabel(row);
        iconLabel->setPixmap(icon.pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
        iconLabel->setFixedSize(kIconSize, kIconSize + 2);
        iconLabel->setAlignment(Qt::AlignTop);
        const QString text = noteText(note);
        auto* textLabel = new QLabel(text, row);
        textLabel->setObjectName(QStringLiteral("noteText"));
        textLabel->setTextFormat(Qt::PlainText);
        textLabel->setWordWrap(true);
        textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        textLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // (The word-wrapped label's own size policy says it has a height for its width: keep it.)
        if (!note.rule.isEmpty())
            textLabel->setToolTip(tr("Rule %1").arg(note.rule));
        row->setAccessibleName(text);
        rowLayout->addWidget(iconLabel, 0, Qt::AlignTop);
        rowLayout->addWidget(textLabel, 1);
        layout->addWidget(row);
    }
    container->setVisible(!notes.isEmpty());
}

// Reading the state (tests, callers) ------------------------------------------------------------

QStringList ItemEditorDialog::fieldNotes(const QString& field) const
{
    QStringList out;
    for (const Note& n : m_fields.value(field).shown)
        out.append(noteText(n));
    return out;
}

QStringList ItemEditorDialog::messages() const
{
    QStringList out;
    for (const Note& n : m_stripShown)
        out.append(noteText(n));
    return out;
}

QWidget* ItemEditorDialog::fieldWidget(const QString& field) const
{
    return m_fields.value(field).input;
}

bool ItemEditorDialog::focusField(const QString& field)
{
    QWidget* input = fieldWidget(field);
    if (!input)
        return false;
    m_scroll->ensureWidgetVisible(input, 20, 40);
    input->setFocus(Qt::OtherFocusReason);
    return true;
}

// Saving ----------------------------------------------------------------------------------------

bool ItemEditorDialog::save()
{
    if (m_readOnly)
        return false;
    const Item current = collect();
    const QList<Problem> problems = validate(current);
    if (!problems.isEmpty()) {
        m_saveError = tr("Not saved: correct the input marked below.");
        refresh();
        focusField(problems.first().field);
        return false;
    }
    const QString id = idOf(current).trimmed();
    const QString description =
        m_isNew ? tr("Add %1 %2").arg(itemKindName(m_kind), id) : tr("Edit %1 %2").arg(itemKindName(m_kind), id);
    const std::optional<Item> base = m_isNew ? std::nullopt : std::optional<Item>(m_original);
    if (Status s = m_ws.saveItem(current, description, base); !s) {
        m_saveError = tr("Not saved: %1").arg(s.error());
        if (s.isConflict()) {
            // The form keeps the user's input; the next Save replaces the other version knowingly, or the user
            // looks at theirs first.
            if (const std::optional<Item> theirs = m_ws.item(m_kind, idOf(m_original))) {
                m_original = *theirs;
                m_theirsButton->setVisible(true);
                m_saveError += QLatin1Char(' ') + tr("Save again to replace their version with yours.");
            } else {
                m_isNew = true; // deleted meanwhile: saving again adds it back
            }
        }
        refresh();
        return false;
    }
    m_savedId = id;
    m_saveError.clear();
    accept();
    return true;
}

} // namespace interntrack

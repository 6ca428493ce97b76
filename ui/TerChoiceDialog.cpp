#include "TerChoiceDialog.h"

#include "Icons.h"
#include "ItemEditorDialog.h"
#include "ItemTableModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace interntrack {

namespace {

enum Column { TitleColumn, KindColumn, LabColumn, PlacesColumn, ColumnCount };

QString folded(const QString& text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

TerChoiceDialog::TerChoiceDialog(Workspace& workspace, const QString& studentId, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_studentId(studentId)
    , m_terId(ItemEditorDialog::freshId(workspace, ItemKind::Ter))
    , m_all(workspace.terSubjects())
    , m_intro(new QLabel(this))
    , m_subjects(new QTreeWidget(this))
    , m_partnerTitle(new QLabel(this))
    , m_partnerName(new QLineEdit(this))
    , m_partnerEmail(new QLineEdit(this))
    , m_findingsTitle(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("terChoiceDialog"));
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    m_subjects->setObjectName(QStringLiteral("subjectList"));
    m_subjects->setRootIsDecorated(false);
    m_subjects->setColumnCount(ColumnCount);
    m_subjects->setAlternatingRowColors(true);
    m_subjects->setSortingEnabled(true);
    m_subjects->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_subjects->setMinimumSize(720, 220);
    m_partnerTitle->setObjectName(QStringLiteral("partnerTitle"));
    m_partnerTitle->setWordWrap(true);
    m_partnerName->setObjectName(QStringLiteral("partnerNameEdit"));
    m_partnerEmail->setObjectName(QStringLiteral("partnerEmailEdit"));
    m_findingsTitle->setObjectName(QStringLiteral("findingsTitle"));
    m_findings->setObjectName(QStringLiteral("findingsList"));
    m_findings->setWordWrap(true);
    m_findings->setMaximumHeight(fontMetrics().height() * 7);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);

    m_partnerForm = new QFormLayout;
    m_partnerForm->addRow(QString(), m_partnerName);
    m_partnerForm->addRow(QString(), m_partnerEmail);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_subjects, 1);
    layout->addWidget(m_partnerTitle);
    layout->addLayout(m_partnerForm);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findings);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subjects, &QTreeWidget::itemSelectionChanged, this, &TerChoiceDialog::update);
    connect(m_subjects, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    for (QLineEdit* edit : {m_partnerName, m_partnerEmail})
        connect(edit, &QLineEdit::textChanged, this, &TerChoiceDialog::update);

    retranslate();
    fill();
    update();
    resize(820, 560);
}

void TerChoiceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
        update();
    }
    QDialog::changeEvent(event);
}

void TerChoiceDialog::retranslate()
{
    setWindowTitle(tr("Choose a TER"));
    m_intro->setText(m_all.isEmpty()
                         ? tr("No TER subject is known yet: import the advisor's offers file first (File ▸ Import "
                              "Offers), or write your TER yourself with New TER.")
                         : tr("The TER subjects of the year. A full subject cannot be chosen. A mini-challenge to "
                              "solve is done in pairs, in T4: name your partner."));
    m_subjects->setHeaderLabels({tr("Subject"), tr("Kind"), tr("Lab"), tr("Free places")});
    m_subjects->setAccessibleName(tr("TER subjects"));
    m_partnerTitle->setText(tr("Partner (a mini-challenge is solved in pairs):"));
    if (auto* label = qobject_cast<QLabel*>(m_partnerForm->labelForField(m_partnerName)))
        label->setText(tr("Partner's name:"));
    if (auto* label = qobject_cast<QLabel*>(m_partnerForm->labelForField(m_partnerEmail)))
        label->setText(tr("Partner's email:"));
    m_partnerName->setAccessibleName(tr("Partner's name"));
    m_partnerEmail->setAccessibleName(tr("Partner's email"));
    m_findingsTitle->setText(tr("What the TER rules say of this choice:"));
    m_findings->setAccessibleName(tr("Findings of the TER rules"));
}

std::optional<int> TerChoiceDialog::freePlaces(const TerSubject& subject) const
{
    if (!subject.capacity)
        return std::nullopt;
    QSet<QString> taken;
    for (const Ter& t : m_ws.cohort().ters) {
        if (folded(t.subject) == folded(subject.title) && t.state != WorkflowState::Cancelled
            && t.state != WorkflowState::Rejected) {
            for (const QString& s : t.studentIds)
                taken.insert(s);
        }
    }
    return std::max(0, *subject.capacity - int(taken.size()));
}

void TerChoiceDialog::fill()
{
    const QString selected = subject() ? subject()->title : QString();
    m_subjects->clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const TerSubject& s = m_all.at(i);
        auto* row = new QTreeWidgetItem(m_subjects);
        row->setText(TitleColumn, s.title);
        row->setText(KindColumn, ItemTableModel::terKindName(s.kind));
        row->setText(LabColumn, s.lab.inParisSaclay ? s.lab.name : tr("%1 (outside Paris-Saclay)").arg(s.lab.name));
        const std::optional<int> free = freePlaces(s);
        if (!free) {
            row->setText(PlacesColumn, tr("No limit"));
        } else if (*free == 0) {
            row->setText(PlacesColumn, tr("Full (%n place(s))", nullptr, *s.capacity));
            row->setIcon(PlacesColumn, Icons::severity(Severity::Error));
            row->setFlags(row->flags() & ~Qt::ItemIsSelectable);
            row->setToolTip(TitleColumn, tr("Every place of this subject is taken."));
        } else {
            row->setText(PlacesColumn, tr("%1 of %n", nullptr, *s.capacity).arg(*free));
        }
        row->setIcon(TitleColumn, Icons::kind(ItemKind::Ter));
        row->setData(TitleColumn, Qt::UserRole, int(i));
        if (s.title == selected)
            row->setSelected(true);
    }
    m_subjects->sortByColumn(TitleColumn, Qt::AscendingOrder);
    for (int c = KindColumn; c < ColumnCount; ++c)
        m_subjects->resizeColumnToContents(c);
}

bool TerChoiceDialog::selectSubject(const QString& title)
{
    for (int i = 0; i < m_subjects->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_subjects->topLevelItem(i);
        if (row->text(TitleColumn) == title && (row->flags() & Qt::ItemIsSelectable)) {
            m_subjects->setCurrentItem(row);
            row->setSelected(true);
            return true;
        }
    }
    return false;
}

std::optional<TerSubject> TerChoiceDialog::subject() const
{
    const QList<QTreeWidgetItem*> rows = m_subjects->selectedItems();
    if (rows.isEmpty())
        return std::nullopt;
    const int index = rows.first()->data(TitleColumn, Qt::UserRole).toInt();
    if (index < 0 || index >= m_all.size())
        return std::nullopt;
    return m_all.at(index);
}

void TerChoiceDialog::setPartner(const QString& name, const QString& email)
{
    m_partnerName->setText(name);
    m_partnerEmail->setText(email);
}

std::optional<Student> TerChoiceDialog::partner() const
{
    const std::optional<TerSubject> s = subject();
    if (!s || s->kind != TerKind::ChallengeSolve || m_partnerName->text().trimmed().isEmpty())
        return std::nullopt;
    Student p;
    p.name = m_partnerName->text().simplified();
    p.email = m_partnerEmail->text().trimmed();
    return p;
}

Ter TerChoiceDialog::ter(const QString& partnerId) const
{
    Ter t;
    t.id = m_terId;
    t.studentIds = {m_studentId};
    if (!partnerId.isEmpty())
        t.studentIds.append(partnerId);
    if (const std::optional<TerSubject> s = subject()) {
        t.kind = s->kind;
        t.subject = s->title;
        t.capacity = s->capacity;
        t.lab = s->lab;
    }
    return t;
}

QStringList TerChoiceDialog::findingTexts() const
{
    QStringList out;
    for (int i = 0; i < m_findings->count(); ++i)
        out.append(m_findings->item(i)->text());
    return out;
}

void TerChoiceDialog::update()
{
    const std::optional<TerSubject> s = subject();
    const bool pair = s && s->kind == TerKind::ChallengeSolve;
    m_partnerTitle->setVisible(pair);
    m_partnerForm->setRowVisible(m_partnerName, pair);
    m_partnerForm->setRowVisible(m_partnerEmail, pair);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(s.has_value());

    // The rules on the TER this choice makes (a partner counts as a second student).
    m_findings->clear();
    m_findingsTitle->setVisible(s.has_value());
    m_findings->setVisible(s.has_value());
    if (!s)
        return;
    const QList<Finding> findings = m_ws.preview(ter(partner() ? QStringLiteral("partner") : QString()));
    for (const Finding& f : findings) {
        QString text;
        switch (f.severity) {
        case Severity::Error:
            text = tr("Error: %1").arg(f.message);
            break;
        case Severity::Warning:
            text = tr("Warning: %1").arg(f.message);
            break;
        case Severity::Info:
            text = tr("Note: %1").arg(f.message);
            break;
        }
        auto* row = new QListWidgetItem(Icons::severity(f.severity), text, m_findings);
        row->setToolTip(tr("Rule %1").arg(f.rule));
    }
    if (findings.isEmpty())
        new QListWidgetItem(Icons::ok(),
                            tr("No rule is broken by this choice so far; the dates and the "
                               "supervisor come next."),
                            m_findings);
}

} // namespace interntrack

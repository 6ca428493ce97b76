#include "GradeDialog.h"

#include "FormMessage.h"
#include "Icons.h"
#include "ItemInfo.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace interntrack {

GradeDialog::GradeDialog(Workspace& workspace, const QString& terId, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_id(terId)
    , m_spin(new QDoubleSpinBox(this))
    , m_none(new QCheckBox(tr("&No grade (remove the one recorded)"), this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("gradeDialog"));
    setWindowTitle(tr("Record Grade"));
    setWindowIcon(Icons::named(QStringLiteral("action-grade")));
    if (const Ter* t = workspace.ter(terId))
        m_recorded = t->grade;
    const double max = workspace.rules().gradeMax > 0 ? workspace.rules().gradeMax : 20.0;

    auto* itemLabel = new QLabel(ItemInfo::describe(workspace, ItemKind::Ter, terId), this);
    itemLabel->setObjectName(QStringLiteral("itemLabel"));
    itemLabel->setWordWrap(true);
    itemLabel->setTextFormat(Qt::PlainText);
    QFont bold = itemLabel->font();
    bold.setBold(true);
    itemLabel->setFont(bold);
    auto* intro = new QLabel(tr("The grade the supervising researchers give the TER. A TER is validated once its "
                                "report is received and its grade recorded."),
                             this);
    intro->setWordWrap(true);

    m_spin->setObjectName(QStringLiteral("gradeSpin"));
    m_spin->setAccessibleName(tr("Grade out of %1").arg(QLocale().toString(max)));
    m_spin->setRange(0.0, max);
    m_spin->setDecimals(2);
    m_spin->setSingleStep(0.25);
    m_spin->setSuffix(tr(" / %1").arg(QLocale().toString(max)));
    m_spin->setValue(m_recorded.value_or(std::min(10.0, max)));
    m_spin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    m_none->setObjectName(QStringLiteral("noGradeBox"));
    m_none->setChecked(false);
    m_none->setEnabled(m_recorded.has_value());

    auto* gradeLabel = new QLabel(tr("&Grade:"), this);
    gradeLabel->setBuddy(m_spin);
    auto* form = new QFormLayout;
    form->addRow(gradeLabel, m_spin);
    form->addRow(QString(), m_none);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GradeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &GradeDialog::validate);
    connect(m_none, &QCheckBox::toggled, this, &GradeDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(itemLabel);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    validate();
    // The wrapped labels decide the height at this width (sizeHint() assumes a narrower one and leaves gaps).
    resize(480, layout->hasHeightForWidth() ? layout->totalHeightForWidth(480) : sizeHint().height());
}

std::optional<double> GradeDialog::grade() const
{
    if (m_none->isChecked())
        return std::nullopt;
    return m_spin->value();
}

void GradeDialog::setGrade(std::optional<double> grade)
{
    m_none->setEnabled(true);
    m_none->setChecked(!grade);
    if (grade)
        m_spin->setValue(*grade);
}

QString GradeDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void GradeDialog::validate()
{
    m_spin->setEnabled(!m_none->isChecked());
    const std::optional<double> g = grade();
    // Grades go by quarter points; a typed 13.3 is refused rather than silently rounded.
    const bool quarter = !g || std::abs(*g * 4.0 - std::round(*g * 4.0)) < 1e-9;
    const bool same = g.has_value() == m_recorded.has_value() && (!g || std::abs(*g - *m_recorded) < 1e-9);
    m_ok->setEnabled(quarter && !same);
    if (!quarter)
        m_message->showMessage(Severity::Error, tr("Give the grade by quarter points (e.g. 13.25, 13.5)."));
    else if (same)
        m_message->showMessage(Severity::Info,
                               m_recorded ? tr("This is the grade already recorded.") : tr("Give the grade."));
    else if (!g)
        m_message->showMessage(Severity::Warning, tr("The grade will be removed: the TER cannot be validated "
                                                     "without one."));
    else
        m_message->clearMessage();
}

void GradeDialog::accept()
{
    const Status s = m_ws.setTerGrade(m_id, grade());
    if (!s) {
        m_message->showMessage(Severity::Error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace interntrack

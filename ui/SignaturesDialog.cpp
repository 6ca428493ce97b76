#include "SignaturesDialog.h"

#include "FormMessage.h"
#include "Icons.h"
#include "ItemInfo.h"
#include "rules/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace interntrack {

namespace {

constexpr std::array<Signatory, SignaturesDialog::SignatoryCount> signatories = {
    Signatory::Student, Signatory::Host, Signatory::Tutor, Signatory::University};

QDate recordedDate(const Signatures& s, Signatory who)
{
    switch (who) {
    case Signatory::Student:
        return s.student;
    case Signatory::Host:
        return s.host;
    case Signatory::Tutor:
        return s.tutor;
    case Signatory::University:
        return s.university;
    }
    return {};
}

QString codeOf(Signatory who)
{
    switch (who) {
    case Signatory::Student:
        return QStringLiteral("student");
    case Signatory::Host:
        return QStringLiteral("host");
    case Signatory::Tutor:
        return QStringLiteral("tutor");
    case Signatory::University:
        return QStringLiteral("university");
    }
    return {};
}

} // namespace

QString SignaturesDialog::signatoryName(Signatory who)
{
    switch (who) {
    case Signatory::Student:
        return tr("Student");
    case Signatory::Host:
        return tr("Host representative");
    case Signatory::Tutor:
        return tr("Tutor (host supervisor)");
    case Signatory::University:
        return tr("University (advisor or dean)");
    }
    return {};
}

SignaturesDialog::SignaturesDialog(Workspace& workspace, const QString& internshipId, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_id(internshipId)
    , m_summary(new QLabel(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("signaturesDialog"));
    setWindowTitle(tr("Record Signatures"));
    setWindowIcon(Icons::state(WorkflowState::Signed));
    if (const Internship* in = workspace.internship(internshipId)) {
        m_recorded = in->signatures;
        m_start = in->start;
    }
    const QDate today = workspace.today();

    auto* itemLabel = new QLabel(ItemInfo::describe(workspace, ItemKind::Internship, internshipId), this);
    itemLabel->setObjectName(QStringLiteral("itemLabel"));
    itemLabel->setWordWrap(true);
    itemLabel->setTextFormat(Qt::PlainText);
    QFont bold = itemLabel->font();
    bold.setBold(true);
    itemLabel->setFont(bold);
    auto* intro = new QLabel(tr("The agreement is signed by four parties. Give the date each one signed (not in the "
                                "future), or leave it unsigned. Days before the last signature do not count: the "
                                "student is not insured."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (std::size_t i = 0; i < signatories.size(); ++i) {
        const Signatory who = signatories[i];
        const QString code = codeOf(who);
        Row& row = m_rows[i];
        row.signedBox = new QCheckBox(tr("Signed on"), this);
        row.signedBox->setObjectName(code + QStringLiteral("SignedBox"));
        row.signedBox->setAccessibleName(tr("%1 signed").arg(signatoryName(who)));
        row.date = new QDateEdit(this);
        row.date->setObjectName(code + QStringLiteral("DateEdit"));
        row.date->setAccessibleName(tr("Date of the signature of the %1").arg(signatoryName(who).toLower()));
        row.date->setCalendarPopup(true);
        row.date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        row.date->setMinimumDate(QDate(2000, 1, 1));
        row.date->setMaximumDate(today);
        // Room for the longest date of the format, plus the popup's arrow (the size hint clips "28 Feb 2026").
        row.date->setMinimumWidth(
            row.date->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 9, 28), row.date->displayFormat()))
            + 48);
        row.form = new QComboBox(this);
        row.form->setObjectName(code + QStringLiteral("FormCombo"));
        row.form->setAccessibleName(tr("How the %1 signed").arg(signatoryName(who).toLower()));
        row.form->addItem(tr("on paper"), false);
        row.form->addItem(tr("electronically"), true);

        const QDate recorded = recordedDate(m_recorded, who);
        row.signedBox->setChecked(recorded.isValid());
        row.date->setDate(recorded.isValid() ? recorded : today);

        auto* line = new QHBoxLayout;
        line->addWidget(row.signedBox);
        line->addWidget(row.date);
        line->addWidget(row.form);
        line->addStretch(1);
        auto* label = new QLabel(tr("%1:").arg(signatoryName(who)), this);
        label->setBuddy(row.signedBox);
        form->addRow(label, line);

        connect(row.signedBox, &QCheckBox::toggled, this, &SignaturesDialog::validate);
        connect(row.date, &QDateEdit::dateChanged, this, &SignaturesDialog::validate);
        connect(row.form, &QComboBox::currentIndexChanged, this, &SignaturesDialog::validate);
    }

    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignaturesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(itemLabel);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    validate();
    // The wrapped labels decide the height at this width (sizeHint() assumes a narrower one and leaves gaps).
    resize(600, layout->hasHeightForWidth() ? layout->totalHeightForWidth(600) : sizeHint().height());
}

QCheckBox* SignaturesDialog::signedBox(Signatory who) const
{
    return m_rows[std::size_t(who)].signedBox;
}

QDateEdit* SignaturesDialog::dateEdit(Signatory who) const
{
    return m_rows[std::size_t(who)].date;
}

QComboBox* SignaturesDialog::formCombo(Signatory who) const
{
    return m_rows[std::size_t(who)].form;
}

void SignaturesDialog::setSignature(Signatory who, QDate date, bool electronic)
{
    const Row& row = m_rows[std::size_t(who)];
    row.signedBox->setChecked(date.isValid());
    if (date.isValid())
        row.date->setDate(date);
    row.form->setCurrentIndex(electronic ? 1 : 0);
}

QDate SignaturesDialog::date(Signatory who) const
{
    const Row& row = m_rows[std::size_t(who)];
    return row.signedBox->isChecked() ? row.date->date() : QDate();
}

bool SignaturesDialog::isElectronic(Signatory who) const
{
    return m_rows[std::size_t(who)].form->currentData().toBool();
}

QList<Signatory> SignaturesDialog::changed() const
{
    QList<Signatory> out;
    for (Signatory who : signatories) {
        if (date(who) != recordedDate(m_recorded, who))
            out.append(who);
    }
    return out;
}

QString SignaturesDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignaturesDialog::validate()
{
    const QDate today = m_ws.today();
    int signedCount = 0;
    QDate last;
    QStringList future;
    for (std::size_t i = 0; i < signatories.size(); ++i) {
        const Row& row = m_rows[i];
        row.date->setEnabled(row.signedBox->isChecked());
        row.form->setEnabled(row.signedBox->isChecked());
        const QDate d = date(signatories[i]);
        if (!d.isValid())
            continue;
        ++signedCount;
        last = std::max(last, d);
        if (d > today)
            future.append(signatoryName(signatories[i]));
    }

    if (signedCount == SignatoryCount)
        m_summary->setText(tr("All four have signed, the last on %1: the internship is signed.").arg(formatDate(last)));
    else
        m_summary->setText(tr("%1 of 4 signed: %n signature(s) missing. The internship is signed when the fourth is "
                              "in.",
                              nullptr, SignatoryCount - signedCount)
                               .arg(signedCount));

    if (!future.isEmpty()) {
        m_ok->setEnabled(false);
        m_message->showMessage(Severity::Error, tr("A signature cannot be dated in the future (after %1): %2.")
                                                    .arg(formatDate(today), future.join(QStringLiteral(", "))));
        return;
    }
    const bool anyChange = !changed().isEmpty();
    m_ok->setEnabled(anyChange);
    if (last.isValid() && m_start.isValid() && last > m_start)
        m_message->showMessage(Severity::Warning,
                               tr("Signed on %1, after the start (%2): the days before the last signature do not "
                                  "count towards the internship's length.")
                                   .arg(formatDate(last), formatDate(m_start)));
    else if (!anyChange)
        m_message->showMessage(Severity::Info, tr("Nothing changed yet: tick who signed and give the date."));
    else
        m_message->clearMessage();
}

void SignaturesDialog::accept()
{
    const QList<Signatory> todo = changed();
    if (todo.isEmpty()) {
        QDialog::accept();
        return;
    }
    QUndoStack* stack = m_ws.undoStack();
    // One undoable step for the whole form: Edit ▸ Undo takes back every signature recorded here.
    stack->beginMacro(tr("Record the signatures of %1").arg(m_id));
    QStringList done;
    Status failed;
    for (Signatory who : todo) {
        const Status s = m_ws.recordSignature(m_id, who, date(who), isElectronic(who));
        if (!s) {
            failed = s;
            break;
        }
        done.append(signatoryName(who));
    }
    stack->endMacro();
    if (failed.ok()) {
        QDialog::accept();
        return;
    }
    if (done.isEmpty()) {
        // Nothing was recorded: drop the empty step rather than leave it in the Edit menu.
        if (stack->index() > 0) {
            const_cast<QUndoCommand*>(stack->command(stack->index() - 1))->setObsolete(true);
            stack->undo();
        }
        m_message->showMessage(Severity::Error, failed.error());
    } else {
        if (const Internship* in = m_ws.internship(m_id))
            m_recorded = in->signatures;
        m_message->showMessage(
            Severity::Error, tr("Recorded: %1. Not recorded: %2").arg(done.join(QStringLiteral(", ")), failed.error()));
    }
}

} // namespace interntrack

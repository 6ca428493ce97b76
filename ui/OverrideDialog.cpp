#include "OverrideDialog.h"

#include "FormMessage.h"
#include "Icons.h"
#include "ItemInfo.h"
#include "Workspace.h"
#include "rules/Format.h"
#include "workflow/Workflow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace interntrack {

namespace {

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error:
        return OverrideDialog::tr("error");
    case Severity::Warning:
        return OverrideDialog::tr("warning");
    case Severity::Info:
        break;
    }
    return OverrideDialog::tr("information");
}

} // namespace

OverrideDialog::OverrideDialog(Workspace& workspace, ItemKind kind, const QString& id, const QString& rule,
                               QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_kind(kind)
    , m_id(id)
    , m_rule(new QComboBox(this))
    , m_findingIcon(new QLabel(this))
    , m_finding(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_record(new QLabel(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override a Rule"));
    setWindowIcon(Icons::overridden());

    // The open errors first, then the warnings; a rule already overridden only when asked for by name
    // (to change the reason).
    for (const Finding& f : workspace.findings(id)) {
        const bool asked = !rule.isEmpty() && f.rule == rule;
        if (f.severity == Severity::Info || (f.overridden && !asked))
            continue;
        if (std::none_of(m_findings.cbegin(), m_findings.cend(), [&](const Finding& o) { return o.rule == f.rule; }))
            m_findings.append(f);
    }
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    m_rule->setObjectName(QStringLiteral("ruleCombo"));
    m_rule->setAccessibleName(tr("Rule to override"));
    for (const Finding& f : m_findings)
        m_rule->addItem(Icons::severity(f.severity), tr("%1 (%2)").arg(f.rule, severityText(f.severity)), f.rule);

    auto* itemLabel = new QLabel(ItemInfo::describe(workspace, kind, id), this);
    itemLabel->setObjectName(QStringLiteral("itemLabel"));
    itemLabel->setWordWrap(true);
    itemLabel->setTextFormat(Qt::PlainText);
    QFont bold = itemLabel->font();
    bold.setBold(true);
    itemLabel->setFont(bold);

    m_finding->setObjectName(QStringLiteral("findingLabel"));
    m_finding->setWordWrap(true);
    m_finding->setTextFormat(Qt::PlainText);
    m_finding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_finding->setMinimumWidth(360);
    auto* findingRow = new QHBoxLayout;
    findingRow->addWidget(m_findingIcon, 0, Qt::AlignTop);
    findingRow->addWidget(m_finding, 1);

    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason (required)"));
    m_reason->setPlaceholderText(tr("Why the item is acceptable although the rule flags it"));
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 5);

    const QString name = workspace.actor().name.trimmed();
    m_record->setObjectName(QStringLiteral("recordLabel"));
    m_record->setWordWrap(true);
    m_record->setTextFormat(Qt::PlainText);
    m_record->setText(tr("The override is recorded with your name (%1) and today's date (%2), shown with the "
                         "finding and kept in the item's history.")
                          .arg(name.isEmpty() ? tr("no name given") : name, formatDate(workspace.today())));

    auto* ruleLabel = new QLabel(tr("&Rule:"), this);
    ruleLabel->setBuddy(m_rule);
    auto* reasonLabel = new QLabel(tr("R&eason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(ruleLabel, m_rule);
    form->addRow(tr("What it says:"), findingRow);
    form->addRow(reasonLabel, m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Override"));
    m_ok->setIcon(Icons::overridden());
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &OverrideDialog::showFinding);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(itemLabel);
    layout->addLayout(form);
    layout->addWidget(m_record);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    if (!rule.isEmpty())
        setRule(rule);
    showFinding();
    // The wrapped labels decide the height at this width (sizeHint() assumes a narrower one and leaves gaps).
    resize(560, layout->hasHeightForWidth() ? layout->totalHeightForWidth(560) : sizeHint().height());
}

QStringList OverrideDialog::rules() const
{
    QStringList out;
    for (const Finding& f : m_findings)
        out.append(f.rule);
    return out;
}

QString OverrideDialog::rule() const
{
    return m_rule->currentData().toString();
}

bool OverrideDialog::setRule(const QString& rule)
{
    const int index = m_rule->findData(rule);
    if (index < 0)
        return false;
    m_rule->setCurrentIndex(index);
    return true;
}

QString OverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void OverrideDialog::setReason(const QString& text)
{
    m_reason->setPlainText(text);
}

QString OverrideDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OverrideDialog::showFinding()
{
    const int index = m_rule->currentIndex();
    if (index < 0 || index >= m_findings.size()) {
        m_findingIcon->clear();
        m_finding->setText(tr("This item has no open error or warning to override."));
    } else {
        const Finding& f = m_findings.at(index);
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_findingIcon->setPixmap(Icons::severity(f.severity).pixmap(size, size));
        m_finding->setText(f.message);
        // Changing the reason of an existing override: start from the one recorded.
        if (f.overridden && m_reason->toPlainText().isEmpty()) {
            const std::optional<Item> item = m_ws.item(m_kind, m_id);
            const Overrides list = item ? std::visit([](const auto& i) { return i.overrides; }, *item) : Overrides();
            for (const Override& o : list) {
                if (o.rule == f.rule)
                    m_reason->setPlainText(o.reason);
            }
        }
    }
    validate();
}

void OverrideDialog::validate()
{
    if (m_findings.isEmpty()) {
        m_ok->setEnabled(false);
        m_message->showMessage(Severity::Info, tr("Nothing to override: the rules find no open error or warning."));
        return;
    }
    const bool missing = reason().isEmpty();
    m_ok->setEnabled(!missing);
    if (missing)
        m_message->showMessage(Severity::Info, tr("Write the reason: it is kept with the decision and shown to "
                                                  "whoever reads the item."));
    else
        m_message->clearMessage();
}

void OverrideDialog::accept()
{
    if (rule().isEmpty() || reason().isEmpty()) {
        validate();
        return;
    }
    const Status s = m_ws.overrideRule(m_kind, m_id, rule(), reason());
    if (!s) {
        m_message->showMessage(Severity::Error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace interntrack

#include "CommentDialog.h"

#include "FormMessage.h"
#include "Icons.h"
#include "ItemInfo.h"
#include "Workspace.h"
#include "workflow/Workflow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace interntrack {

CommentDialog::CommentDialog(Workspace& workspace, ItemKind kind, const QString& id, WorkflowState to, QWidget* parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_kind(kind)
    , m_id(id)
    , m_to(to)
    , m_prompt(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_message(new FormMessage(this))
{
    setObjectName(QStringLiteral("commentDialog"));
    const std::optional<Item> item = workspace.item(kind, id);
    const std::optional<WorkflowState> from = item ? ItemInfo::state(*item) : std::nullopt;
    m_required = from && Workflow::needsComment(*from, to);
    const QString kindName = itemKindName(kind);

    QString title;
    QString prompt;
    QString okText;
    switch (to) {
    case WorkflowState::ChangesRequested:
        title = tr("Request Changes");
        prompt = tr("The proposal goes back to the student, with your comment: say what to change.");
        okText = tr("&Request changes");
        break;
    case WorkflowState::Rejected:
        title = tr("Reject");
        prompt = tr("A rejected proposal cannot change any more: the student must make a new one. Say why it is "
                    "rejected.");
        okText = tr("&Reject");
        break;
    case WorkflowState::Completed:
        title = tr("Mark Completed");
        prompt = tr("The %1 is over. The proof of completion and the report are checked when it is validated.")
                     .arg(kindName);
        okText = tr("&Mark completed");
        break;
    case WorkflowState::Validated:
        title = tr("Validate");
        prompt = tr("Validating closes the %1: it counts towards the student's year and cannot change any more.")
                     .arg(kindName);
        okText = tr("&Validate");
        break;
    case WorkflowState::Cancelled:
        title = tr("Cancel %1").arg(ItemInfo::kindTitle(kind));
        prompt = tr("A cancelled %1 cannot change any more (Edit ▸ Undo brings it back while the program is open).")
                     .arg(kindName);
        okText = tr("Cancel the %1").arg(kindName);
        break;
    default:
        title = tr("Move to %1").arg(Workflow::stateName(to));
        prompt = tr("The %1 moves to \"%2\".").arg(kindName, Workflow::stateName(to));
        okText = tr("&Move");
        break;
    }
    setWindowTitle(title);
    setWindowIcon(Icons::state(to));

    auto* itemLabel = new QLabel(ItemInfo::describe(workspace, kind, id), this);
    itemLabel->setObjectName(QStringLiteral("itemLabel"));
    itemLabel->setWordWrap(true);
    itemLabel->setTextFormat(Qt::PlainText);
    QFont bold = itemLabel->font();
    bold.setBold(true);
    itemLabel->setFont(bold);
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setText(prompt);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);

    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(m_required ? tr("What the student should know (required)")
                                             : tr("A note kept with the step (optional)"));
    m_comment->setAccessibleName(m_required ? tr("Comment (required)") : tr("Comment (optional)"));
    // A comment the student must read gets room; an optional note on a confirmation, a few lines.
    m_comment->setMinimumHeight(fontMetrics().lineSpacing() * (m_required ? 5 : 3));
    if (!m_required)
        m_comment->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 2 * m_comment->frameWidth() + 8);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* commentLabel = new QLabel(m_required ? tr("&Comment (required):") : tr("&Comment (optional):"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(okText);
    m_ok->setIcon(Icons::state(to));
    if (to == WorkflowState::Cancelled)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep it"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CommentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &CommentDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(itemLabel);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // The wrapped labels decide the height at this width (sizeHint() assumes a narrower one and leaves gaps).
    resize(520, layout->hasHeightForWidth() ? layout->totalHeightForWidth(520) : sizeHint().height());
    validate();
}

QString CommentDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void CommentDialog::setComment(const QString& text)
{
    m_comment->setPlainText(text);
}

QString CommentDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CommentDialog::validate()
{
    const bool missing = m_required && comment().isEmpty();
    m_ok->setEnabled(!missing);
    if (missing)
        m_message->showMessage(Severity::Info, m_to == WorkflowState::Rejected
                                                   ? tr("Write why the proposal is rejected: a rejection needs a "
                                                        "comment for the student.")
                                                   : tr("Write what the student should change: a request for "
                                                        "changes needs a comment."));
    else
        m_message->clearMessage();
}

void CommentDialog::accept()
{
    if (m_required && comment().isEmpty()) {
        validate();
        return;
    }
    const Status s = m_ws.transition(m_kind, m_id, m_to, comment());
    if (!s) {
        m_message->showMessage(Severity::Error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace interntrack

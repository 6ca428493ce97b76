#pragma once

#include "storage/StorageRecords.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace interntrack {

class FormMessage;
class Workspace;

/**
 * Moves an item through the workflow with a comment: required to request changes or reject (the student
 * must know why; OK stays disabled until there is one, and says so), optional for the confirmations of
 * mark completed, validate and cancel. OK makes the transition through the Workspace; a refusal is shown in
 * the dialog, which stays open.
 */
class CommentDialog : public QDialog
{
    Q_OBJECT

public:
    CommentDialog(Workspace& workspace, ItemKind kind, const QString& id, WorkflowState to, QWidget* parent = nullptr);

    WorkflowState target() const { return m_to; }
    bool isCommentRequired() const { return m_required; }
    QString comment() const;
    void setComment(const QString& text);
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* okButton() const { return m_ok; }
    /// What the dialog says is wrong (empty when nothing is).
    QString messageText() const;

public slots:
    void accept() override;

private:
    void validate();

    Workspace& m_ws;
    ItemKind m_kind;
    QString m_id;
    WorkflowState m_to;
    bool m_required = false;
    QLabel* m_prompt;
    QPlainTextEdit* m_comment;
    FormMessage* m_message;
    QPushButton* m_ok;
};

} // namespace interntrack

#pragma once

#include "rules/Finding.h"
#include "storage/StorageRecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace interntrack {

class FormMessage;
class Workspace;

/**
 * The advisor accepts an item although a rule flags it: the rule is chosen among the item's open errors and
 * warnings (preselected when given), its message is shown, and a written reason is required. OK records the
 * override through the Workspace, with the advisor's name and the date.
 */
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(Workspace& workspace, ItemKind kind, const QString& id, const QString& rule = {},
                   QWidget* parent = nullptr);

    /// The rules offered, in the order shown.
    QStringList rules() const;
    QString rule() const;
    /// Selects @p rule; false when the item has no such open finding.
    bool setRule(const QString& rule);
    QString reason() const;
    void setReason(const QString& text);

    QComboBox* ruleCombo() const { return m_rule; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* okButton() const { return m_ok; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    void showFinding();
    void validate();

    Workspace& m_ws;
    ItemKind m_kind;
    QString m_id;
    QList<Finding> m_findings; ///< the findings offered, in the combo's order
    QComboBox* m_rule;
    QLabel* m_findingIcon;
    QLabel* m_finding;
    QPlainTextEdit* m_reason;
    QLabel* m_record;
    FormMessage* m_message;
    QPushButton* m_ok;
};

} // namespace interntrack

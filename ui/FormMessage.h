#pragma once

#include "rules/Finding.h"

#include <QFrame>

class QLabel;

namespace interntrack {

/**
 * A line under a form that says what is wrong or what to know, with the severity's icon and its name in
 * the text (never colour alone). Hidden when there is nothing to say. Used by the action dialogs to show
 * why OK is disabled and what the Workspace refused.
 */
class FormMessage : public QFrame
{
    Q_OBJECT

public:
    explicit FormMessage(QWidget* parent = nullptr);

    void showMessage(Severity severity, const QString& text);
    void clearMessage();

    QString text() const;
    Severity severity() const { return m_severity; }

private:
    Severity m_severity = Severity::Info;
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace interntrack

#pragma once

#include "ItemEditorDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace interntrack {

class DateField;

/// The editor of a seminar attended: the student, its title and date, and the paragraph of what they learned
/// (with its word count, which the rules require a minimum of).
class SeminarEditor : public ItemEditorDialog
{
    Q_OBJECT

public:
    SeminarEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent = nullptr);

protected:
    void load(const Item& item) override;
    Item collect() const override;
    QList<Problem> validate(const Item& item) const override;
    void updateSummary(const Item& item) override;

private:
    QComboBox* m_student;
    QLineEdit* m_title;
    DateField* m_date;
    QPlainTextEdit* m_paragraph;
    QLabel* m_words;
};

} // namespace interntrack

#pragma once

#include "ItemEditorDialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace interntrack {

class DateField;

/**
 * The editor of a summer school followed instead of the internship: the student, the school (completed from the
 * programme's proposed schools, which ticks "proposed"), dates, full-time days and the links of the report. The
 * report's pages come from the attached PDF.
 */
class SummerSchoolEditor : public ItemEditorDialog
{
    Q_OBJECT

public:
    SummerSchoolEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent = nullptr);

protected:
    void load(const Item& item) override;
    Item collect() const override;
    QList<Problem> validate(const Item& item) const override;

private:
    QComboBox* m_student;
    QLineEdit* m_name;
    QCheckBox* m_proposed;
    DateField* m_start;
    DateField* m_end;
    QSpinBox* m_fullTimeDays;
    QPlainTextEdit* m_links;
    QLabel* m_report;
};

} // namespace interntrack

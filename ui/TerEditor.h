#pragma once

#include "ItemEditorDialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace interntrack {

class DateField;

/**
 * The editor of a TER: its students (several for a group), kind, subject (completed from the year's TER
 * subjects: picking one fills its kind, lab and capacity), lab, supervisor, dates, weekly hours and whether it is
 * paid. The grade is recorded by its own action and the report's pages come from the attached PDF: both are shown,
 * not edited.
 */
class TerEditor : public ItemEditorDialog
{
    Q_OBJECT

public:
    TerEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent = nullptr);

protected:
    void load(const Item& item) override;
    Item collect() const override;
    QList<Problem> validate(const Item& item) const override;

private:
    QWidget* createStudents();
    void fillFromSubject(const QString& title);
    void setStudents(const QStringList& ids);
    QStringList students() const;
    void filterStudents(const QString& text);
    void updateChosen();

    QList<TerSubject> m_subjects;

    QListWidget* m_students = nullptr;
    QLineEdit* m_studentFilter = nullptr;
    QLabel* m_chosen = nullptr;
    QComboBox* m_kind;
    QLineEdit* m_subject;
    QSpinBox* m_capacity;
    QLineEdit* m_lab;
    QCheckBox* m_inSaclay;
    QLineEdit* m_supervisor;
    DateField* m_start;
    DateField* m_end;
    QDoubleSpinBox* m_weeklyHours;
    QCheckBox* m_paid;
    QLabel* m_report;
    QLabel* m_grade;
};

} // namespace interntrack

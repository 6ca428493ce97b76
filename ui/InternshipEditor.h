#pragma once

#include "ItemEditorDialog.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStringListModel;

namespace interntrack {

class DateField;

/**
 * The editor of an internship: the student, the host (completed from the host directory: picking a known host
 * fills its kind, AI research and address), the tutor, the subject, dates, hours, work days, absences, the
 * submission date, the gratification, and what the rules count of it in a figures box (counted days, hours,
 * full-time-equivalent weeks, the minimum gratification, the proposal's due date). Signatures, the proof and
 * the report come from their own actions; the report's pages are read from the attached PDF, never typed.
 */
class InternshipEditor : public ItemEditorDialog
{
    Q_OBJECT

public:
    InternshipEditor(Workspace& workspace, const Item& item, bool isNew, QWidget* parent = nullptr);

    /// The figures box's texts by name ("counted", "hours", "fte", "monthly", "total", "due"), for tests.
    QString figure(const QString& name) const;

protected:
    void load(const Item& item) override;
    Item collect() const override;
    QList<Problem> validate(const Item& item) const override;
    void updateSummary(const Item& item) override;

private:
    QWidget* createWorkDays();
    QWidget* createAbsences();
    QWidget* createFigures();
    void fillFromHost(const QString& name);
    void fillFromTutor(const QString& name);
    void updateTutorCompletions();
    void setAbsences(const QList<QDate>& dates);
    QList<QDate> absences() const;
    void addAbsence();
    void removeAbsence();

    QList<HostEntry> m_directory;

    QComboBox* m_student;
    QLineEdit* m_host;
    QComboBox* m_hostKind;
    QCheckBox* m_aiResearch;
    QLineEdit* m_address;
    QLineEdit* m_city;
    QLineEdit* m_country;
    QLineEdit* m_tutor;
    QLineEdit* m_tutorEmail;
    QLineEdit* m_tutorPhone;
    QStringListModel* m_tutorNames;
    QLineEdit* m_subject;
    DateField* m_start;
    DateField* m_end;
    QDoubleSpinBox* m_weeklyHours;
    QList<QCheckBox*> m_workDays; ///< Monday first
    QListWidget* m_absences = nullptr;
    QDateEdit* m_absenceDate = nullptr;
    QPushButton* m_addAbsence = nullptr;
    QPushButton* m_removeAbsence = nullptr;
    DateField* m_submitted;
    QLabel* m_signatures;
    QDoubleSpinBox* m_gratification;
    QComboBox* m_gratificationPer;
    QComboBox* m_hostScreening = nullptr;
    QCheckBox* m_previousSummer;
    QCheckBox* m_proof;
    QLabel* m_report;
    QGroupBox* m_figuresBox = nullptr;
    QHash<QString, QLabel*> m_figures;
};

} // namespace interntrack

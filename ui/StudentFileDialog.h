#pragma once

#include "domain/AcademicYear.h"
#include "domain/Student.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace interntrack {

/**
 * Asks what a student's new personal file needs: the academic year, who they are (name, email, student number:
 * what the advisor matches them by) and where to save it (by default in the application's data folder).
 */
class StudentFileDialog : public QDialog
{
    Q_OBJECT

public:
    /// The suffix of a personal file, without the dot.
    static QString suffix();
    /// Where personal files go by default (created when needed).
    static QString defaultFolder();

    /// @p today decides the academic year offered first (the one starting next, from May on).
    explicit StudentFileDialog(QDate today, const QString& folder = defaultFolder(), QWidget* parent = nullptr);

    AcademicYear year() const;
    void setYear(AcademicYear year);
    /// The student as typed (no id: the window gives one).
    Student student() const;
    void setStudent(const Student& student);
    QString path() const;
    void setPath(const QString& path);
    /// Why OK is disabled, empty when it is not.
    QString problem() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();
    void validate();
    void suggestPath();

    QString m_folder;
    bool m_pathTyped = false;
    QLabel* m_intro;
    QLabel* m_yearLabel;
    QLabel* m_nameLabel;
    QLabel* m_emailLabel;
    QLabel* m_numberLabel;
    QLabel* m_pathLabel;
    QComboBox* m_year;
    QLineEdit* m_name;
    QLineEdit* m_email;
    QLineEdit* m_number;
    QLineEdit* m_path;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_browse;
};

} // namespace interntrack

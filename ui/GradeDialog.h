#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QPushButton;

namespace interntrack {

class FormMessage;
class Workspace;

/// The grade of a TER, from 0 to 20 by quarter points, given by its supervisors; or no grade (removes it).
class GradeDialog : public QDialog
{
    Q_OBJECT

public:
    GradeDialog(Workspace& workspace, const QString& terId, QWidget* parent = nullptr);

    /// The grade in the form; none when "no grade" is ticked.
    std::optional<double> grade() const;
    void setGrade(std::optional<double> grade);

    QDoubleSpinBox* gradeSpin() const { return m_spin; }
    QCheckBox* noGradeBox() const { return m_none; }
    QPushButton* okButton() const { return m_ok; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    void validate();

    Workspace& m_ws;
    QString m_id;
    std::optional<double> m_recorded;
    QDoubleSpinBox* m_spin;
    QCheckBox* m_none;
    FormMessage* m_message;
    QPushButton* m_ok;
};

} // namespace interntrack

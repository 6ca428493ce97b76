#pragma once

#include "Workspace.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace interntrack {

/**
 * A student chooses their TER among the year's subjects (the personal file's copy of the advisor's offers): each
 * subject with its kind, lab and free places; a full subject cannot be chosen. A mini-challenge to solve is done in
 * pairs: the partner's name and email are asked. The TER rules run on the choice as it is made.
 */
class TerChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p studentId is the student choosing (the owner of the personal file).
    TerChoiceDialog(Workspace& workspace, const QString& studentId, QWidget* parent = nullptr);

    /// Selects the subject titled @p title; false when there is none or it is full.
    bool selectSubject(const QString& title);
    /// The subject chosen, if any.
    std::optional<TerSubject> subject() const;
    /// Free places of @p subject: its capacity minus the students of the year's TERs on it; unset = no limit.
    std::optional<int> freePlaces(const TerSubject& subject) const;
    void setPartner(const QString& name, const QString& email);
    /// The partner typed, for a mini-challenge (no id: the caller gives one); unset when none is needed or typed.
    std::optional<Student> partner() const;
    /// The TER made of the choice (a fresh id; the student, and @p partnerId when given), not saved.
    Ter ter(const QString& partnerId = {}) const;
    /// The findings shown for the choice.
    QStringList findingTexts() const;
    QTreeWidget* subjectList() const { return m_subjects; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    void update();

    Workspace& m_ws;
    QString m_studentId;
    QString m_terId;
    QList<TerSubject> m_all;
    QLabel* m_intro;
    QTreeWidget* m_subjects;
    QLabel* m_partnerTitle;
    QFormLayout* m_partnerForm = nullptr;
    QLineEdit* m_partnerName;
    QLineEdit* m_partnerEmail;
    QLabel* m_findingsTitle;
    QListWidget* m_findings;
    QDialogButtonBox* m_buttons;
};

} // namespace interntrack

#pragma once

#include "Workspace.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace interntrack {

class FormMessage;

/**
 * The four signatures of an internship's agreement: the student, the host representative, the tutor and the
 * university, each signed on a date (never in the future) or not yet, on paper or electronically. OK records
 * each signature that changed through Workspace::recordSignature, as one undoable step; the internship is
 * signed when the fourth one is in.
 */
class SignaturesDialog : public QDialog
{
    Q_OBJECT

public:
    SignaturesDialog(Workspace& workspace, const QString& internshipId, QWidget* parent = nullptr);

    static constexpr int SignatoryCount = 4;
    static QString signatoryName(Signatory who);

    /// Sets one signature in the form (a null @p date: not signed).
    void setSignature(Signatory who, QDate date, bool electronic = false);
    /// The date in the form; null when "not signed".
    QDate date(Signatory who) const;
    bool isElectronic(Signatory who) const;
    /// The signatures whose date differs from the one recorded.
    QList<Signatory> changed() const;

    QCheckBox* signedBox(Signatory who) const;
    QDateEdit* dateEdit(Signatory who) const;
    QComboBox* formCombo(Signatory who) const;
    QPushButton* okButton() const { return m_ok; }
    QString messageText() const;

public slots:
    void accept() override;

private:
    struct Row
    {
        QCheckBox* signedBox = nullptr;
        QDateEdit* date = nullptr;
        QComboBox* form = nullptr;
    };
    void validate();

    Workspace& m_ws;
    QString m_id;
    Signatures m_recorded;
    QDate m_start;
    std::array<Row, SignatoryCount> m_rows;
    QLabel* m_summary;
    FormMessage* m_message;
    QPushButton* m_ok;
};

} // namespace interntrack

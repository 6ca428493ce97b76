#pragma once

#include "domain/AcademicYear.h"
#include "domain/Offer.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace interntrack {

class DateField;
class FormMessage;
class OfferRepository;
class OffersModel;
class Workspace;

/**
 * The form of one offer (host name, kind, AI research, city, country, title, topics, description, earliest and
 * latest start, weeks, gratification, contact, URL, closed). What is wrong is said beside its field as the user
 * types, and OK is disabled until the offer passes OfferRepository::validate().
 */
class OfferEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OfferEditDialog(const Offer& offer, bool isNew, QWidget* parent = nullptr);

    /// The offer as the form holds it (the one given at first with the form's values over it).
    Offer offer() const;
    /// The input of @p field ("host_name", "title", "topics", "start_earliest", "start_latest"… as in the offers
    /// file), nullptr when the form has none.
    QWidget* fieldWidget(const QString& field) const;
    /// What is said beside @p field (empty when nothing is wrong).
    QString fieldNote(const QString& field) const;
    /// What the whole offer lacks (OfferRepository::validate()), shown under the form; empty when valid.
    QString message() const;
    QPushButton* okButton() const { return m_ok; }

private:
    void addField(const QString& field, const QString& label, QWidget* input);
    void check();

    Offer m_original;
    QHash<QString, QWidget*> m_inputs;
    QHash<QString, QLabel*> m_notes;
    QLineEdit* m_hostName;
    QComboBox* m_hostKind;
    QCheckBox* m_aiResearch;
    QLineEdit* m_city;
    QLineEdit* m_country;
    QLineEdit* m_title;
    QLineEdit* m_topics;
    QPlainTextEdit* m_description;
    DateField* m_startEarliest;
    DateField* m_startLatest;
    QSpinBox* m_weeks;
    QDoubleSpinBox* m_gratification;
    QLineEdit* m_contactName;
    QLineEdit* m_contactEmail;
    QLineEdit* m_url;
    QCheckBox* m_closed;
    FormMessage* m_message;
    QPushButton* m_ok;
    QGridLayout* m_grid;
};

/**
 * The advisor's internship offers of the year shown (Edit > Offers…): the offers in a table, Add / Edit / Remove
 * through OfferEditDialog, "Export for Students…" writing the year's `.interntrack-offers` file (OffersFile), and
 * the students' applications to the selected offer with their state (read-only: students move them).
 *
 * Everything the dialog asks goes through prompts() so tests can answer.
 */
class OffersDialog : public QDialog
{
    Q_OBJECT

public:
    struct Prompts
    {
        /// Shows the offer form; true when accepted (the form then holds the offer).
        std::function<bool(OfferEditDialog&)> editOffer;
        /// A file to write: title, suggested path, filter; empty when cancelled.
        std::function<QString(const QString&, const QString&, const QString&)> saveFile;
        /// A yes/no question: title, text; true for yes.
        std::function<bool(const QString&, const QString&)> confirm;
    };

    /// The offers of @p workspace's open database and year; the workspace must stay open while the dialog lives.
    explicit OffersDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~OffersDialog() override;

    const Prompts& prompts() const { return m_prompts; }
    void setPrompts(const Prompts& prompts) { m_prompts = prompts; }
    OfferRepository* repository() const { return m_repository.get(); }

    /// Opens the form of a new offer; its id when stored, else 0.
    qint64 addOffer();
    /// Opens the form of the selected offer; true when saved.
    bool editSelected();
    /// Removes the selected offer (after confirmation) with its applications.
    bool removeSelected();
    /// Asks where to write the year's offers file and writes it; its path, or empty.
    QString exportForStudents();
    /// Reads the offers again (keeping the selection).
    void reload();
    /// Selects the row of the offer @p id; false when not listed.
    bool selectOffer(qint64 id);

    OffersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTreeWidget* applicationsView() const { return m_applications; }
    /// The texts of the message line (the last failure or what was done).
    QString messageText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void reloadApplications();
    qint64 selectedOfferId() const;

    Workspace& m_ws;
    std::unique_ptr<OfferRepository> m_repository;
    AcademicYear m_year;
    Prompts m_prompts;
    QLabel* m_intro;
    OffersModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_export;
    QLabel* m_applicationsLabel;
    QTreeWidget* m_applications;
    FormMessage* m_message;
    QPushButton* m_close;
};

} // namespace interntrack

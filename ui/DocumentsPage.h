#pragma once

#include "documents/DocumentWriter.h"

#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QRadioButton;
template<typename T>
class QFutureWatcher;

namespace interntrack {

class FormMessage;
struct DocumentsOutcome;
class Workspace;

/**
 * The Documents page, the secretariat's: the year's internship agreements and completion certificates (PDF or
 * ODT, in French or English), the lists to print or open in a spreadsheet, the calendar of deadlines and the
 * reminders to students, for the whole year or the student selected on the Students page.
 *
 * Files are made off the GUI thread from a copy of the year (core/documents is pure), with a progress dialog
 * that can be cancelled: the batch stops after the file being written, and every file written stays whole.
 * The page then says what was written where, with a button to open the folder, or why nothing was.
 *
 * Where the user chooses a folder or a file, and opening a URL, are virtual so that tests answer them.
 */
class DocumentsPage : public QWidget
{
    Q_OBJECT

public:
    /// What the page makes.
    enum class Output { Agreements, Certificates, Lists, Calendar, Reminders };
    /// The lists of ListExport.
    enum class ListKind { StudentStatus, DeliverablesOwed, TerGrades };

    explicit DocumentsPage(Workspace& workspace, QWidget* parent = nullptr);
    /// Waits for a batch still running (it is asked to stop first).
    ~DocumentsPage() override;

    /// The page's title and what it is for; set by the owner, which retranslates them.
    void setTexts(const QString& title, const QString& description);

    /// Where the page reads the student selected on the Students page (empty id: none); without it the
    /// scope is the whole year.
    void setSelectedStudentProvider(std::function<QString()> provider);

    // Options (what the controls show)
    void setLanguage(const QString& language); ///< "fr" or "en", for agreements, certificates and reminders
    QString language() const;
    void setDocumentFormat(DocumentFormat format);
    DocumentFormat documentFormat() const;
    void setListKind(ListKind kind);
    void setListPdf(bool pdf); ///< the list as PDF rather than CSV
    void setCsvDelimiter(char delimiter); ///< ';' or ','
    /// Only the student selected on the Students page (when there is one) rather than the whole year.
    void setSelectedOnly(bool selectedOnly);
    /// Agreements and certificates only of internships approved or further (never rejected nor cancelled ones).
    void setApprovedOnly(bool approvedOnly);

    /// The students the documents are for, in the cohort's order (empty: the whole year).
    QStringList studentsInScope() const;
    /// The internships whose agreements or certificates a batch writes.
    QStringList internshipsInScope() const;
    /// Whether the page offers internship agreements: only where French internship law applies to the year shown
    /// (agreementsApply()); elsewhere the Agreements section says why in one line and generate() refuses them.
    bool offersAgreements() const;

    /// Asks where to write (chooseFolder() or chooseFile()) and starts making @p output; false when the user
    /// chose nothing or a batch is already running.
    bool generate(Output output);
    /// Opens the reminder of the selected student in the mail program (openUrl()); false when there is none.
    bool emailSelectedStudent();
    bool isRunning() const;
    /// Stops the running batch after the file being written (thread-safe).
    void cancel();

    /// What the last run said: "12 agreements written to …", or why it failed.
    QString resultText() const;
    bool lastRunFailed() const { return m_failed; }
    /// The files the last run wrote.
    QStringList lastWritten() const { return m_written; }

signals:
    /// After each file of a batch; emitted from the worker thread (connect with Qt::DirectConnection to
    /// cancel() at an exact point).
    void progressed(int done, int total);
    /// A run ended (written, cancelled or failed): resultText() says how.
    void finished();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

    /// The folder to write into, or empty when the user cancels (QFileDialog::getExistingDirectory).
    virtual QString chooseFolder(const QString& title);
    /// The file to write, or empty when the user cancels (QFileDialog::getSaveFileName).
    virtual QString chooseFile(const QString& title, const QString& suggestedName, const QString& filter);
    /// Opens @p url: the folder written to, a mailto: draft (QDesktopServices::openUrl).
    virtual void openUrl(const QUrl& url);

private:
    void retranslate();
    /// Shows or hides what the year's programme has (agreements under French law only; its name for TERs).
    void updateProfile();
    void updateScope();
    void updateEnabled();
    void start(Output output, const QString& target);
    void finish();
    void showResult(bool failed, const QString& text);
    QString lastDirectory() const;

    Workspace& m_workspace;
    std::function<QString()> m_selectedStudent;

    QLabel* m_title;
    QLabel* m_description;
    QGroupBox* m_scopeBox;
    QRadioButton* m_wholeYear;
    QRadioButton* m_selectedStudentOnly;
    QCheckBox* m_approvedOnly;
    QLabel* m_scopeSummary;

    QGroupBox* m_agreementsBox;
    QLabel* m_agreementsText;
    QLabel* m_agreementsUnavailable; ///< why there are no agreements, when there are none
    QGroupBox* m_certificatesBox;
    QLabel* m_certificatesText;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_formatLabel;
    QComboBox* m_formatCombo;
    QLabel* m_advisorLabel;
    QLineEdit* m_advisorEdit;
    QPushButton* m_agreementsButton;
    QPushButton* m_certificatesButton;

    QGroupBox* m_listsBox;
    QLabel* m_listsText;
    QLabel* m_listLabel;
    QComboBox* m_listCombo;
    QLabel* m_listFormatLabel;
    QComboBox* m_listFormatCombo;
    QLabel* m_delimiterLabel;
    QComboBox* m_delimiterCombo;
    QPushButton* m_listButton;

    QGroupBox* m_calendarBox;
    QLabel* m_calendarText;
    QPushButton* m_calendarButton;

    QGroupBox* m_remindersBox;
    QLabel* m_remindersText;
    QPushButton* m_remindersButton;
    QPushButton* m_emailButton;

    FormMessage* m_result;
    QPushButton* m_openFolderButton;

    QProgressDialog* m_progress = nullptr;
    QFutureWatcher<std::shared_ptr<DocumentsOutcome>>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Output m_running = Output::Agreements;
    QString m_target;
    QString m_folder; ///< where the last run wrote
    QStringList m_written;
    bool m_failed = false;
};

} // namespace interntrack

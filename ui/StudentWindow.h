#pragma once

#include "Workspace.h"
#include "domain/Offer.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QTabWidget;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace interntrack {

class OfferRepository;
class OffersPage;
class Settings;

/**
 * Student mode: the window of a student with no database. Their personal file (an InternTrack database of their
 * own, ".interntrack-student", opened through the Workspace as the student) holds their proposals for one academic
 * year: internship, TER choice, summer school, seminars. Each shows its state, what the rules say of it and the
 * advisor's last comment; the editors check them as the student types. "Submit…" writes a proposal file to send to
 * the advisor (warning first when rules are broken), "Email to Advisor…" drafts the email, and "Import Reply…"
 * (or a reply file dropped on the window) records the advisor's decision.
 *
 * Everything the window asks (files, confirmations, messages, opening the email) goes through prompts() so tests
 * can answer.
 */
class StudentWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// What the window asks the user; tests replace them.
    struct Prompts
    {
        /// A file to write: title, suggested path, filter; empty when cancelled.
        std::function<QString(const QString&, const QString&, const QString&)> saveFile;
        /// A file to read: title, filter; empty when cancelled.
        std::function<QString(const QString&, const QString&)> openFile;
        /// A yes/no question: title, text, details; true for yes.
        std::function<bool(const QString&, const QString&, const QString&)> confirm;
        /// A message: title, text; @p error for a failure.
        std::function<void(const QString&, const QString&, bool)> inform;
        /// Opens a URL (mailto:) with the desktop; false when it could not.
        std::function<bool(const QUrl&)> openUrl;
        /// The new personal file dialog; true when a file was created.
        std::function<bool()> newFile;
    };

    /// Columns of the list of proposals.
    enum Column { ProposalColumn, StateColumn, RulesColumn, CommentColumn, ColumnCount };

    /// @p settings must outlive the window (recent files, geometry).
    explicit StudentWindow(Settings& settings, QWidget* parent = nullptr);
    ~StudentWindow() override;

    Workspace& workspace() const { return *m_ws; }
    const Prompts& prompts() const { return m_prompts; }
    void setPrompts(const Prompts& prompts) { m_prompts = prompts; }

    /// At start: opens @p path if given, else the last personal file, else asks for a new one.
    void start(const QString& path = {});
    /// Opens a personal file; false (with why, unless @p quiet) when it cannot be opened or is not one.
    bool openFile(const QString& path, bool quiet = false);
    /// Creates the personal file of @p me at @p path for @p year and opens it.
    Status createFile(const QString& path, AcademicYear year, const Student& me);
    /// Asks for a new personal file (StudentFileDialog) and creates it.
    bool newFile();
    QString filePath() const;
    /// The student whose file it is (nullptr when none is open).
    const Student* owner() const;
    QString ownerId() const { return m_ownerId; }

    /// A page beside "My proposals" (e.g. the offers of the year).
    void addPage(QWidget* page, const QString& title, const QIcon& icon = {});
    QTabWidget* tabs() const { return m_tabs; }
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* proposalMenu() const { return m_proposalMenu; }

    // The list
    QTreeWidget* proposalList() const { return m_list; }
    /// Selects the row of an item; false when it is not listed.
    bool selectItem(ItemKind kind, const QString& id);
    /// The item of the selected row.
    std::optional<std::pair<ItemKind, QString>> currentItem() const;
    /// The texts of the detail pane under the list (state, decision, findings), for tests.
    QStringList detailTexts() const;
    /// The advisor's last comment on an item, with who and when ("…" — Anne Vilnat, 12 March 2026); empty if none.
    QString advisorComment(ItemKind kind, const QString& id) const;

    // What the actions do (interactive: they ask through prompts())
    /// Opens the editor of a new item of @p kind; its id when saved.
    QString newItem(ItemKind kind);
    /// Opens the editor of a new item filled from @p initial (e.g. an accepted internship offer), for the student
    /// (their id put in, a fresh id given when it has none); its id when saved.
    QString newItemFrom(Item initial);
    /// Lets the student choose a TER among the year's subjects, then edit it; its id when saved.
    QString chooseTer();
    bool editItem(ItemKind kind, const QString& id);
    /// Records @p partner (a classmate solving a mini-challenge with the student) in the personal file; their id
    /// ("p-" + 12 hex digits: partners are never the file's owner). The same name and email give the same partner.
    Result<QString> addPartner(const Student& partner);
    /// Warns when rules are broken, writes the proposal file and marks the item submitted; the file's path, or
    /// empty when cancelled or refused.
    QString submit(ItemKind kind, const QString& id);
    /// Drafts an email to the advisor for the item (submitting it first when no file was written yet).
    bool emailToAdvisor(ItemKind kind, const QString& id);
    /// Imports the reply file @p path; false (with why) when it changed nothing.
    bool importReply(const QString& path);

    // --- offers ---
    /// Reads the offers file @p path (OffersFile) and replaces the offers of the year in the personal file with
    /// it, in one transaction; the applications to the offers still listed are kept. False (with why) when the
    /// file cannot be read, is of another year, or nothing could be stored.
    bool importOffers(const QString& path);
    /// The "Offers" tab: browse, filter, apply (OffersPage), then move the selected application.
    OffersPage* offersPage() const { return m_offersPage; }
    /// The offers of the personal file (nullptr when none is open); tests set its clock.
    OfferRepository* offerRepository() const { return m_offerRepository.get(); }
    /// The button moving the selected application to @p to (screened, accepted, declined, withdrawn).
    QPushButton* moveButton(ApplicationState to) const { return m_moveButtons.value(int(to)); }
    QPushButton* writeProposalButton() const { return m_writeProposalButton; }
    /// Selects the row of application @p id in the offers tab; false when it is not listed.
    bool selectApplication(qint64 id);
    qint64 selectedApplicationId() const;
    /// Moves the selected application to @p to (final moves are confirmed first); false (with why) when refused.
    bool moveSelectedApplication(ApplicationState to);
    /// The internship proposal an accepted application becomes: internshipFromOffer() for the owner, a fresh id,
    /// the rules' default work days and hours. Refused when the application is not accepted.
    Result<Internship> proposalFromApplication(qint64 applicationId) const;
    /// Opens the proposal form filled from the selected accepted application; the proposal's id when saved.
    QString writeProposal();
    // --- end offers ---

signals:
    /// The user chose an interface language ("en", "fr", or empty for the system's).
    void languageChosen(const QString& code);
    /// A personal file was opened or created.
    void fileOpened(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void retranslate();
    void reload();
    void updateRow(QTreeWidgetItem* row);
    void updateDetails();
    void updateEnabled();
    void updateRecentMenu();
    void updateTitle();
    void remember(const QString& path);
    void chooseFile();
    void chooseReply();
    void chooseOffers();
    void resetOffers();
    void updateApplicationButtons();
    void deleteCurrent();
    void showStatus(const QString& text);
    QString rowTitle(ItemKind kind, const QString& id) const;
    bool isMine(const Item& item) const;

    Settings& m_settings;
    Workspace* m_ws;
    Prompts m_prompts;
    QString m_ownerId;
    QHash<QString, QString> m_sentFiles; ///< item id → the proposal file written last for it

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_proposalMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_newFileAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_detailsAction = nullptr;
    QAction* m_importReplyAction = nullptr;
    QAction* m_importOffersAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newInternshipAction = nullptr;
    QAction* m_chooseTerAction = nullptr;
    QAction* m_newSummerSchoolAction = nullptr;
    QAction* m_newSeminarAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_submitAction = nullptr;
    QAction* m_emailAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;

    QLabel* m_header = nullptr;
    QLabel* m_hint = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_proposalsPage = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLabel* m_detailState = nullptr;
    QLabel* m_detailDecision = nullptr;
    QListWidget* m_detailFindings = nullptr;

    // Offers
    std::unique_ptr<OfferRepository> m_offerRepository;
    QWidget* m_offersTab = nullptr;
    OffersPage* m_offersPage = nullptr;
    QLabel* m_applicationLabel = nullptr;
    QHash<int, QPushButton*> m_moveButtons; ///< by ApplicationState
    QPushButton* m_writeProposalButton = nullptr;
};

} // namespace interntrack

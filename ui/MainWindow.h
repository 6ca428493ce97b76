#pragma once

#include "workflow/Role.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace interntrack {

class ActionController;
class DashboardPage;
class PlaceholderPage;
struct StudentsFilter;
class ProposalInbox;
class RulesPage;
class StudentsPage;
class Settings;
class SettingsPage;
class Workspace;

/// The application's main window: menus, the navigation between areas, the pages over the open database,
/// and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The navigation entries, in the order shown.
    enum class Page { Students, Ters, Internships, Alternatives, Timeline, Documents, Settings };
    static constexpr int PageCount = 7;

    /// @p settings must outlive the window; geometry and the last page are restored from it and saved on close.
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);

    /// Opens @p path as the database to work on; false (with the reason in a message box unless @p quiet,
    /// and in the status bar) when it cannot be opened.
    bool openDatabase(const QString& path, bool quiet = false);
    /**
     * Connects to the PostgreSQL database @p url (no password in it) with @p password (empty: libpq's
     * PGPASSWORD or ~/.pgpass); the server gives the role (the Role menu is then disabled). False (with the
     * reason in a message box unless @p quiet, and in the status bar) when it cannot connect. The server is
     * remembered among the recent ones, never the password.
     */
    bool connectToServer(const QString& url, const QString& password, bool quiet = false);
    /// Creates a new database at @p path for @p startYear's academic year and opens it.
    bool createDatabase(const QString& path, int startYear, const QString& profileId = {});
    QString databasePath() const;
    /// Imports students' proposal files (File > Import Proposals…, or dropped on the window).
    bool importProposals(const QStringList& paths);
    ProposalInbox* proposalInbox() const { return m_inbox; }
    /// Shows, on the Students page, the students behind a figure of the dashboard.
    void showDashboardStudents(const StudentsFilter& filter);

    Workspace& workspace() const { return *m_workspace; }

    /// Asks the user's role if none was chosen yet (the first start in file mode); used by the application.
    void ensureRoleChosen();
    void setRole(Role role);

signals:
    /// A database was opened (from the command line, File > Open… or the last session).
    void databaseChosen(const QString& path);
    /// The user chose an interface language ("en", "fr", or empty for the system's).
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void retranslate();
    /// The navigation's names and the pages' descriptions as the programme of the year shown says them (its
    /// profile's names for the activities; no agreements outside French law); areas it has nothing for are hidden.
    void updateLabels();
    void updateTitle();
    void updateRecentMenu();
    void updateYears();
    /// File > Add Programme…
    void addProgramme();
    /// Remembers the programme shown for the open file (Settings::LastProgrammes).
    void rememberProgramme();
    void updateEnabled();
    void chooseDatabase();
    /// File > Connect to Server…: the dialog, filled from @p url when given.
    void chooseServer(const QString& url = {});
    void serverConnected();
    void newDatabase();
    void closeDatabase();
    void backupDatabase();
    void chooseRole();
    void chooseLanguage(const QString& code);
    void showAbout();
    void persistState();
    void showError(const QString& text);
    void rememberDatabase(const QString& path);
    void applyActor();

    Settings& m_settings;
    Workspace* m_workspace;
    ActionController* m_actions = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_actionsMenu = nullptr;
    QMenu* m_roleMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_connectAction = nullptr; ///< File > Connect to Server…
    QAction* m_closeAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_importProposalsAction = nullptr;
    QAction* m_saveReplyAction = nullptr;
    QAction* m_emailReplyAction = nullptr;
    ProposalInbox* m_inbox = nullptr;
    QTabWidget* m_overviewTabs = nullptr;
    DashboardPage* m_dashboard = nullptr;
    QString m_timelineItem; ///< the item last shown selected on the timeline
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_offersAction = nullptr; ///< Edit > Offers… (the advisor's internship offers)
    QAction* m_clearRecentAction = nullptr;
    QAction* m_languageSystem = nullptr;
    QAction* m_languageEnglish = nullptr;
    QAction* m_languageFrench = nullptr;
    QAction* m_roleAdvisor = nullptr;
    QAction* m_roleSecretariat = nullptr;
    QAction* m_roleChange = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QActionGroup* m_roleGroup = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_programmeLabel = nullptr;
    QComboBox* m_programmeCombo = nullptr; ///< shown when the database serves several programmes
    QAction* m_programmeLabelAction = nullptr;
    QAction* m_programmeComboAction = nullptr;
    QAction* m_addProgrammeAction = nullptr; ///< File > Add Programme…
    QLabel* m_yearLabel = nullptr;
    QComboBox* m_yearCombo = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<PlaceholderPage*> m_placeholders; ///< by Page, for the pages not written yet (nullptr otherwise)
    SettingsPage* m_settingsPage = nullptr;
    StudentsPage* m_studentsPage = nullptr;
    QTabWidget* m_settingsTabs = nullptr;
    RulesPage* m_rulesPage = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_roleLabel = nullptr;
    bool m_serverActor = false; ///< the actor is the server's login (restored from the settings when it closes)
    QProgressBar* m_loadingBar = nullptr;
};

} // namespace interntrack

#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace interntrack {

class PlaceholderPage;
class Settings;
class SettingsPage;

/// The application's main window: menus, the navigation between areas, and the status bar.
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

    /// Takes @p path as the database to work on; false (with a message in the status bar) when it is no file.
    bool openDatabase(const QString& path);
    QString databasePath() const;

signals:
    /// A database file was chosen (from the command line, File > Open… or the last session).
    void databaseChosen(const QString& path);
    /// The user chose an interface language on the Settings page ("en", "fr", or empty for the system's).
    void languageChosen(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createCentralWidget();
    void retranslate();
    void updateDatabaseLabel();
    void chooseDatabase();
    void showAbout();
    void persistState();

    Settings& m_settings;
    QString m_databasePath;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<PlaceholderPage*> m_placeholders; ///< by Page, for the pages not written yet (nullptr otherwise)
    SettingsPage* m_settingsPage = nullptr;
    QLabel* m_databaseLabel = nullptr;
};

} // namespace interntrack

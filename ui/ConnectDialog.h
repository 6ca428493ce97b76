#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace interntrack {

class FormMessage;
class Settings;

/**
 * File > Connect to Server…: the programme's shared PostgreSQL database, with the person's own login. Asks
 * the server, port, database, login and password; offers the servers connected to before (Settings::RecentServers:
 * host, port, database and login, never the password). The password is asked at each connection and never
 * saved: it goes to the connector only, apart from the URL.
 *
 * OK connects; when the server refuses (wrong password, unknown database, a login that is no InternTrack user)
 * the dialog stays open with the server's answer as a sentence.
 */
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Connects to @p url (without a password) with @p password; what Workspace::openServer() does.
    using Connector = std::function<Status(const QString& url, const QString& password)>;

    /// The default port of PostgreSQL.
    static constexpr int defaultPort = 5432;
    /// How many recent servers are kept.
    static constexpr int maxRecentServers = 8;

    /// @p settings (which must outlive the dialog) gives the recent servers and keeps the new one on success.
    ConnectDialog(Settings& settings, Connector connector, QWidget* parent = nullptr);

    /// Fills the fields from @p url ("postgresql://login@host:port/database"; a password in it is ignored).
    void setServer(const QString& url);
    QString host() const;
    int port() const;
    QString databaseName() const;
    QString login() const;
    /// The address of the fields, percent-encoded, without a password; empty while a field is missing or wrong.
    QString url() const;
    /// What is missing or wrong in the fields (empty when Connect may be pressed).
    QString problem() const;
    /// What the last connection attempt reported (empty before one, or after a success).
    QString errorText() const;

    /// "postgresql://<login>@<host>:<port>/<database>", each part percent-encoded; empty when @p host is not a
    /// valid host name or address.
    static QString serverUrl(const QString& host, int port, const QString& database, const QString& login);
    /// A server address as people read it: "login@host/database" (with ":port" when not 5432), no password.
    static QString shortName(const QString& url);
    /// Puts @p url (its password removed) first in the recent servers of @p settings.
    static void rememberServer(Settings& settings, const QString& url);

    /// Connects; closes the dialog only when the connection is made.
    void accept() override;

protected:
    bool event(QEvent* event) override;

private:
    void chooseRecent(int index);
    void validate();

    Settings& m_settings;
    Connector m_connector;
    QComboBox* m_recent;
    QLabel* m_recentLabel;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_passwordNote;
    FormMessage* m_message;
    QDialogButtonBox* m_buttons;
    QString m_error;
};

} // namespace interntrack

#include "ConnectDialog.h"

#include "FormMessage.h"
#include "Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace interntrack {

namespace {

const QLatin1String kScheme("postgresql");

/// The system's user name: libpq's default login.
QString systemLogin()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd* user = ::getpwuid(::geteuid()))
            name = QString::fromLocal8Bit(user->pw_name);
    }
#endif
    return name;
}

bool isServerUrl(const QUrl& url)
{
    return url.isValid() && (url.scheme() == kScheme || url.scheme() == QLatin1String("postgres"))
           && !url.host().isEmpty();
}

} // namespace

ConnectDialog::ConnectDialog(Settings& settings, Connector connector, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_connector(std::move(connector))
    , m_recent(new QComboBox(this))
    , m_recentLabel(new QLabel(tr("&Recent:"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("interntrack"), this))
    , m_login(new QLineEdit(systemLogin(), this))
    , m_password(new QLineEdit(this))
    , m_passwordNote(new QLabel(this))
    , m_message(new FormMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Server"));

    auto* intro = new QLabel(tr("Work on your programme's shared PostgreSQL database with your own login. The "
                                "server decides your role and what you may see and change."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    m_recent->setObjectName(QStringLiteral("recentCombo"));
    m_recent->setAccessibleName(tr("Recent servers"));
    m_recentLabel->setBuddy(m_recent);
    for (const QString& url : m_settings.value(Settings::RecentServers)) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (isServerUrl(parsed))
            m_recent->addItem(shortName(url), url);
    }
    connect(m_recent, &QComboBox::activated, this, &ConnectDialog::chooseRecent);

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_host->setMinimumWidth(260);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setAccessibleName(tr("Database"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setAccessibleName(tr("Login"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_passwordNote->setText(tr("Asked at each connection and never saved. Left empty, your ~/.pgpass file or "
                               "PGPASSWORD gives it."));
    m_passwordNote->setWordWrap(true);
    QFont small = m_passwordNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_passwordNote->setFont(small);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);

    m_message->setObjectName(QStringLiteral("connectMessage"));

    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_host, 1);
    auto* portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    serverRow->addWidget(portLabel);
    serverRow->addWidget(m_port);

    auto* passwordColumn = new QVBoxLayout;
    passwordColumn->setSpacing(2);
    passwordColumn->addWidget(m_password);
    passwordColumn->addWidget(m_passwordNote);

    // Rows holding a layout get their label made here, with its buddy (so that its shortcut works).
    auto* hostLabel = new QLabel(tr("&Server:"), this);
    hostLabel->setBuddy(m_host);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    auto* form = new QFormLayout;
    form->addRow(m_recentLabel, m_recent);
    form->addRow(hostLabel, serverRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(passwordLabel, passwordColumn);
    form->setRowVisible(m_recent, m_recent->count() > 0);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // A changed field is a new try: the last refusal no longer applies.
    const auto changed = [this] {
        m_error.clear();
        validate();
    };
    for (QLineEdit* edit : {m_host, m_database, m_login, m_password}) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
        connect(edit, &QLineEdit::textEdited, this, changed);
    }
    connect(m_port, &QSpinBox::valueChanged, this, changed);

    if (m_recent->count() > 0)
        chooseRecent(0);
    validate();
    (m_host->text().isEmpty() ? m_host : m_password)->setFocus();
}

void ConnectDialog::setServer(const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!isServerUrl(parsed))
        return;
    m_host->setText(parsed.host());
    m_port->setValue(parsed.port(defaultPort));
    m_database->setText(parsed.path().mid(1));
    if (!parsed.userName().isEmpty())
        m_login->setText(parsed.userName());
    m_password->clear();
    const int index = m_recent->findData(serverUrl(host(), port(), databaseName(), login()));
    if (index >= 0)
        m_recent->setCurrentIndex(index);
    m_error.clear();
    validate();
}

QString ConnectDialog::host() const
{
    return m_host->text().trimmed();
}

int ConnectDialog::port() const
{
    return m_port->value();
}

QString ConnectDialog::databaseName() const
{
    return m_database->text().trimmed();
}

QString ConnectDialog::login() const
{
    return m_login->text().trimmed();
}

QString ConnectDialog::url() const
{
    return problem().isEmpty() ? serverUrl(host(), port(), databaseName(), login()) : QString();
}

QString ConnectDialog::problem() const
{
    if (host().isEmpty())
        return tr("Give the name or address of the server.");
    if (serverUrl(host(), port(), QStringLiteral("x"), QStringLiteral("x")).isEmpty())
        return tr("\"%1\" is not a server name or address.").arg(host());
    if (databaseName().isEmpty())
        return tr("Give the name of the database.");
    if (databaseName().contains(QLatin1Char('/')))
        return tr("A database name cannot contain \"/\".");
    if (login().isEmpty())
        return tr("Give your login.");
    return {};
}

QString ConnectDialog::errorText() const
{
    return m_error;
}

QString ConnectDialog::serverUrl(const QString& host, int port, const QString& database, const QString& login)
{
    QUrl url;
    url.setScheme(kScheme);
    // Decoded mode: every character is the name's own ('%', '@', ':', '/', spaces…), encoded as needed.
    url.setUserName(login, QUrl::DecodedMode);
    url.setHost(host.trimmed(), QUrl::DecodedMode);
    if (url.host().isEmpty())
        return {};
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database, QUrl::DecodedMode);
    if (!url.isValid())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::shortName(const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!isServerUrl(parsed))
        return QUrl(url.trimmed()).toString(QUrl::RemovePassword);
    QString host = parsed.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // an IPv6 address
    if (parsed.port(defaultPort) != defaultPort)
        host += QLatin1Char(':') + QString::number(parsed.port());
    const QString login = parsed.userName();
    return (login.isEmpty() ? QString() : login + QLatin1Char('@')) + host + parsed.path();
}

void ConnectDialog::rememberServer(Settings& settings, const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!isServerUrl(parsed))
        return;
    const QString kept = parsed.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    QStringList recent = settings.value(Settings::RecentServers);
    recent.removeAll(kept);
    recent.prepend(kept);
    settings.setValue(Settings::RecentServers, recent.mid(0, maxRecentServers));
}

void ConnectDialog::accept()
{
    validate();
    const QString address = url();
    if (address.isEmpty() || !m_connector)
        return;
    m_message->showMessage(Severity::Info, tr("Connecting to %1…").arg(shortName(address)));
    m_buttons->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status connected = m_connector(address, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    m_buttons->setEnabled(true);
    if (!connected) {
        // Stays open: the user corrects the password or the address and tries again.
        m_error = connected.error();
        validate();
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    m_error.clear();
    m_password->clear();
    rememberServer(m_settings, address);
    QDialog::accept();
}

void ConnectDialog::chooseRecent(int index)
{
    if (index >= 0)
        setServer(m_recent->itemData(index).toString());
}

void ConnectDialog::validate()
{
    const QString missing = problem();
    if (!m_error.isEmpty())
        m_message->showMessage(Severity::Error, m_error);
    else if (!missing.isEmpty())
        m_message->showMessage(Severity::Info, missing);
    else
        m_message->clearMessage();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

bool ConnectDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest) {
        // A long message (the server's words) wraps over several lines: the dialog grows to show them all.
        const int needed = heightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
    return handled;
}

} // namespace interntrack

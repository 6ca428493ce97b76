#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace interntrack {

/// One entry of the settings registry: its QSettings name and the value used when it is unset or unreadable.
template<typename T>
struct SettingKey
{
    QLatin1String name;
    T defaultValue;
};

/**
 * The registry of the GUI's settings: every key, its type and its default in one place, read and written
 * through QSettings. A format version is stored; keys renamed between versions are moved on load.
 */
class Settings
{
public:
    /// Format of the stored settings; raise it when a key is renamed and add the rename to renamedKeys().
    static constexpr int Version = 1;

    static inline const SettingKey<QByteArray> MainWindowGeometry{QLatin1String("gui/mainWindowGeometry"), {}};
    static inline const SettingKey<QByteArray> MainWindowState{QLatin1String("gui/mainWindowState"), {}};
    /// Index of the navigation entry shown last.
    static inline const SettingKey<int> NavigationPage{QLatin1String("gui/navigationPage"), 0};
    /// "en", "fr", or empty to follow the system locale.
    static inline const SettingKey<QString> Language{QLatin1String("gui/language"), {}};
    /// The role of the user of a file database: "advisor" or "secretariat"; empty until chosen.
    static inline const SettingKey<QString> Role{QLatin1String("user/role"), {}};
    /// The user's name, kept with each change they make; empty = the login name.
    static inline const SettingKey<QString> UserName{QLatin1String("user/name"), {}};
    static inline const SettingKey<QByteArray> StudentsSplitter{QLatin1String("gui/studentsSplitter"), {}};
    static inline const SettingKey<QString> LastDatabase{QLatin1String("storage/lastDatabase"), {}};
    static inline const SettingKey<QStringList> RecentDatabases{QLatin1String("storage/recentDatabases"), {}};
    /// The programme last shown of each database of several programmes: "key<TAB>path", the latest first.
    static inline const SettingKey<QStringList> LastProgrammes{QLatin1String("storage/lastProgrammes"), {}};
    /// The PostgreSQL servers connected to, newest first: "postgresql://login@host:port/database", never a password.
    static inline const SettingKey<QStringList> RecentServers{QLatin1String("storage/recentServers"), {}};

    /// A key renamed in format version @c since (the value moves from @c from to @c to).
    struct Rename
    {
        int since;
        QLatin1String from;
        QLatin1String to;
    };
    static QList<Rename> renamedKeys();

    /// The user's settings, where QSettings keeps them for the application's organisation and name.
    Settings();
    /// Settings in an INI file (tests, portable use).
    explicit Settings(const QString& iniFile);

    template<typename T>
    T value(const SettingKey<T>& key) const
    {
        QVariant stored = m_settings->value(key.name);
        // A value of the wrong type (edited by hand, written by another version) reads as the default.
        if (!stored.isValid() || !stored.convert(QMetaType::fromType<T>())) {
            return key.defaultValue;
        }
        return stored.value<T>();
    }

    template<typename T>
    void setValue(const SettingKey<T>& key, const T& value)
    {
        m_settings->setValue(key.name, QVariant::fromValue(value));
    }

    template<typename T>
    void reset(const SettingKey<T>& key)
    {
        m_settings->remove(key.name);
    }

    /// The version of the stored format (after migration).
    int storedVersion() const;

    /// Writes pending changes; returns false when the storage is not writable.
    bool sync();

    /// Moves the values of @p renames that apply after @p fromVersion; public for tests.
    static void migrate(QSettings& settings, int fromVersion, const QList<Rename>& renames);

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace interntrack

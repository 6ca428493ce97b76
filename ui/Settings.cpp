#include "Settings.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSettings, "interntrack.settings")

namespace interntrack {

namespace {
const QLatin1String kVersionKey("meta/version");
} // namespace

QList<Settings::Rename> Settings::renamedKeys()
{
    // Version 1 is the first format: nothing renamed yet.
    return {};
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

int Settings::storedVersion() const
{
    return m_settings->value(kVersionKey, 0).toInt();
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

void Settings::migrate()
{
    const int stored = storedVersion();
    if (stored > Version) {
        // Written by a newer InternTrack: read what we know, rewrite nothing of its format.
        qCWarning(lcSettings) << "settings format" << stored << "is newer than" << Version;
        return;
    }
    if (stored == Version) {
        return;
    }
    migrate(*m_settings, stored, renamedKeys());
    m_settings->setValue(kVersionKey, Version);
}

void Settings::migrate(QSettings& settings, int fromVersion, const QList<Rename>& renames)
{
    for (const Rename& rename : renames) {
        if (rename.since <= fromVersion || !settings.contains(rename.from)) {
            continue;
        }
        // A value already under the new name wins: it was written by a newer run.
        if (!settings.contains(rename.to)) {
            settings.setValue(rename.to, settings.value(rename.from));
        }
        settings.remove(rename.from);
    }
}

} // namespace interntrack

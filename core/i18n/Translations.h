#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace interntrack {

/// Installs InternTrack's translations (built into interntrack_core) and Qt's own into the application.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    /// Language codes InternTrack ships, the source language ("en") first.
    static QStringList available();

    /// The language to use: @p requested ("fr", "fr_FR", "en-GB"…) when given, else the first of @p locale's
    /// UI languages that InternTrack ships, else English. Fails on a requested language that is not shipped.
    static Result<QString> resolve(const QString& requested, const QLocale& locale);

    /// Replaces the installed translators with those of @p language (a code of available()). Qt then sends
    /// QEvent::LanguageChange to every widget. Qt's own catalogue (qtbase_xx.qm) is loaded when present, and the
    /// default QLocale (dates and numbers in messages) is set to the system's if it speaks @p language, else to
    /// @p language's.
    static Status install(const QString& language);

    /// The language last installed ("" before the first install()).
    static QString current();
};

} // namespace interntrack

#include "Translations.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

Q_LOGGING_CATEGORY(lcI18n, "interntrack.i18n")

namespace interntrack {

namespace {

// The installed translators; replaced as a whole so that switching language never stacks catalogues.
struct Installed
{
    QString language;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed s;
    return s;
}

// "fr_FR", "fr-CA", "FR" -> "fr"
QString baseLanguage(const QString& code)
{
    QString base = code.trimmed().toLower();
    const qsizetype cut = base.indexOf(QRegularExpression(QStringLiteral("[_\\-.@]")));
    if (cut >= 0) {
        base.truncate(cut);
    }
    return base;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

Result<QString> Translations::resolve(const QString& requested, const QLocale& locale)
{
    const QStringList shipped = available();
    if (!requested.trimmed().isEmpty()) {
        const QString base = baseLanguage(requested);
        if (!shipped.contains(base)) {
            return Result<QString>::failure(
                tr("Unknown language \"%1\" (available: %2).").arg(requested, shipped.join(QStringLiteral(", "))));
        }
        return base;
    }
    const QStringList uiLanguages = locale.uiLanguages();
    for (const QString& language : uiLanguages) {
        const QString base = baseLanguage(language);
        if (shipped.contains(base)) {
            return base;
        }
    }
    return shipped.first();
}

Status Translations::install(const QString& language)
{
    if (!available().contains(language)) {
        return Status::failure(
            tr("Unknown language \"%1\" (available: %2).").arg(language, available().join(QStringLiteral(", "))));
    }
    Installed& state = installed();
    if (state.app) {
        QCoreApplication::removeTranslator(state.app.get());
    }
    if (state.qt) {
        QCoreApplication::removeTranslator(state.qt.get());
    }
    state.app.reset();
    state.qt.reset();

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral("interntrack_") + language, QStringLiteral(":/i18n"))) {
        // The .qm files are compiled into interntrack_core: a failure here is a build fault.
        return Status::failure(tr("The %1 translation is missing from this build.").arg(language));
    }
    QCoreApplication::installTranslator(app.get());
    state.app = std::move(app);

    // Qt's own strings (standard buttons, file dialogs); absent for English, which is Qt's source language.
    auto qt = std::make_unique<QTranslator>();
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_") + language, qtDir)) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    } else if (language != QLatin1String("en")) {
        qCInfo(lcI18n) << "Qt's own translation qtbase_" << language << "not found in" << qtDir;
    }
    // Dates and numbers inside translated messages follow the language: the system's locale when it speaks
    // it (keeping its regional formats), else the language's default one. The C locale counts as English.
    const QLocale system = QLocale::system();
    const QLocale target(language);
    const bool systemSpeaksIt = system.language() == target.language()
                                || (target.language() == QLocale::English && system.language() == QLocale::C);
    QLocale::setDefault(systemSpeaksIt ? system : target);

    state.language = language;
    return {};
}

QString Translations::current()
{
    return installed().language;
}

} // namespace interntrack

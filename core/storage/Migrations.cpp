#include "Migrations.h"
#include "Dialect.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace interntrack {

Result<QList<Migrations::Script>> Migrations::load(const QString& directory)
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{3})_[A-Za-z0-9_]+\\.sql$"));
    const QStringList names = QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QList<Script> scripts;
    for (const QString& name : names) {
        const QRegularExpressionMatch m = namePattern.match(name);
        if (!m.hasMatch())
            return Result<QList<Script>>::failure(tr("Migration %1 is not named NNN_name.sql.").arg(name));
        QFile file(directory + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return Result<QList<Script>>::failure(tr("Cannot read migration %1: %2").arg(name, file.errorString()));
        Script s;
        s.version = m.captured(1).toInt();
        s.name = name;
        s.sql = QString::fromUtf8(file.readAll());
        if (s.version != int(scripts.size()) + 1)
            return Result<QList<Script>>::failure(
                tr("Migration %1 should be number %2: migrations are numbered from 1 without gaps.")
                    .arg(name)
                    .arg(scripts.size() + 1));
        scripts.append(s);
    }
    if (scripts.isEmpty())
        return Result<QList<Script>>::failure(tr("No migration script was found in %1.").arg(directory));
    return scripts;
}

int Migrations::latestVersion()
{
    static const int latest = [] {
        const Result<QList<Script>> scripts = load(Dialect::sqlite().migrationsDirectory());
        return scripts.ok() ? int(scripts->size()) : 0;
    }();
    return latest;
}

QStringList Migrations::splitStatements(const QString& sql)
{
    QStringList out;
    QString current;
    bool hasCode = false; // the current piece holds more than blanks and comments
    bool inTrigger = false; // inside CREATE TRIGGER … END
    QString lastWord; // the last bare word, to find a trigger's END
    QString word;
    auto endWord = [&] {
        if (!word.isEmpty()) {
            lastWord = word.toUpper();
            word.clear();
        }
    };
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            endWord();
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            endWord();
            i += 2;
            while (i + 1 < n && !(sql.at(i) == QLatin1Char('*') && sql.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            endWord();
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            current += c;
            hasCode = true;
            for (++i; i < n; ++i) {
                current += sql.at(i);
                if (sql.at(i) == close) {
                    // A doubled quote is an escaped quote, not the end.
                    if (close != QLatin1Char(']') && i + 1 < n && sql.at(i + 1) == close) {
                        current += sql.at(++i);
                        continue;
                    }
                    break;
                }
            }
            lastWord.clear();
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word += c;
            current += c;
            hasCode = true;
            continue;
        }
        endWord();
        if (c == QLatin1Char(';')) {
            if (!inTrigger) {
                static const QRegularExpression trigger(
                    QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                    QRegularExpression::CaseInsensitiveOption);
                if (trigger.match(current).hasMatch() && lastWord != QLatin1String("END")) {
                    inTrigger = true;
                }
            } else if (lastWord == QLatin1String("END")) {
                inTrigger = false;
            }
            if (!inTrigger) {
                if (hasCode)
                    out.append(current.trimmed());
                current.clear();
                hasCode = false;
                lastWord.clear();
                continue;
            }
        }
        current += c;
        if (!c.isSpace())
            hasCode = true;
    }
    endWord();
    if (hasCode && !current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace interntrack

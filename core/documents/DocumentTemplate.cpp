#include "DocumentTemplate.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace interntrack {

namespace {

/// A template name or language is a file-name part: letters, digits, '-' and '_' only (no path).
bool isPlainName(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return re.match(s).hasMatch();
}

/// "fr_FR", "fr-FR", "FR" → "fr".
QString languageCode(const QString& language)
{
    return language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

const QRegularExpression& tagPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([#^/]?)\\s*([A-Za-z0-9_.-]*)\\s*\\}\\}"));
    return re;
}

int lineOf(const QString& text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

enum class TokenKind { Text, Value, Section, Inverted, End };

struct Token
{
    TokenKind kind = TokenKind::Text;
    qsizetype from = 0; ///< offset in the template
    qsizetype length = 0;
    QString key;
};

/// Splits @p html into text and tags; fails on a broken tag or unbalanced sections.
Result<QList<Token>> tokenize(const QString& html, const QString& origin)
{
    QList<Token> tokens;
    QStringList open;
    QList<qsizetype> openAt;
    qsizetype pos = 0;
    auto addText = [&](qsizetype from, qsizetype to) -> Status {
        if (to <= from)
            return {};
        const qsizetype stray = html.indexOf(QStringLiteral("{{"), from);
        if (stray >= 0 && stray < to)
            return Status::failure(
                DocumentTemplate::tr("The template %1 has a broken placeholder at line %2: a placeholder is "
                                     "written {{name}}, with letters, digits, '_', '.' or '-' only.")
                    .arg(origin)
                    .arg(lineOf(html, stray)));
        tokens.append(Token{TokenKind::Text, from, to - from, {}});
        return {};
    };
    auto it = tagPattern().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (Status s = addText(pos, m.capturedStart()); !s)
            return Result<QList<Token>>::failure(s.error());
        const QString sigil = m.captured(1);
        const QString key = m.captured(2);
        const int line = lineOf(html, m.capturedStart());
        if (key.isEmpty())
            return Result<QList<Token>>::failure(
                DocumentTemplate::tr("The template %1 has a placeholder without a name at line %2.")
                    .arg(origin)
                    .arg(line));
        Token t{TokenKind::Value, m.capturedStart(), m.capturedLength(), key};
        if (sigil == QLatin1String("#") || sigil == QLatin1String("^")) {
            t.kind = sigil == QLatin1String("#") ? TokenKind::Section : TokenKind::Inverted;
            open.append(key);
            openAt.append(m.capturedStart());
        } else if (sigil == QLatin1String("/")) {
            t.kind = TokenKind::End;
            if (open.isEmpty() || open.last() != key)
                return Result<QList<Token>>::failure(
                    DocumentTemplate::tr("The template %1 closes the section {{/%2}} at line %3, which is not the "
                                         "section open there.")
                        .arg(origin, key)
                        .arg(line));
            open.removeLast();
            openAt.removeLast();
        }
        tokens.append(t);
        pos = m.capturedEnd();
    }
    if (Status s = addText(pos, html.size()); !s)
        return Result<QList<Token>>::failure(s.error());
    if (!open.isEmpty())
        return Result<QList<Token>>::failure(
            DocumentTemplate::tr("The template %1 opens the section {{#%2}} at line %3 and never closes it "
                                 "with {{/%2}}.")
                .arg(origin, open.last())
                .arg(lineOf(html, openAt.last())));
    return tokens;
}

} // namespace

QString DocumentTemplate::userPath(const QString& name, const QString& language)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates/") + name
           + QLatin1Char('.') + languageCode(language) + QStringLiteral(".html");
}

QString DocumentTemplate::builtInPath(const QString& name, const QString& language)
{
    return QStringLiteral(":/interntrack/templates/") + name + QLatin1Char('.') + languageCode(language)
           + QStringLiteral(".html");
}

Result<DocumentTemplate> DocumentTemplate::load(const QString& name, const QString& language)
{
    if (!isPlainName(name) || !isPlainName(language))
        return Result<DocumentTemplate>::failure(
            tr("There is no document template named \"%1\" in the language \"%2\".").arg(name, language));
    const QString user = userPath(name, language);
    const QString path = QFileInfo::exists(user) ? user : builtInPath(name, language);
    QFile file(path);
    if (!file.exists())
        return Result<DocumentTemplate>::failure(
            tr("There is no document template named \"%1\" in the language \"%2\".").arg(name, language));
    if (!file.open(QIODevice::ReadOnly))
        return Result<DocumentTemplate>::failure(tr("Cannot read the template %1: %2").arg(path, file.errorString()));
    return fromHtml(QString::fromUtf8(file.readAll()), path);
}

Result<DocumentTemplate> DocumentTemplate::fromHtml(const QString& html, const QString& origin)
{
    auto tokens = tokenize(html, origin);
    if (!tokens)
        return Result<DocumentTemplate>::failure(tokens.error());
    DocumentTemplate t;
    t.m_html = html;
    t.m_origin = origin;
    return t;
}

QStringList DocumentTemplate::keys() const
{
    QStringList result;
    auto it = tagPattern().globalMatch(m_html);
    while (it.hasNext())
        result.append(it.next().captured(2));
    result.removeDuplicates();
    std::sort(result.begin(), result.end());
    return result;
}

QString DocumentTemplate::escape(const QString& value)
{
    QString text = value.toHtmlEscaped();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return text;
}

Result<QString> DocumentTemplate::render(const QHash<QString, QString>& values) const
{
    // The template was checked when it was made: tokenizing again cannot fail.
    const auto tokens = tokenize(m_html, m_origin);
    if (!tokens)
        return Result<QString>::failure(tokens.error());
    // Every key must be known, including those in sections that this rendering leaves out.
    for (const Token& t : tokens.value()) {
        if (t.kind != TokenKind::Text && !values.contains(t.key))
            return Result<QString>::failure(
                tr("The template %1 uses {{%2}} at line %3, which is not a field of this document: correct it or "
                   "remove it. The fields are: %4.")
                    .arg(QFileInfo(m_origin).fileName(), t.key)
                    .arg(lineOf(m_html, t.from))
                    .arg([&values] {
                        QStringList known = values.keys();
                        std::sort(known.begin(), known.end());
                        return known.join(QStringLiteral(", "));
                    }()));
    }
    QString out;
    out.reserve(m_html.size() + m_html.size() / 4);
    QList<bool> shown; // one entry per open section: whether its content is kept
    bool visible = true;
    for (const Token& t : tokens.value()) {
        switch (t.kind) {
        case TokenKind::Text:
            if (visible)
                out += QStringView(m_html).mid(t.from, t.length);
            break;
        case TokenKind::Value:
            if (visible)
                out += escape(values.value(t.key));
            break;
        case TokenKind::Section:
        case TokenKind::Inverted: {
            const bool set = !values.value(t.key).trimmed().isEmpty();
            shown.append(visible);
            visible = visible && (t.kind == TokenKind::Section ? set : !set);
            break;
        }
        case TokenKind::End:
            visible = shown.takeLast();
            break;
        }
    }
    return out;
}

} // namespace interntrack

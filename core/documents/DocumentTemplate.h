#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace interntrack {

/**
 * An HTML template of a document (agreement, certificate) in one language.
 *
 * A template is loaded by name and language: a user copy in
 * `<AppDataLocation>/templates/<name>.<lang>.html` wins over the built-in
 * `:/interntrack/templates/<name>.<lang>.html`, so that a programme can edit its own wording.
 *
 * The syntax is a small subset of Mustache:
 * - `{{key}}` is replaced by the value of `key`, HTML-escaped (a line break becomes `<br>`);
 * - `{{#key}}…{{/key}}` keeps its content when the value of `key` is not empty;
 * - `{{^key}}…{{/key}}` keeps its content when the value of `key` is empty.
 *
 * Sections nest. Every key a template uses must be among the values given to render(): an unknown
 * key is an error naming it, so that an edited template never prints "{{typo}}".
 */
class DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTemplate)

public:
    /// The template @p name ("agreement", "certificate") in @p language ("fr", "en"), the user copy first.
    static Result<DocumentTemplate> load(const QString& name, const QString& language);
    /// A template from @p html; @p origin names it in messages (a file name).
    static Result<DocumentTemplate> fromHtml(const QString& html, const QString& origin);

    /// Where a user copy of @p name in @p language is looked for (it may not exist).
    static QString userPath(const QString& name, const QString& language);
    /// The resource path of the built-in template.
    static QString builtInPath(const QString& name, const QString& language);

    /// The text with every placeholder replaced; fails naming the first unknown key.
    Result<QString> render(const QHash<QString, QString>& values) const;

    /// The keys the template uses, sorted, each once.
    QStringList keys() const;
    const QString& html() const { return m_html; }
    /// The file the template was read from (a path, or a ":/" resource path).
    const QString& origin() const { return m_origin; }
    bool isUserCopy() const { return !m_origin.startsWith(QLatin1Char(':')); }

    /// @p value as HTML text: escaped, line breaks as `<br>`.
    static QString escape(const QString& value);

private:
    DocumentTemplate() = default;

    QString m_html;
    QString m_origin;
};

} // namespace interntrack

#pragma once

#include "domain/Cohort.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace interntrack {

/// An e-mail to a student, not sent: what a reminder is before the advisor's mail program sends it.
struct EmailDraft
{
    QString studentId;
    QString to; ///< "Name <address>", or the address alone; empty when the student has no address
    QString subject;
    QString body; ///< lines separated by "\n"

    friend bool operator==(const EmailDraft&, const EmailDraft&) = default;
};

/**
 * Reminders to students of what is missing and by when, from rules/Deadlines.h: a proposal not submitted
 * (or no internship, summer school or seminars at all, or no TER), signatures missing on an agreement, a
 * report (or an internship's completion proof) due or late, seminars short of the rule set's minimum.
 *
 * The texts are in the language asked for ("fr" or "en"), whatever the application's language, since a
 * student may not read the advisor's: they are translated with InternTrack's catalogue of that language
 * (source strings in the "Reminders" context), dates written in its locale.
 */
class Reminders
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)

public:
    /// The reminder of @p student at @p today; std::nullopt when nothing is missing. @p signature ends the body.
    static std::optional<EmailDraft> draft(const Cohort& cohort, const Student& student, QDate today,
                                           const QString& language, const QString& signature = {});
    /// The reminders of @p studentIds (every student when empty; unknown ids skipped), in the cohort's order.
    static QList<EmailDraft> drafts(const Cohort& cohort, const QStringList& studentIds, QDate today,
                                    const QString& language, const QString& signature = {});

    /**
     * @p draft as an RFC 5322 message that mail programs open as a draft to send (`.eml`): To, Subject
     * (RFC 2047 encoded-words when not ASCII), MIME-Version, Content-Type text/plain; charset=UTF-8,
     * Content-Transfer-Encoding 8bit, X-Unsent: 1; lines end with CRLF.
     */
    static QByteArray eml(const EmailDraft& draft);
    /// A `mailto:` URL of @p draft (RFC 6068): subject and body percent-encoded, line breaks as %0D%0A.
    static QUrl mailto(const EmailDraft& draft);

    /// @p text as a header value: itself when printable ASCII, else RFC 2047 "=?UTF-8?B?…?=" words
    /// of at most 75 characters, folded with CRLF + space.
    static QByteArray encodeHeader(const QString& text);
    /// "reminder-<student name folded to ASCII>-<id>.eml".
    static QString fileName(const Student& student);

    /// Writes each of @p drafts as fileName() in @p folder; the paths written, or why not.
    static Result<QStringList> writeEml(const Cohort& cohort, const QList<EmailDraft>& drafts, const QString& folder);

    /// @p source of the "Reminders" context translated into @p language (the source text when the catalogue
    /// lacks it), with %n replaced by @p n when it is not -1.
    static QString translate(const QString& language, const char* source, int n = -1);
};

} // namespace interntrack

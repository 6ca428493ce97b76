#include "Reminders.h"

#include "DocumentBatch.h"
#include "DocumentWriter.h"
#include "rules/Deadlines.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

#include <memory>

namespace interntrack {

namespace {

QString baseLanguage(const QString& language)
{
    return language.left(2).toLower();
}

QLocale reminderLocale(const QString& language)
{
    return baseLanguage(language) == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                         : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

/// The catalogue of @p language, loaded once; nullptr when this build has none.
const QTranslator* catalogue(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    const QString base = baseLanguage(language);
    auto it = loaded.find(base);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral("interntrack_") + base, QStringLiteral(":/i18n")))
            translator.reset();
        it = loaded.insert(base, translator);
    }
    return it->get();
}

bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// "Name <address>" → (name, address); an address alone → ("", address).
std::pair<QString, QString> splitAddress(const QString& to)
{
    const QString text = to.trimmed();
    const qsizetype open = text.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && text.endsWith(QLatin1Char('>')))
        return {text.left(open).trimmed(), text.mid(open + 1, text.size() - open - 2).trimmed()};
    return {QString(), text};
}

/// The To header's value: the name as a quoted string or encoded-words, then the address.
QByteArray encodeAddress(const QString& to)
{
    const auto [name, address] = splitAddress(to);
    if (name.isEmpty())
        return address.toUtf8();
    QByteArray phrase;
    if (!isPrintableAscii(name)) {
        phrase = Reminders::encodeHeader(name);
    } else {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        phrase = '"' + quoted.toLatin1() + '"';
    }
    return phrase + " <" + address.toUtf8() + '>';
}

} // namespace

QString Reminders::translate(const QString& language, const char* source, int n)
{
    QString text;
    if (const QTranslator* t = catalogue(language))
        text = t->translate("Reminders", source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n != -1)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

std::optional<EmailDraft> Reminders::draft(const Cohort& cohort, const Student& student, QDate today,
                                           const QString& language, const QString& signature)
{
    const QLocale locale = reminderLocale(language);
    const auto T = [&language](const char* source, int n = -1) { return translate(language, source, n); };
    const auto date = [&locale](QDate d) { return locale.toString(d, QStringLiteral("d MMMM yyyy")); };
    const auto dropped = [](WorkflowState s) { return s == WorkflowState::Rejected || s == WorkflowState::Cancelled; };

    QStringList points;
    const QDate completion = cohort.rules.deadline;

    bool hasTer = false;
    for (const Ter& t : cohort.ters)
        hasTer = hasTer || (t.studentIds.contains(student.id) && !dropped(t.state));
    bool placement = false;
    for (const Internship& i : cohort.internships)
        placement = placement || (i.studentId == student.id && !dropped(i.state));
    for (const SummerSchool& s : cohort.summerSchools)
        placement = placement || (s.studentId == student.id && !dropped(s.state));
    for (const Seminar& s : cohort.seminars)
        placement = placement || s.studentId == student.id;
    if (!hasTer)
        points.append(T(QT_TRANSLATE_NOOP("Reminders", "You have no TER yet: choose a subject with a lab and tell "
                                                       "your advisor as soon as possible (the year must be "
                                                       "completed by %1)."))
                          .arg(date(completion)));
    if (!placement)
        points.append(T(QT_TRANSLATE_NOOP("Reminders", "You have not proposed an internship yet, nor a summer "
                                                       "school or seminars to replace it: submit a proposal as "
                                                       "soon as possible (the year must be completed by %1)."))
                          .arg(date(completion)));

    const QList<Deadline> list = deadlines(cohort, student.id, today);
    QHash<QString, bool> ended; // by item id: its End deadline is done
    for (const Deadline& d : list) {
        if (d.kind == DeadlineKind::End)
            ended.insert(d.itemId, d.done);
    }
    for (const Deadline& d : list) {
        if (d.done)
            continue;
        const bool late = d.isLate(today);
        const Internship* internship = nullptr;
        QString item;
        switch (d.itemKind) {
        case ItemKind::Internship:
            for (const Internship& i : cohort.internships) {
                if (i.id == d.itemId)
                    internship = &i;
            }
            item = internship && !internship->host.name.isEmpty()
                       ? T(QT_TRANSLATE_NOOP("Reminders", "your internship at %1")).arg(internship->host.name)
                       : T(QT_TRANSLATE_NOOP("Reminders", "your internship"));
            break;
        case ItemKind::Ter:
            item = T(QT_TRANSLATE_NOOP("Reminders", "your TER"));
            for (const Ter& t : cohort.ters) {
                if (t.id == d.itemId && !t.subject.isEmpty())
                    item = T(QT_TRANSLATE_NOOP("Reminders", "your TER \u201c%1\u201d")).arg(t.subject);
            }
            break;
        case ItemKind::SummerSchool:
            item = T(QT_TRANSLATE_NOOP("Reminders", "your summer school"));
            for (const SummerSchool& s : cohort.summerSchools) {
                if (s.id == d.itemId && !s.name.isEmpty())
                    item = T(QT_TRANSLATE_NOOP("Reminders", "your summer school %1")).arg(s.name);
            }
            break;
        case ItemKind::Seminar:
        case ItemKind::Student:
            break;
        }

        switch (d.kind) {
        case DeadlineKind::ProposalDue:
            points.append((late ? T(QT_TRANSLATE_NOOP("Reminders", "The proposal of %1 was due on %2: submit it now."))
                                : T(QT_TRANSLATE_NOOP("Reminders", "Submit the proposal of %1 by %2.")))
                              .arg(item, date(d.date)));
            break;
        case DeadlineKind::SignaturesDue: {
            const int missing = internship ? internship->signatures.missingCount() : 4;
            points.append((late ? T(QT_TRANSLATE_N_NOOP("Reminders", "The agreement of %1 still lacks %n "
                                                                     "signature(s), which were due by %2: the "
                                                                     "internship cannot start without them."),
                                    missing)
                                : T(QT_TRANSLATE_N_NOOP("Reminders", "The agreement of %1 still lacks %n "
                                                                     "signature(s): it must be signed by all "
                                                                     "four parties by %2."),
                                    missing))
                              .arg(item, date(d.date)));
            break;
        }
        case DeadlineKind::ReportDue: {
            // A report is written once the item is over: no reminder before, unless it is already late.
            if (!late && !ended.value(d.itemId))
                break;
            QStringList owed;
            if (!internship || !internship->reportPages)
                owed.append(T(QT_TRANSLATE_NOOP("Reminders", "the report of %1")).arg(item));
            if (internship && !internship->proof)
                owed.append(
                    T(QT_TRANSLATE_NOOP("Reminders", "the completion proof of %1, signed by your host supervisor"))
                        .arg(item));
            for (const QString& what : std::as_const(owed))
                points.append((late ? T(QT_TRANSLATE_NOOP("Reminders", "Hand in %1: it was due on %2."))
                                    : T(QT_TRANSLATE_NOOP("Reminders", "Hand in %1 by %2.")))
                                  .arg(what, date(d.date)));
            break;
        }
        case DeadlineKind::SeminarsDue: {
            int withParagraph = 0;
            for (const Seminar& s : cohort.seminars)
                withParagraph += s.studentId == student.id && !s.paragraph.trimmed().isEmpty() ? 1 : 0;
            points.append(T(QT_TRANSLATE_N_NOOP("Reminders", "You have %n seminar(s) with a paragraph of what you "
                                                             "learned out of the %1 required: complete them by %2."),
                            withParagraph)
                              .arg(cohort.rules.seminarsMin)
                              .arg(date(d.date)));
            break;
        }
        case DeadlineKind::Start:
        case DeadlineKind::End:
            break;
        }
    }
    if (points.isEmpty())
        return std::nullopt;

    EmailDraft mail;
    mail.studentId = student.id;
    if (!student.email.trimmed().isEmpty())
        mail.to = student.name.trimmed().isEmpty()
                      ? student.email.trimmed()
                      : QStringLiteral("%1 <%2>").arg(student.name.trimmed(), student.email.trimmed());
    mail.subject =
        T(QT_TRANSLATE_NOOP("Reminders", "Your year %1: what is still missing")).arg(cohort.year().toString());
    QString body =
        T(QT_TRANSLATE_NOOP("Reminders", "Hello %1,")).arg(student.name.isEmpty() ? student.id : student.name);
    body += QStringLiteral("\n\n")
            + T(QT_TRANSLATE_NOOP("Reminders", "According to the programme's records on %1, the following is still "
                                               "missing:"))
                  .arg(date(today))
            + QStringLiteral("\n\n");
    for (const QString& p : std::as_const(points))
        body += QStringLiteral("- ") + p + QLatin1Char('\n');
    body += QLatin1Char('\n')
            + T(QT_TRANSLATE_NOOP("Reminders", "If you have already sent it, please tell me so that I can update your "
                                               "file."))
            + QStringLiteral("\n\n") + T(QT_TRANSLATE_NOOP("Reminders", "Best regards,")) + QLatin1Char('\n');
    if (!signature.isEmpty())
        body += signature + QLatin1Char('\n');
    mail.body = body;
    return mail;
}

QList<EmailDraft> Reminders::drafts(const Cohort& cohort, const QStringList& studentIds, QDate today,
                                    const QString& language, const QString& signature)
{
    QList<EmailDraft> out;
    QStringList seen;
    for (const Student& s : cohort.students) {
        if ((!studentIds.isEmpty() && !studentIds.contains(s.id)) || seen.contains(s.id))
            continue;
        seen.append(s.id);
        if (std::optional<EmailDraft> d = draft(cohort, s, today, language, signature))
            out.append(*d);
    }
    return out;
}

QByteArray Reminders::encodeHeader(const QString& text)
{
    if (isPrintableAscii(text))
        return text.toLatin1();
    // Each word holds at most 45 bytes of UTF-8 (60 of base 64: 72 characters with "=?UTF-8?B?" and "?="),
    // cut between characters, never inside one (RFC 2047 section 5).
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            length = 2;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > 45) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray& word : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray Reminders::eml(const EmailDraft& draft)
{
    QByteArray out;
    if (!draft.to.trimmed().isEmpty())
        out += "To: " + encodeAddress(draft.to) + "\r\n";
    out += "Subject: " + encodeHeader(draft.subject) + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "X-Unsent: 1\r\n";
    out += "\r\n";
    QString body = draft.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    out += body.toUtf8().replace("\n", "\r\n");
    return out;
}

QUrl Reminders::mailto(const EmailDraft& draft)
{
    QString body = draft.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    const QByteArray query =
        "subject=" + QUrl::toPercentEncoding(draft.subject) + "&body=" + QUrl::toPercentEncoding(body);
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(splitAddress(draft.to).second);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QString Reminders::fileName(const Student& student)
{
    QStringList parts{QStringLiteral("reminder")};
    const QString name = DocumentBatch::asciiFold(student.name);
    if (!name.isEmpty())
        parts.append(name);
    QString id = DocumentBatch::asciiFold(student.id);
    if (id.isEmpty())
        id = QString::number(qHash(student.id), 16);
    parts.append(id);
    return parts.join(QLatin1Char('-')) + QStringLiteral(".eml");
}

Result<QStringList> Reminders::writeEml(const Cohort& cohort, const QList<EmailDraft>& drafts, const QString& folder)
{
    using R = Result<QStringList>;
    if (Status s = DocumentWriter::checkFolder(folder); !s)
        return R::failure(s.error());
    QStringList written;
    for (const EmailDraft& d : drafts) {
        Student student;
        student.id = d.studentId;
        for (const Student& s : cohort.students) {
            if (s.id == d.studentId)
                student = s;
        }
        const QString path = QDir(folder).filePath(fileName(student));
        if (Status s = DocumentWriter::saveFile(eml(d), path); !s) {
            if (written.isEmpty())
                return R::failure(s.error());
            return R::failure(tr("%1 The %n reminder(s) written before stay in %2.", nullptr, int(written.size()))
                                  .arg(s.error(), QDir::toNativeSeparators(folder)));
        }
        written.append(path);
    }
    return written;
}

} // namespace interntrack

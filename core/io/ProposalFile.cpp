#include "ProposalFile.h"

#include "io/CohortJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProposalFile)
};

const QString kFormatKey = QStringLiteral("format");
const QString kVersionKey = QStringLiteral("version");
const QString kProposalFormat = QStringLiteral("interntrack-proposal");
const QString kReplyFormat = QStringLiteral("interntrack-reply");

QString dateTimeCode(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// Parses @p data as one JSON object, or says where and why not (line and column, as the cohort reader does).
Result<QJsonObject> parseObject(const QByteArray& data)
{
    using R = Result<QJsonObject>;
    if (data.trimmed().isEmpty())
        return R::failure(Tr::tr("The file is empty."));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound<qsizetype>(0, qsizetype(error.offset), data.size());
        const QByteArrayView before(data.constData(), offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return R::failure(Tr::tr("Line %1, column %2: not valid JSON (%3); the file may be truncated or damaged.")
                              .arg(line)
                              .arg(column)
                              .arg(error.errorString()));
    }
    if (!doc.isObject())
        return R::failure(Tr::tr("This is not an InternTrack file: it holds no JSON object."));
    return doc.object();
}

/**
 * Checks the envelope: "format" is @p format and "version" one this program reads. Says what the file is
 * when it is the other kind, so that a reply dropped on the proposal import says so.
 */
Status checkEnvelope(const QJsonObject& o, const QString& format, int version)
{
    const QJsonValue f = o.value(kFormatKey);
    if (!f.isString()) {
        if (o.contains(QStringLiteral("academic_year")))
            return Status::failure(
                Tr::tr("This is a cohort file (as `interntrack-cli check` reads), not a %1 file.").arg(format));
        return Status::failure(Tr::tr("This is not an InternTrack %1 file (it has no \"format\").").arg(format));
    }
    if (f.toString() != format) {
        if (f.toString() == kProposalFormat || f.toString() == kReplyFormat)
            return Status::failure(Tr::tr("This is an InternTrack %1 file, not a %2 file.").arg(f.toString(), format));
        return Status::failure(
            Tr::tr("This is not an InternTrack %1 file (its format is \"%2\").").arg(format, f.toString().left(60)));
    }
    const QJsonValue v = o.value(kVersionKey);
    const double number = v.toDouble(-1);
    // Range first: converting a double beyond int's range to int is undefined (found by fuzz_proposalfile).
    if (!v.isDouble() || !(number >= 1 && number <= 1e9) || number != std::floor(number))
        return Status::failure(Tr::tr("version: expected a whole number from 1, got %1.")
                                   .arg(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                            .mid(1)
                                            .chopped(1)
                                            .left(60)));
    if (static_cast<int>(number) > version)
        return Status::failure(Tr::tr("This file was written by a newer InternTrack (format version %1; this one "
                                      "reads up to %2): update InternTrack to read it.")
                                   .arg(static_cast<int>(number))
                                   .arg(version));
    return {};
}

/// Reads the keys of @p o: each must be in @p allowed; @p required ones must be present.
Status checkKeys(const QJsonObject& o, const QStringList& allowed, const QStringList& required, const QString& where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Status::failure(where.isEmpty() ? Tr::tr("%1: unknown field.").arg(it.key())
                                                   : Tr::tr("%1.%2: unknown field.").arg(where, it.key()));
    }
    for (const QString& key : required) {
        if (!o.contains(key))
            return Status::failure(where.isEmpty() ? Tr::tr("%1: is required.").arg(key)
                                                   : Tr::tr("%1.%2: is required.").arg(where, key));
    }
    return {};
}

Result<QString> stringField(const QJsonObject& o, const QString& key, bool required = false)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return QString();
    if (!v.isString())
        return Result<QString>::failure(Tr::tr("%1: expected text.").arg(key));
    return v.toString();
}

Result<QDateTime> dateTimeField(const QJsonObject& o, const QString& key, bool required)
{
    const Result<QString> text = stringField(o, key, required);
    if (!text)
        return Result<QDateTime>::failure(text.error());
    if (text->isEmpty() && !required)
        return QDateTime();
    QDateTime t = QDateTime::fromString(text.value(), Qt::ISODateWithMs);
    if (!t.isValid())
        return Result<QDateTime>::failure(
            Tr::tr("%1: \"%2\" is not a date and time (YYYY-MM-DDThh:mm:ssZ).").arg(key, text->left(40)));
    return t.toUTC();
}

Result<AcademicYear> yearField(const QJsonObject& o, const QString& key)
{
    const Result<QString> text = stringField(o, key, true);
    if (!text)
        return Result<AcademicYear>::failure(text.error());
    const std::optional<AcademicYear> year = AcademicYear::parse(text.value());
    if (!year)
        return Result<AcademicYear>::failure(
            Tr::tr("%1: \"%2\" is not an academic year (e.g. \"2025-2026\").").arg(key, text->left(40)));
    return *year;
}

} // namespace

QByteArray writeProposalFile(const ProposalFile& file)
{
    Cohort cohort;
    // The reader applies the default rule set of the year when the proposal has none: written against it,
    // every field that differs from its defaults (e.g. the work days) is written out.
    cohort.rules = RuleSet::parisSaclayM1(file.year);
    cohort.students = {file.student};
    cohort.internships = file.internships;
    cohort.ters = file.ters;
    cohort.summerSchools = file.summerSchools;
    cohort.seminars = file.seminars;
    QJsonObject proposal = cohortToJson(cohort);
    proposal.remove(QStringLiteral("rules"));
    for (const QString& key : {QStringLiteral("internships"), QStringLiteral("ters"), QStringLiteral("summer_schools"),
                               QStringLiteral("seminars")}) {
        if (proposal.value(key).toArray().isEmpty())
            proposal.remove(key);
    }

    QJsonObject o{
        {kFormatKey, kProposalFormat},
        {kVersionKey, ProposalFile::formatVersion},
        {QStringLiteral("written"), dateTimeCode(file.written)},
        {QStringLiteral("proposal"), proposal},
    };
    if (!file.application.isEmpty())
        o.insert(QStringLiteral("application"), file.application);
    if (!file.message.isEmpty())
        o.insert(QStringLiteral("message"), file.message);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ProposalFile> readProposalFile(const QByteArray& data)
{
    using R = Result<ProposalFile>;
    const Result<QJsonObject> parsed = parseObject(data);
    if (!parsed)
        return R::failure(parsed.error());
    const QJsonObject& o = parsed.value();
    if (Status s = checkEnvelope(o, kProposalFormat, ProposalFile::formatVersion); !s)
        return R::failure(s.error());
    if (Status s = checkKeys(o,
                             {kFormatKey, kVersionKey, QStringLiteral("written"), QStringLiteral("application"),
                              QStringLiteral("message"), QStringLiteral("proposal")},
                             {QStringLiteral("written"), QStringLiteral("proposal")}, {});
        !s)
        return R::failure(s.error());

    ProposalFile file;
    const Result<QDateTime> written = dateTimeField(o, QStringLiteral("written"), true);
    if (!written)
        return R::failure(written.error());
    file.written = written.value();
    const Result<QString> application = stringField(o, QStringLiteral("application"));
    const Result<QString> message = stringField(o, QStringLiteral("message"));
    if (!application)
        return R::failure(application.error());
    if (!message)
        return R::failure(message.error());
    file.application = application.value();
    file.message = message.value();

    const QJsonValue proposalValue = o.value(QStringLiteral("proposal"));
    if (!proposalValue.isObject())
        return R::failure(Tr::tr("proposal: expected an object {\"academic_year\": …, \"students\": […], …}."));
    QJsonObject proposal = proposalValue.toObject();
    if (Status s =
            checkKeys(proposal,
                      {QStringLiteral("academic_year"), QStringLiteral("students"), QStringLiteral("internships"),
                       QStringLiteral("ters"), QStringLiteral("summer_schools"), QStringLiteral("seminars")},
                      {QStringLiteral("academic_year"), QStringLiteral("students")}, QStringLiteral("proposal"));
        !s)
        return R::failure(s.error());

    // One sender. A pair's TER names the partner by an id of the student's own file: known to the reader as a
    // bare student, dropped once read.
    const QJsonArray students = proposal.value(QStringLiteral("students")).toArray();
    if (!proposal.value(QStringLiteral("students")).isArray() || students.size() != 1 || !students.first().isObject())
        return R::failure(Tr::tr("proposal.students: expected exactly one student, the sender."));
    const QString senderId = students.first().toObject().value(QStringLiteral("id")).toString();
    QSet<QString> partners;
    const QJsonValue tersValue = proposal.value(QStringLiteral("ters"));
    if (tersValue.isArray()) {
        for (const QJsonValue ter : tersValue.toArray()) {
            const QJsonValue ids = ter.toObject().value(QStringLiteral("students"));
            for (const QJsonValue id : ids.toArray()) {
                if (id.isString() && !id.toString().isEmpty() && id.toString() != senderId)
                    partners.insert(id.toString());
            }
        }
    }
    if (!partners.isEmpty()) {
        QJsonArray withPartners = students;
        QStringList sorted(partners.begin(), partners.end());
        sorted.sort();
        for (const QString& id : sorted)
            withPartners.append(QJsonObject{{QStringLiteral("id"), id}});
        proposal.insert(QStringLiteral("students"), withPartners);
    }

    const Result<Cohort> cohort = readCohortJson(QJsonDocument(proposal).toJson(QJsonDocument::Compact));
    if (!cohort) {
        // Paths of the cohort reader are relative to "proposal".
        QStringList lines = cohort.error().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString& line : lines)
            line.prepend(QStringLiteral("proposal."));
        return R::failure(lines.join(QLatin1Char('\n')));
    }
    Cohort c = cohort.value();
    file.year = c.year();
    file.student = c.students.first();
    file.internships = c.internships;
    file.ters = c.ters;
    file.summerSchools = c.summerSchools;
    file.seminars = c.seminars;

    for (qsizetype i = 0; i < file.internships.size(); ++i) {
        if (file.internships[i].studentId != senderId)
            return R::failure(
                Tr::tr("proposal.internships[%1].student: \"%2\" is not the sender (\"%3\"): a proposal file "
                       "carries its sender's items only.")
                    .arg(i)
                    .arg(file.internships[i].studentId, senderId));
    }
    for (qsizetype i = 0; i < file.ters.size(); ++i) {
        if (!file.ters[i].studentIds.contains(senderId))
            return R::failure(
                Tr::tr("proposal.ters[%1].students: the sender (\"%2\") is not one of them.").arg(i).arg(senderId));
    }
    for (qsizetype i = 0; i < file.summerSchools.size(); ++i) {
        if (file.summerSchools[i].studentId != senderId)
            return R::failure(Tr::tr("proposal.summer_schools[%1].student: \"%2\" is not the sender (\"%3\").")
                                  .arg(i)
                                  .arg(file.summerSchools[i].studentId, senderId));
    }
    for (qsizetype i = 0; i < file.seminars.size(); ++i) {
        if (file.seminars[i].studentId != senderId)
            return R::failure(Tr::tr("proposal.seminars[%1].student: \"%2\" is not the sender (\"%3\").")
                                  .arg(i)
                                  .arg(file.seminars[i].studentId, senderId));
    }
    if (file.itemCount() == 0)
        return R::failure(Tr::tr("The proposal holds no internship, TER, summer school or seminar: nothing to "
                                 "import."));
    return file;
}

QByteArray writeProposalReply(const ProposalReply& reply)
{
    QJsonObject o{
        {kFormatKey, kReplyFormat},
        {kVersionKey, ProposalReply::formatVersion},
        {QStringLiteral("academic_year"), reply.year.toString()},
        {QStringLiteral("kind"), itemKindCode(reply.kind)},
        {QStringLiteral("item"), reply.itemId},
        {QStringLiteral("state"), workflowStateCode(reply.state)},
        {QStringLiteral("student"),
         QJsonObject{{QStringLiteral("name"), reply.studentName}, {QStringLiteral("email"), reply.studentEmail}}},
    };
    if (!reply.comment.isEmpty())
        o.insert(QStringLiteral("comment"), reply.comment);
    if (!reply.decidedBy.isEmpty())
        o.insert(QStringLiteral("decided_by"), reply.decidedBy);
    if (reply.decidedAt.isValid())
        o.insert(QStringLiteral("decided_at"), dateTimeCode(reply.decidedAt));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ProposalReply> readProposalReply(const QByteArray& data)
{
    using R = Result<ProposalReply>;
    const Result<QJsonObject> parsed = parseObject(data);
    if (!parsed)
        return R::failure(parsed.error());
    const QJsonObject& o = parsed.value();
    if (Status s = checkEnvelope(o, kReplyFormat, ProposalReply::formatVersion); !s)
        return R::failure(s.error());
    if (Status s = checkKeys(o,
                             {kFormatKey, kVersionKey, QStringLiteral("academic_year"), QStringLiteral("kind"),
                              QStringLiteral("item"), QStringLiteral("state"), QStringLiteral("comment"),
                              QStringLiteral("decided_by"), QStringLiteral("decided_at"), QStringLiteral("student")},
                             {QStringLiteral("academic_year"), QStringLiteral("kind"), QStringLiteral("item"),
                              QStringLiteral("state"), QStringLiteral("student")},
                             {});
        !s)
        return R::failure(s.error());

    ProposalReply reply;
    const Result<AcademicYear> year = yearField(o, QStringLiteral("academic_year"));
    if (!year)
        return R::failure(year.error());
    reply.year = year.value();

    const Result<QString> kind = stringField(o, QStringLiteral("kind"), true);
    if (!kind)
        return R::failure(kind.error());
    const std::optional<ItemKind> k = itemKindFromCode(kind.value());
    if (!k || *k == ItemKind::Student)
        return R::failure(
            Tr::tr("kind: \"%1\" is not one of internship, ter, summer_school, seminar.").arg(kind->left(40)));
    reply.kind = *k;

    const Result<QString> item = stringField(o, QStringLiteral("item"), true);
    if (!item)
        return R::failure(item.error());
    if (item->trimmed().isEmpty())
        return R::failure(Tr::tr("item: the id of the proposal is empty."));
    reply.itemId = item.value();

    const Result<QString> state = stringField(o, QStringLiteral("state"), true);
    if (!state)
        return R::failure(state.error());
    const std::optional<WorkflowState> st = workflowStateFromCode(state.value());
    if (!st)
        return R::failure(Tr::tr("state: \"%1\" is not a workflow state.").arg(state->left(40)));
    reply.state = *st;

    const Result<QString> comment = stringField(o, QStringLiteral("comment"));
    const Result<QString> decidedBy = stringField(o, QStringLiteral("decided_by"));
    const Result<QDateTime> decidedAt = dateTimeField(o, QStringLiteral("decided_at"), false);
    if (!comment)
        return R::failure(comment.error());
    if (!decidedBy)
        return R::failure(decidedBy.error());
    if (!decidedAt)
        return R::failure(decidedAt.error());
    reply.comment = comment.value();
    reply.decidedBy = decidedBy.value();
    reply.decidedAt = decidedAt.value();

    const QJsonValue student = o.value(QStringLiteral("student"));
    if (!student.isObject())
        return R::failure(Tr::tr("student: expected an object {\"name\": …, \"email\": …}."));
    const QJsonObject s = student.toObject();
    if (Status keys = checkKeys(s, {QStringLiteral("name"), QStringLiteral("email")}, {}, QStringLiteral("student"));
        !keys)
        return R::failure(keys.error());
    const Result<QString> name = stringField(s, QStringLiteral("name"));
    const Result<QString> email = stringField(s, QStringLiteral("email"));
    if (!name)
        return R::failure(Tr::tr("student.%1").arg(name.error()));
    if (!email)
        return R::failure(Tr::tr("student.%1").arg(email.error()));
    reply.studentName = name.value();
    reply.studentEmail = email.value();
    if (reply.studentName.trimmed().isEmpty() && reply.studentEmail.trimmed().isEmpty())
        return R::failure(Tr::tr("student: the reply names no student."));
    return reply;
}

} // namespace interntrack

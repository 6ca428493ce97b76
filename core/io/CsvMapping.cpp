#include "CsvMapping.h"

#include "CsvErrors.h"
#include "CsvReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <functional>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvMapping)
};

/// What is wrong with a value, or nothing.
using Problem = std::optional<QString>;

enum class Type { Text, Date, Number, Integer, Bool, Days, Dates, Ids, Links, Choice, Overrides };

struct WriteContext
{
    QChar decimal;
    QString problem; ///< set by a writer when the value cannot be written so that it reads back
};

/// One column of a kind: its names, and how a cell becomes part of an item and back.
template<typename T>
struct Column
{
    QString name;
    QStringList aliases;
    bool required = false;
    Type type = Type::Text;
    QStringList codes; ///< the written values of a choice column
    std::function<Problem(T&, QStringView)> read;
    std::function<QString(const T&, WriteContext&)> write;
};

QStringList utf8List(std::initializer_list<const char*> names)
{
    QStringList list;
    list.reserve(qsizetype(names.size()));
    for (const char* name : names)
        list.append(QString::fromUtf8(name));
    return list;
}

/// csvNormalizeName() with a fast path for the common plain ASCII value ("yes", "Public_Lab").
QString normalizeValue(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    const bool plain = std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_';
    });
    if (plain)
        return trimmed.toString();
    QString out;
    out.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_')
            out += c;
        else if (u >= 'A' && u <= 'Z')
            out += QChar(char16_t(u - 'A' + 'a'));
        else
            return csvNormalizeName(trimmed.toString());
    }
    return out;
}

// --- values ------------------------------------------------------------------------------------

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@');
}

/// True when @p text is apostrophes followed by a formula start: the form escapeText() protects.
bool looksLikeEscapedFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\''))
        ++i;
    return i < text.size() && isFormulaStart(text.at(i));
}

// A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection); one apostrophe in
// front makes it text. Read strips one apostrophe from exactly the values that write protects.
QString escapeText(const QString& text)
{
    return looksLikeEscapedFormula(text) ? QLatin1Char('\'') + text : text;
}

QString unescapeText(QStringView text)
{
    return (text.startsWith(QLatin1Char('\'')) && looksLikeEscapedFormula(text) ? text.mid(1) : text).toString();
}

bool parseDigits(QStringView s, int maxDigits, int& out)
{
    if (s.isEmpty() || s.size() > maxDigits)
        return false;
    out = 0;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        out = out * 10 + (c.unicode() - '0');
    }
    return true;
}

/// YYYY-MM-DD, or DD/MM/YYYY as French spreadsheets write dates; a null date otherwise.
QDate parseDate(QStringView text)
{
    const QStringView s = text.trimmed();
    int year = 0;
    int month = 0;
    int day = 0;
    if (s.count(QLatin1Char('-')) == 2) {
        const auto parts = s.split(QLatin1Char('-'));
        if (parts.at(0).size() != 4 || !parseDigits(parts.at(0), 4, year) || !parseDigits(parts.at(1), 2, month)
            || !parseDigits(parts.at(2), 2, day))
            return {};
    } else if (s.count(QLatin1Char('/')) == 2) {
        const auto parts = s.split(QLatin1Char('/'));
        if (parts.at(2).size() != 4 || !parseDigits(parts.at(0), 2, day) || !parseDigits(parts.at(1), 2, month)
            || !parseDigits(parts.at(2), 4, year))
            return {};
    } else {
        return {};
    }
    if (year < 1900 || year > 2999)
        return {};
    return QDate(year, month, day); // null when there is no such day
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// A decimal number with "." or "," as separator; spaces (also no-break) and a trailing "€" allowed.
std::optional<double> parseNumber(QStringView text)
{
    // Only [+-]digits[.digits]: no exponent, no "inf" or "nan". Short, so a stack buffer will do.
    char buffer[64];
    int length = 0;
    int digits = 0;
    int separators = 0;
    bool comma = false;
    bool point = false;
    bool sign = false;
    QStringView t = text.trimmed();
    if (t.endsWith(QChar(0x20AC)))
        t.chop(1);
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t c = t.at(i).unicode();
        if (c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F)
            continue;
        if (length >= int(sizeof(buffer)) - 1)
            return std::nullopt;
        if (c >= '0' && c <= '9') {
            ++digits;
            buffer[length++] = char(c);
        } else if (c == '.' || c == ',') {
            ++separators;
            (c == '.' ? point : comma) = true;
            buffer[length++] = '.';
        } else if ((c == '-' || c == '+') && length == 0 && !sign) {
            sign = true;
            if (c == '-')
                buffer[length++] = '-';
        } else {
            return std::nullopt;
        }
    }
    // "1,234.5" or "1.234,5": which one is the decimal separator would be a guess.
    if (digits == 0 || separators > 1 || (comma && point))
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + length, value);
    if (error != std::errc() || end != buffer + length || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString numberText(double value, QChar decimal)
{
    // The shortest text that reads back to the same double, never in exponent form.
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (decimal != QLatin1Char('.'))
        text.replace(QLatin1Char('.'), decimal);
    return text;
}

QString rangeProblem(double min, double max)
{
    return Tr::tr("must be between %1 and %2")
        .arg(numberText(min, QLatin1Char('.')), numberText(max, QLatin1Char('.')));
}

Problem numberProblem(QStringView text, double min, double max, bool whole, double& out)
{
    const std::optional<double> value = parseNumber(text);
    if (!value)
        return whole ? Tr::tr("not a whole number") : Tr::tr("not a number: write e.g. 35, 17.5 or 17,5");
    if (whole && std::floor(*value) != *value)
        return Tr::tr("not a whole number");
    if (*value < min || *value > max)
        return rangeProblem(min, max);
    out = *value;
    return std::nullopt;
}

std::optional<bool> parseBool(QStringView text)
{
    static const QHash<QString, bool> values = {
        {QStringLiteral("yes"), true},   {QStringLiteral("y"), true},    {QStringLiteral("oui"), true},
        {QStringLiteral("o"), true},     {QStringLiteral("true"), true}, {QStringLiteral("vrai"), true},
        {QStringLiteral("1"), true},     {QStringLiteral("x"), true},    {QStringLiteral("no"), false},
        {QStringLiteral("n"), false},    {QStringLiteral("non"), false}, {QStringLiteral("false"), false},
        {QStringLiteral("faux"), false}, {QStringLiteral("0"), false},
    };
    const auto it = values.constFind(normalizeValue(text));
    if (it == values.cend())
        return std::nullopt;
    return it.value();
}

/// The elements of a list cell: separated by spaces or "|", and also "," or ";" when @p commas.
QStringList splitList(QStringView text, bool commas)
{
    QStringList items;
    QString current;
    for (const QChar c : text) {
        const bool separator =
            c.isSpace() || c == QLatin1Char('|') || (commas && (c == QLatin1Char(',') || c == QLatin1Char(';')));
        if (separator) {
            if (!current.isEmpty())
                items.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        items.append(current);
    return items;
}

/// Why @p element cannot be an element of a written list, or nothing.
Problem listElementProblem(const QString& element, bool commas)
{
    if (element.isEmpty())
        return Tr::tr("an empty element cannot be written in a list");
    if (splitList(element, commas) != QStringList{element})
        return Tr::tr("the element %1 holds a space or a list separator, which a list cannot hold")
            .arg(csvQuoteForMessage(element));
    return std::nullopt;
}

std::optional<int> parseDay(QStringView token)
{
    static const QHash<QString, int> days = [] {
        QHash<QString, int> h;
        const std::initializer_list<std::initializer_list<const char*>> names = {
            {"mon", "monday", "lun", "lundi"},       {"tue", "tuesday", "mar", "mardi"},
            {"wed", "wednesday", "mer", "mercredi"}, {"thu", "thursday", "jeu", "jeudi"},
            {"fri", "friday", "ven", "vendredi"},    {"sat", "saturday", "sam", "samedi"},
            {"sun", "sunday", "dim", "dimanche"},
        };
        int day = 1;
        for (const auto& list : names) {
            for (const char* name : list)
                h.insert(QLatin1String(name), day);
            ++day;
        }
        return h;
    }();
    const auto it = days.constFind(normalizeValue(token));
    return it == days.cend() ? std::nullopt : std::optional<int>(it.value());
}

bool isNoDays(QStringView text)
{
    const QString key = normalizeValue(text);
    return key == QLatin1String("none") || key == QLatin1String("aucun");
}

Problem parseOverrides(QStringView text, Overrides& out)
{
    const QString format = Tr::tr("not a list of overrides in JSON: write "
                                  "[{\"rule\": \"INT_LEAD_TIME\", \"by\": \"advisor\", \"at\": "
                                  "\"2026-01-10T09:00:00Z\", \"reason\": \"…\"}]");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return format;
    Overrides overrides;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject())
            return format;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList known = {QStringLiteral("rule"), QStringLiteral("by"), QStringLiteral("at"),
                                              QStringLiteral("reason")};
            if (!known.contains(it.key()))
                // The key as the file has it, on one line (a message line names its file and place).
                return Tr::tr("override %1: unknown key %2 (the keys are rule, by, at, reason)")
                    .arg(i + 1)
                    .arg(csvQuoteForMessage(it.key()));
        }
        Override ov;
        if (!o.value(QLatin1String("rule")).isString() || o.value(QLatin1String("rule")).toString().isEmpty())
            return Tr::tr("override %1: \"rule\" must name a rule code").arg(i + 1);
        if (!o.value(QLatin1String("reason")).isString()
            || o.value(QLatin1String("reason")).toString().trimmed().isEmpty())
            return Tr::tr("override %1: \"reason\" must give the written justification").arg(i + 1);
        const QJsonValue by = o.value(QLatin1String("by"));
        if (!by.isUndefined() && !by.isNull() && !by.isString())
            return Tr::tr("override %1: \"by\" must be text").arg(i + 1);
        const QJsonValue at = o.value(QLatin1String("at"));
        if (!at.isUndefined() && !at.isNull()) {
            ov.at = at.isString() ? QDateTime::fromString(at.toString(), Qt::ISODateWithMs) : QDateTime();
            if (!ov.at.isValid())
                return Tr::tr("override %1: \"at\" must be a date and time like 2026-01-10T09:00:00Z").arg(i + 1);
        }
        ov.rule = o.value(QLatin1String("rule")).toString();
        ov.by = by.toString();
        ov.reason = o.value(QLatin1String("reason")).toString();
        overrides.append(ov);
    }
    out = overrides;
    return std::nullopt;
}

QString overridesText(const Overrides& overrides)
{
    if (overrides.isEmpty())
        return {};
    QJsonArray array;
    for (const Override& o : overrides) {
        QJsonObject object{
            {QStringLiteral("rule"), o.rule}, {QStringLiteral("by"), o.by}, {QStringLiteral("reason"), o.reason}};
        if (o.at.isValid())
            object.insert(QStringLiteral("at"), o.at.toUTC().toString(Qt::ISODateWithMs));
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// --- column builders ---------------------------------------------------------------------------
// Each takes an accessor `[](auto& item) -> auto& { return item.field; }`, usable on a const item.

template<typename T>
Column<T> column(const char* name, std::initializer_list<const char*> aliases, bool required, Type type)
{
    Column<T> c;
    c.name = QLatin1String(name);
    c.aliases = utf8List(aliases);
    c.required = required;
    c.type = type;
    return c;
}

template<typename T, typename Get>
Column<T> text(const char* name, std::initializer_list<const char*> aliases, bool required, Get get)
{
    Column<T> c = column<T>(name, aliases, required, Type::Text);
    c.read = [get](T& item, QStringView v) -> Problem {
        get(item) = unescapeText(v);
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext&) { return escapeText(get(item)); };
    return c;
}

template<typename T, typename Get>
Column<T> date(const char* name, std::initializer_list<const char*> aliases, bool required, Get get)
{
    Column<T> c = column<T>(name, aliases, required, Type::Date);
    c.read = [get](T& item, QStringView v) -> Problem {
        const QDate d = parseDate(v);
        if (!d.isValid())
            return Tr::tr("not a date: write YYYY-MM-DD or DD/MM/YYYY");
        get(item) = d;
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext&) { return dateText(get(item)); };
    return c;
}

template<typename T, typename Get>
Column<T> number(const char* name, std::initializer_list<const char*> aliases, double min, double max, Get get)
{
    Column<T> c = column<T>(name, aliases, false, Type::Number);
    c.read = [get, min, max](T& item, QStringView v) -> Problem {
        double value = 0;
        if (Problem p = numberProblem(v, min, max, false, value))
            return p;
        get(item) = value;
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext& ctx) { return numberText(get(item), ctx.decimal); };
    return c;
}

template<typename T, typename Get>
Column<T> optionalNumber(const char* name, std::initializer_list<const char*> aliases, double min, double max, Get get)
{
    Column<T> c = column<T>(name, aliases, false, Type::Number);
    c.read = [get, min, max](T& item, QStringView v) -> Problem {
        double value = 0;
        if (Problem p = numberProblem(v, min, max, false, value))
            return p;
        get(item) = value;
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext& ctx) {
        const std::optional<double>& value = get(item);
        return value ? numberText(*value, ctx.decimal) : QString();
    };
    return c;
}

template<typename T, typename Get>
Column<T> optionalInteger(const char* name, std::initializer_list<const char*> aliases, int min, int max, Get get)
{
    Column<T> c = column<T>(name, aliases, false, Type::Integer);
    c.read = [get, min, max](T& item, QStringView v) -> Problem {
        double value = 0;
        if (Problem p = numberProblem(v, min, max, true, value))
            return p;
        get(item) = int(value);
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext&) {
        const std::optional<int>& value = get(item);
        return value ? QString::number(*value) : QString();
    };
    return c;
}

template<typename T, typename Get>
Column<T> flag(const char* name, std::initializer_list<const char*> aliases, Get get)
{
    Column<T> c = column<T>(name, aliases, false, Type::Bool);
    c.read = [get](T& item, QStringView v) -> Problem {
        const std::optional<bool> value = parseBool(v);
        if (!value)
            return Tr::tr("not yes or no: write yes/no, oui/non, true/false or 1/0");
        get(item) = *value;
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext&) { return get(item) ? QStringLiteral("yes") : QStringLiteral("no"); };
    return c;
}

template<typename T, typename Get>
Column<T> workDays(const char* name, std::initializer_list<const char*> aliases, Get get)
{
    Column<T> c = column<T>(name, aliases, false, Type::Days);
    c.read = [get](T& item, QStringView v) -> Problem {
        WorkDays days(0);
        if (!isNoDays(v)) {
            const QStringList tokens = splitList(v, true);
            for (const QString& token : tokens) {
                const std::optional<int> day = parseDay(token);
                if (!day)
                    return Tr::tr("%1 is not a day of the week: write mon tue wed thu fri sat sun (or lun mar "
                                  "mer jeu ven sam dim), or none")
                        .arg(csvQuoteForMessage(token));
                days.set(*day);
            }
        }
        get(item) = days;
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext&) {
        const WorkDays& days = get(item);
        return days.isEmpty() ? QStringLiteral("none") : days.toCodes().join(QLatin1Char(' '));
    };
    return c;
}

template<typename T, typename Get>
Column<T> dateList(const char* name, std::initializer_list<const char*> aliases, Get get)
{
    Column<T> c = column<T>(name, aliases, false, Type::Dates);
    c.read = [get](T& item, QStringView v) -> Problem {
        QList<QDate> dates;
        const QStringList tokens = splitList(v, true);
        for (const QString& token : tokens) {
            const QDate d = parseDate(token);
            if (!d.isValid())
                return Tr::tr("%1 is not a date: write dates as YYYY-MM-DD or DD/MM/YYYY, separated by spaces "
                              "or |")
                    .arg(csvQuoteForMessage(token));
            dates.append(d);
        }
        get(item) = dates;
        return std::nullopt;
    };
    c.write = [get](const T& item, WriteContext& ctx) {
        QStringList texts;
        for (const QDate& d : get(item)) {
            if (!d.isValid())
                ctx.problem = Tr::tr("a list of dates cannot hold an empty date");
            texts.append(dateText(d));
        }
        return texts.join(QLatin1Char(' '));
    };
    return c;
}

/// A list of ids (separated by spaces, "|", "," or ";") or of links (spaces or "|": "," and ";" occur in URLs).
template<typename T, typename Get>
Column<T> stringList(const char* name, std::initializer_list<const char*> aliases, bool required, Type type, Get get)
{
    Column<T> c = column<T>(name, aliases, required, type);
    const bool commas = type == Type::Ids;
    c.read = [get, commas, required](T& item, QStringView v) -> Problem {
        QStringList list = splitList(unescapeText(v), commas);
        if (required && list.isEmpty())
            return Tr::tr("a value is required");
        get(item) = std::move(list);
        return std::nullopt;
    };
    c.write = [get, commas](const T& item, WriteContext& ctx) {
        const QStringList& list = get(item);
        for (const QString& element : list) {
            if (Problem p = listElementProblem(element, commas))
                ctx.problem = *p;
        }
        return escapeText(list.join(QLatin1Char(' ')));
    };
    return c;
}

template<typename E>
struct Choice
{
    E value;
    QString code;
    QStringList aliases;
};

template<typename E>
Choice<E> choice(E value, const char* code, std::initializer_list<const char*> aliases)
{
    return Choice<E>{value, QLatin1String(code), utf8List(aliases)};
}

template<typename T, typename E, typename Get>
Column<T> choices(const char* name, std::initializer_list<const char*> aliases, const QList<Choice<E>>& options,
                  Get get)
{
    Column<T> c = column<T>(name, aliases, false, Type::Choice);
    QHash<QString, E> byName;
    QHash<E, QString> codes;
    for (const Choice<E>& option : options) {
        c.codes.append(option.code);
        codes.insert(option.value, option.code);
        byName.insert(option.code, option.value);
        for (const QString& alias : option.aliases)
            byName.insert(csvNormalizeName(alias), option.value);
    }
    const QString expected = c.codes.join(QStringLiteral(", "));
    c.read = [get, byName, expected](T& item, QStringView v) -> Problem {
        const auto it = byName.constFind(normalizeValue(v));
        if (it == byName.cend())
            return Tr::tr("not one of: %1").arg(expected);
        get(item) = it.value();
        return std::nullopt;
    };
    c.write = [get, codes](const T& item, WriteContext&) { return codes.value(get(item)); };
    return c;
}

template<typename T, typename Get>
Column<T> overrides(Get get)
{
    Column<T> c = column<T>("overrides", {"dérogations", "dérogation"}, false, Type::Overrides);
    c.read = [get](T& item, QStringView v) -> Problem { return parseOverrides(v, get(item)); };
    c.write = [get](const T& item, WriteContext&) { return escapeText(overridesText(get(item))); };
    return c;
}

// --- the choices -------------------------------------------------------------------------------

const QList<Choice<HostKind>>& hostKinds()
{
    static const QList<Choice<HostKind>> list = {
        choice(HostKind::PublicLab, "public_lab",
               {"laboratoire public", "labo public", "laboratoire", "labo", "public", "lab"}),
        choice(HostKind::Company, "company", {"entreprise", "société", "private", "privé"}),
    };
    return list;
}

const QList<Choice<GratificationPer>>& perChoices()
{
    static const QList<Choice<GratificationPer>> list = {
        choice(GratificationPer::Month, "month", {"mois", "mensuel", "monthly", "par mois"}),
        choice(GratificationPer::Hour, "hour", {"heure", "horaire", "hourly", "par heure"}),
    };
    return list;
}

const QList<Choice<TerKind>>& terKinds()
{
    static const QList<Choice<TerKind>> list = {
        choice(TerKind::Research, "research", {"recherche"}),
        choice(TerKind::ChallengePrep, "challenge_prep",
               {"préparation challenge", "préparation de challenge", "préparation défi", "challenge preparation"}),
        choice(TerKind::ChallengeSolve, "challenge_solve",
               {"résolution challenge", "résolution de challenge", "résolution défi", "challenge solving"}),
    };
    return list;
}

const QList<Choice<WorkflowState>>& states()
{
    static const QList<Choice<WorkflowState>> list = {
        choice(WorkflowState::Draft, "draft", {"brouillon"}),
        choice(WorkflowState::Submitted, "submitted", {"soumis", "soumise"}),
        choice(WorkflowState::ChangesRequested, "changes_requested", {"modifications demandées", "à modifier"}),
        choice(WorkflowState::Approved, "approved", {"approuvé", "approuvée"}),
        choice(WorkflowState::SentForSignature, "sent_for_signature",
               {"envoyé pour signature", "envoyée pour signature", "en signature"}),
        choice(WorkflowState::Signed, "signed", {"signé", "signée"}),
        choice(WorkflowState::InProgress, "in_progress", {"en cours"}),
        choice(WorkflowState::Completed, "completed", {"terminé", "terminée"}),
        choice(WorkflowState::Validated, "validated", {"validé", "validée"}),
        choice(WorkflowState::Rejected, "rejected", {"rejeté", "rejetée", "refusé", "refusée"}),
        choice(WorkflowState::Cancelled, "cancelled", {"annulé", "annulée", "canceled"}),
    };
    return list;
}

// --- the kinds ---------------------------------------------------------------------------------

/// A row of the hosts file: a host and one of its tutors (a host with several tutors takes one line each).
struct HostRow
{
    Host host;
    Tutor tutor;
};

const QList<Column<Student>>& studentColumns()
{
    using T = Student;
    static const QList<Column<T>> list = {
        text<T>(
            "id", {"identifiant", "student_id", "id étudiant"}, true, [](auto& s) -> auto& { return s.id; }),
        text<T>(
            "name", {"nom", "nom complet", "nom prénom", "prénom nom", "full name"}, true,
            [](auto& s) -> auto& { return s.name; }),
        text<T>(
            "email", {"courriel", "mail", "e-mail", "adresse électronique"}, false,
            [](auto& s) -> auto& { return s.email; }),
        text<T>(
            "student_number", {"numéro étudiant", "numéro d'étudiant", "n° étudiant", "numéro"}, false,
            [](auto& s) -> auto& { return s.studentNumber; }),
        overrides<T>([](auto& s) -> auto& { return s.overrides; }),
    };
    return list;
}

const QList<Column<HostRow>>& hostColumns()
{
    using T = HostRow;
    static const QList<Column<T>> list = {
        text<T>(
            "name", {"nom", "organisme", "nom organisme", "host", "host name"}, true,
            [](auto& r) -> auto& { return r.host.name; }),
        choices<T>(
            "kind", {"type", "host kind", "type organisme"}, hostKinds(), [](auto& r) -> auto& { return r.host.kind; }),
        flag<T>(
            "ai_research", {"recherche ia", "recherche en ia", "host ai research"},
            [](auto& r) -> auto& { return r.host.aiResearch; }),
        text<T>(
            "address", {"adresse"}, false, [](auto& r) -> auto& { return r.host.address; }),
        text<T>(
            "city", {"ville"}, false, [](auto& r) -> auto& { return r.host.city; }),
        text<T>(
            "country", {"pays"}, false, [](auto& r) -> auto& { return r.host.country; }),
        text<T>(
            "tutor_name", {"tuteur", "nom tuteur", "tutor"}, false, [](auto& r) -> auto& { return r.tutor.name; }),
        text<T>(
            "tutor_email", {"courriel tuteur", "email tuteur", "mail tuteur"}, false,
            [](auto& r) -> auto& { return r.tutor.email; }),
        text<T>(
            "tutor_phone", {"téléphone tuteur", "tél tuteur", "tel tuteur"}, false,
            [](auto& r) -> auto& { return r.tutor.phone; }),
    };
    return list;
}

const QList<Column<TerSubject>>& terSubjectColumns()
{
    using T = TerSubject;
    static const QList<Column<T>> list = {
        text<T>(
            "subject", {"sujet", "titre", "title"}, true, [](auto& s) -> auto& { return s.title; }),
        optionalInteger<T>(
            "capacity", {"capacité", "places", "nombre de places"}, 1, 1000,
            [](auto& s) -> auto& { return s.capacity; }),
        text<T>(
            "lab", {"laboratoire", "labo", "lab name"}, false, [](auto& s) -> auto& { return s.lab.name; }),
        flag<T>(
            "lab_in_paris_saclay", {"labo paris-saclay", "laboratoire paris-saclay", "paris-saclay", "in paris saclay"},
            [](auto& s) -> auto& { return s.lab.inParisSaclay; }),
        choices<T>(
            "kind", {"type"}, terKinds(), [](auto& s) -> auto& { return s.kind; }),
    };
    return list;
}

const QList<Column<Ter>>& terColumns()
{
    using T = Ter;
    static const QList<Column<T>> list = {
        text<T>(
            "id", {"identifiant", "id ter", "ter"}, true, [](auto& t) -> auto& { return t.id; }),
        stringList<T>(
            "students", {"étudiants", "étudiant", "student ids", "student id", "student"}, true, Type::Ids,
            [](auto& t) -> auto& { return t.studentIds; }),
        choices<T>(
            "kind", {"type"}, terKinds(), [](auto& t) -> auto& { return t.kind; }),
        text<T>(
            "subject", {"sujet", "titre", "title"}, false, [](auto& t) -> auto& { return t.subject; }),
        optionalInteger<T>(
            "capacity", {"capacité", "places", "nombre de places"}, 1, 1000,
            [](auto& t) -> auto& { return t.capacity; }),
        text<T>(
            "lab", {"laboratoire", "labo", "lab name"}, false, [](auto& t) -> auto& { return t.lab.name; }),
        flag<T>(
            "lab_in_paris_saclay", {"labo paris-saclay", "laboratoire paris-saclay", "paris-saclay", "in paris saclay"},
            [](auto& t) -> auto& { return t.lab.inParisSaclay; }),
        text<T>(
            "supervisor", {"encadrant", "encadrants", "responsable", "supervisors"}, false,
            [](auto& t) -> auto& { return t.supervisor; }),
        date<T>(
            "start", {"début", "date de début", "start date"}, true, [](auto& t) -> auto& { return t.start; }),
        date<T>(
            "end", {"fin", "date de fin", "end date"}, true, [](auto& t) -> auto& { return t.end; }),
        number<T>(
            "weekly_hours", {"heures hebdo", "heures par semaine", "heures hebdomadaires", "hours per week"}, 0, 168,
            [](auto& t) -> auto& { return t.weeklyHours; }),
        flag<T>(
            "paid", {"rémunéré", "payé", "gratifié"}, [](auto& t) -> auto& { return t.paid; }),
        optionalInteger<T>(
            "report_pages", {"pages rapport", "pages du rapport", "nombre de pages"}, 0, 10000,
            [](auto& t) -> auto& { return t.reportPages; }),
        optionalNumber<T>(
            "grade", {"note"}, 0, 20, [](auto& t) -> auto& { return t.grade; }),
        overrides<T>([](auto& t) -> auto& { return t.overrides; }),
        choices<T>(
            "state", {"état", "statut", "status"}, states(), [](auto& t) -> auto& { return t.state; }),
    };
    return list;
}

const QList<Column<Internship>>& internshipColumns()
{
    using T = Internship;
    static const QList<Column<T>> list = {
        text<T>(
            "id", {"identifiant", "id stage", "stage"}, true, [](auto& i) -> auto& { return i.id; }),
        text<T>(
            "student_id", {"étudiant", "id étudiant", "student"}, true, [](auto& i) -> auto& { return i.studentId; }),
        text<T>(
            "host_name", {"organisme", "organisme d'accueil", "nom organisme", "entreprise", "host"}, true,
            [](auto& i) -> auto& { return i.host.name; }),
        choices<T>(
            "host_kind", {"type organisme", "type d'organisme"}, hostKinds(),
            [](auto& i) -> auto& { return i.host.kind; }),
        flag<T>(
            "host_ai_research", {"recherche ia", "recherche en ia", "organisme recherche ia"},
            [](auto& i) -> auto& { return i.host.aiResearch; }),
        text<T>(
            "host_address", {"adresse", "adresse organisme"}, false, [](auto& i) -> auto& { return i.host.address; }),
        text<T>(
            "host_city", {"ville", "ville organisme"}, false, [](auto& i) -> auto& { return i.host.city; }),
        text<T>(
            "host_country", {"pays", "pays organisme"}, false, [](auto& i) -> auto& { return i.host.country; }),
        text<T>(
            "tutor_name", {"tuteur", "nom tuteur", "tutor"}, false, [](auto& i) -> auto& { return i.tutor.name; }),
        text<T>(
            "tutor_email", {"courriel tuteur", "email tuteur", "mail tuteur"}, false,
            [](auto& i) -> auto& { return i.tutor.email; }),
        text<T>(
            "tutor_phone", {"téléphone tuteur", "tél tuteur", "tel tuteur"}, false,
            [](auto& i) -> auto& { return i.tutor.phone; }),
        text<T>(
            "subject", {"sujet", "titre", "title"}, false, [](auto& i) -> auto& { return i.subject; }),
        date<T>(
            "start", {"début", "date de début", "start date"}, true, [](auto& i) -> auto& { return i.start; }),
        date<T>(
            "end", {"fin", "date de fin", "end date"}, true, [](auto& i) -> auto& { return i.end; }),
        number<T>(
            "weekly_hours", {"heures hebdo", "heures par semaine", "heures hebdomadaires", "hours per week"}, 0, 168,
            [](auto& i) -> auto& { return i.weeklyHours; }),
        workDays<T>(
            "work_days", {"jours", "jours travaillés", "jours de travail", "days"},
            [](auto& i) -> auto& { return i.workDays; }),
        dateList<T>(
            "absences", {"jours d'absence", "absence days"}, [](auto& i) -> auto& { return i.absences; }),
        date<T>(
            "submitted", {"soumis", "date de soumission", "date de dépôt", "déposé"}, false,
            [](auto& i) -> auto& { return i.submitted; }),
        date<T>(
            "signed_student", {"signature étudiant", "signature student"}, false,
            [](auto& i) -> auto& { return i.signatures.student; }),
        date<T>(
            "signed_host", {"signature organisme", "signature host"}, false,
            [](auto& i) -> auto& { return i.signatures.host; }),
        date<T>(
            "signed_tutor", {"signature tuteur", "signature tutor"}, false,
            [](auto& i) -> auto& { return i.signatures.tutor; }),
        date<T>(
            "signed_university", {"signature université", "signature university"}, false,
            [](auto& i) -> auto& { return i.signatures.university; }),
        number<T>(
            "gratification", {"gratification eur", "montant gratification", "gratification amount"}, 0, 1e6,
            [](auto& i) -> auto& { return i.gratification.amountEur; }),
        choices<T>(
            "gratification_per", {"gratification par", "par", "per"}, perChoices(),
            [](auto& i) -> auto& { return i.gratification.per; }),
        flag<T>(
            "previous_summer", {"été précédent", "stage été précédent"},
            [](auto& i) -> auto& { return i.previousSummer; }),
        flag<T>(
            "proof", {"attestation", "attestation de stage", "preuve"}, [](auto& i) -> auto& { return i.proof; }),
        optionalInteger<T>(
            "report_pages", {"pages rapport", "pages du rapport", "nombre de pages"}, 0, 10000,
            [](auto& i) -> auto& { return i.reportPages; }),
        overrides<T>([](auto& i) -> auto& { return i.overrides; }),
        choices<T>(
            "state", {"état", "statut", "status"}, states(), [](auto& i) -> auto& { return i.state; }),
    };
    return list;
}

const QList<Column<Seminar>>& seminarColumns()
{
    using T = Seminar;
    static const QList<Column<T>> list = {
        text<T>(
            "id", {"identifiant", "id séminaire"}, true, [](auto& s) -> auto& { return s.id; }),
        text<T>(
            "student_id", {"étudiant", "id étudiant", "student"}, true, [](auto& s) -> auto& { return s.studentId; }),
        text<T>(
            "title", {"titre", "séminaire", "seminar"}, true, [](auto& s) -> auto& { return s.title; }),
        date<T>(
            "date", {"jour"}, true, [](auto& s) -> auto& { return s.date; }),
        text<T>(
            "paragraph", {"paragraphe", "résumé", "summary", "texte"}, false,
            [](auto& s) -> auto& { return s.paragraph; }),
        overrides<T>([](auto& s) -> auto& { return s.overrides; }),
    };
    return list;
}

const QList<Column<SummerSchool>>& summerSchoolColumns()
{
    using T = SummerSchool;
    static const QList<Column<T>> list = {
        text<T>(
            "id", {"identifiant", "id école"}, true, [](auto& s) -> auto& { return s.id; }),
        text<T>(
            "student_id", {"étudiant", "id étudiant", "student"}, true, [](auto& s) -> auto& { return s.studentId; }),
        text<T>(
            "name", {"nom", "école", "école d'été", "school"}, true, [](auto& s) -> auto& { return s.name; }),
        flag<T>(
            "proposed", {"proposée", "proposé", "dans la liste", "listed"},
            [](auto& s) -> auto& { return s.proposed; }),
        date<T>(
            "start", {"début", "date de début", "start date"}, true, [](auto& s) -> auto& { return s.start; }),
        date<T>(
            "end", {"fin", "date de fin", "end date"}, true, [](auto& s) -> auto& { return s.end; }),
        optionalInteger<T>(
            "full_time_days", {"jours plein temps", "jours à plein temps", "jours de cours"}, 0, 366,
            [](auto& s) -> auto& { return s.fullTimeDays; }),
        optionalInteger<T>(
            "report_pages", {"pages rapport", "pages du rapport", "nombre de pages"}, 0, 10000,
            [](auto& s) -> auto& { return s.reportPages; }),
        stringList<T>(
            "report_links", {"liens rapport", "liens", "links"}, false, Type::Links,
            [](auto& s) -> auto& { return s.reportLinks; }),
        overrides<T>([](auto& s) -> auto& { return s.overrides; }),
        choices<T>(
            "state", {"état", "statut", "status"}, states(), [](auto& s) -> auto& { return s.state; }),
    };
    return list;
}

// --- reading -----------------------------------------------------------------------------------

/// Maps the records of one table to items of type T with the columns @p columns.
template<typename T>
class RowReader
{
public:
    RowReader(const CsvTable& table, const QList<Column<T>>& columns, CsvKind kind, CsvErrors& errors)
        : m_table(table)
        , m_columns(columns)
        , m_errors(errors)
        , m_fieldOf(columns.size(), -1)
    {
        resolveHeader(kind);
    }

    bool headerOk() const { return m_headerOk; }

    /// The field index of the column named @p name (English), or -1 when the file lacks it.
    int fieldOf(const QString& name) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).name == name)
                return m_fieldOf.at(i);
        }
        return -1;
    }

    QHash<QString, int> columnNumbers() const
    {
        QHash<QString, int> numbers;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_fieldOf.at(i) >= 0)
                numbers.insert(m_columns.at(i).name, m_fieldOf.at(i) + 1);
        }
        return numbers;
    }

    /// Reads @p record into @p item; false (problems reported) when a value is wrong.
    bool read(const CsvRecord& record, T& item)
    {
        bool ok = true;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const int field = m_fieldOf.at(i);
            if (field < 0)
                continue;
            const Column<T>& column = m_columns.at(i);
            // A table from CsvReader has as many fields as columns; a hand-made one may not (field()
            // is then empty).
            const QStringView cell = record.field(field);
            const bool blank = cell.trimmed().isEmpty();
            if (blank && column.required) {
                m_errors.add(m_table.fieldError(record, field + 1, Tr::tr("a value is required")));
                ok = false;
                continue;
            }
            // An empty cell keeps the item's default; spaces alone are a value only for free text.
            if (blank && (column.type != Type::Text || cell.isEmpty()))
                continue;
            if (Problem problem = column.read(item, cell)) {
                m_errors.add(m_table.fieldError(record, field + 1, *problem));
                ok = false;
            }
        }
        return ok;
    }

    void report(const CsvRecord& record, const QString& columnName, const QString& what)
    {
        m_errors.add(m_table.fieldError(record, fieldOf(columnName) + 1, what));
    }

    /// Reads every record; @p check adds the checks across the columns of one item.
    template<typename Check>
    void readAll(QList<T>& items, QList<const CsvRecord*>& records, Check check)
    {
        items.reserve(m_table.records.size());
        records.reserve(m_table.records.size());
        for (const CsvRecord& record : m_table.records) {
            T item{};
            if (read(record, item))
                check(item, record, *this);
            items.append(std::move(item));
            records.append(&record);
        }
    }

    /// Reports every record whose key (e.g. its id, in column @p columnName) an earlier record has.
    void checkUnique(const QList<const CsvRecord*>& records, const QStringList& keys, const QString& columnName,
                     const QString& what)
    {
        QHash<QString, int> seen;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).isEmpty())
                continue; // reported as missing already
            const auto it = seen.constFind(keys.at(i));
            if (it != seen.cend())
                report(*records.at(i), columnName, what.arg(it.value()));
            else
                seen.insert(keys.at(i), records.at(i)->line);
        }
    }

private:
    void resolveHeader(CsvKind kind)
    {
        QHash<QString, qsizetype> byName;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            byName.insert(m_columns.at(i).name, i);
            for (const QString& alias : m_columns.at(i).aliases)
                byName.insert(csvNormalizeName(alias), i);
        }
        const int line = m_table.headerLine;
        for (int f = 0; f < m_table.header.size(); ++f) {
            const QString& name = m_table.header.at(f);
            const QString key = csvNormalizeName(name);
            if (key.isEmpty()) {
                // Spreadsheets write a trailing ";" after formatted but empty columns: harmless when empty.
                const auto holder = std::find_if(m_table.records.cbegin(), m_table.records.cend(),
                                                 [f](const CsvRecord& r) { return !r.field(f).isEmpty(); });
                if (holder != m_table.records.cend()) {
                    m_errors.add(m_table.errorAt(holder->line, f + 1, holder->field(f).toString(),
                                                 Tr::tr("this column has no name in the header")));
                    m_headerOk = false;
                }
                continue;
            }
            const auto it = byName.constFind(key);
            if (it == byName.cend()) {
                QStringList names;
                for (const Column<T>& c : m_columns)
                    names.append(c.name);
                m_errors.add(m_table.errorAt(line, f + 1, name,
                                             Tr::tr("unknown column for %1; the columns are: %2 (see csv-columns.md)")
                                                 .arg(csvKindCode(kind), names.join(QStringLiteral(", ")))));
                m_headerOk = false;
            } else if (m_fieldOf.at(it.value()) >= 0) {
                const int other = m_fieldOf.at(it.value());
                m_errors.add(
                    m_table.errorAt(line, f + 1, name,
                                    Tr::tr("column %1 (%2) already gives %3")
                                        .arg(other + 1)
                                        .arg(csvShowText(m_table.header.at(other)), m_columns.at(it.value()).name)));
                m_headerOk = false;
            } else {
                m_fieldOf[it.value()] = f;
            }
        }
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const Column<T>& c = m_columns.at(i);
            if (c.required && m_fieldOf.at(i) < 0) {
                m_errors.add(Tr::tr("%1:%2: the required column \"%3\" is missing (other accepted names: %4)")
                                 .arg(m_table.source)
                                 .arg(line)
                                 .arg(c.name, c.aliases.join(QStringLiteral(", "))));
                m_headerOk = false;
            }
        }
    }

    const CsvTable& m_table;
    const QList<Column<T>>& m_columns;
    CsvErrors& m_errors;
    QList<int> m_fieldOf; ///< by column: the field index in the records, or -1
    bool m_headerOk = true;
};

template<typename T>
void checkDates(const T& item, const CsvRecord& record, RowReader<T>& reader)
{
    if (item.start.isValid() && item.end.isValid() && item.end < item.start)
        reader.report(record, QStringLiteral("end"),
                      Tr::tr("the end is before the start (%1)").arg(item.start.toString(Qt::ISODate)));
}

template<typename T>
void noCheck(const T&, const CsvRecord&, RowReader<T>&)
{
}

CsvItems emptyItems(CsvKind kind, const CsvTable& table)
{
    CsvItems out;
    out.kind = kind;
    out.source = table.source;
    out.header = table.header;
    return out;
}

/// Reads the items of a kind whose key is its "id" column (or @p keyColumn).
template<typename T, typename Check, typename Key>
Result<CsvItems> readKind(const CsvTable& table, CsvKind kind, const QList<Column<T>>& columns,
                          QList<T> CsvItems::*list, Check check, const QString& keyColumn, Key key,
                          const QString& duplicateWhat)
{
    CsvErrors errors;
    CsvItems out = emptyItems(kind, table);
    RowReader<T> reader(table, columns, kind, errors);
    out.columns = reader.columnNumbers();
    if (!reader.headerOk())
        return Result<CsvItems>::failure(errors.message());
    QList<T> items;
    QList<const CsvRecord*> records;
    reader.readAll(items, records, check);
    QStringList keys;
    keys.reserve(items.size());
    for (const T& item : items)
        keys.append(key(item));
    reader.checkUnique(records, keys, keyColumn, duplicateWhat);
    if (!errors.isEmpty())
        return Result<CsvItems>::failure(errors.message());
    out.lines.reserve(records.size());
    for (const CsvRecord* r : records)
        out.lines.append(r->line);
    out.*list = std::move(items);
    return out;
}

template<typename T, typename Check>
Result<CsvItems> readKind(const CsvTable& table, CsvKind kind, const QList<Column<T>>& columns,
                          QList<T> CsvItems::*list, Check check)
{
    return readKind(
        table, kind, columns, list, check, QStringLiteral("id"), [](const T& item) { return item.id; },
        Tr::tr("duplicate id: line %1 has it too"));
}

Result<CsvItems> readHosts(const CsvTable& table)
{
    CsvErrors errors;
    CsvItems out = emptyItems(CsvKind::Hosts, table);
    const QList<Column<HostRow>>& columns = hostColumns();
    RowReader<HostRow> reader(table, columns, out.kind, errors);
    out.columns = reader.columnNumbers();
    if (!reader.headerOk())
        return Result<CsvItems>::failure(errors.message());
    QList<HostRow> rows;
    QList<const CsvRecord*> records;
    reader.readAll(rows, records, noCheck<HostRow>);
    if (!errors.isEmpty())
        return Result<CsvItems>::failure(errors.message());

    // One line per tutor: the lines of one host name make one host, and must agree on its details.
    QHash<QString, qsizetype> byName;
    WriteContext ctx{QLatin1Char('.'), {}};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const HostRow& row = rows.at(i);
        const auto it = byName.constFind(row.host.name);
        qsizetype index = 0;
        if (it == byName.cend()) {
            index = out.hosts.size();
            byName.insert(row.host.name, index);
            out.hosts.append(HostEntry{row.host, {}});
            out.lines.append(records.at(i)->line);
        } else {
            index = it.value();
            const HostRow first{out.hosts.at(index).host, {}};
            for (const Column<HostRow>& c : columns) {
                if (c.name.startsWith(QLatin1String("tutor_")) || c.write(first, ctx) == c.write(row, ctx))
                    continue;
                reader.report(*records.at(i), c.name,
                              Tr::tr("line %1 gives this host %2 here: give a host the same details on each of its "
                                     "lines")
                                  .arg(out.lines.at(index))
                                  .arg(csvQuoteForMessage(c.write(first, ctx))));
                break;
            }
        }
        if (!(row.tutor == Tutor{}))
            out.hosts[index].tutors.append(row.tutor);
    }
    if (!errors.isEmpty())
        return Result<CsvItems>::failure(errors.message());
    return out;
}

// --- writing -----------------------------------------------------------------------------------

template<typename T>
Result<QByteArray> writeRows(CsvKind kind, const QList<Column<T>>& columns, const QList<T>& rows,
                             const CsvFormat& format)
{
    CsvWriter writer(format);
    QStringList header;
    for (const Column<T>& c : columns)
        header.append(c.name);
    writer.writeRecord(header);
    WriteContext ctx{writer.format().decimalSeparator(), {}};
    QStringList fields;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        fields.clear();
        for (const Column<T>& c : columns) {
            fields.append(c.write(rows.at(r), ctx));
            if (!ctx.problem.isEmpty())
                return Result<QByteArray>::failure(
                    Tr::tr("%1, item %2, column %3: %4").arg(csvKindCode(kind)).arg(r + 1).arg(c.name, ctx.problem));
        }
        writer.writeRecord(fields);
    }
    return writer.data();
}

template<typename T>
QList<CsvColumnInfo> infoOf(const QList<Column<T>>& columns)
{
    QList<CsvColumnInfo> infos;
    for (const Column<T>& c : columns) {
        QString type;
        switch (c.type) {
        case Type::Text:
            type = QStringLiteral("text");
            break;
        case Type::Date:
            type = QStringLiteral("date");
            break;
        case Type::Number:
            type = QStringLiteral("number");
            break;
        case Type::Integer:
            type = QStringLiteral("whole number");
            break;
        case Type::Bool:
            type = QStringLiteral("yes/no");
            break;
        case Type::Days:
            type = QStringLiteral("days of the week");
            break;
        case Type::Dates:
            type = QStringLiteral("list of dates");
            break;
        case Type::Ids:
            type = QStringLiteral("list of ids");
            break;
        case Type::Links:
            type = QStringLiteral("list of links");
            break;
        case Type::Choice:
            type = QStringLiteral("one of: ") + c.codes.join(QStringLiteral(", "));
            break;
        case Type::Overrides:
            type = QStringLiteral("overrides (JSON)");
            break;
        }
        infos.append(CsvColumnInfo{c.name, c.aliases, c.required, type});
    }
    return infos;
}

} // namespace

Result<CsvItems> CsvMapping::read(CsvKind kind, const QByteArray& bytes, const QString& source)
{
    Result<CsvTable> table = CsvReader::parse(bytes, source);
    if (!table)
        return Result<CsvItems>::failure(table.error());
    return read(kind, table.value());
}

Result<CsvItems> CsvMapping::read(CsvKind kind, const CsvTable& table)
{
    switch (kind) {
    case CsvKind::Students:
        return readKind(table, kind, studentColumns(), &CsvItems::students, noCheck<Student>);
    case CsvKind::Hosts:
        return readHosts(table);
    case CsvKind::TerSubjects:
        return readKind(
            table, kind, terSubjectColumns(), &CsvItems::terSubjects, noCheck<TerSubject>, QStringLiteral("subject"),
            [](const TerSubject& s) { return s.title; }, tr("duplicate subject: line %1 has it too"));
    case CsvKind::Ters:
        return readKind(table, kind, terColumns(), &CsvItems::ters, checkDates<Ter>);
    case CsvKind::Internships:
        return readKind(table, kind, internshipColumns(), &CsvItems::internships, checkDates<Internship>);
    case CsvKind::Seminars:
        return readKind(table, kind, seminarColumns(), &CsvItems::seminars, noCheck<Seminar>);
    case CsvKind::SummerSchools:
        return readKind(table, kind, summerSchoolColumns(), &CsvItems::summerSchools, checkDates<SummerSchool>);
    }
    return Result<CsvItems>::failure(tr("unknown kind of CSV file"));
}

Result<QByteArray> CsvMapping::toCsv(const CsvItems& items, const CsvFormat& format)
{
    switch (items.kind) {
    case CsvKind::Students:
        return toCsv(items.students, format);
    case CsvKind::Hosts:
        return toCsv(items.hosts, format);
    case CsvKind::TerSubjects:
        return toCsv(items.terSubjects, format);
    case CsvKind::Ters:
        return toCsv(items.ters, format);
    case CsvKind::Internships:
        return toCsv(items.internships, format);
    case CsvKind::Seminars:
        return toCsv(items.seminars, format);
    case CsvKind::SummerSchools:
        return toCsv(items.summerSchools, format);
    }
    return Result<QByteArray>::failure(tr("unknown kind of CSV file"));
}

Result<QByteArray> CsvMapping::toCsv(const QList<Student>& items, const CsvFormat& format)
{
    return writeRows(CsvKind::Students, studentColumns(), items, format);
}

Result<QByteArray> CsvMapping::toCsv(const QList<HostEntry>& items, const CsvFormat& format)
{
    QList<HostRow> rows;
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const HostEntry& entry = items.at(i);
        if (seen.contains(entry.host.name))
            return Result<QByteArray>::failure(tr("hosts, items %1 and %2: two hosts have the name %3, which "
                                                  "names a host in the file")
                                                   .arg(seen.value(entry.host.name) + 1)
                                                   .arg(i + 1)
                                                   .arg(csvQuoteForMessage(entry.host.name)));
        seen.insert(entry.host.name, i);
        if (entry.tutors.isEmpty())
            rows.append(HostRow{entry.host, {}});
        for (const Tutor& tutor : entry.tutors) {
            if (tutor == Tutor{})
                return Result<QByteArray>::failure(
                    tr("hosts, item %1: a tutor with no name, email or phone cannot be written").arg(i + 1));
            rows.append(HostRow{entry.host, tutor});
        }
    }
    return writeRows(CsvKind::Hosts, hostColumns(), rows, format);
}

Result<QByteArray> CsvMapping::toCsv(const QList<TerSubject>& items, const CsvFormat& format)
{
    return writeRows(CsvKind::TerSubjects, terSubjectColumns(), items, format);
}

Result<QByteArray> CsvMapping::toCsv(const QList<Ter>& items, const CsvFormat& format)
{
    return writeRows(CsvKind::Ters, terColumns(), items, format);
}

Result<QByteArray> CsvMapping::toCsv(const QList<Internship>& items, const CsvFormat& format)
{
    return writeRows(CsvKind::Internships, internshipColumns(), items, format);
}

Result<QByteArray> CsvMapping::toCsv(const QList<Seminar>& items, const CsvFormat& format)
{
    return writeRows(CsvKind::Seminars, seminarColumns(), items, format);
}

Result<QByteArray> CsvMapping::toCsv(const QList<SummerSchool>& items, const CsvFormat& format)
{
    return writeRows(CsvKind::SummerSchools, summerSchoolColumns(), items, format);
}

QList<CsvColumnInfo> CsvMapping::columns(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Students:
        return infoOf(studentColumns());
    case CsvKind::Hosts:
        return infoOf(hostColumns());
    case CsvKind::TerSubjects:
        return infoOf(terSubjectColumns());
    case CsvKind::Ters:
        return infoOf(terColumns());
    case CsvKind::Internships:
        return infoOf(internshipColumns());
    case CsvKind::Seminars:
        return infoOf(seminarColumns());
    case CsvKind::SummerSchools:
        return infoOf(summerSchoolColumns());
    }
    return {};
}

} // namespace interntrack

#include "CsvItems.h"

#include "CsvTable.h"

#include <array>
#include <utility>

namespace interntrack {

namespace {

constexpr std::array<std::pair<CsvKind, const char*>, 7> kKinds = {{
    {CsvKind::Students, "students"},
    {CsvKind::Hosts, "hosts"},
    {CsvKind::TerSubjects, "ter_subjects"},
    {CsvKind::Ters, "ters"},
    {CsvKind::Internships, "internships"},
    {CsvKind::Seminars, "seminars"},
    {CsvKind::SummerSchools, "summer_schools"},
}};

} // namespace

QString csvKindCode(CsvKind kind)
{
    for (const auto& [k, code] : kKinds) {
        if (k == kind)
            return QLatin1String(code);
    }
    return {};
}

std::optional<CsvKind> csvKindFromCode(const QString& code)
{
    QString key = code.trimmed().toLower();
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto& [k, c] : kKinds) {
        if (key == QLatin1String(c))
            return k;
    }
    return std::nullopt;
}

QList<CsvKind> allCsvKinds()
{
    QList<CsvKind> kinds;
    for (const auto& entry : kKinds)
        kinds.append(entry.first);
    return kinds;
}

qsizetype CsvItems::count() const
{
    switch (kind) {
    case CsvKind::Students:
        return students.size();
    case CsvKind::Hosts:
        return hosts.size();
    case CsvKind::TerSubjects:
        return terSubjects.size();
    case CsvKind::Ters:
        return ters.size();
    case CsvKind::Internships:
        return internships.size();
    case CsvKind::Seminars:
        return seminars.size();
    case CsvKind::SummerSchools:
        return summerSchools.size();
    }
    return 0;
}

QString CsvItems::errorAt(qsizetype index, const QString& column, const QString& value, const QString& what) const
{
    const int line = index >= 0 && index < lines.size() ? lines.at(index) : 0;
    const int number = columns.value(column, 0);
    const QString name = number >= 1 && number <= header.size() ? header.at(number - 1) : QString();
    return csvLocationMessage(source, line, number, name, value, what);
}

} // namespace interntrack

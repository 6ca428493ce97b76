#include "StorageRecords.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace interntrack {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

constexpr std::array<std::pair<ItemKind, const char*>, 5> kKinds = {{
    {ItemKind::Student, "student"},
    {ItemKind::Internship, "internship"},
    {ItemKind::Ter, "ter"},
    {ItemKind::SummerSchool, "summer_school"},
    {ItemKind::Seminar, "seminar"},
}};

constexpr std::array<std::pair<DocumentKind, const char*>, 5> kDocumentKinds = {{
    {DocumentKind::Report, "report"},
    {DocumentKind::Agreement, "agreement"},
    {DocumentKind::Proof, "proof"},
    {DocumentKind::Certificate, "certificate"},
    {DocumentKind::Other, "other"},
}};

} // namespace

QString itemKindCode(ItemKind kind)
{
    for (const auto& [k, code] : kKinds) {
        if (k == kind)
            return QLatin1String(code);
    }
    return {};
}

std::optional<ItemKind> itemKindFromCode(const QString& code)
{
    for (const auto& [k, c] : kKinds) {
        if (code == QLatin1String(c))
            return k;
    }
    return std::nullopt;
}

QString itemKindTable(ItemKind kind)
{
    return itemKindCode(kind) + QLatin1Char('s');
}

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Student:
        return Tr::tr("student");
    case ItemKind::Internship:
        return Tr::tr("internship");
    case ItemKind::Ter:
        return Tr::tr("TER");
    case ItemKind::SummerSchool:
        return Tr::tr("summer school");
    case ItemKind::Seminar:
        return Tr::tr("seminar");
    }
    return {};
}

QString documentKindCode(DocumentKind kind)
{
    for (const auto& [k, code] : kDocumentKinds) {
        if (k == kind)
            return QLatin1String(code);
    }
    return {};
}

std::optional<DocumentKind> documentKindFromCode(const QString& code)
{
    for (const auto& [k, c] : kDocumentKinds) {
        if (code == QLatin1String(c))
            return k;
    }
    return std::nullopt;
}

QString ProgrammeInfo::displayName() const
{
    if (name.isEmpty())
        return key;
    if (institution.isEmpty())
        return name;
    return QStringLiteral("%1 — %2").arg(name, institution);
}

} // namespace interntrack

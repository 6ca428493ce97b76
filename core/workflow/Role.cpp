#include "Role.h"

#include <QCoreApplication>

namespace interntrack {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Role)
};
} // namespace

QString roleCode(Role role)
{
    switch (role) {
    case Role::Advisor:
        return QStringLiteral("advisor");
    case Role::Secretariat:
        return QStringLiteral("secretariat");
    case Role::Student:
        return QStringLiteral("student");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code)
{
    if (code == QLatin1String("advisor"))
        return Role::Advisor;
    if (code == QLatin1String("secretariat"))
        return Role::Secretariat;
    if (code == QLatin1String("student"))
        return Role::Student;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Advisor:
        return Tr::tr("advisor");
    case Role::Secretariat:
        return Tr::tr("secretariat");
    case Role::Student:
        return Tr::tr("student");
    }
    return {};
}

} // namespace interntrack

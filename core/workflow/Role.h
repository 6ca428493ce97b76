#pragma once

#include <QString>

#include <optional>

namespace interntrack {

/// What a person may do in the agreement workflow (RULES.md, "Agreement workflow").
enum class Role {
    Advisor, ///< approves, rejects, overrides and validates
    Secretariat, ///< records signatures and exports documents
    Student, ///< edits only their own drafts and proposals
};

/// Stable code used in the database and the CLI: "advisor", "secretariat", "student".
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
/// The role's name for people, translated.
QString roleName(Role role);

} // namespace interntrack

#pragma once

#include <QString>

#include <optional>

namespace interntrack {

/// The agreement workflow of RULES.md (internships, and TERs that need one).
enum class WorkflowState {
    Draft,
    Submitted,
    ChangesRequested,
    Approved,
    SentForSignature,
    Signed,
    InProgress,
    Completed,
    Validated,
    Rejected,
    Cancelled,
};

/// Stable code used in JSON, CSV and the database: "draft", "submitted", "changes_requested", …
QString workflowStateCode(WorkflowState state);
std::optional<WorkflowState> workflowStateFromCode(const QString& code);

} // namespace interntrack

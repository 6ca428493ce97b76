#include "WorkflowState.h"

#include <array>
#include <utility>

namespace interntrack {

namespace {
constexpr std::array<std::pair<WorkflowState, const char*>, 11> kStates = {{
    {WorkflowState::Draft, "draft"},
    {WorkflowState::Submitted, "submitted"},
    {WorkflowState::ChangesRequested, "changes_requested"},
    {WorkflowState::Approved, "approved"},
    {WorkflowState::SentForSignature, "sent_for_signature"},
    {WorkflowState::Signed, "signed"},
    {WorkflowState::InProgress, "in_progress"},
    {WorkflowState::Completed, "completed"},
    {WorkflowState::Validated, "validated"},
    {WorkflowState::Rejected, "rejected"},
    {WorkflowState::Cancelled, "cancelled"},
}};
} // namespace

QString workflowStateCode(WorkflowState state)
{
    for (const auto& [s, code] : kStates) {
        if (s == state)
            return QLatin1String(code);
    }
    return {};
}

std::optional<WorkflowState> workflowStateFromCode(const QString& code)
{
    for (const auto& [s, c] : kStates) {
        if (code == QLatin1String(c))
            return s;
    }
    return std::nullopt;
}

} // namespace interntrack

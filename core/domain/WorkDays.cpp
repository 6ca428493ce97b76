#include "WorkDays.h"

#include <array>

namespace interntrack {

namespace {
constexpr std::array<const char*, 7> kCodes = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
}

QStringList WorkDays::toCodes() const
{
    QStringList codes;
    for (int d = 1; d <= 7; ++d) {
        if (contains(d))
            codes.append(codeForDay(d));
    }
    return codes;
}

std::optional<int> WorkDays::dayFromCode(const QString& code)
{
    for (int d = 1; d <= 7; ++d) {
        if (code == QLatin1String(kCodes[static_cast<size_t>(d - 1)]))
            return d;
    }
    return std::nullopt;
}

QString WorkDays::codeForDay(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QLatin1String(kCodes[static_cast<size_t>(dayOfWeek - 1)]);
}

} // namespace interntrack

#pragma once

#include <QLoggingCategory>

namespace interntrack {

Q_DECLARE_LOGGING_CATEGORY(lcStorage) ///< "interntrack.storage"

} // namespace interntrack

#include "StorageLog.h"

namespace interntrack {

Q_LOGGING_CATEGORY(lcStorage, "interntrack.storage")

} // namespace interntrack

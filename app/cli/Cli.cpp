#include "Cli.h"

namespace interntrack {

int runCli(const QStringList&, std::FILE*, std::FILE*)
{
    return 0;
}

} // namespace interntrack

#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

namespace interntrack::bench {

/// Peak resident memory of this process (VmHWM: since its start, or since the last resetPeakMemory()), in MiB (Linux).
inline double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// Starts a new peak memory measure (Linux: writing 5 to clear_refs resets VmHWM to the current size).
inline void resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace interntrack::bench

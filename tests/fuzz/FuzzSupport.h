#pragma once

// What the libFuzzer targets of tests/fuzz share: the input as the programs hold a file's bytes,
// and a broken invariant made into a crash that libFuzzer records.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace interntrack::fuzz {

/// The fuzzer's bytes copied into a QByteArray, as QFile::readAll() gives a file (NUL-terminated).
inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Stops the run with a crash (libFuzzer saves the input) when @p ok is false; @p what names the invariant.
inline void require(bool ok, const char* what)
{
    if (ok)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::fflush(stderr);
    __builtin_trap();
}

/// require() that also prints @p detail (a reader's message, the bytes written…), cut to a readable size.
inline void require(bool ok, const char* what, const QString& detail)
{
    if (!ok)
        std::fprintf(stderr, "%s\n", detail.left(2000).toLocal8Bit().constData());
    require(ok, what);
}

} // namespace interntrack::fuzz

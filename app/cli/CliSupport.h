#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdio>

class QCommandLineParser;

namespace interntrack::cli {

/// The translation context of interntrack-cli's messages ("Cli").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit statuses of docs/CLI.md.
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitBadInput = 2;

/// Where a command writes: standard output for results, standard error for problems.
class Streams
{
public:
    Streams(std::FILE* out, std::FILE* err)
        : m_out(out)
        , m_err(err)
    {
    }

    void out(const QByteArray& bytes) const
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
        std::fflush(m_out);
    }
    void out(const QString& text) const { out(text.toUtf8()); }
    /// Standard output itself, for a result written as it is made.
    std::FILE* outFile() const { return m_out; }

    /// Writes each line of @p message as "interntrack-cli: <line>".
    void error(const QString& message) const
    {
        QByteArray bytes;
        const QStringList lines = message.split(QLatin1Char('\n'));
        for (const QString& line : lines)
            bytes += QByteArrayLiteral("interntrack-cli: ") + line.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
        std::fflush(m_err);
    }
    void errorRaw(const QString& text) const
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_err);
        std::fflush(m_err);
    }

private:
    std::FILE* m_out;
    std::FILE* m_err;
};

using CommandFunction = int (*)(const QStringList& arguments, const Streams& io);

/// A subcommand: "check", "import", "export"…
struct Command
{
    const char* name;
    const char* summary; // translated at use (QT_TRANSLATE_NOOP)
    CommandFunction run;
};

QString programName();
/// "interntrack-cli VERSION\n".
QString versionText();
/// The usage line QCommandLineParser writes names the executable only; a subcommand adds its name.
QString subcommandHelp(const QCommandLineParser& parser, const QString& command);

} // namespace interntrack::cli

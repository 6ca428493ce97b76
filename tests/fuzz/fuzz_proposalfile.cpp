// libFuzzer target: the proposal and reply file readers (core/io/ProposalFile). Every input is read or
// refused with a message, never both kinds at once; what is read is a whole proposal of the sender (at
// least one item, each the sender's) and writes back to a file that reads to the same thing.

#include "FuzzSupport.h"
#include "io/ProposalFile.h"

using namespace interntrack;
using interntrack::fuzz::require;

namespace {

/// Whether @p data reads as a proposal file.
bool checkProposal(const QByteArray& data)
{
    const Result<ProposalFile> file = readProposalFile(data);
    if (!file.ok()) {
        require(!file.error().isEmpty(), "a refused proposal file has a message");
        return false;
    }
    const ProposalFile& f = file.value();
    require(f.itemCount() > 0, "a proposal proposes something");
    require(!f.student.id.isEmpty(), "a proposal names its sender");
    for (const Internship& i : f.internships)
        require(i.studentId == f.student.id, "every internship is the sender's");
    for (const Ter& t : f.ters)
        require(t.studentIds.contains(f.student.id), "every TER is the sender's");
    for (const SummerSchool& s : f.summerSchools)
        require(s.studentId == f.student.id, "every summer school is the sender's");
    for (const Seminar& s : f.seminars)
        require(s.studentId == f.student.id, "every seminar is the sender's");

    const QByteArray written = writeProposalFile(f);
    const Result<ProposalFile> back = readProposalFile(written);
    require(back.ok(), "a proposal read, written back, reads again",
            back.ok() ? QString() : back.error() + QLatin1Char('\n') + QString::fromUtf8(written));
    require(back.value() == f, "the proposal's round trip gives the same proposal", QString::fromUtf8(written));
    require(writeProposalFile(back.value()) == written, "the proposal's round trip writes the same bytes");
    return true;
}

/// Whether @p data reads as a reply file.
bool checkReply(const QByteArray& data)
{
    const Result<ProposalReply> reply = readProposalReply(data);
    if (!reply.ok()) {
        require(!reply.error().isEmpty(), "a refused reply file has a message");
        return false;
    }
    require(!reply->itemId.isEmpty(), "a reply names its item");
    const QByteArray written = writeProposalReply(reply.value());
    const Result<ProposalReply> back = readProposalReply(written);
    require(back.ok(), "a reply read, written back, reads again",
            back.ok() ? QString() : back.error() + QLatin1Char('\n') + QString::fromUtf8(written));
    require(back.value() == reply.value(), "the reply's round trip gives the same reply", QString::fromUtf8(written));
    require(writeProposalReply(back.value()) == written, "the reply's round trip writes the same bytes");
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const bool proposal = checkProposal(bytes);
    const bool reply = checkReply(bytes);
    require(!(proposal && reply), "a file is a proposal or a reply, never both");
    return 0;
}

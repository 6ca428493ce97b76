// libFuzzer target: the JSON cohort reader (core/io/CohortJson), the "check" input of interntrack-cli.
// Every input is read or refused with a message; what is read writes back (cohortToJson) to JSON that
// reads to the same cohort and writes to the same bytes (the round trip tst_cohortjson promises).

#include "FuzzSupport.h"
#include "io/CohortJson.h"

#include <QJsonDocument>
#include <QStringList>

#include <utility>

using namespace interntrack;
using interntrack::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzz::bytesOf(data, size);
    const Result<CheckInput> input = readCheckInput(json);
    const Result<Cohort> cohort = readCohortJson(json);
    require(input.ok() == cohort.ok(), "readCheckInput() and readCohortJson() agree on the same bytes");
    if (!input.ok()) {
        require(!input.error().isEmpty(), "a refused input has a message");
        // One line per problem, capped at a few dozen (30 and a line saying how many more).
        require(input.error().count(QLatin1Char('\n')) <= 30, "the problems listed are capped", input.error());
        return 0;
    }
    require(cohort.value() == input->cohort, "readCohortJson() gives readCheckInput()'s cohort");

    // Written back, it reads to the same input and writes to the same bytes.
    const QByteArray written = QJsonDocument(checkInputToJson(input.value())).toJson(QJsonDocument::Indented);
    QByteArray copy = written;
    const Result<CheckInput> back = readCheckInput(std::move(copy));
    require(back.ok(), "what was read, written back, reads again",
            back.ok() ? QString() : back.error() + QLatin1Char('\n') + QString::fromUtf8(written));
    require(back.value() == input.value(), "the round trip gives the same input", QString::fromUtf8(written));
    require(QJsonDocument(checkInputToJson(back.value())).toJson(QJsonDocument::Indented) == written,
            "the round trip writes the same bytes", QString::fromUtf8(written));
    return 0;
}

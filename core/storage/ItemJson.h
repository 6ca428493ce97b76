#pragma once

#include "StorageRecords.h"
#include "domain/Cohort.h"

#include <QJsonObject>
#include <QString>

#include <string>

namespace interntrack {

/**
 * The JSON an audit row keeps of an item before and after a change: compact, the key names of
 * CLI.md's cohort format, children included, so that any past state can be read back.
 * Written by hand rather than through QJsonObject: an import writes one per item, and this is
 * several times faster.
 */
class ItemJson
{
public:
    static QString text(const Student& s);
    static QString text(const Internship& i);
    static QString text(const Ter& t);
    static QString text(const SummerSchool& s);
    static QString text(const Seminar& s);
    static QString text(const Host& h);
    static QString text(const Tutor& t);
    static QString text(const TerSubject& s);
    static QString text(const Document& d); ///< metadata only, never the content

    /// The same JSON as UTF-8 bytes (what the audit log stores), written over @p out: a bulk write reuses one buffer.
    static void write(const Student& s, std::string* out);
    static void write(const Internship& i, std::string* out);
    static void write(const Ter& t, std::string* out);
    static void write(const SummerSchool& s, std::string* out);
    static void write(const Seminar& s, std::string* out);
    static void write(const Host& h, std::string* out);
    static void write(const Tutor& t, std::string* out);
    static void write(const TerSubject& s, std::string* out);
    static void write(const Document& d, std::string* out);

    static QString compact(const QJsonObject& o);
};

} // namespace interntrack

#pragma once

#include "domain/AcademicYear.h"
#include "domain/Offer.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace interntrack {

/**
 * The offers file the advisor exports for students ("<name>.interntrack-offers"): the offers of one
 * academic year as JSON, described in resources/offers-format.md:
 *
 *   {"format": "interntrack-offers", "version": 1, "academic_year": "2025-2026", "offers": [{…}, …]}
 *
 * Every key is written, and read strictly: a file of another format or a newer version, a missing or
 * unknown key, a value of the wrong type or a bad date is refused with every problem found, each named
 * by its path in the file, e.g. `offers[2].start_earliest: "2026-13-01" is not a date (YYYY-MM-DD)`.
 */
class OffersFile
{
    Q_DECLARE_TR_FUNCTIONS(OffersFile)

public:
    static constexpr int kVersion = 1;
    /// The value of the "format" key.
    static QString formatName() { return QStringLiteral("interntrack-offers"); }
    /// The file name suffix, with its dot: ".interntrack-offers".
    static QString suffix() { return QStringLiteral(".interntrack-offers"); }
    /// Files larger than this are refused unread.
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

    struct Contents
    {
        AcademicYear year;
        QList<Offer> offers; ///< each of the file's year

        friend bool operator==(const Contents&, const Contents&) = default;
    };

    /// The file's bytes (UTF-8 JSON, indented): @p offers' years are written as @p year.
    static QByteArray write(AcademicYear year, const QList<Offer>& offers);
    /**
     * Reads bytes written by write() (or by hand). @p source names the file in messages (its name); the
     * error lists one problem per line, the first ones only when there are many.
     */
    static Result<Contents> read(const QByteArray& bytes, const QString& source);

    /// Writes the file at @p path atomically (a crash leaves the old file or the new one, never half).
    static Status save(const QString& path, AcademicYear year, const QList<Offer>& offers);
    static Result<Contents> load(const QString& path);
};

} // namespace interntrack

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace interntrack {

/// Collects the problems of one CSV file so a user can fix them all at once; keeps the first few.
class CsvErrors
{
    Q_DECLARE_TR_FUNCTIONS(CsvErrors)

public:
    static constexpr int kDefaultLimit = 20;

    explicit CsvErrors(int limit = kDefaultLimit)
        : m_limit(limit)
    {
    }

    void add(const QString& message);
    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    /// One problem per line, and how many more were left out.
    QString message() const;

private:
    int m_limit;
    int m_count = 0;
    QStringList m_kept;
};

} // namespace interntrack

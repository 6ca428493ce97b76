#include "CsvErrors.h"

namespace interntrack {

void CsvErrors::add(const QString& message)
{
    ++m_count;
    if (m_kept.size() < m_limit)
        m_kept.append(message);
}

QString CsvErrors::message() const
{
    QString text = m_kept.join(QLatin1Char('\n'));
    const int more = m_count - int(m_kept.size());
    if (more > 0)
        text += QLatin1Char('\n') + tr("… and %n more problem(s)", nullptr, more);
    return text;
}

} // namespace interntrack

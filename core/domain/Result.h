#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace interntrack {

/// A value or a translated, user-readable error message: how core reports failure.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }

    // NOLINTNEXTLINE(performance-unnecessary-value-param): false positive, it is moved (clang-tidy 14, templates)
    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const QString& error() const { return m_error; }

private:
    Result() = default;

    std::optional<T> m_value;
    QString m_error;
};

/// Result of an operation that produces no value.
class [[nodiscard]] Status
{
public:
    Status() = default;

    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }

    /// A failure because someone else changed the data meanwhile (optimistic locking): reloading helps.
    static Status conflict(QString message)
    {
        Status s = failure(std::move(message));
        s.m_conflict = true;
        return s;
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    /// Whether the failure is a conflict with another person's change (see conflict()).
    bool isConflict() const { return m_conflict; }

private:
    bool m_failed = false;
    bool m_conflict = false;
    QString m_error;
};

} // namespace interntrack

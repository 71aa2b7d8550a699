#pragma once

#include <QString>

#include <expected>
#include <functional>
#include <initializer_list>

namespace ClipDesk {

// A failure that crosses an API boundary: a stable machine-readable code
// ("invalid_argument", "not_found", ...) and a human-readable message.
struct Error
{
    QString code;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T>
using Result = std::expected<T, Error>;

// For operations that produce no value.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> failure(QString code, QString message)
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message)});
}

// Runs the checks in order and returns the first failure.
// (GCC 12's std::expected has no and_then; this keeps validation chains flat.)
inline Status firstFailure(std::initializer_list<std::function<Status()>> checks)
{
    for (const auto &check : checks) {
        if (Status status = check(); !status)
            return status;
    }
    return {};
}

namespace ErrorCode {
inline constexpr auto InvalidArgument = "invalid_argument";
inline constexpr auto NotFound = "not_found";
inline constexpr auto Unauthorized = "unauthorized";
inline constexpr auto Forbidden = "forbidden";
inline constexpr auto Conflict = "conflict";
inline constexpr auto RateLimited = "rate_limited";
inline constexpr auto Storage = "storage_error";
inline constexpr auto Internal = "internal_error";
} // namespace ErrorCode

} // namespace ClipDesk

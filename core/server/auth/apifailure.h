#pragma once

#include "domain/error.h"
#include "server/http/httpresponse.h"

#include <QJsonObject>

#include <expected>

namespace ClipDesk::Server {

// A refused API request: the HTTP status plus the error body, and optional extras.
struct ApiFailure
{
    int status = 400;
    Error error;
    int retryAfterSeconds = 0; // > 0 adds a Retry-After header
    QJsonObject extra;         // merged into the top-level JSON object, e.g. {"current": {...}}

    static ApiFailure make(int status, const QString &code, const QString &message)
    {
        return ApiFailure{status, Error{code, message}, 0, {}};
    }
    // A storage or internal error: logged by the caller, shown to the client without details.
    static ApiFailure internal();
    // Maps the stable error codes of core APIs (invalid_argument, not_found, ...) to statuses.
    static ApiFailure fromError(const Error &error);

    HttpResponse toResponse() const;
};

template<typename T>
using ApiResult = std::expected<T, ApiFailure>;

inline std::unexpected<ApiFailure> apiFailure(int status, const QString &code, const QString &message)
{
    return std::unexpected(ApiFailure::make(status, code, message));
}

} // namespace ClipDesk::Server

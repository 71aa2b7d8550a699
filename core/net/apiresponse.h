#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ClipDesk::Net {

// Error codes the client makes up itself, next to the server's own codes
// ("invalid_credentials", "rate_limited", ...).
namespace ApiErrorCode {
inline constexpr auto Offline = "offline";           // no connection to the server at all
inline constexpr auto Timeout = "timeout";           // connected or not, no answer in time
inline constexpr auto Cancelled = "cancelled";       // aborted by the client
inline constexpr auto TlsError = "tls_error";        // the HTTPS handshake failed
inline constexpr auto BadResponse = "bad_response";  // an answer that is not what the API promises
inline constexpr auto ServerError = "server_error";  // an HTTP error without a JSON error body
inline constexpr auto InvalidAddress = "invalid_address";
} // namespace ApiErrorCode

// The outcome of one API request. `error` is set for every failure: HTTP errors carry the
// server's {"error":{"code","message"}}; network failures have httpStatus 0 and a client code.
struct ApiResponse
{
    int httpStatus = 0;
    QJsonObject json;
    QByteArray bytes;          // a successful image/video/octet-stream answer, as sent
    std::optional<Error> error;
    int retryAfterSeconds = 0; // from Retry-After, when the server sent one

    bool ok() const { return !error.has_value(); }
    QString errorCode() const { return error ? error->code : QString(); }
    QString errorMessage() const { return error ? error->message : QString(); }
    // No answer from the server (offline, refused, timed out).
    bool isNetworkFailure() const
    {
        const QString code = errorCode();
        return httpStatus == 0 && (code == QLatin1String(ApiErrorCode::Offline) || code == QLatin1String(ApiErrorCode::Timeout));
    }
};

} // namespace ClipDesk::Net

Q_DECLARE_METATYPE(ClipDesk::Net::ApiResponse)

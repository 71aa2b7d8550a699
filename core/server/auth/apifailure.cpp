#include "apifailure.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ClipDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiFailure)
};

} // namespace

ApiFailure ApiFailure::internal()
{
    return make(500, QString::fromLatin1(ErrorCode::Internal), Tr::tr("The server could not complete the request. Try again later."));
}

ApiFailure ApiFailure::fromError(const Error &error)
{
    const QString &code = error.code;
    if (code == u"storage_error" || code == u"internal_error")
        return internal();
    int status = 400;
    if (code == u"not_found")
        status = 404;
    else if (code == u"unauthorized")
        status = 401;
    else if (code == u"forbidden" || code == u"account_flagged")
        status = 403;
    else if (code == u"conflict")
        status = 409;
    else if (code == u"rate_limited")
        status = 429;
    return ApiFailure{status, error, 0, {}};
}

HttpResponse ApiFailure::toResponse() const
{
    HttpResponse response;
    if (extra.isEmpty()) {
        response = HttpResponse::error(status, error.code, error.message);
    } else {
        QJsonObject body = extra;
        body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                         {QStringLiteral("message"), error.message}});
        response = HttpResponse::json(status, body);
    }
    if (retryAfterSeconds > 0)
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    if (status == 401)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    return response;
}

} // namespace ClipDesk::Server

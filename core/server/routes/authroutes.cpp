#include "authroutes.h"

#include "server/auth/authservice.h"
#include "server/auth/jsonbody.h"
#include "server/auth/sessionauthenticator.h"
#include "server/http/router.h"

#include <QCoreApplication>

namespace ClipDesk::Server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuthRoutes)
};

constexpr qint64 MaxAuthBodyBytes = 16 * 1024;

// Responses about credentials and tokens must never be cached (ASVS 8.2.1).
HttpResponse noStore(HttpResponse response)
{
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

HttpResponder noStore(HttpResponder respond)
{
    return [respond = std::move(respond)](HttpResponse response) { respond(noStore(std::move(response))); };
}

template<typename T>
HttpResponse jsonOr(int status, const ApiResult<T> &result)
{
    if (!result)
        return result.error().toResponse();
    if constexpr (std::is_void_v<T>)
        return status == 204 ? HttpResponse::noContent() : HttpResponse::json(status, QJsonObject{});
    else
        return HttpResponse::json(status, *result);
}

using Handler = std::function<void(const HttpRequest &, const QByteArray &, HttpResponder)>;

void add(Router &router, const char *method, const char *pattern, Handler handler)
{
    Route route;
    route.method = QByteArray(method);
    route.pattern = QString::fromLatin1(pattern);
    route.maxBodyBytes = MaxAuthBodyBytes;
    route.handler = [handler = std::move(handler)](const HttpRequest &request, const QByteArray &body, HttpResponder respond) {
        handler(request, body, noStore(std::move(respond)));
    };
    router.add(std::move(route));
}

} // namespace

void registerAuthRoutes(Router &router, AuthService &service, SessionAuthenticator &authenticator)
{
    add(router, "POST", "/api/v1/auth/register", [&service](const HttpRequest &, const QByteArray &body, HttpResponder respond) {
        auto json = JsonBody::parseObject(body);
        if (!json)
            return respond(json.error().toResponse());
        service.registerAccount(*json, [respond](ApiResult<QJsonObject> result) { respond(jsonOr(201, result)); });
    });

    add(router, "POST", "/api/v1/auth/login", [&service](const HttpRequest &request, const QByteArray &body, HttpResponder respond) {
        auto json = JsonBody::parseObject(body);
        if (!json)
            return respond(json.error().toResponse());
        service.login(*json, ClientInfo::of(request), [respond](ApiResult<QJsonObject> result) { respond(jsonOr(200, result)); });
    });

    add(router, "POST", "/api/v1/auth/logout",
        [&service, &authenticator](const HttpRequest &request, const QByteArray &, HttpResponder respond) {
            auto user = authenticator.requireUser(request, respond);
            if (!user)
                return;
            respond(jsonOr(204, service.logout(*user)));
        });

    add(router, "GET", "/api/v1/auth/me",
        [&service, &authenticator](const HttpRequest &request, const QByteArray &, HttpResponder respond) {
            auto user = authenticator.requireUser(request, respond);
            if (!user)
                return;
            respond(jsonOr(200, service.me(*user)));
        });

    add(router, "POST", "/api/v1/auth/password",
        [&service, &authenticator](const HttpRequest &request, const QByteArray &body, HttpResponder respond) {
            auto user = authenticator.requireUser(request, respond);
            if (!user)
                return;
            auto json = JsonBody::parseObject(body);
            if (!json)
                return respond(json.error().toResponse());
            service.changePassword(*user, *json, ClientInfo::of(request),
                                   [respond](ApiResult<QJsonObject> result) { respond(jsonOr(200, result)); });
        });

    add(router, "POST", "/api/v1/auth/password/forgot", [&service](const HttpRequest &, const QByteArray &body, HttpResponder respond) {
        auto json = JsonBody::parseObject(body);
        if (!json)
            return respond(json.error().toResponse());
        auto requested = service.requestPasswordReset(*json);
        if (!requested)
            return respond(requested.error().toResponse());
        respond(HttpResponse::json(202, QJsonObject{
            {QStringLiteral("status"), QStringLiteral("accepted")},
            {QStringLiteral("message"), Tr::tr("If an account with this email address exists, a reset link is on its way.")},
        }));
    });

    add(router, "POST", "/api/v1/auth/password/reset", [&service](const HttpRequest &, const QByteArray &body, HttpResponder respond) {
        auto json = JsonBody::parseObject(body);
        if (!json)
            return respond(json.error().toResponse());
        service.resetPassword(*json, [respond](ApiResult<void> result) { respond(jsonOr(204, result)); });
    });
}

} // namespace ClipDesk::Server

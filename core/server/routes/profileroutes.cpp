#include "profileroutes.h"

#include "server/auth/jsonbody.h"
#include "server/auth/profileimage.h"
#include "server/auth/profileservice.h"
#include "server/auth/sessionauthenticator.h"
#include "server/http/router.h"

namespace ClipDesk::Server {

namespace {

using Handler = std::function<void(const AuthenticatedUser &, const HttpRequest &, const QByteArray &, HttpResponder)>;

// Every profile route needs a signed-in user.
void add(Router &router, SessionAuthenticator &authenticator, const char *method, const char *pattern, Handler handler,
         qint64 maxBodyBytes = 64 * 1024)
{
    Route route;
    route.method = QByteArray(method);
    route.pattern = QString::fromLatin1(pattern);
    route.maxBodyBytes = maxBodyBytes;
    route.handler = [&authenticator, handler = std::move(handler)](const HttpRequest &request, const QByteArray &body,
                                                                   HttpResponder respond) {
        auto user = authenticator.requireUser(request, respond);
        if (!user)
            return;
        handler(*user, request, body, std::move(respond));
    };
    router.add(std::move(route));
}

HttpResponse jsonOr(const ApiResult<QJsonObject> &result)
{
    return result ? HttpResponse::json(200, *result) : result.error().toResponse();
}

void addImageRoute(Router &router, SessionAuthenticator &authenticator, ProfileService &service, const char *pattern,
                   ProfileService::ImageSlot slot)
{
    add(router, authenticator, "PUT", pattern,
        [&service, slot](const AuthenticatedUser &user, const HttpRequest &, const QByteArray &body, HttpResponder respond) {
            service.setImage(user, slot, body, [respond](ApiResult<QJsonObject> result) { respond(jsonOr(result)); });
        },
        ProfileImage::MaxUploadBytes);
}

} // namespace

void registerProfileRoutes(Router &router, ProfileService &service, SessionAuthenticator &authenticator)
{
    add(router, authenticator, "GET", "/api/v1/profile",
        [&service](const AuthenticatedUser &user, const HttpRequest &, const QByteArray &, HttpResponder respond) {
            respond(jsonOr(service.profile(user.userId)));
        });

    add(router, authenticator, "PATCH", "/api/v1/profile",
        [&service](const AuthenticatedUser &user, const HttpRequest &, const QByteArray &body, HttpResponder respond) {
            auto json = JsonBody::parseObject(body);
            if (!json)
                return respond(json.error().toResponse());
            respond(jsonOr(service.update(user, *json)));
        });

    add(router, authenticator, "GET", "/api/v1/users/{id}/profile",
        [&service](const AuthenticatedUser &, const HttpRequest &request, const QByteArray &, HttpResponder respond) {
            respond(jsonOr(service.profile(request.pathParams.value(QStringLiteral("id")))));
        });

    addImageRoute(router, authenticator, service, "/api/v1/profile/avatar", ProfileService::ImageSlot::Avatar);
    addImageRoute(router, authenticator, service, "/api/v1/profile/logo", ProfileService::ImageSlot::Logo);

    add(router, authenticator, "GET", "/api/v1/media/{sha256}",
        [&service](const AuthenticatedUser &, const HttpRequest &request, const QByteArray &, HttpResponder respond) {
            serveProfileImage(service, request, std::move(respond));
        });
}

void serveProfileImage(ProfileService &service, const HttpRequest &request, HttpResponder respond)
{
    auto file = service.media(request.pathParams.value(QStringLiteral("sha256")));
    if (!file)
        return respond(file.error().toResponse());
    const QByteArray etag = '"' + file->sha256.toLatin1() + '"';
    HttpResponse response;
    if (request.header("if-none-match") == etag) {
        response.status = 304;
    } else {
        response.status = 200;
        response.body = file->bytes;
        response.setHeader(QByteArrayLiteral("Content-Type"), file->mimeType.toLatin1());
    }
    // Content-addressed: the bytes behind a hash never change.
    response.setHeader(QByteArrayLiteral("ETag"), etag);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=31536000, immutable"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    respond(std::move(response));
}

} // namespace ClipDesk::Server

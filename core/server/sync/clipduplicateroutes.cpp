#include "clipduplicateroutes.h"

#include "clipduplicates.h"
#include "clipmedialookup.h"
#include "mutationargs.h"
#include "synclog.h"
#include "domain/cliprules.h"
#include "media/fingerprint.h"
#include "server/auth/sessionauthenticator.h"
#include "server/http/ratelimiter.h"
#include "server/http/router.h"
#include "storage/membershiprepository.h"

#include <QJsonDocument>
#include <QUuid>

namespace ClipDesk::Server {

namespace {

const QString ShaKey = QStringLiteral("media_sha256");
const QString FingerprintKey = QStringLiteral("fingerprint");
const QString ClipKey = QStringLiteral("clip_id");

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

HttpResponse storageFailure(const Error &error)
{
    qCWarning(lcSync) << "duplicate check failed:" << error.message;
    return ApiFailure::internal().toResponse();
}

// The body as a DuplicateQuery, or the 400 to answer.
std::expected<DuplicateQuery, HttpResponse> parse(const QString &campaignId, const QString &userId, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::unexpected(badRequest(ClipDuplicateRoutes::tr("The body must be a JSON object.")));
    const QJsonObject object = document.object();
    const MutationArgs args(object);
    if (auto keys = args.onlyKeys({ShaKey, FingerprintKey, ClipKey}); !keys)
        return std::unexpected(badRequest(keys.error().message));
    DuplicateQuery query;
    query.campaignId = campaignId;
    if (object.contains(ClipKey)) {
        auto clipId = args.uuid(ClipKey);
        if (!clipId)
            return std::unexpected(badRequest(clipId.error().message));
        query.clipId = *clipId;
        query.ownerId = userId;
    }
    auto sha = args.optionalText(ShaKey, 64);
    if (!sha)
        return std::unexpected(badRequest(sha.error().message));
    if (!sha->isEmpty()) {
        if (auto valid = Domain::ClipRules::checkMediaSha256(*sha); !valid)
            return std::unexpected(badRequest(valid.error().message));
        query.mediaSha256 = *sha;
    }
    const QJsonValue print = object.value(FingerprintKey);
    if (!print.isUndefined() && !print.isNull()) {
        const auto decoded = QByteArray::fromBase64Encoding(print.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!print.isString() || !decoded || !Media::VideoFingerprint::fromBytes(*decoded))
            return std::unexpected(badRequest(ClipDuplicateRoutes::tr("\"fingerprint\" must be a video fingerprint in base64.")));
        query.fingerprint = *decoded;
    }
    if (query.mediaSha256.isEmpty() && query.fingerprint.isEmpty())
        return std::unexpected(badRequest(ClipDuplicateRoutes::tr("Send \"media_sha256\", \"fingerprint\" or both.")));
    return query;
}

QString kindName(DuplicateMatch::Kind kind)
{
    switch (kind) {
    case DuplicateMatch::Kind::Exact:
        return QStringLiteral("exact");
    case DuplicateMatch::Kind::Near:
        return QStringLiteral("near");
    case DuplicateMatch::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

void check(const AuthenticatedUser &user, const HttpRequest &request, const QByteArray &body, const HttpResponder &respond,
           Storage::Database &db)
{
    const QUuid campaign = QUuid::fromString(request.pathParams.value(QStringLiteral("id")));
    if (campaign.isNull())
        return respond(badRequest(ClipDuplicateRoutes::tr("The campaign id must be a UUID.")));
    auto query = parse(campaign.toString(QUuid::WithoutBraces), user.userId, body);
    if (!query)
        return respond(std::move(query.error()));
    auto membership = Storage::MembershipRepository(db).findActive(query->campaignId, user.userId);
    if (!membership)
        return respond(storageFailure(membership.error()));
    if (!membership->has_value())
        return respond(HttpResponse::error(403, QString::fromLatin1(ErrorCode::Forbidden),
                                           ClipDuplicateRoutes::tr("Only active members of the campaign can check videos against it.")));
    // A video this user uploaded already: the server's own fingerprint of it stands in for a missing one.
    if (query->fingerprint.isEmpty()) {
        auto media = ClipMediaLookup::find(db, query->mediaSha256, user.userId);
        if (!media)
            return respond(storageFailure(media.error()));
        if (media->has_value() && (*media)->uploadedByUser)
            query->fingerprint = (*media)->fingerprint;
    }
    auto match = ClipDuplicates::find(db, *query);
    if (!match)
        return respond(storageFailure(match.error()));
    const bool own = match->kind != DuplicateMatch::Kind::None && match->ownerId == user.userId;
    QJsonObject answer{{QStringLiteral("duplicate"), kindName(match->kind)},
                       {QStringLiteral("similarity"), match->similarityPercent},
                       {QStringLiteral("own"), own}};
    if (own)
        answer.insert(ClipKey, match->clipId);
    respond(HttpResponse::json(200, answer));
}

} // namespace

void ClipDuplicateRoutes::registerIn(Router &router, SessionAuthenticator &authenticator, Storage::Database &db,
                                     RateLimiter &limiter)
{
    Route route;
    route.method = QByteArrayLiteral("POST");
    route.pattern = QStringLiteral("/api/v1/campaigns/{id}/duplicate-check");
    route.handler = [&authenticator, &db, &limiter](const HttpRequest &request, const QByteArray &body, HttpResponder respond) {
        auto user = authenticator.requireUser(request, respond);
        if (!user)
            return;
        if (const auto wait = limiter.admit(user->userId)) {
            ApiFailure limited = ApiFailure::make(
                429, QStringLiteral("rate_limited"),
                ClipDuplicateRoutes::tr("Too many duplicate checks (at most %n a minute); try again in a few seconds.", nullptr,
                                        limiter.perMinute()));
            limited.retryAfterSeconds = *wait;
            return respond(limited.toResponse());
        }
        check(*user, request, body, respond, db);
    };
    router.add(std::move(route));
}

} // namespace ClipDesk::Server

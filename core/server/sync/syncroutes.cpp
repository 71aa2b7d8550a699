#include "syncroutes.h"

#include "pokepublisher.h"
#include "pullpagewriter.h"
#include "pullquery.h"
#include "pushprocessor.h"
#include "synclog.h"
#include "server/auth/sessionauthenticator.h"
#include "server/http/router.h"
#include "storage/changesequence.h"

#include <QJsonArray>

#include <limits>

namespace ClipDesk::Server {

namespace {

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::error(400, QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

// A whole number in [minimum, maximum] from the query string, `fallback` when absent.
std::optional<qint64> queryNumber(const HttpRequest &request, const QString &key, qint64 fallback, qint64 minimum,
                                  qint64 maximum)
{
    if (!request.query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

void push(const HttpRequest &request, const QByteArray &body, const HttpResponder &respond,
          SessionAuthenticator &authenticator, PushProcessor &processor, PokePublisher &publisher, Storage::Database &db)
{
    auto user = authenticator.requireUser(request, respond);
    if (!user)
        return;
    auto parsed = PushRequest::parse(body);
    if (!parsed)
        return respond(parsed.error().toResponse());

    const PushProcessor::Outcome outcome = processor.process(*user, *parsed);
    if (!outcome.audience.isEmpty()) {
        auto cursor = Storage::ChangeSequence::current(db);
        publisher.publish(outcome.audience, cursor ? *cursor : 0);
    }
    QJsonArray results;
    for (const Sync::MutationResult &result : outcome.results)
        results.append(Sync::MutationCodec::toJson(result));
    if (!outcome.failure)
        return respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("results"), results}}));

    // The results so far are committed; the client retries the rest later.
    HttpResponse response = HttpResponse::json(
        503, QJsonObject{{QStringLiteral("results"), results},
                         {QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), QString::fromLatin1(ErrorCode::Storage)},
                                      {QStringLiteral("message"),
                                       SyncRoutes::tr("The server could not store every change. The results listed are "
                                                      "final; push the remaining mutations again later.")}}}});
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    respond(std::move(response));
}

void pull(const HttpRequest &request, const HttpResponder &respond, SessionAuthenticator &authenticator, PullQuery &query)
{
    auto user = authenticator.requireUser(request, respond);
    if (!user)
        return;
    const auto cursor = queryNumber(request, QStringLiteral("cursor"), 0, 0, std::numeric_limits<qint64>::max());
    if (!cursor)
        return respond(badRequest(SyncRoutes::tr("\"cursor\" must be a whole number of at least 0.")));
    const auto limit = queryNumber(request, QStringLiteral("limit"), PullQuery::DefaultLimit, 1,
                                   std::numeric_limits<qint64>::max());
    if (!limit)
        return respond(badRequest(SyncRoutes::tr("\"limit\" must be a whole number of at least 1.")));
    auto page = query.run(*user, *cursor, int(qMin<qint64>(*limit, PullQuery::MaxLimit)));
    if (!page) {
        qCWarning(lcSync) << "pull failed:" << page.error().message;
        return respond(ApiFailure::internal().toResponse());
    }
    HttpResponse response;
    response.status = 200;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = PullPageWriter::toJson(*page);
    respond(std::move(response));
}

} // namespace

void SyncRoutes::registerIn(Router &router, SessionAuthenticator &authenticator, PushProcessor &processor, PullQuery &query,
                            PokePublisher &publisher)
{
    Route pushRoute;
    pushRoute.method = QByteArrayLiteral("POST");
    pushRoute.pattern = QStringLiteral("/api/v1/sync/push");
    pushRoute.maxBodyBytes = MaxPushBytes;
    pushRoute.handler = [&authenticator, &processor, &publisher](const HttpRequest &request, const QByteArray &body, HttpResponder respond) {
        push(request, body, respond, authenticator, processor, publisher, processor.database());
    };
    router.add(std::move(pushRoute));

    Route pullRoute;
    pullRoute.method = QByteArrayLiteral("GET");
    pullRoute.pattern = QStringLiteral("/api/v1/sync/pull");
    pullRoute.handler = [&authenticator, &query](const HttpRequest &request, const QByteArray &, HttpResponder respond) {
        pull(request, respond, authenticator, query);
    };
    router.add(std::move(pullRoute));
}

} // namespace ClipDesk::Server

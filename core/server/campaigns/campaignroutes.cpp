#include "campaignroutes.h"

#include "server/auth/sessionauthenticator.h"
#include "server/http/router.h"
#include "server/sync/synclog.h"
#include "server/sync/syncrows.h"
#include "server/sync/visibility.h"
#include "storage/campaignrepository.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ClipDesk::Server {

namespace {

using Storage::CampaignRepository;

HttpResponse storageFailure(const Error &error)
{
    qCWarning(lcSync) << "campaign read failed:" << error.message;
    return ApiFailure::internal().toResponse();
}

void list(const AuthenticatedUser &user, const HttpRequest &request, const HttpResponder &respond, Storage::Database &db)
{
    const SqlPredicate visible = Visibility::campaign(QStringLiteral("c"), user);
    QString sql = u"SELECT " % CampaignRepository::selectColumns(QStringLiteral("c")) % u" FROM campaigns c WHERE "
        % visible.sql;
    QVariantList args = visible.args;
    if (request.query.hasQueryItem(QStringLiteral("status"))) {
        const QString status = request.query.queryItemValue(QStringLiteral("status"));
        if (!Domain::campaignStatusFromName(status))
            return respond(HttpResponse::error(400, QString::fromLatin1(ErrorCode::InvalidArgument),
                                               CampaignRoutes::tr("\"%1\" is not a campaign status.").arg(status)));
        sql += QStringLiteral(" AND c.status = ?");
        args.append(status);
    }
    sql += QStringLiteral(" ORDER BY c.created_at DESC, c.id LIMIT ?");
    args.append(CampaignRoutes::MaxListed);
    auto query = db.exec(sql, args);
    if (!query)
        return respond(storageFailure(query.error()));
    QJsonArray campaigns;
    while (query->next())
        campaigns.append(SyncRows::campaign(CampaignRepository::fromRecord(query->record()).campaign, user));
    respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("campaigns"), campaigns}}));
}

void one(const AuthenticatedUser &user, const HttpRequest &request, const HttpResponder &respond, Storage::Database &db)
{
    const QString id = request.pathParams.value(QStringLiteral("id"));
    const SqlPredicate visible = Visibility::campaign(QStringLiteral("c"), user);
    QVariantList args{id};
    args += visible.args;
    auto row = db.queryOne(u"SELECT " % CampaignRepository::selectColumns(QStringLiteral("c"))
                               % u" FROM campaigns c WHERE c.id = ? AND " % visible.sql,
                           args);
    if (!row)
        return respond(storageFailure(row.error()));
    if (!row->has_value())
        return respond(HttpResponse::error(404, QString::fromLatin1(ErrorCode::NotFound),
                                           CampaignRoutes::tr("There is no campaign with this id.")));
    respond(HttpResponse::json(200, SyncRows::campaign(CampaignRepository::fromRecord(**row).campaign, user)));
}

} // namespace

void CampaignRoutes::registerIn(Router &router, SessionAuthenticator &authenticator, Storage::Database &db)
{
    const auto add = [&](const char *pattern, auto handler) {
        Route route;
        route.method = QByteArrayLiteral("GET");
        route.pattern = QString::fromLatin1(pattern);
        route.handler = [&authenticator, &db, handler](const HttpRequest &request, const QByteArray &, HttpResponder respond) {
            auto user = authenticator.requireUser(request, respond);
            if (!user)
                return;
            handler(*user, request, respond, db);
        };
        router.add(std::move(route));
    };
    add("/api/v1/campaigns", &list);
    add("/api/v1/campaigns/{id}", &one);
}

} // namespace ClipDesk::Server

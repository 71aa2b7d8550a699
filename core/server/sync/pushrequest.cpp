#include "pushrequest.h"

#include "server/auth/jsonbody.h"

#include <QJsonArray>
#include <QUuid>

namespace ClipDesk::Server {

namespace {

QString canonicalUuid(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QUuid id = QUuid::fromString(value.toString());
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

ApiResult<PushRequest> PushRequest::parse(const QByteArray &body)
{
    auto json = JsonBody::parseObject(body);
    if (!json)
        return std::unexpected(json.error());
    if (auto known = JsonBody::onlyKeys(*json, {QStringLiteral("client_id"), QStringLiteral("mutations")}); !known)
        return std::unexpected(known.error());
    const auto invalid = [](const QString &message) {
        return apiFailure(400, QString::fromLatin1(ErrorCode::InvalidArgument), message);
    };

    PushRequest request;
    request.clientId = canonicalUuid(json->value(QStringLiteral("client_id")));
    if (request.clientId.isEmpty())
        return invalid(tr("\"client_id\" must be a UUID."));
    const QJsonValue mutations = json->value(QStringLiteral("mutations"));
    if (!mutations.isArray())
        return invalid(tr("\"mutations\" must be a list."));
    const QJsonArray list = mutations.toArray();
    if (list.size() > Sync::MutationCodec::MaxMutationsPerPush)
        return invalid(tr("A push may carry at most %1 mutations; send the rest in another push.")
                           .arg(Sync::MutationCodec::MaxMutationsPerPush));

    request.mutations.reserve(list.size());
    for (const QJsonValue &item : list) {
        const QString id = canonicalUuid(item.toObject().value(QStringLiteral("id")));
        if (id.isEmpty())
            return invalid(tr("Every mutation needs an \"id\" that is a UUID."));
        PushedMutation pushed{id, item.toObject().value(QStringLiteral("name")).toString().left(64),
                              Sync::MutationCodec::fromJson(item)};
        if (pushed.mutation)
            pushed.mutation->id = id;
        request.mutations.append(std::move(pushed));
    }
    return request;
}

} // namespace ClipDesk::Server

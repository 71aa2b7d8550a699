#include "jsonbody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ClipDesk::Server {

ApiResult<QJsonObject> JsonBody::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return apiFailure(400, QStringLiteral("invalid_json"), tr("The request body is not valid JSON: %1").arg(error.errorString()));
    if (!document.isObject())
        return apiFailure(400, QStringLiteral("invalid_json"), tr("The request body must be a JSON object."));
    return document.object();
}

ApiResult<void> JsonBody::onlyKeys(const QJsonObject &object, const QStringList &allowed)
{
    for (const QString &key : object.keys()) {
        if (!allowed.contains(key))
            return apiFailure(400, QString::fromLatin1(ErrorCode::InvalidArgument), tr("Unknown field \"%1\".").arg(key));
    }
    return {};
}

ApiResult<QString> JsonBody::requiredString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return apiFailure(400, QString::fromLatin1(ErrorCode::InvalidArgument), tr("The field \"%1\" is required.").arg(key));
    if (!value.isString())
        return apiFailure(400, QString::fromLatin1(ErrorCode::InvalidArgument), tr("The field \"%1\" must be a string.").arg(key));
    return value.toString();
}

} // namespace ClipDesk::Server

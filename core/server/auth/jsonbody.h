#pragma once

#include "apifailure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ClipDesk::Server {

// Reads JSON request bodies, refusing malformed input with 400 and a clear message.
class JsonBody final
{
    Q_DECLARE_TR_FUNCTIONS(JsonBody)

public:
    static ApiResult<QJsonObject> parseObject(const QByteArray &body);
    // Fails for keys outside `allowed`.
    static ApiResult<void> onlyKeys(const QJsonObject &object, const QStringList &allowed);
    static ApiResult<QString> requiredString(const QJsonObject &object, const QString &key);
};

} // namespace ClipDesk::Server

#include "mutation.h"

#include <QUuid>

namespace ClipDesk::Sync {

namespace {

Error invalid(const QString &message)
{
    return Error{QString::fromLatin1(ErrorCode::InvalidArgument), message};
}

} // namespace

MutationResult MutationResult::ok(const QString &mutationId, const QJsonObject &result)
{
    return {mutationId, Outcome::Ok, {}, {}, result};
}

MutationResult MutationResult::rejected(const QString &mutationId, const Error &error)
{
    return {mutationId, Outcome::Rejected, error.code, error.message, {}};
}

MutationResult MutationResult::conflict(const QString &mutationId, const QJsonObject &current)
{
    return {mutationId, Outcome::Conflict, QStringLiteral("conflict"), {}, current};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok: return QStringLiteral("ok");
    case Outcome::Rejected: return QStringLiteral("rejected");
    case Outcome::Conflict: return QStringLiteral("conflict");
    }
    return {};
}

QJsonObject MutationCodec::toJson(const Mutation &mutation)
{
    return {{QStringLiteral("id"), mutation.id},
            {QStringLiteral("name"), mutation.name},
            {QStringLiteral("args"), mutation.args},
            {QStringLiteral("base_version"), mutation.baseVersion}};
}

Result<Mutation> MutationCodec::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::unexpected(invalid(tr("A mutation must be a JSON object.")));
    const QJsonObject object = json.toObject();
    Mutation mutation;
    mutation.id = object.value(QStringLiteral("id")).toString();
    if (QUuid::fromString(mutation.id).isNull())
        return std::unexpected(invalid(tr("A mutation needs an \"id\" that is a UUID.")));
    mutation.name = object.value(QStringLiteral("name")).toString();
    if (mutation.name.isEmpty() || mutation.name.size() > 64)
        return std::unexpected(invalid(tr("A mutation needs a \"name\".")));
    const QJsonValue args = object.value(QStringLiteral("args"));
    if (!args.isUndefined() && !args.isObject())
        return std::unexpected(invalid(tr("A mutation's \"args\" must be a JSON object.")));
    mutation.args = args.toObject();
    const QJsonValue base = object.value(QStringLiteral("base_version"));
    if (!base.isUndefined()) {
        const double number = base.toDouble(-1);
        if (!base.isDouble() || number < 0 || number != double(qint64(number)))
            return std::unexpected(invalid(tr("\"base_version\" must be a whole number of at least 0.")));
        mutation.baseVersion = qint64(number);
    }
    return mutation;
}

QJsonObject MutationCodec::toJson(const MutationResult &result)
{
    QJsonObject json{{QStringLiteral("id"), result.mutationId}, {QStringLiteral("status"), outcomeName(result.outcome)}};
    switch (result.outcome) {
    case Outcome::Ok:
        if (!result.current.isEmpty())
            json.insert(QStringLiteral("result"), result.current);
        break;
    case Outcome::Rejected:
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), result.code}, {QStringLiteral("message"), result.message}});
        break;
    case Outcome::Conflict:
        json.insert(QStringLiteral("current"), result.current);
        break;
    }
    return json;
}

Result<MutationResult> MutationCodec::resultFromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    MutationResult result;
    result.mutationId = object.value(QStringLiteral("id")).toString();
    const QString status = object.value(QStringLiteral("status")).toString();
    if (status == u"ok") {
        result.outcome = Outcome::Ok;
        result.current = object.value(QStringLiteral("result")).toObject();
    } else if (status == u"rejected") {
        result.outcome = Outcome::Rejected;
        const QJsonObject error = object.value(QStringLiteral("error")).toObject();
        result.code = error.value(QStringLiteral("code")).toString();
        result.message = error.value(QStringLiteral("message")).toString();
    } else if (status == u"conflict") {
        result.outcome = Outcome::Conflict;
        result.code = QStringLiteral("conflict");
        result.current = object.value(QStringLiteral("current")).toObject();
    } else {
        return std::unexpected(invalid(tr("Unknown mutation status \"%1\".").arg(status)));
    }
    if (result.mutationId.isEmpty())
        return std::unexpected(invalid(tr("A mutation result needs an \"id\".")));
    return result;
}

} // namespace ClipDesk::Sync

#include "mutationargs.h"

#include <QUuid>

namespace ClipDesk::Server {

namespace {

std::unexpected<Error> invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

} // namespace

MutationArgs::MutationArgs(const QJsonObject &args)
    : m_args(args)
{
}

Status MutationArgs::onlyKeys(const QStringList &allowed) const
{
    for (auto it = m_args.begin(); it != m_args.end(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(tr("\"%1\" is not an argument of this mutation.").arg(it.key()));
    }
    return {};
}

Result<QString> MutationArgs::uuid(const QString &key) const
{
    const QJsonValue value = m_args.value(key);
    if (value.isUndefined() || value.isNull())
        return invalid(tr("The argument \"%1\" is required.").arg(key));
    const QUuid id = QUuid::fromString(value.toString());
    if (!value.isString() || id.isNull())
        return invalid(tr("The argument \"%1\" must be a UUID.").arg(key));
    return id.toString(QUuid::WithoutBraces);
}

Result<QString> MutationArgs::text(const QString &key, int maxLength) const
{
    auto read = optionalText(key, maxLength);
    if (!read)
        return read;
    if (read->isEmpty())
        return invalid(tr("The argument \"%1\" is required.").arg(key));
    return read;
}

Result<QString> MutationArgs::optionalText(const QString &key, int maxLength) const
{
    const QJsonValue value = m_args.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return invalid(tr("The argument \"%1\" must be text.").arg(key));
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength)
        return invalid(tr("The argument \"%1\" may have at most %2 characters.").arg(key).arg(maxLength));
    return text;
}

Result<QJsonObject> MutationArgs::object(const QString &key) const
{
    const QJsonValue value = m_args.value(key);
    if (value.isUndefined() || value.isNull())
        return invalid(tr("The argument \"%1\" is required.").arg(key));
    if (!value.isObject())
        return invalid(tr("The argument \"%1\" must be a JSON object.").arg(key));
    return value.toObject();
}

Result<bool> MutationArgs::optionalBool(const QString &key, bool fallback) const
{
    const QJsonValue value = m_args.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        return invalid(tr("The argument \"%1\" must be true or false.").arg(key));
    return value.toBool();
}

} // namespace ClipDesk::Server

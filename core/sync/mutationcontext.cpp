#include "sync/mutationcontext.h"

#include "sync/optimisticrows.h"

#include <QUuid>

namespace ClipDesk::Sync {

MutationContext::MutationContext(OptimisticRows &rows, const Viewer &viewer, const Mutation &mutation, qint64 nowMs)
    : m_rows(rows)
    , m_viewer(viewer)
    , m_mutation(mutation)
    , m_nowMs(nowMs)
{
}

std::unexpected<Error> MutationContext::invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

std::unexpected<Error> MutationContext::notFound()
{
    return failure(QString::fromLatin1(ErrorCode::NotFound), tr("It does not exist, or it is not yours to change."));
}

std::unexpected<Error> MutationContext::refused(const char *code, const QString &message)
{
    return failure(QString::fromLatin1(code), message);
}

Result<QString> MutationContext::idArg(const QString &key) const
{
    const QString value = args().value(key).toString();
    if (QUuid::fromString(value).isNull())
        return invalid(tr("\"%1\" must be a UUID.").arg(key));
    return value;
}

Result<QJsonObject> MutationContext::objectArg(const QString &key) const
{
    const QJsonValue value = args().value(key);
    if (!value.isObject())
        return invalid(tr("\"%1\" must be a JSON object.").arg(key));
    return value.toObject();
}

Result<QString> MutationContext::textArg(const QString &key) const
{
    const QJsonValue value = args().value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return invalid(tr("\"%1\" must be text.").arg(key));
    return value.toString().trimmed();
}

Result<QString> MutationContext::requiredTextArg(const QString &key) const
{
    auto text = textArg(key);
    if (text && text->isEmpty())
        return invalid(tr("\"%1\" is required.").arg(key));
    return text;
}

Status MutationContext::requireRole(Domain::Role role) const
{
    if (m_viewer.role != role)
        return refused(ErrorCode::Forbidden, tr("A %1 cannot do this.").arg(Domain::roleName(m_viewer.role)));
    return {};
}

Status MutationContext::requireParty() const
{
    if (m_viewer.role != Domain::Role::Brand && m_viewer.role != Domain::Role::Clipper)
        return refused(ErrorCode::Forbidden, tr("Only brands and clippers negotiate offers."));
    return {};
}

Result<QJsonObject> MutationContext::existing(const QString &entity, const QString &id) const
{
    const auto row = m_rows.find(entity, id);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return notFound();
    return **row;
}

Status MutationContext::requireAbsent(const QString &entity, const QString &id) const
{
    const auto row = m_rows.find(entity, id);
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return refused(MutationError::AlreadyExists, tr("Something with the id %1 already exists.").arg(id));
    return {};
}

QJsonObject MutationContext::merged(QJsonObject original, const QJsonObject &update)
{
    for (auto it = update.begin(); it != update.end(); ++it)
        original.insert(it.key(), it.value());
    return original;
}

} // namespace ClipDesk::Sync

#pragma once

#include "domain/error.h"
#include "domain/role.h"
#include "sync/mutation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ClipDesk::Sync {

class OptimisticRows;

// The signed-in user the client cache belongs to.
struct Viewer
{
    QString userId;
    Domain::Role role = Domain::Role::Clipper;
};

// Protocol error codes that local prediction refuses with, besides ErrorCode::*.
namespace MutationError {
inline constexpr auto UnknownMutation = "unknown_mutation";
inline constexpr auto AlreadyExists = "already_exists";
inline constexpr auto OfferClosed = "offer_closed";
inline constexpr auto CampaignFlagged = "campaign_flagged";
} // namespace MutationError

// One mutation being predicted against the cache: who makes it, its arguments, the rows it
// reads and writes, and the argument checks every local effect shares.
class MutationContext final
{
    Q_DECLARE_TR_FUNCTIONS(MutationContext)

public:
    MutationContext(OptimisticRows &rows, const Viewer &viewer, const Mutation &mutation, qint64 nowMs);
    Q_DISABLE_COPY_MOVE(MutationContext)

    OptimisticRows &rows() const { return m_rows; }
    const Viewer &viewer() const { return m_viewer; }
    const Mutation &mutation() const { return m_mutation; }
    const QJsonObject &args() const { return m_mutation.args; }
    qint64 nowMs() const { return m_nowMs; }

    // A required UUID argument.
    Result<QString> idArg(const QString &key) const;
    // A required JSON object argument ("fields", "changes", "terms").
    Result<QJsonObject> objectArg(const QString &key) const;
    // Optional text; an empty string when absent.
    Result<QString> textArg(const QString &key) const;
    // Required, non-blank text (admin reasons).
    Result<QString> requiredTextArg(const QString &key) const;

    Status requireRole(Domain::Role role) const;
    Status requireParty() const; // a brand or a clipper

    // The cached row, or not_found ("not yours" looks the same as "not there").
    Result<QJsonObject> existing(const QString &entity, const QString &id) const;
    // Fails with already_exists when the row is cached.
    Status requireAbsent(const QString &entity, const QString &id) const;

    static std::unexpected<Error> invalid(const QString &message);
    static std::unexpected<Error> notFound();
    static std::unexpected<Error> refused(const char *code, const QString &message);
    // `original` with every key of `update` overwritten: fields only the server knows survive.
    static QJsonObject merged(QJsonObject original, const QJsonObject &update);

private:
    OptimisticRows &m_rows;
    const Viewer &m_viewer;
    const Mutation &m_mutation;
    qint64 m_nowMs;
};

} // namespace ClipDesk::Sync

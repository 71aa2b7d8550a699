#pragma once

#include "domain/error.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ClipDesk::Storage {

class Database;

// The stored outcome of a pushed mutation, keyed by (client id, mutation id).
struct AppliedMutation
{
    QString clientId;
    QString mutationId;
    QString userId;
    QString name;
    QJsonObject result; // the mutation's result as sent to the client
    qint64 appliedAtMs = 0;
};

// The `applied_mutations` table, which makes pushes exactly-once.
class AppliedMutationRepository final
{
public:
    explicit AppliedMutationRepository(Database &db);

    Result<std::optional<AppliedMutation>> find(const QString &clientId, const QString &mutationId);
    Status insert(const AppliedMutation &applied);
    // Drops the stored results of everything this user's client pushed so far (it has them).
    Status forgetAcknowledged(const QString &clientId, const QString &userId);

private:
    Database &m_db;
};

} // namespace ClipDesk::Storage

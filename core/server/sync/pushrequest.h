#pragma once

#include "domain/error.h"
#include "server/auth/apifailure.h"
#include "sync/mutation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ClipDesk::Server {

// One mutation of a push: its id is always a valid UUID; the rest may be malformed, which
// makes the mutation (not the whole push) rejected.
struct PushedMutation
{
    QString id; // canonical form
    QString name;
    Result<Sync::Mutation> mutation;
};

// The body of POST /api/v1/sync/push: {"client_id": UUID, "mutations": [...]} with at most
// MutationCodec::MaxMutationsPerPush mutations. A missing or malformed client_id, a mutation
// without a UUID id or too many mutations refuse the whole request (400, nothing applied).
struct PushRequest
{
    Q_DECLARE_TR_FUNCTIONS(PushRequest)

public:
    QString clientId; // canonical form
    QList<PushedMutation> mutations;

    static ApiResult<PushRequest> parse(const QByteArray &body);
};

} // namespace ClipDesk::Server

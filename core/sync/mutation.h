#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ClipDesk::Sync {

// A named domain command ("campaign.update"), identified by a client-chosen UUID so that a
// retried push is applied exactly once. `baseVersion` is the version of the target row the
// client based its change on (0 when the mutation creates something).
struct Mutation
{
    QString id;
    QString name;
    QJsonObject args;
    qint64 baseVersion = 0;

    friend bool operator==(const Mutation &, const Mutation &) = default;
};

enum class Outcome { Ok, Rejected, Conflict };

struct MutationResult
{
    QString mutationId;
    Outcome outcome = Outcome::Ok;
    QString code;        // rejected: a stable error code
    QString message;     // rejected: for people
    QJsonObject current; // conflict: the server's row; ok: optional result (e.g. the new id)

    friend bool operator==(const MutationResult &, const MutationResult &) = default;

    static MutationResult ok(const QString &mutationId, const QJsonObject &result = {});
    static MutationResult rejected(const QString &mutationId, const Error &error);
    static MutationResult conflict(const QString &mutationId, const QJsonObject &current);
};

class MutationCodec final
{
    Q_DECLARE_TR_FUNCTIONS(MutationCodec)

public:
    static constexpr int MaxMutationsPerPush = 500;

    static QJsonObject toJson(const Mutation &mutation);
    static Result<Mutation> fromJson(const QJsonValue &json);
    static QJsonObject toJson(const MutationResult &result);
    static Result<MutationResult> resultFromJson(const QJsonValue &json);
};

QString outcomeName(Outcome outcome);

} // namespace ClipDesk::Sync

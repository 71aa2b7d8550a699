#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace ClipDesk::Server {

// Reads a mutation's arguments. Every failure is Error{"invalid_argument"} with a message
// that names the argument.
class MutationArgs final
{
    Q_DECLARE_TR_FUNCTIONS(MutationArgs)

public:
    static constexpr int MaxReasonLength = 1000;

    explicit MutationArgs(const QJsonObject &args);

    // Arguments outside `allowed` are errors (no mass assignment).
    Status onlyKeys(const QStringList &allowed) const;
    // A required UUID, returned in canonical form (lower case, no braces).
    Result<QString> uuid(const QString &key) const;
    // A required, non-empty (after trimming) text of at most `maxLength` characters.
    Result<QString> text(const QString &key, int maxLength) const;
    // Optional text; empty when absent.
    Result<QString> optionalText(const QString &key, int maxLength) const;
    Result<QJsonObject> object(const QString &key) const;
    Result<bool> optionalBool(const QString &key, bool fallback) const;

private:
    QJsonObject m_args;
};

} // namespace ClipDesk::Server

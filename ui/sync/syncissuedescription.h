#pragma once

#include "sync/outbox.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// One field of a conflict: what the user wanted and what the server has now.
struct ConflictField
{
    QString field;
    QString label;
    QString mine;
    QString theirs;
};

// Plain words for an outbox entry the server refused or found in conflict:
// "Edit campaign 'Summer drop'", the fields on both sides, the values to copy.
class SyncIssueDescription final
{
    Q_DECLARE_TR_FUNCTIONS(SyncIssueDescription)

public:
    static QString title(const Sync::OutboxEntry &entry, Sync::ClientCache &cache);
    static QString reason(const Sync::OutboxEntry &entry);
    static QList<ConflictField> conflictFields(const Sync::OutboxEntry &entry);
    static QString valueText(const QJsonValue &value);
    static QString fieldLabel(const QString &field);
    // The user's values, one "Field: value" line each (for the clipboard).
    static QString userValues(const Sync::OutboxEntry &entry);
};

} // namespace ClipDesk::Ui

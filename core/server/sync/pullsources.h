#pragma once

#include "server/auth/authenticateduser.h"
#include "sync/changeset.h"

#include <QByteArray>

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <functional>

namespace ClipDesk::Server {

// One change of a pull page, its row already serialized as JSON text (see PullPageWriter).
struct PulledChange
{
    qint64 seq = 0;
    QString entity;
    QString id;
    bool deleted = false; // a tombstone: no row
    QByteArray row;
};

// One table's contribution to a pull: the rows a user may see (upserts) or saw but may no
// longer see (tombstones), changed in a sequence range, in sequence order. Column 0 of every
// row is its sequence value.
struct PullSource
{
    QString entity;
    QString select;          // the column list
    QVariantList selectArgs; // `?` in the column list
    QString from;
    QString seqColumn;
    QString where;           // visibility, besides the range
    QVariantList whereArgs;
    std::function<PulledChange(const QSqlRecord &)> decode;

    // SELECT ... WHERE seq > ? AND seq <= ? AND (where) ORDER BY seq LIMIT ?, with its arguments.
    QString sql() const;
    QVariantList args(qint64 after, qint64 upTo, int limit) const;
};

// The sources for one user, per PROTOCOL.md:
//   campaign     brand: its own; admin: all; clipper: visible ones as upserts, and campaigns
//                that were ever discoverable but are no longer visible as tombstones
//   offer, membership   the brand's or the clipper's own; admin: all
//   profile      all, for everyone
//   notification the user's own
//   clip         the owner's own; the campaign's brand once submitted; admin: all
//   account, audit_entry   admins only
//   tombstones   real deletes addressed to the user (or to everyone); admin: all
class PullSources final
{
public:
    static QList<PullSource> forUser(const AuthenticatedUser &user);
};

} // namespace ClipDesk::Server

#pragma once

#include "syncactor.h"
#include "testapiclient.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace ClipDesk::Testing {

class ServerProcess;

// The actors and objects of tst_authzmatrix, and the attempts made on them. Brand A owns every
// campaign (draft private, active public, active private, template, flagged, one with clipper
// A invited, one with clipper A as a member); clipper A owns the pending application and the
// membership; brand A wrote the pending invite; brand A has a notification.
class AuthzWorld final
{
public:
    struct Objects
    {
        QString draft, active, privateActive, tmpl, flagged, invited, membershipCampaign;
        QString application, invite, membership, notification, flaggedUser;
    };

    // One attempt: the mutation, the id of the object it aims at, or why it could not be built.
    struct Attempt
    {
        QJsonObject mutation;
        QString targetId;
        QString error;
    };

    using VersionLookup = std::function<qint64(const QString &campaignId)>;

    explicit AuthzWorld(TestApiClient *api)
        : m_api(api)
    {
    }

    // Signs every actor up (the admin through the CLI) and builds the objects. Empty on
    // success, else what failed.
    QString build(const ServerProcess &server, const QString &dbArg);

    const SyncActor &actor(const QString &name) const { return *m_actors.constFind(name); }
    const Objects &objects() const { return m_objects; }
    // The shared campaign for a target name; a random id for "missing" and "new".
    QString campaignId(const QString &target) const;
    // `actorName` tries `operation` on `target`. `fresh`: the attempt will change the object,
    // so it is made on a new object of the same kind, owned by the same user.
    Attempt prepare(const QString &actorName, const QString &operation, const QString &target, bool fresh,
                    const VersionLookup &campaignVersion);

private:
    QString campaignTarget(const QString &target, bool fresh);
    QString offerTarget(const QString &target, bool fresh);

    TestApiClient *m_api;
    QHash<QString, SyncActor> m_actors;
    Objects m_objects;
    int m_renames = 0;
};

} // namespace ClipDesk::Testing

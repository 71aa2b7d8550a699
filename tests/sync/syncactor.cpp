#include "syncactor.h"

#include "mutations.h"

#include <QJsonDocument>

namespace ClipDesk::Testing {

SyncActor::SyncActor(TestApiClient *api, TestUser user)
    : m_api(api)
    , m_user(std::move(user))
    , m_clientId(TestApiClient::newId())
{
}

PushOutcome SyncActor::push(const QJsonArray &mutations) const
{
    return m_api->push(m_user.token, m_clientId, mutations);
}

QJsonObject SyncActor::run(const QJsonObject &mutation) const
{
    const PushOutcome outcome = push(QJsonArray{mutation});
    if (!outcome.arrived()) {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("no_reply")},
                           {QStringLiteral("http"), outcome.reply.status},
                           {QStringLiteral("body"), QString::fromUtf8(outcome.reply.body.left(500))}};
    }
    return outcome.result(0);
}

QString SyncActor::errorCode(const QJsonObject &result)
{
    return result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString SyncActor::expectOk(const QJsonObject &mutation, const QString &idField, qint64 *version) const
{
    const QJsonObject result = run(mutation);
    if (status(result) != u"ok") {
        qWarning().noquote() << "expected ok for" << mutation.value(QStringLiteral("name")).toString() << "by"
                             << m_user.role << m_user.username << "but got"
                             << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
        return {};
    }
    const QJsonObject value = payload(result);
    if (version)
        *version = value.value(QStringLiteral("version")).toInteger();
    return value.value(idField).toString();
}

QString SyncActor::createCampaign(const QJsonObject &fields, qint64 *version) const
{
    return expectOk(Mutations::createCampaign(TestApiClient::newId(), fields), QStringLiteral("id"), version);
}

QString SyncActor::createActiveCampaign(const QString &name, const QString &visibility, qint64 *version) const
{
    qint64 created = 0;
    const QString id = createCampaign(Mutations::activatableFields(name, visibility), &created);
    if (id.isEmpty())
        return {};
    if (expectOk(Mutations::setStatus(id, QStringLiteral("active"), created), QStringLiteral("id"), version).isEmpty())
        return {};
    return id;
}

QString SyncActor::createTemplate(const QString &name) const
{
    const QString source = createCampaign(Mutations::activatableFields(name, QStringLiteral("private")));
    if (source.isEmpty())
        return {};
    return expectOk(Mutations::cloneCampaign(source, TestApiClient::newId(), true), QStringLiteral("id"));
}

QString SyncActor::invite(const QString &campaignId, const QString &clipperId) const
{
    return expectOk(Mutations::createOffer(TestApiClient::newId(), campaignId, clipperId, Mutations::terms()), QStringLiteral("id"));
}

QString SyncActor::apply(const QString &campaignId) const
{
    return expectOk(Mutations::createOffer(TestApiClient::newId(), campaignId, {}, Mutations::terms()), QStringLiteral("id"));
}

QString SyncActor::accept(const QString &offerId) const
{
    return expectOk(Mutations::acceptOffer(offerId), QStringLiteral("membership_id"));
}

qint64 SyncActor::profileVersion() const
{
    const TestApiReply reply = m_api->get(QStringLiteral("/api/v1/profile"), m_user.token);
    return reply.json.value(QStringLiteral("profile")).toObject().value(QStringLiteral("version")).toInteger();
}

} // namespace ClipDesk::Testing

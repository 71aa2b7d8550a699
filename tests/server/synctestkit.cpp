#include "synctestkit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtDebug>

namespace ClipDesk::Testing {

bool SyncTestKit::use(const QString &backend)
{
    m_server = m_fixture.shared(backend);
    if (!m_server) {
        qWarning().noquote() << "cannot start the server:" << m_fixture.errorString();
        return false;
    }
    m_api = std::make_unique<TestApiClient>(m_server->process->baseUrl());
    return true;
}

QJsonObject SyncTestKit::push(const TestUser &user, const QString &name, const QJsonObject &args, qint64 baseVersion)
{
    return pushWith(user, TestApiClient::newId(), TestApiClient::mutation(name, args, baseVersion));
}

QJsonObject SyncTestKit::pushWith(const TestUser &user, const QString &clientId, const QJsonObject &mutation)
{
    const PushOutcome outcome = m_api->push(user.token, clientId, QJsonArray{mutation});
    if (!outcome.arrived()) {
        qWarning() << "push failed:" << outcome.reply.status << outcome.reply.body;
        return {};
    }
    return outcome.result(0);
}

QJsonObject SyncTestKit::readyFields(const QString &name, const QString &visibility)
{
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {{QStringLiteral("name"), name},
            {QStringLiteral("category"), QStringLiteral("gaming")},
            {QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 500000}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
            {QStringLiteral("cpm_rate_minor"), 250},
            {QStringLiteral("platforms"), QJsonArray{QStringLiteral("tiktok")}},
            {QStringLiteral("starts_at"), now - day},
            {QStringLiteral("ends_at"), now + 60 * day},
            {QStringLiteral("visibility"), visibility}};
}

QString SyncTestKit::campaign(const TestUser &brand, const QString &name, bool activate, const QString &visibility)
{
    const QString id = TestApiClient::newId();
    const QJsonObject created = push(brand, QStringLiteral("campaign.create"),
                                     {{QStringLiteral("id"), id}, {QStringLiteral("fields"), readyFields(name, visibility)}});
    if (status(created) != u"ok") {
        qWarning() << "campaign.create failed:" << created;
        return {};
    }
    if (activate) {
        const QJsonObject activated = push(brand, QStringLiteral("campaign.set_status"),
                                           {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("active")}}, 1);
        if (status(activated) != u"ok") {
            qWarning() << "campaign.set_status failed:" << activated;
            return {};
        }
    }
    return id;
}

QJsonObject SyncTestKit::pulledRow(const TestUser &user, const QString &entity, const QString &id)
{
    const PulledState state = m_api->pullAll(user.token);
    if (!state.problems().isEmpty())
        qWarning() << "pull problems:" << state.problems();
    return state.row(entity, id);
}

QString SyncTestKit::errorCode(const QJsonObject &result)
{
    return result.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace ClipDesk::Testing

#include "crashclient.h"

#include "mutations.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QTimer>

namespace ClipDesk::Testing {

CrashClient::CrashClient(TestApiClient *api, SyncActor actor, quint32 seed)
    : m_api(api)
    , m_actor(std::move(actor))
    , m_random(seed)
{
}

void CrashClient::plan(int mutationCount)
{
    QStringList campaigns;
    QHash<QString, qint64> versions; // predicted
    int planned = 0;
    while (planned < mutationCount) {
        const int size = qMin(mutationCount - planned, 1 + int(m_random.bounded(20)));
        QJsonArray batch;
        for (int i = 0; i < size; ++i) {
            if (campaigns.isEmpty() || m_random.bounded(100) < 30) {
                const QString id = TestApiClient::newId();
                QJsonObject fields{{QStringLiteral("name"), QStringLiteral("Crash %1").arg(planned)},
                                   {QStringLiteral("brief"), QStringLiteral("created")}};
                batch.append(Mutations::createCampaign(id, fields));
                campaigns.append(id);
                versions.insert(id, 1);
                m_expected.insert(id, {0, QStringLiteral("created")});
            } else {
                const QString id = campaigns.at(qsizetype(m_random.bounded(quint32(campaigns.size()))));
                Expected &expected = m_expected[id];
                ++expected.updates;
                expected.brief = QStringLiteral("update %1 (mutation %2)").arg(expected.updates).arg(planned);
                batch.append(Mutations::updateCampaign(id, {{QStringLiteral("brief"), expected.brief}}, versions.value(id)));
                versions[id] += 1;
            }
            ++planned;
        }
        m_batches.append(batch);
    }
}

void CrashClient::start()
{
    sendCurrent();
}

void CrashClient::sendCurrent()
{
    if (isDone())
        return;
    ++m_attempts;
    m_inFlight = true;
    QNetworkReply *reply = m_api->startPush(m_actor.token(), m_actor.clientId(), m_batches.at(m_next));
    QObject::connect(reply, &QNetworkReply::finished, &m_context, [this, reply] {
        m_inFlight = false;
        onReply(TestApiClient::take(reply));
    });
    if (m_onSend)
        m_onSend();
}

void CrashClient::onReply(const TestApiReply &reply)
{
    const QJsonArray &batch = m_batches.at(m_next);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    if (reply.status == 200 && results.size() == batch.size()) {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const QString mutationId = batch.at(i).toObject().value(QStringLiteral("id")).toString();
            const QJsonObject result = results.at(i).toObject();
            if (result.value(QStringLiteral("id")).toString() != mutationId)
                m_fatal = QStringLiteral("result %1 answers mutation %2").arg(i).arg(result.value(QStringLiteral("id")).toString());
            if (!m_results.contains(mutationId))
                m_results.insert(mutationId, result);
        }
        ++m_next;
        QTimer::singleShot(int(m_random.bounded(600)), &m_context, [this] { sendCurrent(); });
        return;
    }
    if (reply.status == 0 || reply.status >= 500) {
        // The server died under us (or is still starting): send the same batch again.
        ++m_retries;
        m_lost.append({m_next, QDateTime::currentMSecsSinceEpoch()});
        QTimer::singleShot(50 + int(m_random.bounded(100)), &m_context, [this] { sendCurrent(); });
        return;
    }
    m_fatal = QStringLiteral("push answered HTTP %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(500)));
}

} // namespace ClipDesk::Testing

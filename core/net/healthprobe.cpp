#include "healthprobe.h"

#include "netlogging.h"
#include "nettr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ClipDesk::Net {

HealthProbe::HealthProbe(QObject *parent)
    : QObject(parent)
{
    // The server is usually on loopback; a desktop proxy setting must not get in between.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

HealthProbe::~HealthProbe()
{
    cancel();
}

void HealthProbe::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QUrl HealthProbe::healthUrl(const QUrl &serverUrl)
{
    QUrl url = serverUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("api/v1/health"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void HealthProbe::probe(const QUrl &serverUrl)
{
    cancel();
    if (!serverUrl.isValid() || (serverUrl.scheme() != u"http" && serverUrl.scheme() != u"https")) {
        const QString reason = Tr::tr("\"%1\" is not an http:// or https:// server address.")
                                   .arg(serverUrl.toDisplayString());
        QMetaObject::invokeMethod(
            this, [this, serverUrl, reason] { Q_EMIT unreachable(serverUrl, reason); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(healthUrl(serverUrl));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, serverUrl] { onFinished(reply, serverUrl); });
}

void HealthProbe::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

bool HealthProbe::isProbing() const
{
    return !m_reply.isNull();
}

void HealthProbe::onFinished(QNetworkReply *reply, const QUrl &serverUrl)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;

    const QString address = serverUrl.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const QString reason = reply->error() == QNetworkReply::OperationCanceledError
            ? Tr::tr("The server at %1 did not answer in time.").arg(address)
            : Tr::tr("Could not reach the server at %1: %2").arg(address, reply->errorString());
        qCDebug(lcNet) << "health probe failed:" << reason;
        Q_EMIT unreachable(serverUrl, reason);
        return;
    }
    if (status != 200) {
        Q_EMIT unreachable(serverUrl, Tr::tr("The server at %1 answered the health check with HTTP status %2.")
                                          .arg(address)
                                          .arg(status));
        return;
    }

    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    if (health.value(QLatin1String("status")).toString() != u"ok") {
        Q_EMIT unreachable(serverUrl, Tr::tr("The server at %1 does not look like a ClipDesk server.").arg(address));
        return;
    }
    Q_EMIT reachable(serverUrl, health.value(QLatin1String("version")).toString());
}

} // namespace ClipDesk::Net

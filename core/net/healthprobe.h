#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace ClipDesk::Net {

// Asks a ClipDesk server whether it is up: `GET <server>/api/v1/health`, which answers
// {"status":"ok","version":"..."}. Asynchronous; a new probe replaces one still in flight.
class HealthProbe final : public QObject
{
    Q_OBJECT

public:
    explicit HealthProbe(QObject *parent = nullptr);
    ~HealthProbe() override;
    Q_DISABLE_COPY_MOVE(HealthProbe)

    void setTimeout(std::chrono::milliseconds timeout);
    void probe(const QUrl &serverUrl);
    void cancel();
    bool isProbing() const;

    // `serverUrl` with "api/v1/health" appended to its path.
    static QUrl healthUrl(const QUrl &serverUrl);

Q_SIGNALS:
    void reachable(const QUrl &serverUrl, const QString &version);
    void unreachable(const QUrl &serverUrl, const QString &reason);

private:
    void onFinished(QNetworkReply *reply, const QUrl &serverUrl);

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    std::chrono::milliseconds m_timeout{5000};
};

} // namespace ClipDesk::Net

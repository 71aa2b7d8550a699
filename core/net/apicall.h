#pragma once

#include "apiresponse.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>

class QNetworkReply;
class QTimer;

namespace ClipDesk::Net {

// One request of ApiClient in flight. It emits finished() exactly once, then deletes itself
// (later), so keep it in a QPointer if you hold on to it.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;
    Q_DISABLE_COPY_MOVE(ApiCall)

    // Stops the request; finished() follows at once with the code "cancelled".
    void abort();
    bool isFinished() const { return m_finished; }
    const ApiResponse &response() const { return m_response; }
    QUrl url() const { return m_url; }

    // The response for a finished reply: the server's JSON error, or a network failure in
    // words a user understands. `timedOut` and `aborted` tell why an aborted reply ended.
    static ApiResponse responseFor(QNetworkReply *reply, const QUrl &serverUrl, bool timedOut, bool aborted,
                                   std::chrono::milliseconds timeout);
    // Seconds from a Retry-After header (delay-seconds or an HTTP date); 0 when absent or past.
    static int parseRetryAfter(const QByteArray &value);

Q_SIGNALS:
    void finished(const ClipDesk::Net::ApiResponse &response);

private:
    friend class ApiClient;
    ApiCall(QNetworkReply *reply, QUrl serverUrl, std::chrono::milliseconds timeout, QObject *parent);
    // A call that fails before anything is sent (finished() follows from the event loop).
    ApiCall(QUrl url, Error error, QObject *parent);

    void onReplyFinished();
    void finish(ApiResponse response);

    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QUrl m_serverUrl;
    QTimer *m_timer = nullptr;
    std::chrono::milliseconds m_timeout{0};
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_finished = false;
    ApiResponse m_response;
};

} // namespace ClipDesk::Net

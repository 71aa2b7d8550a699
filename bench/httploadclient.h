#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>

#include <chrono>
#include <memory>

namespace ClipDesk::Bench {

struct LoadResult
{
    qint64 succeeded = 0;        // 2xx responses
    qint64 failed = 0;           // other responses
    double seconds = 0;
    QMap<int, qint64> statuses;  // status → count
    QString error;               // set when the run could not be done at all

    double perSecond() const { return seconds > 0 ? double(succeeded) / seconds : 0; }
};

// Sends one fixed HTTP/1.1 request over and over on keep-alive connections and counts the
// responses (bodies framed by Content-Length). Runs a local event loop until the time is up.
class HttpLoadClient final
{
public:
    HttpLoadClient(QHostAddress host, quint16 port, QByteArray request);
    ~HttpLoadClient();
    Q_DISABLE_COPY_MOVE(HttpLoadClient)

    LoadResult run(int connections, int pipelineDepth, std::chrono::milliseconds duration);

    // One request on a fresh connection; returns the status (0 on failure) and the body.
    static std::pair<int, QByteArray> roundTrip(const QHostAddress &host, quint16 port, const QByteArray &request);

    static QByteArray buildRequest(const QByteArray &method, const QByteArray &path,
                                   const QByteArray &jsonBody = {});

private:
    class Connection;

    QHostAddress m_host;
    quint16 m_port;
    QByteArray m_request;
};

} // namespace ClipDesk::Bench

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <memory>

class QTcpSocket;

namespace ClipDesk::Testing {

// A TCP forwarder on a fixed loopback port in front of a server under test, so that a client
// keeps one URL while the server behind it is killed and restarted on another port. It can
// throttle what the client sends (to stop an upload half-way at a predictable point).
class ForwardingProxy final : public QObject
{
    Q_OBJECT

public:
    ForwardingProxy();
    ~ForwardingProxy() override;
    Q_DISABLE_COPY_MOVE(ForwardingProxy)

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 port) { m_target = port; }
    // 0: unlimited.
    void setUploadBytesPerSecond(qint64 rate) { m_rate = rate; }

private:
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };
    void accept();
    void pump();
    void close(const std::shared_ptr<Pipe> &pipe);

    QTcpServer m_server;
    QTimer m_pumpTimer;
    quint16 m_target = 0;
    qint64 m_rate = 0;
    QList<std::shared_ptr<Pipe>> m_pipes;
};

} // namespace ClipDesk::Testing

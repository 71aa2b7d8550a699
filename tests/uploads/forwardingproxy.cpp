#include "forwardingproxy.h"

#include <QTcpSocket>

namespace ClipDesk::Testing {

namespace {
constexpr int PumpIntervalMs = 10;
}

ForwardingProxy::ForwardingProxy()
{
    connect(&m_server, &QTcpServer::newConnection, this, &ForwardingProxy::accept);
    m_pumpTimer.setInterval(PumpIntervalMs);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ForwardingProxy::pump);
}

ForwardingProxy::~ForwardingProxy()
{
    // Deleting a connected socket emits disconnected(), whose handler would edit m_pipes.
    const QList<std::shared_ptr<Pipe>> pipes = std::exchange(m_pipes, {});
    for (const auto &pipe : pipes) {
        delete pipe->client;
        delete pipe->server;
    }
}

bool ForwardingProxy::listen()
{
    m_pumpTimer.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ForwardingProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto pipe = std::make_shared<Pipe>();
        pipe->client = client;
        client->setParent(nullptr);
        client->setReadBufferSize(64 * 1024); // backpressure while throttled
        auto *server = new QTcpSocket;
        pipe->server = server;
        m_pipes.append(pipe);
        connect(server, &QTcpSocket::readyRead, this, [pipe] {
            if (pipe->client && pipe->server)
                pipe->client->write(pipe->server->readAll());
        });
        connect(server, &QTcpSocket::connected, this, [this] { pump(); });
        connect(server, &QTcpSocket::disconnected, this, [this, pipe] { close(pipe); });
        connect(server, &QTcpSocket::errorOccurred, this, [this, pipe] { close(pipe); });
        connect(client, &QTcpSocket::disconnected, this, [this, pipe] { close(pipe); });
        connect(client, &QTcpSocket::readyRead, this, [this] {
            if (m_rate == 0)
                pump();
        });
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void ForwardingProxy::pump()
{
    const qint64 budgetPerPipe = m_rate == 0 ? std::numeric_limits<qint64>::max() : std::max<qint64>(1, m_rate * PumpIntervalMs / 1000);
    for (const auto &pipe : std::as_const(m_pipes)) {
        if (!pipe->client || !pipe->server || pipe->server->state() != QAbstractSocket::ConnectedState)
            continue;
        const qint64 wanted = std::min<qint64>(budgetPerPipe, pipe->client->bytesAvailable());
        if (wanted > 0)
            pipe->server->write(pipe->client->read(wanted));
    }
}

void ForwardingProxy::close(const std::shared_ptr<Pipe> &pipe)
{
    if (!m_pipes.contains(pipe))
        return;
    m_pipes.removeAll(pipe);
    if (pipe->server && pipe->client && pipe->server->bytesAvailable() > 0)
        pipe->client->write(pipe->server->readAll());
    if (pipe->client) {
        pipe->client->disconnectFromHost();
        pipe->client->deleteLater();
    }
    if (pipe->server) {
        pipe->server->abort();
        pipe->server->deleteLater();
    }
}

} // namespace ClipDesk::Testing

#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace ClipDesk::Server {

// Closes a socket the careful way once its last response is queued: waits until everything is
// written, shuts down the sending side, then reads and drops whatever the client still sends
// until it closes or `lingerMs` pass. Closing straight away with unread input would make the
// kernel send RST, and the client could lose the response (e.g. a 413 while it uploads).
// Takes ownership of the socket and deletes itself (and the socket) when done.
class LingeringClose final : public QObject
{
    Q_OBJECT

public:
    LingeringClose(QTcpSocket *socket, int lingerMs, QObject *parent);
    Q_DISABLE_COPY_MOVE(LingeringClose)

    static constexpr int DefaultLingerMs = 3000;

private:
    void shutDownSendingSideWhenFlushed();
    void finish();

    QPointer<QTcpSocket> m_socket;
    QTimer m_deadline;
    bool m_sendingShutDown = false;
};

} // namespace ClipDesk::Server

#include "lingeringclose.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace ClipDesk::Server {

LingeringClose::LingeringClose(QTcpSocket *socket, int lingerMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QIODevice::readyRead, this, [socket] { socket->skip(socket->bytesAvailable()); });
    connect(socket, &QAbstractSocket::disconnected, this, &LingeringClose::finish);
    connect(socket, &QAbstractSocket::errorOccurred, this, &LingeringClose::finish);
    connect(socket, &QIODevice::bytesWritten, this, &LingeringClose::shutDownSendingSideWhenFlushed);
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, &LingeringClose::shutDownSendingSideWhenFlushed);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &LingeringClose::finish);
    m_deadline.start(lingerMs);

    if (socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    socket->skip(socket->bytesAvailable());
    shutDownSendingSideWhenFlushed();
}

void LingeringClose::shutDownSendingSideWhenFlushed()
{
    if (m_sendingShutDown || !m_socket)
        return;
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0)
        return;
    auto *tls = qobject_cast<QSslSocket *>(m_socket.data());
    if (tls && (tls->encryptedBytesToWrite() > 0 || !tls->isEncrypted()))
        return;
    m_sendingShutDown = true;
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void LingeringClose::finish()
{
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    deleteLater();
}

} // namespace ClipDesk::Server

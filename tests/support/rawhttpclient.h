#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslSocket>

#include <memory>
#include <optional>
#include <utility>

namespace ClipDesk::Testing {

// One HTTP response as it came off the wire.
struct RawHttpResponse
{
    int status = 0;
    QByteArray reason;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lowercased, in order
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    QJsonObject json() const;
    // The "code" of a {"error":{"code":...}} body, or empty.
    QString errorCode() const;
};

// A test client that speaks raw bytes to a server on 127.0.0.1, so that tests can send
// exactly what they want (malformed, pipelined, trickled) and read exactly what comes back.
// Waiting runs the event loop (QTest::qWaitFor), so it also works against a server living in
// the test's own thread. Every wait has a timeout.
class RawHttpClient final
{
public:
    enum class Transport { Plain, Tls };

    explicit RawHttpClient(Transport transport = Transport::Plain);
    ~RawHttpClient();
    Q_DISABLE_COPY_MOVE(RawHttpClient)

    // Connects (and for TLS finishes the handshake, accepting any certificate).
    bool connectTo(quint16 port, int timeoutMs = 5000);
    // Starts connecting without waiting (many connections at once).
    void startConnecting(quint16 port);
    bool waitForConnected(int timeoutMs = 5000);

    // Queues bytes without waiting.
    void write(QByteArrayView bytes);
    // Writes and waits until the bytes have left for the kernel. False if the socket failed.
    bool send(QByteArrayView bytes, int timeoutMs = 5000);

    // Reads one complete response (a "100 Continue" counts as one). `headRequest` means the
    // response has no body whatever its Content-Length says. nullopt on timeout or close.
    std::optional<RawHttpResponse> readResponse(int timeoutMs = 5000, bool headRequest = false);
    // Sends a request and reads its response.
    std::optional<RawHttpResponse> request(QByteArrayView method, QByteArrayView target,
                                           const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                                           QByteArrayView body = {}, int timeoutMs = 5000);

    // Waits until the server closes the connection. True if it did within the timeout.
    bool waitForClosed(int timeoutMs = 5000);
    bool isConnected() const;
    // Bytes received but not consumed by readResponse().
    QByteArray unreadBytes();
    QSslSocket &socket() { return *m_socket; }
    void close();

private:
    void pull();
    std::optional<RawHttpResponse> tryParse(bool headRequest, bool closed);

    Transport m_transport;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace ClipDesk::Testing

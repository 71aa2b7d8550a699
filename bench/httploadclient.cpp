#include "httploadclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace ClipDesk::Bench {

namespace {

struct ParsedResponse
{
    int status = 0;
    qsizetype length = 0; // head + body
    bool close = false;
    QByteArray body;
};

// The first complete response at the start of `buffer`, if there is one.
std::optional<ParsedResponse> parseResponse(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    ParsedResponse response;
    const QByteArray head = buffer.left(headEnd);
    response.status = head.mid(9, 3).toInt();
    qsizetype bodyLength = 0;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:"))
            bodyLength = lower.mid(15).trimmed().toLongLong();
        else if (lower.startsWith("connection:") && lower.contains("close"))
            response.close = true;
    }
    response.length = headEnd + 4 + bodyLength;
    if (buffer.size() < response.length)
        return std::nullopt;
    response.body = buffer.mid(headEnd + 4, bodyLength);
    return response;
}

} // namespace

class HttpLoadClient::Connection final : public QObject
{
public:
    Connection(const HttpLoadClient &client, int pipelineDepth, LoadResult &result, const bool &running)
        : m_client(client)
        , m_depth(pipelineDepth)
        , m_result(result)
        , m_running(running)
    {
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(&m_socket, &QTcpSocket::connected, this, [this] { fill(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { reconnect(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError && m_result.error.isEmpty())
                m_result.error = m_socket.errorString();
        });
        m_socket.connectToHost(m_client.m_host, m_client.m_port);
    }

    void shutDown()
    {
        disconnect(&m_socket, nullptr, this, nullptr);
        m_socket.abort();
    }

private:
    void fill()
    {
        while (m_running && m_inFlight < m_depth) {
            m_socket.write(m_client.m_request);
            ++m_inFlight;
        }
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        while (const auto response = parseResponse(m_buffer)) {
            m_buffer.remove(0, response->length);
            --m_inFlight;
            if (!m_running)
                continue;
            ++m_result.statuses[response->status];
            if (response->status >= 200 && response->status < 300)
                ++m_result.succeeded;
            else
                ++m_result.failed;
            if (response->close)
                return; // the server closes; disconnected() reconnects
        }
        fill();
    }

    void reconnect()
    {
        m_buffer.clear();
        m_inFlight = 0;
        if (m_running)
            m_socket.connectToHost(m_client.m_host, m_client.m_port);
    }

    const HttpLoadClient &m_client;
    const int m_depth;
    LoadResult &m_result;
    const bool &m_running;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    int m_inFlight = 0;
};

HttpLoadClient::HttpLoadClient(QHostAddress host, quint16 port, QByteArray request)
    : m_host(std::move(host))
    , m_port(port)
    , m_request(std::move(request))
{
}

HttpLoadClient::~HttpLoadClient() = default;

LoadResult HttpLoadClient::run(int connections, int pipelineDepth, std::chrono::milliseconds duration)
{
    LoadResult result;
    bool running = true;
    std::vector<std::unique_ptr<Connection>> pool;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < connections; ++i)
        pool.push_back(std::make_unique<Connection>(*this, pipelineDepth, result, running));

    QEventLoop loop;
    QTimer::singleShot(duration, &loop, [&] {
        running = false;
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        loop.quit();
    });
    loop.exec();
    for (auto &connection : pool)
        connection->shutDown();
    return result;
}

std::pair<int, QByteArray> HttpLoadClient::roundTrip(const QHostAddress &host, quint16 port, const QByteArray &request)
{
    // An event loop rather than blocking waits, so that a server we run as a child keeps
    // getting its output read meanwhile.
    QTcpSocket socket;
    QEventLoop loop;
    QByteArray buffer;
    std::pair<int, QByteArray> result{0, QByteArrayLiteral("no complete response")};
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        buffer += socket.readAll();
        if (const auto response = parseResponse(buffer)) {
            result = {response->status, response->body};
            loop.quit();
        }
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        result.second = socket.errorString().toUtf8();
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    socket.connectToHost(host, port);
    loop.exec();
    return result;
}

QByteArray HttpLoadClient::buildRequest(const QByteArray &method, const QByteArray &path, const QByteArray &jsonBody)
{
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n";
    if (!jsonBody.isEmpty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(jsonBody.size()) + "\r\n";
    return request + "\r\n" + jsonBody;
}

} // namespace ClipDesk::Bench

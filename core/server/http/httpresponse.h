#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

#include <functional>
#include <memory>
#include <utility>

namespace ClipDesk::Server {

struct HttpResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Length and Connection are added by the server
    QByteArray body;
    // Instead of `body`: `bodyFileLength` bytes of `bodyFile` (open for reading) from
    // `bodyFileOffset`, read and sent only as fast as the client takes them (large downloads).
    std::shared_ptr<QIODevice> bodyFile;
    qint64 bodyFileOffset = 0;
    qint64 bodyFileLength = 0;

    // Replaces every header of that name (case-insensitive) with one value.
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    // {"error":{"code":...,"message":...}}
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse noContent();

    // The standard reason phrase of a status ("Not Found"), or "Unknown".
    static QByteArray reasonPhrase(int status);
    // The response as bytes on the wire (HTTP/1.1). Adds Content-Length (unless 1xx/204/304)
    // and, when `closeConnection` is set, "Connection: close"; `keepAliveHeader` adds
    // "Connection: keep-alive" for HTTP/1.0 clients. `headRequest` drops the body.
    QByteArray serialize(bool closeConnection, bool keepAliveHeader = false, bool headRequest = false) const;
};

// Sends the response for one request. It may be called later (after asynchronous work),
// but only on the server's thread and only once. Calling it after the client went away is a no-op.
// If every copy is dropped without being called, the client gets a 500.
using HttpResponder = std::function<void(HttpResponse)>;

} // namespace ClipDesk::Server

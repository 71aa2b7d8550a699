#include "httpresponse.h"

#include <QJsonDocument>

namespace ClipDesk::Server {

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&name](const std::pair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::json(int status, const QJsonArray &array)
{
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
    }}});
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return QByteArrayLiteral("Continue");
    case 101: return QByteArrayLiteral("Switching Protocols");
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 206: return QByteArrayLiteral("Partial Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 304: return QByteArrayLiteral("Not Modified");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 409: return QByteArrayLiteral("Conflict");
    case 410: return QByteArrayLiteral("Gone");
    case 412: return QByteArrayLiteral("Precondition Failed");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 415: return QByteArrayLiteral("Unsupported Media Type");
    case 416: return QByteArrayLiteral("Range Not Satisfiable");
    case 417: return QByteArrayLiteral("Expectation Failed");
    case 422: return QByteArrayLiteral("Unprocessable Content");
    case 423: return QByteArrayLiteral("Locked");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 460: return QByteArrayLiteral("Checksum Mismatch");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 505: return QByteArrayLiteral("HTTP Version Not Supported");
    default: return QByteArrayLiteral("Unknown");
    }
}

QByteArray HttpResponse::serialize(bool closeConnection, bool keepAliveHeader, bool headRequest) const
{
    QByteArray wire;
    wire.reserve(128 + body.size());
    wire += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    QByteArray declaredLength;
    for (const auto &[name, value] : headers) {
        // Never let a header smuggle a line break into the response.
        if (name.isEmpty() || name.contains('\r') || name.contains('\n') || name.contains(':')
            || value.contains('\r') || value.contains('\n'))
            continue;
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            declaredLength = value;
            continue;
        }
        if (name.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        wire += name + ": " + value + "\r\n";
    }
    const bool bodyless = status < 200 || status == 204 || status == 304;
    if (!bodyless) {
        // A HEAD response may announce the length of the body it leaves out.
        const bool announced = headRequest && body.isEmpty() && !declaredLength.isEmpty();
        const qint64 length = bodyFile ? bodyFileLength : body.size();
        wire += "Content-Length: " + (announced ? declaredLength : QByteArray::number(length)) + "\r\n";
    }
    if (closeConnection)
        wire += "Connection: close\r\n";
    else if (keepAliveHeader)
        wire += "Connection: keep-alive\r\n";
    wire += "\r\n";
    if (!bodyless && !headRequest && !bodyFile)
        wire += body;
    return wire;
}

} // namespace ClipDesk::Server

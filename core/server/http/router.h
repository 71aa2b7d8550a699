#pragma once

#include "domain/error.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>
#include <memory>

namespace ClipDesk::Server {

// Receives a request body in pieces as they arrive, for routes that stream (uploads).
// The server destroys the sink after the response was sent, or when the connection
// dies before finish() (then the sink should discard what it wrote).
class RequestBodySink
{
public:
    virtual ~RequestBodySink() = default;
    // An error stops the request: the server answers with `error` (400 unless the sink
    // chose a status through errorStatus()) and closes the connection.
    virtual Status write(QByteArrayView chunk) = 0;
    virtual int errorStatus() const { return 400; }
    // The whole body has arrived.
    virtual void finish(HttpResponder respond) = 0;
};

inline constexpr qint64 DefaultMaxBodyBytes = 1024 * 1024;

struct Route
{
    QByteArray method;
    QString pattern;                           // "/api/v1/campaigns/{id}"; "{name}" matches one segment
    qint64 maxBodyBytes = DefaultMaxBodyBytes; // larger declared bodies get 413 before any byte is read

    // Exactly one of the two handlers is set.
    // Buffered: called once the whole body (at most maxBodyBytes) has arrived.
    std::function<void(const HttpRequest &, const QByteArray &body, HttpResponder)> handler;
    // Streaming: called when the head has arrived. Returns the sink for the body, or a
    // response to send at once (the body is then not read).
    std::function<std::expected<std::unique_ptr<RequestBodySink>, HttpResponse>(const HttpRequest &)> streamingHandler;
};

// Maps (method, decoded path) to a route.
//
// Paths are compared segment by segment; "{name}" in a pattern matches exactly one non-empty
// segment and its (decoded) text lands in Match::params["name"]. A trailing slash is not
// significant: "/a/b/" matches the pattern "/a/b" and the other way round ("/" stays "/").
// Empty segments elsewhere ("/a//b") are significant and do not match "/a/b".
// HEAD is served by the GET route of a path unless a HEAD route exists.
// When a path matches only routes of other methods, the match says so (→ 405 with Allow).
class Router final
{
public:
    void add(Route route);

    struct Match
    {
        const Route *route = nullptr;           // null when nothing matched
        QHash<QString, QString> params;
        bool pathMatchedOtherMethod = false;    // true → 405 rather than 404
        QList<QByteArray> allowedMethods;
    };
    Match match(const QByteArray &method, const QString &path) const;

    // Allow-header value for a 405: "GET, POST".
    static QByteArray allowHeader(const QList<QByteArray> &methods);

private:
    struct CompiledRoute
    {
        Route route;
        QStringList segments;
    };
    static QStringList splitPath(const QString &path);
    static bool matchSegments(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params);

    QList<std::shared_ptr<const CompiledRoute>> m_routes;
};

} // namespace ClipDesk::Server

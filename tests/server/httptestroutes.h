#pragma once

#include "server/http/router.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace ClipDesk::Testing {

// What the streaming test route saw, for assertions.
struct UploadProbe
{
    QByteArray received;
    int chunks = 0;
    bool finished = false;
    bool sinkDestroyed = false;
};

// The routes the in-process HTTP front tests serve:
//   GET  /hello            → 200 {"hello":"world"}
//   POST /echo             → the body back (buffered, at most 1 KiB)
//   GET  /slow/{ms}        → {"ms":N} after N milliseconds (asynchronous answer)
//   POST /upload           → streaming sink (UploadProbe), answers {"bytes":N,"chunks":M}
//   GET  /items/{id}       → {"id":"<decoded id>"}
//   GET  /drop             → the handler drops its responder (→ 500)
//   GET  /twice            → the handler answers twice (the second answer is ignored)
class HttpTestRoutes final
{
public:
    HttpTestRoutes();
    Q_DISABLE_COPY_MOVE(HttpTestRoutes)

    static constexpr qint64 EchoLimit = 1024;
    static constexpr qint64 UploadLimit = 64 * 1024 * 1024;

    Server::Router router;
    std::shared_ptr<UploadProbe> upload = std::make_shared<UploadProbe>();
    QObject context; // timers of the asynchronous routes
};

} // namespace ClipDesk::Testing

#include "httptestroutes.h"

#include <QJsonObject>
#include <QTimer>

namespace ClipDesk::Testing {

using namespace ClipDesk::Server;

namespace {

class ProbeSink final : public RequestBodySink
{
public:
    explicit ProbeSink(std::shared_ptr<UploadProbe> probe)
        : m_probe(std::move(probe))
    {
        *m_probe = {};
    }
    ~ProbeSink() override { m_probe->sinkDestroyed = true; }

    Status write(QByteArrayView chunk) override
    {
        m_probe->received.append(chunk);
        ++m_probe->chunks;
        return {};
    }

    void finish(HttpResponder respond) override
    {
        m_probe->finished = true;
        respond(HttpResponse::json(200, QJsonObject{
            {QStringLiteral("bytes"), qint64(m_probe->received.size())},
            {QStringLiteral("chunks"), m_probe->chunks},
        }));
    }

private:
    std::shared_ptr<UploadProbe> m_probe;
};

Route buffered(QByteArray method, QString pattern,
               std::function<void(const HttpRequest &, const QByteArray &, HttpResponder)> handler)
{
    Route route;
    route.method = std::move(method);
    route.pattern = std::move(pattern);
    route.handler = std::move(handler);
    return route;
}

} // namespace

HttpTestRoutes::HttpTestRoutes()
{
    router.add(buffered("GET", QStringLiteral("/hello"), [](const HttpRequest &, const QByteArray &, HttpResponder respond) {
        respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("hello"), QStringLiteral("world")}}));
    }));

    Route echo = buffered("POST", QStringLiteral("/echo"), [](const HttpRequest &, const QByteArray &body, HttpResponder respond) {
        HttpResponse response;
        response.body = body;
        response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream"));
        respond(std::move(response));
    });
    echo.maxBodyBytes = EchoLimit;
    router.add(std::move(echo));

    router.add(buffered("GET", QStringLiteral("/slow/{ms}"), [this](const HttpRequest &request, const QByteArray &, HttpResponder respond) {
        const int ms = request.pathParams.value(QStringLiteral("ms")).toInt();
        QTimer::singleShot(ms, &context, [ms, respond] {
            respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("ms"), ms}}));
        });
    }));

    router.add(buffered("GET", QStringLiteral("/items/{id}"), [](const HttpRequest &request, const QByteArray &, HttpResponder respond) {
        respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("id"), request.pathParams.value(QStringLiteral("id"))}}));
    }));

    router.add(buffered("GET", QStringLiteral("/drop"), [](const HttpRequest &, const QByteArray &, HttpResponder) {}));

    router.add(buffered("GET", QStringLiteral("/twice"), [](const HttpRequest &, const QByteArray &, HttpResponder respond) {
        respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("answer"), 1}}));
        respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("answer"), 2}}));
    }));

    Route upload;
    upload.method = "POST";
    upload.pattern = QStringLiteral("/upload");
    upload.maxBodyBytes = UploadLimit;
    upload.streamingHandler = [probe = this->upload](const HttpRequest &request)
        -> std::expected<std::unique_ptr<RequestBodySink>, HttpResponse> {
        if (request.header("x-refuse") == "yes")
            return std::unexpected(HttpResponse::error(403, QStringLiteral("forbidden"), QStringLiteral("refused")));
        return std::make_unique<ProbeSink>(probe);
    };
    router.add(std::move(upload));
}

} // namespace ClipDesk::Testing

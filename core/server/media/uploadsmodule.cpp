#include "uploadsmodule.h"

#include "mediaingest.h"
#include "proberunner.h"
#include "server/auth/sessionauthenticator.h"
#include "server/http/router.h"
#include "tusuploadservice.h"

namespace ClipDesk::Server {

namespace {

using UserHandler = std::function<void(const AuthenticatedUser &, const HttpRequest &, HttpResponder)>;

Route authenticated(SessionAuthenticator &authenticator, const char *method, const QString &pattern, UserHandler handler)
{
    Route route;
    route.method = QByteArray(method);
    route.pattern = pattern;
    route.maxBodyBytes = 0;
    route.handler = [&authenticator, handler = std::move(handler)](const HttpRequest &request, const QByteArray &,
                                                                   HttpResponder respond) {
        auto user = authenticator.authenticate(request);
        if (!user) {
            HttpResponse refused = SessionAuthenticator::failureResponse(user.error());
            if (request.path.startsWith(QLatin1String(TusUploadService::UploadsPath)))
                refused.setHeader(QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0"));
            return respond(std::move(refused));
        }
        handler(*user, request, std::move(respond));
    };
    return route;
}

} // namespace

Result<std::unique_ptr<UploadsModule>> UploadsModule::create(Storage::Database &db, Storage::ContentStore &store,
                                                             SessionAuthenticator &authenticator, const QJsonObject &config,
                                                             const QString &dataDir, MediaDownloads::Fallback otherMedia)
{
    auto settings = UploadSettings::fromJson(config);
    if (!settings)
        return std::unexpected(settings.error());
    std::unique_ptr<UploadsModule> module(new UploadsModule(db, store, authenticator, *settings, dataDir, std::move(otherMedia)));
    if (auto prepared = module->m_uploads->prepare(); !prepared)
        return std::unexpected(prepared.error());
    return module;
}

UploadsModule::UploadsModule(Storage::Database &db, Storage::ContentStore &store, SessionAuthenticator &authenticator,
                             UploadSettings settings, const QString &dataDir, MediaDownloads::Fallback otherMedia)
    : m_authenticator(authenticator)
    , m_settings(std::move(settings))
    , m_downloads(db, store, std::move(otherMedia))
{
    ProbeLimits limits;
    limits.cpuSeconds = m_settings.probeCpuSeconds;
    limits.memoryBytes = m_settings.probeMemoryBytes;
    limits.wallSeconds = m_settings.probeWallSeconds;
    m_probe = std::make_unique<ProbeRunner>(m_settings.probeCommand, limits);
    m_ingest = std::make_unique<MediaIngest>(db, store, *m_probe, dataDir);
    m_uploads = std::make_unique<TusUploadService>(db, m_settings, dataDir, *m_ingest);
    m_cleanupTimer.setInterval(int(std::min<qint64>(m_settings.cleanupIntervalMs, 24LL * 3600 * 1000)));
    connect(&m_cleanupTimer, &QTimer::timeout, this, [this] { m_uploads->removeExpired(); });
}

UploadsModule::~UploadsModule()
{
    // Sinks of connections still open hold a QPointer to the service; it goes first.
    m_uploads.reset();
    m_ingest.reset();
    m_probe.reset();
}

void UploadsModule::start()
{
    m_uploads->removeExpired();
    m_ingest->recover();
    m_cleanupTimer.start();
}

void UploadsModule::registerRoutes(Router &router)
{
    const QString collection = QLatin1String(TusUploadService::UploadsPath);
    const QString item = collection + QStringLiteral("/{id}");
    TusUploadService &uploads = *m_uploads;

    Route options;
    options.method = QByteArrayLiteral("OPTIONS");
    options.pattern = collection;
    options.maxBodyBytes = 0;
    options.handler = [settings = m_settings](const HttpRequest &, const QByteArray &, HttpResponder respond) {
        respond(TusUploadService::options(settings));
    };
    router.add(options);
    options.pattern = item;
    router.add(std::move(options));

    router.add(authenticated(m_authenticator, "POST", collection,
                             [&uploads](const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond) {
                                 respond(uploads.create(user, request));
                             }));
    router.add(authenticated(m_authenticator, "HEAD", item,
                             [&uploads](const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond) {
                                 respond(uploads.head(user, request.pathParams.value(QStringLiteral("id"))));
                             }));
    router.add(authenticated(m_authenticator, "GET", item,
                             [&uploads](const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond) {
                                 respond(uploads.describe(user, request.pathParams.value(QStringLiteral("id"))));
                             }));
    router.add(authenticated(m_authenticator, "DELETE", item,
                             [&uploads](const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond) {
                                 respond(uploads.terminate(user, request));
                             }));

    Route patch;
    patch.method = QByteArrayLiteral("PATCH");
    patch.pattern = item;
    patch.maxBodyBytes = m_settings.maxUploadBytes;
    patch.streamingHandler = [this, &uploads](const HttpRequest &request)
        -> std::expected<std::unique_ptr<RequestBodySink>, HttpResponse> {
        auto user = m_authenticator.authenticate(request);
        if (!user) {
            HttpResponse refused = SessionAuthenticator::failureResponse(user.error());
            refused.setHeader(QByteArrayLiteral("Tus-Resumable"), QByteArrayLiteral("1.0.0"));
            return std::unexpected(std::move(refused));
        }
        return uploads.beginPatch(*user, request);
    };
    router.add(std::move(patch));

    MediaDownloads &downloads = m_downloads;
    router.add(authenticated(m_authenticator, "GET", QStringLiteral("/api/v1/media/{sha256}"),
                             [&downloads](const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond) {
                                 downloads.serveMedia(user, request, std::move(respond));
                             }));
    router.add(authenticated(m_authenticator, "GET", QStringLiteral("/api/v1/media/{sha256}/thumbnail"),
                             [&downloads](const AuthenticatedUser &user, const HttpRequest &request, HttpResponder respond) {
                                 downloads.serveThumbnail(user, request, std::move(respond));
                             }));
}

} // namespace ClipDesk::Server

#pragma once

#include "domain/error.h"
#include "mediadownloads.h"
#include "uploadsettings.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ClipDesk::Storage {
class ContentStore;
class Database;
}

namespace ClipDesk::Server {

class MediaIngest;
class ProbeRunner;
class Router;
class SessionAuthenticator;
class TusUploadService;

// Uploads and served media, wired together:
//   auto uploads = UploadsModule::create(db, store, authenticator, config.uploads, dataDir, profileImages);
//   uploads->registerRoutes(router); // before routes that share /api/v1/media/{sha256}
//   uploads->start();                // cleanup timer, crash recovery
class UploadsModule final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<UploadsModule>> create(Storage::Database &db, Storage::ContentStore &store,
                                                         SessionAuthenticator &authenticator, const QJsonObject &config,
                                                         const QString &dataDir, MediaDownloads::Fallback otherMedia);
    ~UploadsModule() override;
    Q_DISABLE_COPY_MOVE(UploadsModule)

    void registerRoutes(Router &router);
    void start();

    const UploadSettings &settings() const { return m_settings; }

private:
    UploadsModule(Storage::Database &db, Storage::ContentStore &store, SessionAuthenticator &authenticator,
                  UploadSettings settings, const QString &dataDir, MediaDownloads::Fallback otherMedia);

    SessionAuthenticator &m_authenticator;
    UploadSettings m_settings;
    std::unique_ptr<ProbeRunner> m_probe;
    std::unique_ptr<MediaIngest> m_ingest;
    std::unique_ptr<TusUploadService> m_uploads;
    MediaDownloads m_downloads;
    QTimer m_cleanupTimer;
};

} // namespace ClipDesk::Server

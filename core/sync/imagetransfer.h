#pragma once

#include "net/apiresponse.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ClipDesk::Net {
class ApiClient;
}

namespace ClipDesk::Sync {

class ClientCache;
struct ImageDownload;
struct PendingImage;

// The picture part of a sync cycle (see ImageStore): uploads the queued profile pictures, and
// downloads pictures that cached profiles refer to and the thumbnails of cached clips. Driven by SyncEngine, one step at a time.
class ImageTransfer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxDownloadsPerCycle = 16;

    // `failure` is set when the cycle should stop and back off (offline, 5xx, 401).
    using UploadDone = std::function<void(std::optional<Net::ApiResponse> failure)>;

    ImageTransfer(ClientCache &cache, Net::ApiClient &api, QObject *parent = nullptr);

    // Uploads every queued picture in turn. One the server refuses (4xx) keeps its reason in
    // the store and the others go on.
    void upload(UploadDone done);
    // Downloads missing pictures; a failed one is tried again next cycle.
    void download(std::function<void()> done);
    // Forgets the steps in flight (their answers are ignored).
    void abandon() { ++m_generation; }

private:
    void uploadNext(QList<PendingImage> queue, UploadDone done);
    void downloadNext(QList<ImageDownload> missing, std::function<void()> done);

    ClientCache &m_cache;
    Net::ApiClient &m_api;
    quint64 m_generation = 0;
};

} // namespace ClipDesk::Sync

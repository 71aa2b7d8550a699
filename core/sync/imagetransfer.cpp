#include "sync/imagetransfer.h"

#include "net/apiclient.h"
#include "sync/imagestore.h"

#include <QLoggingCategory>

namespace ClipDesk::Sync {

namespace {
Q_LOGGING_CATEGORY(lcImages, "clipdesk.sync.images", QtInfoMsg)
}

ImageTransfer::ImageTransfer(ClientCache &cache, Net::ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{
}

void ImageTransfer::upload(UploadDone done)
{
    auto queue = ImageStore(m_cache).uploadable();
    if (!queue) {
        qCWarning(lcImages) << "cannot read the queued pictures:" << queue.error().message;
        return done(std::nullopt);
    }
    uploadNext(*queue, std::move(done));
}

void ImageTransfer::uploadNext(QList<PendingImage> queue, UploadDone done)
{
    if (queue.isEmpty())
        return done(std::nullopt);
    const PendingImage image = queue.takeFirst();
    const Net::ApiRequest request{QByteArrayLiteral("PUT"), ImageStore::uploadPath(image.slot), std::nullopt, std::nullopt};
    const quint64 generation = m_generation;
    m_api.sendBytes(request, image.png, QByteArrayLiteral("image/png"), this, [this, generation, image, queue, done](const Net::ApiResponse &response) {
        if (generation != m_generation)
            return;
        ImageStore store(m_cache);
        if (response.ok()) {
            qCInfo(lcImages) << ImageStore::slotName(image.slot) << "uploaded";
            if (auto finished = store.finishUpload(image.slot, image.png); !finished)
                qCWarning(lcImages) << "cannot forget an uploaded picture:" << finished.error().message;
            return uploadNext(queue, done);
        }
        const bool refused = response.httpStatus >= 400 && response.httpStatus < 500 && response.httpStatus != 401
                             && response.httpStatus != 408 && response.httpStatus != 429;
        if (!refused)
            return done(response);
        qCInfo(lcImages) << ImageStore::slotName(image.slot) << "refused:" << response.errorMessage();
        if (auto marked = store.failUpload(image.slot, image.png, response.errorMessage()); !marked)
            qCWarning(lcImages) << "cannot record a refused picture:" << marked.error().message;
        uploadNext(queue, done);
    });
}

void ImageTransfer::download(std::function<void()> done)
{
    auto missing = ImageStore(m_cache).missingImages(MaxDownloadsPerCycle);
    if (!missing) {
        qCWarning(lcImages) << "cannot list missing pictures:" << missing.error().message;
        return done();
    }
    downloadNext(*missing, std::move(done));
}

void ImageTransfer::downloadNext(QList<ImageDownload> missing, std::function<void()> done)
{
    if (missing.isEmpty())
        return done();
    const ImageDownload next = missing.takeFirst();
    const QString sha256 = next.sha256;
    const quint64 generation = m_generation;
    m_api.send(Net::ApiRequest{QByteArrayLiteral("GET"), next.path, std::nullopt, std::nullopt},
               this, [this, generation, sha256, missing, done](const Net::ApiResponse &response) {
                   if (generation != m_generation)
                       return;
                   if (!response.ok() || response.bytes.isEmpty()) {
                       qCInfo(lcImages) << "picture" << sha256 << "not downloaded:" << response.errorMessage();
                       // Offline: the rest would fail too.
                       if (response.isNetworkFailure())
                           return done();
                   } else if (auto stored = ImageStore(m_cache).storeImage(sha256, response.bytes); !stored) {
                       qCWarning(lcImages) << stored.error().message;
                   }
                   downloadNext(missing, done);
               });
}

} // namespace ClipDesk::Sync

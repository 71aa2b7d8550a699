#include "clips/clippreviewengine.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ClipDesk::Ui {

ClipPreviewEngine::ClipPreviewEngine(QObject *parent)
    : QObject(parent)
{
    m_framePool.setMaxThreadCount(1);
    m_filmstripPool.setMaxThreadCount(1);
}

ClipPreviewEngine::~ClipPreviewEngine()
{
    waitForIdle();
}

void ClipPreviewEngine::waitForIdle()
{
    stopFilmstrip();
    m_framePool.waitForDone();
    m_filmstripPool.waitForDone();
}

void ClipPreviewEngine::stopFilmstrip()
{
    if (m_filmstripCancel)
        m_filmstripCancel->store(true);
    m_filmstripCancel.reset();
    m_filmstripRunning = false;
}

void ClipPreviewEngine::open(const QString &path)
{
    stopFilmstrip();
    const quint64 generation = ++m_openGeneration;
    m_frameGeneration->fetch_add(1);
    m_path = path;
    auto future = QtConcurrent::run(&m_framePool, [this, path, generation] {
        auto info = Media::probeMedia(path);
        if (!info) {
            QMetaObject::invokeMethod(this, [this, path, generation, message = info.error().message] {
                if (generation == m_openGeneration)
                    Q_EMIT openFailed(path, message);
            }, Qt::QueuedConnection);
            return;
        }
        auto reader = Media::FrameReader::open(path);
        if (!reader) {
            QMetaObject::invokeMethod(this, [this, path, generation, message = reader.error().message] {
                if (generation == m_openGeneration)
                    Q_EMIT openFailed(path, message);
            }, Qt::QueuedConnection);
            return;
        }
        std::shared_ptr<Media::FrameReader> shared(std::move(*reader));
        const Media::KeyframeIndex keyframes = shared->keyframes();
        QMetaObject::invokeMethod(this, [this, path, generation, shared, keyframes, mediaInfo = *info] {
            if (generation != m_openGeneration)
                return;
            m_reader = shared;
            Q_EMIT opened(path, mediaInfo, keyframes);
        }, Qt::QueuedConnection);
    });
    Q_UNUSED(future)
}

void ClipPreviewEngine::requestFrame(qint64 us, Media::FrameReader::Mode mode, QSize maxSize)
{
    if (!m_reader)
        return;
    const quint64 generation = m_frameGeneration->fetch_add(1) + 1;
    auto future = QtConcurrent::run(&m_framePool, [this, reader = m_reader, counter = m_frameGeneration,
                                                   generation, us, mode, maxSize] {
        if (counter->load() != generation)
            return; // a newer request is queued behind this one
        auto image = reader->frameAt(us, mode, maxSize);
        if (!image) {
            QMetaObject::invokeMethod(this, [this, message = image.error().message] { Q_EMIT frameFailed(message); },
                                      Qt::QueuedConnection);
            return;
        }
        const qint64 pts = reader->lastFramePtsUs();
        const bool exact = mode == Media::FrameReader::Mode::Exact;
        QMetaObject::invokeMethod(this, [this, counter, generation, us, pts, exact, picture = *image] {
            if (counter->load() == generation || !exact)
                Q_EMIT frameReady(us, pts, picture, exact);
        }, Qt::QueuedConnection);
    });
    Q_UNUSED(future)
}

void ClipPreviewEngine::requestFilmstrip(int tileCount, QSize tileSize)
{
    stopFilmstrip();
    if (m_path.isEmpty() || !m_reader)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_filmstripCancel = cancel;
    m_filmstripRunning = true;
    auto future = QtConcurrent::run(&m_filmstripPool, [this, path = m_path, cancel, tileCount, tileSize] {
        auto reader = Media::FrameReader::open(path);
        if (reader) {
            Media::FilmstripRequest request;
            request.tileCount = tileCount;
            request.tileSize = tileSize;
            const Media::JobControl control{{}, [cancel] { return cancel->load(); }};
            const auto status = Media::generateFilmstrip(**reader, request, [this, cancel](const Media::FilmstripTile &tile) {
                QMetaObject::invokeMethod(this, [this, cancel, tile] {
                    if (!cancel->load())
                        Q_EMIT tileReady(tile);
                }, Qt::QueuedConnection);
            }, control);
            Q_UNUSED(status)
        }
        QMetaObject::invokeMethod(this, [this, cancel] {
            if (cancel->load())
                return;
            m_filmstripRunning = false;
            Q_EMIT filmstripFinished();
        }, Qt::QueuedConnection);
    });
    Q_UNUSED(future)
}

} // namespace ClipDesk::Ui

#pragma once

#include "media/filmstrip.h"
#include "media/framereader.h"
#include "media/keyframeindex.h"
#include "media/probe.h"

#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ClipDesk::Ui {

// The clip editor's media work, all of it off the GUI thread: opening a file (probe + keyframe
// index), the preview frame at a time (one FrameReader on its own single-thread pool; requests
// are coalesced so only the newest is decoded) and the filmstrip (a second reader on a second
// pool, tiles arriving one by one). Results come back as signals on the GUI thread.
class ClipPreviewEngine final : public QObject
{
    Q_OBJECT

public:
    explicit ClipPreviewEngine(QObject *parent = nullptr);
    ~ClipPreviewEngine() override;
    Q_DISABLE_COPY_MOVE(ClipPreviewEngine)

    // Opens `path`; emits opened() or openFailed(). Forgets the previous file.
    void open(const QString &path);
    // Asks for the picture at `us`; emits frameReady() unless a newer request overtakes it.
    void requestFrame(qint64 us, Media::FrameReader::Mode mode, QSize maxSize);
    // Starts (or restarts) the filmstrip of the open file.
    void requestFilmstrip(int tileCount, QSize tileSize);
    // Stops the filmstrip and waits for every worker (used on close and in tests).
    void waitForIdle();
    bool isFilmstripRunning() const { return m_filmstripRunning; }

Q_SIGNALS:
    void opened(const QString &path, const Media::MediaInfo &info, const Media::KeyframeIndex &keyframes);
    void openFailed(const QString &path, const QString &message);
    void frameReady(qint64 requestedUs, qint64 ptsUs, const QImage &image, bool exact);
    void frameFailed(const QString &message);
    void tileReady(const Media::FilmstripTile &tile);
    void filmstripFinished();

private:
    void stopFilmstrip();

    QThreadPool m_framePool;     // one thread: owns the use of m_reader
    QThreadPool m_filmstripPool; // one thread: the filmstrip's own reader
    std::shared_ptr<Media::FrameReader> m_reader;
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_frameGeneration = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<bool>> m_filmstripCancel;
    quint64 m_openGeneration = 0;
    bool m_filmstripRunning = false;
};

} // namespace ClipDesk::Ui

#pragma once

#include "clips/inoutcommand.h"
#include "media/keyframeindex.h"
#include "media/probe.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QStackedWidget;
class QTimer;
class QToolBar;
class QUndoStack;
class QVideoSink;

namespace ClipDesk::Ui {

class ClipPreviewEngine;
class ClipTimeline;
class EmptyState;
class FramePreviewView;

// The clip editor: open a local video, play it with sound, scrub a filmstrip with keyframe
// marks, step frame by frame, set in/out points (undoable) and export the range.
// Keys: I/O in and out, J/K/L shuttle (reverse, pause, forward; L again is faster), ←/→ one
// frame, Shift+←/→ or ↑/↓ previous/next keyframe, Space play/pause, Ctrl+Z/Ctrl+Shift+Z undo
// and redo, Ctrl+O open, Ctrl+E export.
class ClipEditorWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipEditorWidget(QWidget *parent = nullptr);
    ~ClipEditorWidget() override;
    Q_DISABLE_COPY_MOVE(ClipEditorWidget)

    // Opens `path` (asynchronously: fileOpened() or openFailed() follow).
    void openFile(const QString &path);
    QString filePath() const { return m_path; }
    bool hasMedia() const { return m_info.hasVideo(); }
    const Media::MediaInfo &mediaInfo() const { return m_info; }
    const Media::KeyframeIndex &keyframes() const { return m_keyframes; }

    qint64 positionUs() const { return m_positionUs; }
    void setPosition(qint64 us);
    qint64 inPointUs() const { return m_range.inUs; }
    qint64 outPointUs() const { return m_range.outUs; }
    double frameDurationUs() const { return m_frameDurationUs; }
    qint64 timeOfFrame(qint64 index) const;
    qint64 frameIndexAt(qint64 us) const;
    qint64 frameCount() const { return m_frameCount; }
    // Shuttle speed: 0 paused, 1 2 4 8 forward, -1 -2 -4 -8 reverse.
    int shuttleRate() const { return m_rate; }
    // The time of the frame the preview shows, and the preview picture.
    qint64 previewPtsUs() const { return m_previewPtsUs; }
    QImage previewImage() const;

    QUndoStack *undoStack() const { return m_undo; }
    ClipTimeline *timeline() const { return m_timeline; }
    ClipPreviewEngine *engine() const { return m_engine; }
    QAction *action(const QString &name) const;

    // Opens the export dialog for the in/out range.
    void showExportDialog();

Q_SIGNALS:
    void fileOpened(const QString &path);
    void openFailed(const QString &message);
    void positionChanged(qint64 us);
    void inOutChanged(qint64 inUs, qint64 outUs);
    void previewUpdated(qint64 ptsUs);
    // The export dialog closed after writing `path` (the last file it checked, fixes included).
    void exported(const QString &path);

private:
    QAction *addEditorAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                             const QIcon &icon = {});
    void buildActions();
    void buildLayout();
    void chooseFile();
    void onOpened(const QString &path, const Media::MediaInfo &info, const Media::KeyframeIndex &keyframes);
    void stepFrames(int frames);
    void jumpKeyframe(bool forward);
    void markIn();
    void markOut();
    void editRange(const QString &text, InOutRange range, int dragId);
    void applyRange(const InOutRange &range);
    void onHandleDragged(int handle, qint64 us, int dragId);
    void setShuttle(int rate);
    void onTick();
    void moveTo(qint64 us, bool fast);
    void updateLabels();
    void updateEnabled();
    qint64 endUs() const { return m_startUs + m_durationUs; }

    ClipPreviewEngine *m_engine;
    QUndoStack *m_undo;
    QToolBar *m_toolbar = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyState *m_empty = nullptr;
    FramePreviewView *m_preview = nullptr;
    ClipTimeline *m_timeline = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_rangeLabel = nullptr;
    QLabel *m_infoLabel = nullptr;
    QLabel *m_rateLabel = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QVideoSink *m_sink = nullptr;
    bool m_playerFrames = false; // the player is showing frames since play started
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_clock;
    qint64 m_clockOriginUs = 0;

    QString m_path;
    QString m_pendingPath;
    Media::MediaInfo m_info;
    Media::KeyframeIndex m_keyframes;
    qint64 m_startUs = 0;
    qint64 m_durationUs = 0;
    double m_frameDurationUs = 40'000.0;
    qint64 m_frameCount = 0;
    qint64 m_positionUs = 0;
    qint64 m_previewPtsUs = -1;
    InOutRange m_range;
    int m_rate = 0;
};

} // namespace ClipDesk::Ui

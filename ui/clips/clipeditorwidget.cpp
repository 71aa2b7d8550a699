#include "clips/clipeditorwidget.h"

#include "admin/emptystate.h"
#include "clips/clippreviewengine.h"
#include "clips/cliptimeline.h"
#include "clips/exportdialog.h"
#include "clips/framepreviewview.h"
#include "clips/speccheckpanel.h"
#include "clips/timecode.h"

#include <QAction>
#include <QApplication>
#include <QAudioOutput>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>

namespace ClipDesk::Ui {

namespace {
constexpr int FilmstripTiles = 16;
constexpr int MaxShuttleRate = 8;
} // namespace

ClipEditorWidget::ClipEditorWidget(QWidget *parent)
    : QWidget(parent)
    , m_engine(new ClipPreviewEngine(this))
    , m_undo(new QUndoStack(this))
    , m_ticker(new QTimer(this))
{
    // Playback uses Qt Multimedia's FFmpeg backend (the libraries core/media uses too); Qt 6.4's
    // GStreamer backend crashes when GStreamer's base plugins are missing. Must happen before
    // the first multimedia object exists; an explicit QT_MEDIA_BACKEND wins.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
    m_ticker->setInterval(40);
    connect(m_ticker, &QTimer::timeout, this, &ClipEditorWidget::onTick);
    buildActions();
    buildLayout();
    connect(m_engine, &ClipPreviewEngine::opened, this, &ClipEditorWidget::onOpened);
    connect(m_engine, &ClipPreviewEngine::openFailed, this, [this](const QString &path, const QString &message) {
        if (path != m_pendingPath)
            return;
        m_pendingPath.clear();
        m_empty->setText(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), message));
        Q_EMIT openFailed(message);
    });
    connect(m_engine, &ClipPreviewEngine::frameReady, this,
            [this](qint64, qint64 pts, const QImage &image, bool) {
                m_previewPtsUs = pts;
                m_preview->setImage(image);
                Q_EMIT previewUpdated(pts);
            });
    connect(m_engine, &ClipPreviewEngine::tileReady, this,
            [this](const Media::FilmstripTile &tile) { m_timeline->setTile(tile.index, tile.image); });
    connect(m_timeline, &ClipTimeline::scrubbed, this, [this](qint64 us, bool dragging) {
        setShuttle(0);
        moveTo(dragging ? us : timeOfFrame(frameIndexAt(us)), dragging);
    });
    connect(m_timeline, &ClipTimeline::handleDragged, this,
            [this](ClipTimeline::Handle handle, qint64 us, int dragId) { onHandleDragged(int(handle), us, dragId); });
    updateEnabled();
}

ClipEditorWidget::~ClipEditorWidget()
{
    if (m_player)
        m_player->stop();
    m_engine->waitForIdle();
}

QAction *ClipEditorWidget::addEditorAction(const QString &name, const QString &text, const QList<QKeySequence> &keys,
                                           const QIcon &icon)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QStringList shown;
    for (const QKeySequence &key : keys)
        shown << key.toString(QKeySequence::NativeText);
    action->setToolTip(tr("%1 (%2)").arg(text, shown.join(tr(", "))));
    addAction(action);
    return action;
}

QAction *ClipEditorWidget::action(const QString &name) const
{
    return findChild<QAction *>(name, Qt::FindDirectChildrenOnly);
}

void ClipEditorWidget::buildActions()
{
    QStyle *style = QApplication::style();
    const auto themed = [](const char *name, const QIcon &fallback) {
        return QIcon::fromTheme(QLatin1String(name), fallback);
    };
    connect(addEditorAction(QStringLiteral("open"), tr("Open video…"), {QKeySequence::Open},
                            themed("document-open", style->standardIcon(QStyle::SP_DialogOpenButton))),
            &QAction::triggered, this, &ClipEditorWidget::chooseFile);
    connect(addEditorAction(QStringLiteral("playPause"), tr("Play/Pause"), {Qt::Key_Space},
                            themed("media-playback-start", style->standardIcon(QStyle::SP_MediaPlay))),
            &QAction::triggered, this, [this] { setShuttle(m_rate == 0 ? 1 : 0); });
    connect(addEditorAction(QStringLiteral("reverse"), tr("Play backwards"), {Qt::Key_J},
                            themed("media-seek-backward", style->standardIcon(QStyle::SP_MediaSeekBackward))),
            &QAction::triggered, this, [this] { setShuttle(m_rate >= 0 ? -1 : std::max(m_rate * 2, -MaxShuttleRate)); });
    connect(addEditorAction(QStringLiteral("pause"), tr("Pause"), {Qt::Key_K},
                            themed("media-playback-pause", style->standardIcon(QStyle::SP_MediaPause))),
            &QAction::triggered, this, [this] { setShuttle(0); });
    connect(addEditorAction(QStringLiteral("forward"), tr("Play forwards (again: faster)"), {Qt::Key_L},
                            themed("media-seek-forward", style->standardIcon(QStyle::SP_MediaSeekForward))),
            &QAction::triggered, this, [this] { setShuttle(m_rate <= 0 ? 1 : std::min(m_rate * 2, MaxShuttleRate)); });
    connect(addEditorAction(QStringLiteral("previousFrame"), tr("Previous frame"), {Qt::Key_Left}),
            &QAction::triggered, this, [this] { stepFrames(-1); });
    connect(addEditorAction(QStringLiteral("nextFrame"), tr("Next frame"), {Qt::Key_Right}),
            &QAction::triggered, this, [this] { stepFrames(1); });
    connect(addEditorAction(QStringLiteral("previousKeyframe"), tr("Previous keyframe"),
                            {QKeySequence(Qt::SHIFT | Qt::Key_Left), QKeySequence(Qt::Key_Up)},
                            themed("media-skip-backward", style->standardIcon(QStyle::SP_MediaSkipBackward))),
            &QAction::triggered, this, [this] { jumpKeyframe(false); });
    connect(addEditorAction(QStringLiteral("nextKeyframe"), tr("Next keyframe"),
                            {QKeySequence(Qt::SHIFT | Qt::Key_Right), QKeySequence(Qt::Key_Down)},
                            themed("media-skip-forward", style->standardIcon(QStyle::SP_MediaSkipForward))),
            &QAction::triggered, this, [this] { jumpKeyframe(true); });
    connect(addEditorAction(QStringLiteral("markIn"), tr("Set in point"), {Qt::Key_I},
                            themed("go-first", style->standardIcon(QStyle::SP_ArrowRight))),
            &QAction::triggered, this, &ClipEditorWidget::markIn);
    connect(addEditorAction(QStringLiteral("markOut"), tr("Set out point"), {Qt::Key_O},
                            themed("go-last", style->standardIcon(QStyle::SP_ArrowLeft))),
            &QAction::triggered, this, &ClipEditorWidget::markOut);
    connect(addEditorAction(QStringLiteral("undo"), tr("Undo"), {QKeySequence(Qt::CTRL | Qt::Key_Z)},
                            themed("edit-undo", style->standardIcon(QStyle::SP_ArrowBack))),
            &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(addEditorAction(QStringLiteral("redo"), tr("Redo"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                            themed("edit-redo", style->standardIcon(QStyle::SP_ArrowForward))),
            &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(addEditorAction(QStringLiteral("export"), tr("Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                            themed("document-save-as", style->standardIcon(QStyle::SP_DialogSaveButton))),
            &QAction::triggered, this, &ClipEditorWidget::showExportDialog);
    connect(m_undo, &QUndoStack::canUndoChanged, this, [this] { updateEnabled(); });
    connect(m_undo, &QUndoStack::canRedoChanged, this, [this] { updateEnabled(); });
}

void ClipEditorWidget::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setFocusPolicy(Qt::NoFocus);
    for (const char *name : {"open", "export"})
        m_toolbar->addAction(action(QLatin1String(name)));
    m_toolbar->addSeparator();
    for (const char *name : {"previousKeyframe", "reverse", "playPause", "forward", "nextKeyframe"})
        m_toolbar->addAction(action(QLatin1String(name)));
    m_toolbar->addSeparator();
    for (const char *name : {"markIn", "markOut", "undo", "redo"})
        m_toolbar->addAction(action(QLatin1String(name)));
    // The transport buttons are icon-only; their tooltips name them and their keys.
    for (const char *name : {"previousKeyframe", "reverse", "playPause", "forward", "nextKeyframe", "undo", "redo"}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolbar->widgetForAction(action(QLatin1String(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    layout->addWidget(m_toolbar);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(QApplication::style()->standardIcon(QStyle::SP_MediaPlay),
                             tr("Open a video to start (Ctrl+O)"), m_pages);
    connect(m_empty->setAction(tr("Open video…")), &QPushButton::clicked, this, &ClipEditorWidget::chooseFile);
    m_pages->addWidget(m_empty);

    auto *editor = new QWidget(m_pages);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(10, 10, 10, 10);
    editorLayout->setSpacing(8);
    m_preview = new FramePreviewView(editor);
    editorLayout->addWidget(m_preview, 1);
    m_timeline = new ClipTimeline(editor);
    editorLayout->addWidget(m_timeline);
    auto *status = new QHBoxLayout;
    m_timeLabel = new QLabel(editor);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_timeLabel->setFont(mono);
    m_rateLabel = new QLabel(editor);
    m_rangeLabel = new QLabel(editor);
    m_rangeLabel->setFont(mono);
    m_infoLabel = new QLabel(editor);
    m_infoLabel->setForegroundRole(QPalette::PlaceholderText);
    status->addWidget(m_timeLabel);
    status->addSpacing(12);
    status->addWidget(m_rateLabel);
    status->addStretch(1);
    status->addWidget(m_rangeLabel);
    status->addSpacing(12);
    status->addWidget(m_infoLabel);
    editorLayout->addLayout(status);
    m_pages->addWidget(editor);
    layout->addWidget(m_pages, 1);
    setFocusPolicy(Qt::StrongFocus);
}

void ClipEditorWidget::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open video"), QFileInfo(m_path).absolutePath(),
        tr("Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.avi);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ClipEditorWidget::openFile(const QString &path)
{
    setShuttle(0);
    m_pendingPath = path;
    m_empty->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_engine->open(path);
}

void ClipEditorWidget::onOpened(const QString &path, const Media::MediaInfo &info, const Media::KeyframeIndex &keyframes)
{
    if (path != m_pendingPath)
        return;
    m_pendingPath.clear();
    m_path = path;
    m_info = info;
    m_keyframes = keyframes;
    m_startUs = info.video.startUs;
    m_durationUs = info.video.durationUs > 0 ? info.video.durationUs : info.durationUs;
    m_frameDurationUs = info.video.frameRate > 0 ? 1e6 / info.video.frameRate : 40'000.0;
    if (info.video.frameRateNumerator > 0 && info.video.frameRateDenominator > 0)
        m_frameDurationUs = 1e6 * info.video.frameRateDenominator / info.video.frameRateNumerator;
    m_frameCount = std::max<qint64>(1, qint64(std::floor(double(m_durationUs) / m_frameDurationUs + 0.001)));
    m_undo->clear();
    m_range = {m_startUs, endUs()};
    m_timeline->clear();
    m_timeline->setRange(m_startUs, m_durationUs);
    m_timeline->setKeyframes(keyframes.keyframes());
    m_timeline->setInOut(m_range.inUs, m_range.outUs);
    m_timeline->setTileCount(FilmstripTiles);
    m_preview->setImage({});
    m_previewPtsUs = -1;
    m_pages->setCurrentIndex(1);

    if (!m_player) {
        m_player = new QMediaPlayer(this);
        // Qt 6.4's FFmpeg backend crashes writing audio when there is no output device.
        if (!QMediaDevices::audioOutputs().isEmpty()) {
            m_audio = new QAudioOutput(this);
            m_player->setAudioOutput(m_audio);
        }
        // Playback frames go to the same view as the decoded exact frames (no native video
        // window, so keyboard focus and shortcuts stay with the editor).
        m_sink = new QVideoSink(this);
        m_player->setVideoSink(m_sink);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame &frame) {
            if (m_rate <= 0 || !frame.isValid() || m_player->playbackState() != QMediaPlayer::PlayingState)
                return;
            m_playerFrames = true;
            m_preview->setImage(frame.toImage());
            m_previewPtsUs = frame.startTime();
        });
    }
    m_player->setSource(QUrl::fromLocalFile(path));
    m_engine->requestFilmstrip(FilmstripTiles, QSize(160, 90));
    moveTo(m_startUs, false);
    updateEnabled();
    setFocus();
    Q_EMIT fileOpened(path);
}

qint64 ClipEditorWidget::timeOfFrame(qint64 index) const
{
    index = std::clamp<qint64>(index, 0, std::max<qint64>(m_frameCount - 1, 0));
    return m_startUs + qint64(std::llround(double(index) * m_frameDurationUs));
}

qint64 ClipEditorWidget::frameIndexAt(qint64 us) const
{
    return std::clamp<qint64>(qint64(std::floor(double(us - m_startUs) / m_frameDurationUs + 1e-6)), 0,
                              std::max<qint64>(m_frameCount - 1, 0));
}

void ClipEditorWidget::setPosition(qint64 us)
{
    setShuttle(0);
    moveTo(timeOfFrame(frameIndexAt(us)), false);
}

void ClipEditorWidget::moveTo(qint64 us, bool fast)
{
    if (!hasMedia())
        return;
    m_positionUs = std::clamp(us, m_startUs, std::max(m_startUs, endUs() - 1));
    m_timeline->setPosition(m_positionUs);
    const QSize size = m_preview->size() * m_preview->devicePixelRatioF();
    m_engine->requestFrame(m_positionUs, fast ? Media::FrameReader::Mode::Keyframe : Media::FrameReader::Mode::Exact,
                           size);
    updateLabels();
    Q_EMIT positionChanged(m_positionUs);
}

void ClipEditorWidget::stepFrames(int frames)
{
    setShuttle(0);
    moveTo(timeOfFrame(frameIndexAt(m_positionUs) + frames), false);
}

void ClipEditorWidget::jumpKeyframe(bool forward)
{
    setShuttle(0);
    const auto keyframe = forward ? m_keyframes.next(m_positionUs) : m_keyframes.previous(m_positionUs);
    if (keyframe)
        moveTo(keyframe->ptsUs, false);
}

void ClipEditorWidget::markIn()
{
    if (!hasMedia())
        return;
    InOutRange range = m_range;
    range.inUs = timeOfFrame(frameIndexAt(m_positionUs));
    if (range.outUs <= range.inUs)
        range.outUs = endUs();
    editRange(tr("Set in point"), range, 0);
}

void ClipEditorWidget::markOut()
{
    if (!hasMedia())
        return;
    InOutRange range = m_range;
    // The out point is exclusive: the current frame is the last one of the clip.
    const qint64 index = frameIndexAt(m_positionUs);
    range.outUs = index + 1 >= m_frameCount ? endUs() : timeOfFrame(index + 1);
    if (range.inUs >= range.outUs)
        range.inUs = m_startUs;
    editRange(tr("Set out point"), range, 0);
}

void ClipEditorWidget::onHandleDragged(int handle, qint64 us, int dragId)
{
    InOutRange range = m_range;
    const qint64 frame = frameIndexAt(us);
    if (handle == int(ClipTimeline::Handle::In))
        range.inUs = std::min(timeOfFrame(frame), m_range.outUs - qint64(m_frameDurationUs));
    else
        range.outUs = std::max(frame + 1 >= m_frameCount ? endUs() : timeOfFrame(frame + 1),
                               m_range.inUs + qint64(m_frameDurationUs));
    editRange(handle == int(ClipTimeline::Handle::In) ? tr("Move in point") : tr("Move out point"), range, dragId);
}

void ClipEditorWidget::editRange(const QString &text, InOutRange range, int dragId)
{
    if (range == m_range)
        return;
    m_undo->push(new InOutCommand(text, m_range, range, dragId, [this](const InOutRange &r) { applyRange(r); }));
}

void ClipEditorWidget::applyRange(const InOutRange &range)
{
    m_range = range;
    m_timeline->setInOut(range.inUs, range.outUs);
    updateLabels();
    Q_EMIT inOutChanged(range.inUs, range.outUs);
}

void ClipEditorWidget::setShuttle(int rate)
{
    if (!hasMedia())
        rate = 0;
    const bool wasPlaying = m_rate != 0;
    m_rate = rate;
    m_playerFrames = false;
    m_clockOriginUs = m_positionUs;
    m_clock.restart();
    if (rate == 0) {
        m_ticker->stop();
        if (m_player)
            m_player->pause();
        if (wasPlaying) {
            moveTo(timeOfFrame(frameIndexAt(m_positionUs)), false);
        }
    } else {
        m_ticker->start();
        if (m_player && rate > 0) {
            m_player->setPosition(m_positionUs / 1000);
            m_player->setPlaybackRate(rate);
            m_player->play();
        } else if (m_player) {
            m_player->pause();
        }
    }
    action(QStringLiteral("playPause"))->setIcon(QApplication::style()->standardIcon(
        rate == 0 ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    updateLabels();
}

void ClipEditorWidget::onTick()
{
    qint64 next = m_clockOriginUs + qint64(m_rate) * m_clock.elapsed() * 1000;
    const bool playerDrives = m_rate > 0 && m_playerFrames && m_player->playbackState() == QMediaPlayer::PlayingState;
    if (playerDrives)
        next = m_player->position() * 1000;
    if ((m_rate > 0 && next >= endUs() - 1) || (m_rate < 0 && next <= m_startUs)) {
        moveTo(next, false);
        setShuttle(0);
        return;
    }
    // While the player shows the picture, only the playhead moves; else decode as we go.
    if (playerDrives) {
        m_positionUs = next;
        m_timeline->setPosition(next);
        updateLabels();
        Q_EMIT positionChanged(next);
    } else {
        moveTo(next, m_rate < 0);
    }
}

QImage ClipEditorWidget::previewImage() const
{
    return m_preview->image();
}

void ClipEditorWidget::updateLabels()
{
    if (!hasMedia())
        return;
    m_timeLabel->setText(tr("%1 / %2  ·  frame %3 of %4")
                             .arg(Timecode::format(m_positionUs - m_startUs), Timecode::format(m_durationUs))
                             .arg(frameIndexAt(m_positionUs) + 1)
                             .arg(m_frameCount));
    m_rateLabel->setText(m_rate == 0 ? tr("Paused") : m_rate > 0 ? tr("▶ %1×").arg(m_rate) : tr("◀ %1×").arg(-m_rate));
    m_rangeLabel->setText(tr("In %1  Out %2  Length %3")
                              .arg(Timecode::format(m_range.inUs - m_startUs), Timecode::format(m_range.outUs - m_startUs),
                                   Timecode::format(m_range.outUs - m_range.inUs)));
    m_infoLabel->setText(tr("%1×%2 · %3 fps · %4")
                             .arg(m_info.video.displayWidth)
                             .arg(m_info.video.displayHeight)
                             .arg(m_info.video.frameRate, 0, 'f', 2)
                             .arg(m_info.video.codec));
}

void ClipEditorWidget::updateEnabled()
{
    const bool media = hasMedia();
    for (QAction *each : actions()) {
        if (each->objectName() != QLatin1String("open"))
            each->setEnabled(media);
    }
    action(QStringLiteral("undo"))->setEnabled(media && m_undo->canUndo());
    action(QStringLiteral("redo"))->setEnabled(media && m_undo->canRedo());
}

void ClipEditorWidget::showExportDialog()
{
    if (!hasMedia())
        return;
    setShuttle(0);
    ExportDialog dialog(m_path, m_range.inUs, m_range.outUs, this);
    bool written = false;
    connect(&dialog, &ExportDialog::exportFinished, this, [&written](bool ok) { written = written || ok; });
    dialog.exec();
    if (written)
        Q_EMIT exported(dialog.specCheck()->filePath().isEmpty() ? dialog.outputPath() : dialog.specCheck()->filePath());
}

} // namespace ClipDesk::Ui

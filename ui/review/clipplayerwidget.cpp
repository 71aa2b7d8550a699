#include "review/clipplayerwidget.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace ClipDesk::Ui {

namespace {

QString clock(qint64 ms)
{
    return QTime::fromMSecsSinceStartOfDay(int(std::max<qint64>(ms, 0))).toString(QStringLiteral("m:ss"));
}

} // namespace

ClipPlayerWidget::ClipPlayerWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_play(new QPushButton(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
{
    // Qt Multimedia's FFmpeg backend (the libraries core/media uses too): Qt 6.4's GStreamer
    // backend crashes when GStreamer's base plugins are missing. Must happen before the first
    // multimedia object exists; an explicit QT_MEDIA_BACKEND wins.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", QByteArrayLiteral("ffmpeg"));
    m_video = new QVideoWidget(this);
    m_player = new QMediaPlayer(this);
    setObjectName(QStringLiteral("clipPlayer"));
    m_placeholder->setObjectName(QStringLiteral("playerPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAutoFillBackground(true);
    m_placeholder->setStyleSheet(QStringLiteral("QLabel { background: #202327; color: #c9ced6; padding: 16px; }"));
    m_video->setMinimumSize(320, 180);
    m_video->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_video);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_position->setObjectName(QStringLiteral("positionSlider"));
    m_time->setText(clock(0));

    // Qt 6.4's FFmpeg backend crashes writing audio when there is no output device.
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
    }
    m_player->setVideoOutput(m_video);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_position, 1);
    controls->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(controls);

    connect(m_play, &QPushButton::clicked, this, &ClipPlayerWidget::togglePlayback);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_play->setIcon(style()->standardIcon(state == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause
                                                                                   : QStyle::SP_MediaPlay));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_position->setRange(0, int(duration));
        updatePosition(m_player->position());
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &ClipPlayerWidget::updatePosition);
    connect(m_position, &QSlider::sliderMoved, m_player, [this](int ms) { m_player->setPosition(ms); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        setPlaceholder(tr("The video cannot be played: %1").arg(message));
        m_stack->setCurrentWidget(m_placeholder);
    });
    setSource({});
}

void ClipPlayerWidget::setSource(const QUrl &url)
{
    if (url == m_source && !url.isEmpty())
        return;
    m_source = url;
    m_player->stop();
    m_player->setSource(url);
    const bool playable = !url.isEmpty();
    m_stack->setCurrentWidget(playable ? static_cast<QWidget *>(m_video) : m_placeholder);
    m_play->setEnabled(playable);
    m_position->setEnabled(playable);
    m_position->setValue(0);
    m_time->setText(clock(0));
}

void ClipPlayerWidget::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
}

QString ClipPlayerWidget::placeholder() const
{
    return m_placeholder->text();
}

void ClipPlayerWidget::togglePlayback()
{
    if (m_source.isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void ClipPlayerWidget::updatePosition(qint64 positionMs)
{
    if (!m_position->isSliderDown())
        m_position->setValue(int(positionMs));
    m_time->setText(tr("%1 / %2").arg(clock(positionMs), clock(m_player->duration())));
}

} // namespace ClipDesk::Ui

#pragma once

#include <QUrl>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QStackedWidget;
class QVideoWidget;

namespace ClipDesk::Ui {

// Plays one local clip video (Qt Multimedia: QMediaPlayer into a QVideoWidget) with a play/pause
// button (Space while focused) and a position slider. Without a file it shows `placeholder`.
// Self-contained, so it can move behind a media plugin boundary as a whole.
class ClipPlayerWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipPlayerWidget(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClipPlayerWidget)

    // An empty URL stops playback and shows the placeholder text.
    void setSource(const QUrl &url);
    QUrl source() const { return m_source; }
    void setPlaceholder(const QString &text);
    QString placeholder() const;
    QMediaPlayer *player() const { return m_player; }

public Q_SLOTS:
    void togglePlayback();

private:
    void updatePosition(qint64 positionMs);

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QVideoWidget *m_video = nullptr;
    QPushButton *m_play;
    QSlider *m_position;
    QLabel *m_time;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QUrl m_source;
};

} // namespace ClipDesk::Ui

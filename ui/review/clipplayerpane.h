#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace ClipDesk::Ui {

// Where the Submissions page plays a clip: a placeholder text until there is a local video, then
// the media plugin's player (ClipEditorFactory::createPlayer), made on first use so that showing
// the page loads neither FFmpeg nor Qt Multimedia.
class ClipPlayerPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipPlayerPane(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClipPlayerPane)

    // An empty URL stops playback and shows the placeholder text.
    void setSource(const QUrl &url);
    QUrl source() const { return m_source; }
    void setPlaceholder(const QString &text);
    QString placeholder() const;
    // The plugin's player widget once a video was set (null before, or if the plugin is missing).
    QWidget *player() const { return m_player; }

private:
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_player = nullptr;
    QUrl m_source;
};

} // namespace ClipDesk::Ui

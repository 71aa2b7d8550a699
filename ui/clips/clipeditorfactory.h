#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QUrl;
class QWidget;

namespace ClipDesk::Ui {

// The media boundary. Everything that needs FFmpeg or Qt Multimedia (the clip editor with its
// preview engine, filmstrip, export and spec check) lives in the `clipdesk_clipeditor` plugin,
// which ClipEditorPlugin::factory() loads on first use, so that starting the app loads neither.
// Keep this interface thin: plain widgets and strings cross it, no media types. New
// media-dependent UI gets a create function here and its code in clipdesk_clipmedia.
class ClipEditorFactory
{
public:
    virtual ~ClipEditorFactory() = default;

    // A new clip editor (a ClipEditorWidget, not shown yet) for `parent`; `fileOpened` is called
    // with the path of every video it opens.
    virtual QWidget *createEditor(QWidget *parent, std::function<void(const QString &path)> fileOpened) = 0;
    // Opens a local video in an editor made by createEditor() (asynchronously).
    virtual void openFile(QWidget *editor, const QString &path) = 0;

    // A video player (play/pause with Space, position slider; plays with audio when there is an
    // output device) for the review pages; setPlayerSource() with an empty URL stops it.
    virtual QWidget *createPlayer(QWidget *parent) = 0;
    virtual void setPlayerSource(QWidget *player, const QUrl &url) = 0;
};

} // namespace ClipDesk::Ui

#define ClipDesk_ClipEditorFactory_iid "org.clipdesk.ClipEditorFactory/2"
Q_DECLARE_INTERFACE(ClipDesk::Ui::ClipEditorFactory, ClipDesk_ClipEditorFactory_iid)

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

    struct EditorCallbacks
    {
        std::function<void(const QString &path)> fileOpened; // every video the editor opens
        std::function<void(const QString &path)> exported;   // every file an export produced
    };
    // A new clip editor (a ClipEditorWidget, not shown yet) for `parent`.
    virtual QWidget *createEditor(QWidget *parent, EditorCallbacks callbacks) = 0;
    // Opens a local video in an editor made by createEditor() (asynchronously).
    virtual void openFile(QWidget *editor, const QString &path) = 0;

    // A video player (play/pause with Space, position slider; plays with audio when there is an
    // output device) for the review pages; setPlayerSource() with an empty URL stops it.
    virtual QWidget *createPlayer(QWidget *parent) = 0;
    virtual void setPlayerSource(QWidget *player, const QUrl &url) = 0;

    // The perceptual fingerprint (core/media fingerprint, serialized) of a local video. Blocking:
    // call it on a worker thread. `progress` gets 0…1; `cancelled` is polled. On failure the
    // result is empty and `error` says why (left empty when cancelled).
    virtual QByteArray fingerprintVideo(const QString &path, const std::function<void(double)> &progress,
                                        const std::function<bool()> &cancelled, QString *error) = 0;
};

} // namespace ClipDesk::Ui

#define ClipDesk_ClipEditorFactory_iid "org.clipdesk.ClipEditorFactory/2"
Q_DECLARE_INTERFACE(ClipDesk::Ui::ClipEditorFactory, ClipDesk_ClipEditorFactory_iid)

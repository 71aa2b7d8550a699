#include "clips/clipeditorfactoryplugin.h"

#include "clips/clipeditorwidget.h"
#include "media/fingerprint.h"
#include "media/jobcontrol.h"
#include "review/clipplayerwidget.h"

namespace ClipDesk::Ui {

QWidget *ClipEditorFactoryPlugin::createEditor(QWidget *parent, EditorCallbacks callbacks)
{
    auto *editor = new ClipEditorWidget(parent);
    if (callbacks.fileOpened)
        connect(editor, &ClipEditorWidget::fileOpened, editor, std::move(callbacks.fileOpened));
    if (callbacks.exported)
        connect(editor, &ClipEditorWidget::exported, editor, std::move(callbacks.exported));
    return editor;
}

void ClipEditorFactoryPlugin::openFile(QWidget *editor, const QString &path)
{
    if (auto *clipEditor = qobject_cast<ClipEditorWidget *>(editor))
        clipEditor->openFile(path);
}

QWidget *ClipEditorFactoryPlugin::createPlayer(QWidget *parent)
{
    return new ClipPlayerWidget(parent);
}

void ClipEditorFactoryPlugin::setPlayerSource(QWidget *player, const QUrl &url)
{
    if (auto *clipPlayer = qobject_cast<ClipPlayerWidget *>(player))
        clipPlayer->setSource(url);
}

QByteArray ClipEditorFactoryPlugin::fingerprintVideo(const QString &path, const std::function<void(double)> &progress,
                                                    const std::function<bool()> &cancelled, QString *error)
{
    const Media::JobControl control{progress, cancelled};
    auto fingerprint = Media::computeFingerprint(path, control);
    if (fingerprint)
        return fingerprint->toBytes();
    if (error && fingerprint.error().code != Media::JobControl::cancelledError().code)
        *error = fingerprint.error().message;
    return {};
}

} // namespace ClipDesk::Ui

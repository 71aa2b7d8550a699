#include "clips/clipeditorfactoryplugin.h"

#include "clips/clipeditorwidget.h"
#include "review/clipplayerwidget.h"

namespace ClipDesk::Ui {

QWidget *ClipEditorFactoryPlugin::createEditor(QWidget *parent, std::function<void(const QString &path)> fileOpened)
{
    auto *editor = new ClipEditorWidget(parent);
    if (fileOpened)
        connect(editor, &ClipEditorWidget::fileOpened, editor, std::move(fileOpened));
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

} // namespace ClipDesk::Ui

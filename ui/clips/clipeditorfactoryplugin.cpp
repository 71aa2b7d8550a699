#include "clips/clipeditorfactoryplugin.h"

#include "clips/clipeditorwidget.h"

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

} // namespace ClipDesk::Ui

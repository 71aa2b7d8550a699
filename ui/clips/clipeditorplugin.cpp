#include "clips/clipeditorplugin.h"

#include "clips/clipeditorfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace ClipDesk::Ui {

namespace {

Q_LOGGING_CATEGORY(lcClipPlugin, "clipdesk.ui.clips")

const QString PluginFile = QStringLiteral("clipdesk_clipeditor.so");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipDesk::Ui::ClipEditorPlugin)
};

} // namespace

QStringList ClipEditorPlugin::searchPaths()
{
    QStringList paths;
    if (const QString dir = qEnvironmentVariable("CLIPDESK_PLUGIN_DIR"); !dir.isEmpty())
        paths.append(dir);
    const QDir programDir(QCoreApplication::applicationDirPath());
    paths.append(QDir::cleanPath(programDir.filePath(QStringLiteral(CLIPDESK_PLUGIN_DIR_FROM_BIN))));
    paths.append(programDir.path());
    return paths;
}

ClipEditorFactory *ClipEditorPlugin::factory(QString *error)
{
    // Loaded once and never unloaded: its widgets may live as long as the app.
    static QPluginLoader loader;
    static ClipEditorFactory *loaded = nullptr;
    if (loaded)
        return loaded;
    QString reason = Tr::tr("%1 was not found in %2.").arg(PluginFile, searchPaths().join(QStringLiteral(", ")));
    for (const QString &dir : searchPaths()) {
        const QString file = QDir(dir).filePath(PluginFile);
        if (!QFileInfo::exists(file))
            continue;
        loader.setFileName(file);
        loaded = qobject_cast<ClipEditorFactory *>(loader.instance());
        if (loaded) {
            qCDebug(lcClipPlugin) << "loaded the clip editor from" << file;
            return loaded;
        }
        reason = loader.errorString();
        loader.unload();
    }
    qCWarning(lcClipPlugin) << "cannot load the clip editor:" << reason;
    if (error)
        *error = reason;
    return nullptr;
}

} // namespace ClipDesk::Ui

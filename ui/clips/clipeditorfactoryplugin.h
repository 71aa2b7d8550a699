#pragma once

#include "clips/clipeditorfactory.h"

#include <QObject>

namespace ClipDesk::Ui {

// The `clipdesk_clipeditor` plugin's entry point: makes the media-dependent widgets of
// clipdesk_clipmedia for the app (see clipeditorfactory.h).
class ClipEditorFactoryPlugin final : public QObject, public ClipEditorFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClipDesk_ClipEditorFactory_iid)
    Q_INTERFACES(ClipDesk::Ui::ClipEditorFactory)

public:
    ClipEditorFactoryPlugin() = default;
    Q_DISABLE_COPY_MOVE(ClipEditorFactoryPlugin)

    QWidget *createEditor(QWidget *parent, EditorCallbacks callbacks) override;
    void openFile(QWidget *editor, const QString &path) override;
    QWidget *createPlayer(QWidget *parent) override;
    void setPlayerSource(QWidget *player, const QUrl &url) override;
    QByteArray fingerprintVideo(const QString &path, const std::function<void(double)> &progress,
                                const std::function<bool()> &cancelled, QString *error) override;
};

} // namespace ClipDesk::Ui

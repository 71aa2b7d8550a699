#pragma once

#include <QString>
#include <QStringList>

namespace ClipDesk::Ui {

class ClipEditorFactory;

// Loads the media plugin (`clipdesk_clipeditor`, see clipeditorfactory.h) once, on the first
// call, and keeps it loaded. Looks in $CLIPDESK_PLUGIN_DIR, then in the installed plugin
// directory (<libdir>/clipdesk, found from the program's directory), then next to the program
// (the build tree).
class ClipEditorPlugin final
{
public:
    // The editor factory, or null with `error` set when the plugin cannot be loaded.
    static ClipEditorFactory *factory(QString *error = nullptr);
    static QStringList searchPaths();
};

} // namespace ClipDesk::Ui

#pragma once

#include "sync/mutationcontext.h"

#include <QIcon>
#include <QKeySequence>
#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace ClipDesk::Sync {
class ClientCache;
class ClipUploadQueue;
class MutationQueue;
class OfflineMediaDownloads;
}

namespace ClipDesk::Ui {

// What every signed-in page gets: the account's local cache to read (through item models),
// the mutation queue to write through, and who is looking. Pages never talk to the server.
struct AppContext
{
    Sync::ClientCache *cache = nullptr;
    Sync::MutationQueue *mutations = nullptr;
    Sync::Viewer viewer;
    QString displayName;
    QUrl serverUrl;
    Sync::ClipUploadQueue *uploads = nullptr; // clip videos; null where uploads are not offered
    Sync::OfflineMediaDownloads *offlineMedia = nullptr; // offline copies for review; null for clippers
};

// One entry of the role-aware sidebar.
struct PageEntry
{
    QString id;              // stable, for remembering the last page: "brand.campaigns"
    QString title;           // translated
    QIcon icon;
    QKeySequence shortcut;   // e.g. Ctrl+1
    std::function<QWidget *(AppContext &context, QWidget *parent)> create;
};

} // namespace ClipDesk::Ui

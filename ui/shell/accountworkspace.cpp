#include "accountworkspace.h"
#include "sync/clipuploadqueue.h"

#include "appshell.h"
#include "domain/role.h"
#include "net/apiclient.h"
#include "net/session.h"
#include "net/websocketsession.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "sync/offlinemediadownloads.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/syncstatuswidget.h"

namespace ClipDesk::Ui {

std::unique_ptr<AccountWorkspace> AccountWorkspace::open(const Net::Session &session, const QString &cacheFile, QString *error)
{
    auto cache = Sync::ClientCache::open(cacheFile);
    if (!cache) {
        if (error)
            *error = cache.error().message;
        return nullptr;
    }
    std::unique_ptr<AccountWorkspace> workspace(new AccountWorkspace);
    workspace->m_cache = std::move(*cache);
    const Sync::Viewer viewer{session.user.id, Domain::roleFromName(session.user.role).value_or(Domain::Role::Clipper)};
    workspace->m_outbox = std::make_unique<Sync::Outbox>(*workspace->m_cache, viewer);
    workspace->m_queue = std::make_unique<Sync::MutationQueue>(*workspace->m_outbox);
    workspace->m_api = std::make_unique<Net::ApiClient>();
    workspace->m_api->setBaseUrl(session.serverUrl);
    workspace->m_api->setToken(session.token);
    workspace->m_socket = std::make_unique<Net::WebSocketSession>();
    workspace->m_engine = std::make_unique<Sync::SyncEngine>(*workspace->m_cache, *workspace->m_outbox, *workspace->m_api);
    workspace->m_engine->watch(*workspace->m_queue);
    workspace->m_engine->watch(*workspace->m_socket);
    AccountWorkspace *raw = workspace.get();
    connect(workspace->m_engine.get(), &Sync::SyncEngine::sessionRejected, raw, &AccountWorkspace::sessionRejected);
    workspace->m_context.cache = workspace->m_cache.get();
    workspace->m_context.mutations = workspace->m_queue.get();
    workspace->m_context.viewer = viewer;
    workspace->m_context.displayName = session.user.name();
    workspace->m_context.serverUrl = session.serverUrl;
    if (viewer.role == Domain::Role::Clipper) {
        workspace->m_uploads = std::make_unique<Sync::ClipUploadQueue>(*workspace->m_cache, *workspace->m_queue, *workspace->m_api);
        workspace->m_context.uploads = workspace->m_uploads.get();
    } else {
        // Reviewers keep clip videos for offline review.
        workspace->m_offlineMedia = std::make_unique<Sync::OfflineMediaDownloads>(*workspace->m_cache, *workspace->m_api);
        workspace->m_context.offlineMedia = workspace->m_offlineMedia.get();
    }
    return workspace;
}

AccountWorkspace::~AccountWorkspace()
{
    if (m_engine)
        m_engine->stop();
    if (m_socket)
        m_socket->close();
    if (m_api)
        m_api->abortAll();
}

QString AccountWorkspace::cacheFile() const
{
    return m_cache->path();
}

void AccountWorkspace::start()
{
    m_socket->open(m_api->baseUrl(), m_api->token());
    m_engine->start();
    if (m_uploads)
        m_uploads->resumeAll();
    if (m_offlineMedia)
        m_offlineMedia->resumeAll();
}

AppShell *AccountWorkspace::createShell(QWidget *parent)
{
    return new AppShell(m_context, m_engine.get(), parent);
}

SyncStatusWidget *AccountWorkspace::createStatusWidget(QWidget *parent)
{
    return new SyncStatusWidget(*m_engine, parent);
}

} // namespace ClipDesk::Ui

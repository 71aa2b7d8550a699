#pragma once

#include "appcontext.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ClipDesk::Net {
class ApiClient;
class WebSocketSession;
struct Session;
}

namespace ClipDesk::Sync {
class ClientCache;
class ClipUploadQueue;
class MutationQueue;
class OfflineMediaDownloads;
class Outbox;
class SyncEngine;
}

namespace ClipDesk::Ui {

class AppShell;
class SyncStatusWidget;

// Everything that exists while one account is signed in: its cache file, outbox and mutation
// queue, the REST client and live channel with its token, the sync engine, and the widgets
// over them (the app shell, the status bar's sync part). Made on signedIn(), destroyed on
// signedOut() and before the cache file is cleared.
class AccountWorkspace final : public QObject
{
    Q_OBJECT

public:
    // Null (with `error` set) when the cache file cannot be opened.
    static std::unique_ptr<AccountWorkspace> open(const Net::Session &session, const QString &cacheFile, QString *error);
    ~AccountWorkspace() override;
    Q_DISABLE_COPY_MOVE(AccountWorkspace)

    AppContext &context() { return m_context; }
    Sync::SyncEngine &engine() { return *m_engine; }
    Sync::ClientCache &cache() { return *m_cache; }
    Sync::MutationQueue &mutations() { return *m_queue; }
    QString cacheFile() const;
    // The widgets are made on first use and owned by whoever they are given to.
    AppShell *createShell(QWidget *parent);
    SyncStatusWidget *createStatusWidget(QWidget *parent);

    void start();

Q_SIGNALS:
    // The server refused the token.
    void sessionRejected(const QString &reason);

private:
    AccountWorkspace() = default;

    std::unique_ptr<Net::ApiClient> m_api;
    std::unique_ptr<Net::WebSocketSession> m_socket;
    std::unique_ptr<Sync::ClientCache> m_cache;
    std::unique_ptr<Sync::Outbox> m_outbox;
    std::unique_ptr<Sync::MutationQueue> m_queue;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    std::unique_ptr<Sync::OfflineMediaDownloads> m_offlineMedia;
    std::unique_ptr<Sync::ClipUploadQueue> m_uploads; // declared last: destroyed first
    AppContext m_context;
};

} // namespace ClipDesk::Ui

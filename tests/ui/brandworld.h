#pragma once

#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "sync/outbox.h"
#include "ui/appcontext.h"

#include "serverprocess.h"
#include "testapiclient.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace ClipDesk::Testing {

// A real clipdesk-server with a brand and a clipper, and the brand's real client cache,
// outbox and mutation queue wired into an AppContext, as the desktop app does. Data reaches
// the cache only by pulling from the server; the brand's UI changes leave through the outbox.
class BrandWorld final
{
public:
    BrandWorld();
    ~BrandWorld();
    Q_DISABLE_COPY_MOVE(BrandWorld)

    // Starts the server, registers the accounts, gives the clipper a profile and pulls.
    bool start();
    QString error() const { return m_error; }

    // Pulls every page for the brand into the cache (rebasing pending mutations).
    bool pull();
    // Pushes the pending outbox as the app would, records the answers, then pulls. Returns the
    // server's result statuses in order ("ok", "rejected", "conflict").
    QStringList pushOutbox();
    qint64 pendingCount();

    // Server-side helpers (through the real API as `user`); return the result object.
    QJsonObject push(const TestUser &user, const QString &name, const QJsonObject &args, qint64 baseVersion = 0);
    // A campaign created and (optionally) activated on the server by the brand.
    QString createCampaign(const QString &name, qint64 budgetMinor, bool activate, const QString &category = QStringLiteral("gaming"));
    static QJsonObject activatableFields(const QString &name, qint64 budgetMinor, const QString &category);

    ServerProcess server;
    std::unique_ptr<TestApiClient> api;
    TestUser brand;
    TestUser clipper;
    TestUser otherClipper;
    QTemporaryDir dir;
    std::unique_ptr<Sync::ClientCache> cache;
    std::unique_ptr<Sync::Outbox> outbox;
    std::unique_ptr<Sync::MutationQueue> queue;
    Ui::AppContext context;

private:
    QString m_error;
};

// Saves `widget.grab()` to $CLIPDESK_TEST_OUTPUT/screenshots/<name>.
bool saveScreenshot(QWidget &widget, const QString &name);

} // namespace ClipDesk::Testing

#pragma once

#include "backendfixture.h"
#include "pulledstate.h"
#include "testapiclient.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ClipDesk::Testing {

// The sync tests' common ground: a real server per backend (BackendFixture), a TestApiClient
// for it, and short ways to push mutations and build campaigns.
class SyncTestKit final
{
public:
    SyncTestKit() = default;
    Q_DISABLE_COPY_MOVE(SyncTestKit)

    // The shared server of `backend` and a client for it; false (with a warning) if it cannot start.
    bool use(const QString &backend);
    BackendFixture &fixture() { return m_fixture; }
    BackendFixture::Server &server() { return *m_server; }
    TestApiClient &api() { return *m_api; }

    TestUser user(const QString &role, const QString &name) { return m_api->registerUser(role, name); }
    TestUser admin() { return m_api->createAdmin(*m_server->process, m_server->dbSpec); }

    // Pushes one mutation with a fresh id from a fresh client; its result object, or {}.
    QJsonObject push(const TestUser &user, const QString &name, const QJsonObject &args, qint64 baseVersion = 0);
    // The same with an explicit client and mutation (for retries).
    QJsonObject pushWith(const TestUser &user, const QString &clientId, const QJsonObject &mutation);

    // Fields with which a campaign may go active.
    static QJsonObject readyFields(const QString &name, const QString &visibility = QStringLiteral("public"));
    // Creates a campaign from readyFields(); with `activate`, also makes it active. Its id, or empty.
    QString campaign(const TestUser &brand, const QString &name, bool activate,
                     const QString &visibility = QStringLiteral("public"));
    // The campaign as `user` pulls it from scratch; empty when not visible.
    QJsonObject pulledRow(const TestUser &user, const QString &entity, const QString &id);

    static QString status(const QJsonObject &result) { return result.value(QStringLiteral("status")).toString(); }
    static QString errorCode(const QJsonObject &result);
    static QJsonObject okResult(const QJsonObject &result) { return result.value(QStringLiteral("result")).toObject(); }

private:
    BackendFixture m_fixture;
    BackendFixture::Server *m_server = nullptr;
    std::unique_ptr<TestApiClient> m_api;
};

} // namespace ClipDesk::Testing

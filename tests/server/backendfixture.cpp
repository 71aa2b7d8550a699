#include "backendfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace ClipDesk::Testing {

void BackendFixture::addBackendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

BackendFixture::Server *BackendFixture::shared(const QString &backend)
{
    auto it = m_shared.find(backend);
    if (it == m_shared.end()) {
        std::unique_ptr<Server> server = start(backend);
        if (!server)
            return nullptr;
        it = m_shared.insert(backend, std::shared_ptr<Server>(server.release()));
    }
    return it->get();
}

std::unique_ptr<BackendFixture::Server> BackendFixture::start(const QString &backend, const QJsonObject &config, const Server *reuse)
{
    auto server = std::make_unique<Server>();
    QStringList arguments;
    if (reuse) {
        server->dbSpec = reuse->dbSpec;
    } else if (backend == u"postgresql") {
        if (!m_postgres) {
            auto harness = PostgresHarness::start();
            if (!harness) {
                m_error = harness.error().message;
                return nullptr;
            }
            m_postgres = std::move(*harness);
        }
        auto url = m_postgres->createDatabase();
        if (!url) {
            m_error = url.error().message;
            return nullptr;
        }
        server->dbSpec = *url;
    }
    if (!server->dbSpec.isEmpty())
        arguments << QStringLiteral("--db") << server->dbSpec;
    if (!config.isEmpty()) {
        const QString path = m_configDir.filePath(QStringLiteral("config-%1.json").arg(++m_configCount));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(config).toJson()) < 0) {
            m_error = QStringLiteral("cannot write ") + path;
            return nullptr;
        }
        arguments << QStringLiteral("--config") << path;
    }
    server->process = std::make_unique<ServerProcess>(arguments, reuse ? reuse->process->dataDir() : QString());
    if (!server->process->start()) {
        m_error = server->process->errorString();
        return nullptr;
    }
    server->client = std::make_unique<JsonApiClient>(server->process->baseUrl());
    return server;
}

} // namespace ClipDesk::Testing

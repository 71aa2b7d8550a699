#include "syncbackend.h"

#include <QDir>
#include <QTest>
#include <QUrl>

namespace ClipDesk::Testing {

SyncBackend::SyncBackend(QString backend)
    : m_backend(std::move(backend))
{
}

SyncBackend::~SyncBackend()
{
    // Servers first: PostgreSQL must outlive its clients.
    m_server.reset();
}

void SyncBackend::addBackendColumn()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QStringList SyncBackend::serverArguments() const
{
    if (m_dbUrl.isEmpty())
        return {};
    return {QStringLiteral("--db"), m_dbUrl};
}

bool SyncBackend::start()
{
    if (isPostgres()) {
        auto harness = PostgresHarness::start();
        if (!harness) {
            m_error = QStringLiteral("PostgreSQL: ") + harness.error().message;
            return false;
        }
        m_postgres = std::move(*harness);
        auto url = m_postgres->createDatabase();
        if (!url) {
            m_error = QStringLiteral("PostgreSQL: ") + url.error().message;
            return false;
        }
        m_dbUrl = *url;
    } else if (m_backend != u"sqlite") {
        m_error = QStringLiteral("unknown backend ") + m_backend;
        return false;
    }
    m_server = std::make_unique<ServerProcess>(serverArguments());
    if (!m_server->start()) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

std::unique_ptr<ServerProcess> SyncBackend::startAnotherServer()
{
    if (!isPostgres()) {
        m_error = QStringLiteral("several servers need PostgreSQL");
        return nullptr;
    }
    auto server = std::make_unique<ServerProcess>(serverArguments());
    if (!server->start()) {
        m_error = server->errorString();
        return nullptr;
    }
    return server;
}

QString SyncBackend::sqlitePath() const
{
    return QDir(m_server->dataDir()).filePath(QStringLiteral("clipdesk.db"));
}

QString SyncBackend::postgresDatabaseName() const
{
    return QUrl(m_dbUrl).path().mid(1);
}

} // namespace ClipDesk::Testing

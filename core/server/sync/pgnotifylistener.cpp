#include "pgnotifylistener.h"

#include "pokepublisher.h"
#include "synclog.h"
#include "storage/changesequence.h"
#include "storage/database.h"

#include <algorithm>

namespace ClipDesk::Server {

PgNotifyListener::PgNotifyListener(Storage::DatabaseLocation location, PokePublisher &publisher, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_publisher(publisher)
{
    connect(&m_healthCheck, &QTimer::timeout, this, &PgNotifyListener::checkConnection);
}

PgNotifyListener::~PgNotifyListener() = default;

Status PgNotifyListener::start()
{
    if (auto listening = connectAndListen(); !listening)
        return listening;
    m_healthCheck.start(HealthCheckIntervalMs);
    return {};
}

Status PgNotifyListener::connectAndListen()
{
    m_db.reset();
    Storage::DatabaseLocation location = m_location;
    location.connectOptions += (location.connectOptions.isEmpty() ? QString() : QStringLiteral(";"))
        + QStringLiteral("application_name=") + QLatin1String(ApplicationName);
    if (!location.connectOptions.contains(QLatin1String("connect_timeout=")))
        location.connectOptions += QStringLiteral(";connect_timeout=%1").arg(ConnectTimeoutSeconds);
    auto db = Storage::Database::open(location, QLatin1String(ApplicationName));
    if (!db)
        return std::unexpected(db.error());
    QSqlDriver *driver = (*db)->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(PokePublisher::Channel)))
        return failure(QString::fromLatin1(ErrorCode::Storage),
                       QStringLiteral("cannot LISTEN on %1").arg(QString::fromLatin1(PokePublisher::Channel)));
    connect(driver, &QSqlDriver::notification, this, &PgNotifyListener::onNotification);
    m_db = std::move(*db);
    qCInfo(lcSync) << "listening for pokes of other server processes";
    return {};
}

void PgNotifyListener::checkConnection()
{
    if (m_db && m_db->exec(QStringLiteral("SELECT 1")))
        return;
    qCWarning(lcSync) << "the poke listener lost its connection; reconnecting";
    if (auto listening = connectAndListen(); !listening) {
        ++m_failedReconnects;
        const int delay = std::min(MaxRetryIntervalMs, HealthCheckIntervalMs << std::min(m_failedReconnects, 5));
        qCWarning(lcSync) << "cannot listen for pokes:" << listening.error().message << "- next attempt in" << delay << "ms";
        m_healthCheck.setInterval(delay);
        return;
    }
    m_failedReconnects = 0;
    m_healthCheck.setInterval(HealthCheckIntervalMs);
    pokeEveryoneToCatchUp();
}

void PgNotifyListener::pokeEveryoneToCatchUp()
{
    auto cursor = Storage::ChangeSequence::current(*m_db);
    if (!cursor) {
        qCWarning(lcSync) << "cannot read the change sequence after reconnecting:" << cursor.error().message;
        return;
    }
    ChangeAudience everyone;
    everyone.everyone = true;
    m_publisher.deliverLocal(everyone, *cursor);
}

void PgNotifyListener::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name != QLatin1String(PokePublisher::Channel))
        return;
    QString origin;
    qint64 cursor = 0;
    bool ok = false;
    const ChangeAudience audience = ChangeAudience::fromPayload(payload.toString().toUtf8(), &origin, &cursor, &ok);
    if (!ok) {
        qCWarning(lcSync) << "ignoring a malformed poke notification";
        return;
    }
    if (origin == m_publisher.originId())
        return;
    m_publisher.deliverLocal(audience, cursor);
}

} // namespace ClipDesk::Server

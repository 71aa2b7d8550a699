#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace ClipDesk::Storage {
class Database;
}

namespace ClipDesk::Sync {

class CacheRowWriter;

// The desktop client's local copy of what one account may see: one SQLite file per account,
// with a table per entity (real columns for what lists sort and filter on, plus the whole row
// as JSON), the pull cursor, this installation's client id and the outbox. WAL mode with
// synchronous=FULL, so a committed outbox entry survives a crash.
//
// Lives on the thread that opened it. PullApplier and Outbox write through it and report the
// entities they changed with entitiesChanged(), so item models know what to refresh.
class ClientCache final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<ClientCache>> open(const QString &path, QObject *parent = nullptr);
    ~ClientCache() override;
    Q_DISABLE_COPY_MOVE(ClientCache)

    static int schemaVersion(); // the latest this program knows
    Result<int> currentSchemaVersion();

    QString path() const { return m_path; }
    // A UUID picked when the file was created, sent as `client_id` with every push.
    QString clientId() const { return m_clientId; }

    // The pull cursor: where the next pull continues (0 before the first pull).
    Result<qint64> cursor();
    Status setCursor(qint64 cursor); // joins the open write transaction, if any

    // One cached row as JSON, std::nullopt when it is not cached.
    Result<std::optional<QJsonObject>> row(const QString &entity, const QString &id);
    // Rows of one entity matching an SQL condition on its columns ("status = ?"), in `orderBy`
    // order; an empty condition lists them all.
    Result<QList<QJsonObject>> rows(const QString &entity, const QString &condition = {},
                                    const QVariantList &args = {}, const QString &orderBy = {});
    Result<qint64> rowCount(const QString &entity);

    Storage::Database &database() { return *m_db; }
    CacheRowWriter &rowWriter() { return *m_writer; }

    // Emits entitiesChanged() for a committed write; writers call it after their commit.
    void announce(const QSet<QString> &entities);

Q_SIGNALS:
    // Entity names (Sync::Entity) whose cached rows changed in a committed transaction.
    void entitiesChanged(const QStringList &entities);

private:
    ClientCache(QString path, std::unique_ptr<Storage::Database> db, QObject *parent);
    Result<QString> stateValue(const QString &key);
    Status setStateValue(const QString &key, const QString &value);
    Status ensureClientId();

    QString m_path;
    QString m_clientId;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<CacheRowWriter> m_writer; // declared after m_db: destroyed first
};

} // namespace ClipDesk::Sync

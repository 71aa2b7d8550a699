#pragma once

#include "campaignlistmodel.h"

#include "domain/error.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// Reads the list columns of the cache's `campaigns` table for a scope, ordered by id, in one
// statement. It steps SQLite directly through the Qt driver's handle (a QSqlQuery costs
// several times more per row, which matters at 100,000 rows) and shares the strings of
// low-cardinality columns (status, category, currency, ...) between rows.
class CampaignRowLoader final
{
public:
    explicit CampaignRowLoader(Sync::ClientCache &cache);
    Q_DISABLE_COPY_MOVE(CampaignRowLoader)

    Result<std::vector<CampaignListRow>> load(const QString &condition, const QVariantList &args);
    // The time zone of one campaign (read from its row JSON; not a real column).
    QString timeZone(const QString &id);

private:
    Result<std::vector<CampaignListRow>> loadWithQtSql(const QString &sql, const QVariantList &args);

    Sync::ClientCache &m_cache;
};

} // namespace ClipDesk::Ui

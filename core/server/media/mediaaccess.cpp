#include "mediaaccess.h"

#include "storage/database.h"
#include "storage/tusuploadrepository.h"

namespace ClipDesk::Server {

MediaAccess::MediaAccess(Storage::Database &db)
    : m_db(db)
{
}

bool MediaAccess::clipsTableExists()
{
    if (m_clipsTable < 0) {
        const QString sql = m_db.backend() == Storage::Backend::Sqlite
            ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clips'")
            : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'clips'");
        auto row = m_db.queryOne(sql);
        if (!row)
            return false;
        m_clipsTable = row->has_value() ? 1 : 0;
    }
    return m_clipsTable == 1;
}

Result<bool> MediaAccess::mayRead(const AuthenticatedUser &user, const Storage::ClipMediaRecord &media)
{
    if (user.role == Domain::Role::Admin || (!media.ownerId.isEmpty() && media.ownerId == user.userId))
        return true;
    auto uploaded = Storage::TusUploadRepository(m_db).ownerHasContent(user.userId, media.sha256);
    if (!uploaded)
        return std::unexpected(uploaded.error());
    if (*uploaded)
        return true;
    if (!clipsTableExists())
        return false;
    auto brand = m_db.queryOne(QStringLiteral("SELECT 1 FROM clips c JOIN campaigns k ON k.id = c.campaign_id"
                                              " WHERE c.media_sha256 = ? AND k.brand_id = ?"
                                              " AND c.status IN ('submitted', 'approved', 'rejected', 'published') LIMIT 1"),
                               {media.sha256, user.userId});
    if (!brand)
        return std::unexpected(brand.error());
    return brand->has_value();
}

} // namespace ClipDesk::Server

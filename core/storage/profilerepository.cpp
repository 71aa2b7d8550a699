#include "profilerepository.h"

#include "changesequence.h"
#include "columnvalues.h"
#include "database.h"

namespace ClipDesk::Storage {

ProfileRepository::ProfileRepository(Database &db)
    : m_db(db)
{
}

Status ProfileRepository::insertDefault(const QString &userId, const QString &displayName, qint64 nowMs)
{
    std::optional<WriteTransaction> ownTransaction;
    if (!m_db.inWriteTransaction()) {
        ownTransaction.emplace(m_db);
        if (!ownTransaction->begun())
            return ownTransaction->begun();
    }
    auto changeSeq = ChangeSequence::next(m_db);
    if (!changeSeq)
        return std::unexpected(changeSeq.error());
    auto inserted = m_db.exec(
        QStringLiteral("INSERT INTO profiles (user_id, display_name, bio, avatar_sha256, social_links, company_name, industry,"
                       " logo_sha256, brand_colors, category, niche, reach, portfolio_links, version, updated_at,"
                       " field_versions, change_seq)"
                       " VALUES (?, ?, '', NULL, '[]', '', '', NULL, '[]', '', '', 0, '[]', 1, ?, '{}', ?)"),
        {userId, displayName, nowMs, *changeSeq});
    if (!inserted)
        return std::unexpected(inserted.error());
    return ownTransaction ? ownTransaction->commit() : Status();
}

QString ProfileRepository::selectColumns()
{
    return QStringLiteral("p.user_id, u.role, p.display_name, p.bio, p.avatar_sha256, p.social_links, p.company_name,"
                          " p.industry, p.logo_sha256, p.brand_colors, p.category, p.niche, p.reach, p.portfolio_links,"
                          " p.version, p.updated_at");
}

Domain::Profile ProfileRepository::fromRecord(const QSqlRecord &r, int o)
{
    Domain::Profile profile;
    profile.userId = r.value(o + 0).toString();
    profile.role = Domain::roleFromName(r.value(o + 1).toString()).value_or(Domain::Role::Clipper);
    profile.displayName = r.value(o + 2).toString();
    profile.bio = r.value(o + 3).toString();
    profile.avatarSha256 = r.value(o + 4).toString();
    profile.socialLinks = ColumnValues::toList(r.value(o + 5));
    profile.companyName = r.value(o + 6).toString();
    profile.industry = r.value(o + 7).toString();
    profile.logoSha256 = r.value(o + 8).toString();
    profile.brandColors = ColumnValues::toList(r.value(o + 9));
    profile.category = r.value(o + 10).toString();
    profile.niche = r.value(o + 11).toString();
    profile.reach = r.value(o + 12).toLongLong();
    profile.portfolioLinks = ColumnValues::toList(r.value(o + 13));
    profile.version = r.value(o + 14).toLongLong();
    profile.updatedAtMs = r.value(o + 15).toLongLong();
    return profile;
}

Result<std::optional<Domain::Profile>> ProfileRepository::find(const QString &userId)
{
    auto row = m_db.queryOne(u"SELECT " % selectColumns() % u" FROM profiles p JOIN users u ON u.id = p.user_id"
                                                            u" WHERE p.user_id = ?",
                             {userId});
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return std::optional<Domain::Profile>();
    return std::optional<Domain::Profile>(fromRecord(**row));
}

Result<Domain::FieldVersions> ProfileRepository::fieldVersions(const QString &userId)
{
    auto row = m_db.queryOne(QStringLiteral("SELECT field_versions FROM profiles WHERE user_id = ?"), {userId});
    if (!row)
        return std::unexpected(row.error());
    return *row ? Domain::FieldVersions::fromText((*row)->value(0).toString()) : Domain::FieldVersions();
}

Result<bool> ProfileRepository::update(const Domain::Profile &profile, qint64 expectedVersion, const QString &writer)
{
    std::optional<WriteTransaction> ownTransaction;
    if (!m_db.inWriteTransaction()) {
        ownTransaction.emplace(m_db);
        if (!ownTransaction->begun())
            return std::unexpected(ownTransaction->begun().error());
    }
    auto written = writeChanged(profile, expectedVersion, writer);
    if (written && *written && ownTransaction) {
        if (auto committed = ownTransaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return written;
}

Result<bool> ProfileRepository::writeChanged(const Domain::Profile &profile, qint64 expectedVersion, const QString &writer)
{
    // The sequence first: writers lock it before any synced row (see ChangeSequence).
    auto changeSeq = ChangeSequence::next(m_db);
    if (!changeSeq)
        return std::unexpected(changeSeq.error());
    auto current = find(profile.userId);
    if (!current)
        return std::unexpected(current.error());
    if (!current->has_value() || (*current)->version != expectedVersion)
        return false;
    auto versions = fieldVersions(profile.userId);
    if (!versions)
        return std::unexpected(versions.error());
    const QJsonObject before = Domain::profileToJson(**current);
    const QJsonObject after = Domain::profileToJson(profile);
    QStringList fields = after.keys();
    fields.removeAll(QStringLiteral("version"));
    versions->stamp(Domain::FieldVersions::changedFields(before, after, fields), profile.version, writer);

    auto updated = m_db.exec(
        QStringLiteral("UPDATE profiles SET display_name = ?, bio = ?, avatar_sha256 = ?, social_links = ?, company_name = ?,"
                       " industry = ?, logo_sha256 = ?, brand_colors = ?, category = ?, niche = ?, reach = ?,"
                       " portfolio_links = ?, version = ?, updated_at = ?, field_versions = ?, change_seq = ?"
                       " WHERE user_id = ? AND version = ?"),
        {profile.displayName, profile.bio, ColumnValues::nullIfEmpty(profile.avatarSha256), ColumnValues::fromList(profile.socialLinks),
         profile.companyName, profile.industry, ColumnValues::nullIfEmpty(profile.logoSha256), ColumnValues::fromList(profile.brandColors),
         profile.category, profile.niche, profile.reach, ColumnValues::fromList(profile.portfolioLinks), profile.version,
         profile.updatedAtMs, versions->toText(), *changeSeq, profile.userId, expectedVersion});
    if (!updated)
        return std::unexpected(updated.error());
    return updated->numRowsAffected() > 0;
}

} // namespace ClipDesk::Storage

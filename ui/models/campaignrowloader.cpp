#include "campaignrowloader.h"

#include "storage/database.h"
#include "sync/clientcache.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ClipDesk::Ui {

namespace {

constexpr auto Columns = "SELECT id, brand_id, name, status, category, visibility, currency, payout_model, platforms,"
                         " flagged_reason, budget_minor, cpm_rate_minor, per_clip_minor, starts_at, ends_at, updated_at,"
                         " version, is_template FROM campaigns";

std::unexpected<Error> storageError(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::Storage), message);
}

// Shares one QString per distinct value of a column with few distinct values (status,
// currency, brand, ...): a hash lookup is much cheaper than a new string per row (and keeps
// 100,000 rows from touching megabytes of fresh memory).
class StringPool final
{
public:
    QString get(const char *text, int size)
    {
        const std::string_view bytes(text, size_t(size));
        if (const auto it = m_strings.find(bytes); it != m_strings.end())
            return it->second;
        QString value = QString::fromUtf8(text, size);
        if (m_strings.size() < MaxShared)
            m_strings.emplace(std::string(bytes), value);
        return value;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    static constexpr size_t MaxShared = 4096;
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

QString text(sqlite3_stmt *statement, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(statement, column)) : QString();
}

QString pooled(std::array<StringPool, 18> &pools, sqlite3_stmt *statement, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return data ? pools[size_t(column)].get(data, sqlite3_column_bytes(statement, column)) : QString();
}

sqlite3 *sqliteHandle(Storage::Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

// `sql` prepared with `args` bound to its `?` placeholders.
Result<Statement> prepare(sqlite3 *handle, const QString &sql, const QVariantList &args)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &raw, nullptr) != SQLITE_OK)
        return storageError(QString::fromUtf8(sqlite3_errmsg(handle)));
    Statement statement(raw, &sqlite3_finalize);
    for (int i = 0; i < args.size(); ++i) {
        const QVariant &arg = args.at(i);
        int bound = SQLITE_OK;
        if (arg.isNull())
            bound = sqlite3_bind_null(raw, i + 1);
        else if (arg.typeId() == QMetaType::LongLong || arg.typeId() == QMetaType::Int || arg.typeId() == QMetaType::Bool)
            bound = sqlite3_bind_int64(raw, i + 1, arg.toLongLong());
        else {
            const QByteArray value = arg.toString().toUtf8();
            bound = sqlite3_bind_text(raw, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        }
        if (bound != SQLITE_OK)
            return storageError(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return statement;
}

// Sorting in SQL needs a temporary B-tree of whole rows; sorting indexes here is several
// times cheaper.
std::vector<CampaignListRow> sortedById(std::vector<CampaignListRow> rows)
{
    // The covering index campaigns_list starts with the id, so rows usually come sorted.
    const auto byId = [](const CampaignListRow &a, const CampaignListRow &b) { return a.id < b.id; };
    if (std::is_sorted(rows.begin(), rows.end(), byId))
        return rows;
    std::vector<quint32> order(rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::sort(order.begin(), order.end(), [&rows](quint32 a, quint32 b) { return rows[a].id < rows[b].id; });
    std::vector<CampaignListRow> sorted;
    sorted.reserve(rows.size());
    for (const quint32 index : order)
        sorted.push_back(std::move(rows[index]));
    return sorted;
}

} // namespace

CampaignRowLoader::CampaignRowLoader(Sync::ClientCache &cache)
    : m_cache(cache)
{
}

Result<std::vector<CampaignListRow>> CampaignRowLoader::load(const QString &condition, const QVariantList &args)
{
    QString sql = QString::fromLatin1(Columns);
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;

    sqlite3 *handle = sqliteHandle(m_cache.database());
    if (!handle)
        return loadWithQtSql(sql, args);
    // Counting first (on a small index) lets the rows go into one allocation of the right size.
    QString countSql = QStringLiteral("SELECT count(*) FROM campaigns");
    if (!condition.isEmpty())
        countSql += QStringLiteral(" WHERE ") + condition;
    auto counter = prepare(handle, countSql, args);
    if (!counter)
        return std::unexpected(counter.error());
    const qint64 expected = sqlite3_step(counter->get()) == SQLITE_ROW ? sqlite3_column_int64(counter->get(), 0) : 0;
    counter->reset();
    // A scope that keeps a good part of the table (a big brand's own list, Discover) reads the
    // covering index campaigns_list whole: no lookups into the wide rows, and rows come in id
    // order, so nothing is sorted. A narrow scope keeps the planner's index lookups.
    if (!condition.isEmpty()) {
        auto total = prepare(handle, QStringLiteral("SELECT count(*) FROM campaigns"), {});
        if (!total)
            return std::unexpected(total.error());
        const qint64 all = sqlite3_step(total->get()) == SQLITE_ROW ? sqlite3_column_int64(total->get(), 0) : 0;
        if (expected * 8 > all)
            sql = QString::fromLatin1(Columns) + QStringLiteral(" INDEXED BY campaigns_list WHERE ") + condition;
    }
    auto prepared = prepare(handle, sql, args);
    if (!prepared)
        return std::unexpected(prepared.error());
    sqlite3_stmt *statement = prepared->get();

    std::vector<CampaignListRow> rows;
    rows.reserve(size_t(std::clamp<qint64>(expected, 0, 10'000'000)) + 16);
    std::array<StringPool, 18> pools; // one per column
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        CampaignListRow row;
        row.id = text(statement, 0);
        row.brandId = pooled(pools, statement, 1);
        row.name = text(statement, 2);
        row.status = pooled(pools, statement, 3);
        row.category = pooled(pools, statement, 4);
        row.visibility = pooled(pools, statement, 5);
        row.currency = pooled(pools, statement, 6);
        row.payoutModel = pooled(pools, statement, 7);
        row.platforms = pooled(pools, statement, 8);
        row.flaggedReason = pooled(pools, statement, 9);
        row.budgetMinor = sqlite3_column_int64(statement, 10);
        row.cpmRateMinor = sqlite3_column_int64(statement, 11);
        row.perClipMinor = sqlite3_column_int64(statement, 12);
        row.startsAtMs = sqlite3_column_int64(statement, 13);
        row.endsAtMs = sqlite3_column_int64(statement, 14);
        row.updatedAtMs = sqlite3_column_int64(statement, 15);
        row.version = sqlite3_column_int64(statement, 16);
        row.isTemplate = sqlite3_column_int64(statement, 17) != 0;
        rows.push_back(std::move(row));
    }
    if (step != SQLITE_DONE)
        return storageError(QString::fromUtf8(sqlite3_errmsg(handle)));
    return sortedById(std::move(rows));
}

Result<std::vector<CampaignListRow>> CampaignRowLoader::loadWithQtSql(const QString &sql, const QVariantList &args)
{
    auto query = m_cache.database().exec(sql, args);
    if (!query)
        return std::unexpected(query.error());
    std::vector<CampaignListRow> rows;
    while (query->next()) {
        CampaignListRow row;
        row.id = query->value(0).toString();
        row.brandId = query->value(1).toString();
        row.name = query->value(2).toString();
        row.status = query->value(3).toString();
        row.category = query->value(4).toString();
        row.visibility = query->value(5).toString();
        row.currency = query->value(6).toString();
        row.payoutModel = query->value(7).toString();
        row.platforms = query->value(8).toString();
        row.flaggedReason = query->value(9).toString();
        row.budgetMinor = query->value(10).toLongLong();
        row.cpmRateMinor = query->value(11).toLongLong();
        row.perClipMinor = query->value(12).toLongLong();
        row.startsAtMs = query->value(13).toLongLong();
        row.endsAtMs = query->value(14).toLongLong();
        row.updatedAtMs = query->value(15).toLongLong();
        row.version = query->value(16).toLongLong();
        row.isTemplate = query->value(17).toLongLong() != 0;
        rows.push_back(std::move(row));
    }
    return sortedById(std::move(rows));
}

QString CampaignRowLoader::timeZone(const QString &id)
{
    const auto record = m_cache.database().queryOne(
        QStringLiteral("SELECT json_extract(row_json, '$.time_zone') FROM campaigns WHERE id = ?"), {id});
    if (!record || !*record)
        return {};
    return (*record)->value(0).toString();
}

} // namespace ClipDesk::Ui

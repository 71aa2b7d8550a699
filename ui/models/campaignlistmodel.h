#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <array>
#include <vector>

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Ui {

// One cached campaign as a list shows it: only the cache's real columns,
// so that 100,000 rows load in one query without parsing any row JSON.
struct CampaignListRow
{
    QString id;
    QString brandId;
    QString name;
    QString status;      // "draft", "active", ...
    QString category;
    QString visibility;  // "public" / "private"
    QString currency;
    QString payoutModel; // "cpm", "per_clip", "hybrid", "none"
    QString platforms;   // comma separated ids ("tiktok,youtube_shorts")
    QString flaggedReason;
    qint64 budgetMinor = 0;
    qint64 cpmRateMinor = 0;
    qint64 perClipMinor = 0;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 version = 0;
    bool isTemplate = false;

    friend bool operator==(const CampaignListRow &, const CampaignListRow &) = default;
};

// The campaigns of the local cache that match a scope (an SQL condition on the cache's
// `campaigns` table, set by the page: "brand_id = ?", "status = 'active' AND visibility =
// 'public'", ...), as a table. Columns can be chosen per role; DisplayRole is formatted text,
// SortRole a raw, numerically comparable value. Reloads when the cache announces "campaign"
// changes, with fine-grained row signals so that selection and scrolling stay put.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Status,
        Category,
        Budget,
        CpmRate,
        PerClip,
        PayoutModel,
        Platforms,
        StartsAt,
        EndsAt,
        UpdatedAt,
        Visibility,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,        // qint64 for money and dates, QString otherwise
        StatusRole,      // "active"
        CategoryRole,
        CurrencyRole,
        BudgetMinorRole,
        CpmRateMinorRole,
        PerClipMinorRole,
        PayoutModelRole,
        PlatformsRole,   // QStringList of platform ids
        StartsAtRole,    // epoch ms
        EndsAtRole,
        VersionRole,
        IsTemplateRole,
        BrandIdRole,
        FlaggedReasonRole,
        VisibilityRole,
        TimeZoneRole,
    };
    Q_ENUM(Role)

    explicit CampaignListModel(Sync::ClientCache &cache, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignListModel)

    // Which rows: an SQL condition on the campaigns table with `?` placeholders; empty = all.
    // Reloads at once.
    void setScope(const QString &condition, const QVariantList &args = {});
    QString scopeCondition() const { return m_condition; }
    // Which columns, in order (default: all).
    void setColumns(const QList<Column> &columns);
    QList<Column> columns() const { return m_columns; }
    Column columnAt(int section) const { return m_columns.value(section, Name); }
    int sectionOf(Column column) const { return int(m_columns.indexOf(column)); }

    // Reads the cache again and reports the differences.
    void reload();
    QString lastError() const { return m_lastError; }

    const CampaignListRow &rowAt(int row) const { return m_rows[size_t(row)]; }
    int rowOfId(const QString &id) const;

    // Money and date columns compare as numbers (qint64 SortRole values).
    static bool isNumeric(Column column);
    // The raw value of a numeric column for every row, in row order: what sorting compares
    // (contiguous keys instead of 300-byte rows scattered over 30 MB). Built on first use and
    // kept up to date through every change; empty for other columns.
    const std::vector<qint64> &numericSortKeys(Column column) const;

    static QString statusText(const QString &status);
    static QString payoutModelText(const QString &model);
    static QString platformText(const QString &platform);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void reloaded();

private:
    std::vector<CampaignListRow> load();
    void applyDiff(std::vector<CampaignListRow> next);
    QVariant displayValue(const CampaignListRow &row, Column column) const;
    QVariant sortValue(const CampaignListRow &row, Column column) const;
    // Read lazily: only rows that are shown need it, and it is not a real column.
    QString timeZoneOf(const CampaignListRow &row) const;
    static qint64 numericValue(const CampaignListRow &row, Column column);
    // Keep the built sort keys in step with m_rows (call after changing m_rows, before the signal).
    void sortKeysReset();
    void sortKeysErased(size_t first, size_t end);
    void sortKeysInserted(size_t first, size_t count);
    void sortKeysChanged(size_t row);

    Sync::ClientCache &m_cache;
    QString m_condition;
    QVariantList m_args;
    QList<Column> m_columns;
    std::vector<CampaignListRow> m_rows; // ordered by id
    mutable std::array<std::vector<qint64>, ColumnCount> m_sortKeys; // per column; empty = not built
    mutable QHash<QString, QString> m_timeZones;
    QString m_lastError;
};

} // namespace ClipDesk::Ui

#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace ClipDesk::Ui {

class CampaignListModel;

// Filters and sorts a CampaignListModel. Every criterion left at its default lets all rows
// through. Sorting compares the rows' raw values (money and dates numerically), never their
// display text. Set the source with setCampaignModel().
class CampaignFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class TemplateFilter { CampaignsOnly, TemplatesOnly, Both };

    explicit CampaignFilterProxy(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignFilterProxy)

    void setCampaignModel(CampaignListModel *model);
    CampaignListModel *campaignModel() const { return m_model; }

    // Case-insensitive words matched against the name and the category.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Status names ("active", ...); empty = any status.
    void setStatuses(const QSet<QString> &statuses);
    QSet<QString> statuses() const { return m_statuses; }
    void setCategory(const QString &category); // empty = any
    // "cpm", "per_clip" or "hybrid"; a hybrid campaign also matches "cpm" and "per_clip".
    void setPayoutModel(const QString &model); // empty = any
    void setMinimumCpmRate(qint64 minor);      // 0 = any
    void setPlatform(const QString &platform); // empty = any
    // The budget (there is no spend data yet, so "budget left" is the budget), in minor units.
    void setMinimumBudget(qint64 minor);
    void setTemplateFilter(TemplateFilter filter);
    TemplateFilter templateFilter() const { return m_templates; }
    // Campaign rows of other brands are hidden when set (empty = everyone's).
    void setBrandId(const QString &brandId);

    bool hasActiveFilters() const;
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    CampaignListModel *m_model = nullptr;
    QString m_search;
    QStringList m_searchWords;
    QSet<QString> m_statuses;
    QString m_category;
    QString m_payoutModel;
    qint64 m_minimumCpm = 0;
    QString m_platform;
    qint64 m_minimumBudget = 0;
    TemplateFilter m_templates = TemplateFilter::Both;
    QString m_brandId;
};

} // namespace ClipDesk::Ui

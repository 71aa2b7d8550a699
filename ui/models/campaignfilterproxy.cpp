#include "campaignfilterproxy.h"

#include "campaignlistmodel.h"

namespace ClipDesk::Ui {

CampaignFilterProxy::CampaignFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CampaignListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CampaignFilterProxy::setCampaignModel(CampaignListModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void CampaignFilterProxy::refilter()
{
    invalidateFilter();
}

void CampaignFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_searchWords = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void CampaignFilterProxy::setStatuses(const QSet<QString> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    refilter();
}

void CampaignFilterProxy::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    refilter();
}

void CampaignFilterProxy::setPayoutModel(const QString &model)
{
    if (model == m_payoutModel)
        return;
    m_payoutModel = model;
    refilter();
}

void CampaignFilterProxy::setMinimumCpmRate(qint64 minor)
{
    if (minor == m_minimumCpm)
        return;
    m_minimumCpm = minor;
    refilter();
}

void CampaignFilterProxy::setPlatform(const QString &platform)
{
    if (platform == m_platform)
        return;
    m_platform = platform;
    refilter();
}

void CampaignFilterProxy::setMinimumBudget(qint64 minor)
{
    if (minor == m_minimumBudget)
        return;
    m_minimumBudget = minor;
    refilter();
}

void CampaignFilterProxy::setTemplateFilter(TemplateFilter filter)
{
    if (filter == m_templates)
        return;
    m_templates = filter;
    refilter();
}

void CampaignFilterProxy::setBrandId(const QString &brandId)
{
    if (brandId == m_brandId)
        return;
    m_brandId = brandId;
    refilter();
}

bool CampaignFilterProxy::hasActiveFilters() const
{
    return !m_searchWords.isEmpty() || !m_statuses.isEmpty() || !m_category.isEmpty() || !m_payoutModel.isEmpty()
           || m_minimumCpm > 0 || !m_platform.isEmpty() || m_minimumBudget > 0;
}

void CampaignFilterProxy::clearFilters()
{
    m_search.clear();
    m_searchWords.clear();
    m_statuses.clear();
    m_category.clear();
    m_payoutModel.clear();
    m_minimumCpm = 0;
    m_platform.clear();
    m_minimumBudget = 0;
    refilter();
}

bool CampaignFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return false;
    const CampaignListRow &row = m_model->rowAt(sourceRow);
    if (m_templates == TemplateFilter::CampaignsOnly && row.isTemplate)
        return false;
    if (m_templates == TemplateFilter::TemplatesOnly && !row.isTemplate)
        return false;
    if (!m_brandId.isEmpty() && row.brandId != m_brandId)
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(row.status))
        return false;
    if (!m_category.isEmpty() && row.category != m_category)
        return false;
    if (!m_payoutModel.isEmpty() && row.payoutModel != m_payoutModel
        && !(row.payoutModel == u"hybrid" && (m_payoutModel == u"cpm" || m_payoutModel == u"per_clip")))
        return false;
    if (m_minimumCpm > 0 && row.cpmRateMinor < m_minimumCpm)
        return false;
    if (m_minimumBudget > 0 && row.budgetMinor < m_minimumBudget)
        return false;
    if (!m_platform.isEmpty() && !row.platforms.split(QLatin1Char(',')).contains(m_platform))
        return false;
    for (const QString &word : m_searchWords) {
        if (!row.name.contains(word, Qt::CaseInsensitive) && !row.category.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool CampaignFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model || left.model() != m_model || right.model() != m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const CampaignListModel::Column column = m_model->columnAt(left.column());
    if (CampaignListModel::isNumeric(column)) {
        // Contiguous keys; equal values keep the model's order, which is by id.
        const std::vector<qint64> &keys = m_model->numericSortKeys(column);
        const qint64 x = keys[size_t(left.row())];
        const qint64 y = keys[size_t(right.row())];
        return x != y ? x < y : left.row() < right.row();
    }
    const CampaignListRow &a = m_model->rowAt(left.row());
    const CampaignListRow &b = m_model->rowAt(right.row());
    const auto text = [](const QString &x, const QString &y) {
        const int order = x.compare(y, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : x < y;
    };
    switch (column) {
    case CampaignListModel::Name: return text(a.name, b.name);
    case CampaignListModel::Status: return text(a.status, b.status);
    case CampaignListModel::Category: return text(a.category, b.category);
    case CampaignListModel::PayoutModel: return text(a.payoutModel, b.payoutModel);
    case CampaignListModel::Platforms: return text(a.platforms, b.platforms);
    case CampaignListModel::Visibility: return text(a.visibility, b.visibility);
    default: break; // the numeric columns, above
    }
    return false;
}

} // namespace ClipDesk::Ui

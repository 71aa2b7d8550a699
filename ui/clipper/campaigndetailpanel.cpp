#include "clipper/campaigndetailpanel.h"

#include "admin/emptystate.h"
#include "domain/money.h"
#include "models/campaignlistmodel.h"
#include "models/displaytext.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

QString hashtags(const QStringList &tags)
{
    QStringList shown;
    for (const QString &tag : tags)
        shown.append(QStringLiteral("`") + (tag.startsWith(u'#') ? tag : u'#' + tag) + QStringLiteral("`"));
    return shown.join(QStringLiteral(" "));
}

} // namespace

CampaignDetailPanel::CampaignDetailPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                             tr("Select a campaign to read its brief and apply."), this))
    , m_browser(new QTextBrowser(this))
    , m_apply(new QPushButton(tr("Apply…"), this))
    , m_applyNote(new QLabel(this))
{
    setObjectName(QStringLiteral("campaignDetailPanel"));
    m_browser->setObjectName(QStringLiteral("campaignBrief"));
    m_browser->setOpenExternalLinks(true);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_applyNote->setObjectName(QStringLiteral("applyNote"));
    m_applyNote->setWordWrap(true);
    m_applyNote->setForegroundRole(QPalette::PlaceholderText);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_browser, 1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_applyNote, 1);
    applyRow->addWidget(m_apply);
    detailsLayout->addLayout(applyRow);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!m_campaign.id.isEmpty())
            Q_EMIT applyRequested(m_campaign.id);
    });
    connect(m_context.cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (entities.contains(Sync::Entity::Offer) || entities.contains(Sync::Entity::Membership)
            || entities.contains(Sync::Entity::Campaign) || entities.contains(Sync::Entity::Profile))
            refresh();
    });
}

void CampaignDetailPanel::showCampaign(const QString &campaignId)
{
    m_campaign = Domain::Campaign();
    m_campaign.id = campaignId;
    refresh();
}

void CampaignDetailPanel::refresh()
{
    std::optional<QJsonObject> row;
    if (!m_campaign.id.isEmpty()) {
        if (auto cached = m_context.cache->row(Sync::Entity::Campaign, m_campaign.id))
            row = *cached;
    }
    if (!row) {
        m_campaign = Domain::Campaign();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_campaign = Domain::campaignFromJson(*row);
    m_browser->setMarkdown(markdownFor(m_campaign, brandName(m_campaign.brandId)));
    const QString blocker = applyBlocker();
    m_apply->setEnabled(blocker.isEmpty());
    m_applyNote->setText(blocker);
    const QString keys = m_apply->shortcut().toString(QKeySequence::NativeText);
    m_apply->setToolTip(blocker.isEmpty() ? tr("Apply to this campaign with a message and your terms (%1)").arg(keys) : blocker);
    m_stack->setCurrentIndex(1);
}

QString CampaignDetailPanel::brandName(const QString &brandId) const
{
    auto row = m_context.cache->row(Sync::Entity::Profile, brandId);
    if (!row || !row->has_value())
        return tr("Unknown brand");
    const QJsonObject profile = **row;
    for (const char *key : {"company_name", "display_name", "username"}) {
        const QString name = profile.value(QLatin1String(key)).toString();
        if (!name.isEmpty())
            return name;
    }
    return tr("Unknown brand");
}

QString CampaignDetailPanel::applyBlocker() const
{
    const QVariantList args{m_campaign.id, m_context.viewer.userId};
    auto members = m_context.cache->rows(Sync::Entity::Membership,
                                         QStringLiteral("campaign_id = ? AND clipper_id = ? AND status = 'active'"), args);
    if (members && !members->isEmpty())
        return tr("You are a member of this campaign. See My campaigns.");
    auto offers = m_context.cache->rows(Sync::Entity::Offer,
                                        QStringLiteral("campaign_id = ? AND clipper_id = ? AND status = 'pending'"), args);
    if (offers && !offers->isEmpty())
        return tr("You already have an open offer thread for this campaign. See Offers.");
    if (!m_campaign.isDiscoverable())
        return tr("This campaign is not open for applications.");
    return {};
}

QString CampaignDetailPanel::markdownFor(const Domain::Campaign &c, const QString &brand)
{
    const auto money = [&c](qint64 minor) { return Domain::Money{minor, c.budget.currency}.toDisplayString(); };
    QString md;
    md += QStringLiteral("# ") + c.name + QStringLiteral("\n\n");
    md += tr("by **%1** · %2 · %3").arg(brand, c.category.isEmpty() ? tr("no category") : c.category,
                                         CampaignListModel::payoutModelText(c.payoutModel()))
        + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Brief") + QStringLiteral("\n\n");
    md += (c.briefMarkdown.trimmed().isEmpty() ? tr("*No brief yet.*") : c.briefMarkdown) + QStringLiteral("\n\n");
    if (!c.goals.trimmed().isEmpty())
        md += QStringLiteral("## ") + tr("Goals") + QStringLiteral("\n\n") + c.goals + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Payout") + QStringLiteral("\n\n");
    if (c.cpmRateMinor > 0)
        md += QStringLiteral("- ") + tr("CPM rate: %1 per 1,000 views").arg(money(c.cpmRateMinor)) + u'\n';
    if (c.perClipMinor > 0)
        md += QStringLiteral("- ") + tr("Per clip: %1").arg(money(c.perClipMinor)) + u'\n';
    if (c.maxPayoutPerClipMinor > 0)
        md += QStringLiteral("- ") + tr("At most %1 per clip").arg(money(c.maxPayoutPerClipMinor)) + u'\n';
    if (c.capPerClipperMinor > 0)
        md += QStringLiteral("- ") + tr("At most %1 per clipper").arg(money(c.capPerClipperMinor)) + u'\n';
    if (c.minViews > 0)
        md += QStringLiteral("- ") + tr("A clip earns from %1 views").arg(c.minViews) + u'\n';
    md += QStringLiteral("- ") + tr("Budget: %1").arg(c.budget.toDisplayString()) + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Dates") + QStringLiteral("\n\n");
    md += tr("%1 → %2 (%3)").arg(DisplayText::time(c.startsAtMs, c.timeZone), DisplayText::time(c.endsAtMs, c.timeZone),
                                  c.timeZone)
        + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Where and how") + QStringLiteral("\n\n");
    QStringList platforms;
    for (const QString &platform : c.platforms)
        platforms.append(CampaignListModel::platformText(platform));
    md += QStringLiteral("- ") + tr("Platforms: %1").arg(platforms.isEmpty() ? tr("any") : platforms.join(QStringLiteral(", "))) + u'\n';
    if (!c.requiredHashtags.isEmpty())
        md += QStringLiteral("- ") + tr("Required hashtags: %1").arg(hashtags(c.requiredHashtags)) + u'\n';
    if (!c.blacklistedHashtags.isEmpty())
        md += QStringLiteral("- ") + tr("Never use: %1").arg(hashtags(c.blacklistedHashtags)) + u'\n';
    if (!c.disclosureText.trimmed().isEmpty())
        md += QStringLiteral("- ") + tr("Disclosure: “%1”").arg(c.disclosureText.trimmed()) + u'\n';
    md += QStringLiteral("- ") + tr("Up to %n submission(s) per clipper", nullptr, c.submissionLimitPerClipper) + u'\n';
    if (!c.sourceAssetLinks.isEmpty()) {
        md += QStringLiteral("\n## ") + tr("Source material") + QStringLiteral("\n\n");
        for (const QString &link : c.sourceAssetLinks)
            md += QStringLiteral("- <") + link + QStringLiteral(">\n");
    }
    return md;
}

} // namespace ClipDesk::Ui

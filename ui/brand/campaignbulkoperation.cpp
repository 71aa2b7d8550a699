#include "campaignbulkoperation.h"

#include "domain/campaignrules.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"

namespace ClipDesk::Ui {

namespace {
constexpr qint64 DayMs = 86'400'000;
const QString CampaignEntity = QStringLiteral("campaign");
} // namespace

CampaignBulkOperation::CampaignBulkOperation(Sync::ClientCache &cache, Sync::MutationQueue &mutations,
                                             QStringList campaignIds)
    : m_cache(cache)
    , m_mutations(mutations)
    , m_ids(std::move(campaignIds))
{
}

BulkOutcome CampaignBulkOperation::forEach(const std::function<std::optional<Error>(const Domain::Campaign &)> &submit)
{
    BulkOutcome outcome;
    for (const QString &id : std::as_const(m_ids)) {
        ++outcome.attempted;
        const auto row = m_cache.row(CampaignEntity, id);
        if (!row || !*row) {
            outcome.failures.append(tr("%1: this campaign is no longer there.").arg(id));
            continue;
        }
        const Domain::Campaign campaign = Domain::campaignFromJson(**row);
        if (const auto error = submit(campaign))
            outcome.failures.append(tr("%1: %2").arg(campaign.name, error->message));
    }
    return outcome;
}

BulkOutcome CampaignBulkOperation::setStatus(Domain::CampaignStatus status)
{
    return forEach([this, status](const Domain::Campaign &campaign) -> std::optional<Error> {
        const QJsonObject args{{QStringLiteral("id"), campaign.id},
                               {QStringLiteral("status"), Domain::campaignStatusName(status)}};
        auto queued = m_mutations.submit(QStringLiteral("campaign.set_status"), args, qMax<qint64>(campaign.version, 1));
        return queued ? std::nullopt : std::optional<Error>(queued.error());
    });
}

BulkOutcome CampaignBulkOperation::update(const std::function<QJsonObject(const Domain::Campaign &)> &changes)
{
    return forEach([this, &changes](const Domain::Campaign &campaign) -> std::optional<Error> {
        const QJsonObject fields = changes(campaign);
        if (fields.isEmpty())
            return Error{QString::fromLatin1(ErrorCode::InvalidArgument), tr("there is nothing to change.")};
        const QJsonObject args{{QStringLiteral("id"), campaign.id}, {QStringLiteral("changes"), fields}};
        auto queued = m_mutations.submit(QStringLiteral("campaign.update"), args, qMax<qint64>(campaign.version, 1));
        return queued ? std::nullopt : std::optional<Error>(queued.error());
    });
}

BulkOutcome CampaignBulkOperation::shiftDates(int days)
{
    return update([days](const Domain::Campaign &campaign) {
        QJsonObject changes;
        if (campaign.startsAtMs > 0)
            changes.insert(QStringLiteral("starts_at"), campaign.startsAtMs + days * DayMs);
        if (campaign.endsAtMs > 0)
            changes.insert(QStringLiteral("ends_at"), campaign.endsAtMs + days * DayMs);
        return changes;
    });
}

BulkOutcome CampaignBulkOperation::setDates(qint64 startsAtMs, qint64 endsAtMs)
{
    return update([startsAtMs, endsAtMs](const Domain::Campaign &) {
        QJsonObject changes;
        if (startsAtMs > 0)
            changes.insert(QStringLiteral("starts_at"), startsAtMs);
        if (endsAtMs > 0)
            changes.insert(QStringLiteral("ends_at"), endsAtMs);
        return changes;
    });
}

BulkOutcome CampaignBulkOperation::setBudget(qint64 budgetMinor)
{
    return update([budgetMinor](const Domain::Campaign &campaign) {
        return QJsonObject{{QStringLiteral("budget"),
                            Domain::moneyToJson(Domain::Money{budgetMinor, campaign.budget.currency})}};
    });
}

BulkOutcome CampaignBulkOperation::remove()
{
    return forEach([this](const Domain::Campaign &campaign) -> std::optional<Error> {
        auto queued = m_mutations.submit(QStringLiteral("campaign.delete"), {{QStringLiteral("id"), campaign.id}});
        return queued ? std::nullopt : std::optional<Error>(queued.error());
    });
}

QString CampaignBulkOperation::statusVerb(Domain::CampaignStatus status)
{
    switch (status) {
    case Domain::CampaignStatus::Active: return tr("activated");
    case Domain::CampaignStatus::Paused: return tr("paused");
    case Domain::CampaignStatus::Completed: return tr("completed");
    case Domain::CampaignStatus::Archived: return tr("archived");
    case Domain::CampaignStatus::Draft: break;
    }
    return tr("changed");
}

QString CampaignBulkOperation::statusAction(Domain::CampaignStatus status)
{
    switch (status) {
    case Domain::CampaignStatus::Active: return tr("Activate");
    case Domain::CampaignStatus::Paused: return tr("Pause");
    case Domain::CampaignStatus::Completed: return tr("Complete");
    case Domain::CampaignStatus::Archived: return tr("Archive");
    case Domain::CampaignStatus::Draft: break;
    }
    return {};
}

QString CampaignBulkOperation::summary(const BulkOutcome &outcome, Domain::CampaignStatus status)
{
    return summary(outcome, statusVerb(status));
}

QString CampaignBulkOperation::summary(const BulkOutcome &outcome, const QString &verbPhrase)
{
    if (outcome.ok())
        return {};
    if (outcome.attempted == 1)
        return tr("The campaign could not be %1: %2").arg(verbPhrase, outcome.failures.constFirst());
    return tr("%1 of %2 campaigns could not be %3: %4")
        .arg(outcome.failures.size())
        .arg(outcome.attempted)
        .arg(verbPhrase, outcome.failures.join(QStringLiteral("; ")));
}

} // namespace ClipDesk::Ui

#pragma once

#include "domain/campaign.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ClipDesk::Sync {
class ClientCache;
class MutationQueue;
}

namespace ClipDesk::Ui {

// What a bulk edit did: how many campaigns it tried, and one "Name: reason" per failure.
struct BulkOutcome
{
    int attempted = 0;
    QStringList failures;

    int succeeded() const { return attempted - int(failures.size()); }
    bool ok() const { return failures.isEmpty(); }
};

// Applies one change to several campaigns: one mutation per campaign through the mutation
// queue (each predicted by the domain rules, so a refused one changes nothing), collecting
// every failure with the campaign's name.
class CampaignBulkOperation final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignBulkOperation)

public:
    CampaignBulkOperation(Sync::ClientCache &cache, Sync::MutationQueue &mutations, QStringList campaignIds);

    BulkOutcome setStatus(Domain::CampaignStatus status);
    // Moves start and end (those that are set) by `days` (negative = earlier).
    BulkOutcome shiftDates(int days);
    // 0 leaves that date as it is.
    BulkOutcome setDates(qint64 startsAtMs, qint64 endsAtMs);
    BulkOutcome setBudget(qint64 budgetMinor);
    BulkOutcome remove();

    // "2 of 5 campaigns could not be activated: A: reason; B: reason" (empty when all went).
    static QString summary(const BulkOutcome &outcome, Domain::CampaignStatus status);
    static QString summary(const BulkOutcome &outcome, const QString &verbPhrase);
    static QString statusVerb(Domain::CampaignStatus status); // "activated"
    static QString statusAction(Domain::CampaignStatus status); // "Activate"

private:
    // Runs `submit` for every cached campaign; it returns the queue's answer.
    BulkOutcome forEach(const std::function<std::optional<Error>(const Domain::Campaign &)> &submit);
    BulkOutcome update(const std::function<QJsonObject(const Domain::Campaign &)> &changes);

    Sync::ClientCache &m_cache;
    Sync::MutationQueue &m_mutations;
    QStringList m_ids;
};

} // namespace ClipDesk::Ui

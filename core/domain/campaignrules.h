#pragma once

#include "campaign.h"

#include <QCoreApplication>

namespace ClipDesk::Domain {

// Campaign rules shared by client (to predict) and server (to decide).
class CampaignRules final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRules)

public:
    static constexpr int MaxNameLength = 120;
    static constexpr int MaxBriefLength = 20000;
    static constexpr int MaxGoalsLength = 2000;
    static constexpr int MaxDisclosureLength = 500;
    static constexpr int MaxHashtags = 30;
    static constexpr int MaxLinks = 20;
    static constexpr int MaxSubmissionLimit = 1000;

    // Applies brand-editable fields from JSON. Unknown or read-only fields (owner, status,
    // version...) are errors. On error `campaign` is unchanged.
    static Status applyChanges(Campaign &campaign, const QJsonObject &changes);
    // Rules that hold in every status.
    static Status validate(const Campaign &campaign);
    // Extra rules for going (or staying) active.
    static Status validateForActivation(const Campaign &campaign, qint64 nowMs);

    static bool isLegalTransition(CampaignStatus from, CampaignStatus to);
    static QList<CampaignStatus> nextStatuses(CampaignStatus from);
    static Status checkTransition(const Campaign &campaign, CampaignStatus to, qint64 nowMs);
    // Completed and archived campaigns are read-only.
    static bool isEditable(const Campaign &campaign);

    // "#Tag" / "tag" → "#tag"; empty when the text is not a valid hashtag.
    static QString normalizedHashtag(const QString &text);
};

} // namespace ClipDesk::Domain

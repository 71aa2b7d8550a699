#pragma once

#include "campaign.h"
#include "clip.h"
#include "error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ClipDesk::Domain {

// Error codes of clip rules, besides ErrorCode::* (see core/sync/PROTOCOL.md).
namespace ClipErrorCode {
inline constexpr auto IllegalTransition = "illegal_transition";
inline constexpr auto SubmissionLimit = "submission_limit";
} // namespace ClipErrorCode

// What a submission is checked against besides the clip and its campaign.
struct ClipSubmissionContext
{
    bool isActiveMember = false; // the clipper has an active membership in the campaign
    int countedSubmissions = 0;  // the clipper's other clips on the campaign that count toward its limit
};

// Clip rules shared by client (to predict) and server (to decide). Every failure carries a
// message for people.
class ClipRules final
{
    Q_DECLARE_TR_FUNCTIONS(ClipRules)

public:
    static constexpr int MaxTitleLength = 120;
    static constexpr int MaxCaptionLength = 2200; // TikTok's and Instagram's caption limit
    static constexpr int MaxHashtags = 30;        // counting the caption's own #tags
    static constexpr int MaxUrlLength = 2000;
    static constexpr int MaxFeedbackLength = 2000;

    // Applies owner-editable fields (editableClipFields()) from JSON; anything else is an error.
    // Only clips no reviewer has seen (draft, uploading) change in place. On error `clip` is
    // unchanged.
    static Status applyChanges(Clip &clip, const QJsonObject &changes);
    // Syntax and limits that hold in every status.
    static Status validate(const Clip &clip);

    static bool isLegalTransition(ClipStatus from, ClipStatus to);
    static QList<ClipStatus> nextStatuses(ClipStatus from);
    // Draft and uploading clips are edited in place; the others get a new version.
    static bool isEditableInPlace(ClipStatus status);
    static Status checkEditable(const Clip &clip);
    // Drafts (also while uploading) and rejected clips.
    static bool isDeletable(ClipStatus status);
    static Status checkDeletable(const Clip &clip);
    // Clips a reviewer has seen (submitted, approved, rejected, published).
    static Status checkNewVersion(const Clip &source);
    // The next version of `source`: its content as a new draft, with no review and no link.
    static Clip newVersionOf(const Clip &source, const QString &newId, qint64 nowMs);

    // Statuses that use up one of a campaign's submissions per clipper.
    static QList<ClipStatus> countedStatuses();
    static Status checkSubmission(const Clip &clip, const Campaign &campaign, const ClipSubmissionContext &context);
    // Approve, or reject with feedback.
    static Status checkReview(const Clip &clip, bool approve, const QString &feedback);
    // An approved clip (or a published one, to correct its link) with a link on its platform.
    static Status checkPublish(const Clip &clip, const QString &postedUrl);

    // An http(s) link to the platform's site.
    static Status checkPostedUrl(const QString &url, const QString &platform);
    static QStringList platformDomains(const QString &platform);
    static QString platformDisplayName(const QString &platform);
    // 64 lower-case hex digits.
    static Status checkMediaSha256(const QString &sha256);
    static bool isMediaSha256(const QString &text);

    // The normalized #tags written in a text ("Big #Drop today" → {"#drop"}).
    static QStringList hashtagsInText(const QString &text);
    // The clip's hashtags and those in its caption, normalized, without repeats.
    static QStringList allHashtags(const Clip &clip);

    // Review feedback of automatic rejections.
    static QString exactDuplicateFeedback();
    static QString nearDuplicateFeedback(int similarityPercent);
};

} // namespace ClipDesk::Domain

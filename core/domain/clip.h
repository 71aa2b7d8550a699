#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClipDesk::Domain {

// A clipper's short video for a campaign, from draft to published:
//   draft ⇄ uploading → submitted → approved → published
//                                 ↘ rejected
// A clip that a reviewer has seen (submitted or later) is never edited in place: editing makes
// a new clip row, the next version, pointing back at it (previousClipId).
enum class ClipStatus { Draft, Uploading, Submitted, Approved, Rejected, Published };

QString clipStatusName(ClipStatus status);
std::optional<ClipStatus> clipStatusFromName(const QString &name);
QStringList clipStatusNames();

struct Clip
{
    QString id;
    QString ownerId;         // the clipper
    QString campaignId;      // empty until submitted (or chosen as the target of a draft)
    QString brandId;         // the campaign's brand, set on submit
    QString title;
    QString caption;
    QStringList hashtags;    // normalized "#tag"
    QString platform;        // Domain::Platform id, or empty
    QString postedUrl;       // set when published
    QString mediaSha256;     // the uploaded video (clip_media), empty while there is none
    QString thumbnailSha256; // the server-made thumbnail of that video, when known
    int versionNumber = 1;
    QString previousClipId;  // the version this one was made from
    ClipStatus status = ClipStatus::Draft;
    QString reviewFeedback;  // the reviewer's (or the duplicate check's) words
    QString reviewedBy;      // empty for automatic decisions
    qint64 submittedAtMs = 0;
    qint64 reviewedAtMs = 0;
    qint64 publishedAtMs = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 version = 0;

    friend bool operator==(const Clip &, const Clip &) = default;

    bool hasMedia() const { return !mediaSha256.isEmpty(); }
};

// Fields the owner may change with clip.update, by their JSON names.
QStringList editableClipFields();

QJsonObject clipToJson(const Clip &clip);
// Reads a full clip row as produced by clipToJson (trusted input, e.g. the server's).
Clip clipFromJson(const QJsonObject &json);

} // namespace ClipDesk::Domain

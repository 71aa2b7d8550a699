#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace ClipDesk::Net {
class ApiClient;
}

namespace ClipDesk::Sync {

// A video to check before it is uploaded for a clip on a campaign.
struct DuplicateQuestion
{
    QString campaignId;
    QString clipId;        // the clip the video is for (never matches itself)
    QString mediaSha256;   // hex SHA-256 of the file
    QByteArray fingerprint; // Media::VideoFingerprint::toBytes(); empty when none could be made
};

// The server's answer. It never names another clipper's clip or video.
struct DuplicateVerdict
{
    enum class Outcome { NoMatch, Exact, Near, Unchecked };
    Outcome outcome = Outcome::Unchecked;
    int similarityPercent = 0;
    bool own = false;   // the match is one of the asker's own clips
    QString ownClipId;  // that clip
    QString reason;     // Unchecked: why (offline, ...), for the user

    bool isDuplicate() const { return outcome == Outcome::Exact || outcome == Outcome::Near; }
};

// Asks POST /api/v1/campaigns/{id}/duplicate-check (core/sync/PROTOCOL.md) whether a video
// duplicates a clip already submitted to the campaign. The server decides again when the clip
// is submitted; this only warns early. `done` runs unless `context` is destroyed first.
class ClipDuplicateCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ClipDuplicateCheck)

public:
    static void ask(Net::ApiClient &api, const DuplicateQuestion &question, QObject *context,
                    std::function<void(const DuplicateVerdict &)> done);
    static DuplicateVerdict verdictFrom(int httpStatus, const QJsonObject &json, const QString &error);
};

} // namespace ClipDesk::Sync

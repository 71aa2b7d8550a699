#include "probereport.h"

#include "proberunner.h"

#include <QJsonDocument>

namespace ClipDesk::Server {

ProbeReport ProbeReport::accepted(const Media::MediaInfo &info, const QByteArray &fingerprint, const QString &thumbnailPath)
{
    ProbeReport report;
    report.usable = true;
    report.media = info;
    report.mediaJson = QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact);
    report.fingerprintBase64 = QString::fromLatin1(fingerprint.toBase64());
    report.thumbnailPath = thumbnailPath;
    return report;
}

ProbeReport ProbeReport::rejected(const QString &code, const QString &reason)
{
    ProbeReport report;
    report.rejectionCode = code;
    report.rejectionReason = reason;
    return report;
}

QByteArray ProbeReport::toJson() const
{
    QJsonObject json{{QStringLiteral("ok"), usable}};
    if (usable) {
        json.insert(QStringLiteral("media"), media.toJson());
        json.insert(QStringLiteral("fingerprint"), fingerprintBase64);
        json.insert(QStringLiteral("thumbnail"), thumbnailPath);
    } else {
        json.insert(QStringLiteral("code"), rejectionCode);
        json.insert(QStringLiteral("reason"), rejectionReason);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString ProbeReport::unusableReason(const Media::MediaInfo &info)
{
    if (!info.hasVideo())
        return tr("The file has no video stream.");
    if (info.durationUs <= 0 && info.video.durationUs <= 0)
        return tr("The video has no duration.");
    if (info.video.displayWidth <= 0 || info.video.displayHeight <= 0)
        return tr("The video has no picture size.");
    return {};
}

ProbeReport ProbeReport::fromOutcome(const ProbeOutcome &outcome)
{
    switch (outcome.ending) {
    case ProbeOutcome::Ending::TimedOut:
        return rejected(QStringLiteral("probe_timeout"), tr("The file took too long to check; it is not a usable video."));
    case ProbeOutcome::Ending::Crashed:
        return rejected(QStringLiteral("probe_crashed"),
                        tr("The file could not be checked within the server's CPU and memory limits; it is not a usable video."));
    case ProbeOutcome::Ending::OutputTooLarge:
        return rejected(QStringLiteral("probe_failed"), tr("The file could not be checked; it is not a usable video."));
    case ProbeOutcome::Ending::FailedToStart:
        return rejected(QStringLiteral("probe_unavailable"), tr("The server could not check the file. Upload it again later."));
    case ProbeOutcome::Ending::Exited:
        break;
    }
    const QJsonObject json = QJsonDocument::fromJson(outcome.standardOutput.trimmed()).object();
    if (json.value(QStringLiteral("ok")) == QJsonValue(false)) {
        const QString reason = json.value(QStringLiteral("reason")).toString();
        return rejected(json.value(QStringLiteral("code")).toString(QStringLiteral("media_unusable")),
                        reason.isEmpty() ? tr("The file is not a usable video.") : reason.left(500));
    }
    if (outcome.exitCode != 0 || json.value(QStringLiteral("ok")) != QJsonValue(true))
        return rejected(QStringLiteral("probe_failed"), tr("The file could not be checked; it is not a usable video."));

    const QJsonObject mediaJson = json.value(QStringLiteral("media")).toObject();
    const Media::MediaInfo info = Media::MediaInfo::fromJson(mediaJson);
    if (const QString reason = unusableReason(info); !reason.isEmpty())
        return rejected(QStringLiteral("media_unusable"), reason);
    const QByteArray fingerprint = QByteArray::fromBase64(json.value(QStringLiteral("fingerprint")).toString().toLatin1());
    ProbeReport report = accepted(info, fingerprint, json.value(QStringLiteral("thumbnail")).toString());
    report.mediaJson = QJsonDocument(mediaJson).toJson(QJsonDocument::Compact);
    return report;
}

} // namespace ClipDesk::Server

#pragma once

#include "domain/error.h"
#include "media/probe.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ClipDesk::Server {

struct ProbeOutcome;

// What `clipdesk-server probe FILE --thumbnail OUT` reports: one JSON object on stdout,
//   {"ok":true,"media":{MediaInfo},"fingerprint":"<base64>","thumbnail":"OUT"}
// or {"ok":false,"code":"...","reason":"<for the uploader>"}.
// The parent trusts nothing in it: fromOutcome() re-checks that it describes a usable video.
struct ProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(ProbeReport)

public:
    bool usable = false;
    QString rejectionCode;
    QString rejectionReason;        // for the uploader
    Media::MediaInfo media;
    QByteArray mediaJson;           // as the child printed it (compact)
    QString fingerprintBase64;
    QString thumbnailPath;

    static ProbeReport accepted(const Media::MediaInfo &info, const QByteArray &fingerprint, const QString &thumbnailPath);
    static ProbeReport rejected(const QString &code, const QString &reason);
    QByteArray toJson() const;

    // The verdict on a finished child: its report if it is well-formed and describes a
    // usable video, else a rejection that says why (crash, limits, garbage output).
    static ProbeReport fromOutcome(const ProbeOutcome &outcome);

    // Why `info` is not a usable video, or an empty string when it is.
    static QString unusableReason(const Media::MediaInfo &info);
};

} // namespace ClipDesk::Server

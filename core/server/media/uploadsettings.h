#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ClipDesk::Server {

// Limits of the tus upload endpoint and of the media probe. Read from the "uploads" object of
// the server config (every key optional):
// {"max_upload_bytes": 4294967296, "quota_bytes_per_user": 21474836480, "expiry_seconds": 86400,
//  "cleanup_interval_seconds": 600, "probe_cpu_seconds": 60, "probe_memory_bytes": 2147483648,
//  "probe_wall_seconds": 120, "probe_command": ["/path/to/program", "arg"],
//  "duplicate_checks_per_minute": 30}
// `probe_command` replaces `clipdesk-server` as the probe program (the arguments
// `probe FILE --thumbnail OUT` are appended); it exists for tests of hostile probes.
struct UploadSettings
{
    Q_DECLARE_TR_FUNCTIONS(UploadSettings)

public:
    qint64 maxUploadBytes = 4LL * 1024 * 1024 * 1024;
    qint64 quotaBytesPerUser = 20LL * 1024 * 1024 * 1024;
    qint64 expiryMs = 24LL * 3600 * 1000;     // an incomplete upload lives this long after its last PATCH
    qint64 cleanupIntervalMs = 10LL * 60 * 1000;
    int probeCpuSeconds = 60;                 // RLIMIT_CPU of the probe child
    qint64 probeMemoryBytes = 2LL * 1024 * 1024 * 1024; // RLIMIT_AS of the probe child
    int probeWallSeconds = 120;               // the probe child is killed after this
    QStringList probeCommand;                 // empty: this program's `probe` subcommand
    int duplicateChecksPerMinute = 30;        // per user: each check compares against a campaign's clips

    static Result<UploadSettings> fromJson(const QJsonObject &json);
};

} // namespace ClipDesk::Server

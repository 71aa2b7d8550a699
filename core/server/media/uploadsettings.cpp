#include "uploadsettings.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace ClipDesk::Server {

Result<UploadSettings> UploadSettings::fromJson(const QJsonObject &json)
{
    UploadSettings settings;
    const QList<std::pair<const char *, std::function<void(qint64)>>> numbers = {
        {"max_upload_bytes", [&](qint64 v) { settings.maxUploadBytes = v; }},
        {"quota_bytes_per_user", [&](qint64 v) { settings.quotaBytesPerUser = v; }},
        {"expiry_seconds", [&](qint64 v) { settings.expiryMs = v * 1000; }},
        {"cleanup_interval_seconds", [&](qint64 v) { settings.cleanupIntervalMs = v * 1000; }},
        {"probe_cpu_seconds", [&](qint64 v) { settings.probeCpuSeconds = int(v); }},
        {"probe_memory_bytes", [&](qint64 v) { settings.probeMemoryBytes = v; }},
        {"probe_wall_seconds", [&](qint64 v) { settings.probeWallSeconds = int(v); }},
        {"duplicate_checks_per_minute", [&](qint64 v) { settings.duplicateChecksPerMinute = int(std::min<qint64>(v, 1'000'000)); }},
    };
    QStringList known = {QStringLiteral("probe_command")};
    for (const auto &[key, apply] : numbers) {
        const QString name = QLatin1String(key);
        known.append(name);
        const QJsonValue value = json.value(name);
        if (value.isUndefined())
            continue;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number <= 0 || number != double(qint64(number)) || number > 1e15)
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                           tr("\"uploads.%1\" must be a positive whole number.").arg(name));
        apply(qint64(number));
    }
    const QJsonValue command = json.value(QStringLiteral("probe_command"));
    if (!command.isUndefined()) {
        const QJsonArray parts = command.toArray();
        for (const QJsonValue &part : parts) {
            if (!part.isString() || part.toString().isEmpty())
                return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                               tr("\"uploads.probe_command\" must be a list of non-empty strings."));
            settings.probeCommand.append(part.toString());
        }
        if (!command.isArray() || settings.probeCommand.isEmpty())
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                           tr("\"uploads.probe_command\" must be a list of non-empty strings."));
    }
    for (const QString &key : json.keys()) {
        if (!known.contains(key))
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Unknown setting \"uploads.%1\".").arg(key));
    }
    return settings;
}

} // namespace ClipDesk::Server

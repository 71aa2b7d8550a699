#pragma once

#include "rawhttpclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace ClipDesk::Testing {

class JsonApiClient;

// Raw tus 1.0 requests against a server under test, header by header as the spec writes them.
class TusKit final
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    static inline const QByteArray Endpoint = QByteArrayLiteral("/api/v1/uploads/");

    TusKit(quint16 port, QString token);

    // One request on a fresh connection; adds Tus-Resumable (unless `tusVersion` is empty) and
    // the bearer token. nullopt when no response arrived.
    std::optional<RawHttpResponse> request(QByteArrayView method, QByteArrayView target, Headers headers = {},
                                           QByteArrayView body = {}, QByteArray tusVersion = QByteArrayLiteral("1.0.0"));
    // POST with Upload-Length (and Upload-Metadata filename); the Location path or empty.
    QByteArray create(qint64 length, const QByteArray &fileName = QByteArrayLiteral("clip.mp4"));
    std::optional<RawHttpResponse> patch(const QByteArray &location, qint64 offset, QByteArrayView body,
                                         std::optional<QByteArray> sha1 = std::nullopt);
    std::optional<RawHttpResponse> head(const QByteArray &location);
    // Creates an upload and sends `bytes` in one PATCH; the Location path or empty.
    QByteArray uploadWhole(const QByteArray &bytes, const QByteArray &fileName = QByteArrayLiteral("clip.mp4"));

    QString token() const { return m_token; }

    static QByteArray sha1(QByteArrayView bytes);
    static QByteArray sha256Hex(QByteArrayView bytes);

private:
    quint16 m_port;
    QString m_token;
};

// Polls GET <location> until the server has a verdict ("ready" or "rejected"); the last status.
QJsonObject waitForVerdict(JsonApiClient &api, const QByteArray &location, const QString &token, int timeoutMs = 60'000);

// Uploads the file at `path` in one PATCH and waits until the server has probed it; its SHA-256
// (hex) when the server accepted it, else empty (with a warning).
QString uploadReadyVideo(quint16 port, const QUrl &baseUrl, const QString &token, const QString &path);

QByteArray readFile(const QString &path);
QByteArray randomBytes(qsizetype size, quint32 seed);

} // namespace ClipDesk::Testing

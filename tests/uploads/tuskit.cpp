#include "tuskit.h"

#include "jsonapiclient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace ClipDesk::Testing {

TusKit::TusKit(quint16 port, QString token)
    : m_port(port)
    , m_token(std::move(token))
{
}

std::optional<RawHttpResponse> TusKit::request(QByteArrayView method, QByteArrayView target, Headers headers, QByteArrayView body,
                                               QByteArray tusVersion)
{
    RawHttpClient client;
    if (!client.connectTo(m_port))
        return std::nullopt;
    if (!tusVersion.isEmpty())
        headers.prepend({QByteArrayLiteral("Tus-Resumable"), tusVersion});
    if (!m_token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1()});
    return client.request(method, target, headers, body, 30'000);
}

QByteArray TusKit::create(qint64 length, const QByteArray &fileName)
{
    const auto response = request("POST", Endpoint,
                                  {{QByteArrayLiteral("Upload-Length"), QByteArray::number(length)},
                                   {QByteArrayLiteral("Upload-Metadata"), "filename " + fileName.toBase64()}});
    if (!response || response->status != 201) {
        qWarning() << "create failed:" << (response ? response->status : 0) << (response ? response->body : QByteArray());
        return {};
    }
    return response->header("location");
}

std::optional<RawHttpResponse> TusKit::patch(const QByteArray &location, qint64 offset, QByteArrayView body,
                                             std::optional<QByteArray> sha1)
{
    Headers headers = {{QByteArrayLiteral("Upload-Offset"), QByteArray::number(offset)},
                       {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/offset+octet-stream")}};
    if (sha1)
        headers.append({QByteArrayLiteral("Upload-Checksum"), "sha1 " + sha1->toBase64()});
    return request("PATCH", location, headers, body);
}

std::optional<RawHttpResponse> TusKit::head(const QByteArray &location)
{
    return request("HEAD", location);
}

QByteArray TusKit::uploadWhole(const QByteArray &bytes, const QByteArray &fileName)
{
    const QByteArray location = create(bytes.size(), fileName);
    if (location.isEmpty())
        return {};
    if (bytes.isEmpty())
        return location;
    const auto response = patch(location, 0, bytes, sha1(bytes));
    if (!response || response->status != 204) {
        qWarning() << "patch failed:" << (response ? response->status : 0) << (response ? response->body : QByteArray());
        return {};
    }
    return location;
}

QByteArray TusKit::sha1(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

QByteArray TusKit::sha256Hex(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QJsonObject waitForVerdict(JsonApiClient &api, const QByteArray &location, const QString &token, int timeoutMs)
{
    QJsonObject status;
    (void)QTest::qWaitFor([&] {
        const ApiReply reply = api.get(QString::fromLatin1(location), token);
        status = reply.json();
        const QString state = status.value(QStringLiteral("state")).toString();
        if (state == u"ready" || state == u"rejected")
            return true;
        QTest::qWait(100);
        return false;
    }, timeoutMs);
    return status;
}

QString uploadReadyVideo(quint16 port, const QUrl &baseUrl, const QString &token, const QString &path)
{
    const QByteArray bytes = readFile(path);
    TusKit tus(port, token);
    const QByteArray location = bytes.isEmpty() ? QByteArray() : tus.uploadWhole(bytes);
    if (location.isEmpty())
        return {};
    JsonApiClient api(baseUrl);
    const QJsonObject verdict = waitForVerdict(api, location, token);
    if (verdict.value(QStringLiteral("state")).toString() != u"ready") {
        qWarning() << "upload not ready:" << verdict;
        return {};
    }
    return QString::fromLatin1(TusKit::sha256Hex(bytes));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

} // namespace ClipDesk::Testing

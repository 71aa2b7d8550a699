#include "tusuploader.h"

#include "netlogging.h"
#include "nettr.h"
#include "tuschunk.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkReply>

namespace ClipDesk::Net {

namespace {

constexpr auto TusVersion = "1.0.0";

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray encodeMetadata(const QJsonObject &metadata)
{
    QByteArrayList pairs;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        pairs.append(it.key().toLatin1() + ' ' + it.value().toString().toUtf8().toBase64());
    return pairs.join(',');
}

} // namespace

TusUploader::TusUploader(QUrl server, QString token, QString filePath, UploadStateStore *store, QObject *parent)
    : TusUploader(std::move(server), std::move(token), std::move(filePath), store, Options{}, parent)
{
}

TusUploader::TusUploader(QUrl server, QString token, QString filePath, UploadStateStore *store, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_token(std::move(token))
    , m_filePath(std::move(filePath))
    , m_store(store)
    , m_options(options)
    , m_backoff(options.retryBase, options.retryMax, options.maxAttempts)
    , m_chunkBytes(options.chunkBytes)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_uploadUrl.isEmpty())
            create();
        else
            head();
    });
    m_verdictTimer.setSingleShot(true);
    connect(&m_verdictTimer, &QTimer::timeout, this, &TusUploader::pollVerdict);
    // The sender says nothing after abort(), so these need no generation check.
    connect(&m_patchSender, &HttpBodySender::bodyProgress, this, [this](qint64 sent, qint64) {
        m_inFlightSent = sent;
        Q_EMIT progress(bytesSent(), m_size);
        updateSpeed(bytesSent());
    });
    connect(&m_patchSender, &HttpBodySender::finished, this, &TusUploader::patchAnswered);
    connect(&m_patchSender, &HttpBodySender::failed, this, [this](const QString &message) {
        m_inFlightSent = 0;
        retryLater(message);
    });
}

TusUploader::~TusUploader()
{
    ++m_generation;
    m_patchSender.abort();
    if (m_reply)
        m_reply->abort();
}

QUrl TusUploader::endpoint(const QUrl &server)
{
    QUrl url = server;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/api/v1/uploads/"));
    return url;
}

void TusUploader::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool TusUploader::isActive() const
{
    return m_state == State::Creating || m_state == State::Uploading || m_state == State::Waiting || m_state == State::Checking;
}

QNetworkRequest TusUploader::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Tus-Resumable", TusVersion);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    return request;
}

QNetworkReply *TusUploader::send(const QByteArray &method, const QUrl &url, const QNetworkRequest &networkRequest,
                                 const QByteArray &body)
{
    Q_UNUSED(url)
    QNetworkReply *reply = method == "HEAD" ? m_network.head(networkRequest)
                                            : m_network.sendCustomRequest(networkRequest, method, body);
    m_reply = reply;
    return reply;
}

QString TusUploader::serverMessage(const QByteArray &body, const QString &fallback)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? fallback : message;
}

void TusUploader::start()
{
    if (isActive())
        return;
    const QFileInfo file(m_filePath);
    if (!file.isFile() || !file.isReadable())
        return fail(QStringLiteral("file_unreadable"), Tr::tr("Cannot read %1.").arg(m_filePath));
    m_size = file.size();
    m_fingerprint = UploadStateStore::fingerprintOf(endpoint(m_server), file);
    m_error = {};
    m_backoff.success();
    if (m_store) {
        auto saved = m_store->find(m_fingerprint);
        if (saved && saved->has_value() && (*saved)->uploadUrl.isValid()) {
            m_uploadUrl = (*saved)->uploadUrl;
            m_confirmed = (*saved)->offset;
            qCInfo(lcNet) << "resuming upload of" << m_filePath << "at" << m_uploadUrl;
            head();
            return;
        }
    }
    create();
}

void TusUploader::pause()
{
    if (!isActive())
        return;
    ++m_generation;
    m_retryTimer.stop();
    m_verdictTimer.stop();
    m_patchSender.abort();
    if (m_reply)
        m_reply->abort();
    m_inFlightSent = 0;
    m_speed = 0;
    m_prefetchedOffset = -1;
    setState(State::Paused);
}

void TusUploader::resume()
{
    if (m_state != State::Paused && m_state != State::Failed)
        return;
    m_backoff.success();
    if (m_uploadUrl.isEmpty())
        create();
    else
        head();
}

void TusUploader::cancel()
{
    ++m_generation;
    m_retryTimer.stop();
    m_verdictTimer.stop();
    m_patchSender.abort();
    if (m_reply)
        m_reply->abort();
    if (m_uploadUrl.isValid() && m_state != State::Done) {
        QNetworkReply *reply = m_network.sendCustomRequest(request(m_uploadUrl), "DELETE");
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    forgetState();
    setState(State::Cancelled);
}

void TusUploader::create()
{
    setState(State::Creating);
    QJsonObject metadata = m_metadata;
    metadata.insert(QStringLiteral("filename"), QFileInfo(m_filePath).fileName());
    QNetworkRequest creation = request(endpoint(m_server));
    creation.setRawHeader("Upload-Length", QByteArray::number(m_size));
    creation.setRawHeader("Upload-Metadata", encodeMetadata(metadata));
    QNetworkReply *reply = send("POST", endpoint(m_server), creation);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = statusOf(reply);
        if (status == 201) {
            m_uploadUrl = endpoint(m_server).resolved(QUrl(QString::fromLatin1(reply->rawHeader("Location"))));
            m_confirmed = 0;
            m_backoff.success();
            saveState();
            readNextChunk();
        } else if (status == 0 || status >= 500) {
            retryLater(reply->errorString());
        } else {
            fail(QStringLiteral("upload_refused"), serverMessage(reply->readAll(), reply->errorString()));
        }
    });
}

void TusUploader::head()
{
    setState(State::Uploading);
    QNetworkReply *reply = send("HEAD", m_uploadUrl, request(m_uploadUrl));
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = statusOf(reply);
        if (status == 200) {
            bool known = false;
            const qint64 offset = reply->rawHeader("Upload-Offset").toLongLong(&known);
            if (!known || reply->rawHeader("Upload-Length").toLongLong() != m_size) {
                // Not the upload of this file (any more): start over.
                forgetState();
                m_uploadUrl.clear();
                return create();
            }
            m_confirmed = offset;
            saveState();
            Q_EMIT progress(m_confirmed, m_size);
            if (m_confirmed >= m_size)
                allBytesSent();
            else
                readNextChunk();
        } else if (status == 404 || status == 410 || status == 403) {
            qCInfo(lcNet) << "the server no longer has" << m_uploadUrl << "(" << status << "); starting over";
            forgetState();
            m_uploadUrl.clear();
            m_confirmed = 0;
            create();
        } else if (status == 0 || status >= 500 || status == 423) {
            retryLater(reply->errorString());
        } else {
            fail(QStringLiteral("upload_refused"), serverMessage(reply->readAll(), reply->errorString()));
        }
    });
}

void TusUploader::prefetch(qint64 offset)
{
    m_prefetchedOffset = -1;
    if (offset >= m_size)
        return;
    m_prefetched = TusChunk::read(m_filePath, offset, std::min(m_chunkBytes, m_size - offset));
    m_prefetchedOffset = offset;
}

void TusUploader::readNextChunk()
{
    setState(State::Uploading);
    if (m_prefetchedOffset != m_confirmed)
        prefetch(m_confirmed);
    m_prefetchedOffset = -1;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Result<TusChunk>>(this);
    connect(watcher, &QFutureWatcher<Result<TusChunk>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Result<TusChunk> chunk = watcher->result();
        if (!chunk)
            return fail(chunk.error().code, chunk.error().message);
        patch(*chunk);
    });
    watcher->setFuture(m_prefetched);
}

void TusUploader::patch(const TusChunk &chunk)
{
    HttpBodySender::Headers headers{
        {"Tus-Resumable", TusVersion},
        {"Upload-Offset", QByteArray::number(chunk.offset)},
        {"Content-Type", "application/offset+octet-stream"},
        {"Upload-Checksum", "sha1 " + chunk.sha1.toBase64()},
    };
    if (!m_token.isEmpty())
        headers.append({"Authorization", "Bearer " + m_token.toUtf8()});
    m_patchEnd = chunk.offset + chunk.data.size();
    m_patchClock.start();
    m_patchSender.send("PATCH", m_uploadUrl, headers, chunk.data, m_options.requestTimeout);
    prefetch(m_patchEnd); // read and hash the next chunk while this one travels
}

void TusUploader::patchAnswered(const HttpBodySender::Response &response)
{
    m_inFlightSent = 0;
    const int status = response.status;
    if (status == 204) {
        bool known = false;
        const qint64 offset = response.header("Upload-Offset").toLongLong(&known);
        m_confirmed = known ? offset : m_patchEnd;
        m_backoff.success();
        if (m_patchClock.elapsed() < 250 && m_chunkBytes < m_options.maxChunkBytes)
            m_chunkBytes = std::min(m_chunkBytes * 2, m_options.maxChunkBytes);
        saveState();
        Q_EMIT progress(m_confirmed, m_size);
        updateSpeed(m_confirmed);
        if (m_confirmed >= m_size)
            allBytesSent();
        else
            readNextChunk();
    } else if (status == 404 || status == 410) {
        forgetState();
        m_uploadUrl.clear();
        m_confirmed = 0;
        create();
    } else if (status >= 500 || status == 409 || status == 423 || status == 460) {
        // Ask where the server stands, then go on from there.
        retryLater(status == 460 ? Tr::tr("The server received a damaged chunk.") : Tr::tr("The server answered %1.").arg(status));
    } else {
        fail(QStringLiteral("upload_refused"), serverMessage(response.body, Tr::tr("The server answered %1.").arg(status)));
    }
}

void TusUploader::allBytesSent()
{
    forgetState();
    Q_EMIT progress(m_size, m_size);
    Q_EMIT uploaded();
    if (!m_options.waitForVerdict) {
        setState(State::Done);
        return;
    }
    setState(State::Checking);
    m_verdictClock.start();
    pollVerdict();
}

void TusUploader::pollVerdict()
{
    QNetworkRequest statusRequest = request(m_uploadUrl);
    statusRequest.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = send("GET", m_uploadUrl, statusRequest);
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const QJsonObject status = QJsonDocument::fromJson(reply->readAll()).object();
        const QString state = status.value(QStringLiteral("state")).toString();
        if (statusOf(reply) == 200 && (state == u"ready" || state == u"rejected")) {
            m_sha256 = status.value(QStringLiteral("sha256")).toString();
            m_rejectionReason = status.value(QStringLiteral("rejectionReason")).toString();
            setState(State::Done);
            Q_EMIT verdict(state == u"ready", m_sha256, m_rejectionReason, status);
            return;
        }
        if (m_verdictClock.elapsed() > m_options.verdictTimeout.count())
            return fail(QStringLiteral("verdict_timeout"), Tr::tr("The server did not finish checking the file in time."));
        m_verdictTimer.start(300);
    });
}

void TusUploader::retryLater(const QString &reason)
{
    const auto delay = m_backoff.next();
    if (delay.count() < 0)
        return fail(QStringLiteral("upload_failed"), Tr::tr("The upload failed after %1 attempts: %2").arg(m_options.maxAttempts).arg(reason));
    qCInfo(lcNet) << "upload of" << m_filePath << "retrying in" << delay.count() << "ms:" << reason;
    setState(State::Waiting);
    m_speed = 0;
    m_chunkBytes = m_options.chunkBytes;
    m_prefetchedOffset = -1;
    Q_EMIT retrying(m_backoff.attempt(), int(delay.count()), reason);
    m_retryTimer.start(delay);
}

void TusUploader::fail(const QString &code, const QString &message)
{
    m_error = Error{code, message};
    qCWarning(lcNet) << "upload of" << m_filePath << "failed:" << message;
    setState(State::Failed);
    Q_EMIT failed(m_error);
}

void TusUploader::saveState()
{
    if (!m_store || m_uploadUrl.isEmpty())
        return;
    UploadState state{m_fingerprint, m_uploadUrl, m_filePath, m_size, m_confirmed, 0};
    if (auto saved = m_store->save(state); !saved)
        qCWarning(lcNet) << "cannot save the upload state:" << saved.error().message;
}

void TusUploader::forgetState()
{
    if (m_store && !m_fingerprint.isEmpty())
        m_store->remove(m_fingerprint);
}

void TusUploader::updateSpeed(qint64 totalSent)
{
    if (!m_speedClock.isValid()) {
        m_speedClock.start();
        m_speedBytes = totalSent;
        return;
    }
    const qint64 elapsed = m_speedClock.elapsed();
    if (elapsed < 500)
        return;
    const double now = double(totalSent - m_speedBytes) * 1000.0 / double(elapsed);
    m_speed = m_speed <= 0 ? now : 0.5 * m_speed + 0.5 * now;
    m_speedClock.restart();
    m_speedBytes = totalSent;
    Q_EMIT speedChanged(m_speed);
}

} // namespace ClipDesk::Net

#include "rangedownload.h"

#include "apicall.h"
#include "apiresponse.h"
#include "netlogging.h"
#include "nettr.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ClipDesk::Net {

namespace {

constexpr qint64 ReadBufferBytes = 1024 * 1024;

// "bytes 100-199/5000" → 5000 (0 when absent or "*").
qint64 totalOfContentRange(const QByteArray &contentRange)
{
    const qsizetype slash = contentRange.lastIndexOf('/');
    if (slash < 0)
        return 0;
    bool ok = false;
    const qint64 total = contentRange.mid(slash + 1).trimmed().toLongLong(&ok);
    return ok ? total : 0;
}

// "bytes 100-199/5000" → 100 (-1 when unreadable).
qint64 firstOfContentRange(const QByteArray &contentRange)
{
    const QByteArray spec = contentRange.trimmed();
    if (!spec.startsWith("bytes "))
        return -1;
    const qsizetype dash = spec.indexOf('-');
    bool ok = false;
    const qint64 first = spec.mid(6, dash - 6).trimmed().toLongLong(&ok);
    return ok ? first : -1;
}

} // namespace

RangeDownload::RangeDownload(QNetworkAccessManager &network, QUrl url, QString token, QString partPath, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(std::move(url))
    , m_token(std::move(token))
    , m_part(partPath)
    , m_stall(new QTimer(this))
{
    m_stall->setSingleShot(true);
    connect(m_stall, &QTimer::timeout, this, [this] {
        fail(QString::fromLatin1(ApiErrorCode::Timeout), Tr::tr("The download stalled: no data for %1 seconds.")
                                                             .arg(m_stallTimeout.count() / 1000));
    });
}

RangeDownload::~RangeDownload()
{
    stop();
}

void RangeDownload::start()
{
    if (m_reply)
        return;
    if (!m_part.open(QIODevice::ReadWrite)) {
        fail(QStringLiteral("io_error"), Tr::tr("Cannot write “%1”: %2").arg(m_part.fileName(), m_part.errorString()));
        return;
    }
    m_resumedFrom = m_part.size();
    m_onDisk = m_resumedFrom;
    m_received = 0;
    m_httpStatus = 0;
    m_accepted = false;
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    // The bytes are stored as they are: no transparent compression.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    if (!m_token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8());
    if (m_resumedFrom > 0) {
        request.setRawHeader(QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(m_resumedFrom) + '-');
        if (!m_etag.isEmpty())
            request.setRawHeader(QByteArrayLiteral("If-Range"), m_etag);
    }
    m_reply = m_network.get(request);
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RangeDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &RangeDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &RangeDownload::onFinished);
    m_stall->start(m_stallTimeout);
    qCDebug(lcNet) << "download" << m_url << "from byte" << m_resumedFrom;
}

void RangeDownload::onMetaData()
{
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (m_httpStatus == 206) {
        const QByteArray range = m_reply->rawHeader(QByteArrayLiteral("Content-Range"));
        if (firstOfContentRange(range) != m_resumedFrom)
            return fail(QString::fromLatin1(ApiErrorCode::BadResponse),
                        Tr::tr("The server sent a different part of the file than asked for (%1).").arg(QString::fromLatin1(range)));
        m_total = totalOfContentRange(range);
        m_part.seek(m_resumedFrom);
        m_accepted = true;
    } else if (m_httpStatus == 200) {
        m_total = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        // The whole file (no resume, or it changed): start the part over.
        m_part.resize(0);
        m_part.seek(0);
        m_resumedFrom = 0;
        m_onDisk = 0;
        m_accepted = true;
    }
}

void RangeDownload::onReadyRead()
{
    if (!m_reply)
        return;
    m_stall->start(m_stallTimeout);
    if (!m_accepted)
        return; // an error body, read in onFinished
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    if (m_part.write(bytes) != bytes.size())
        return fail(QStringLiteral("io_error"), Tr::tr("Cannot write “%1”: %2").arg(m_part.fileName(), m_part.errorString()));
    m_received += bytes.size();
    m_onDisk += bytes.size();
    Q_EMIT progress(m_onDisk, m_total);
}

void RangeDownload::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (m_accepted)
        onReadyRead(); // keep what arrived, also when the connection broke
    if (!m_reply)
        return; // the write failed
    if (m_accepted && reply->error() == QNetworkReply::NoError) {
        stop();
        if (m_total > 0 && m_onDisk != m_total)
            return fail(QString::fromLatin1(ApiErrorCode::BadResponse),
                        Tr::tr("The download ended after %1 of %2 bytes.").arg(m_onDisk).arg(m_total));
        m_total = m_onDisk;
        Q_EMIT finished();
        return;
    }
    if (m_accepted)
        return fail(QString::fromLatin1(ApiErrorCode::Offline),
                    Tr::tr("The connection broke after %1 bytes: %2").arg(m_onDisk).arg(reply->errorString()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 416 && m_resumedFrom > 0) {
        const qint64 total = totalOfContentRange(reply->rawHeader(QByteArrayLiteral("Content-Range")));
        stop();
        if (total == m_resumedFrom) { // the part was complete already
            m_total = total;
            Q_EMIT finished();
            return;
        }
        // The part is longer than the file: throw it away and start over.
        QFile::resize(m_part.fileName(), 0);
        start();
        return;
    }
    const ApiResponse response = ApiCall::responseFor(reply, m_url.adjusted(QUrl::RemovePath), false, false, m_stallTimeout);
    const Error error = response.error.value_or(Error{QString::fromLatin1(ApiErrorCode::ServerError),
                                                      Tr::tr("The download failed (HTTP %1).").arg(status)});
    fail(error.code, error.message);
}

void RangeDownload::cancel()
{
    stop();
}

void RangeDownload::fail(const QString &code, const QString &message)
{
    qCInfo(lcNet) << "download" << m_url << "failed:" << code << message;
    stop();
    Q_EMIT failed(Error{code, message});
}

void RangeDownload::stop()
{
    m_stall->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_part.isOpen()) {
        m_part.flush();
        m_part.close();
    }
}

} // namespace ClipDesk::Net

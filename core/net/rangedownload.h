#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>


class QTimer;

namespace ClipDesk::Net {

// Downloads one URL into a local file, resumably: the bytes go to `partPath` as they arrive,
// and a new start() continues from the part file's size with "Range: bytes=N-" (guarded by
// "If-Range: <etag>", so a changed file starts over). A 200 answer rewrites the part from the
// start, 206 appends, 416 with a part of the full size means the part was already complete.
// Nothing is verified here: the caller checks the finished part (e.g. its SHA-256).
//
// cancel() stops at once and keeps the part for a later start(). Errors are values: failed()
// carries the code ("offline", "timeout", "not_found", ...) and a message for the user.
class RangeDownload final : public QObject
{
    Q_OBJECT

public:
    RangeDownload(QNetworkAccessManager &network, QUrl url, QString token, QString partPath, QObject *parent = nullptr);
    ~RangeDownload() override;
    Q_DISABLE_COPY_MOVE(RangeDownload)

    // The quoted entity tag the file must still have to resume ("\"<sha256>\"").
    void setEntityTag(const QByteArray &etag) { m_etag = etag; }
    // No bytes for this long: the download fails with "timeout" (the part stays).
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimeout = timeout; }

    void start();
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    // What the last start() found and did, for progress and for tests.
    qint64 resumedFrom() const { return m_resumedFrom; }     // bytes already in the part
    qint64 receivedThisRun() const { return m_received; }    // bytes over the wire since start()
    qint64 bytesOnDisk() const { return m_onDisk; }
    qint64 totalBytes() const { return m_total; }            // 0 while unknown
    int httpStatus() const { return m_httpStatus; }
    QByteArray contentType() const { return m_contentType; }

Q_SIGNALS:
    void progress(qint64 bytesOnDisk, qint64 totalBytes);
    void finished();                    // the part holds the whole file
    void failed(const ClipDesk::Error &error);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &code, const QString &message);
    void stop();

    QNetworkAccessManager &m_network;
    QUrl m_url;
    QString m_token;
    QFile m_part;
    QByteArray m_etag;
    std::chrono::milliseconds m_stallTimeout{30'000};
    QPointer<QNetworkReply> m_reply;
    QTimer *m_stall = nullptr;
    qint64 m_resumedFrom = 0;
    qint64 m_received = 0;
    qint64 m_onDisk = 0;
    qint64 m_total = 0;
    int m_httpStatus = 0;
    QByteArray m_contentType;
    bool m_accepted = false; // the answer's bytes go to the part
};

} // namespace ClipDesk::Net

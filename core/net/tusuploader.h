#pragma once

#include "domain/error.h"
#include "httpbodysender.h"
#include "retrybackoff.h"
#include "tuschunk.h"
#include "uploadstatestore.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkReply;

namespace ClipDesk::Net {



// Uploads one local file to the server's tus 1.0 endpoint (/api/v1/uploads/), resumably:
// - creates the upload (POST, Upload-Metadata with "filename" and the caller's extras), then
//   sends the file in chunks (PATCH, 4 MiB growing up to 16 MiB on fast links) each with
//   "Upload-Checksum: sha1 ..."; chunks are read and hashed on a worker thread while the
//   previous one is on the wire, never the whole file at once; PATCHes go straight to a
//   kept-alive socket (HttpBodySender), the rest through QNetworkAccessManager;
// - remembers the upload URL and the confirmed offset in an UploadStateStore, so start() after
//   an app restart (or after the server restarted) asks the server with HEAD and continues
//   from its offset with PATCH;
// - retries network failures, 5xx and checksum mismatches with exponential backoff and jitter,
//   re-synchronising with HEAD first; gives up after Options::maxAttempts in a row;
// - pause() stops at once (the chunk in flight is abandoned), resume() continues;
//   cancel() deletes the upload on the server (DELETE) and forgets it;
// - once every byte is in, polls the upload's status until the server has checked the file
//   and reports the verdict (accepted with its SHA-256, or rejected with the reason).
class TusUploader final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Creating, Uploading, Paused, Waiting, Checking, Done, Failed, Cancelled };
    Q_ENUM(State)

    struct Options
    {
        qint64 chunkBytes = 4 * 1024 * 1024;     // the first PATCH; after errors it starts here again
        qint64 maxChunkBytes = 16 * 1024 * 1024; // chunks double while a PATCH takes < 250 ms
        int maxAttempts = 10;
        std::chrono::milliseconds retryBase{500};
        std::chrono::milliseconds retryMax{30'000};
        std::chrono::milliseconds requestTimeout{60'000};
        std::chrono::milliseconds verdictTimeout{180'000};
        bool waitForVerdict = true;
    };

    // `server` is the server's base URL (the endpoint is server + /api/v1/uploads/); `store`
    // may be null (no resume across restarts) and must outlive the uploader.
    TusUploader(QUrl server, QString token, QString filePath, UploadStateStore *store, QObject *parent = nullptr);
    TusUploader(QUrl server, QString token, QString filePath, UploadStateStore *store, Options options,
                QObject *parent = nullptr);
    ~TusUploader() override;
    Q_DISABLE_COPY_MOVE(TusUploader)

    // Extra Upload-Metadata, e.g. {"clip_id": "..."}; "filename" is added from the file name.
    void setMetadata(const QJsonObject &metadata) { m_metadata = metadata; }

    void start();
    void pause();
    void resume();
    void cancel();

    State state() const { return m_state; }
    qint64 bytesSent() const { return m_confirmed + m_inFlightSent; }
    qint64 totalBytes() const { return m_size; }
    double bytesPerSecond() const { return m_speed; }
    QUrl uploadUrl() const { return m_uploadUrl; }
    QString sha256() const { return m_sha256; }
    QString rejectionReason() const { return m_rejectionReason; }
    Error lastError() const { return m_error; }

    static QUrl endpoint(const QUrl &server);

Q_SIGNALS:
    void stateChanged(ClipDesk::Net::TusUploader::State state);
    void progress(qint64 sent, qint64 total);
    void speedChanged(double bytesPerSecond);
    void retrying(int attempt, int delayMs, const QString &reason);
    // Every byte is on the server.
    void uploaded();
    // The server checked the file: `accepted` with its SHA-256, or rejected with a reason.
    void verdict(bool accepted, const QString &sha256, const QString &rejectionReason, const QJsonObject &status);
    void failed(const ClipDesk::Error &error);

private:
    void setState(State state);
    QNetworkRequest request(const QUrl &url) const;
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QNetworkRequest &request, const QByteArray &body = {});
    void create();
    void head();
    void readNextChunk();
    void prefetch(qint64 offset);
    void patch(const TusChunk &chunk);
    void patchAnswered(const HttpBodySender::Response &response);
    void allBytesSent();
    void pollVerdict();
    void retryLater(const QString &reason);
    void fail(const QString &code, const QString &message);
    void forgetState();
    void saveState();
    void updateSpeed(qint64 totalSent);
    bool isActive() const;
    // error.message of the server's JSON error body, or `fallback`.
    static QString serverMessage(const QByteArray &body, const QString &fallback);

    QUrl m_server;
    QString m_token;
    QString m_filePath;
    UploadStateStore *m_store;
    Options m_options;
    QJsonObject m_metadata;
    QNetworkAccessManager m_network;
    HttpBodySender m_patchSender;
    qint64 m_patchEnd = 0; // the offset the PATCH in flight ends at
    RetryBackoff m_backoff;

    State m_state = State::Idle;
    QString m_fingerprint;
    QUrl m_uploadUrl;
    qint64 m_size = 0;
    qint64 m_confirmed = 0;     // offset the server confirmed
    qint64 m_inFlightSent = 0;  // bytes of the current PATCH that left
    quint64 m_generation = 0;   // bumps on pause/cancel, so stale callbacks do nothing
    QPointer<QNetworkReply> m_reply;
    qint64 m_chunkBytes = 0;         // the size of the next chunk
    QElapsedTimer m_patchClock;
    QFuture<Result<TusChunk>> m_prefetched; // the chunk after the one in flight
    qint64 m_prefetchedOffset = -1;
    QTimer m_retryTimer;
    QTimer m_verdictTimer;
    QElapsedTimer m_verdictClock;
    QElapsedTimer m_speedClock;
    qint64 m_speedBytes = 0;
    double m_speed = 0;
    QString m_sha256;
    QString m_rejectionReason;
    Error m_error;
};

} // namespace ClipDesk::Net

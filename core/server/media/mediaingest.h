#pragma once

#include "storage/tusuploadrepository.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace ClipDesk::Storage {
class ContentStore;
class Database;
}

namespace ClipDesk::Server {

class ProbeRunner;
struct ProbeReport;

// What happens to an upload once every byte is in: the partial file is renamed into the
// ContentStore under its SHA-256 (hashed on a worker thread when the upload was not hashed
// as it streamed), the upload is marked complete, and the file is probed in a child process
// (ProbeRunner). The verdict becomes a `clip_media` row: "ready" with duration, size,
// thumbnail (stored in the ContentStore) and fingerprint, or "rejected" with the reason; the
// bytes of a rejected file are deleted. Safe to re-run after a crash: recover() picks up
// uploads that stopped anywhere in between.
class MediaIngest final : public QObject
{
    Q_OBJECT

public:
    MediaIngest(Storage::Database &db, Storage::ContentStore &store, ProbeRunner &probe, QString dataDir,
                QObject *parent = nullptr);
    ~MediaIngest() override;
    Q_DISABLE_COPY_MOVE(MediaIngest)

    // `knownSha256`: the hash of the whole file if the caller computed it, else empty.
    void ingest(const Storage::TusUploadRecord &upload, const QString &knownSha256);
    // Resumes uploads a crash interrupted between their last byte and their verdict.
    void recover();

Q_SIGNALS:
    void verdictStored(const QString &sha256, bool ready);

private:
    void publish(const Storage::TusUploadRecord &upload, const QString &sha256);
    void probe(const QString &sha256, const QString &ownerId);
    void storeVerdict(const QString &sha256, const QString &ownerId, ProbeReport report, const QString &thumbnailPath);

    Storage::Database &m_db;
    Storage::ContentStore &m_store;
    ProbeRunner &m_probe;
    QString m_dataDir;
    QThreadPool m_hashing;
    QSet<QString> m_ingesting; // upload ids between their last byte and publish()
    QSet<QString> m_probing;   // sha256 of files waiting for a verdict
};

} // namespace ClipDesk::Server

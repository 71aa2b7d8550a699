#pragma once

#include "domain/error.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace ClipDesk::Storage {

// Streams one object into a ContentStore (ContentStore::beginWrite()). Bytes go to a
// temporary file while they are hashed; commit() makes the object durable and visible under
// its hash. Destroying an uncommitted writer aborts it.
class ContentWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ContentWriter)

public:
    ContentWriter(QString root, std::unique_ptr<QTemporaryFile> file);
    ~ContentWriter();
    Q_DISABLE_COPY_MOVE(ContentWriter)

    Status write(QByteArrayView data);
    Result<QString> commit(); // the SHA-256 (hex) of everything written
    void abort();             // discards the bytes; nothing is left behind

    qint64 bytesWritten() const { return m_size; }

private:
    enum class State { Open, Committed, Aborted, Failed };

    Status publish(const QString &sha256);

    QString m_root;
    std::unique_ptr<QTemporaryFile> m_file;
    QCryptographicHash m_hash;
    qint64 m_size = 0;
    State m_state = State::Open;
};

} // namespace ClipDesk::Storage

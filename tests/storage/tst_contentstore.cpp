#include "storage/contentstore.h"
#include "storage/contentwriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Storage;

namespace {

template<typename T>
QString errorText(const std::expected<T, Error> &result)
{
    return result ? QString() : result.error().code + QStringLiteral(": ") + result.error().message;
}

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &verifyOkResult = (expr);                                                                           \
        QVERIFY2(verifyOkResult.has_value(), qPrintable(errorText(verifyOkResult)));                                   \
    } while (false)

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// Every file under `root`, relative to it.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString objectRelativePath(const QString &sha)
{
    return sha.left(2) + QLatin1Char('/') + sha;
}

} // namespace

class tst_ContentStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storeReadAndDedupe();
    void emptyContent();
    void streamingWrite();
    void streamingWriteOfExistingContent();
    void abortLeavesNothing();
    void destroyingUncommittedWriterAborts();
    void closedWriterRefusesWork();
    void writerOutlivesStore();
    void invalidHashesAreRejected_data();
    void invalidHashesAreRejected();
    void missingContent();
    void readLimit();
    void removeObject();
    void staleTemporaryFilesAreRemoved();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ContentStore> m_store;
};

void tst_ContentStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ContentStore>(m_dir->filePath(QStringLiteral("media")));
}

void tst_ContentStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_ContentStore::storeReadAndDedupe()
{
    const QByteArray bytes = QByteArrayLiteral("a short clip thumbnail");
    const auto sha = m_store->storeBytes(bytes);
    VERIFY_OK(sha);
    QCOMPARE(*sha, sha256Of(bytes));
    QVERIFY(ContentStore::isValidSha256(*sha));
    QVERIFY(m_store->contains(*sha));
    QCOMPARE(m_store->pathFor(*sha), m_dir->filePath(QStringLiteral("media/") + objectRelativePath(*sha)));
    QCOMPARE(*m_store->sizeOf(*sha), bytes.size());

    const auto read = m_store->readAll(*sha);
    VERIFY_OK(read);
    QCOMPARE(*read, bytes);

    // Storing the same bytes again is a no-op: same hash, same file, untouched.
    const QFileInfo before(m_store->pathFor(*sha));
    const auto again = m_store->storeBytes(bytes);
    VERIFY_OK(again);
    QCOMPARE(*again, *sha);
    const QFileInfo after(m_store->pathFor(*sha));
    QCOMPARE(after.lastModified(), before.lastModified());
    QCOMPARE(after.fileTime(QFileDevice::FileMetadataChangeTime), before.fileTime(QFileDevice::FileMetadataChangeTime));

    const auto other = m_store->storeBytes(QByteArrayLiteral("different"));
    VERIFY_OK(other);
    QVERIFY(*other != *sha);
    QStringList expected = {objectRelativePath(*sha), objectRelativePath(*other)};
    expected.sort();
    QCOMPARE(filesUnder(m_store->rootPath()), expected);
}

void tst_ContentStore::emptyContent()
{
    const auto sha = m_store->storeBytes({});
    VERIFY_OK(sha);
    QCOMPARE(*sha, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QVERIFY(m_store->contains(*sha));
    QCOMPARE(*m_store->readAll(*sha), QByteArray());
}

void tst_ContentStore::streamingWrite()
{
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 12);
    auto writer = m_store->beginWrite();
    VERIFY_OK(writer);
    for (qsizetype offset = 0; offset < bytes.size(); offset += 65536)
        VERIFY_OK((*writer)->write(bytes.mid(offset, 65536)));
    QCOMPARE((*writer)->bytesWritten(), bytes.size());

    // Nothing is visible under the hash before commit.
    const QString sha = sha256Of(bytes);
    QVERIFY(!m_store->contains(sha));
    // Linux may keep the temporary file unnamed (O_TMPFILE) until it is published.
    const QStringList pending = filesUnder(m_store->rootPath());
    QVERIFY(pending.size() <= 1);
    for (const QString &file : pending)
        QVERIFY(file.startsWith(QLatin1String(ContentStore::TemporaryFilePrefix)));

    const auto committed = (*writer)->commit();
    VERIFY_OK(committed);
    QCOMPARE(*committed, sha);
    QVERIFY(m_store->contains(sha));
    QCOMPARE(*m_store->readAll(sha), bytes);
    QCOMPARE(filesUnder(m_store->rootPath()), QStringList(objectRelativePath(sha)));
}

void tst_ContentStore::streamingWriteOfExistingContent()
{
    const QByteArray bytes = randomBytes(100000);
    const auto stored = m_store->storeBytes(bytes);
    VERIFY_OK(stored);
    const QDateTime modified = QFileInfo(m_store->pathFor(*stored)).lastModified();

    auto writer = m_store->beginWrite();
    VERIFY_OK(writer);
    VERIFY_OK((*writer)->write(bytes.left(5000)));
    VERIFY_OK((*writer)->write(bytes.mid(5000)));
    const auto committed = (*writer)->commit();
    VERIFY_OK(committed);
    QCOMPARE(*committed, *stored);
    // The temporary copy is gone at once, even while the writer object lives on.
    QCOMPARE(filesUnder(m_store->rootPath()), QStringList(objectRelativePath(*stored)));
    QCOMPARE(QFileInfo(m_store->pathFor(*stored)).lastModified(), modified);
}

void tst_ContentStore::abortLeavesNothing()
{
    auto writer = m_store->beginWrite();
    VERIFY_OK(writer);
    VERIFY_OK((*writer)->write(QByteArrayLiteral("half an upload")));
    (*writer)->abort();
    QVERIFY(filesUnder(m_store->rootPath()).isEmpty());
    QVERIFY(!m_store->contains(sha256Of(QByteArrayLiteral("half an upload"))));
    (*writer)->abort(); // twice is harmless
    QVERIFY(!(*writer)->commit());
}

void tst_ContentStore::destroyingUncommittedWriterAborts()
{
    {
        auto writer = m_store->beginWrite();
        VERIFY_OK(writer);
        VERIFY_OK((*writer)->write(randomBytes(4096)));
    }
    QVERIFY(filesUnder(m_store->rootPath()).isEmpty());
}

void tst_ContentStore::closedWriterRefusesWork()
{
    auto writer = m_store->beginWrite();
    VERIFY_OK(writer);
    VERIFY_OK((*writer)->write(QByteArrayLiteral("x")));
    VERIFY_OK((*writer)->commit());
    QVERIFY(!(*writer)->write(QByteArrayLiteral("y")));
    QVERIFY(!(*writer)->commit());
    (*writer)->abort(); // does not delete committed content
    QVERIFY(m_store->contains(sha256Of(QByteArrayLiteral("x"))));
}

void tst_ContentStore::writerOutlivesStore()
{
    auto writer = m_store->beginWrite();
    VERIFY_OK(writer);
    const QString root = m_store->rootPath();
    m_store.reset();
    VERIFY_OK((*writer)->write(QByteArrayLiteral("late bytes")));
    const auto sha = (*writer)->commit();
    VERIFY_OK(sha);
    QVERIFY(ContentStore(root).contains(*sha));
}

void tst_ContentStore::invalidHashesAreRejected_data()
{
    QTest::addColumn<QString>("sha");
    const QString valid = sha256Of(QByteArrayLiteral("x"));
    QTest::newRow("empty") << QString();
    QTest::newRow("traversal") << QStringLiteral("../../../../etc/passwd");
    QTest::newRow("traversal padded to 64") << (QStringLiteral("../") + valid.left(61));
    QTest::newRow("upper case") << valid.toUpper();
    QTest::newRow("too short") << valid.left(63);
    QTest::newRow("too long") << valid + QLatin1Char('0');
    QTest::newRow("not hex") << (valid.left(63) + QLatin1Char('g'));
    QTest::newRow("slash inside") << (valid.left(30) + QLatin1Char('/') + valid.mid(31));
    QTest::newRow("non-ascii digit") << (valid.left(63) + QChar(0x0661));
}

void tst_ContentStore::invalidHashesAreRejected()
{
    QFETCH(QString, sha);
    QVERIFY(!ContentStore::isValidSha256(sha));
    QVERIFY(!m_store->contains(sha));
    QVERIFY(m_store->pathFor(sha).isEmpty());
    const auto read = m_store->readAll(sha);
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("invalid_argument"));
    QVERIFY(!m_store->sizeOf(sha));
    const Status removed = m_store->remove(sha);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, QStringLiteral("invalid_argument"));
}

void tst_ContentStore::missingContent()
{
    const QString sha = sha256Of(QByteArrayLiteral("never stored"));
    QVERIFY(!m_store->contains(sha));
    QVERIFY(!m_store->pathFor(sha).isEmpty());
    const auto read = m_store->readAll(sha);
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("not_found"));
}

void tst_ContentStore::readLimit()
{
    const QByteArray bytes = randomBytes(4096);
    const auto sha = m_store->storeBytes(bytes);
    VERIFY_OK(sha);
    QVERIFY(!m_store->readAll(*sha, 4095));
    QCOMPARE(*m_store->readAll(*sha, 4096), bytes);
}

void tst_ContentStore::removeObject()
{
    const auto sha = m_store->storeBytes(QByteArrayLiteral("to be deleted"));
    VERIFY_OK(sha);
    VERIFY_OK(m_store->remove(*sha));
    QVERIFY(!m_store->contains(*sha));
    const Status again = m_store->remove(*sha);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("not_found"));
}

void tst_ContentStore::staleTemporaryFilesAreRemoved()
{
    const auto kept = m_store->storeBytes(QByteArrayLiteral("kept"));
    VERIFY_OK(kept);
    // What a crashed writer leaves behind, and one still being written.
    QFile stale(m_store->rootPath() + QLatin1Char('/') + QLatin1String(ContentStore::TemporaryFilePrefix)
                + QStringLiteral("crashed"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("partial");
    QVERIFY(stale.flush());
    QVERIFY(stale.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    stale.close();
    auto active = m_store->beginWrite();
    VERIFY_OK(active);
    VERIFY_OK((*active)->write(QByteArrayLiteral("in progress")));

    QCOMPARE(m_store->removeStaleTemporaryFiles(std::chrono::hours(24)), 1);
    QVERIFY(!stale.exists());
    QVERIFY(filesUnder(m_store->rootPath()).contains(objectRelativePath(*kept)));
    const auto committed = (*active)->commit();
    VERIFY_OK(committed);
    QVERIFY(m_store->contains(*committed));
    QVERIFY(m_store->contains(*kept));
}

QTEST_GUILESS_MAIN(tst_ContentStore)
#include "tst_contentstore.moc"

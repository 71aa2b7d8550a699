// The header grammar of tus and HTTP ranges, in process.
#include "server/media/byterange.h"
#include "server/media/digestpipeline.h"
#include "server/media/digeststream.h"
#include "server/media/tusprotocol.h"
#include "server/media/uploadfilewriter.h"
#include "server/media/uploadsettings.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk::Server;

class tst_TusProtocol final : public QObject
{
    Q_OBJECT

private slots:
    void metadataRoundTrip();
    void metadataRejectsMalformed();
    void checksumHeader();
    void numbers();
    void httpDate();
    void ranges_data();
    void ranges();
    void digestsMatchQt();
    void pipelineHashesEveryByteOnce();
    void pipelineGivesUpOnlyTheOptionalDigest();
    void fileWriterIsByteIdentical();
    void fileWriterTruncatesStagedBytes();
    void settingsFromJson();
};

void tst_TusProtocol::metadataRoundTrip()
{
    const auto parsed = TusProtocol::parseMetadata("filename d29ybGRfZG9taW5hdGlvbl9wbGFuLnBkZg==,is_confidential, clip_id YWJj");
    QVERIFY(parsed);
    QCOMPARE(parsed->value(QStringLiteral("filename")).toString(), QStringLiteral("world_domination_plan.pdf"));
    QCOMPARE(parsed->value(QStringLiteral("is_confidential")).toString(), QString());
    QCOMPARE(parsed->value(QStringLiteral("clip_id")).toString(), QStringLiteral("abc"));
    const auto again = TusProtocol::parseMetadata(TusProtocol::encodeMetadata(*parsed));
    QVERIFY(again);
    QCOMPARE(*again, *parsed);
    QVERIFY(TusProtocol::parseMetadata("")->isEmpty());
    const QString unicode = QStringLiteral("clip \u00e9t\u00e9 \U0001F3AC.mp4");
    QCOMPARE(TusProtocol::parseMetadata(TusProtocol::encodeMetadata({{QStringLiteral("filename"), unicode}}))
                 ->value(QStringLiteral("filename")).toString(), unicode);
}

void tst_TusProtocol::metadataRejectsMalformed()
{
    QVERIFY(!TusProtocol::parseMetadata("filename ***"));
    QVERIFY(!TusProtocol::parseMetadata("a YQ==,a Yg=="));
    QVERIFY(!TusProtocol::parseMetadata(",filename YQ=="));
    QVERIFY(!TusProtocol::parseMetadata("filename YQ== extra"));
    QVERIFY(!TusProtocol::parseMetadata(QByteArray(TusProtocol::MaxMetadataBytes + 1, 'a')));
}

void tst_TusProtocol::checksumHeader()
{
    const QByteArray digest = QCryptographicHash::hash("hello", QCryptographicHash::Sha1);
    const auto parsed = TusProtocol::parseChecksum(QByteArray("SHA1 " + digest.toBase64()));
    QVERIFY(parsed && *parsed);
    QCOMPARE((*parsed)->algorithm, QByteArrayLiteral("sha1"));
    QCOMPARE((*parsed)->digest, digest);
    QVERIFY(TusProtocol::parseChecksum("") && !*TusProtocol::parseChecksum(""));
    QVERIFY(!TusProtocol::parseChecksum("sha1"));
    QVERIFY(!TusProtocol::parseChecksum("sha1 !!!"));
}

void tst_TusProtocol::numbers()
{
    QCOMPARE(TusProtocol::parseNumber("0"), std::optional<qint64>(0));
    QCOMPARE(TusProtocol::parseNumber("1073741824"), std::optional<qint64>(1073741824));
    QVERIFY(!TusProtocol::parseNumber(""));
    QVERIFY(!TusProtocol::parseNumber("-1"));
    QVERIFY(!TusProtocol::parseNumber("+1"));
    QVERIFY(!TusProtocol::parseNumber(" 1"));
    QVERIFY(!TusProtocol::parseNumber("1e3"));
    QVERIFY(!TusProtocol::parseNumber("9999999999999999999"));
}

void tst_TusProtocol::httpDate()
{
    QCOMPARE(TusProtocol::httpDate(784111777000), QByteArrayLiteral("Sun, 06 Nov 1994 08:49:37 GMT"));
}

void tst_TusProtocol::ranges_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("length");
    const int whole = int(ByteRange::Kind::Whole);
    const int partial = int(ByteRange::Kind::Partial);
    const int unsatisfiable = int(ByteRange::Kind::Unsatisfiable);
    QTest::newRow("none") << QByteArray() << qint64(100) << whole << qint64(0) << qint64(100);
    QTest::newRow("first") << QByteArray("bytes=0-9") << qint64(100) << partial << qint64(0) << qint64(10);
    QTest::newRow("middle") << QByteArray("bytes=10-19") << qint64(100) << partial << qint64(10) << qint64(10);
    QTest::newRow("open") << QByteArray("bytes=90-") << qint64(100) << partial << qint64(90) << qint64(10);
    QTest::newRow("suffix") << QByteArray("bytes=-5") << qint64(100) << partial << qint64(95) << qint64(5);
    QTest::newRow("suffix longer than file") << QByteArray("bytes=-500") << qint64(100) << partial << qint64(0) << qint64(100);
    QTest::newRow("end clipped") << QByteArray("bytes=50-500") << qint64(100) << partial << qint64(50) << qint64(50);
    QTest::newRow("past end") << QByteArray("bytes=100-") << qint64(100) << unsatisfiable << qint64(0) << qint64(0);
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << qint64(100) << unsatisfiable << qint64(0) << qint64(0);
    QTest::newRow("empty file") << QByteArray("bytes=0-") << qint64(0) << unsatisfiable << qint64(0) << qint64(0);
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << qint64(100) << whole << qint64(0) << qint64(100);
    QTest::newRow("other unit") << QByteArray("items=0-1") << qint64(100) << whole << qint64(0) << qint64(100);
    QTest::newRow("reversed") << QByteArray("bytes=9-1") << qint64(100) << whole << qint64(0) << qint64(100);
    QTest::newRow("garbage") << QByteArray("bytes=a-b") << qint64(100) << whole << qint64(0) << qint64(100);
}

void tst_TusProtocol::ranges()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(int, kind);
    QFETCH(qint64, offset);
    QFETCH(qint64, length);
    const ByteRange range = ByteRange::resolve(header, size);
    QCOMPARE(int(range.kind), kind);
    if (range.kind != ByteRange::Kind::Unsatisfiable) {
        QCOMPARE(range.offset, offset);
        QCOMPARE(range.length, length);
    }
}

void tst_TusProtocol::digestsMatchQt()
{
    QByteArray data(3 * 1024 * 1024 + 17, 'x');
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(i * 31 % 251);
    DigestStream sha256(DigestStream::Algorithm::Sha256);
    DigestStream sha1(DigestStream::Algorithm::Sha1);
    sha256.update(QByteArrayView(data).first(1000));
    const DigestStream snapshot = sha256; // a copy continues independently
    sha256.update(QByteArrayView(data).sliced(1000));
    sha1.update(data);
    QCOMPARE(sha256.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    QCOMPARE(sha1.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha1));
    QCOMPARE(snapshot.result(), QCryptographicHash::hash(QByteArrayView(data).first(1000), QCryptographicHash::Sha256));
}

namespace {

QByteArray patternBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 131 + i / 4093) % 253);
    return data;
}

// Feeds `data` in uneven pieces (1 byte up to several blocks), as a socket would.
void appendInPieces(UploadFileWriter &writer, QByteArrayView data)
{
    static constexpr qsizetype Pieces[] = {1, 4093, 65536, 3 * DigestPipeline::BlockBytes + 5, 777, DigestPipeline::BlockBytes};
    for (qsizetype done = 0, i = 0; done < data.size(); ++i) {
        const qsizetype piece = std::min(Pieces[i % std::size(Pieces)], data.size() - done);
        QVERIFY(writer.append(data.sliced(done, piece)));
        done += piece;
    }
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<QFile> openAt(const QString &path, qint64 offset)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadWrite | QIODevice::Unbuffered) || !file->seek(offset))
        return nullptr;
    return file;
}

} // namespace

void tst_TusProtocol::pipelineHashesEveryByteOnce()
{
    // More blocks than the queue holds, so push() has to wait for the worker and blocks come back.
    const QByteArray data = patternBytes(DigestPipeline::BlockBytes * (DigestPipeline::MaxQueuedBlocks * 3) + 12345);
    DigestStream sha256(DigestStream::Algorithm::Sha256);
    DigestStream sha1(DigestStream::Algorithm::Sha1);
    DigestPipeline pipeline({&sha1, &sha256});
    for (qsizetype done = 0; done < data.size();) {
        QByteArray block = pipeline.takeBlock();
        QVERIFY(block.isEmpty());
        QVERIFY(block.capacity() >= DigestPipeline::BlockBytes);
        block.append(QByteArrayView(data).sliced(done, std::min(DigestPipeline::BlockBytes, data.size() - done)));
        done += block.size();
        pipeline.push(std::move(block));
    }
    pipeline.wait();
    QCOMPARE(sha256.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    QCOMPARE(sha1.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha1));
    // Without digests nothing is queued and no thread is needed.
    DigestPipeline none({});
    QVERIFY(none.isEmpty());
    none.push(QByteArray("ignored"));
    none.wait();
}

void tst_TusProtocol::pipelineGivesUpOnlyTheOptionalDigest()
{
    // Blocks made beforehand and pushed back to back: far faster than 1 MiB of hashing each,
    // so the queue fills at once.
    QList<QByteArray> blocks;
    QByteArray data;
    for (int i = 0; i < DigestPipeline::MaxQueuedBlocks * 8; ++i) {
        blocks.append(patternBytes(DigestPipeline::BlockBytes).sliced(i % 7));
        data += blocks.constLast();
    }
    const QByteArray sha1OfAll = QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    const QByteArray sha256OfAll = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

    // The checksum is required: pushing waits for it, and only the content digest is given up.
    {
        DigestStream sha1(DigestStream::Algorithm::Sha1);
        DigestStream sha256(DigestStream::Algorithm::Sha256);
        DigestPipeline pipeline({&sha1}, &sha256);
        for (const QByteArray &block : std::as_const(blocks))
            pipeline.push(block);
        pipeline.wait();
        QVERIFY(pipeline.optionalDropped());
        QVERIFY(!pipeline.isEmpty());
        QCOMPARE(sha1.result(), sha1OfAll);
    }
    // Only the content digest: once given up, nothing is queued any more and pushes never wait.
    {
        DigestStream sha256(DigestStream::Algorithm::Sha256);
        DigestPipeline pipeline({}, &sha256);
        QVERIFY(!pipeline.isEmpty());
        for (const QByteArray &block : std::as_const(blocks))
            pipeline.push(block);
        pipeline.wait();
        QVERIFY(pipeline.optionalDropped());
        QVERIFY(pipeline.isEmpty());
    }
    // A worker that keeps up (here: every block hashed before the next arrives) keeps it.
    {
        DigestStream sha256(DigestStream::Algorithm::Sha256);
        DigestPipeline pipeline({}, &sha256);
        for (const QByteArray &block : std::as_const(blocks)) {
            pipeline.push(block);
            pipeline.wait();
        }
        QVERIFY(!pipeline.optionalDropped());
        QCOMPARE(sha256.result(), sha256OfAll);
    }
}

void tst_TusProtocol::fileWriterIsByteIdentical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upload.part"));
    const QByteArray head = patternBytes(1000);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write(head); // an earlier PATCH
    }
    // Long enough for several blocks and several writeback windows.
    const QByteArray body = patternBytes(UploadFileWriter::WritebackBytes * 2 + DigestPipeline::BlockBytes / 2 + 3).sliced(7);
    DigestStream sha256(DigestStream::Algorithm::Sha256);
    sha256.update(head); // the running content digest continues across PATCHes
    DigestStream sha1(DigestStream::Algorithm::Sha1);
    DigestPipeline pipeline({&sha1, &sha256});
    auto file = openAt(path, head.size());
    QVERIFY(file);
    UploadFileWriter writer(std::move(file), head.size(), pipeline);
    appendInPieces(writer, body);
    QVERIFY(writer.makeDurable());
    QCOMPARE(fileBytes(path), QByteArray(head + body));
    QCOMPARE(sha1.result(), QCryptographicHash::hash(body, QCryptographicHash::Sha1));
    QCOMPARE(sha256.result(), QCryptographicHash::hash(QByteArray(head + body), QCryptographicHash::Sha256));
}

void tst_TusProtocol::fileWriterTruncatesStagedBytes()
{
    // A rejected body (checksum mismatch) is cut off, written blocks and staged bytes alike,
    // and the next body lands right after the kept bytes.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upload.part"));
    const QByteArray kept = patternBytes(5000);
    DigestPipeline pipeline({});
    auto file = openAt(path, 0);
    QVERIFY(file);
    UploadFileWriter writer(std::move(file), 0, pipeline);
    QVERIFY(writer.append(kept));
    QVERIFY(writer.makeDurable());
    appendInPieces(writer, patternBytes(2 * DigestPipeline::BlockBytes + 99));
    QVERIFY(writer.truncate(kept.size()));
    QCOMPARE(fileBytes(path), kept);
    const QByteArray next = patternBytes(DigestPipeline::BlockBytes + 1).sliced(1);
    appendInPieces(writer, next);
    QVERIFY(writer.makeDurable());
    QCOMPARE(fileBytes(path), QByteArray(kept + next));
}

void tst_TusProtocol::settingsFromJson()
{
    const auto defaults = UploadSettings::fromJson({});
    QVERIFY(defaults);
    QVERIFY(defaults->maxUploadBytes > 0 && defaults->quotaBytesPerUser >= defaults->maxUploadBytes);
    const auto custom = UploadSettings::fromJson({{QStringLiteral("max_upload_bytes"), 1000},
                                                  {QStringLiteral("expiry_seconds"), 2},
                                                  {QStringLiteral("probe_command"), QJsonArray{QStringLiteral("/bin/true")}}});
    QVERIFY(custom);
    QCOMPARE(custom->maxUploadBytes, 1000);
    QCOMPARE(custom->expiryMs, 2000);
    QCOMPARE(custom->probeCommand, QStringList(QStringLiteral("/bin/true")));
    QVERIFY(!UploadSettings::fromJson({{QStringLiteral("max_upload_bytes"), -1}}));
    QVERIFY(!UploadSettings::fromJson({{QStringLiteral("max_upload_bytes"), QStringLiteral("big")}}));
    QVERIFY(!UploadSettings::fromJson({{QStringLiteral("probe_command"), QJsonArray{}}}));
    QVERIFY(!UploadSettings::fromJson({{QStringLiteral("surprise"), 1}}));
}

QTEST_GUILESS_MAIN(tst_TusProtocol)
#include "tst_tusprotocol.moc"

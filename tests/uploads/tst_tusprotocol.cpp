// The header grammar of tus and HTTP ranges, in process.
#include "server/media/byterange.h"
#include "server/media/digeststream.h"
#include "server/media/tusprotocol.h"
#include "server/media/uploadsettings.h"

#include <QCryptographicHash>
#include <QJsonArray>
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

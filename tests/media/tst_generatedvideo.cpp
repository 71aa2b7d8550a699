// Media::writeGeneratedVideo: an H.264/AAC MP4 from libavfilter sources, of the asked size and
// length, the same bytes every time, and a clear error with no file left for a bad graph.
#include "media/generatedvideo.h"
#include "media/probe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ClipDesk;

namespace {

Media::GeneratedVideoSpec smallSpec()
{
    Media::GeneratedVideoSpec spec;
    spec.videoSource = QStringLiteral("testsrc2=size=360x640:rate=24[bg];color=c=white:size=60x60:rate=24[dot];"
                                      "[bg][dot]overlay=x='mod(t*100,360)':y=200");
    spec.audioSource = QStringLiteral("sine=frequency=440");
    spec.durationUs = 2'000'000;
    spec.encoding.preset = QStringLiteral("ultrafast");
    spec.encoderThreads = 1;
    return spec;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class tst_GeneratedVideo final : public QObject
{
    Q_OBJECT

private slots:
    void writesAnH264AacMp4();
    void sameSpecSameBytes();
    void badGraphFailsAndLeavesNoFile();
    void videoWithoutSound();
};

void tst_GeneratedVideo::writesAnH264AacMp4()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("made.mp4"));
    const Status written = Media::writeGeneratedVideo(path, smallSpec());
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    const auto info = Media::probeMedia(path);
    QVERIFY2(info, qPrintable(info ? QString() : info.error().message));
    QCOMPARE(info->video.codec, QStringLiteral("h264"));
    QCOMPARE(info->video.displayWidth, 360);
    QCOMPARE(info->video.displayHeight, 640);
    QVERIFY2(qAbs(info->durationUs - 2'000'000) < 100'000, qPrintable(QString::number(info->durationUs)));
    QCOMPARE(info->audioTracks.size(), 1);
    QCOMPARE(info->audioTracks.constFirst().codec, QStringLiteral("aac"));
}

void tst_GeneratedVideo::sameSpecSameBytes()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.mp4"));
    const QString second = dir.filePath(QStringLiteral("second.mp4"));
    QVERIFY(Media::writeGeneratedVideo(first, smallSpec()));
    QVERIFY(Media::writeGeneratedVideo(second, smallSpec()));
    QVERIFY(!sha256Of(first).isEmpty());
    QCOMPARE(sha256Of(second), sha256Of(first));
    Media::GeneratedVideoSpec other = smallSpec();
    other.audioSource = QStringLiteral("sine=frequency=880");
    const QString third = dir.filePath(QStringLiteral("third.mp4"));
    QVERIFY(Media::writeGeneratedVideo(third, other));
    QVERIFY(sha256Of(third) != sha256Of(first));
}

void tst_GeneratedVideo::badGraphFailsAndLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.mp4"));
    Media::GeneratedVideoSpec spec = smallSpec();
    spec.videoSource = QStringLiteral("nosuchsource=size=10x10");
    const Status written = Media::writeGeneratedVideo(path, spec);
    QVERIFY(!written);
    QCOMPARE(written.error().code, QStringLiteral("media_unsupported"));
    QVERIFY(!QFile::exists(path));
    spec = smallSpec();
    spec.durationUs = 0;
    QVERIFY(!Media::writeGeneratedVideo(path, spec));
    QVERIFY(!QFile::exists(path));
}

void tst_GeneratedVideo::videoWithoutSound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("silent.mp4"));
    Media::GeneratedVideoSpec spec = smallSpec();
    spec.audioSource.clear();
    QVERIFY(Media::writeGeneratedVideo(path, spec));
    const auto info = Media::probeMedia(path);
    QVERIFY(info);
    QVERIFY(info->audioTracks.isEmpty());
    QCOMPARE(info->video.codec, QStringLiteral("h264"));
}

QTEST_GUILESS_MAIN(tst_GeneratedVideo)
#include "tst_generatedvideo.moc"

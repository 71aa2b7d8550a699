// KeyframeIndex, FrameReader and generateFilmstrip() on generated media whose frames carry
// their own number: frame n shows eight vertical bars, bar k white when bit k of n is set.
#include "media/filmstrip.h"
#include "media/framereader.h"
#include "media/keyframeindex.h"
#include "testmedia.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Media;
using ClipDesk::Testing::TestMedia::ffprobe;
using ClipDesk::Testing::TestMedia::generate;

namespace {

constexpr qint64 FrameUs = 40'000; // 25 fps
constexpr int FrameCount = 200;

QStringList counterSource()
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("color=c=black:size=320x240:rate=25:duration=8"), QStringLiteral("-vf"),
            QStringLiteral("geq=lum='if(bitand(N,pow(2,floor(X*8/W))),235,16)':cb=128:cr=128")};
}

QStringList x264(const QString &params)
{
    return {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-bf"), QStringLiteral("3"),
            QStringLiteral("-x264-params"), params};
}

// B-frames, a keyframe every second, open GOPs: one IDR, the other keyframes recovery-point I-frames.
QString openGopCounter()
{
    return generate(QStringLiteral("counter-opengop.mp4"),
                    counterSource() + x264(QStringLiteral("keyint=25:min-keyint=25:scenecut=0:open-gop=1")));
}

// B-frames, closed GOPs of two seconds: every keyframe an IDR.
QString closedGopCounter()
{
    return generate(QStringLiteral("counter-closedgop.mp4"),
                    counterSource() + x264(QStringLiteral("keyint=50:min-keyint=50:scenecut=0")));
}

int counterValue(const QImage &image)
{
    int value = 0;
    for (int bit = 0; bit < 8; ++bit) {
        const int x = image.width() * (2 * bit + 1) / 16;
        if (qGray(image.pixel(x, image.height() / 2)) > 128)
            value |= 1 << bit;
    }
    return value;
}

QList<QByteArray> ffprobeLines(const QString &path, const QStringList &args)
{
    QList<QByteArray> lines = ffprobe(path, args).split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

// The number of H.264 IDR slices (nal_unit_type 5) FFmpeg's trace_headers filter finds.
int idrSlicesPerFfmpeg(const QString &path)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-hide_banner"), QStringLiteral("-i"), path, QStringLiteral("-c"),
                                            QStringLiteral("copy"), QStringLiteral("-bsf:v"), QStringLiteral("trace_headers"),
                                            QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
    if (!ffmpeg.waitForFinished(60'000))
        return -1;
    int count = 0;
    for (const QByteArray &line : ffmpeg.readAllStandardError().split('\n')) {
        if (line.contains("nal_unit_type") && line.trimmed().endsWith("= 5"))
            ++count;
    }
    return count;
}

} // namespace

class TestFrameReader : public QObject
{
    Q_OBJECT

private slots:
    void init() { KeyframeIndex::clearMemoryCache(); }

    void keyframeIndexTellsIdrFromOtherIFrames()
    {
        const QString path = openGopCounter();
        QVERIFY(!path.isEmpty());
        const auto index = KeyframeIndex::build(path);
        QVERIFY(index);
        // The same keyframes as ffprobe's K-flagged packets.
        const QList<QByteArray> keyPackets = ffprobeLines(path, {QStringLiteral("-select_streams"), QStringLiteral("v"),
            QStringLiteral("-show_entries"), QStringLiteral("packet=pts_time,flags"), QStringLiteral("-of"), QStringLiteral("csv=p=0")});
        QList<qint64> expected;
        for (const QByteArray &line : keyPackets) {
            if (line.contains(",K"))
                expected.append(qRound64(line.split(',').first().toDouble() * 1e6));
        }
        QCOMPARE(index->size(), 8);
        QCOMPARE(qsizetype(expected.size()), index->size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(index->keyframes()[i].ptsUs, expected[i]);
        // The bitstream itself (FFmpeg's trace_headers) says how many IDR slices there are.
        int idrInIndex = 0;
        for (const Keyframe &keyframe : index->keyframes())
            idrInIndex += keyframe.isIdr ? 1 : 0;
        QCOMPARE(idrInIndex, idrSlicesPerFfmpeg(path));
        QCOMPARE(idrInIndex, 1);
        QVERIFY(index->keyframes().first().isIdr);
        QVERIFY(!index->keyframes()[3].isIdr);

        const auto closed = KeyframeIndex::build(closedGopCounter());
        QVERIFY(closed);
        QCOMPARE(closed->size(), 4);
        for (const Keyframe &keyframe : closed->keyframes())
            QVERIFY(keyframe.isIdr);
    }

    void keyframeLookups()
    {
        const KeyframeIndex index({{0, 0, true}, {1'000'000, 960'000, false}, {2'000'000, 1'960'000, true}});
        QCOMPARE(index.nearestAtOrBefore(1'000'000)->ptsUs, 1'000'000);
        QCOMPARE(index.nearestAtOrBefore(1'999'999)->ptsUs, 1'000'000);
        QCOMPARE(index.nearestAtOrBefore(5'000'000)->ptsUs, 2'000'000);
        QVERIFY(!index.nearestAtOrBefore(-1));
        QCOMPARE(index.next(1'000'000)->ptsUs, 2'000'000);
        QVERIFY(!index.next(2'000'000));
        QCOMPARE(index.previous(1'000'000)->ptsUs, 0);
        QVERIFY(!index.previous(0));
        QCOMPARE(index.closest(1'400'000)->ptsUs, 1'000'000);
        QCOMPARE(index.closest(1'600'000)->ptsUs, 2'000'000);
        QCOMPARE(KeyframeIndex::fromBytes(index.toBytes()).value(), index);
        QByteArray damaged = index.toBytes();
        damaged.chop(3);
        QVERIFY(!KeyframeIndex::fromBytes(damaged));
        QVERIFY(!KeyframeIndex::fromBytes(QByteArrayLiteral("not an index")));
    }

    void keyframeIndexIsCachedPerFileVersion()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(QFile::copy(closedGopCounter(), copy));
        const QString cacheDir = dir.filePath(QStringLiteral("cache"));
        const auto first = KeyframeIndex::forFile(copy, cacheDir);
        QVERIFY(first);
        QCOMPARE(QDir(cacheDir).entryList(QDir::Files).size(), 1);
        // The sidecar alone serves a fresh process (memory cache cleared).
        KeyframeIndex::clearMemoryCache();
        const QString sidecar = QDir(cacheDir).entryInfoList(QDir::Files).first().filePath();
        const auto fromSidecar = KeyframeIndex::forFile(copy, cacheDir);
        QVERIFY(fromSidecar);
        QCOMPARE(*fromSidecar, *first);
        // A different file under the same name misses the cache.
        QVERIFY(QFile::remove(copy));
        QVERIFY(QFile::copy(openGopCounter(), copy));
        QFile touched(copy);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60), QFileDevice::FileModificationTime));
        touched.close();
        const auto changed = KeyframeIndex::forFile(copy, cacheDir);
        QVERIFY(changed);
        QCOMPARE(changed->size(), 8);
        QCOMPARE(QDir(cacheDir).entryList(QDir::Files).size(), 2);
        QVERIFY(QFile::exists(sidecar));
    }

    void exactSeekReturnsTheRequestedFrame_data()
    {
        QTest::addColumn<bool>("openGop");
        QTest::newRow("open GOP, B-frames") << true;
        QTest::newRow("closed GOP, B-frames") << false;
    }

    void exactSeekReturnsTheRequestedFrame()
    {
        QFETCH(bool, openGop);
        const QString path = openGop ? openGopCounter() : closedGopCounter();
        QVERIFY(!path.isEmpty());
        auto reader = FrameReader::open(path);
        QVERIFY(reader);
        QRandomGenerator random(42);
        for (int i = 0; i < 60; ++i) {
            const int n = random.bounded(FrameCount);
            const qint64 within = random.bounded(int(FrameUs));
            const auto image = (*reader)->frameAt(n * FrameUs + within, FrameReader::Mode::Exact);
            QVERIFY(image);
            QCOMPARE(image->size(), QSize(320, 240));
            QCOMPARE(image->format(), QImage::Format_RGB32);
            QCOMPARE(counterValue(*image), n);
            QCOMPARE((*reader)->lastFramePtsUs(), n * FrameUs);
        }
        // One microsecond before a frame is still the previous one; past the end is the last.
        QCOMPARE(counterValue((*reader)->frameAt(100 * FrameUs - 1, FrameReader::Mode::Exact).value()), 99);
        QCOMPARE(counterValue((*reader)->frameAt(3'600'000'000, FrameReader::Mode::Exact).value()), FrameCount - 1);
        QCOMPARE(counterValue((*reader)->frameAt(-5, FrameReader::Mode::Exact).value()), 0);
    }

    void steppingForwardReusesTheDecoder()
    {
        auto reader = FrameReader::open(closedGopCounter());
        QVERIFY(reader);
        // A jump to a keyframe decodes that frame alone, nothing after it.
        QCOMPARE(counterValue((*reader)->frameAt(50 * FrameUs, FrameReader::Mode::Exact).value()), 50);
        QCOMPARE((*reader)->decodedFrameCount(), 1);
        QCOMPARE(counterValue((*reader)->frameAt(10 * FrameUs, FrameReader::Mode::Exact).value()), 10);
        // The jump drained the decoder, so the first step decodes the GOP up to frame 11 again,
        // this time keeping the decoder going.
        QCOMPARE(counterValue((*reader)->frameAfter((*reader)->lastFramePtsUs()).value()), 11);
        const qint64 decodedBefore = (*reader)->decodedFrameCount();
        qint64 time = (*reader)->lastFramePtsUs();
        for (int n = 12; n <= 45; ++n) {
            const auto image = (*reader)->frameAfter(time);
            QVERIFY(image);
            QCOMPARE(counterValue(*image), n);
            time = (*reader)->lastFramePtsUs();
        }
        // 34 steps decoded about 34 frames: no seek back to the keyframe at 0 and forward again.
        QVERIFY2((*reader)->decodedFrameCount() - decodedBefore <= 35,
                 qPrintable(QString::number((*reader)->decodedFrameCount() - decodedBefore)));
        // Stepping backwards seeks.
        QCOMPARE(counterValue((*reader)->frameAt(44 * FrameUs, FrameReader::Mode::Exact).value()), 44);
        QCOMPARE(counterValue((*reader)->frameAt(43 * FrameUs, FrameReader::Mode::Exact).value()), 43);
    }

    void exactFrameMatchesFfmpegCli()
    {
        const QString path = openGopCounter();
        const int n = 137;
        const QString reference = generate(QStringLiteral("counter-frame137.png"),
            {QStringLiteral("-i"), path, QStringLiteral("-vf"), QStringLiteral("select=eq(n\\,137)"),
             QStringLiteral("-frames:v"), QStringLiteral("1")});
        QVERIFY(!reference.isEmpty());
        const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
        auto reader = FrameReader::open(path);
        QVERIFY(reader);
        const QImage actual = (*reader)->frameAt(n * FrameUs, FrameReader::Mode::Exact).value();
        QCOMPARE(actual.size(), expected.size());
        qint64 difference = 0;
        for (int y = 0; y < actual.height(); ++y) {
            for (int x = 0; x < actual.width(); ++x)
                difference += qAbs(qGray(actual.pixel(x, y)) - qGray(expected.pixel(x, y)));
        }
        const double mean = double(difference) / (actual.width() * actual.height());
        QVERIFY2(mean < 3.0, qPrintable(QString::number(mean)));
    }

    void keyframeModeReturnsAKeyframe()
    {
        const QString path = openGopCounter();
        auto reader = FrameReader::open(path);
        QVERIFY(reader);
        const KeyframeIndex &index = (*reader)->keyframes();
        for (const qint64 time : {qint64(0), qint64(1'030'000), qint64(3'999'000), qint64(7'960'000), qint64(2'000'000)}) {
            const auto image = (*reader)->frameAt(time, FrameReader::Mode::Keyframe, QSize(160, 160));
            QVERIFY(image);
            QCOMPARE(image->size(), QSize(160, 120));
            const qint64 expected = index.nearestAtOrBefore(time)->ptsUs;
            QCOMPARE((*reader)->lastFramePtsUs(), expected);
            QVERIFY((*reader)->lastFrameIsKeyframe());
            QCOMPARE(counterValue(*image), int(expected / FrameUs));
        }
    }

    void rotatedVideoIsShownUpright()
    {
        const QString landscape = generate(QStringLiteral("reader-landscape.mp4"),
            {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=320x240:rate=25:duration=2"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
             QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")});
        const QString rotated = generate(QStringLiteral("reader-rotated.mp4"),
            {QStringLiteral("-i"), landscape, QStringLiteral("-c"), QStringLiteral("copy"),
             QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=270")});
        QVERIFY(!rotated.isEmpty());
        // ffmpeg rotates by the display matrix when decoding: the reference picture.
        const QString reference = generate(QStringLiteral("reader-rotated-frame0.png"),
            {QStringLiteral("-i"), rotated, QStringLiteral("-frames:v"), QStringLiteral("1")});
        const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(expected.size(), QSize(240, 320));
        auto reader = FrameReader::open(rotated);
        QVERIFY(reader);
        QCOMPARE((*reader)->geometry().rotationDegrees, 90);
        const QImage actual = (*reader)->frameAt(0, FrameReader::Mode::Exact).value();
        QCOMPARE(actual.size(), QSize(240, 320));
        qint64 difference = 0;
        for (int y = 0; y < actual.height(); ++y) {
            for (int x = 0; x < actual.width(); ++x)
                difference += qAbs(qGray(actual.pixel(x, y)) - qGray(expected.pixel(x, y)));
        }
        QVERIFY(double(difference) / (240 * 320) < 6.0);
        QCOMPARE((*reader)->frameAt(0, FrameReader::Mode::Keyframe, QSize(120, 120)).value().size(), QSize(90, 120));
    }

    void filmstripIsProgressiveAndAvoidsBlackFrames()
    {
        // Black for the first 2.2 s, keyframes every second: keyframes 0, 1 and 2 are black.
        const QString path = generate(QStringLiteral("filmstrip-blackstart.mp4"),
            QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("testsrc2=size=320x240:rate=25:duration=6"), QStringLiteral("-vf"),
             QStringLiteral("drawbox=c=black:t=fill:enable='lt(t,2.2)'")}
                + x264(QStringLiteral("keyint=25:min-keyint=25:scenecut=0")));
        QVERIFY(!path.isEmpty());
        auto reader = FrameReader::open(path);
        QVERIFY(reader);
        QCOMPARE(meanLuma((*reader)->frameAt(0, FrameReader::Mode::Exact).value()), 0);

        struct Emitted { FilmstripTile tile; qint64 decodedSoFar; };
        QList<Emitted> emitted;
        FilmstripRequest request;
        request.tileCount = 6;
        request.tileSize = QSize(80, 80);
        request.refineTiles = {0, 2, 4};
        double lastProgress = 0;
        const JobControl control{[&](double f) { QVERIFY(f >= lastProgress); lastProgress = f; }, {}};
        const Status status = generateFilmstrip(**reader, request, [&](const FilmstripTile &tile) {
            emitted.append({tile, (*reader)->decodedFrameCount()});
        }, control);
        QVERIFY(status);
        QCOMPARE(lastProgress, 1.0);
        // First pass: every tile in order, from keyframes only (6 keyframes, 1 frame decoded above).
        QVERIFY(emitted.size() >= 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(emitted[i].tile.index, i);
            QVERIFY(!emitted[i].tile.exact);
            QCOMPARE(emitted[i].tile.image.size(), QSize(80, 60));
            QVERIFY((*reader)->keyframes().nearestAtOrBefore(emitted[i].tile.ptsUs)->ptsUs == emitted[i].tile.ptsUs);
            QVERIFY2(meanLuma(emitted[i].tile.image) > request.blackLumaThreshold, qPrintable(QString::number(i)));
        }
        QVERIFY(emitted[5].decodedSoFar <= 1 + 6);
        QVERIFY(emitted[0].tile.ptsUs >= 3'000'000); // keyframes 0, 1 and 2 were black
        // Second pass: tiles 2 and 4 refined to their exact middle; tile 0's exact frame is black.
        QCOMPARE(emitted.size(), 8);
        QCOMPARE(emitted[6].tile.index, 2);
        QCOMPARE(emitted[7].tile.index, 4);
        for (int i = 6; i < 8; ++i) {
            const FilmstripTile &tile = emitted[i].tile;
            QVERIFY(tile.exact);
            QVERIFY(tile.ptsUs <= tile.targetUs && tile.targetUs - tile.ptsUs < FrameUs);
            QVERIFY(meanLuma(tile.image) > request.blackLumaThreshold);
        }
    }

    void filmstripCanBeCancelled()
    {
        auto reader = FrameReader::open(openGopCounter());
        QVERIFY(reader);
        int tiles = 0;
        const JobControl control{{}, [&] { return tiles >= 3; }};
        FilmstripRequest request;
        request.tileCount = 8;
        const Status status = generateFilmstrip(**reader, request, [&](const FilmstripTile &) { ++tiles; }, control);
        QVERIFY(!status);
        QCOMPARE(status.error().code, QStringLiteral("cancelled"));
        QCOMPARE(tiles, 3);
    }
};

QTEST_GUILESS_MAIN(TestFrameReader)
#include "tst_framereader.moc"

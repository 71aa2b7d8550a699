// FrameReader's accurate seek against plain sequential decoding: whatever shortcuts a seek takes
// (non-reference frames left undecoded, a drained single-frame decode, reusing the decoder
// forward in a GOP), every frame must be pixel-identical to the same frame decoded from the start.
#include "media/frameconverter.h"
#include "media/framereader.h"
#include "media/keyframeindex.h"
#include "media/videodecoder.h"
#include "testmedia.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <numeric>

using namespace ClipDesk;
using namespace ClipDesk::Media;
using ClipDesk::Testing::TestMedia::generate;

namespace {

enum class Encoding { H264ClosedGop, H264OpenGop, Mpeg2, Hevc };

// Moving, textured content (any wrong reference shows), B-frames (H.264 with B-pyramid), GOPs of
// one second.
QString bframeVideo(Encoding encoding)
{
    const QStringList source{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                             QStringLiteral("testsrc2=size=320x240:rate=25:duration=6"), QStringLiteral("-pix_fmt"),
                             QStringLiteral("yuv420p")};
    const QString h264Params = QStringLiteral("keyint=25:min-keyint=25:scenecut=0:b-pyramid=normal");
    switch (encoding) {
    case Encoding::H264ClosedGop:
    case Encoding::H264OpenGop:
        return generate(encoding == Encoding::H264OpenGop ? QStringLiteral("accuracy-opengop.mp4")
                                                          : QStringLiteral("accuracy-closedgop.mp4"),
            source + QStringList{QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                                 QStringLiteral("veryfast"), QStringLiteral("-bf"), QStringLiteral("3"),
                                 QStringLiteral("-x264-params"),
                                 h264Params + (encoding == Encoding::H264OpenGop ? QStringLiteral(":open-gop=1") : QString())});
    case Encoding::Mpeg2: // open GOPs: the B-frames after an I-frame refer to the GOP before
        return generate(QStringLiteral("accuracy-mpeg2.mp4"),
            source + QStringList{QStringLiteral("-c:v"), QStringLiteral("mpeg2video"), QStringLiteral("-bf"),
                                 QStringLiteral("2"), QStringLiteral("-g"), QStringLiteral("25"), QStringLiteral("-q:v"),
                                 QStringLiteral("4")});
    case Encoding::Hevc: // nothing skipped (sub-layer non-reference pictures), same answers
        return generate(QStringLiteral("accuracy-hevc.mp4"),
            source + QStringList{QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
                                 QStringLiteral("veryfast"), QStringLiteral("-x265-params"),
                                 QStringLiteral("keyint=25:min-keyint=25:scenecut=0:bframes=3:log-level=error")});
    }
    return {};
}

struct DecodedFrame
{
    qint64 ptsUs = 0;
    char type = '?';
    QImage image;
};

// Every frame, decoded one after another from the start with nothing skipped, one thread.
QList<DecodedFrame> decodeSequentially(const QString &path)
{
    QList<DecodedFrame> frames;
    auto decoder = VideoDecoder::open(path, 1);
    if (!decoder)
        return frames;
    FrameConverter converter((*decoder)->geometry());
    FrameHandle frame = allocateFrame();
    while ((*decoder)->nextFrame(frame.get()).value_or(false)) {
        frames.append({(*decoder)->framePtsUs(frame.get()), av_get_picture_type_char(frame->pict_type),
                       converter.toImage(frame.get(), {}).value_or(QImage())});
        av_frame_unref(frame.get());
    }
    return frames;
}

} // namespace

class TestSeekAccuracy : public QObject
{
    Q_OBJECT

private:
    QList<DecodedFrame> m_frames;
    std::unique_ptr<FrameReader> m_reader;

    // Frame `n` by accurate seek (from wherever the reader is) equals the sequential one.
    bool seekMatches(int n, qint64 offsetUs = 0)
    {
        const auto image = m_reader->frameAt(m_frames[n].ptsUs + offsetUs, FrameReader::Mode::Exact);
        if (!image || m_reader->lastFramePtsUs() != m_frames[n].ptsUs || *image != m_frames[n].image) {
            qWarning() << "frame" << n << "type" << m_frames[n].type << "differs; got pts"
                       << m_reader->lastFramePtsUs() << "expected" << m_frames[n].ptsUs;
            return false;
        }
        return true;
    }

    // The frame numbers of the keyframes seeks start from, except the first.
    QList<int> keyframePositions() const
    {
        QList<int> positions;
        for (int i = 1; i < m_frames.size(); ++i) {
            const std::optional<Keyframe> keyframe = m_reader->keyframes().nearestAtOrBefore(m_frames[i].ptsUs);
            if (keyframe && keyframe->ptsUs == m_frames[i].ptsUs)
                positions.append(i);
        }
        return positions;
    }

private slots:
    void init() { KeyframeIndex::clearMemoryCache(); }

    void seekMatchesSequentialDecoding_data()
    {
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<int>("threads");
        QTest::newRow("H.264 closed GOP, default threads") << Encoding::H264ClosedGop << 0;
        QTest::newRow("H.264 closed GOP, one thread") << Encoding::H264ClosedGop << 1;
        QTest::newRow("H.264 open GOP, default threads") << Encoding::H264OpenGop << 0;
        QTest::newRow("H.264 open GOP, two threads") << Encoding::H264OpenGop << 2;
        QTest::newRow("MPEG-2, default threads") << Encoding::Mpeg2 << 0;
        QTest::newRow("HEVC, default threads") << Encoding::Hevc << 0;
    }

    void seekMatchesSequentialDecoding()
    {
        QFETCH(Encoding, encoding);
        QFETCH(int, threads);
        const QString path = bframeVideo(encoding);
        QVERIFY(!path.isEmpty());
        m_frames = decodeSequentially(path);
        QCOMPARE(m_frames.size(), 150);
        auto reader = FrameReader::open(path, FrameReader::Options{threads, {}});
        QVERIFY(reader);
        m_reader = std::move(*reader);
        const QList<int> keyframes = keyframePositions();
        QVERIFY(keyframes.size() >= 5);

        // A B-frame right after each keyframe, and the last frame of each GOP, each as a jump
        // from far away.
        int bFramesAfterKeyframes = 0;
        for (const int key : keyframes) {
            if (m_frames[key + 1].type == 'B') {
                ++bFramesAfterKeyframes;
                QVERIFY(seekMatches(key + 1));
            }
            QVERIFY(seekMatches(key - 1));
            QVERIFY(seekMatches(key));
        }
        QVERIFY(seekMatches(m_frames.size() - 1, 10'000'000)); // past the end: the last frame
        QVERIFY(bFramesAfterKeyframes > 0);
        QCOMPARE(m_frames[1].type, 'B');
        QVERIFY(seekMatches(1));
        QVERIFY(seekMatches(0));

        // Every frame, in random order (mostly jumps), some requested mid-frame.
        QList<int> order(m_frames.size());
        std::iota(order.begin(), order.end(), 0);
        QRandomGenerator random(7);
        std::shuffle(order.begin(), order.end(), random);
        for (const int n : std::as_const(order))
            QVERIFY(seekMatches(n, n % 3 == 0 ? 20'000 : 0));

        // Forward in one GOP after a jump (the decoder is reused), then backwards (a new seek).
        const int key = keyframes[1];
        for (const int n : {key + 2, key + 3, key + 7, key + 8, key + 15, key + 24, key + 26})
            QVERIFY(seekMatches(n));
        for (const int n : {key + 20, key + 12, key + 1, key - 2, key - 24})
            QVERIFY(seekMatches(n));

        // Stepping frame by frame across a GOP boundary.
        QVERIFY(seekMatches(key + 20));
        for (int n = key + 21; n < key + 31; ++n) {
            const auto image = m_reader->frameAfter(m_reader->lastFramePtsUs());
            QVERIFY(image);
            QCOMPARE(m_reader->lastFramePtsUs(), m_frames[n].ptsUs);
            QVERIFY2(*image == m_frames[n].image, qPrintable(QString::number(n)));
        }
        m_reader.reset();
    }
};

QTEST_GUILESS_MAIN(TestSeekAccuracy)
#include "tst_seekaccuracy.moc"

#include "media/reframer.h"
#include "testmedia.h"
#include "writtenmedia.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavutil/log.h>
}

using namespace ClipDesk;
using namespace ClipDesk::Media;
using namespace ClipDesk::Testing;

namespace {

// 320x240, 1 s: luma grows from left (dark) to right (bright), so the crop position shows.
QString gradientClip()
{
    return TestMedia::generate(QStringLiteral("reframe-gradient.mp4"),
                               {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("color=c=black:size=320x240:rate=30:duration=1,geq=lum='16+X*219/W':cb=128:cr=128"),
                                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:duration=1"),
                                QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac")});
}

ReframeRequest requestFor(const QString &input, const QString &output, ReframeMode mode, double position = 0.5)
{
    ReframeRequest request;
    request.inputPath = input;
    request.outputPath = output;
    request.mode = mode;
    request.horizontalPosition = position;
    request.encoding.preset = QStringLiteral("ultrafast"); // the test checks geometry, not quality
    return request;
}

} // namespace

class ReframerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        av_log_set_level(AV_LOG_ERROR);
        QVERIFY(m_output.isValid());
        m_output.setAutoRemove(!qEnvironmentVariableIsSet("CLIPDESK_KEEP_TEST_OUTPUT"));
    }

    void producesVertical1080x1920_data()
    {
        QTest::addColumn<ReframeMode>("mode");
        QTest::addColumn<bool>("rotatedInput");
        QTest::newRow("crop") << ReframeMode::Crop << false;
        QTest::newRow("fit-blurred") << ReframeMode::FitWithBlurredBackground << false;
        QTest::newRow("fit-blurred-rotated") << ReframeMode::FitWithBlurredBackground << true;
    }

    void producesVertical1080x1920()
    {
        QFETCH(ReframeMode, mode);
        QFETCH(bool, rotatedInput);
        QString input = gradientClip();
        QVERIFY(!input.isEmpty());
        if (rotatedInput) {
            const QString rotated = m_output.filePath(QStringLiteral("rotated-input.mp4"));
            QVERIFY(WrittenMedia::writeRotatedCopy(input, rotated, 90));
            QCOMPARE(WrittenMedia::displayRotation(rotated), 90);
            input = rotated;
        }
        const QString output = m_output.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".mp4"));
        double progress = 0;
        const Status done = reframe(requestFor(input, output, mode), {[&](double fraction) { progress = fraction; }, {}});
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(progress, 1.0);
        const QJsonObject probed = WrittenMedia::probe(output);
        const QList<QJsonObject> videos = WrittenMedia::streamsOfType(probed, QStringLiteral("video"));
        QCOMPARE(videos.size(), 1);
        QCOMPARE(videos.first().value(QStringLiteral("width")).toInt(), 1080);
        QCOMPARE(videos.first().value(QStringLiteral("height")).toInt(), 1920);
        QCOMPARE(videos.first().value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(WrittenMedia::displayRotation(output), 0); // turned upright, no rotation flag left
        const QList<QJsonObject> audios = WrittenMedia::streamsOfType(probed, QStringLiteral("audio"));
        QCOMPARE(audios.size(), 1);
        QCOMPARE(audios.first().value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
        QCOMPARE(WrittenMedia::frameLumas(output).size(), 30);
    }

    void cropPositionChoosesThePart()
    {
        const QString input = gradientClip();
        const QString left = m_output.filePath(QStringLiteral("left.mp4"));
        const QString right = m_output.filePath(QStringLiteral("right.mp4"));
        QVERIFY(reframe(requestFor(input, left, ReframeMode::Crop, 0.0), {}));
        QVERIFY(reframe(requestFor(input, right, ReframeMode::Crop, 1.0), {}));
        const QList<double> leftLuma = WrittenMedia::frameLumas(left, 1);
        const QList<double> rightLuma = WrittenMedia::frameLumas(right, 1);
        QVERIFY(!leftLuma.isEmpty() && !rightLuma.isEmpty());
        // A 135-pixel-wide window of the 320-pixel gradient: about 62 on the left, 188 on the right.
        QVERIFY2(leftLuma.first() < 80 && rightLuma.first() > 170,
                 qPrintable(QStringLiteral("left %1, right %2").arg(leftLuma.first()).arg(rightLuma.first())));
    }

    void rejectsBadSettings()
    {
        ReframeRequest request = requestFor(gradientClip(), m_output.filePath(QStringLiteral("bad.mp4")), ReframeMode::Crop, 1.5);
        const Status done = reframe(request, {});
        QVERIFY(!done);
        QCOMPARE(done.error().code, QStringLiteral("invalid_argument"));
        QVERIFY(!QFileInfo::exists(request.outputPath));
    }

    void cancelLeavesNoOutput()
    {
        QTemporaryDir directory;
        const QString output = directory.filePath(QStringLiteral("cancelled.mp4"));
        bool cancel = false;
        const Status done = reframe(requestFor(gradientClip(), output, ReframeMode::FitWithBlurredBackground),
                                    {[&](double) { cancel = true; }, [&] { return cancel; }});
        QVERIFY(!done);
        QCOMPARE(done.error().code, QStringLiteral("cancelled"));
        QVERIFY(QDir(directory.path()).entryList(QDir::Files).isEmpty());
    }

private:
    QTemporaryDir m_output{QDir::tempPath() + QStringLiteral("/tst_reframer-XXXXXX")};
};

QTEST_GUILESS_MAIN(ReframerTest)
#include "tst_reframer.moc"

// The spec-check panel's one-click fixes on generated files that fail YouTube Shorts' rules
// (16:9, too long, variable frame rate, MPEG-4 video, too quiet): the fix button runs the fix
// on a worker thread with progress, and the file it writes passes the check (probed again here);
// Cancel leaves no file behind.
#include "clips/speccheckpanel.h"
#include "livecache.h"
#include "media/loudnessnormalizer.h"
#include "media/probe.h"
#include "testmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
using Media::SpecRule;

namespace {

QStringList lavfi(const QString &source)
{
    return {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), source};
}

QStringList x264()
{
    return {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")};
}

const QString Vertical = QStringLiteral("testsrc2=size=180x320:rate=25:duration=3");

// Generates the file (TestMedia) and copies it into `dir`, since fixes write next to their
// input; the copy's path, or empty.
QString generateInto(const QTemporaryDir &dir, const QString &name, const QStringList &ffmpegArgs)
{
    const QString path = TestMedia::generate(name, ffmpegArgs);
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    return !path.isEmpty() && QFile::copy(path, copy) ? copy : QString();
}

QByteArray probeEntry(const QString &path, const QString &entries)
{
    return TestMedia::ffprobe(path, {QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                     entries, QStringLiteral("-of"), QStringLiteral("default=nw=1:nk=1")})
        .trimmed();
}

} // namespace

class TestSpecFixes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixMakesTheFilePass_data();
    void fixMakesTheFilePass();
    void cancelLeavesNoFile();

private:
    // Checks `path` in `panel`; the index of the failure of `rule`, or -1.
    static int failureIndex(Ui::SpecCheckPanel &panel, const QString &path, SpecRule rule);
    static void verifyFixed(SpecRule rule, const QString &output);
};

int TestSpecFixes::failureIndex(Ui::SpecCheckPanel &panel, const QString &path, SpecRule rule)
{
    QSignalSpy checked(&panel, &Ui::SpecCheckPanel::checked);
    panel.check(path, Media::Platform::YouTubeShorts);
    if (!checked.wait(60'000))
        return -1;
    for (int i = 0; i < panel.failures().size(); ++i) {
        if (panel.failures().at(i).rule == rule)
            return i;
    }
    return -1;
}

// Probes the fixed file on its own, outside the panel.
void TestSpecFixes::verifyFixed(SpecRule rule, const QString &output)
{
    switch (rule) {
    case SpecRule::AspectRatio: {
        const QList<QByteArray> size = probeEntry(output, QStringLiteral("stream=width,height")).split('\n');
        QCOMPARE(size.size(), 2);
        QVERIFY2(std::abs(size.at(0).toDouble() / size.at(1).toDouble() - 9.0 / 16.0) < 0.01, size.join(' ').constData());
        break;
    }
    case SpecRule::DurationTooLong:
        QVERIFY(TestMedia::ffprobe(output, {QStringLiteral("-show_entries"), QStringLiteral("format=duration"),
                                            QStringLiteral("-of"), QStringLiteral("default=nw=1:nk=1")})
                    .trimmed()
                    .toDouble()
                <= 180.0);
        break;
    case SpecRule::VariableFrameRate: {
        const auto info = Media::probeMedia(output);
        QVERIFY(info);
        QVERIFY(!info->video.variableFrameRate);
        break;
    }
    case SpecRule::VideoCodec:
        QCOMPARE(probeEntry(output, QStringLiteral("stream=codec_name")), QByteArrayLiteral("h264"));
        break;
    case SpecRule::Loudness: {
        const auto loudness = Media::measureLoudness(output);
        QVERIFY(loudness);
        QVERIFY2(std::abs(loudness->integratedLufs + 14.0) <= 1.0, QByteArray::number(loudness->integratedLufs).constData());
        break;
    }
    default:
        QFAIL("no independent probe for this rule");
    }
}

void TestSpecFixes::fixMakesTheFilePass_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("ffmpegArgs");
    QTest::addColumn<SpecRule>("rule");
    QTest::addColumn<int>("fixKind");
    QTest::newRow("landscape") << QStringLiteral("spec-fix-landscape.mp4")
                               << lavfi(QStringLiteral("testsrc2=size=320x180:rate=25:duration=3")) + x264()
                               << SpecRule::AspectRatio << int(Media::SpecFix::Kind::Reframe);
    QTest::newRow("too long") << QStringLiteral("spec-fix-long.mp4")
                              << lavfi(QStringLiteral("testsrc2=size=180x320:rate=25:duration=182")) + x264()
                                     + QStringList{QStringLiteral("-g"), QStringLiteral("50")}
                              << SpecRule::DurationTooLong << int(Media::SpecFix::Kind::Trim);
    QTest::newRow("variable frame rate")
        << QStringLiteral("spec-fix-vfr.mp4")
        << lavfi(QStringLiteral("testsrc2=size=180x320:rate=30:duration=3"))
               + QStringList{QStringLiteral("-vf"), QStringLiteral("select='lt(mod(n,5),3)'"), QStringLiteral("-fps_mode"),
                             QStringLiteral("vfr")}
               + x264()
        << SpecRule::VariableFrameRate << int(Media::SpecFix::Kind::Transcode);
    QTest::newRow("mpeg4 video") << QStringLiteral("spec-fix-mpeg4.mp4")
                                 << lavfi(Vertical) + QStringList{QStringLiteral("-c:v"), QStringLiteral("mpeg4")}
                                 << SpecRule::VideoCodec << int(Media::SpecFix::Kind::Transcode);
    QTest::newRow("too quiet") << QStringLiteral("spec-fix-quiet.mp4")
                               << lavfi(Vertical) + lavfi(QStringLiteral("sine=frequency=440:duration=3,volume=0.02")) + x264()
                                      + QStringList{QStringLiteral("-c:a"), QStringLiteral("aac")}
                               << SpecRule::Loudness << int(Media::SpecFix::Kind::NormalizeLoudness);
}

void TestSpecFixes::fixMakesTheFilePass()
{
    QFETCH(QString, name);
    QFETCH(QStringList, ffmpegArgs);
    QFETCH(SpecRule, rule);
    QFETCH(int, fixKind);
    QTemporaryDir dir;
    const QString input = generateInto(dir, name, ffmpegArgs);
    QVERIFY(!input.isEmpty());
    Ui::SpecCheckPanel panel;
    panel.resize(800, 260);
    panel.show();
    const int index = failureIndex(panel, input, rule);
    QVERIFY2(index >= 0, "the generated file does not fail the rule");
    QVERIFY(panel.failures().at(index).fix);
    QCOMPARE(int(panel.failures().at(index).fix->kind), fixKind);
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("fix%1").arg(index));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    const QString shot = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    saveScreenshot(panel, QStringLiteral("spec-fix-%1-before.png").arg(shot));

    int highestProgress = 0;
    connect(panel.progressBar(), &QProgressBar::valueChanged, this,
            [&highestProgress](int value) { highestProgress = std::max(highestProgress, value); });
    QSignalSpy checked(&panel, &Ui::SpecCheckPanel::checked);
    QSignalSpy failed(&panel, &Ui::SpecCheckPanel::fixFailed);
    QTest::mouseClick(button, Qt::LeftButton);
    // The GUI thread is free while the fix runs: the panel shows progress and a Cancel button.
    QVERIFY(panel.isFixing());
    QVERIFY(panel.cancelButton()->isVisible());
    QCOMPARE(panel.progressBar()->maximum(), 1000);
    if (rule == SpecRule::AspectRatio) {
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() > 0 || !panel.isFixing(), 60'000);
        saveScreenshot(panel, QStringLiteral("spec-fix-%1-running.png").arg(shot));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() || !failed.isEmpty(), 120'000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(highestProgress > 0);
    QVERIFY(!panel.cancelButton()->isVisible());

    // The new file passes the check, and probes right on its own.
    const QString output = panel.filePath();
    QVERIFY(output != input);
    QVERIFY(QFileInfo(output).dir() == QFileInfo(input).dir());
    QCOMPARE(checked.first().first().toInt(), 0);
    verifyFixed(rule, output);
    saveScreenshot(panel, QStringLiteral("spec-fix-%1-fixed.png").arg(shot));
}

void TestSpecFixes::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString input = generateInto(dir, QStringLiteral("spec-fix-landscape-long.mp4"),
                                       lavfi(QStringLiteral("testsrc2=size=640x360:rate=25:duration=20")) + x264());
    QVERIFY(!input.isEmpty());
    Ui::SpecCheckPanel panel;
    panel.resize(800, 260);
    panel.show();
    const int index = failureIndex(panel, input, SpecRule::AspectRatio);
    QVERIFY(index >= 0);
    QSignalSpy failed(&panel, &Ui::SpecCheckPanel::fixFailed);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("fix%1").arg(index)), Qt::LeftButton);
    QVERIFY(panel.isFixing());
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60'000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("cancelled")), qPrintable(failed.first().first().toString()));
    QVERIFY(!panel.isFixing());
    QCOMPARE(panel.filePath(), input);
    // Only the input is left: no fixed file, no temporary one.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QFileInfo(input).fileName()});
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("fix%1").arg(index))); // it can be tried again
    saveScreenshot(panel, QStringLiteral("spec-fix-cancelled.png"));
}

QTEST_MAIN(TestSpecFixes)
#include "tst_specfixes.moc"

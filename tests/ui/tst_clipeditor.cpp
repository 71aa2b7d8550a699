// The clip editor driven with keys on a generated 4 s, 25 fps clip (keyframe every second):
// frame stepping, keyframe jumps, in/out with undo/redo (a handle drag is one step), J/K/L
// shuttle, the progressive filmstrip, export in both modes, cancel and the spec check.
#include "clips/clipeditorwidget.h"
#include "clips/clippreviewengine.h"
#include "clips/cliptimeline.h"
#include "clips/exportdialog.h"
#include "clips/speccheckpanel.h"
#include "testmedia.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ClipDesk;
using ClipDesk::Testing::TestMedia::ffprobe;
using ClipDesk::Testing::TestMedia::generate;

namespace {

constexpr qint64 Frame = 40'000; // 25 fps

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

double probedDuration(const QString &path)
{
    const QByteArray text = ffprobe(path, {QStringLiteral("-show_entries"), QStringLiteral("format=duration"),
                                           QStringLiteral("-of"), QStringLiteral("default=nw=1:nk=1")});
    return text.trimmed().toDouble();
}

} // namespace

class TestClipEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyState();
    void stepsFramesAndJumpsKeyframes();
    void inOutWithUndoRedo();
    void handleDragIsOneUndoStep();
    void shuttle();
    void filmstripFillsProgressively();
    void exportsBothModes();
    void cancelLeavesNoFile();
    void closingTheExportDialogAnnouncesTheFile();

private:
    void openEditor(Ui::ClipEditorWidget &editor);
    void key(Ui::ClipEditorWidget &editor, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QString m_video;
    QTemporaryDir m_out;
};

void TestClipEditor::initTestCase()
{
    m_video = generate(QStringLiteral("editor-4s.mp4"),
                       {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("testsrc2=size=320x240:rate=25:duration=4"), QStringLiteral("-f"),
                        QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=frequency=440:duration=4"),
                        QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-g"), QStringLiteral("25"),
                        QStringLiteral("-keyint_min"), QStringLiteral("25"), QStringLiteral("-sc_threshold"),
                        QStringLiteral("0"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                        QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest")});
    QVERIFY(!m_video.isEmpty());
    QVERIFY(m_out.isValid());
}

void TestClipEditor::openEditor(Ui::ClipEditorWidget &editor)
{
    editor.resize(1280, 800);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    QSignalSpy opened(&editor, &Ui::ClipEditorWidget::fileOpened);
    editor.openFile(m_video);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);
    QVERIFY(editor.hasMedia());
    QCOMPARE(qint64(editor.frameDurationUs()), Frame);
    QCOMPARE(editor.frameCount(), 100);
    QTRY_COMPARE_WITH_TIMEOUT(editor.previewPtsUs(), 0, 10000);
    editor.setFocus();
}

void TestClipEditor::key(Ui::ClipEditorWidget &editor, int keyCode, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &editor, Qt::Key(keyCode), modifiers);
}

void TestClipEditor::emptyState()
{
    Ui::ClipEditorWidget editor;
    editor.resize(1280, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.action(QStringLiteral("open"))->isEnabled());
    QVERIFY(!editor.action(QStringLiteral("markIn"))->isEnabled());
    QVERIFY(editor.action(QStringLiteral("markIn"))->toolTip().contains(QStringLiteral("I")));
    QVERIFY(editor.action(QStringLiteral("open"))->toolTip().contains(QStringLiteral("Ctrl+O")));
    saveScreenshot(editor, QStringLiteral("clipeditor-empty"));
}

void TestClipEditor::stepsFramesAndJumpsKeyframes()
{
    Ui::ClipEditorWidget editor;
    openEditor(editor);
    const QList<Media::Keyframe> keyframes = editor.keyframes().keyframes();
    QCOMPARE(keyframes.size(), 4);
    QCOMPARE(keyframes[1].ptsUs, 1'000'000);

    for (int i = 0; i < 3; ++i)
        key(editor, Qt::Key_Right);
    QCOMPARE(editor.positionUs(), 3 * Frame);
    QTRY_COMPARE_WITH_TIMEOUT(editor.previewPtsUs(), 3 * Frame, 10000);
    key(editor, Qt::Key_Left);
    QCOMPARE(editor.positionUs(), 2 * Frame);
    QTRY_COMPARE_WITH_TIMEOUT(editor.previewPtsUs(), 2 * Frame, 10000);

    key(editor, Qt::Key_Down);
    QCOMPARE(editor.positionUs(), 1'000'000);
    key(editor, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(editor.positionUs(), 2'000'000);
    key(editor, Qt::Key_Right);
    QCOMPARE(editor.positionUs(), 2'000'000 + Frame);
    key(editor, Qt::Key_Up);
    QCOMPARE(editor.positionUs(), 2'000'000);
    key(editor, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(editor.positionUs(), 1'000'000);
    QTRY_COMPARE_WITH_TIMEOUT(editor.previewPtsUs(), 1'000'000, 10000);

    // The ends clamp to the first and last frame.
    editor.setPosition(0);
    key(editor, Qt::Key_Left);
    QCOMPARE(editor.positionUs(), 0);
    editor.setPosition(99 * Frame);
    key(editor, Qt::Key_Right);
    QCOMPARE(editor.positionUs(), 99 * Frame);
    QTRY_COMPARE_WITH_TIMEOUT(editor.previewPtsUs(), 99 * Frame, 10000);
}

void TestClipEditor::inOutWithUndoRedo()
{
    Ui::ClipEditorWidget editor;
    openEditor(editor);
    QCOMPARE(editor.inPointUs(), 0);
    QCOMPARE(editor.outPointUs(), 4'000'000);

    editor.setPosition(10 * Frame);
    key(editor, Qt::Key_I);
    QCOMPARE(editor.inPointUs(), 10 * Frame);
    editor.setPosition(49 * Frame);
    key(editor, Qt::Key_O);
    QCOMPARE(editor.outPointUs(), 50 * Frame); // exclusive: frame 49 is the last one in
    QCOMPARE(editor.undoStack()->count(), 2);

    key(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.outPointUs(), 4'000'000);
    QCOMPARE(editor.inPointUs(), 10 * Frame);
    key(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.inPointUs(), 0);
    key(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor.inPointUs(), 10 * Frame);
    key(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor.outPointUs(), 50 * Frame);

    // An in point after the out point moves the out point to the end.
    editor.setPosition(60 * Frame);
    key(editor, Qt::Key_I);
    QCOMPARE(editor.inPointUs(), 60 * Frame);
    QCOMPARE(editor.outPointUs(), 4'000'000);
    key(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.inPointUs(), 10 * Frame);
    QCOMPARE(editor.outPointUs(), 50 * Frame);
    editor.setPosition(30 * Frame);
    QTRY_COMPARE_WITH_TIMEOUT(editor.previewPtsUs(), 30 * Frame, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.engine()->isFilmstripRunning(), 30000);
    saveScreenshot(editor, QStringLiteral("clipeditor-inout"));
}

void TestClipEditor::handleDragIsOneUndoStep()
{
    Ui::ClipEditorWidget editor;
    openEditor(editor);
    Ui::ClipTimeline *timeline = editor.timeline();
    const int y = timeline->stripRect().center().y();
    const int outX = timeline->xForTime(editor.outPointUs());
    QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(outX, y));
    for (int x = outX - 10; x >= outX - 200; x -= 10)
        QTest::mouseMove(timeline, QPoint(x, y));
    QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(outX - 200, y));
    QCOMPARE(editor.undoStack()->count(), 1);
    const qint64 dragged = editor.outPointUs();
    QVERIFY(dragged < 4'000'000);
    QCOMPARE(dragged % Frame, 0); // on a frame boundary
    key(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor.outPointUs(), 4'000'000);
    key(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor.outPointUs(), dragged);

    // Clicking elsewhere moves the playhead onto a frame, not an edit.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->xForTime(1'500'000), y));
    QCOMPARE(editor.undoStack()->count(), 1);
    QVERIFY(std::abs(editor.positionUs() - 1'500'000) <= Frame);
    QCOMPARE(editor.positionUs() % Frame, 0);
}

void TestClipEditor::shuttle()
{
    Ui::ClipEditorWidget editor;
    openEditor(editor);
    key(editor, Qt::Key_L);
    QCOMPARE(editor.shuttleRate(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(editor.positionUs() > 4 * Frame, 10000);
    key(editor, Qt::Key_L);
    QCOMPARE(editor.shuttleRate(), 2);
    key(editor, Qt::Key_K);
    QCOMPARE(editor.shuttleRate(), 0);
    const qint64 stopped = editor.positionUs();
    QCOMPARE(stopped % Frame, 0); // pausing lands on a frame
    QTest::qWait(200);
    QCOMPARE(editor.positionUs(), stopped);

    key(editor, Qt::Key_J);
    QCOMPARE(editor.shuttleRate(), -1);
    key(editor, Qt::Key_J);
    QCOMPARE(editor.shuttleRate(), -2);
    QTRY_VERIFY_WITH_TIMEOUT(editor.positionUs() < stopped, 10000);
    key(editor, Qt::Key_K);
    QCOMPARE(editor.shuttleRate(), 0);

    key(editor, Qt::Key_Space);
    QCOMPARE(editor.shuttleRate(), 1);
    key(editor, Qt::Key_Space);
    QCOMPARE(editor.shuttleRate(), 0);

    // Reverse play stops at the first frame.
    editor.setPosition(5 * Frame);
    key(editor, Qt::Key_J);
    QTRY_COMPARE_WITH_TIMEOUT(editor.shuttleRate(), 0, 10000);
    QCOMPARE(editor.positionUs(), 0);
}

void TestClipEditor::filmstripFillsProgressively()
{
    Ui::ClipEditorWidget editor;
    QList<int> filledAtEachTile;
    connect(editor.engine(), &Ui::ClipPreviewEngine::tileReady, &editor, [&] {
        filledAtEachTile << editor.timeline()->filledTileCount();
    });
    openEditor(editor);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.engine()->isFilmstripRunning(), 30000);
    const int tiles = editor.timeline()->tileCount();
    QVERIFY(tiles > 0);
    QCOMPARE(editor.timeline()->filledTileCount(), tiles);
    // One signal per tile and pass: the strip filled up one tile at a time.
    QVERIFY(filledAtEachTile.size() >= tiles);
    QCOMPARE(filledAtEachTile.first(), 1);
    for (int i = 1; i < tiles; ++i)
        QVERIFY(filledAtEachTile[i] >= filledAtEachTile[i - 1]);
}

void TestClipEditor::exportsBothModes()
{
    // Lossless: the start snaps back to the keyframe at 1 s.
    {
        Ui::ExportDialog dialog(m_video, 1'400'000, 3'000'000);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setMode(Media::TrimMode::Lossless);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.plan().has_value(), 10000);
        QCOMPARE(dialog.plan()->actualStartUs, 1'000'000);
        QVERIFY(dialog.plan()->startSnappedToKeyframe);
        QVERIFY2(dialog.planText().contains(QStringLiteral("0:01.000")), qPrintable(dialog.planText()));
        const QString output = m_out.filePath(QStringLiteral("lossless.mp4"));
        dialog.setOutputPath(output);
        QSignalSpy finished(&dialog, &Ui::ExportDialog::exportFinished);
        QSignalSpy checked(dialog.specCheck(), &Ui::SpecCheckPanel::checked);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(output));
        QVERIFY(std::abs(probedDuration(output) - 2.0) <= 0.05);

        // The spec check lists what is wrong for Shorts (4:3 is not 9:16) with a fix.
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
        const auto &failures = dialog.specCheck()->failures();
        const auto aspect = std::find_if(failures.cbegin(), failures.cend(), [](const Media::SpecFailure &f) {
            return f.rule == Media::SpecRule::AspectRatio;
        });
        QVERIFY(aspect != failures.cend());
        QVERIFY(aspect->fix.has_value());
        const auto *fixButton = dialog.specCheck()->findChild<QPushButton *>(
            QStringLiteral("fix%1").arg(aspect - failures.cbegin()));
        QVERIFY(fixButton);
        QCOMPARE(fixButton->text(), aspect->fix->label);
        dialog.resize(640, 560);
        saveScreenshot(dialog, QStringLiteral("clipeditor-export-speccheck"));

        // One click on the loudness fix writes a normalized copy and checks that one.
        const auto loudness = std::find_if(failures.cbegin(), failures.cend(), [](const Media::SpecFailure &f) {
            return f.rule == Media::SpecRule::Loudness;
        });
        QVERIFY(loudness != failures.cend() && loudness->fix.has_value());
        auto *normalize = dialog.specCheck()->findChild<QPushButton *>(
            QStringLiteral("fix%1").arg(loudness - failures.cbegin()));
        QVERIFY(normalize);
        QTest::mouseClick(normalize, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 60000);
        QVERIFY(dialog.specCheck()->filePath().endsWith(QStringLiteral("-loudness.mp4")));
        QVERIFY(QFile::exists(dialog.specCheck()->filePath()));
        for (const Media::SpecFailure &failure : dialog.specCheck()->failures())
            QVERIFY2(failure.rule != Media::SpecRule::Loudness, qPrintable(failure.message));
    }
    // Accurate: exactly the frames from 1.4 s to 3.0 s.
    {
        Ui::ExportDialog dialog(m_video, 1'400'000, 3'000'000);
        dialog.setMode(Media::TrimMode::Accurate);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.plan().has_value() && dialog.plan()->mode == Media::TrimMode::Accurate, 10000);
        QCOMPARE(dialog.plan()->actualStartUs, 1'400'000);
        QVERIFY(!dialog.plan()->startSnappedToKeyframe);
        const QString output = m_out.filePath(QStringLiteral("accurate.mp4"));
        dialog.setOutputPath(output);
        QSignalSpy finished(&dialog, &Ui::ExportDialog::exportFinished);
        QSignalSpy checked(dialog.specCheck(), &Ui::SpecCheckPanel::checked);
        dialog.startExport();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(std::abs(probedDuration(output) - 1.6) <= 0.05);
        const QByteArray frames = ffprobe(output, {QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                                   QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                                                   QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"),
                                                   QStringLiteral("default=nw=1:nk=1")});
        QCOMPARE(frames.trimmed().toInt(), 40);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);
    }
}

void TestClipEditor::cancelLeavesNoFile()
{
    Ui::ExportDialog dialog(m_video, 0, 4'000'000);
    dialog.setMode(Media::TrimMode::Accurate);
    const QString output = m_out.filePath(QStringLiteral("cancelled.mp4"));
    dialog.setOutputPath(output);
    QSignalSpy finished(&dialog, &Ui::ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(dialog.isExporting());
    QTest::keyClick(&dialog, Qt::Key_Escape); // Esc cancels a running export
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(!QFile::exists(output));
    QVERIFY(QDir(m_out.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files).isEmpty());
}

void TestClipEditor::closingTheExportDialogAnnouncesTheFile()
{
    Ui::ClipEditorWidget editor;
    openEditor(editor);
    QSignalSpy exported(&editor, &Ui::ClipEditorWidget::exported);
    const QString output = m_out.filePath(QStringLiteral("announced.mp4"));
    bool exportedOk = false;
    QTimer::singleShot(0, this, [&] { // inside the modal dialog's event loop
        auto *dialog = editor.findChild<Ui::ExportDialog *>();
        if (!dialog)
            return;
        dialog->setOutputPath(output);
        QSignalSpy finished(dialog, &Ui::ExportDialog::exportFinished);
        dialog->startExport();
        exportedOk = finished.wait(60'000) && finished.first().first().toBool();
        QSignalSpy checked(dialog->specCheck(), &Ui::SpecCheckPanel::checked);
        checked.wait(30'000);
        static_cast<QDialog *>(dialog)->reject();
    });
    editor.showExportDialog();
    QVERIFY(exportedOk);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), output);

    // A dialog closed without exporting announces nothing.
    QTimer::singleShot(0, this, [&] {
        if (auto *dialog = editor.findChild<Ui::ExportDialog *>())
            static_cast<QDialog *>(dialog)->reject();
    });
    editor.showExportDialog();
    QCOMPARE(exported.count(), 1);
}

QTEST_MAIN(TestClipEditor)
#include "tst_clipeditor.moc"

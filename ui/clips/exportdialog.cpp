#include "clips/exportdialog.h"

#include "clips/speccheckpanel.h"
#include "clips/timecode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ClipDesk::Ui {

ExportDialog::ExportDialog(const QString &inputPath, qint64 inUs, qint64 outUs, QWidget *parent)
    : QDialog(parent)
    , m_inputPath(inputPath)
    , m_inUs(inUs)
    , m_outUs(outUs)
    , m_mode(new QComboBox(this))
    , m_planLabel(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_spec(new SpecCheckPanel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Export clip"));
    m_mode->addItem(tr("Lossless — stream copy, starts on a keyframe"), int(Media::TrimMode::Lossless));
    m_mode->addItem(tr("Accurate — re-encode (H.264/AAC), exact frames"), int(Media::TrimMode::Accurate));
    m_mode->setToolTip(tr("Lossless is fast and keeps the quality, but the clip starts at the keyframe at or "
                          "before the in point. Accurate starts and ends on the exact frames."));
    m_planLabel->setWordWrap(true);
    const QFileInfo input(inputPath);
    m_output->setText(input.dir().filePath(input.completeBaseName() + tr("-clip") + QStringLiteral(".mp4")));
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    m_platform->addItem(tr("YouTube Shorts"), int(Media::Platform::YouTubeShorts));
    m_platform->addItem(tr("TikTok"), int(Media::Platform::TikTok));
    m_platform->addItem(tr("Instagram Reels"), int(Media::Platform::InstagramReels));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Range:"), new QLabel(tr("%1 – %2 (%3)").arg(Timecode::format(inUs), Timecode::format(outUs),
                                                                   Timecode::format(outUs - inUs)), this));
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(QString(), m_planLabel);
    form->addRow(tr("Save as:"), outputRow);
    form->addRow(tr("Check for:"), m_platform);
    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_exportButton->setToolTip(tr("Export (%1)").arg(m_exportButton->shortcut().toString(QKeySequence::NativeText)));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setToolTip(tr("Cancel the export or close (Esc)"));
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_spec, 1);
    layout->addWidget(m_buttons);
    m_spec->hide();
    resize(560, 420);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ExportDialog::refreshPlan);
    refreshPlan();
    updateButtons();
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_job.waitForFinished();
    m_planJob.waitForFinished();
}

void ExportDialog::setMode(Media::TrimMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

Media::TrimMode ExportDialog::mode() const
{
    return Media::TrimMode(m_mode->currentData().toInt());
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

QString ExportDialog::planText() const
{
    return m_planLabel->text();
}

Media::TrimRequest ExportDialog::request() const
{
    Media::TrimRequest request;
    request.inputPath = m_inputPath;
    request.outputPath = outputPath();
    request.startUs = m_inUs;
    request.endUs = m_outUs;
    request.mode = mode();
    return request;
}

void ExportDialog::refreshPlan()
{
    m_plan.reset();
    m_planLabel->setText(tr("Working out the exact range…"));
    const int generation = ++m_planGeneration;
    m_planJob.waitForFinished();
    m_planJob = QtConcurrent::run([this, generation, trimRequest = request()] {
        auto plan = Media::planTrim(trimRequest);
        QMetaObject::invokeMethod(this, [this, generation, plan] {
            if (generation != m_planGeneration)
                return;
            if (!plan) {
                m_planLabel->setText(plan.error().message);
                return;
            }
            m_plan = *plan;
            if (plan->startSnappedToKeyframe)
                m_planLabel->setText(tr("Starts at %1, %2 s before your in point (the keyframe there). Length %3.")
                                         .arg(Timecode::format(plan->actualStartUs))
                                         .arg(double(plan->requestedStartUs - plan->actualStartUs) / 1e6, 0, 'f', 3)
                                         .arg(Timecode::format(plan->durationUs())));
            else
                m_planLabel->setText(tr("Starts exactly at %1. Length %2.")
                                         .arg(Timecode::format(plan->actualStartUs), Timecode::format(plan->durationUs())));
            Q_EMIT planReady();
        }, Qt::QueuedConnection);
    });
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export clip"), outputPath(), tr("MP4 video (*.mp4)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ExportDialog::startExport()
{
    if (m_running)
        return;
    if (outputPath().isEmpty() || QFileInfo(outputPath()) == QFileInfo(m_inputPath)) {
        m_status->setText(tr("Choose a new file to save the clip to."));
        return;
    }
    m_running = true;
    m_spec->hide();
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    updateButtons();
    m_job = QtConcurrent::run([this, cancel, trimRequest = request()] {
        const Media::JobControl control{
            [this, cancel](double fraction) {
                QMetaObject::invokeMethod(this, [this, cancel, fraction] {
                    if (!cancel->load())
                        m_progress->setValue(int(fraction * 1000));
                }, Qt::QueuedConnection);
            },
            [cancel] { return cancel->load(); }};
        auto result = Media::trim(trimRequest, control);
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
    });
}

void ExportDialog::cancelExport()
{
    if (!m_running || !m_cancel)
        return;
    m_cancel->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::finish(const Result<Media::TrimResult> &result)
{
    m_running = false;
    updateButtons();
    if (!result) {
        m_progress->setValue(0);
        const bool cancelled = m_cancel && m_cancel->load();
        const QString message = cancelled ? tr("Export cancelled; no file was written.") : result.error().message;
        m_status->setText(message);
        Q_EMIT exportFinished(false, message);
        return;
    }
    m_progress->setValue(1000);
    const QString message = tr("Saved %1 (%2, %3 MB).")
                                .arg(QDir::toNativeSeparators(outputPath()), Timecode::format(result->plan.durationUs()))
                                .arg(double(result->outputSizeBytes) / 1e6, 0, 'f', 1);
    m_status->setText(message);
    m_spec->show();
    m_spec->check(outputPath(), Media::Platform(m_platform->currentData().toInt()));
    Q_EMIT exportFinished(true, message);
}

void ExportDialog::updateButtons()
{
    m_exportButton->setEnabled(!m_running);
    m_mode->setEnabled(!m_running);
    m_output->setEnabled(!m_running);
    m_platform->setEnabled(!m_running);
    m_cancelButton->setText(m_running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::reject()
{
    if (m_running) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace ClipDesk::Ui

#include "clips/speccheckpanel.h"

#include "media/reframer.h"
#include "media/transcoder.h"
#include "media/trimmer.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ClipDesk::Ui {

namespace {

struct CheckOutcome
{
    QString error;
    Media::MediaInfo info;
    QList<Media::SpecFailure> failures;
};

CheckOutcome runCheck(const QString &path, Media::Platform platform, const Media::JobControl &control)
{
    CheckOutcome outcome;
    auto info = Media::probeMedia(path);
    if (!info) {
        outcome.error = info.error().message;
        return outcome;
    }
    std::optional<Media::LoudnessMeasurement> loudness;
    if (!info->audioTracks.isEmpty()) {
        if (auto measured = Media::measureLoudness(path, control))
            loudness = *measured;
    }
    outcome.info = *info;
    outcome.failures = Media::checkSpec(*info, loudness, platform);
    return outcome;
}

QString fixedPath(const QString &path, const QString &suffix)
{
    const QFileInfo file(path);
    return file.dir().filePath(file.completeBaseName() + QLatin1Char('-') + suffix + QStringLiteral(".mp4"));
}

} // namespace

SpecCheckPanel::SpecCheckPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_rows(new QVBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(6);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addLayout(m_rows);
    layout->addStretch(1);
}

SpecCheckPanel::~SpecCheckPanel()
{
    m_cancel->store(true);
    m_job.waitForFinished();
}

void SpecCheckPanel::setBusy(const QString &text)
{
    m_busy = true;
    clearRows();
    m_title->setText(text);
    m_progress->show();
}

void SpecCheckPanel::check(const QString &path, Media::Platform platform)
{
    m_job.waitForFinished();
    m_path = path;
    m_platform = platform;
    setBusy(tr("Checking against %1…").arg(Media::platformName(platform)));
    m_job = QtConcurrent::run([this, path, platform, cancel = m_cancel] {
        CheckOutcome outcome = runCheck(path, platform, Media::JobControl{{}, [cancel] { return cancel->load(); }});
        QMetaObject::invokeMethod(this, [this, outcome] {
            m_busy = false;
            m_progress->hide();
            if (!outcome.error.isEmpty()) {
                m_failures.clear();
                m_title->setText(tr("Could not check the file: %1").arg(outcome.error));
                Q_EMIT checked(-1);
                return;
            }
            m_info = outcome.info;
            m_failures = outcome.failures;
            showFailures();
            Q_EMIT checked(int(m_failures.size()));
        }, Qt::QueuedConnection);
    });
}

void SpecCheckPanel::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

void SpecCheckPanel::showFailures()
{
    clearRows();
    const QString platform = Media::platformName(m_platform);
    if (m_failures.isEmpty()) {
        m_title->setText(tr("✔ %1 is ready for %2.").arg(QFileInfo(m_path).fileName(), platform));
        return;
    }
    m_title->setText(m_failures.size() == 1 ? tr("1 problem for %1:").arg(platform)
                                            : tr("%1 problems for %2:").arg(m_failures.size()).arg(platform));
    for (int i = 0; i < m_failures.size(); ++i) {
        const Media::SpecFailure &failure = m_failures[i];
        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 2, 0, 2);
        auto *message = new QLabel(QStringLiteral("✖ ") + failure.message, row);
        message->setWordWrap(true);
        rowLayout->addWidget(message, 1);
        if (failure.fix) {
            auto *button = new QPushButton(failure.fix->label, row);
            button->setObjectName(QStringLiteral("fix%1").arg(i));
            button->setToolTip(tr("Fix it: writes a new file next to this one and checks it again"));
            connect(button, &QPushButton::clicked, this, [this, i] { applyFix(i); });
            rowLayout->addWidget(button);
        } else {
            auto *none = new QLabel(tr("No automatic fix"), row);
            none->setForegroundRole(QPalette::PlaceholderText);
            rowLayout->addWidget(none);
        }
        m_rows->addWidget(row);
    }
}

void SpecCheckPanel::applyFix(int index)
{
    if (m_busy || index < 0 || index >= m_failures.size() || !m_failures[index].fix)
        return;
    const Media::SpecFix fix = *m_failures[index].fix;
    const QString input = m_path;
    QString output;
    switch (fix.kind) {
    case Media::SpecFix::Kind::Reframe: output = fixedPath(input, tr("vertical")); break;
    case Media::SpecFix::Kind::Trim: output = fixedPath(input, tr("trimmed")); break;
    case Media::SpecFix::Kind::NormalizeLoudness: output = fixedPath(input, tr("loudness")); break;
    case Media::SpecFix::Kind::Transcode: output = fixedPath(input, tr("transcoded")); break;
    }
    setBusy(tr("%1…").arg(fix.label));
    const Media::Platform platform = m_platform;
    m_job.waitForFinished();
    m_job = QtConcurrent::run([this, fix, input, output, platform, cancel = m_cancel] {
        const Media::JobControl control{{}, [cancel] { return cancel->load(); }};
        Status status;
        switch (fix.kind) {
        case Media::SpecFix::Kind::Reframe: {
            Media::ReframeRequest request;
            request.inputPath = input;
            request.outputPath = output;
            request.mode = Media::ReframeMode::FitWithBlurredBackground;
            status = Media::reframe(request, control);
            break;
        }
        case Media::SpecFix::Kind::Trim: {
            Media::TrimRequest request;
            request.inputPath = input;
            request.outputPath = output;
            request.startUs = fix.trimStartUs;
            request.endUs = fix.trimEndUs;
            request.mode = Media::TrimMode::Accurate;
            auto trimmed = Media::trim(request, control);
            if (!trimmed)
                status = std::unexpected(trimmed.error());
            break;
        }
        case Media::SpecFix::Kind::NormalizeLoudness: {
            Media::LoudnessNormalizeRequest request;
            request.inputPath = input;
            request.outputPath = output;
            request.target.integratedLufs = fix.targetLufs;
            request.target.truePeakDbtp = fix.truePeakDbtp;
            auto normalized = Media::normalizeLoudness(request, control);
            if (!normalized)
                status = std::unexpected(normalized.error());
            break;
        }
        case Media::SpecFix::Kind::Transcode: {
            Media::TranscodeRequest request;
            request.inputPath = input;
            request.outputPath = output;
            request.constantFrameRate = fix.constantFrameRate;
            request.encoding.maxVideoBitRate = fix.maxVideoBitRate;
            status = Media::transcode(request, control);
            break;
        }
        }
        QMetaObject::invokeMethod(this, [this, status, output, platform] {
            m_busy = false;
            if (!status) {
                m_title->setText(tr("The fix failed: %1").arg(status.error().message));
                m_progress->hide();
                showFailures();
                Q_EMIT fixFailed(status.error().message);
                return;
            }
            check(output, platform);
        }, Qt::QueuedConnection);
    });
}

} // namespace ClipDesk::Ui

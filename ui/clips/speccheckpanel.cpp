#include "clips/speccheckpanel.h"

#include "media/specfixer.h"

#include <QDir>
#include <QFile>
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
    , m_cancelButton(new QPushButton(tr("Cancel fix"), this))
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
    m_cancelButton->setObjectName(QStringLiteral("cancelFixButton"));
    m_cancelButton->setToolTip(tr("Stop the fix; no file is written"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &SpecCheckPanel::cancelFix);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addWidget(m_title);
    layout->addLayout(progressRow);
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
    m_cancel = std::make_shared<std::atomic<bool>>(false);
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
    m_fixing = true;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancelButton->show();
    const Media::Platform platform = m_platform;
    m_job.waitForFinished();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_job = QtConcurrent::run([this, fix, input, output, platform, cancel = m_cancel] {
        const Media::JobControl control{[this, cancel](double fraction) {
                                            QMetaObject::invokeMethod(this, [this, cancel, fraction] {
                                                if (cancel == m_cancel && !cancel->load())
                                                    m_progress->setValue(int(fraction * 1000));
                                            }, Qt::QueuedConnection);
                                        },
                                        [cancel] { return cancel->load(); }};
        const Status status = Media::applySpecFix(fix, input, output, control);
        const bool cancelled = cancel->load();
        if (cancelled && status)
            QFile::remove(output); // finished just as it was cancelled: keep the promise
        QMetaObject::invokeMethod(this, [this, status, cancelled, output, platform] {
            m_busy = false;
            m_fixing = false;
            m_cancelButton->hide();
            m_progress->setRange(0, 0);
            if (!status || cancelled) {
                const QString message = cancelled ? tr("Fix cancelled; no file was written.")
                                                  : tr("The fix failed: %1").arg(status.error().message);
                m_progress->hide();
                showFailures();
                m_title->setText(message);
                Q_EMIT fixFailed(message);
                return;
            }
            check(output, platform);
        }, Qt::QueuedConnection);
    });
}

void SpecCheckPanel::cancelFix()
{
    if (m_fixing)
        m_cancel->store(true);
}

} // namespace ClipDesk::Ui

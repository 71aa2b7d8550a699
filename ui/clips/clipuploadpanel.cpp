#include "clips/clipuploadpanel.h"

#include "clips/uploadduplicateguard.h"
#include "sync/clipuploadqueue.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace ClipDesk::Ui {

namespace {

QPushButton *button(const QString &text, const QKeySequence &key, const QString &tip, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setShortcut(key);
    result->setToolTip(ClipUploadPanel::tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return result;
}

} // namespace

ClipUploadPanel::ClipUploadPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_upload(button(tr("Upload video…"), QKeySequence(Qt::CTRL | Qt::Key_U), tr("Upload a video file for this draft"), this))
    , m_pause(button(tr("Pause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Pause or resume the upload"), this))
    , m_cancel(button(tr("Cancel upload"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), tr("Stop and discard the upload"), this))
    , m_guard(new UploadDuplicateGuard(context, this))
{
    setObjectName(QStringLiteral("clipUploadPanel"));
    m_upload->setObjectName(QStringLiteral("uploadVideoButton"));
    m_pause->setObjectName(QStringLiteral("pauseUploadButton"));
    m_cancel->setObjectName(QStringLiteral("cancelUploadButton"));
    m_state->setObjectName(QStringLiteral("uploadState"));
    m_state->setWordWrap(true);
    m_progress->setRange(0, 1000);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_upload);
    buttons->addStretch();
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);

    connect(m_upload, &QPushButton::clicked, this, &ClipUploadPanel::chooseFile);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_context.uploads)
            return;
        if (m_context.uploads->progress(m_clipId).phase == Sync::ClipUploadQueue::Phase::Paused)
            m_context.uploads->resume(m_clipId);
        else
            m_context.uploads->pause(m_clipId);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_context.uploads)
            m_context.uploads->cancel(m_clipId);
    });
    connect(m_guard, &UploadDuplicateGuard::decided, this,
            [this](const QString &clipId, const QString &path, bool upload, const QString &note) {
                if (clipId == m_clipId)
                    m_note = note;
                if (!upload || !startUpload(clipId, path))
                    refresh();
            });
    if (m_context.uploads) {
        connect(m_context.uploads, &Sync::ClipUploadQueue::changed, this, [this](const QString &clipId) {
            if (clipId == m_clipId)
                refresh();
        });
    }
    refresh();
}

void ClipUploadPanel::setClip(const QJsonObject &row)
{
    const QString previous = m_clipId;
    m_clipId = row.value(QLatin1String("id")).toString();
    m_status = row.value(QLatin1String("status")).toString();
    m_campaignId = row.value(QLatin1String("campaign_id")).toString();
    if (m_clipId != previous)
        m_note.clear();
    refresh();
}

void ClipUploadPanel::chooseFile()
{
    if (m_clipId.isEmpty() || !m_upload->isEnabled())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the clip's video"), {},
                                                      tr("Videos (*.mp4 *.mov *.m4v *.mkv *.webm)"));
    if (!path.isEmpty())
        uploadFile(path);
}

bool ClipUploadPanel::uploadFile(const QString &path)
{
    if (!m_context.uploads || m_clipId.isEmpty())
        return false;
    if (!m_campaignId.isEmpty()) {
        m_guard->check(m_clipId, m_campaignId, path);
        refresh();
        return true;
    }
    return startUpload(m_clipId, path);
}

bool ClipUploadPanel::startUpload(const QString &clipId, const QString &path)
{
    if (auto started = m_context.uploads->upload(clipId, path); !started) {
        if (clipId == m_clipId)
            m_state->setText(started.error().message);
        return false;
    }
    Q_EMIT fileChosen(clipId, path);
    refresh();
    return true;
}

QString ClipUploadPanel::statusText() const
{
    return m_state->text();
}

void ClipUploadPanel::refresh()
{
    using Phase = Sync::ClipUploadQueue::Phase;
    const bool known = m_context.uploads && m_context.uploads->contains(m_clipId);
    const Sync::ClipUploadQueue::Progress progress = known ? m_context.uploads->progress(m_clipId)
                                                           : Sync::ClipUploadQueue::Progress{};
    const bool running = known && (progress.phase == Phase::Uploading || progress.phase == Phase::Paused
                                   || progress.phase == Phase::Checking);
    const bool draft = m_status == u"draft" || m_status == u"uploading";
    setVisible(m_context.uploads != nullptr && !m_clipId.isEmpty());
    m_upload->setEnabled(draft && !running && !m_guard->isChecking());
    m_pause->setVisible(running && progress.phase != Phase::Checking);
    m_pause->setText(known && progress.phase == Phase::Paused ? tr("Resume") : tr("Pause"));
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    m_progress->setValue(progress.total > 0 ? int(progress.sent * 1000 / progress.total) : 0);

    const QLocale locale;
    QString text;
    if (!known) {
        text = draft && m_note.isEmpty() ? tr("No upload running. Upload the clip's video to submit it.") : QString();
    } else {
        switch (progress.phase) {
        case Phase::Uploading:
            text = tr("Uploading: %1 of %2 (%3/s)")
                       .arg(locale.formattedDataSize(progress.sent), locale.formattedDataSize(progress.total),
                            locale.formattedDataSize(qint64(progress.bytesPerSecond)));
            break;
        case Phase::Paused:
            text = tr("Paused at %1 of %2; it continues where it stopped.")
                       .arg(locale.formattedDataSize(progress.sent), locale.formattedDataSize(progress.total));
            break;
        case Phase::Checking:
            text = tr("Uploaded; the server is checking the video…");
            break;
        case Phase::Attached:
            text = tr("The video is attached; it reaches the server with the next sync.");
            break;
        case Phase::Refused:
            text = tr("The server refused this video: %1").arg(progress.message);
            break;
        case Phase::Failed:
            text = tr("The upload stopped: %1. It is tried again the next time you sign in.").arg(progress.message);
            break;
        }
    }
    m_state->setText(m_note.isEmpty() ? text : text.isEmpty() ? m_note : text + u'\n' + m_note);
}

} // namespace ClipDesk::Ui

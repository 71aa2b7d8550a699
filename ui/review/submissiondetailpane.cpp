#include "review/submissiondetailpane.h"

#include "models/cliplistmodel.h"
#include "models/displaytext.h"
#include "review/clipplayerpane.h"
#include "sync/mutationqueue.h"
#include "sync/offlinemediadownloads.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

} // namespace

SubmissionDetailPane::SubmissionDetailPane(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_player(new ClipPlayerPane(this))
    , m_offline(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_reviewState(new QLabel(this))
    , m_feedback(new QPlainTextEdit(this))
    , m_approve(new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Approve"), this))
    , m_reject(new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Reject"), this))
{
    setObjectName(QStringLiteral("submissionDetail"));
    QFont heading = m_title->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    m_title->setFont(heading);
    m_title->setWordWrap(true);
    m_meta->setWordWrap(true);
    m_meta->setObjectName(QStringLiteral("submissionMeta"));
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_offline->setObjectName(QStringLiteral("offlineState"));
    m_progress->setObjectName(QStringLiteral("offlineProgress"));
    m_progress->setTextVisible(true);
    m_reviewState->setObjectName(QStringLiteral("reviewState"));
    m_reviewState->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("feedbackEdit"));
    m_feedback->setPlaceholderText(tr("Feedback for the clipper (required to reject; Ctrl+Enter rejects)"));
    m_feedback->setMaximumHeight(80);
    m_feedback->setTabChangesFocus(true);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_approve->setToolTip(tr("Approve the clip (A)"));
    m_reject->setToolTip(tr("Reject the clip with the feedback above (R, or Ctrl+Enter in the feedback)"));

    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *send = new QShortcut(key, m_feedback, nullptr, nullptr, Qt::WidgetShortcut);
        connect(send, &QShortcut::activated, this, &SubmissionDetailPane::reject);
    }

    auto *offlineRow = new QHBoxLayout;
    offlineRow->addWidget(m_offline, 1);
    offlineRow->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_player, 1);
    layout->addLayout(offlineRow);
    layout->addWidget(m_caption);
    layout->addWidget(m_reviewState);
    layout->addWidget(m_feedback);
    layout->addLayout(buttons);

    connect(m_approve, &QPushButton::clicked, this, &SubmissionDetailPane::approve);
    connect(m_reject, &QPushButton::clicked, this, &SubmissionDetailPane::reject);
    if (m_context.offlineMedia) {
        connect(m_context.offlineMedia, &Sync::OfflineMediaDownloads::changed, this, [this](const QString &sha256) {
            if (sha256 == text(m_row, "media_sha256"))
                refreshOffline();
        });
    }
    setClip({});
}

void SubmissionDetailPane::setClip(const QJsonObject &row)
{
    const bool sameClip = text(row, "id") == clipId() && !row.isEmpty();
    m_row = row;
    setEnabled(!row.isEmpty());
    if (row.isEmpty()) {
        m_title->setText(tr("No clip selected"));
        m_meta->clear();
        m_caption->clear();
        m_reviewState->clear();
        m_feedback->clear();
        m_player->setPlaceholder(tr("Select a submission to watch and review it."));
        m_player->setSource({});
        refreshOffline();
        return;
    }
    m_title->setText(text(row, "title"));
    const QString clipper = text(row, "clipper_name").isEmpty() ? tr("an unknown clipper") : text(row, "clipper_name");
    const QString campaign = text(row, "campaign_name").isEmpty() ? tr("a campaign not in the cache") : text(row, "campaign_name");
    m_meta->setText(tr("By %1 for %2 · %3 · submitted %4")
                        .arg(clipper, campaign, ClipListModel::platformText(text(row, "platform")),
                             DisplayText::time(DisplayText::epochMs(row.value(QStringLiteral("submitted_at"))))));
    QStringList tags;
    for (const QJsonValue &tag : row.value(QStringLiteral("hashtags")).toArray())
        tags.append(tag.toString()); // stored normalized as "#tag"
    m_caption->setText(tags.isEmpty() ? text(row, "caption") : text(row, "caption") + u'\n' + tags.join(u' '));
    const QString status = text(row, "status");
    const QString feedback = text(row, "review_feedback");
    if (status == u"submitted")
        m_reviewState->setText(tr("Waiting for your review."));
    else if (feedback.isEmpty())
        m_reviewState->setText(tr("%1.").arg(ClipListModel::statusText(status)));
    else
        m_reviewState->setText(tr("%1: “%2”").arg(ClipListModel::statusText(status), feedback));
    if (!sameClip)
        m_feedback->clear();
    const bool open = reviewable();
    m_feedback->setVisible(open);
    m_approve->setEnabled(open);
    m_reject->setEnabled(open);
    refreshOffline();
}

void SubmissionDetailPane::refreshOffline()
{
    const QString sha = text(m_row, "media_sha256");
    Sync::OfflineMediaDownloads *downloads = m_context.offlineMedia;
    m_progress->hide();
    if (m_row.isEmpty()) {
        m_offline->clear();
        return;
    }
    if (sha.isEmpty()) {
        m_offline->setText(tr("This clip has no video."));
        m_player->setPlaceholder(tr("This clip has no video."));
        m_player->setSource({});
        return;
    }
    const QString local = downloads ? downloads->localFile(sha) : QString();
    const QString state = downloads ? downloads->state(sha) : QString();
    const Sync::OfflineMediaDownloads::Progress progress = downloads ? downloads->progress(sha)
                                                                     : Sync::OfflineMediaDownloads::Progress{};
    if (!local.isEmpty()) {
        m_offline->setText(tr("Available offline (%1).").arg(megabytes(QFileInfo(local).size())));
    } else if (state == u"downloading" || state == u"paused") {
        const qint64 total = progress.totalBytes;
        m_offline->setText(state == u"paused" ? tr("Download paused. Make it available offline again to continue.")
                           : progress.running ? tr("Downloading for offline review…")
                                              : tr("Waiting to download: %1").arg(progress.message.isEmpty() ? tr("queued")
                                                                                                             : progress.message));
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(progress.bytesOnDisk * 1000 / total));
            m_progress->setFormat(tr("%1 of %2").arg(megabytes(progress.bytesOnDisk), megabytes(total)));
            m_progress->show();
        }
    } else if (state == u"failed") {
        m_offline->setText(tr("The download failed: %1").arg(progress.message.isEmpty() ? tr("try again") : progress.message));
    } else {
        m_offline->setText(tr("Not on this device."));
    }
    m_player->setPlaceholder(tr("Make the clip available offline (Ctrl+D) to watch it here, with or without a connection."));
    m_player->setSource(local.isEmpty() ? QUrl() : QUrl::fromLocalFile(local));
}

bool SubmissionDetailPane::reviewable() const
{
    return text(m_row, "status") == u"submitted";
}

void SubmissionDetailPane::approve()
{
    if (reviewable())
        review(QStringLiteral("approve"), m_feedback->toPlainText().trimmed());
}

void SubmissionDetailPane::reject()
{
    if (!reviewable())
        return;
    const QString feedback = m_feedback->toPlainText().trimmed();
    if (feedback.isEmpty()) {
        m_feedback->setFocus();
        Q_EMIT failed(tr("Write what the clipper should change, then reject (Ctrl+Enter)."));
        return;
    }
    review(QStringLiteral("reject"), feedback);
}

void SubmissionDetailPane::review(const QString &decision, const QString &feedback)
{
    QJsonObject args{{QStringLiteral("id"), clipId()}, {QStringLiteral("decision"), decision}};
    if (!feedback.isEmpty())
        args.insert(QStringLiteral("feedback"), feedback);
    const QString title = text(m_row, "title");
    const auto queued = m_context.mutations->submit(QStringLiteral("clip.review"), args,
                                                    qint64(m_row.value(QStringLiteral("version")).toDouble()));
    if (!queued) {
        Q_EMIT failed(queued.error().message);
        return;
    }
    m_feedback->clear();
    Q_EMIT reviewed(decision == u"approve" ? tr("Approved “%1”.").arg(title) : tr("Rejected “%1”; the clipper gets your feedback.").arg(title));
}

} // namespace ClipDesk::Ui

#pragma once

#include "appcontext.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ClipDesk::Ui {

class ClipPlayerPane;

// The selected submission on the Submissions page: who sent which clip to which campaign, its
// caption and hashtags, the video (from the offline copy on this device, so it plays without a
// connection), the offline copy's progress, and the review: Approve (A) or Reject (R, feedback
// required; Ctrl+Enter in the feedback sends it). Reviews queue `clip.review` through the
// mutation queue, so they work offline and reach the server on the next sync.
class SubmissionDetailPane final : public QWidget
{
    Q_OBJECT

public:
    SubmissionDetailPane(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SubmissionDetailPane)

    // `row` is a ClipListModel row (clip JSON plus clipper/campaign names, offline state).
    void setClip(const QJsonObject &row);
    QString clipId() const { return m_row.value(QStringLiteral("id")).toString(); }
    ClipPlayerPane *player() const { return m_player; }
    // Re-reads the offline copy's state (progress, local file) for the shown clip.
    void refreshOffline();

public Q_SLOTS:
    void approve();
    void reject();

Q_SIGNALS:
    void reviewed(const QString &message);
    void failed(const QString &message);

private:
    void review(const QString &decision, const QString &feedback);
    bool reviewable() const;

    AppContext &m_context;
    QJsonObject m_row;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_caption;
    ClipPlayerPane *m_player;
    QLabel *m_offline;
    QProgressBar *m_progress;
    QLabel *m_reviewState;
    QPlainTextEdit *m_feedback;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace ClipDesk::Ui

#pragma once

#include "appcontext.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ClipDesk::Ui {

class UploadDuplicateGuard;

// The video of the clip selected in My clips: "Upload video…" (a draft's file goes up with a
// resumable tus upload, then is attached to the clip), with progress, speed, pause/resume and
// cancel while it runs, and the server's reason when it refused the file. A draft meant for a
// campaign is first checked for duplicates of clips already submitted there (UploadDuplicateGuard).
class ClipUploadPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ClipUploadPanel(AppContext &context, QWidget *parent = nullptr);

    // `row` is the clip's cached row (empty: nothing selected).
    void setClip(const QJsonObject &row);
    // Starts uploading `path` for the current clip (after the duplicate check, when the clip is
    // meant for a campaign); false (with the message shown) if refused.
    bool uploadFile(const QString &path);
    UploadDuplicateGuard *duplicateGuard() const { return m_guard; }

    QPushButton *uploadButton() const { return m_upload; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;

public Q_SLOTS:
    void chooseFile();

Q_SIGNALS:
    void fileChosen(const QString &clipId, const QString &path);

private:
    void refresh();
    bool startUpload(const QString &clipId, const QString &path);

    AppContext &m_context;
    QString m_clipId;
    QString m_campaignId;
    QString m_note; // the duplicate check's last word on this clip
    QString m_status;
    QLabel *m_state;
    QProgressBar *m_progress;
    QPushButton *m_upload;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    UploadDuplicateGuard *m_guard;
};

} // namespace ClipDesk::Ui

#pragma once

#include "appcontext.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <atomic>
#include <memory>

class QMessageBox;
class QWidget;

namespace ClipDesk::Sync {
struct DuplicateVerdict;
}

namespace ClipDesk::Ui {

// Before a clip's video goes up for a campaign: hashes the file and computes its perceptual
// fingerprint on a worker thread (progress dialog with Cancel), asks the server (through the
// upload queue) whether it duplicates a clip already submitted to that campaign, and warns
// ("Upload anyway" / "Cancel") when it does. Offline, it says the check could not be done and
// lets the upload go; the server checks again when the clip is submitted. checkUploaded() does
// the same before submitting a clip whose video the server has (by its SHA-256 alone: the server
// compares its own fingerprint of the caller's upload).
class UploadDuplicateGuard final : public QObject
{
    Q_OBJECT

public:
    UploadDuplicateGuard(AppContext &context, QWidget *dialogParent);
    ~UploadDuplicateGuard() override;
    Q_DISABLE_COPY_MOVE(UploadDuplicateGuard)

    // Checks `path` before it is uploaded for `clipId` on `campaignId`; decided() follows.
    void check(const QString &clipId, const QString &campaignId, const QString &path);
    // Checks the uploaded video `sha256` before `clipId` is submitted to `campaignId`.
    void checkUploaded(const QString &clipId, const QString &campaignId, const QString &sha256);
    bool isChecking() const { return !m_clipId.isEmpty(); }
    QProgressDialog *progressDialog() const { return m_progress; }
    void cancel();

Q_SIGNALS:
    void warningOpened(QMessageBox *box);
    // `proceed`: go ahead with the upload of `path` (empty for checkUploaded(): the submission);
    // `note`: what the user should know (may be empty).
    void decided(const QString &clipId, const QString &path, bool proceed, const QString &note);

private:
    struct Identity;
    void identified(const Identity &identity);
    void answered(const Sync::DuplicateVerdict &verdict);
    void warn(const Sync::DuplicateVerdict &verdict);
    void start(const QString &clipId, const QString &campaignId, const QString &path, const QString &label);
    void finish(bool proceed, const QString &note);
    QString campaignName() const;
    bool isSubmission() const { return m_path.isEmpty(); }

    AppContext &m_context;
    QPointer<QWidget> m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QString m_clipId;
    QString m_campaignId;
    QString m_path;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFuture<void> m_job;
};

} // namespace ClipDesk::Ui

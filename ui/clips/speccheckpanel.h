#pragma once

#include "media/platformspec.h"

#include <QFrame>
#include <QFuture>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace ClipDesk::Ui {

// Checks an exported file against a platform's rules (probe + loudness on a worker thread) and
// lists each failure with its one-click fix as a button. A fix (Media::applySpecFix) writes a
// new file next to the old one (reframed, normalized, trimmed or transcoded), with progress and
// Cancel, and checks that one again.
class SpecCheckPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit SpecCheckPanel(QWidget *parent = nullptr);
    ~SpecCheckPanel() override;
    Q_DISABLE_COPY_MOVE(SpecCheckPanel)

    void check(const QString &path, Media::Platform platform);
    QString filePath() const { return m_path; }
    const QList<Media::SpecFailure> &failures() const { return m_failures; }
    bool isBusy() const { return m_busy; }
    // Runs the fix of failures()[index] (as its button does) on a worker thread, with progress
    // and a Cancel button; a cancelled or failed fix leaves no file behind.
    void applyFix(int index);
    bool isFixing() const { return m_fixing; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }

public Q_SLOTS:
    void cancelFix();

Q_SIGNALS:
    void checked(int failureCount);
    void fixFailed(const QString &message);

private:
    void showFailures();
    void clearRows();
    void setBusy(const QString &text);

    QLabel *m_title;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QVBoxLayout *m_rows;
    QString m_path;
    Media::Platform m_platform = Media::Platform::YouTubeShorts;
    QList<Media::SpecFailure> m_failures;
    std::optional<Media::MediaInfo> m_info;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_job;
    bool m_busy = false;
    bool m_fixing = false;
};

} // namespace ClipDesk::Ui

#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace ClipDesk::Sync {
class SyncEngine;
}

namespace ClipDesk::Ui {

// The sync part of the status bar: Online/Offline/Syncing with a coloured dot, "N pending
// changes", "Last synced 12:04" (how long ago in the tooltip), a progress bar during a long
// pull, and a "Sync issues (N)" button that asks for the issues panel.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(Sync::SyncEngine &engine, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

    QString stateText() const;
    QString pendingText() const;
    QString lastSyncText() const;
    QPushButton *issuesButton() const { return m_issues; }
    void refreshIssues();

Q_SIGNALS:
    void issuesRequested();

private:
    void showState();
    void showPending(qint64 count);
    void showLastSync();

    Sync::SyncEngine &m_engine;
    QLabel *m_state;
    QLabel *m_pending;
    QLabel *m_lastSync;
    QProgressBar *m_progress;
    QPushButton *m_issues;
    QTimer *m_clock;
    QDateTime m_lastSyncTime;
};

} // namespace ClipDesk::Ui

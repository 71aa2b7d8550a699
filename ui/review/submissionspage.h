#pragma once

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class CampaignListModel;
class ClipDisplayProxy;
class ClipListModel;
class EmptyState;
class MessageBanner;
class SubmissionDetailPane;

// "Submissions": the review queue of a brand (clips sent in to its own campaigns) or an admin
// (every submitted clip). A list with thumbnail, title, clipper, campaign, submission time,
// status and offline copy, filtered by campaign and status (default: awaiting review); the
// selected clip in SubmissionDetailPane with playback and Approve / Reject. "Make available
// offline" (Ctrl+D) downloads the selected clips' videos into the cache so review works
// without a connection; "Cancel download" (Ctrl+.) pauses; "Remove offline copy"
// (Ctrl+Shift+D) deletes them. Everything is read from the cache through ClipListModel.
class SubmissionsPage final : public QWidget
{
    Q_OBJECT

public:
    SubmissionsPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SubmissionsPage)

    ClipListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SubmissionDetailPane *details() const { return m_details; }
    QComboBox *campaignFilter() const { return m_campaign; }
    QComboBox *statusFilter() const { return m_status; }
    bool selectClip(const QString &clipId);

public Q_SLOTS:
    void makeSelectedAvailableOffline();
    void cancelSelectedDownloads();
    void removeSelectedOfflineCopies();

private:
    void fitColumns();
    QStringList selectedMedia() const;
    QString baseScope() const;
    void applyFilters();
    void reloadCampaigns();
    void updateSelection();
    void updateEmptyState();
    void updateDownloadBanner();

    AppContext &m_context;
    ClipListModel *m_model;
    ClipDisplayProxy *m_proxy;
    CampaignListModel *m_campaigns;
    QTableView *m_view;
    SubmissionDetailPane *m_details;
    QComboBox *m_campaign;
    QComboBox *m_status;
    QPushButton *m_makeOffline;
    QPushButton *m_cancelDownload;
    QPushButton *m_removeOffline;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QStringList m_downloading; // the videos the last "make available offline" asked for
};

} // namespace ClipDesk::Ui

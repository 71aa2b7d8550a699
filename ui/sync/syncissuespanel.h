#pragma once

#include "sync/outbox.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace ClipDesk::Sync {
class ClientCache;
class MutationQueue;
}

namespace ClipDesk::Ui {

// Every change the server rejected or found in conflict, in plain words with the server's
// message; for a conflict both values of each field. Nothing leaves the list silently:
//   Keep Mine  submits the same change again on top of the server's current version,
//   Copy Mine  puts the user's values on the clipboard (to re-enter them in an editor),
//   Discard    drops the change (the server's version stays).
class SyncIssuesPanel final : public QDialog
{
    Q_OBJECT

public:
    SyncIssuesPanel(Sync::ClientCache &cache, Sync::MutationQueue &mutations, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncIssuesPanel)

    int issueCount() const { return int(m_issues.size()); }
    // Everything the panel shows for the selected issue (title, message, values), as text.
    QString detailText() const;
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void refresh();
    void retrySelected();
    void copySelected();
    void discardSelected();

Q_SIGNALS:
    void issuesChanged();

private:
    void showSelected();
    const Sync::OutboxEntry *selected() const;
    void showError(const QString &message);

    Sync::ClientCache &m_cache;
    Sync::MutationQueue &m_mutations;
    QList<Sync::OutboxEntry> m_issues;
    QListWidget *m_list;
    QTextBrowser *m_detail;
    QLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_copy;
    QPushButton *m_discard;
};

} // namespace ClipDesk::Ui

#pragma once

#include "sync/outbox.h"

#include <QDialog>
#include <QList>

#include <functional>

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
//   Edit…      opens the editor for the object with the user's values filled in over the
//              server's version; saving there replaces the change, so the issue goes away,
//   Copy Mine  puts the user's values on the clipboard,
//   Discard    drops the change (the server's version stays).
class SyncIssuesPanel final : public QDialog
{
    Q_OBJECT

public:
    SyncIssuesPanel(Sync::ClientCache &cache, Sync::MutationQueue &mutations, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncIssuesPanel)

    // Makes the editor for an issue (with the user's values filled in, not saved), or nullptr
    // when there is none for that kind of change.
    using EditorFactory = std::function<QDialog *(const Sync::OutboxEntry &issue, QWidget *parent)>;
    void setEditorFactory(EditorFactory factory);

    int issueCount() const { return int(m_issues.size()); }
    // Everything the panel shows for the selected issue (title, message, values), as text.
    QString detailText() const;
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void refresh();
    void retrySelected();
    void editSelected();
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
    EditorFactory m_editorFactory;
    QListWidget *m_list;
    QTextBrowser *m_detail;
    QLabel *m_error;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_copy;
    QPushButton *m_discard;
};

} // namespace ClipDesk::Ui

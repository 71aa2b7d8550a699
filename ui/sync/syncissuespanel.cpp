#include "syncissuespanel.h"

#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "syncissuedescription.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

SyncIssuesPanel::SyncIssuesPanel(Sync::ClientCache &cache, Sync::MutationQueue &mutations, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_mutations(mutations)
    , m_list(new QListWidget(this))
    , m_detail(new QTextBrowser(this))
    , m_error(new QLabel(this))
    , m_retry(new QPushButton(tr("&Keep Mine"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_copy(new QPushButton(tr("&Copy Mine"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(QStringLiteral("syncIssuesPanel"));
    setWindowTitle(tr("Sync Issues"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *intro = new QLabel(tr("These changes were not accepted by the server. Decide what happens to each one."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *body = new QHBoxLayout;
    m_list->setObjectName(QStringLiteral("syncIssuesList"));
    m_list->setMinimumWidth(260);
    m_list->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("syncIssueDetail"));
    body->addWidget(m_list, 2);
    body->addWidget(m_detail, 3);
    layout->addLayout(body, 1);
    m_error->setObjectName(QStringLiteral("syncIssuesError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_retry->setObjectName(QStringLiteral("retryIssue"));
    m_retry->setToolTip(tr("Send your change again on top of the server's current version"));
    m_edit->setObjectName(QStringLiteral("editIssue"));
    m_edit->setToolTip(tr("Open the editor with your values over the server's version"));
    m_copy->setObjectName(QStringLiteral("copyIssue"));
    m_copy->setToolTip(tr("Copy your values to the clipboard"));
    m_discard->setObjectName(QStringLiteral("discardIssue"));
    m_discard->setToolTip(tr("Drop your change and keep the server's version"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &SyncIssuesPanel::retrySelected);
    connect(m_edit, &QPushButton::clicked, this, &SyncIssuesPanel::editSelected);
    connect(m_copy, &QPushButton::clicked, this, &SyncIssuesPanel::copySelected);
    connect(m_discard, &QPushButton::clicked, this, &SyncIssuesPanel::discardSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &SyncIssuesPanel::showSelected);
    connect(&m_cache, &Sync::ClientCache::entitiesChanged, this, &SyncIssuesPanel::refresh);
    refresh();
}

void SyncIssuesPanel::refresh()
{
    const int row = qMax(0, m_list->currentRow());
    auto issues = m_mutations.outbox().issues();
    m_issues = issues ? *issues : QList<Sync::OutboxEntry>();
    m_list->clear();
    for (const Sync::OutboxEntry &entry : m_issues) {
        const QString kind = entry.state == Sync::OutboxState::Conflict ? tr("Conflict") : tr("Rejected");
        m_list->addItem(tr("%1\n%2").arg(SyncIssueDescription::title(entry, m_cache), kind));
    }
    if (m_issues.isEmpty())
        m_detail->setHtml(tr("<p>No sync issues: the server accepted every change.</p>"));
    else
        m_list->setCurrentRow(qMin(row, int(m_issues.size()) - 1));
    showSelected();
}

const Sync::OutboxEntry *SyncIssuesPanel::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_issues.size() ? &m_issues.at(row) : nullptr;
}

void SyncIssuesPanel::showSelected()
{
    const Sync::OutboxEntry *entry = selected();
    for (QPushButton *button : {m_retry, m_copy, m_discard})
        button->setEnabled(entry != nullptr);
    m_edit->setEnabled(entry != nullptr && m_editorFactory);
    if (!entry)
        return;
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(SyncIssueDescription::title(*entry, m_cache).toHtmlEscaped(),
                            SyncIssueDescription::reason(*entry).toHtmlEscaped());
    const QList<ConflictField> fields = SyncIssueDescription::conflictFields(*entry);
    if (!fields.isEmpty()) {
        html += QStringLiteral("<table cellpadding=\"4\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                    .arg(tr("Field"), tr("Your value"), tr("Server's value"));
        for (const ConflictField &field : fields)
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                        .arg(field.label.toHtmlEscaped(), field.mine.toHtmlEscaped(), field.theirs.toHtmlEscaped());
        html += QStringLiteral("</table>");
    } else if (entry->state == Sync::OutboxState::Rejected) {
        const QString values = SyncIssueDescription::userValues(*entry);
        if (!values.isEmpty())
            html += QStringLiteral("<p>%1</p><pre>%2</pre>").arg(tr("Your change:"), values.toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

QString SyncIssuesPanel::detailText() const
{
    return m_detail->toPlainText();
}

void SyncIssuesPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SyncIssuesPanel::retrySelected()
{
    const Sync::OutboxEntry *entry = selected();
    if (!entry)
        return;
    const Sync::Mutation mutation = entry->mutation;
    qint64 base = mutation.baseVersion;
    const QString id = mutation.args.value(QLatin1String("id")).toString();
    if (entry->result && entry->result->current.contains(QLatin1String("version")))
        base = entry->result->current.value(QLatin1String("version")).toInteger();
    else if (auto row = m_cache.row(Sync::Entity::Campaign, id); row && *row)
        base = (*row)->value(QLatin1String("version")).toInteger();
    auto queued = m_mutations.submit(mutation.name, mutation.args, base);
    if (!queued)
        return showError(queued.error().message);
    if (auto dismissed = m_mutations.outbox().dismiss(mutation.id); !dismissed)
        return showError(dismissed.error().message);
    showError({});
    refresh();
    Q_EMIT issuesChanged();
}

void SyncIssuesPanel::setEditorFactory(EditorFactory factory)
{
    m_editorFactory = std::move(factory);
    showSelected();
}

void SyncIssuesPanel::editSelected()
{
    const Sync::OutboxEntry *entry = selected();
    if (!entry)
        return;
    QDialog *editor = m_editorFactory ? m_editorFactory(*entry, this) : nullptr;
    if (!editor)
        return showError(tr("There is no editor for this kind of change; copy your values instead."));
    showError({});
    editor->setAttribute(Qt::WA_DeleteOnClose);
    // Saved: the edit was queued as a new change on top of the server's version and replaces
    // this one. Cancelled: the issue stays.
    connect(editor, &QDialog::accepted, this, [this, id = entry->mutation.id] {
        if (auto dismissed = m_mutations.outbox().dismiss(id); !dismissed)
            return showError(dismissed.error().message);
        refresh();
        Q_EMIT issuesChanged();
    });
    editor->open();
}

void SyncIssuesPanel::copySelected()
{
    if (const Sync::OutboxEntry *entry = selected())
        QApplication::clipboard()->setText(SyncIssueDescription::userValues(*entry));
}

void SyncIssuesPanel::discardSelected()
{
    const Sync::OutboxEntry *entry = selected();
    if (!entry)
        return;
    if (auto dismissed = m_mutations.outbox().dismiss(entry->mutation.id); !dismissed)
        return showError(dismissed.error().message);
    showError({});
    refresh();
    Q_EMIT issuesChanged();
}

} // namespace ClipDesk::Ui

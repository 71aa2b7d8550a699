#include "syncstatuswidget.h"

#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace ClipDesk::Ui {

SyncStatusWidget::SyncStatusWidget(Sync::SyncEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_issues(new QPushButton(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(12);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_lastSync->setObjectName(QStringLiteral("syncLastSync"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setVisible(false);
    m_issues->setObjectName(QStringLiteral("syncIssuesButton"));
    m_issues->setFlat(true);
    m_issues->setCursor(Qt::PointingHandCursor);
    m_issues->setStyleSheet(QStringLiteral("QPushButton { color: #b3261e; font-weight: 600; padding: 0 6px; }"));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_progress, m_issues, m_pending, m_lastSync, m_state})
        layout->addWidget(widget);

    connect(m_issues, &QPushButton::clicked, this, &SyncStatusWidget::issuesRequested);
    connect(&m_engine, &Sync::SyncEngine::stateChanged, this, &SyncStatusWidget::showState);
    connect(&m_engine, &Sync::SyncEngine::pendingCountChanged, this, &SyncStatusWidget::showPending);
    connect(&m_engine, &Sync::SyncEngine::issuesChanged, this, &SyncStatusWidget::refreshIssues);
    connect(&m_engine, &Sync::SyncEngine::lastSyncChanged, this, [this](const QDateTime &when) {
        m_lastSyncTime = when;
        m_progress->setVisible(false);
        showLastSync();
    });
    connect(&m_engine, &Sync::SyncEngine::progress, this, [this](int rows) {
        m_progress->setVisible(true);
        m_progress->setToolTip(tr("Items received so far: %1").arg(rows));
    });
    connect(&m_engine, &Sync::SyncEngine::failed, this, [this](const QString &message) {
        m_progress->setVisible(false);
        m_state->setToolTip(message);
    });
    m_clock->setInterval(std::chrono::seconds(30));
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::showLastSync);
    m_clock->start();

    m_lastSyncTime = m_engine.lastSync();
    showState();
    showPending(m_engine.pendingCount());
    showLastSync();
    refreshIssues();
}

QString SyncStatusWidget::stateText() const
{
    return m_state->property("plainText").toString();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

void SyncStatusWidget::showState()
{
    QString text;
    QString color;
    switch (m_engine.state()) {
    case Sync::SyncEngine::State::Offline:
        text = tr("Offline");
        color = QStringLiteral("#9e9e9e");
        break;
    case Sync::SyncEngine::State::Online:
        text = tr("Online");
        color = QStringLiteral("#2e7d32");
        break;
    case Sync::SyncEngine::State::Syncing:
        text = tr("Syncing…");
        color = QStringLiteral("#1565c0");
        break;
    }
    m_state->setProperty("plainText", text);
    m_state->setTextFormat(Qt::RichText);
    m_state->setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2").arg(color, text.toHtmlEscaped()));
    m_state->setToolTip(m_engine.state() == Sync::SyncEngine::State::Offline
                            ? tr("Changes are kept on this computer and sent when the server can be reached.")
                            : tr("Connected to the server."));
}

void SyncStatusWidget::showPending(qint64 count)
{
    m_pending->setText(count == 1 ? tr("1 pending change") : tr("%1 pending changes").arg(count));
    m_pending->setVisible(count > 0);
}

void SyncStatusWidget::showLastSync()
{
    if (!m_lastSyncTime.isValid()) {
        m_lastSync->setText(tr("Not synced yet"));
        m_lastSync->setToolTip(QString());
        return;
    }
    const QDateTime local = m_lastSyncTime.toLocalTime();
    m_lastSync->setText(tr("Last synced %1").arg(QLocale().toString(local.time(), QStringLiteral("HH:mm"))));
    const qint64 minutes = m_lastSyncTime.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    m_lastSync->setToolTip(minutes < 1 ? tr("Less than a minute ago") : minutes == 1 ? tr("A minute ago") : tr("%1 minutes ago").arg(minutes));
}

void SyncStatusWidget::refreshIssues()
{
    auto issues = m_engine.outbox().issues();
    const int count = issues ? int(issues->size()) : 0;
    m_issues->setText(tr("Sync issues (%1)").arg(count));
    m_issues->setToolTip(tr("Changes the server did not accept (F6)"));
    m_issues->setVisible(count > 0);
}

} // namespace ClipDesk::Ui

#include "mainwindow.h"

#include "net/healthprobe.h"
#include "signedoutpage.h"
#include "statuscolors.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace ClipDesk::Ui {

namespace {

constexpr auto GeometryKey = "mainWindow/geometry";
constexpr auto StateKey = "mainWindow/state";
constexpr QSize DefaultSize{1280, 800};
constexpr std::chrono::seconds DefaultRefreshInterval{10};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_probe(new Net::HealthProbe(this))
    , m_refreshTimer(new QTimer(this))
    , m_page(new SignedOutPage(this))
    , m_statusIndicator(new QLabel(this))
    , m_demoBadge(new QLabel(tr("Demo"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClipDesk"));
    setMinimumSize(720, 520);
    setCentralWidget(m_page);

    m_statusIndicator->setObjectName(QStringLiteral("statusBarIndicator"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setToolTip(tr("Running against a local demo server with its own data."));
    m_demoBadge->setStyleSheet(QStringLiteral("QLabel#demoBadge { background: #ece6fd; color: #5a3fd0; border-radius: 8px;"
                                              " padding: 1px 8px; font-weight: 600; }"));
    m_demoBadge->setVisible(false);
    statusBar()->addPermanentWidget(m_demoBadge);
    statusBar()->addPermanentWidget(m_statusIndicator);
    statusBar()->setSizeGripEnabled(false);

    createMenus();

    m_refreshTimer->setInterval(DefaultRefreshInterval);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::checkServer);
    connect(m_probe, &Net::HealthProbe::reachable, this, [this](const QUrl &url, const QString &version) {
        if (url != m_serverUrl)
            return;
        applyStatus({ServerStatus::Kind::Connected, url, version,
                     tr("Connected to ClipDesk server %1 at %2").arg(version, url.toDisplayString())});
    });
    connect(m_probe, &Net::HealthProbe::unreachable, this, [this](const QUrl &url, const QString &reason) {
        if (url != m_serverUrl)
            return;
        applyStatus({ServerStatus::Kind::Unreachable, url, {}, reason});
    });

    applyStatus({});
    restoreWindowGeometry();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *check = fileMenu->addAction(tr("&Check Server Connection"), this, &MainWindow::checkServer);
    check->setObjectName(QStringLiteral("checkServerAction"));
    check->setShortcut(QKeySequence(Qt::Key_F5));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About ClipDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setDemoMode(bool demo)
{
    setWindowTitle(demo ? tr("ClipDesk — Demo") : tr("ClipDesk"));
    m_demoBadge->setVisible(demo);
}

void MainWindow::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
    applyStatus({ServerStatus::Kind::Checking, url, {},
                 tr("Checking the ClipDesk server at %1…").arg(url.toDisplayString())});
    checkServer();
    m_refreshTimer->start();
}

void MainWindow::showServerStarting()
{
    m_refreshTimer->stop();
    m_probe->cancel();
    m_serverUrl.clear();
    applyStatus({ServerStatus::Kind::Starting, {}, {}, tr("Starting the bundled demo server…")});
}

void MainWindow::showServerFailure(const QString &message)
{
    m_refreshTimer->stop();
    m_probe->cancel();
    applyStatus({ServerStatus::Kind::Unreachable, m_serverUrl, {}, message});
}

void MainWindow::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshTimer->setInterval(interval);
}

void MainWindow::checkServer()
{
    if (m_serverUrl.isValid() && !m_probe->isProbing())
        m_probe->probe(m_serverUrl);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ClipDesk"),
                       tr("<h3>ClipDesk %1</h3>"
                          "<p>A desktop marketplace for short-form video campaigns: brands fund campaigns, "
                          "clippers cut and upload clips, admins review submissions and payouts.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(CLIPDESK_VERSION), QLatin1String(qVersion())));
}

void MainWindow::applyStatus(ServerStatus status)
{
    if (status == m_status)
        return;
    m_status = std::move(status);
    m_page->showStatus(m_status);

    QString shortText;
    switch (m_status.kind) {
    case ServerStatus::Kind::Unknown:
        shortText = tr("No server");
        break;
    case ServerStatus::Kind::Starting:
        shortText = tr("Starting server…");
        break;
    case ServerStatus::Kind::Checking:
        shortText = tr("Connecting…");
        break;
    case ServerStatus::Kind::Connected:
        shortText = tr("Online");
        break;
    case ServerStatus::Kind::Unreachable:
        shortText = tr("Offline");
        break;
    }
    m_statusIndicator->setText(QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2")
                                   .arg(statusColor(m_status.kind).name(), shortText.toHtmlEscaped()));
    m_statusIndicator->setToolTip(m_status.text);
    statusBar()->showMessage(m_status.text);
    Q_EMIT serverStatusChanged(m_status);
}

void MainWindow::restoreWindowGeometry()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(GeometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(DefaultSize);
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace ClipDesk::Ui

#include "coldstartprobe.h"

#include "net/accountpaths.h"
#include "net/session.h"
#include "net/sessioncontroller.h"
#include "net/sessionstore.h"
#include "ui/brand/campaignspage.h"
#include "ui/mainwindow.h"
#include "ui/settings/languageswitcher.h"
#include "ui/settings/themeswitcher.h"
#include "ui/shell/appshell.h"
#include "ui/shell/workspacehost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStackedWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <functional>
#include <unistd.h>

namespace ClipDesk::Bench {

namespace {

// Calls `done` once, after the event loop has finished the first paint it sees.
class FirstPaintWatcher final : public QObject
{
public:
    explicit FirstPaintWatcher(std::function<void()> done)
        : m_done(std::move(done))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, m_done);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
    bool m_seen = false;
};

} // namespace

double ColdStartProbe::msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong(); // field 22; the list starts at field 3
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1e3 / double(sysconf(_SC_CLK_TCK));
}

std::pair<qint64, qint64> ColdStartProbe::memoryKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {-1, -1};
    qint64 rss = -1;
    qint64 hwm = -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] { return line.mid(6).trimmed().split(' ').value(0).toLongLong(); };
        if (line.startsWith("VmRSS:"))
            rss = value();
        else if (line.startsWith("VmHWM:"))
            hwm = value();
    }
    return {rss, hwm};
}

int ColdStartProbe::run(QApplication &app, const Args &args)
{
    // As app/desktop/main.cpp does it, with the settings and account data in the directories
    // the parent chose (XDG_CONFIG_HOME, XDG_DATA_HOME).
    QApplication::setOrganizationName(QStringLiteral("ClipDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("clipdesk.org"));
    QApplication::setApplicationName(QStringLiteral("ClipDesk"));
    QElapsedTimer sinceApp;
    sinceApp.start();
    Ui::ThemeSwitcher theme;
    theme.applySaved();
    Ui::LanguageSwitcher language;
    language.applySaved();
    Net::SessionStore store(Net::SessionStore::Options{.dataDirectory = Net::AccountPaths::defaultRoot(), .useKeychain = false});
    Net::SessionController sessions(store);

    // The account was signed in before: its cache is the 100,000-row file, and its last page
    // is the campaign list.
    Net::Session session;
    session.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens: offline start
    session.serverId = QStringLiteral("bench");
    session.token = QStringLiteral("bench-token");
    session.user = {args.brandId, QStringLiteral("brand@bench.invalid"), QStringLiteral("benchbrand"), QStringLiteral("brand"),
                    QStringLiteral("Bench Brand")};
    const QString cacheFile = store.paths().cacheFile(session.key());
    if (!store.paths().ensureAccountDirectory(session.key()) || !(QFileInfo::exists(cacheFile) || QFile::link(args.cachePath, cacheFile))) {
        QTextStream(stderr) << "cannot place the cache at " << cacheFile << '\n';
        return 1;
    }
    QSettings().setValue(QStringLiteral("shell/brand/lastPage"), QStringLiteral("brand.campaigns"));

    Ui::MainWindow window({sessions, theme, language});
    window.setServerUrl(session.serverUrl);
    const double windowMs = double(sinceApp.nsecsElapsed()) / 1e6;
    sessions.adopt(session); // signedIn(): the workspace opens the cache, the shell shows the page
    const double signedInMs = double(sinceApp.nsecsElapsed()) / 1e6;
    auto *page = window.workspaceHost() && window.workspaceHost()->shell()
                     ? qobject_cast<Ui::CampaignsPage *>(window.workspaceHost()->shell()->page(QStringLiteral("brand.campaigns")))
                     : nullptr;
    if (!page) {
        QTextStream(stderr) << "the campaigns page did not open: " << window.workspaceHost()->lastError() << '\n';
        return 1;
    }

    FirstPaintWatcher watcher([&] {
        const double startMs = msSinceProcessStart();
        const auto [rss, hwm] = memoryKib();
        const QJsonObject report{{QStringLiteral("start_to_paint_ms"), startMs},
                                 {QStringLiteral("start_to_main_ms"), args.startToMainMs},
                                 {QStringLiteral("application_ms"), args.applicationMs},
                                 {QStringLiteral("window_ms"), windowMs},
                                 {QStringLiteral("signed_in_ms"), signedInMs},
                                 {QStringLiteral("app_to_paint_ms"), double(sinceApp.nsecsElapsed()) / 1e6},
                                 {QStringLiteral("rows"), page->table()->model()->rowCount()},
                                 {QStringLiteral("rss_kib"), rss},
                                 {QStringLiteral("hwm_kib"), hwm}};
        QTextStream out(stdout);
        out << args.marker << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
        app.quit();
    });
    // The table, or the empty state in its place when the brand has no campaigns.
    const auto *stack = page->table()->parentWidget() ? qobject_cast<QStackedWidget *>(page->table()->parentWidget()) : nullptr;
    QWidget *shown = stack && stack->currentWidget() != page->table() ? stack->currentWidget() : page->table()->viewport();
    shown->installEventFilter(&watcher);
    window.resize(1280, 800);
    window.show();
    QTimer::singleShot(30'000, &app, [&app] { app.exit(2); });
    return app.exec();
}

} // namespace ClipDesk::Bench

#include "coldstartprobe.h"

#include "campaignlistwindow.h"
#include "sync/clientcache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
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

int ColdStartProbe::run(QApplication &app, const QString &cachePath, const QByteArray &marker)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    auto cache = Sync::ClientCache::open(cachePath);
    if (!cache) {
        QTextStream(stderr) << "cannot open the cache: " << cache.error().message << '\n';
        return 1;
    }
    const double openMs = double(sinceMain.nsecsElapsed()) / 1e6;
    CampaignListWindow list(**cache);
    list.model.reload();
    const double loadMs = double(sinceMain.nsecsElapsed()) / 1e6;

    FirstPaintWatcher watcher([&] {
        const double startMs = msSinceProcessStart();
        const auto [rss, hwm] = memoryKib();
        const QJsonObject report{{QStringLiteral("start_to_paint_ms"), startMs},
                                 {QStringLiteral("main_to_paint_ms"), double(sinceMain.nsecsElapsed()) / 1e6},
                                 {QStringLiteral("open_ms"), openMs},
                                 {QStringLiteral("load_ms"), loadMs},
                                 {QStringLiteral("rows"), list.proxy.rowCount()},
                                 {QStringLiteral("rss_kib"), rss},
                                 {QStringLiteral("hwm_kib"), hwm}};
        QTextStream out(stdout);
        out << marker << QJsonDocument(report).toJson(QJsonDocument::Compact) << Qt::endl;
        app.quit();
    });
    list.view->viewport()->installEventFilter(&watcher);
    list.window.show();
    QTimer::singleShot(30'000, &app, [&app] { app.exit(2); });
    return app.exec();
}

} // namespace ClipDesk::Bench

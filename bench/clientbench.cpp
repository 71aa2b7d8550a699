// clipdesk-bench-client: how the desktop client copes with a big local cache.
//   (a) cold start to an interactive campaign list over a 100,000-row ClientCache (the real path:
//       MainWindow → workspace → AppShell → the brand's CampaignsPage), measured in a
//       fresh process from its kernel start time (/proc/self/stat) to the first processed paint;
//       reference: the sqlite3 shell counting and scanning the same table, in the same run;
//   (b) resetting the campaign model over 50,000 rows (median of 10);
//   (c) memory (VmRSS / VmHWM) after that start, next to an empty cache's.
// Not part of ctest. Runs in about a minute; prints a Markdown table.
// `--build-cache FILE` only writes the 100,000-row cache file, to look at it.
#include "campaignlistwindow.h"
#include "coldstartprobe.h"
#include "syntheticcampaigncache.h"
#include "sqlite3reference.h"
#include "storage/database.h"
#include "sync/clientcache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace ClipDesk;

namespace {

constexpr int CacheRows = 100'000;
constexpr int ResetRows = 50'000;
constexpr int ColdStartRuns = 5;
constexpr int ResetRuns = 10;
const QString ColdStartFlag = QStringLiteral("--cold-start");
const QString BuildCacheFlag = QStringLiteral("--build-cache");
const QByteArray ReadyMarker = QByteArrayLiteral("CLIENTBENCH ");
// What CampaignListModel::load() asks the cache for.
const QString ListQuery = QStringLiteral(
    "SELECT id, brand_id, name, status, category, visibility, currency, payout_model, platforms,"
    " json_extract(row_json, '$.time_zone'), flagged_reason, budget_minor, cpm_rate_minor, per_clip_minor,"
    " starts_at, ends_at, updated_at, version, is_template FROM campaigns ORDER BY id");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

struct ColdStart
{
    double startToPaintMs = -1; // the child's own view, from its kernel start time
    double spawnToReadyMs = -1; // the parent's view, from QProcess::start to the report
    double startToMainMs = -1;  // loading and relocating the shared libraries, static initializers
    double applicationMs = -1;  // QApplication
    double windowMs = -1;       // + theme, language, session store, MainWindow
    double signedInMs = -1;     // + workspace (cache open), shell, campaigns page (model loaded and sorted)
    double rssMib = -1;
    double hwmMib = -1;
    int rows = -1;
};

ColdStart coldStart(const QString &cachePath)
{
    ColdStart result;
    QProcess child;
    QTemporaryDir home; // the child's settings and account directory, fresh each run
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), {ColdStartFlag, cachePath, Bench::SyntheticCampaignCache::brandId(0)});
    QByteArray output;
    while (child.waitForReadyRead(30'000)) {
        output += child.readAllStandardOutput();
        if (output.contains('\n') && output.contains(ReadyMarker))
            break;
    }
    result.spawnToReadyMs = timer.nsecsElapsed() / 1e6;
    child.waitForFinished(30'000);
    output += child.readAllStandardOutput();
    const qsizetype at = output.indexOf(ReadyMarker);
    if (at < 0) {
        QTextStream(stderr) << "bench: the cold-start child reported nothing (exit " << child.exitCode() << ")\n";
        return {};
    }
    const QByteArray line = output.mid(at + ReadyMarker.size()).split('\n').value(0);
    const QJsonObject report = QJsonDocument::fromJson(line).object();
    result.startToPaintMs = report.value(QStringLiteral("start_to_paint_ms")).toDouble();
    result.startToMainMs = report.value(QStringLiteral("start_to_main_ms")).toDouble();
    result.applicationMs = report.value(QStringLiteral("application_ms")).toDouble();
    result.windowMs = report.value(QStringLiteral("window_ms")).toDouble();
    result.signedInMs = report.value(QStringLiteral("signed_in_ms")).toDouble();
    result.rssMib = report.value(QStringLiteral("rss_kib")).toDouble() / 1024;
    result.hwmMib = report.value(QStringLiteral("hwm_kib")).toDouble() / 1024;
    result.rows = report.value(QStringLiteral("rows")).toInt();
    return result;
}

ColdStart medianColdStart(const QString &cachePath, int runs)
{
    QList<double> start, spawn, toMain, application, window, signedIn, rss, hwm;
    ColdStart last;
    for (int i = 0; i < runs; ++i) {
        last = coldStart(cachePath);
        if (last.rows < 0)
            return last;
        start.append(last.startToPaintMs);
        spawn.append(last.spawnToReadyMs);
        toMain.append(last.startToMainMs);
        application.append(last.applicationMs);
        window.append(last.windowMs);
        signedIn.append(last.signedInMs);
        rss.append(last.rssMib);
        hwm.append(last.hwmMib);
    }
    return {median(start),  median(spawn),    median(toMain), median(application),
            median(window), median(signedIn), median(rss),    median(hwm),
            last.rows};
}

// The sqlite3 shell, started fresh: count the campaigns, then read every column the list reads.
double sqlite3ScanMs(const QString &cachePath)
{
    QList<double> runs;
    for (int i = 0; i < ColdStartRuns; ++i) {
        QProcess sqlite;
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"),
                     {QStringLiteral("-batch"), QStringLiteral("-readonly"), cachePath,
                      QStringLiteral("SELECT count(*) FROM campaigns;"),
                      ListQuery + u';'});
        qint64 bytes = 0;
        while (sqlite.state() != QProcess::NotRunning && sqlite.waitForReadyRead(30'000))
            bytes += sqlite.readAllStandardOutput().size();
        sqlite.waitForFinished(30'000);
        bytes += sqlite.readAllStandardOutput().size();
        if (sqlite.exitCode() != 0 || bytes < CacheRows) {
            QTextStream(stderr) << "bench: sqlite3 failed: " << sqlite.readAllStandardError().left(300) << '\n';
            return -1;
        }
        runs.append(timer.nsecsElapsed() / 1e6);
    }
    return median(runs);
}

// The same query through QtSql alone, reading every value once: the floor under the model's load.
double qtSqlScanMs(Sync::ClientCache &cache)
{
    QList<double> runs;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto query = cache.database().exec(ListQuery);
        if (!query)
            return -1;
        qint64 rows = 0;
        while (query->next()) {
            for (int column = 0; column < 19; ++column)
                (void)query->value(column);
            ++rows;
        }
        if (rows != CacheRows)
            return -1;
        runs.append(timer.nsecsElapsed() / 1e6);
    }
    return median(runs);
}

struct ResetTimes
{
    double modelOnlyMs = -1; // CampaignListModel::setScope over 50,000 rows, no view
    double withViewMs = -1;  // the same under the sorting proxy and the shown table, until painted
};

// Switches between two disjoint scopes of 50,000 rows each: every switch resets the model.
ResetTimes resetTimes(Sync::ClientCache &cache)
{
    const QString firstHalf = QStringLiteral("rowid <= %1").arg(ResetRows);
    const QString secondHalf = QStringLiteral("rowid > %1").arg(CacheRows - ResetRows);
    const auto measure = [&](Ui::CampaignListModel &model, bool paint) {
        QList<double> runs;
        for (int i = 0; i <= ResetRuns; ++i) {
            QElapsedTimer timer;
            timer.start();
            model.setScope(i % 2 ? secondHalf : firstHalf);
            if (paint)
                QCoreApplication::processEvents();
            if (model.rowCount() != ResetRows)
                return -1.0;
            if (i > 0) // the first switch only warms up
                runs.append(timer.nsecsElapsed() / 1e6);
        }
        return median(runs);
    };
    ResetTimes times;
    {
        Ui::CampaignListModel model(cache);
        times.modelOnlyMs = measure(model, false);
    }
    Bench::CampaignListWindow list(cache);
    list.window.show();
    QCoreApplication::processEvents();
    times.withViewMs = measure(list.model, true);
    return times;
}

QString number(double value, int decimals = 0)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    const double startToMainMs = Bench::ColdStartProbe::msSinceProcessStart();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer applicationTimer;
    applicationTimer.start();
    QApplication app(argc, argv);
    const double applicationMs = double(applicationTimer.nsecsElapsed()) / 1e6;
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == ColdStartFlag)
        return Bench::ColdStartProbe::run(app, {args.at(2), args.at(3), ReadyMarker, startToMainMs, applicationMs});
    if (args.size() == 3 && args.at(1) == BuildCacheFlag) { // keep a cache file to look at
        const auto kept = Bench::SyntheticCampaignCache::build(args.at(2), CacheRows, 1);
        return kept ? 0 : 1;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString bigCache = dir.filePath(QStringLiteral("campaigns-100k.db"));
    const QString emptyCache = dir.filePath(QStringLiteral("empty.db"));
    QTextStream(stderr) << "bench: building a cache of " << CacheRows << " campaigns through PullApplier...\n";
    // One brand owns them all: the brand's campaign list shows the whole cache.
    const auto built = Bench::SyntheticCampaignCache::build(bigCache, CacheRows, 1);
    const auto empty = Bench::SyntheticCampaignCache::build(emptyCache, 0);
    if (!built || !empty) {
        QTextStream(stderr) << "bench: " << (!built ? built.error().message : empty.error().message) << '\n';
        return 1;
    }

    QTextStream(stderr) << "bench: cold starts...\n";
    const ColdStart big = medianColdStart(bigCache, ColdStartRuns);
    const ColdStart baseline = medianColdStart(emptyCache, ColdStartRuns);
    const double sqliteMs = sqlite3ScanMs(bigCache);

    QTextStream(stderr) << "bench: model resets...\n";
    ResetTimes reset;
    double qtSqlMs = -1;
    {
        auto cache = Sync::ClientCache::open(bigCache);
        if (!cache)
            return 1;
        qtSqlMs = qtSqlScanMs(**cache);
        reset = resetTimes(**cache);
    }

    out() << "\n## Client: 100,000 cached campaigns (" << QSysInfo::prettyProductName() << ", "
          << QThread::idealThreadCount() << " cores, Qt " << qVersion() << ", offscreen)\n\n"
          << "Cache: " << built->rows << " campaign rows, " << number(built->bytes / 1048576.0, 1)
          << " MiB, written by PullApplier from " << (CacheRows / Bench::SyntheticCampaignCache::PageSize)
          << " pull pages in " << number(built->applyMs) << " ms.\n\n"
          << "| Measure | ClipDesk | Reference (same run) | Goal |\n|---|---:|---:|---:|\n"
          << "| (a) cold start → brand's campaign list painted, 100k rows (ms, median of " << ColdStartRuns << ") | "
          << number(big.startToPaintMs) << " | empty cache: " << number(baseline.startToPaintMs)
          << "; `sqlite3` count + full scan: " << number(sqliteMs) << " | < 400 |\n"
          << "| (a) same, seen by the parent (spawn → report, ms) | " << number(big.spawnToReadyMs)
          << " | empty cache: " << number(baseline.spawnToReadyMs) << " | |\n"
          << "| (a) of which: process start → main / QApplication / window / signed in (cache, shell, page, model) / painted (ms) | "
          << number(big.startToMainMs) << " / " << number(big.applicationMs, 1) << " / " << number(big.windowMs, 1)
          << " / " << number(big.signedInMs - big.windowMs, 1) << " / "
          << number(big.startToPaintMs - big.startToMainMs - big.applicationMs - big.signedInMs, 1)
          << " | empty cache: " << number(baseline.startToMainMs) << " / " << number(baseline.applicationMs, 1) << " / "
          << number(baseline.windowMs, 1) << " / " << number(baseline.signedInMs - baseline.windowMs, 1)
          << "; QtSql alone, same query, warm (ms, median of 3): " << number(qtSqlMs) << " | |\n"
          << "| (a) rows shown | " << big.rows << " | | " << CacheRows << " |\n"
          << "| (b) model reset over 50k rows, model only (ms, median of " << ResetRuns << ") | "
          << number(reset.modelOnlyMs, 1) << " | | |\n"
          << "| (b) model reset over 50k rows, sorted proxy + shown table (ms, median of " << ResetRuns << ") | "
          << number(reset.withViewMs, 1) << " | | |\n"
          << "| (c) VmRSS after start, 100k cache (MiB) | " << number(big.rssMib, 1) << " | empty cache: "
          << number(baseline.rssMib, 1) << " | |\n"
          << "| (c) VmHWM after start, 100k cache (MiB) | " << number(big.hwmMib, 1) << " | empty cache: "
          << number(baseline.hwmMib, 1) << " | |\n\n"
          << "sqlite3 " << Bench::Sqlite3Reference::version()
          << "; cold start = a fresh process going the app's real way (MainWindow, stored session adopted offline, "
             "AccountWorkspace, AppShell, CampaignsPage), measured from its start time in /proc/self/stat (10 ms "
             "ticks) until the event loop has processed the campaign table's first paint (the cache file is in the "
             "page cache).\n";
    out().flush();
    return 0;
}

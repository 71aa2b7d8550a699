// clipdesk-bench-sync: the client cache and sync protocol against the real clipdesk-server,
// next to same-run sqlite3 CLI references. Prints a Markdown table.
//   (a) initial pull of N campaign and offer rows over HTTP into an empty ClientCache file
//       vs. the sqlite3 CLI importing the same rows from CSV into an equivalent table;
//   (b) push throughput (outbox → /sync/push → markResults) in batches of 50 and of 1
//       vs. the sqlite3 CLI committing as many durable single-row transactions;
//   (c) latency from a push on client A to the poke on client B's WebSocket.
#include "sqlite3reference.h"
#include "syncapiclient.h"

#include "domain/fieldversions.h"
#include "net/bundledserver.h"
#include "storage/campaignrepository.h"
#include "storage/changesequence.h"
#include "storage/database.h"
#include "storage/offerrepository.h"
#include "sync/clientcache.h"
#include "sync/outbox.h"
#include "sync/pullapplier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>

using namespace ClipDesk;
using namespace ClipDesk::Bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void warn(const QString &text)
{
    QTextStream(stderr) << "bench: " << text << '\n';
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString number(double value)
{
    return value >= 100 ? QString::number(qRound64(value)) : QString::number(value, 'f', value >= 10 ? 1 : 2);
}

// Writes `count` active public campaigns of the brand and one pending invite per campaign to
// the clipper straight into the server's database, through the server's own repositories, in
// one transaction (pushing 100,000 creations one by one would take minutes).
Status seed(const QString &databasePath, const BenchAccount &brand, const BenchAccount &clipper, int count)
{
    Storage::DatabaseLocation location;
    location.sqlitePath = databasePath;
    auto db = Storage::Database::open(location, QStringLiteral("bench-seed"));
    if (!db)
        return std::unexpected(db.error());
    Storage::WriteTransaction transaction(**db);
    if (!transaction.begun())
        return transaction.begun();
    if (auto locked = Storage::ChangeSequence::lockForWrite(**db); !locked)
        return std::unexpected(locked.error());
    Storage::CampaignRepository campaigns(**db);
    Storage::OfferRepository offers(**db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        Domain::Campaign c;
        c.id = newId();
        c.brandId = brand.id;
        c.name = QStringLiteral("Bench campaign %1").arg(i);
        c.briefMarkdown = QStringLiteral("Cut the best moments of the launch stream into vertical clips.");
        c.category = QStringLiteral("gaming");
        c.goals = QStringLiteral("Reach");
        c.disclosureText = QStringLiteral("#ad");
        c.startsAtMs = now - 86'400'000;
        c.endsAtMs = now + 90 * 86'400'000LL;
        c.budget = Domain::Money{1'000'000 + i, QStringLiteral("USD")};
        c.cpmRateMinor = 250;
        c.perClipMinor = 1'000;
        c.platforms = {Domain::Platform::TikTok, Domain::Platform::YouTubeShorts};
        c.requiredHashtags = {QStringLiteral("#ad")};
        c.status = Domain::CampaignStatus::Active;
        c.createdAtMs = now;
        c.updatedAtMs = now;
        c.version = 1;
        auto seq = Storage::ChangeSequence::next(**db);
        if (!seq)
            return std::unexpected(seq.error());
        if (auto inserted = campaigns.insert(Storage::StoredCampaign{c, Domain::FieldVersions(), false, *seq}, *seq); !inserted)
            return inserted;

        Domain::Offer o;
        o.id = newId();
        o.threadId = o.id;
        o.campaignId = c.id;
        o.brandId = brand.id;
        o.clipperId = clipper.id;
        o.terms = Domain::OfferTerms{QStringLiteral("3 clips"), 2'000, 0, QStringLiteral("USD"), QStringLiteral("Welcome aboard")};
        o.createdAtMs = now;
        o.version = 1;
        seq = Storage::ChangeSequence::next(**db);
        if (!seq)
            return std::unexpected(seq.error());
        if (auto inserted = offers.insert(o, *seq); !inserted)
            return inserted;
    }
    return transaction.commit();
}

struct PullRun
{
    qint64 rows = 0;
    int pages = 0;
    double seconds = 0;      // first request to last commit
    double localSeconds = 0; // JSON decode + PullApplier only
    QString error;
};

// The page's cursor and has_more, read from the end of the body (the keys are written in
// alphabetical order, after "changes"), so that the next page can be requested before this
// one is applied, as a sync engine would: the server works while the client writes.
std::optional<std::pair<qint64, bool>> pageTail(const QByteArray &body)
{
    static const QRegularExpression tail(QStringLiteral(R"("cursor":(\d+),"has_more":(true|false)\}\s*$)"));
    const auto match = tail.match(QString::fromLatin1(body.right(80)));
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1).toLongLong(), match.captured(2) == u"true"};
}

PullRun initialPull(SyncApiClient &api, const QString &token, Sync::ClientCache &cache, int pageSize)
{
    PullRun run;
    Sync::PullApplier applier(cache);
    QElapsedTimer total;
    total.start();
    const auto request = [&](qint64 cursor) {
        return api.start("GET", QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(pageSize), token);
    };
    QNetworkReply *next = request(0);
    while (next) {
        const ApiReply reply = SyncApiClient::finish(next);
        next = nullptr;
        if (reply.status != 200) {
            run.error = QStringLiteral("pull answered %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(300)));
            return run;
        }
        const auto tail = pageTail(reply.body);
        if (tail && tail->second) {
            next = request(tail->first);
            // QNetworkAccessManager starts requests from the event loop and sends them on its
            // own thread: let it start before this thread is busy applying.
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        }
        QElapsedTimer local;
        local.start();
        const auto applied = applier.applyResponse(reply.body);
        if (!applied) {
            run.error = applied.error().message;
            return run;
        }
        run.localSeconds += local.nsecsElapsed() / 1e9;
        run.rows += applied->upserts + applied->deletes;
        ++run.pages;
        if (!tail && applied->hasMore)
            next = request(applied->cursor); // no tail found: ask again, one page at a time
    }
    run.seconds = total.nsecsElapsed() / 1e9;
    return run;
}

// The same pages again without applying them: what the server and the transfer take alone.
PullRun serverOnlyPull(SyncApiClient &api, const QString &token, int pageSize)
{
    PullRun run;
    QElapsedTimer total;
    total.start();
    for (qint64 cursor = 0;;) {
        const ApiReply reply = api.send("GET", QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(pageSize), token);
        const auto tail = pageTail(reply.body);
        if (reply.status != 200 || !tail) {
            run.error = QStringLiteral("pull answered %1").arg(reply.status);
            return run;
        }
        run.rows += reply.body.count("\"op\":");
        ++run.pages;
        cursor = tail->first;
        if (!tail->second)
            break;
    }
    run.seconds = total.nsecsElapsed() / 1e9;
    return run;
}

QByteArray pushBody(const QString &clientId, const QList<Sync::OutboxEntry> &entries)
{
    QJsonArray mutations;
    for (const Sync::OutboxEntry &entry : entries)
        mutations.append(Sync::MutationCodec::toJson(entry.mutation));
    return QJsonDocument(QJsonObject{{QStringLiteral("client_id"), clientId}, {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact);
}

// Records the results of one push in the outbox; returns how many were ok, or -1.
int recordResults(Sync::Outbox &outbox, const ApiReply &reply)
{
    if (reply.status != 200) {
        warn(QStringLiteral("push answered %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body.left(300))));
        return -1;
    }
    QList<Sync::MutationResult> results;
    int ok = 0;
    for (const QJsonValue &value : reply.json().value(QStringLiteral("results")).toArray()) {
        const auto result = Sync::MutationCodec::resultFromJson(value);
        if (!result)
            return -1;
        ok += result->outcome == Sync::Outcome::Ok;
        results.append(*result);
    }
    return outbox.markResults(results) ? ok : -1;
}

Sync::Mutation renameMutation(const QJsonObject &campaign, int round)
{
    const QString id = campaign.value(QStringLiteral("id")).toString();
    return {newId(), QStringLiteral("campaign.update"),
            {{QStringLiteral("id"), id},
             {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed %1").arg(round)}}}},
            qint64(campaign.value(QStringLiteral("version")).toDouble())};
}

// No measurement runs longer than this; a slower server shows up as fewer operations.
constexpr qint64 MeasurementCapMs = 90'000;

struct PushRun
{
    int mutations = 0;
    int ok = 0;
    int enqueued = 0;
    double enqueueSeconds = 0;
    double pushSeconds = 0;
    bool capped = false; // stopped at MeasurementCapMs with mutations still queued
};

// Enqueues one campaign.update per campaign (optimistic apply + outbox row), then pushes the
// outbox in batches and records the server's answers, as the sync engine does.
PushRun push(SyncApiClient &api, const BenchAccount &brand, Sync::ClientCache &cache, Sync::Outbox &outbox, const QList<QJsonObject> &campaigns,
             int batch, int round)
{
    PushRun run;
    QElapsedTimer timer;
    timer.start();
    for (const QJsonObject &campaign : campaigns) {
        if (auto queued = outbox.enqueue(renameMutation(campaign, round)); !queued) {
            warn(QStringLiteral("enqueue failed: ") + queued.error().message);
            return run;
        }
        ++run.enqueued;
    }
    run.enqueueSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    for (;;) {
        const auto entries = outbox.pending(batch);
        if (!entries || entries->isEmpty())
            break;
        if (timer.elapsed() > MeasurementCapMs) {
            run.capped = true;
            break;
        }
        const ApiReply reply = SyncApiClient::finish(api.start("POST", QStringLiteral("/api/v1/sync/push"), brand.token,
                                                  pushBody(cache.clientId(), *entries)));
        const int ok = recordResults(outbox, reply);
        if (ok < 0)
            break;
        run.ok += ok;
        run.mutations += int(entries->size());
    }
    run.pushSeconds = timer.nsecsElapsed() / 1e9;
    return run;
}

struct LatencyRun
{
    QList<double> pokeMs;
    QList<double> replyMs;
    int missed = 0;
};

// Client A pushes one campaign.update at a time; client B (a clipper, who sees the public
// campaign) waits for the poke on its WebSocket.
LatencyRun pokeLatency(SyncApiClient &api, const BenchAccount &brand, const BenchAccount &watcher, Sync::ClientCache &cache, Sync::Outbox &outbox,
                       const QList<QJsonObject> &campaigns, int round)
{
    LatencyRun run;
    QWebSocket socket;
    QUrl url = api.base();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/ws"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + watcher.token.toLatin1());
    QEventLoop loop;
    bool poked = false;
    bool replied = false;
    qint64 lastCursor = -1;
    QObject::connect(&socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        const auto cursor = qint64(message.value(QStringLiteral("cursor")).toDouble());
        // A poke for an earlier push (or a second poke for the same commit) is not this push's.
        if (message.value(QStringLiteral("type")).toString() == u"poke" && cursor > lastCursor) {
            lastCursor = cursor;
            poked = true;
            if (replied)
                loop.quit();
        }
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    socket.open(request);
    loop.exec();
    if (socket.state() != QAbstractSocket::ConnectedState) {
        warn(QStringLiteral("client B's WebSocket did not connect: ") + socket.errorString());
        return run;
    }
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    for (const QJsonObject &campaign : campaigns) {
        if (elapsed.elapsed() > MeasurementCapMs || !outbox.enqueue(renameMutation(campaign, round)))
            break;
        const auto entries = outbox.pending(1);
        if (!entries || entries->isEmpty())
            break;
        poked = replied = false;
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = api.start("POST", QStringLiteral("/api/v1/sync/push"), brand.token, pushBody(cache.clientId(), *entries));
        double replyMs = -1;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            replied = true;
            replyMs = timer.nsecsElapsed() / 1e6;
            if (poked)
                loop.quit();
        });
        double pokeMs = -1;
        const auto pokeWatch = QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&] {
            if (pokeMs < 0 && poked)
                pokeMs = timer.nsecsElapsed() / 1e6;
        });
        deadline.start(2000);
        loop.exec();
        deadline.stop();
        QObject::disconnect(pokeWatch);
        if (recordResults(outbox, SyncApiClient::finish(reply)) < 0)
            break;
        if (pokeMs < 0)
            ++run.missed;
        else
            run.pokeMs.append(pokeMs);
        run.replyMs.append(replyMs);
    }
    socket.close();
    return run;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

void row(const QString &metric, const QString &value, const QString &reference, const QString &ratio)
{
    out() << "| " << metric << " | " << value << " | " << reference << " | " << ratio << " |\n";
}

QString ratioText(double ours, double reference, const QString &suffix = {})
{
    return ours > 0 && reference > 0 ? QString::number(ours / reference, 'f', 2) + suffix : QStringLiteral("n/a");
}

bool startServer(Net::BundledServer &server)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&server, &Net::BundledServer::started, &loop, [&] { ok = true; loop.quit(); });
    QObject::connect(&server, &Net::BundledServer::failed, &loop, [&](const QString &message) {
        warn(QStringLiteral("the server did not start: ") + message);
        loop.quit();
    });
    server.start();
    loop.exec();
    return ok;
}

QString writeConfig(const QTemporaryDir &dir)
{
    const QJsonObject auth{{QStringLiteral("max_attempts_per_account_per_hour"), 1'000'000},
                           {QStringLiteral("max_attempts_per_ip_per_hour"), 1'000'000}};
    const QString path = dir.filePath(QStringLiteral("bench-config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson());
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("clipdesk.*.info=false"));
    qputenv("QT_LOGGING_RULES", "*.debug=false;clipdesk.*.info=false");

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the ClipDesk client cache and sync protocol."));
    parser.addHelpOption();
    const QCommandLineOption binaryOption(QStringLiteral("server-binary"), QStringLiteral("The clipdesk-server to run."),
                                          QStringLiteral("path"),
                                          qEnvironmentVariable("CLIPDESK_SERVER_BINARY", QStringLiteral(CLIPDESK_SERVER_BINARY_PATH)));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows in the initial pull (half campaigns, half offers)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption pushesOption(QStringLiteral("pushes"), QStringLiteral("Mutations per push measurement."),
                                          QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption pokesOption(QStringLiteral("pokes"), QStringLiteral("Pushes in the poke latency measurement."),
                                         QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({binaryOption, rowsOption, pushesOption, pokesOption});
    // bench/run.sh passes the same arguments to every benchmark: options meant for another
    // one are noted, not fatal.
    if (!parser.parse(QCoreApplication::arguments()))
        warn(parser.errorText() + QStringLiteral(" (ignored)"));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp();
    const int rows = qBound(1000, parser.value(rowsOption).toInt(), 1'000'000);
    const int pushes = qBound(10, parser.value(pushesOption).toInt(), rows / 4);
    const int pokes = qBound(10, parser.value(pokesOption).toInt(), rows / 4);
    constexpr int PageSize = 5000;

    QTemporaryDir temp;
    const QString dataDir = temp.filePath(QStringLiteral("server"));
    Net::BundledServer server(dataDir);
    server.setServerBinary(parser.value(binaryOption));
    server.setExtraArguments({QStringLiteral("--config"), writeConfig(temp)});
    if (!startServer(server))
        return 1;
    SyncApiClient api(server.url());
    const auto brand = api.signUp(QStringLiteral("benchbrand"), QStringLiteral("brand"));
    const auto clipper = api.signUp(QStringLiteral("benchclipper"), QStringLiteral("clipper"));
    if (!brand || !clipper)
        return 1;
    QElapsedTimer seeding;
    seeding.start();
    if (auto seeded = seed(QDir(dataDir).filePath(QStringLiteral("clipdesk.db")), *brand, *clipper, rows / 2); !seeded) {
        warn(QStringLiteral("seeding failed: ") + seeded.error().message);
        return 1;
    }
    const double seedSeconds = seeding.nsecsElapsed() / 1e9;

    auto cache = Sync::ClientCache::open(temp.filePath(QStringLiteral("client-a.db")));
    if (!cache) {
        warn(cache.error().message);
        return 1;
    }
    const PullRun pull = initialPull(api, brand->token, **cache, PageSize);
    if (!pull.error.isEmpty()) {
        warn(pull.error);
        return 1;
    }
    const double importSeconds = Sqlite3Reference::importSeconds(**cache, temp);
    const PullRun serverOnly = serverOnlyPull(api, brand->token, PageSize);

    const auto campaigns = (*cache)->rows(Sync::Entity::Campaign, QStringLiteral("brand_id = ?"), {brand->id}, QStringLiteral("name"));
    if (!campaigns || campaigns->size() < 2 * pushes + pokes) {
        warn(QStringLiteral("the pull did not bring the seeded campaigns"));
        return 1;
    }
    Sync::Outbox outbox(**cache, Sync::Viewer{brand->id, Domain::Role::Brand});
    const PushRun batched = push(api, *brand, **cache, outbox, campaigns->mid(0, pushes), 50, 1);
    const PushRun single = batched.capped ? PushRun{} : push(api, *brand, **cache, outbox, campaigns->mid(pushes, pushes), 1, 1);
    QStringList referenceIds;
    for (const QJsonObject &campaign : campaigns->mid(0, pushes))
        referenceIds.append(campaign.value(QStringLiteral("id")).toString());
    const double sqliteCommits = Sqlite3Reference::commitsPerSecond(temp, referenceIds);
    const LatencyRun latency = single.capped || batched.capped ? LatencyRun{} : pokeLatency(api, *brand, *clipper, **cache, outbox, campaigns->mid(2 * pushes, pokes), 2);
    server.stop();

    const auto rate = [](double count, double seconds) { return seconds > 0 ? count / seconds : 0.0; };
    const auto rateText = [&](double count, double seconds) {
        return seconds > 0 ? QStringLiteral("%1 (%2 s)").arg(number(count / seconds), number(seconds)) : QStringLiteral("n/a");
    };
    out() << "### clipdesk sync " << CLIPDESK_VERSION << " — " << pull.rows << " rows pulled in " << pull.pages << " pages of up to "
          << PageSize << "; server seeded in " << number(seedSeconds) << " s through its repositories\n\n";
    out() << "| Metric | ClipDesk | Reference | Ratio |\n|---|---:|---|---:|\n";
    const QString importReference = QStringLiteral("%1 rows/s (%2 s): sqlite3 %3 CLI `.import` of the same rows from CSV into the same tables and indexes")
                                        .arg(number(rate(pull.rows, importSeconds)), number(importSeconds), Sqlite3Reference::version());
    row(QStringLiteral("Initial pull over HTTP into an empty ClientCache, next page fetched while one is applied (rows/s)"),
        rateText(pull.rows, pull.seconds), importReference, ratioText(pull.seconds, importSeconds, QStringLiteral("× its time (goal ≤ 3)")));
    row(QStringLiteral("… of which the client: JSON decode + PullApplier (rows/s)"), rateText(pull.rows, pull.localSeconds),
        QStringLiteral("same sqlite3 import"), ratioText(pull.localSeconds, importSeconds, QStringLiteral("× its time")));
    row(QStringLiteral("… the same pages fetched without applying them: server + transfer alone (rows/s)"),
        serverOnly.error.isEmpty() ? rateText(serverOnly.rows, serverOnly.seconds) : serverOnly.error,
        QStringLiteral("same sqlite3 import"), ratioText(serverOnly.seconds, importSeconds, QStringLiteral("× its time")));
    const QString commitReference = QStringLiteral("%1 tx/s: sqlite3 CLI, %2 durable single-row UPDATE transactions (WAL, synchronous=FULL)")
                                        .arg(number(sqliteCommits))
                                        .arg(pushes);
    for (const auto &[run, batch] : {std::pair{&batched, 50}, std::pair{&single, 1}}) {
        const double perSecond = rate(run->mutations, run->pushSeconds);
        row(QStringLiteral("Push `campaign.update` from the outbox, batches of %1 (mutations/s)").arg(batch),
            perSecond > 0 ? QStringLiteral("%1 (%2 of %3 ok%4)").arg(number(perSecond)).arg(run->ok).arg(run->mutations)
                                .arg(run->capped ? QStringLiteral(", stopped at the time cap") : QString())
                          : QStringLiteral("skipped"),
            commitReference, ratioText(perSecond, sqliteCommits));
    }
    const double enqueued = rate(batched.enqueued + single.enqueued, batched.enqueueSeconds + single.enqueueSeconds);
    row(QStringLiteral("Enqueue: optimistic apply + outbox row, one durable transaction each (mutations/s)"), number(enqueued),
        commitReference, ratioText(enqueued, sqliteCommits));
    const QString missed = latency.missed ? QStringLiteral(", %1 pokes missed").arg(latency.missed) : QString();
    for (const double p : {0.5, 0.99}) {
        const QString name = p < 0.9 ? QStringLiteral("p50") : QStringLiteral("p99");
        row(QStringLiteral("Push on client A → poke on client B's WebSocket, %1 (ms, %2 pushes%3)").arg(name).arg(latency.replyMs.size()).arg(missed),
            latency.pokeMs.isEmpty() ? QStringLiteral("n/a") : number(percentile(latency.pokeMs, p)),
            QStringLiteral("%1 ms: A's own push round trip, %2").arg(number(percentile(latency.replyMs, p)), name),
            ratioText(percentile(latency.pokeMs, p), percentile(latency.replyMs, p)));
    }
    out().flush();
    return 0;
}

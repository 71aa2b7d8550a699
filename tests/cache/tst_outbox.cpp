// The outbox: durable, ordered queue of mutations; optimistic apply in the same transaction;
// what the server's answers do; rebase of pending mutations on top of fresh server rows.

#include "cachefixture.h"

#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/pullapplier.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;
using Sync::Entity::Campaign;

namespace {

QJsonObject nameChange(const QString &id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("name"), name}}}};
}

QString nameOf(Sync::ClientCache &cache, const QString &id)
{
    const auto row = cache.row(Campaign, id);
    if (!row || !*row)
        return QStringLiteral("<missing>");
    return (*row)->value(QStringLiteral("name")).toString();
}

qint64 keptServerRows(Sync::ClientCache &cache)
{
    const auto row = cache.database().queryOne(QStringLiteral("SELECT COUNT(*) FROM server_rows"));
    return row && *row ? (*row)->value(0).toLongLong() : -1;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void enqueueAppliesAndQueuesInOneTransaction();
    void enqueuedMutationsSurviveReopenInOrder();
    void pendingHonoursTheLimit();
    void refusesInvalidMutationsBeforeTheyEnterTheOutbox_data();
    void refusesInvalidMutationsBeforeTheyEnterTheOutbox();
    void refusesADuplicateMutationId();
    void okResultRemovesTheEntry();
    void rejectedResultIsKeptAndItsEffectUndone();
    void conflictResultIsKeptWithTheServerRow();
    void unknownResultIds();
    void dismissRemovesOnlyIssues();
    void rebaseReappliesPendingOnTopOfFreshServerRows();
    void rebaseKeepsAMutationThatNoLongerApplies();
    void rebaseAfterTheServerDeletedTheRow();
    void pullWithoutOutboxOverwritesOptimisticRows();

private:
    QString m_brand;
    Domain::Campaign m_campaign;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sync::ClientCache> m_cache;
    std::unique_ptr<Sync::Outbox> m_outbox;
};

void TestOutbox::init()
{
    m_outbox.reset();
    m_cache.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = openCache(*m_dir);
    QVERIFY(m_cache);
    m_brand = newId();
    m_outbox = std::make_unique<Sync::Outbox>(*m_cache, Sync::Viewer{m_brand, Domain::Role::Brand});
    m_campaign = activeCampaign(newId(), m_brand);
    Sync::PullApplier applier(*m_cache);
    QVERIFY(applier.apply(page({upsert(Campaign, m_campaign.id, campaignRow(m_campaign), 1)}, 1)));
}

void TestOutbox::enqueueAppliesAndQueuesInOneTransaction()
{
    QSignalSpy changed(m_cache.get(), &Sync::ClientCache::entitiesChanged);
    const QString id = newId();
    const Sync::Mutation create = mutation(QStringLiteral("campaign.create"),
                                           {{QStringLiteral("id"), id},
                                            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Fresh")},
                                                                                   {QStringLiteral("category"), QStringLiteral("music")}}}});
    const auto seq = m_outbox->enqueue(create);
    QVERIFY2(seq, seq ? "" : qPrintable(seq.error().message));
    QVERIFY(*seq > 0);

    const auto row = m_cache->row(Campaign, id).value_or(std::nullopt);
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("name")).toString(), QStringLiteral("Fresh"));
    QCOMPARE(row->value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(row->value(QStringLiteral("brand_id")).toString(), m_brand);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{Campaign});

    const auto pending = m_outbox->pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).seq, *seq);
    QCOMPARE(pending->at(0).mutation, create);
    QCOMPARE(pending->at(0).state, Sync::OutboxState::Pending);
    QVERIFY(!pending->at(0).result);
    // The server has no such row yet: the kept server copy says so.
    QCOMPARE(keptServerRows(*m_cache), 1);
}

void TestOutbox::enqueuedMutationsSurviveReopenInOrder()
{
    QList<Sync::Mutation> made;
    for (const char *name : {"First", "Second", "Third"}) {
        made.append(mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QString::fromLatin1(name)), 3));
        QVERIFY(m_outbox->enqueue(made.constLast()));
    }
    m_outbox.reset();
    m_cache.reset(); // as if the app was closed (or crashed after the commits)

    m_cache = openCache(*m_dir);
    QVERIFY(m_cache);
    m_outbox = std::make_unique<Sync::Outbox>(*m_cache, Sync::Viewer{m_brand, Domain::Role::Brand});
    const auto pending = m_outbox->pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pending->at(i).mutation, made.at(i));
    QVERIFY(pending->at(0).seq < pending->at(1).seq && pending->at(1).seq < pending->at(2).seq);
    QCOMPARE(nameOf(*m_cache, m_campaign.id), QStringLiteral("Third"));
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 3);
}

void TestOutbox::pendingHonoursTheLimit()
{
    for (int i = 0; i < 7; ++i)
        QVERIFY(m_outbox->enqueue(mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("N%1").arg(i)))));
    const auto batch = m_outbox->pending(5);
    QVERIFY(batch);
    QCOMPARE(batch->size(), 5);
    QCOMPARE(batch->at(0).mutation.args.value(QStringLiteral("changes")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("N0"));
    QCOMPARE(m_outbox->pending(-1).value_or(QList<Sync::OutboxEntry>()).size(), 7);
}

void TestOutbox::refusesInvalidMutationsBeforeTheyEnterTheOutbox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("code");
    const QString id = QStringLiteral("{campaign}");
    QTest::newRow("budget taken away from an active campaign")
        << QStringLiteral("campaign.update")
        << QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("changes"), QJsonObject{{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 0}, {QStringLiteral("currency"), QStringLiteral("USD")}}}}}}
        << QStringLiteral("invalid_argument");
    QTest::newRow("read-only field") << QStringLiteral("campaign.update")
                                     << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("changes"), QJsonObject{{QStringLiteral("status"), QStringLiteral("paused")}}}}
                                     << QStringLiteral("invalid_argument");
    QTest::newRow("illegal transition") << QStringLiteral("campaign.set_status")
                                        << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("draft")}}
                                        << QStringLiteral("invalid_argument");
    QTest::newRow("deleting an active campaign") << QStringLiteral("campaign.delete") << QJsonObject{{QStringLiteral("id"), id}}
                                                 << QStringLiteral("invalid_argument");
    QTest::newRow("someone else's campaign") << QStringLiteral("campaign.update") << nameChange(QStringLiteral("{other}"), QStringLiteral("X"))
                                             << QStringLiteral("not_found");
    QTest::newRow("campaign without a name") << QStringLiteral("campaign.create")
                                             << QJsonObject{{QStringLiteral("id"), QStringLiteral("{new}")}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("brief"), QStringLiteral("x")}}}}
                                             << QStringLiteral("invalid_argument");
    QTest::newRow("admin-only mutation") << QStringLiteral("admin.flag_campaign")
                                         << QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("spam")}}
                                         << QStringLiteral("forbidden");
    QTest::newRow("unknown mutation") << QStringLiteral("campaign.explode") << QJsonObject{{QStringLiteral("id"), id}}
                                      << QStringLiteral("unknown_mutation");
}

void TestOutbox::refusesInvalidMutationsBeforeTheyEnterTheOutbox()
{
    QFETCH(QString, name);
    QFETCH(QJsonObject, args);
    QFETCH(QString, code);
    // Placeholders: this test's campaign, a campaign of another brand, a fresh id.
    const Domain::Campaign other = activeCampaign(newId(), newId());
    QVERIFY(Sync::PullApplier(*m_cache).apply(page({upsert(Campaign, other.id, campaignRow(other), 2)}, 2)));
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (it.value() == QJsonValue(QStringLiteral("{campaign}")))
            it.value() = m_campaign.id;
        else if (it.value() == QJsonValue(QStringLiteral("{other}")))
            it.value() = other.id;
        else if (it.value() == QJsonValue(QStringLiteral("{new}")))
            it.value() = newId();
    }
    QSignalSpy changed(m_cache.get(), &Sync::ClientCache::entitiesChanged);

    const auto refused = m_outbox->enqueue(mutation(name, args, 3));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, code);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 0);
    QCOMPARE(m_outbox->issues().value_or(QList<Sync::OutboxEntry>{Sync::OutboxEntry{}}).size(), 0);
    QCOMPARE(m_cache->row(Campaign, m_campaign.id).value_or(std::nullopt), std::optional(campaignRow(m_campaign)));
    QCOMPARE(m_cache->rowCount(Campaign).value_or(-1), 2);
    QCOMPARE(keptServerRows(*m_cache), 0);
    QCOMPARE(changed.size(), 0);
}

void TestOutbox::refusesADuplicateMutationId()
{
    Sync::Mutation rename = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("Once")));
    QVERIFY(m_outbox->enqueue(rename));
    rename.args = nameChange(m_campaign.id, QStringLiteral("Twice"));
    const auto again = m_outbox->enqueue(rename);
    QVERIFY(!again);
    QCOMPARE(again.error().code, QStringLiteral("already_exists"));
    QCOMPARE(nameOf(*m_cache, m_campaign.id), QStringLiteral("Once"));
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 1);
}

void TestOutbox::okResultRemovesTheEntry()
{
    const Sync::Mutation first = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("One")));
    const Sync::Mutation second = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("Two")));
    QVERIFY(m_outbox->enqueue(first));
    QVERIFY(m_outbox->enqueue(second));
    QVERIFY(m_outbox->markResult(Sync::MutationResult::ok(first.id, {{QStringLiteral("id"), m_campaign.id}, {QStringLiteral("version"), 4}})));
    const auto pending = m_outbox->pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).mutation.id, second.id);
    QVERIFY(m_outbox->issues().value_or(QList<Sync::OutboxEntry>{Sync::OutboxEntry{}}).isEmpty());
    QCOMPARE(nameOf(*m_cache, m_campaign.id), QStringLiteral("Two")); // accepted edits stay visible
}

void TestOutbox::rejectedResultIsKeptAndItsEffectUndone()
{
    const Sync::Mutation rename = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("Refused")));
    const QString createdId = newId();
    const Sync::Mutation create = mutation(QStringLiteral("campaign.create"),
                                           {{QStringLiteral("id"), createdId},
                                            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Kept")}}}});
    QVERIFY(m_outbox->enqueue(rename));
    QVERIFY(m_outbox->enqueue(create));
    QCOMPARE(nameOf(*m_cache, m_campaign.id), QStringLiteral("Refused"));

    QSignalSpy changed(m_cache.get(), &Sync::ClientCache::entitiesChanged);
    const Error error{QStringLiteral("invalid_argument"), QStringLiteral("That name is taken.")};
    QVERIFY(m_outbox->markResults({Sync::MutationResult::rejected(rename.id, error)}));
    QCOMPARE(changed.size(), 1);

    // The server's row is back; the later, still pending mutation keeps its effect.
    QCOMPARE(nameOf(*m_cache, m_campaign.id), m_campaign.name);
    QCOMPARE(nameOf(*m_cache, createdId), QStringLiteral("Kept"));
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 1);

    // Never silently dropped: the issue survives a restart with the server's words.
    m_outbox.reset();
    m_cache.reset();
    m_cache = openCache(*m_dir);
    QVERIFY(m_cache);
    m_outbox = std::make_unique<Sync::Outbox>(*m_cache, Sync::Viewer{m_brand, Domain::Role::Brand});
    const auto issues = m_outbox->issues();
    QVERIFY(issues);
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->at(0).mutation, rename);
    QCOMPARE(issues->at(0).state, Sync::OutboxState::Rejected);
    QVERIFY(issues->at(0).result);
    QCOMPARE(issues->at(0).result->code, error.code);
    QCOMPARE(issues->at(0).result->message, error.message);
    // A later rebase does not re-apply it.
    QVERIFY(m_outbox->rebase());
    QCOMPARE(nameOf(*m_cache, m_campaign.id), m_campaign.name);
}

void TestOutbox::conflictResultIsKeptWithTheServerRow()
{
    const Sync::Mutation rename = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("Mine")), 3);
    QVERIFY(m_outbox->enqueue(rename));
    Domain::Campaign theirs = m_campaign;
    theirs.name = QStringLiteral("Theirs");
    theirs.version = 5;
    QVERIFY(m_outbox->markResult(Sync::MutationResult::conflict(rename.id, campaignRow(theirs))));
    const auto issues = m_outbox->issues();
    QVERIFY(issues);
    QCOMPARE(issues->size(), 1);
    QCOMPARE(issues->at(0).state, Sync::OutboxState::Conflict);
    QVERIFY(issues->at(0).result);
    QCOMPARE(issues->at(0).result->outcome, Sync::Outcome::Conflict);
    QCOMPARE(issues->at(0).result->current, campaignRow(theirs));
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 0);
    QCOMPARE(nameOf(*m_cache, m_campaign.id), m_campaign.name); // the pull brings "Theirs"
}

void TestOutbox::unknownResultIds()
{
    const auto unknown = m_outbox->markResult(Sync::MutationResult::ok(newId()));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, QStringLiteral("not_found"));
    // A batch (e.g. answers to a retried push) skips ids it no longer has.
    const Sync::Mutation rename = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("A")));
    QVERIFY(m_outbox->enqueue(rename));
    QVERIFY(m_outbox->markResults({Sync::MutationResult::ok(newId()), Sync::MutationResult::ok(rename.id)}));
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 0);
}

void TestOutbox::dismissRemovesOnlyIssues()
{
    const Sync::Mutation pendingOne = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("P")));
    const Sync::Mutation rejectedOne = mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("R")));
    QVERIFY(m_outbox->enqueue(pendingOne));
    QVERIFY(m_outbox->enqueue(rejectedOne));
    QVERIFY(m_outbox->markResult(Sync::MutationResult::rejected(rejectedOne.id, {QStringLiteral("not_found"), QStringLiteral("Gone.")})));
    const auto refused = m_outbox->dismiss(pendingOne.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("not_found"));
    QVERIFY(m_outbox->dismiss(rejectedOne.id));
    QVERIFY(m_outbox->issues().value_or(QList<Sync::OutboxEntry>{Sync::OutboxEntry{}}).isEmpty());
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 1);
}

void TestOutbox::rebaseReappliesPendingOnTopOfFreshServerRows()
{
    QVERIFY(m_outbox->enqueue(mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("Local name")), 3)));

    // Meanwhile someone else raised the budget on the server (a different field: it merges).
    Domain::Campaign server = m_campaign;
    server.budget.minor = 900'000;
    server.version = 4;
    QSignalSpy changed(m_cache.get(), &Sync::ClientCache::entitiesChanged);
    Sync::PullApplier applier(*m_cache, m_outbox.get());
    const auto applied = applier.apply(page({upsert(Campaign, server.id, campaignRow(server), 2)}, 2));
    QVERIFY(applied);
    QVERIFY(applied->rebased);
    QCOMPARE(changed.size(), 1); // one refresh, never a flash of the server row alone

    auto row = m_cache->row(Campaign, m_campaign.id).value_or(std::nullopt);
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("name")).toString(), QStringLiteral("Local name"));
    QCOMPARE(row->value(QStringLiteral("budget")).toObject().value(QStringLiteral("minor")).toInteger(), 900'000);
    QCOMPARE(row->value(QStringLiteral("version")).toInteger(), 4);

    // The server accepts the edit; its row arrives with both changes and the rebase settles on it.
    const auto pending = m_outbox->pending();
    QVERIFY(pending && pending->size() == 1);
    QVERIFY(m_outbox->markResult(Sync::MutationResult::ok(pending->at(0).mutation.id)));
    server.name = QStringLiteral("Local name");
    server.version = 5;
    QVERIFY(applier.apply(page({upsert(Campaign, server.id, campaignRow(server), 3)}, 3)));
    QCOMPARE(m_cache->row(Campaign, m_campaign.id).value_or(std::nullopt), std::optional(campaignRow(server)));
    QCOMPARE(keptServerRows(*m_cache), 0);
}

void TestOutbox::rebaseKeepsAMutationThatNoLongerApplies()
{
    const Sync::Mutation pause = mutation(QStringLiteral("campaign.set_status"),
                                          {{QStringLiteral("id"), m_campaign.id}, {QStringLiteral("status"), QStringLiteral("paused")}}, 3);
    QVERIFY(m_outbox->enqueue(pause));
    QCOMPARE(m_cache->row(Campaign, m_campaign.id).value_or(std::nullopt)->value(QStringLiteral("status")).toString(),
             QStringLiteral("paused"));

    // The server completed the campaign meanwhile: pausing no longer applies locally.
    Domain::Campaign completed = m_campaign;
    completed.status = Domain::CampaignStatus::Completed;
    completed.version = 4;
    Sync::PullApplier applier(*m_cache, m_outbox.get());
    QVERIFY(applier.apply(page({upsert(Campaign, completed.id, campaignRow(completed), 2)}, 2)));
    QCOMPARE(m_cache->row(Campaign, m_campaign.id).value_or(std::nullopt), std::optional(campaignRow(completed)));
    // Still queued: the server decides, and its answer goes to the Sync issues panel.
    const auto pending = m_outbox->pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).mutation, pause);
}

void TestOutbox::rebaseAfterTheServerDeletedTheRow()
{
    QVERIFY(m_outbox->enqueue(mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("Edited")))));
    Sync::PullApplier applier(*m_cache, m_outbox.get());
    QVERIFY(applier.apply(page({tombstone(Campaign, m_campaign.id, 2)}, 2)));
    QVERIFY(!m_cache->row(Campaign, m_campaign.id).value_or(QJsonObject()).has_value());
    QCOMPARE(m_outbox->pendingCount().value_or(-1), 1);

    // If the server shows it again (e.g. visible again), the pending edit is back on top.
    QVERIFY(applier.apply(page({upsert(Campaign, m_campaign.id, campaignRow(m_campaign), 3)}, 3)));
    QCOMPARE(nameOf(*m_cache, m_campaign.id), QStringLiteral("Edited"));
}

void TestOutbox::pullWithoutOutboxOverwritesOptimisticRows()
{
    // A PullApplier without the outbox (tools) does not rebase: rows kept for pending mutations
    // get the server's version, the visible row stays until the next rebase.
    QVERIFY(m_outbox->enqueue(mutation(QStringLiteral("campaign.update"), nameChange(m_campaign.id, QStringLiteral("Edited")))));
    Domain::Campaign server = m_campaign;
    server.name = QStringLiteral("Server");
    server.version = 9;
    Sync::PullApplier bare(*m_cache);
    const auto applied = bare.apply(page({upsert(Campaign, server.id, campaignRow(server), 2)}, 2));
    QVERIFY(applied);
    QVERIFY(!applied->rebased);
    QCOMPARE(nameOf(*m_cache, m_campaign.id), QStringLiteral("Edited"));
    QVERIFY(m_outbox->rebase());
    auto row = m_cache->row(Campaign, m_campaign.id).value_or(std::nullopt);
    QVERIFY(row);
    QCOMPARE(row->value(QStringLiteral("name")).toString(), QStringLiteral("Edited"));
    QCOMPARE(row->value(QStringLiteral("version")).toInteger(), 9);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

// Campaign mutations; the test executable's main().
#include "tst_syncpush.h"

using namespace ClipDesk::Testing;
using namespace ClipDesk::Testing::PushTest;

void tst_SyncPush::campaignLifecycle()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("lifecycle"));
    QVERIFY(brand.isValid());

    const QString id = TestApiClient::newId();
    QJsonObject fields = SyncTestKit::readyFields(QStringLiteral("Summer drop"));
    fields.insert(QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 0}, {QStringLiteral("currency"), QStringLiteral("USD")}});
    QJsonObject result = m_kit.push(brand, QStringLiteral("campaign.create"), {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}});
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result), QJsonObject({{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}}));
    result = m_kit.push(brand, QStringLiteral("campaign.create"), {{QStringLiteral("id"), id}, {QStringLiteral("fields"), fields}});
    EXPECT_REJECTED(result, "already_exists");

    // Draft → paused is not a transition; a budget of zero cannot go active.
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "paused"), 1), "illegal_transition");
    result = m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "active"), 1);
    EXPECT_REJECTED(result, "invalid_argument");
    QVERIFY(result.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("budget")));

    result = m_kit.push(brand, QStringLiteral("campaign.update"),
                        changes(id, {{QStringLiteral("budget"), QJsonObject{{QStringLiteral("minor"), 900000},
                                                                           {QStringLiteral("currency"), QStringLiteral("USD")}}}}), 1);
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("version")).toInt(), 2);
    qint64 version = 2;
    for (const char *next : {"active", "paused", "active", "completed", "archived"}) {
        result = m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, next), version);
        EXPECT_STATUS(result, Ok);
        QCOMPARE(SyncTestKit::okResult(result).value(QStringLiteral("version")).toInteger(), ++version);
    }
    // Archived campaigns are read-only and cannot be deleted.
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("name"), QStringLiteral("x")}}), version),
                    "invalid_argument");
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.delete"), idArgs(id)), "illegal_transition");
    const QJsonObject row = m_kit.pulledRow(brand, QStringLiteral("campaign"), id);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("archived"));
    QCOMPARE(row.value(QStringLiteral("version")).toInteger(), version);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Summer drop"));
    QCOMPARE(row.value(QStringLiteral("payout_model")).toString(), QStringLiteral("cpm"));

    // Clone into a template (even from an archived campaign), rename, then delete the template.
    const QString templateId = TestApiClient::newId();
    result = m_kit.push(brand, QStringLiteral("campaign.clone"),
                        {{QStringLiteral("id"), id}, {QStringLiteral("new_id"), templateId},
                         {QStringLiteral("as_template"), true}, {QStringLiteral("name"), QStringLiteral("Drop template")}});
    EXPECT_STATUS(result, Ok);
    const QJsonObject templ = m_kit.pulledRow(brand, QStringLiteral("campaign"), templateId);
    QCOMPARE(templ.value(QStringLiteral("is_template")).toBool(), true);
    QCOMPARE(templ.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(templ.value(QStringLiteral("name")).toString(), QStringLiteral("Drop template"));
    QCOMPARE(templ.value(QStringLiteral("budget")), row.value(QStringLiteral("budget")));
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(templateId, "active"), 1),
                    "illegal_transition");
    result = m_kit.push(brand, QStringLiteral("campaign.delete"), idArgs(templateId));
    EXPECT_STATUS(result, Ok);
    QCOMPARE(SyncTestKit::okResult(result), idArgs(templateId));
    QVERIFY(m_kit.pulledRow(brand, QStringLiteral("campaign"), templateId).isEmpty());
    EXPECT_REJECTED(m_kit.push(brand, QStringLiteral("campaign.delete"), idArgs(templateId)), "not_found");
}

void tst_SyncPush::campaignAuthorization()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("owner"));
    const TestUser other = m_kit.user(QStringLiteral("brand"), QStringLiteral("other"));
    const TestUser clipper = m_kit.user(QStringLiteral("clipper"), QStringLiteral("clip"));
    const QString id = m_kit.campaign(brand, QStringLiteral("Owned"), true);
    QVERIFY(!id.isEmpty());

    const QJsonObject create{{QStringLiteral("id"), TestApiClient::newId()},
                             {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}};
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("campaign.create"), create), "forbidden");
    EXPECT_REJECTED(m_kit.push(clipper, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("name"), QStringLiteral("x")}}), 2),
                    "forbidden");
    // Another brand's campaign looks like no campaign at all.
    EXPECT_REJECTED(m_kit.push(other, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("name"), QStringLiteral("x")}}), 2),
                    "not_found");
    EXPECT_REJECTED(m_kit.push(other, QStringLiteral("campaign.set_status"), setStatus(id, "paused"), 2), "not_found");
    EXPECT_REJECTED(m_kit.push(other, QStringLiteral("campaign.delete"), idArgs(id)), "not_found");
    EXPECT_REJECTED(m_kit.push(other, QStringLiteral("campaign.clone"),
                               {{QStringLiteral("id"), id}, {QStringLiteral("new_id"), TestApiClient::newId()}}),
                    "not_found");
    // Read-only fields are refused, even by the owner, and nothing changes.
    for (const char *field : {"status", "brand_id", "version", "flagged_reason", "is_template"}) {
        const QJsonObject result = m_kit.push(brand, QStringLiteral("campaign.update"),
                                              changes(id, {{QString::fromLatin1(field), QStringLiteral("x")},
                                                           {QStringLiteral("name"), QStringLiteral("Renamed")}}),
                                              2);
        EXPECT_REJECTED(result, "invalid_argument");
    }
    const QJsonObject row = m_kit.pulledRow(brand, QStringLiteral("campaign"), id);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Owned"));
    QCOMPARE(row.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("brand_id")).toString(), brand.id);
}

void tst_SyncPush::perFieldConflicts()
{
    QFETCH(QString, backend);
    QVERIFY(m_kit.use(backend));
    const TestUser brand = m_kit.user(QStringLiteral("brand"), QStringLiteral("fields"));
    const QString id = m_kit.campaign(brand, QStringLiteral("Base"), false);
    QVERIFY(!id.isEmpty());

    // Two devices edit version 1: different fields merge.
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("name"), QStringLiteral("Device A")}}), 1), Ok);
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("goals"), QStringLiteral("Reach")}}), 1), Ok);
    // The same field, changed after the base version, conflicts and carries the current row.
    const QJsonObject conflict = m_kit.push(brand, QStringLiteral("campaign.update"),
                                            changes(id, {{QStringLiteral("name"), QStringLiteral("Device B")},
                                                         {QStringLiteral("brief"), QStringLiteral("New brief")}}),
                                            1);
    EXPECT_STATUS(conflict, Conflict);
    const QJsonObject current = conflict.value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(current.value(QStringLiteral("name")).toString(), QStringLiteral("Device A"));
    QCOMPARE(current.value(QStringLiteral("goals")).toString(), QStringLiteral("Reach"));
    QCOMPARE(current.value(QStringLiteral("version")).toInt(), 3);
    // Nothing of the conflicting mutation was applied, not even its other field.
    QJsonObject row = m_kit.pulledRow(brand, QStringLiteral("campaign"), id);
    QCOMPARE(row.value(QStringLiteral("brief")).toString(), QString());
    QCOMPARE(row.value(QStringLiteral("version")).toInt(), 3);
    // Rebased on the current version it goes through; re-sending the server's value is no change.
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("name"), QStringLiteral("Device B")}}), 3), Ok);
    const QJsonObject same = m_kit.push(brand, QStringLiteral("campaign.update"), changes(id, {{QStringLiteral("goals"), QStringLiteral("Reach")}}), 1);
    EXPECT_STATUS(same, Ok);
    QCOMPARE(SyncTestKit::okResult(same).value(QStringLiteral("version")).toInt(), 4);
    // Status changes conflict with status changes only.
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "active"), 1), Ok);
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "paused"), 4), Conflict);
    row = m_kit.pulledRow(brand, QStringLiteral("campaign"), id);
    QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Device B"));
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(row.value(QStringLiteral("version")).toInt(), 5);

    // One device edits the same field twice while offline (both based on version 5): its own
    // first edit is not a conflict for its second. Another device based on 5 still conflicts.
    const QString device = TestApiClient::newId();
    const QJsonObject firstEdit = TestApiClient::mutation(QStringLiteral("campaign.set_status"), setStatus(id, "paused"), 5);
    const QJsonObject secondEdit = TestApiClient::mutation(QStringLiteral("campaign.set_status"), setStatus(id, "active"), 5);
    EXPECT_STATUS(m_kit.pushWith(brand, device, firstEdit), Ok);
    EXPECT_STATUS(m_kit.pushWith(brand, device, secondEdit), Ok);
    EXPECT_STATUS(m_kit.push(brand, QStringLiteral("campaign.set_status"), setStatus(id, "paused"), 5), Conflict);
    QCOMPARE(m_kit.pulledRow(brand, QStringLiteral("campaign"), id).value(QStringLiteral("status")).toString(), QStringLiteral("active"));
}

QTEST_GUILESS_MAIN(tst_SyncPush)

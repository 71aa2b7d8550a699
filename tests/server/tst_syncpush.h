#pragma once

// POST /api/v1/sync/push against the real server on SQLite and PostgreSQL (core/sync/PROTOCOL.md).
// One test executable; the test functions live in tst_syncpush*.cpp.
#include "synctestkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QtTest>

namespace ClipDesk::Testing::PushTest {

inline const QString Ok = QStringLiteral("ok");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Conflict = QStringLiteral("conflict");

inline QJsonObject idArgs(const QString &id)
{
    return {{QStringLiteral("id"), id}};
}

inline QJsonObject changes(const QString &id, const QJsonObject &fields)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("changes"), fields}};
}

inline QJsonObject setStatus(const QString &id, const char *status)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("status"), QString::fromLatin1(status)}};
}

inline QJsonObject terms(qint64 perClipMinor)
{
    return {{QStringLiteral("per_clip_minor"), perClipMinor}, {QStringLiteral("requirements"), QStringLiteral("3 clips")}};
}

} // namespace ClipDesk::Testing::PushTest

#define EXPECT_STATUS(result, expected)                                                                               \
    QVERIFY2(SyncTestKit::status(result) == (expected), qPrintable(QJsonDocument(result).toJson(QJsonDocument::Compact)))
#define EXPECT_REJECTED(result, code)                                                                                 \
    do {                                                                                                               \
        EXPECT_STATUS(result, Rejected);                                                                               \
        QCOMPARE(SyncTestKit::errorCode(result), QStringLiteral(code));                                                \
    } while (false)

class tst_SyncPush final : public QObject
{
    Q_OBJECT

private slots:
    void campaignLifecycle_data() { BackendFixture::addBackendColumn(); }
    void campaignLifecycle();
    void campaignAuthorization_data() { BackendFixture::addBackendColumn(); }
    void campaignAuthorization();
    void perFieldConflicts_data() { BackendFixture::addBackendColumn(); }
    void perFieldConflicts();
    void negotiationAndMembership_data() { BackendFixture::addBackendColumn(); }
    void negotiationAndMembership();
    void applicationsAndWithdrawals_data() { BackendFixture::addBackendColumn(); }
    void applicationsAndWithdrawals();
    void profileUpdateConflictsPerField_data() { BackendFixture::addBackendColumn(); }
    void profileUpdateConflictsPerField();
    void adminFlagsCampaign_data() { BackendFixture::addBackendColumn(); }
    void adminFlagsCampaign();
    void adminFlagsUser_data() { BackendFixture::addBackendColumn(); }
    void adminFlagsUser();
    void badInputChangesNothing_data() { BackendFixture::addBackendColumn(); }
    void badInputChangesNothing();
    void retryIsAppliedOnce_data() { BackendFixture::addBackendColumn(); }
    void retryIsAppliedOnce();
    void retryAfterRestartIsAppliedOnce_data() { BackendFixture::addBackendColumn(); }
    void retryAfterRestartIsAppliedOnce();
    void mixedPushKeepsOrder_data() { BackendFixture::addBackendColumn(); }
    void mixedPushKeepsOrder();

private:
    ClipDesk::Testing::SyncTestKit m_kit;
};


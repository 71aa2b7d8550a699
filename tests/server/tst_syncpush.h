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

// Each evaluates `result` (a push) once.
#define EXPECT_STATUS(result, expected)                                                                               \
    do {                                                                                                               \
        const QJsonObject expectedStatusResult = (result);                                                             \
        QVERIFY2(SyncTestKit::status(expectedStatusResult) == (expected),                                              \
                 QJsonDocument(expectedStatusResult).toJson(QJsonDocument::Compact).constData());                     \
    } while (false)
#define EXPECT_REJECTED(result, code)                                                                                 \
    do {                                                                                                               \
        const QJsonObject expectedRejection = (result);                                                                \
        EXPECT_STATUS(expectedRejection, Rejected);                                                                    \
        QCOMPARE(SyncTestKit::errorCode(expectedRejection), QStringLiteral(code));                                     \
    } while (false)

class tst_SyncPush final : public QObject
{
    Q_OBJECT

private slots:
    void campaignLifecycle_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void campaignLifecycle();
    void campaignAuthorization_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void campaignAuthorization();
    void perFieldConflicts_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void perFieldConflicts();
    void negotiationAndMembership_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void negotiationAndMembership();
    void applicationsAndWithdrawals_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void applicationsAndWithdrawals();
    void profileUpdateConflictsPerField_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void profileUpdateConflictsPerField();
    void adminFlagsCampaign_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void adminFlagsCampaign();
    void adminFlagsUser_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void adminFlagsUser();
    void badInputChangesNothing_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void badInputChangesNothing();
    void retryIsAppliedOnce_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void retryIsAppliedOnce();
    void retryAfterRestartIsAppliedOnce_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void retryAfterRestartIsAppliedOnce();
    void acknowledgedResultsAreForgotten_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void acknowledgedResultsAreForgotten();
    void mixedPushKeepsOrder_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void mixedPushKeepsOrder();

private:
    ClipDesk::Testing::SyncTestKit m_kit;
};


#pragma once

// The clip mutations and clip pulls against the real server on SQLite and PostgreSQL
// (core/sync/PROTOCOL.md, "Clips"). One test executable; the test functions live in
// tst_syncclips*.cpp.
#include "synctestkit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QtTest>

namespace ClipDesk::Testing::ClipTest {

inline const QString Ok = QStringLiteral("ok");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Conflict = QStringLiteral("conflict");
inline const QString Clip = QStringLiteral("clip");

// A brand's active campaign with clip rules, and a clipper who is a member of it.
struct ClipWorld
{
    TestUser brand;
    TestUser clipper;
    QString campaignId;
};

// Campaign fields with rules: #summerdrop required, a disclosure, #competitor banned, TikTok only.
QJsonObject ruledCampaignFields(const QString &name, int submissionLimit);
// A SHA-256 (hex) derived from `seed`.
QString sha(const QString &seed);
// Clip fields that pass every rule of ruledCampaignFields().
QJsonObject goodClipFields(const QString &title);
// Fingerprints (VideoFingerprint::toBytes()) of three generated videos: an original, a
// re-encoded, scaled copy of its middle part, and an unrelated clip. False on failure.
bool nearVideoFingerprints(QByteArray (&prints)[3]);

// A ClipWorld with a second member, `other`, and two ready videos of the clipper that are near
// copies: `original` (fingerprint prints[0]) and `recut` (prints[1]); prints[2] is unrelated.
struct NearCopyWorld
{
    ClipWorld w;
    TestUser other;
    QString original;
    QString recut;
    QByteArray prints[3];
    bool ok = false;
};

} // namespace ClipDesk::Testing::ClipTest

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

class tst_SyncClips final : public QObject
{
    Q_OBJECT

private slots:
    void lifecycle_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void lifecycle();
    void submissionRulesOnTheServer_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void submissionRulesOnTheServer();
    void submissionLimitAndExactDuplicates_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void submissionLimitAndExactDuplicates();
    void nearDuplicatesAreRejected_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void nearDuplicatesAreRejected();
    void duplicateCheckFindsNearCopies_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void duplicateCheckFindsNearCopies();
    void duplicateCheckNeedsMembershipAndGoodInput_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void duplicateCheckNeedsMembershipAndGoodInput();
    void newVersionIsNoDuplicateOfItsPredecessors_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void newVersionIsNoDuplicateOfItsPredecessors();
    void mediaMustBeTheClippers_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void mediaMustBeTheClippers();
    void authorization_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void authorization();
    void deletionRules_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void deletionRules();
    void newVersionKeepsTheReviewedOne_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void newVersionKeepsTheReviewedOne();
    void pullVisibilityPerRole_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void pullVisibilityPerRole();
    void perFieldConflicts_data() { ClipDesk::Testing::BackendFixture::addBackendColumn(); }
    void perFieldConflicts();

private:
    // A fresh brand, clipper and active campaign with rules, the clipper a member.
    ClipDesk::Testing::ClipTest::ClipWorld world(const QString &name, int submissionLimit = 5);
    ClipDesk::Testing::ClipTest::NearCopyWorld nearCopyWorld(const QString &name, const QString &backend);
    // Makes `clipper` a member of the brand's campaign (application, accepted). False on failure.
    bool join(const ClipDesk::Testing::TestUser &brand, const ClipDesk::Testing::TestUser &clipper, const QString &campaignId);
    // A finished upload: the clip_media row the uploads module writes, straight into the database.
    bool readyMedia(const QString &sha256, const QString &ownerId, const QByteArray &fingerprint = {},
                    const QString &status = QStringLiteral("ready"), const QString &reason = {});
    // A draft with `fields` and a ready video; its id, or empty.
    QString draftWithMedia(const ClipDesk::Testing::TestUser &clipper, const QJsonObject &fields, const QString &mediaSha);
    QJsonObject pushClip(const ClipDesk::Testing::TestUser &user, const QString &name, const QJsonObject &args,
                         qint64 baseVersion = 0)
    {
        return m_kit.push(user, name, args, baseVersion);
    }
    QJsonObject submit(const ClipDesk::Testing::TestUser &clipper, const QString &clipId, const QString &campaignId);
    QJsonObject clipRow(const ClipDesk::Testing::TestUser &user, const QString &id)
    {
        return m_kit.pulledRow(user, ClipDesk::Testing::ClipTest::Clip, id);
    }

    ClipDesk::Testing::SyncTestKit m_kit;
};

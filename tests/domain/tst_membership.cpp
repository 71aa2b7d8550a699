#include "domain/membership.h"
#include "domain/notification.h"

#include <QTest>
#include <QUuid>

using namespace ClipDesk::Domain;

class tst_Membership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNames();
    void idIsPredictableFromTheOffer();
    void jsonRoundTrip();
    void notificationJsonRoundTrip();
};

void tst_Membership::statusNames()
{
    for (MembershipStatus status : {MembershipStatus::Active, MembershipStatus::Removed, MembershipStatus::Left})
        QCOMPARE(membershipStatusFromName(membershipStatusName(status)), status);
    QCOMPARE(membershipStatusName(MembershipStatus::Left), QStringLiteral("left"));
    QVERIFY(!membershipStatusFromName(QStringLiteral("banned")));
}

void tst_Membership::idIsPredictableFromTheOffer()
{
    const QString offer = QStringLiteral("0b7a0000-0000-4000-8000-000000000001");
    const QString id = membershipIdForOffer(offer);
    QCOMPARE(membershipIdForOffer(offer), id); // the client computes the same id offline
    QCOMPARE(QUuid::fromString(id).version(), QUuid::Sha1);
    QVERIFY(membershipIdForOffer(QStringLiteral("0b7a0000-0000-4000-8000-000000000002")) != id);
    QVERIFY(id != offer);
}

void tst_Membership::jsonRoundTrip()
{
    Membership m;
    m.id = QStringLiteral("m1");
    m.campaignId = QStringLiteral("c1");
    m.brandId = QStringLiteral("b1");
    m.clipperId = QStringLiteral("k1");
    m.offerId = QStringLiteral("o1");
    m.terms = OfferTerms{QStringLiteral("3 clips"), 500, 120, QStringLiteral("EUR"), QStringLiteral("hi")};
    m.status = MembershipStatus::Removed;
    m.joinedAtMs = 10;
    m.endedAtMs = 20;
    m.version = 3;
    const QJsonObject json = membershipToJson(m);
    QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
    QCOMPARE(json.value(QStringLiteral("terms")).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QVERIFY(!json.contains(QStringLiteral("end_reason"))); // kept on the server only
    m.endReason.clear();
    QCOMPARE(membershipFromJson(json), m);
    QVERIFY(!m.isActive());
}

void tst_Membership::notificationJsonRoundTrip()
{
    Notification n;
    n.id = QStringLiteral("n1");
    n.userId = QStringLiteral("u1");
    n.kind = NotificationKind::CampaignFlagged;
    n.title = QStringLiteral("Flagged");
    n.body = QStringLiteral("Misleading brief");
    n.entity = QStringLiteral("campaign");
    n.entityId = QStringLiteral("c1");
    n.createdAtMs = 5;
    n.version = 1;
    QVERIFY(!n.isRead());
    QCOMPARE(notificationFromJson(notificationToJson(n)), n);
    n.readAtMs = 6;
    QVERIFY(n.isRead());
    QCOMPARE(notificationToJson(n).value(QStringLiteral("read_at")).toInteger(), 6);
}

QTEST_GUILESS_MAIN(tst_Membership)
#include "tst_membership.moc"

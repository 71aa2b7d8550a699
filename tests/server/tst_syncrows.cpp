// The pull's JSON text writers produce the same rows as the QJsonObject ones.
#include "server/sync/jsontextwriter.h"
#include "server/sync/syncrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Server;

namespace {

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << json;
    return document.object();
}

Domain::Campaign sampleCampaign()
{
    Domain::Campaign c;
    c.id = QStringLiteral("0b7a0000-0000-4000-8000-000000000001");
    c.brandId = QStringLiteral("0b7a0000-0000-4000-8000-000000000002");
    c.isTemplate = true;
    c.name = QStringLiteral("Sommer \"Drop\" — 夏 \\ \n\t\x01 end");
    c.briefMarkdown = QStringLiteral("# Brief\r\nLine two 😀");
    c.category = QStringLiteral("gaming");
    c.startsAtMs = 1'700'000'000'000;
    c.endsAtMs = 9'007'199'254'740'000; // beyond what a double holds exactly
    c.timeZone = QStringLiteral("Europe/Berlin");
    c.budget = Domain::Money{123'456'789, QStringLiteral("EUR")};
    c.cpmRateMinor = 250;
    c.perClipMinor = 1000;
    c.maxPayoutPerClipMinor = 5000;
    c.minViews = 10'000;
    c.capPerClipperMinor = 20'000;
    c.visibility = Domain::Visibility::Private;
    c.goals = QStringLiteral("Reach");
    c.platforms = {QStringLiteral("tiktok"), QStringLiteral("youtube_shorts")};
    c.requiredHashtags = {QStringLiteral("#ad")};
    c.disclosureText = QStringLiteral("#ad");
    c.blacklistedHashtags = {QStringLiteral("#nsfw"), QStringLiteral("#spam")};
    c.submissionLimitPerClipper = 7;
    c.sourceAssetLinks = {QStringLiteral("https://example.com/a?b=c&d=\"e\"")};
    c.status = Domain::CampaignStatus::Paused;
    c.flaggedReason = QStringLiteral("Misleading");
    c.createdAtMs = 1;
    c.updatedAtMs = 2;
    c.version = 42;
    return c;
}

} // namespace

class tst_SyncRows final : public QObject
{
    Q_OBJECT

private slots:
    void campaignMatchesItsJsonObject_data();
    void campaignMatchesItsJsonObject();
    void offerMatchesItsJsonObject();
    void stringsAreEscaped();
};

void tst_SyncRows::campaignMatchesItsJsonObject_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("brand") << int(Domain::Role::Brand);
    QTest::newRow("clipper") << int(Domain::Role::Clipper);
    QTest::newRow("admin") << int(Domain::Role::Admin);
}

void tst_SyncRows::campaignMatchesItsJsonObject()
{
    QFETCH(int, role);
    const AuthenticatedUser viewer{QStringLiteral("u"), QStringLiteral("s"), Domain::Role(role), QStringLiteral("name")};
    for (const Domain::Campaign &campaign : {sampleCampaign(), Domain::Campaign()}) {
        QByteArray text;
        JsonTextWriter writer(text);
        SyncRows::writeCampaign(writer, campaign, viewer);
        const QJsonObject expected = SyncRows::campaign(campaign, viewer);
        QCOMPARE(parsed(text), expected);
        QCOMPARE(text, QJsonDocument(expected).toJson(QJsonDocument::Compact));
        QCOMPARE(parsed(text).contains(QStringLiteral("flagged_reason")), viewer.role != Domain::Role::Clipper);
    }
}

void tst_SyncRows::offerMatchesItsJsonObject()
{
    Domain::Offer offer;
    offer.id = QStringLiteral("o1");
    offer.threadId = QStringLiteral("t1");
    offer.campaignId = QStringLiteral("c1");
    offer.brandId = QStringLiteral("b1");
    offer.clipperId = QStringLiteral("k1");
    offer.kind = Domain::OfferKind::Application;
    offer.round = 3;
    offer.authorRole = Domain::Role::Clipper;
    offer.terms = Domain::OfferTerms{QStringLiteral("3 clips, \"logo\" visible"), 2000, 150, QStringLiteral("JPY"), QStringLiteral("Hi\nthere")};
    offer.status = Domain::OfferStatus::Countered;
    offer.createdAtMs = 10;
    offer.respondedAtMs = 20;
    offer.version = 2;
    for (const Domain::Offer &sample : {offer, Domain::Offer()}) {
        QByteArray text;
        JsonTextWriter writer(text);
        SyncRows::writeOffer(writer, sample);
        QCOMPARE(parsed(text), Domain::offerToJson(sample));
        QCOMPARE(text, QJsonDocument(Domain::offerToJson(sample)).toJson(QJsonDocument::Compact));
    }
}

void tst_SyncRows::stringsAreEscaped()
{
    QByteArray text;
    JsonTextWriter writer(text);
    writer.beginArray();
    const QString tricky = QStringLiteral("\"\\/\b\f\n\r\t\x01\x1f\x7f é 😀");
    writer.value(tricky);
    writer.value(QString());
    writer.value(qint64(-9'007'199'254'740'993));
    writer.value(true);
    writer.value(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    writer.beginObject();
    writer.endObject();
    writer.endArray();
    const QJsonArray array = QJsonDocument::fromJson(text).array();
    QCOMPARE(array.size(), 6);
    QCOMPARE(array.at(0).toString(), tricky);
    QCOMPARE(array.at(1).toString(), QString());
    QCOMPARE(array.at(2).toInteger(), qint64(-9'007'199'254'740'993));
    QCOMPARE(array.at(3).toBool(), true);
    QCOMPARE(array.at(4).toArray().size(), 2);
    QVERIFY(array.at(5).isObject());
}

QTEST_GUILESS_MAIN(tst_SyncRows)
#include "tst_syncrows.moc"

#include "domain/offer.h"

#include <QTest>

using namespace ClipDesk::Domain;

class tst_OfferRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void termsFromJson();
    void badTerms_data();
    void badTerms();
    void currencyMustMatchCampaign();
    void onlyTheOtherSideResponds();
    void closedOffersCannotBeAnswered();
    void withdrawBelongsToTheAuthor();
    void jsonRoundTrip();
};

void tst_OfferRules::termsFromJson()
{
    const auto terms = OfferRules::termsFromJson({{QStringLiteral("requirements"), QStringLiteral(" 3 clips ")},
                                                  {QStringLiteral("per_clip_minor"), 5000},
                                                  {QStringLiteral("currency"), QStringLiteral("EUR")}});
    QVERIFY(terms);
    QCOMPARE(terms->requirements, QStringLiteral("3 clips"));
    QCOMPARE(terms->perClipMinor, 5000);
    QCOMPARE(terms->cpmRateMinor, 0);
    QCOMPARE(terms->currency, QStringLiteral("EUR"));
}

void tst_OfferRules::badTerms_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("unknown") << QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}};
    QTest::newRow("negative") << QJsonObject{{QStringLiteral("per_clip_minor"), -1}};
    QTest::newRow("fraction") << QJsonObject{{QStringLiteral("cpm_rate_minor"), 0.5}};
    QTest::newRow("text amount") << QJsonObject{{QStringLiteral("per_clip_minor"), QStringLiteral("5")}};
    QTest::newRow("number text") << QJsonObject{{QStringLiteral("requirements"), 3}};
}

void tst_OfferRules::badTerms()
{
    QFETCH(QJsonObject, json);
    const auto terms = OfferRules::termsFromJson(json);
    QVERIFY(!terms);
    QCOMPARE(terms.error().code, QStringLiteral("invalid_argument"));
}

void tst_OfferRules::currencyMustMatchCampaign()
{
    OfferTerms terms;
    terms.currency = QStringLiteral("EUR");
    QVERIFY(!OfferRules::validateTerms(terms, QStringLiteral("USD")));
    QVERIFY(OfferRules::validateTerms(terms, QStringLiteral("EUR")));
    terms.requirements = QString(OfferRules::MaxRequirementsLength + 1, QLatin1Char('r'));
    QVERIFY(!OfferRules::validateTerms(terms, QStringLiteral("EUR")));
}

void tst_OfferRules::onlyTheOtherSideResponds()
{
    Offer invite;
    invite.authorRole = Role::Brand;
    QVERIFY(OfferRules::checkResponder(invite, Role::Clipper));
    QCOMPARE(OfferRules::checkResponder(invite, Role::Brand).error().code, QStringLiteral("forbidden"));

    Offer counter = invite;
    counter.authorRole = Role::Clipper;
    counter.round = 2;
    QVERIFY(OfferRules::checkResponder(counter, Role::Brand));
    QVERIFY(!OfferRules::checkResponder(counter, Role::Clipper));
}

void tst_OfferRules::closedOffersCannotBeAnswered()
{
    for (OfferStatus status : {OfferStatus::Countered, OfferStatus::Accepted, OfferStatus::Rejected, OfferStatus::Withdrawn}) {
        Offer offer;
        offer.status = status;
        const auto result = OfferRules::checkResponder(offer, Role::Clipper);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("offer_closed"));
    }
}

void tst_OfferRules::withdrawBelongsToTheAuthor()
{
    Offer application;
    application.kind = OfferKind::Application;
    application.authorRole = Role::Clipper;
    QVERIFY(OfferRules::checkWithdrawer(application, Role::Clipper));
    QVERIFY(!OfferRules::checkWithdrawer(application, Role::Brand));
}

void tst_OfferRules::jsonRoundTrip()
{
    Offer offer;
    offer.id = QStringLiteral("o2");
    offer.threadId = QStringLiteral("o1");
    offer.campaignId = QStringLiteral("c1");
    offer.brandId = QStringLiteral("b1");
    offer.clipperId = QStringLiteral("k1");
    offer.kind = OfferKind::Application;
    offer.round = 2;
    offer.authorRole = Role::Brand;
    offer.terms.perClipMinor = 1200;
    offer.terms.message = QStringLiteral("How about this?");
    offer.status = OfferStatus::Countered;
    offer.version = 3;
    QCOMPARE(offerFromJson(offerToJson(offer)), offer);
    QCOMPARE(offerStatusFromName(QStringLiteral("bogus")), std::nullopt);
    QCOMPARE(offerKindFromName(QStringLiteral("invite")), std::optional<OfferKind>(OfferKind::Invite));
}

QTEST_GUILESS_MAIN(tst_OfferRules)
#include "tst_offerrules.moc"

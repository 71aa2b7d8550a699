#pragma once

#include <QString>
#include <QStringList>

namespace ClipDesk::Server {

class DemoRandom;

// One brand of the demo world.
struct DemoBrand
{
    QString username;
    QString company;
    QString industry;
    QString bio;
    QStringList colors;     // "#RRGGBB"
    QStringList categories; // campaign categories it runs (ProfileRules::categories())
    QStringList products;
    QString currency;
    QString timeZone;
    QString handle;         // for links and hashtags
};

// The words and texts the demo world is made of: brands, people's names, niches, campaign
// names, Markdown briefs, offer notes and moderation reasons. Deterministic for a given
// DemoRandom. This is seeded content (English sample data), not user interface text, so it is
// not translated.
class DemoCatalog final
{
public:
    static QList<DemoBrand> brands();
    static QStringList firstNames();
    static QStringList lastNames();
    // Niches within a profile/campaign category.
    static QStringList niches(const QString &category);
    static QString clipperBio(DemoRandom &random, const QString &niche, const QString &platformName, int years);

    static QString campaignName(DemoRandom &random, const QString &product);
    static QString campaignGoals(DemoRandom &random);
    static QString campaignBrief(DemoRandom &random, const DemoBrand &brand, const QString &product,
                                 const QStringList &platformNames, const QStringList &hashtags);
    static QString disclosure(const DemoBrand &brand);

    static QString offerRequirements(DemoRandom &random);
    static QString inviteMessage(DemoRandom &random, const QString &company);
    static QString applicationMessage(DemoRandom &random, const QString &niche);
    static QString counterMessage(DemoRandom &random, bool fromBrand);

    static QString campaignFlagReason(int index);
    static QString userFlagReason(int index);
    static QString removalReason(DemoRandom &random);
};

} // namespace ClipDesk::Server

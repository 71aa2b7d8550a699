#include "democatalog.h"

#include "demorandom.h"
#include "net/demoaccounts.h"

namespace ClipDesk::Server {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

QList<DemoBrand> DemoCatalog::brands()
{
    return {
        {QString(Net::DemoAccounts::BrandLogin), s("Northwind Audio"), s("Consumer electronics"),
         s("Headphones and speakers tuned by musicians in Portland. We sponsor creators who love sound as much as we do."),
         list({"#0F4C81", "#F2A900", "#FFFFFF"}), list({"music", "tech", "gaming", "podcasts"}),
         list({"Arc Pro headphones", "Tidepool speaker", "Pulse earbuds", "Studio Monitor 5"}), s("USD"),
         s("America/Los_Angeles"), s("northwindaudio")},
        {s("lumen-skincare"), s("Lumen Skincare"), s("Beauty & personal care"),
         s("Clean, dermatologist-tested skincare from Copenhagen. Fragrance-free, refillable, honest."),
         list({"#F4C7C3", "#2E2E2E", "#FAF7F2"}), list({"beauty", "lifestyle", "fashion"}),
         list({"Dewdrop serum", "Barrier balm", "Daily SPF 50", "Night repair cream"}), s("EUR"),
         s("Europe/Copenhagen"), s("lumenskin")},
        {s("trailforge"), s("Trailforge Outdoor"), s("Outdoor gear"),
         s("Tents, packs and jackets built to be repaired, not replaced. Every product carries a lifetime repair promise."),
         list({"#2F5233", "#C8553D", "#F1E9DA"}), list({"travel", "fitness", "lifestyle"}),
         list({"Ridgeline 40L pack", "Summit shell jacket", "Cascade 2P tent", "Basecamp stove"}), s("USD"),
         s("America/Denver"), s("trailforge")},
        {s("pixel-harbor"), s("Pixel Harbor Games"), s("Video games"),
         s("An indie studio of 40 people making cosy strategy games. Our players are our best storytellers."),
         list({"#5B2A86", "#18C29C", "#FFD166"}), list({"gaming", "comedy", "tech"}),
         list({"Harbor Lights", "Tiny Kingdoms", "Lanternfall", "Harbor Lights: Tides DLC"}), s("USD"),
         s("America/New_York"), s("pixelharbor")},
        {s("brightbyte"), s("Brightbyte Learning"), s("Education technology"),
         s("Bite-sized lessons in maths, coding and languages for curious people of every age."),
         list({"#FFB400", "#1B998B", "#2D3047"}), list({"education", "tech", "finance"}),
         list({"Brightbyte Code", "Brightbyte Languages", "Brightbyte Maths", "Family plan"}), s("GBP"),
         s("Europe/London"), s("brightbyte")},
        {s("fable-fork"), s("Fable & Fork"), s("Food & meal kits"),
         s("Weeknight meal kits with stories from the farms that grow them. Cooked in 30 minutes, tasted for years."),
         list({"#D1495B", "#EDAE49", "#00798C"}), list({"food", "lifestyle", "fitness"}),
         list({"Weeknight box", "Plant-based box", "Family feast box", "Spice pantry"}), s("EUR"),
         s("Europe/Berlin"), s("fableandfork")},
    };
}

QStringList DemoCatalog::firstNames()
{
    return list({"Riley", "Maya", "Jonas", "Amara", "Leo", "Sofia", "Kai", "Noor", "Mateo", "Hana", "Elijah", "Zara",
                 "Theo", "Ines", "Omar", "Freya", "Lucas", "Aiko", "Diego", "Chloe", "Samir", "Nia", "Felix", "Yara",
                 "Milo", "Lena", "Arjun", "Ruby", "Hugo", "Priya", "Jasper", "Eva", "Tomas", "Mei", "Idris", "Clara",
                 "Rafael", "Sienna", "Emil", "Ada"});
}

QStringList DemoCatalog::lastNames()
{
    return list({"Park", "Chen", "Okafor", "Lindqvist", "Moreau", "Silva", "Nakamura", "Haddad", "Novak", "Rossi",
                 "Kowalski", "Mensah", "Fischer", "Garcia", "Ivanova", "Byrne", "Tanaka", "Osei", "Dubois", "Patel",
                 "Larsen", "Costa", "Yilmaz", "Walsh", "Kim", "Andersen", "Ferreira", "Hughes", "Sato", "Nguyen",
                 "Bauer", "Alvarez", "Quinn", "Reyes", "Murphy", "Singh", "Vega", "Adeyemi", "Holm", "Laurent"});
}

QStringList DemoCatalog::niches(const QString &category)
{
    if (category == u"gaming")
        return list({"speedruns", "cosy games", "esports highlights", "retro games", "strategy games"});
    if (category == u"music")
        return list({"live sessions", "producer breakdowns", "gear reviews", "indie discoveries"});
    if (category == u"sports")
        return list({"football highlights", "climbing", "running", "basketball moments"});
    if (category == u"comedy")
        return list({"sketches", "stand-up clips", "reaction edits", "office humour"});
    if (category == u"education")
        return list({"maths explainers", "language tips", "science facts", "study with me"});
    if (category == u"tech")
        return list({"gadget reviews", "desk setups", "coding tips", "AI explainers"});
    if (category == u"beauty")
        return list({"skincare routines", "makeup tutorials", "product tests", "hair care"});
    if (category == u"fashion")
        return list({"thrift flips", "capsule wardrobes", "streetwear", "outfit ideas"});
    if (category == u"food")
        return list({"15-minute dinners", "street food", "baking", "meal prep"});
    if (category == u"finance")
        return list({"budgeting", "investing basics", "side hustles", "money myths"});
    if (category == u"fitness")
        return list({"home workouts", "mobility", "strength training", "yoga"});
    if (category == u"travel")
        return list({"van life", "hiking trails", "city guides", "budget travel"});
    if (category == u"podcasts")
        return list({"interview moments", "true crime", "business podcasts", "comedy podcasts"});
    if (category == u"news")
        return list({"explainers", "tech news", "climate news", "daily briefings"});
    return list({"day in the life", "home & garden", "minimalism", "productivity"});
}

QString DemoCatalog::clipperBio(DemoRandom &random, const QString &niche, const QString &platformName, int years)
{
    const QStringList templates = list({
        "I cut %1 into punchy shorts. %2 years of editing, posting daily on %3.",
        "Editor and storyteller. %1 is my thing: hooks in the first second, captions always on. Mostly on %3, %2 years in.",
        "Turning long streams into clips people finish. Focus: %1. %2 years on %3.",
        "Full-time clipper since year one of %3 (%2 years now). I love %1 and clean, readable captions.",
        "Small team of two: I edit, my partner writes the hooks. %1 for %2 years, best results on %3.",
    });
    return random.pick(templates).arg(niche, QString::number(years), platformName);
}

QString DemoCatalog::campaignName(DemoRandom &random, const QString &product)
{
    const QStringList patterns = list({
        "%1 launch clips", "%1: first impressions", "Summer with %1", "%1 holiday gift guide", "%1 creator challenge",
        "Back to school with %1", "%1 behind the scenes", "%1 unboxing week", "%1 tips & tricks", "%1 review roundup",
        "%1 spring refresh", "Black Friday: %1", "%1 in the wild", "%1 community stories",
    });
    return random.pick(patterns).arg(product);
}

QString DemoCatalog::campaignGoals(DemoRandom &random)
{
    const QStringList goals = list({
        "Reach 2M qualified views in the first month and grow our TikTok following by 20%.",
        "Drive installs: at least 5,000 new sign-ups from clip links.",
        "Build awareness with a new, younger audience before the holiday season.",
        "Collect 50 high-quality clips we can reuse in paid ads (with the creators' consent).",
        "Show real people using the product outdoors, not studio shots.",
    });
    return random.pick(goals);
}

QString DemoCatalog::campaignBrief(DemoRandom &random, const DemoBrand &brand, const QString &product,
                                   const QStringList &platformNames, const QStringList &hashtags)
{
    const QStringList wants = random.sample(list({
        "Open with the product in the first two seconds",
        "Show a real moment of use: commute, workout, kitchen, desk",
        "Keep it honest: say what you liked **and** what surprised you",
        "Use our long-form interviews as source material (links below)",
        "Captions on; most people watch without sound",
        "End with a clear call to action: *link in bio*",
        "Humour is welcome, mockery of other brands is not",
    }), 3);
    const QStringList donts = random.sample(list({
        "No copyrighted music outside the platform's library",
        "No discount codes other than the one we give you",
        "Do not cut the disclosure line",
        "No clips shorter than 10 seconds",
        "No reposting of other creators' clips",
    }), 2);
    QString text = QStringLiteral("## About %1\n\n%2\n\n## The product\n\n**%3** is the star of this campaign. ")
                       .arg(brand.company, brand.bio, product);
    text += QStringLiteral("We want clips that feel like *your* channel, not like an ad.\n\n## What we want\n\n");
    for (const QString &want : wants)
        text += QStringLiteral("- ") + want + u'\n';
    text += QStringLiteral("\n## Deliverables\n\n- Vertical video (9:16), 15–60 seconds\n- Post on: ")
            + platformNames.join(QStringLiteral(", ")) + u'\n';
    if (!hashtags.isEmpty())
        text += QStringLiteral("- Include the hashtags ") + hashtags.join(QStringLiteral(" ")) + u'\n';
    text += QStringLiteral("\n## Please don't\n\n");
    for (const QString &dont : donts)
        text += QStringLiteral("- ") + dont + u'\n';
    text += QStringLiteral("\nQuestions? Reply in the offer thread and we usually answer within a day.\n");
    return text;
}

QString DemoCatalog::disclosure(const DemoBrand &brand)
{
    return QStringLiteral("Paid partnership with %1. #ad").arg(brand.company);
}

QString DemoCatalog::offerRequirements(DemoRandom &random)
{
    const QStringList requirements = list({
        "3 clips over two weeks, product visible for at least 5 seconds each",
        "2 clips, one tutorial-style and one reaction-style",
        "5 clips from the launch livestream, posted within 48 hours",
        "1 hero clip plus 2 cut-downs for Shorts",
        "4 clips, captions burned in, disclosure in the first line",
    });
    return random.pick(requirements);
}

QString DemoCatalog::inviteMessage(DemoRandom &random, const QString &company)
{
    const QStringList messages = list({
        "Hi! We love your editing style and think it would fit %1 perfectly.",
        "Your recent clips did great numbers. Want to work with %1 on this one?",
        "We're picking a small group of creators for this campaign and you're on our list. — the %1 team",
        "Long-time fans of your channel here. Interested in a paid collab with %1?",
    });
    return random.pick(messages).arg(company);
}

QString DemoCatalog::applicationMessage(DemoRandom &random, const QString &niche)
{
    const QStringList messages = list({
        "I make %1 clips every day and my audience asks about gear like this all the time.",
        "This brief is right up my street. My %1 shorts average 40k views; happy to share stats.",
        "I'd love to join! I can turn this around in a week with a %1 angle.",
        "Applying with a %1 take: real use, no studio, honest opinions.",
    });
    return random.pick(messages).arg(niche);
}

QString DemoCatalog::counterMessage(DemoRandom &random, bool fromBrand)
{
    const QStringList brandMessages = list({
        "We can meet you halfway on the fee if we keep the clip count.",
        "Budget is tight this quarter; could we do this rate with one clip less?",
        "Happy to raise the CPM if you add a Shorts cut-down.",
    });
    const QStringList clipperMessages = list({
        "Thanks! Given my reach I'd need a slightly higher fee per clip.",
        "Could we raise the CPM a little? My retention is well above average.",
        "I can do it for this rate if the deadline moves by a week.",
    });
    return random.pick(fromBrand ? brandMessages : clipperMessages);
}

QString DemoCatalog::campaignFlagReason(int index)
{
    const QStringList reasons = list({
        "The brief asks creators to hide the sponsorship disclosure, which breaks our advertising rules.",
        "Reported by three creators: the payout terms promise a giveaway the brand cannot document.",
        "Source links point to footage the brand does not hold the rights to.",
    });
    return reasons.at(index % reasons.size());
}

QString DemoCatalog::userFlagReason(int index)
{
    const QStringList reasons = list({
        "Reposted other creators' clips as their own (four reports, confirmed by review).",
        "Inflated view counts with purchased views on two campaigns.",
    });
    return reasons.at(index % reasons.size());
}

QString DemoCatalog::removalReason(DemoRandom &random)
{
    const QStringList reasons = list({
        "The clips missed the disclosure line twice.",
        "We are wrapping up this campaign earlier than planned.",
        "Posting schedule did not work out; thanks for the effort!",
    });
    return random.pick(reasons);
}

} // namespace ClipDesk::Server

#include "demopeople.h"

#include "demoactor.h"
#include "demorandom.h"
#include "domain/profile.h"
#include "net/demoaccounts.h"
#include "storage/database.h"
#include "storage/profilerepository.h"
#include "storage/userrepository.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace ClipDesk::Server {

namespace {

constexpr qint64 DayMs = 24ll * 60 * 60 * 1000;

QString demoId(const QString &kind, int index)
{
    static const QUuid demoNamespace(QStringLiteral("3f0c2a8e-6d1b-4c57-8e2f-9a4b7d1c5e60"));
    return QUuid::createUuidV5(demoNamespace, kind + u'-' + QString::number(index)).toString(QUuid::WithoutBraces);
}

struct AccountInput
{
    QString id;
    QString username;
    Domain::Role role;
    qint64 createdAtMs;
};

// Inserts the user and its default profile, then fills the profile as the user would.
Result<AuthenticatedUser> createAccount(Storage::Database &db, DemoActor &actor, const AccountInput &input,
                                        const QString &passwordHash, const QJsonObject &profile)
{
    Storage::UserRecord record;
    record.id = input.id;
    record.username = input.username;
    record.email = input.username + u'@' + Net::DemoAccounts::EmailDomain;
    record.passwordHash = passwordHash;
    record.role = input.role;
    record.passwordChangedAtMs = input.createdAtMs;
    record.createdAtMs = input.createdAtMs;
    record.updatedAtMs = input.createdAtMs;
    record.version = 1;
    if (auto inserted = Storage::UserRepository(db).insert(record); !inserted)
        return std::unexpected(inserted.error());
    if (auto profiled = Storage::ProfileRepository(db).insertDefault(record.id, record.username, input.createdAtMs); !profiled)
        return std::unexpected(profiled.error());

    const AuthenticatedUser user{record.id, QString(), input.role, record.username};
    auto updated = actor.run(user, QStringLiteral("profile.update"), {{QStringLiteral("changes"), profile}},
                             input.createdAtMs + 60'000, 1);
    if (!updated)
        return std::unexpected(updated.error());
    return user;
}

QString platformLabel(int index)
{
    static const QStringList labels = {QStringLiteral("TikTok"), QStringLiteral("YouTube Shorts"),
                                       QStringLiteral("Instagram Reels")};
    return labels.at(index % labels.size());
}

} // namespace

Result<DemoCast> DemoPeople::create(Storage::Database &db, DemoActor &actor, DemoRandom &random, qint64 nowMs,
                                    const QString &passwordHash)
{
    DemoCast cast;
    int index = 0;

    const auto admin = createAccount(db, actor, {demoId(QStringLiteral("user"), index++), Net::DemoAccounts::AdminLogin,
                                                 Domain::Role::Admin, nowMs - 800 * DayMs},
                                     passwordHash,
                                     {{QStringLiteral("display_name"), QStringLiteral("Alex Morgan (Trust & Safety)")},
                                      {QStringLiteral("bio"), QStringLiteral("Keeps ClipDesk fair for brands and creators. "
                                                                             "Reach out about anything that looks off.")}});
    if (!admin)
        return std::unexpected(admin.error());
    cast.admin = *admin;

    for (const DemoBrand &brand : DemoCatalog::brands()) {
        const QJsonObject profile{
            {QStringLiteral("display_name"), brand.company},
            {QStringLiteral("bio"), brand.bio},
            {QStringLiteral("company_name"), brand.company},
            {QStringLiteral("industry"), brand.industry},
            {QStringLiteral("brand_colors"), QJsonArray::fromStringList(brand.colors)},
            {QStringLiteral("social_links"), QJsonArray{QStringLiteral("https://www.%1.example/").arg(brand.handle),
                                                        QStringLiteral("https://tiktok.example/@%1").arg(brand.handle)}},
        };
        auto user = createAccount(db, actor, {demoId(QStringLiteral("user"), index++), brand.username, Domain::Role::Brand,
                                              nowMs - random.between(200, 700) * DayMs},
                                  passwordHash, profile);
        if (!user)
            return std::unexpected(user.error());
        cast.brands.append({*user, brand});
    }

    const QStringList firstNames = DemoCatalog::firstNames();
    const QStringList lastNames = DemoCatalog::lastNames();
    const QStringList categories = Domain::ProfileRules::categories();
    QSet<QString> usedNames;
    for (int i = 0; i < ClipperCount; ++i) {
        QString first;
        QString last;
        do {
            first = random.pick(firstNames);
            last = random.pick(lastNames);
        } while (usedNames.contains(first + last));
        usedNames.insert(first + last);

        DemoClipper clipper;
        // The demo clipper is a music and tech creator, so that Northwind Audio's campaigns suit them.
        clipper.category = i == 0 ? QStringLiteral("music") : random.pick(categories);
        clipper.niche = random.pick(DemoCatalog::niches(clipper.category));
        clipper.reach = qBound(qint64(300), qint64(std::llround(random.logNormal(18'000, 1.4))), qint64(8'000'000));
        const QString handle = (first + last).toLower();
        const QString username = i == 0 ? QString(Net::DemoAccounts::ClipperLogin) : first.toLower() + u'.' + last.toLower();
        const int mainPlatform = int(random.between(0, 2));
        const QJsonObject profile{
            {QStringLiteral("display_name"), QString(first + u' ' + last)},
            {QStringLiteral("bio"), DemoCatalog::clipperBio(random, clipper.niche, platformLabel(mainPlatform),
                                                            int(random.between(1, 8)))},
            {QStringLiteral("category"), clipper.category},
            {QStringLiteral("niche"), clipper.niche},
            {QStringLiteral("reach"), double(clipper.reach)},
            {QStringLiteral("social_links"), QJsonArray{QStringLiteral("https://tiktok.example/@%1").arg(handle),
                                                        QStringLiteral("https://youtube.example/@%1").arg(handle)}},
            {QStringLiteral("portfolio_links"), QJsonArray{QStringLiteral("https://portfolio.example/%1").arg(handle)}},
        };
        auto user = createAccount(db, actor, {demoId(QStringLiteral("user"), index++), username, Domain::Role::Clipper,
                                              nowMs - random.between(20, 600) * DayMs},
                                  passwordHash, profile);
        if (!user)
            return std::unexpected(user.error());
        clipper.user = *user;
        cast.clippers.append(clipper);
    }
    return cast;
}

} // namespace ClipDesk::Server

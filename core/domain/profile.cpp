#include "profile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace ClipDesk::Domain {

namespace {

Status invalid(const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), message);
}

bool isWebLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Result<QStringList> stringList(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                       ProfileRules::tr("\"%1\" must be a list of strings.").arg(field));
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return failure(QString::fromLatin1(ErrorCode::InvalidArgument),
                           ProfileRules::tr("\"%1\" must be a list of strings.").arg(field));
        out.append(item.toString().trimmed());
    }
    return out;
}

Status validateLinks(const QStringList &links, const QString &field)
{
    if (links.size() > ProfileRules::MaxLinks)
        return invalid(ProfileRules::tr("\"%1\" may hold at most %2 links.").arg(field).arg(ProfileRules::MaxLinks));
    for (const QString &link : links) {
        if (link.size() > ProfileRules::MaxLinkLength || !isWebLink(link))
            return invalid(ProfileRules::tr("\"%1\" is not a valid web link.").arg(link));
    }
    return {};
}

Status validateLength(const QString &text, int max, const QString &field)
{
    if (text.size() > max)
        return invalid(ProfileRules::tr("\"%1\" may have at most %2 characters.").arg(field).arg(max));
    return {};
}

} // namespace

QStringList ProfileRules::categories()
{
    return {QStringLiteral("gaming"),  QStringLiteral("music"),  QStringLiteral("sports"),
            QStringLiteral("comedy"),  QStringLiteral("education"), QStringLiteral("tech"),
            QStringLiteral("beauty"),  QStringLiteral("fashion"), QStringLiteral("food"),
            QStringLiteral("finance"), QStringLiteral("fitness"), QStringLiteral("travel"),
            QStringLiteral("podcasts"), QStringLiteral("news"),  QStringLiteral("lifestyle")};
}

Status ProfileRules::applyUpdate(Profile &profile, const QJsonObject &changes)
{
    Profile next = profile;

    static const QStringList brandFields = {QStringLiteral("company_name"), QStringLiteral("industry"),
                                            QStringLiteral("brand_colors")};
    static const QStringList clipperFields = {QStringLiteral("category"), QStringLiteral("niche"),
                                              QStringLiteral("reach"), QStringLiteral("portfolio_links")};

    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if ((brandFields.contains(key) && profile.role != Role::Brand)
            || (clipperFields.contains(key) && profile.role != Role::Clipper)) {
            return invalid(tr("\"%1\" does not apply to a %2 profile.").arg(key, roleName(profile.role)));
        }
        const auto assignString = [&](QString &target) -> Status {
            if (!value.isString())
                return invalid(tr("\"%1\" must be a string.").arg(key));
            target = value.toString().trimmed();
            return {};
        };
        const auto assignList = [&](QStringList &target) -> Status {
            auto list = stringList(value, key);
            if (!list)
                return std::unexpected(list.error());
            target = *list;
            return {};
        };

        Status status;
        if (key == u"display_name") {
            status = assignString(next.displayName);
        } else if (key == u"bio") {
            status = assignString(next.bio);
        } else if (key == u"social_links") {
            status = assignList(next.socialLinks);
        } else if (key == u"company_name") {
            status = assignString(next.companyName);
        } else if (key == u"industry") {
            status = assignString(next.industry);
        } else if (key == u"brand_colors") {
            status = assignList(next.brandColors);
        } else if (key == u"category") {
            status = assignString(next.category);
        } else if (key == u"niche") {
            status = assignString(next.niche);
        } else if (key == u"portfolio_links") {
            status = assignList(next.portfolioLinks);
        } else if (key == u"reach") {
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number < 0 || number > 1e12 || number != double(qint64(number)))
                return invalid(tr("\"reach\" must be a whole number of followers."));
            next.reach = qint64(number);
        } else {
            return invalid(tr("\"%1\" is not a profile field you can change.").arg(key));
        }
        if (!status)
            return status;
    }

    if (auto ok = validate(next); !ok)
        return ok;
    profile = next;
    return {};
}

Status ProfileRules::validate(const Profile &profile)
{
    Status status = firstFailure({
        [&] { return validateLength(profile.displayName, MaxDisplayNameLength, QStringLiteral("display_name")); },
        [&] { return validateLength(profile.bio, MaxBioLength, QStringLiteral("bio")); },
        [&] { return validateLinks(profile.socialLinks, QStringLiteral("social_links")); },
        [&] { return validateLength(profile.companyName, MaxShortTextLength, QStringLiteral("company_name")); },
        [&] { return validateLength(profile.industry, MaxShortTextLength, QStringLiteral("industry")); },
        [&] { return validateLength(profile.niche, MaxShortTextLength, QStringLiteral("niche")); },
        [&] { return validateLinks(profile.portfolioLinks, QStringLiteral("portfolio_links")); },
    });
    if (!status)
        return status;

    if (!profile.category.isEmpty() && !categories().contains(profile.category))
        return invalid(tr("\"%1\" is not a known category.").arg(profile.category));
    if (profile.brandColors.size() > MaxBrandColors)
        return invalid(tr("A brand may have at most %1 colours.").arg(MaxBrandColors));
    static const QRegularExpression hexColor(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (const QString &color : profile.brandColors) {
        if (!hexColor.match(color).hasMatch())
            return invalid(tr("\"%1\" is not a colour of the form #RRGGBB.").arg(color));
    }
    return {};
}

QJsonObject profileToJson(const Profile &profile)
{
    QJsonObject json{
        {QStringLiteral("user_id"), profile.userId},
        {QStringLiteral("role"), roleName(profile.role)},
        {QStringLiteral("display_name"), profile.displayName},
        {QStringLiteral("bio"), profile.bio},
        {QStringLiteral("avatar"), profile.avatarSha256},
        {QStringLiteral("social_links"), toArray(profile.socialLinks)},
        {QStringLiteral("version"), profile.version},
    };
    if (profile.role == Role::Brand) {
        json.insert(QStringLiteral("company_name"), profile.companyName);
        json.insert(QStringLiteral("industry"), profile.industry);
        json.insert(QStringLiteral("logo"), profile.logoSha256);
        json.insert(QStringLiteral("brand_colors"), toArray(profile.brandColors));
    } else if (profile.role == Role::Clipper) {
        json.insert(QStringLiteral("category"), profile.category);
        json.insert(QStringLiteral("niche"), profile.niche);
        json.insert(QStringLiteral("reach"), profile.reach);
        json.insert(QStringLiteral("portfolio_links"), toArray(profile.portfolioLinks));
    }
    return json;
}

} // namespace ClipDesk::Domain

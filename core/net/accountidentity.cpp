#include "accountidentity.h"

#include "nettr.h"

namespace ClipDesk::Net {

QString AccountIdentity::roleTitle() const
{
    if (role == u"brand")
        return Tr::tr("Brand");
    if (role == u"clipper")
        return Tr::tr("Clipper");
    if (role == u"admin")
        return Tr::tr("Admin");
    return role;
}

AccountIdentity AccountIdentity::fromJson(const QJsonObject &user)
{
    return AccountIdentity{
        user.value(QLatin1String("id")).toString(),
        user.value(QLatin1String("email")).toString(),
        user.value(QLatin1String("username")).toString(),
        user.value(QLatin1String("role")).toString(),
        user.value(QLatin1String("display_name")).toString(),
    };
}

QJsonObject AccountIdentity::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("email"), email},
        {QStringLiteral("username"), username},
        {QStringLiteral("role"), role},
        {QStringLiteral("display_name"), displayName},
    };
}

} // namespace ClipDesk::Net

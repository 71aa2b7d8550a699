#pragma once

#include "error.h"
#include "role.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ClipDesk::Domain {

// A user's public profile. Fields that do not apply to the user's role stay empty.
struct Profile
{
    QString userId;
    Role role = Role::Clipper;
    QString displayName;
    QString bio;
    QString avatarSha256; // content-addressed image in the media store, empty when unset
    QStringList socialLinks;

    // Brand
    QString companyName;
    QString industry;
    QString logoSha256;
    QStringList brandColors; // "#RRGGBB"

    // Clipper
    QString category;
    QString niche;
    qint64 reach = 0; // followers across platforms
    QStringList portfolioLinks;

    qint64 version = 0;
    qint64 updatedAtMs = 0;

    friend bool operator==(const Profile &, const Profile &) = default;
};

class ProfileRules final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRules)

public:
    static constexpr int MaxDisplayNameLength = 80;
    static constexpr int MaxBioLength = 2000;
    static constexpr int MaxShortTextLength = 120;
    static constexpr int MaxLinks = 10;
    static constexpr int MaxLinkLength = 500;
    static constexpr int MaxBrandColors = 5;

    static QStringList categories();

    // Applies the JSON fields the caller sent onto `profile`. Unknown keys, fields of another
    // role and malformed values are errors; on error `profile` is left unchanged.
    static Status applyUpdate(Profile &profile, const QJsonObject &changes);
    static Status validate(const Profile &profile);
};

QJsonObject profileToJson(const Profile &profile);

} // namespace ClipDesk::Domain

#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ClipDesk::Net {

// Who a signed-in user is, as the server describes them in {"user": {...}}.
struct AccountIdentity
{
    QString id;
    QString email;
    QString username;
    QString role; // "brand", "clipper" or "admin"
    QString displayName;

    bool isValid() const { return !id.isEmpty() && !username.isEmpty(); }
    // The display name, or the username when there is none.
    QString name() const { return displayName.isEmpty() ? username : displayName; }
    // "Brand", "Clipper", "Admin", translated.
    QString roleTitle() const;

    static AccountIdentity fromJson(const QJsonObject &user);
    QJsonObject toJson() const;

    friend bool operator==(const AccountIdentity &, const AccountIdentity &) = default;
};

} // namespace ClipDesk::Net

Q_DECLARE_METATYPE(ClipDesk::Net::AccountIdentity)

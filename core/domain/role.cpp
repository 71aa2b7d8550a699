#include "role.h"

namespace ClipDesk::Domain {

QString roleName(Role role)
{
    switch (role) {
    case Role::Brand: return QStringLiteral("brand");
    case Role::Clipper: return QStringLiteral("clipper");
    case Role::Admin: return QStringLiteral("admin");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Brand, Role::Clipper, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

bool isSelfRegistrable(Role role)
{
    return role == Role::Brand || role == Role::Clipper;
}

} // namespace ClipDesk::Domain

#pragma once

#include <QString>

#include <optional>

namespace ClipDesk::Domain {

enum class Role { Brand, Clipper, Admin };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

// Only brands and clippers may self-register; admins are created on the server's command line.
bool isSelfRegistrable(Role role);

} // namespace ClipDesk::Domain

#pragma once

#include <QLatin1String>

// The well-known accounts of the demo world that `clipdesk-server --demo` seeds into an empty
// database (core/server/demo/demoworld.h). Every demo account shares one password.
namespace ClipDesk::Net::DemoAccounts {

inline constexpr QLatin1String BrandLogin("demo-brand");
inline constexpr QLatin1String ClipperLogin("demo-clipper");
inline constexpr QLatin1String AdminLogin("demo-admin");
inline constexpr QLatin1String Password("clipdesk-demo-2026");
// Every demo account's email is <login>@<EmailDomain>.
inline constexpr QLatin1String EmailDomain("demo.clipdesk.example");

} // namespace ClipDesk::Net::DemoAccounts

#include "authztable.h"

namespace ClipDesk::Testing {

namespace {

// Short names keep the table readable.
const QString U = QStringLiteral("http401");
const QString OK = QStringLiteral("ok");
const QString NF = QStringLiteral("not_found");
const QString F = QStringLiteral("forbidden");
const QString RJ = QStringLiteral("rejected");
const QString AE = QStringLiteral("already_exists");
const QString UM = QStringLiteral("unknown_mutation");
const QString CF = QStringLiteral("campaign_flagged");
const QString S = QStringLiteral("-");
const QString H200 = QStringLiteral("200");
const QString H404 = QStringLiteral("404");

AuthzTable::Row row(const char *operation, const char *target, QStringList outcomes)
{
    return {QString::fromLatin1(operation), QString::fromLatin1(target), std::move(outcomes)};
}

} // namespace

const QStringList &AuthzTable::actors()
{
    static const QStringList names = {QStringLiteral("anonymous"), QStringLiteral("clipperA"), QStringLiteral("clipperB"),
                                      QStringLiteral("brandA"),    QStringLiteral("brandB"),   QStringLiteral("admin")};
    return names;
}

// Objects: brand A owns every campaign (draft private, active public, active private, template,
// flagged); clipper A owns the pending application and the membership; brand A wrote the
// pending invite to clipper A; brand A has the notification.
QList<AuthzTable::Row> AuthzTable::mutationRows()
{
    return {
        //   mutation                   target               anon clipA clipB brandA brandB admin
        row("campaign.create",         "new",               {U, F, F, OK, OK, F}),
        row("campaign.create",         "taken",             {U, F, F, AE, AE, F}),
        row("campaign.update",         "draft",             {U, F, F, OK, NF, F}),
        row("campaign.update",         "active",            {U, F, F, OK, NF, F}),
        row("campaign.update",         "template",          {U, F, F, OK, NF, F}),
        row("campaign.update",         "missing",           {U, F, F, NF, NF, F}),
        row("campaign.set_status",     "draft",             {U, F, F, OK, NF, F}),  // → active
        row("campaign.set_status",     "active",            {U, F, F, OK, NF, F}),  // → paused
        row("campaign.set_status",     "template",          {U, F, F, RJ, NF, F}),  // → active
        row("campaign.set_status",     "missing",           {U, F, F, NF, NF, F}),
        row("campaign.clone",          "draft",             {U, F, F, OK, NF, F}),
        row("campaign.clone",          "active",            {U, F, F, OK, NF, F}),
        row("campaign.clone",          "template",          {U, F, F, OK, NF, F}),
        row("campaign.clone",          "missing",           {U, F, F, NF, NF, F}),
        row("campaign.delete",         "draft",             {U, F, F, OK, NF, F}),
        row("campaign.delete",         "active",            {U, F, F, RJ, NF, F}),
        row("campaign.delete",         "template",          {U, F, F, OK, NF, F}),
        row("campaign.delete",         "missing",           {U, F, F, NF, NF, F}),
        // Brands invite clipper A; clippers apply. "discoverable" is brand A's public active campaign.
        row("offer.create",            "discoverable",      {U, OK, OK, OK, NF, F}),
        row("offer.create",            "private_active",    {U, NF, NF, OK, NF, F}),
        row("offer.create",            "draft",             {U, NF, NF, S, NF, F}),
        row("offer.create",            "template",          {U, NF, NF, S, NF, F}),
        row("offer.create",            "flagged",           {U, NF, NF, CF, NF, F}),
        row("offer.create",            "missing",           {U, NF, NF, NF, NF, F}),
        // "application": clipper A wrote the pending round; "invite": brand A did.
        row("offer.counter",           "application",       {U, F, NF, OK, NF, F}),
        row("offer.counter",           "invite",            {U, OK, NF, F, NF, F}),
        row("offer.counter",           "missing",           {U, NF, NF, NF, NF, F}),
        row("offer.accept",            "application",       {U, F, NF, OK, NF, F}),
        row("offer.accept",            "invite",            {U, OK, NF, F, NF, F}),
        row("offer.accept",            "missing",           {U, NF, NF, NF, NF, F}),
        row("offer.reject",            "application",       {U, F, NF, OK, NF, F}),
        row("offer.reject",            "invite",            {U, OK, NF, F, NF, F}),
        row("offer.reject",            "missing",           {U, NF, NF, NF, NF, F}),
        row("offer.withdraw",          "application",       {U, OK, NF, F, NF, F}),
        row("offer.withdraw",          "invite",            {U, F, NF, OK, NF, F}),
        row("offer.withdraw",          "missing",           {U, NF, NF, NF, NF, F}),
        row("membership.remove",       "membership",        {U, F, F, OK, NF, F}),
        row("membership.remove",       "missing",           {U, F, F, NF, NF, F}),
        row("membership.leave",        "membership",        {U, OK, NF, F, F, F}),
        row("membership.leave",        "missing",           {U, NF, NF, F, F, F}),
        row("profile.update",          "self",              {U, OK, OK, OK, OK, OK}),
        row("notification.mark_read",  "notification",      {U, NF, NF, OK, NF, NF}),
        row("notification.mark_read",  "missing",           {U, NF, NF, NF, NF, NF}),
        row("admin.flag_campaign",     "active",            {U, F, F, F, F, OK}),
        row("admin.flag_campaign",     "missing",           {U, F, F, F, F, NF}),
        row("admin.unflag_campaign",   "flagged",           {U, F, F, F, F, OK}),
        row("admin.unflag_campaign",   "missing",           {U, F, F, F, F, NF}),
        row("admin.flag_user",         "user",              {U, F, F, F, F, OK}),
        row("admin.flag_user",         "missing",           {U, F, F, F, F, NF}),
        row("admin.unflag_user",       "flagged_user",      {U, F, F, F, F, OK}),
        row("admin.unflag_user",       "missing",           {U, F, F, F, F, NF}),
        row("campaign.explode",        "none",              {U, UM, UM, UM, UM, UM}),
    };
}

QList<AuthzTable::Row> AuthzTable::restRows()
{
    return {
        //   route                                target            anon clipA clipB brandA brandB admin
        row("GET /api/v1/campaigns/{id}",        "draft",          {U, H404, H404, H200, H404, H200}),
        row("GET /api/v1/campaigns/{id}",        "active",         {U, H200, H200, H200, H404, H200}),
        row("GET /api/v1/campaigns/{id}",        "private_active", {U, H404, H404, H200, H404, H200}),
        row("GET /api/v1/campaigns/{id}",        "template",       {U, H404, H404, H200, H404, H200}),
        row("GET /api/v1/campaigns/{id}",        "flagged",        {U, H404, H404, H200, H404, H200}),
        row("GET /api/v1/campaigns/{id}",        "invited",        {U, H200, H404, H200, H404, H200}), // private, clipper A invited
        row("GET /api/v1/campaigns/{id}",        "missing",        {U, H404, H404, H404, H404, H404}),
        row("GET /api/v1/users/{id}/profile",    "clipperA",       {U, H200, H200, H200, H200, H200}),
        row("GET /api/v1/users/{id}/profile",    "brandA",         {U, H200, H200, H200, H200, H200}),
        row("GET /api/v1/users/{id}/profile",    "missing",        {U, H404, H404, H404, H404, H404}),
    };
}

} // namespace ClipDesk::Testing

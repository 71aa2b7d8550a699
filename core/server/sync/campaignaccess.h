#pragma once

#include "domain/error.h"
#include "storage/campaignrepository.h"

#include <optional>

namespace ClipDesk::Server {

class MutationContext;

// Campaign lookups and poke audiences shared by the mutation families.
class CampaignAccess final
{
public:
    // The campaign if it exists and belongs to the calling brand, else std::nullopt.
    static Result<std::optional<Storage::StoredCampaign>> owned(MutationContext &context, const QString &id);
    // Adds everyone whose view of the campaign changed: the brand, admins, and either every
    // clipper (it was or is discoverable) or the clippers with an offer or membership.
    static Status addAudience(MutationContext &context, const Domain::Campaign &before, const Domain::Campaign &after);
    // Writes the campaign (with the version the caller set) under a new change sequence value.
    static Status write(MutationContext &context, Storage::StoredCampaign &stored);
};

} // namespace ClipDesk::Server

#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace ClipDesk::Bench {

// Builds a client cache file full of campaigns the way a first sync would: synthetic pull pages
// in the server's real format (`{"changes":[{"seq","entity":"campaign","id","op":"upsert",
// "row":<campaignToJson>}], "cursor", "has_more"}`) applied by the real PullApplier.
class SyntheticCampaignCache final
{
public:
    static constexpr int PageSize = 5000; // the server's largest pull page

    struct Built
    {
        qint64 rows = 0;
        qint64 bytes = 0;    // size of the cache file
        double applyMs = 0;  // PullApplier time for all pages
    };

    // Creates `path` (which must not exist yet) with `count` campaign rows of `brands` brands.
    static Result<Built> build(const QString &path, int count, int brands = 50);
    // One pull page: campaigns [first, first + count) with seq values first+1...
    static QByteArray page(int first, int count, int total, int brands = 50);
    // The id of brand number `index` (0 owns every campaign of a one-brand cache).
    static QString brandId(int index);
};

} // namespace ClipDesk::Bench

#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace ClipDesk::Sync {

// Finds the text of every change's "row" object in a pull page's JSON body, so that the cache
// can store the server's own serialization as row_json instead of writing each row out again
// (the largest single cost of a bulk pull). Only structure is scanned: strings (with escapes),
// objects and arrays. Returns one view per element of "changes", in order (empty for a change
// without a row), or std::nullopt when the text does not have the expected shape; callers then
// serialize the parsed rows instead.
class RowTextScanner final
{
public:
    static std::optional<QList<QByteArrayView>> rowTexts(QByteArrayView pageJson);
};

} // namespace ClipDesk::Sync

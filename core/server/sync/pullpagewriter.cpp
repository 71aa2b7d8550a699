#include "pullpagewriter.h"

#include "jsontextwriter.h"

namespace ClipDesk::Server {

QByteArray PullPageWriter::toJson(const PulledPage &page)
{
    qsizetype size = 64;
    for (const PulledChange &change : page.changes)
        size += change.row.size() + 128;
    QByteArray json;
    json.reserve(size);
    JsonTextWriter writer(json);
    writer.beginObject();
    writer.key("changes");
    writer.beginArray();
    for (const PulledChange &change : page.changes) {
        writer.beginObject();
        writer.key("entity");
        writer.value(change.entity);
        writer.key("id");
        writer.value(change.id);
        writer.key("op");
        writer.value(change.deleted ? QStringLiteral("delete") : QStringLiteral("upsert"));
        if (!change.deleted) {
            writer.key("row");
            writer.raw(change.row);
        }
        writer.key("seq");
        writer.value(change.seq);
        writer.endObject();
    }
    writer.endArray();
    writer.key("cursor");
    writer.value(page.cursor);
    writer.key("has_more");
    writer.value(page.hasMore);
    writer.endObject();
    return json;
}

} // namespace ClipDesk::Server

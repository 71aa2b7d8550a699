#include "byterange.h"

#include <QByteArray>

#include <algorithm>
#include <optional>

namespace ClipDesk::Server {

namespace {

std::optional<qint64> number(QByteArrayView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return text.toLongLong();
}

} // namespace

ByteRange ByteRange::resolve(QByteArrayView rangeHeader, qint64 size)
{
    const ByteRange whole{Kind::Whole, 0, size};
    const ByteRange unsatisfiable{Kind::Unsatisfiable, 0, 0};
    const QByteArrayView header = rangeHeader.trimmed();
    constexpr QByteArrayView unit("bytes=");
    if (header.size() <= unit.size() || !header.first(unit.size()).toByteArray().toLower().startsWith(unit.toByteArray()))
        return whole;
    const QByteArrayView spec = header.sliced(unit.size()).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (spec.contains(',') || dash < 0)
        return whole;
    const QByteArrayView firstText = spec.first(dash).trimmed();
    const QByteArrayView lastText = spec.sliced(dash + 1).trimmed();

    if (firstText.isEmpty()) { // "-N": the last N bytes
        const auto suffix = number(lastText);
        if (!suffix)
            return whole;
        if (*suffix == 0 || size == 0)
            return unsatisfiable;
        const qint64 length = std::min(*suffix, size);
        return ByteRange{Kind::Partial, size - length, length};
    }
    const auto first = number(firstText);
    if (!first)
        return whole;
    std::optional<qint64> last;
    if (!lastText.isEmpty()) {
        last = number(lastText);
        if (!last || *last < *first)
            return whole;
    }
    if (*first >= size)
        return unsatisfiable;
    const qint64 end = std::min(last.value_or(size - 1), size - 1);
    return ByteRange{Kind::Partial, *first, end - *first + 1};
}

} // namespace ClipDesk::Server

#pragma once

#include "pullquery.h"

#include <QByteArray>

namespace ClipDesk::Server {

// A pull page as compact JSON in the format of PROTOCOL.md (and of Sync::ChangeCodec), written
// into one buffer from rows that are JSON text already. Keys are in sorted order, as
// QJsonDocument writes them: {"changes":[{"entity","id","op","row","seq"}...],"cursor","has_more"}.
class PullPageWriter final
{
public:
    static QByteArray toJson(const PulledPage &page);
};

} // namespace ClipDesk::Server

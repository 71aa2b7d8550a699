#pragma once

#include <QLoggingCategory>

namespace ClipDesk::Sync {

// The logging category of the client cache, outbox and pull applier ("clipdesk.sync.cache").
Q_DECLARE_LOGGING_CATEGORY(lcCache)

} // namespace ClipDesk::Sync

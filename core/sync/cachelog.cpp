#include "sync/cachelog.h"

namespace ClipDesk::Sync {

Q_LOGGING_CATEGORY(lcCache, "clipdesk.sync.cache", QtInfoMsg)

} // namespace ClipDesk::Sync

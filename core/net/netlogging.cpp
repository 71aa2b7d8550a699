#include "netlogging.h"

namespace ClipDesk::Net {
Q_LOGGING_CATEGORY(lcNet, "clipdesk.net", QtInfoMsg)
} // namespace ClipDesk::Net

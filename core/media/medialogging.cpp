#include "medialogging.h"

namespace ClipDesk::Media {
Q_LOGGING_CATEGORY(lcMedia, "clipdesk.media", QtInfoMsg)
} // namespace ClipDesk::Media

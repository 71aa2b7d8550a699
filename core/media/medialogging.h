#pragma once

#include <QLoggingCategory>

namespace ClipDesk::Media {
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
} // namespace ClipDesk::Media

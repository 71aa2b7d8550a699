#pragma once

#include <QLoggingCategory>

namespace ClipDesk::Net {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace ClipDesk::Net

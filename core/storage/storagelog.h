#pragma once

#include <QLoggingCategory>

namespace ClipDesk::Storage {

// The logging category of the storage module ("clipdesk.storage").
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace ClipDesk::Storage

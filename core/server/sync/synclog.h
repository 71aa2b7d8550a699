#pragma once

#include <QLoggingCategory>

namespace ClipDesk::Server {

// The logging category of the sync module ("clipdesk.sync").
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace ClipDesk::Server

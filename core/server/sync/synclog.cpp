#include "synclog.h"

namespace ClipDesk::Server {

Q_LOGGING_CATEGORY(lcSync, "clipdesk.sync", QtInfoMsg)

} // namespace ClipDesk::Server

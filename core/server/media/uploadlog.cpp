#include "uploadlog.h"

namespace ClipDesk::Server {

Q_LOGGING_CATEGORY(lcUploads, "clipdesk.uploads", QtInfoMsg)

} // namespace ClipDesk::Server

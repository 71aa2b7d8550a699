#pragma once

#include <QtGlobal>

namespace ClipDesk::Testing {

// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0, read, closed).
quint16 freeLoopbackPort();

} // namespace ClipDesk::Testing

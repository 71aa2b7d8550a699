#include "storage/storagelog.h"

namespace ClipDesk::Storage {

// Per-statement debug output is off unless enabled with QT_LOGGING_RULES="clipdesk.storage.debug=true".
Q_LOGGING_CATEGORY(lcStorage, "clipdesk.storage", QtInfoMsg)

} // namespace ClipDesk::Storage

#pragma once

#include "storage/migrator.h"

namespace ClipDesk::Storage {

// Version 4: resumable (tus) uploads and the server's verdict on every uploaded clip file.
Migration uploadsAndClipMedia();

} // namespace ClipDesk::Storage

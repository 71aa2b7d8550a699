#pragma once

#include "storage/migrator.h"

namespace ClipDesk::Storage {

// Version 5: clips, from draft to published, with their review and their version history.
Migration clips();

} // namespace ClipDesk::Storage

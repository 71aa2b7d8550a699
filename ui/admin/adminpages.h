#pragma once

#include "appcontext.h"

#include <QList>

namespace ClipDesk::Ui {

// The admin's sidebar pages: Users, Campaigns and the Audit log.
QList<PageEntry> adminPages();

} // namespace ClipDesk::Ui

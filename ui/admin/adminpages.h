#pragma once

#include "appcontext.h"

#include <QList>

namespace ClipDesk::Ui {

// The admin's sidebar pages: Users, Campaigns, the Audit log and Submissions (clip review).
QList<PageEntry> adminPages();

} // namespace ClipDesk::Ui

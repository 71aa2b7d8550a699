#pragma once

#include "appcontext.h"

#include <QList>

namespace ClipDesk::Ui {

// The profile editor, for every role.
QList<PageEntry> profilePages();

} // namespace ClipDesk::Ui

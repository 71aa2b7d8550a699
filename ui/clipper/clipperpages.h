#pragma once

#include "appcontext.h"

#include <QList>

namespace ClipDesk::Ui {

// The clipper's sidebar pages: Discover, Offers and My campaigns.
QList<PageEntry> clipperPages();

} // namespace ClipDesk::Ui

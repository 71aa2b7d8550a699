#pragma once

#include "ui/appcontext.h"

#include <QList>

namespace ClipDesk::Ui {

// The brand's pages for the sidebar: Campaigns, Creators (invite), Offers (negotiation),
// Submissions (clip review).
QList<PageEntry> brandPages();

} // namespace ClipDesk::Ui

#pragma once

#include "appcontext.h"
#include "sync/outbox.h"

class QDialog;
class QWidget;

namespace ClipDesk::Ui {

// The Sync issues panel's editor for a campaign change the server rejected or found in
// conflict: the campaign editor over the server's version with the user's values filled in
// (campaign.update), or a new campaign with them (campaign.create). nullptr for other changes.
QDialog *editCampaignIssue(AppContext &context, const Sync::OutboxEntry &issue, QWidget *parent);

} // namespace ClipDesk::Ui

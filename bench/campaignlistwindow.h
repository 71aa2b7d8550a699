#pragma once

#include "ui/models/campaignfilterproxy.h"
#include "ui/models/campaignlistmodel.h"

#include <QWidget>

class QTableView;

namespace ClipDesk::Sync {
class ClientCache;
}

namespace ClipDesk::Bench {

// The campaign list as a page shows it: a search field over a table sorted by the last update
// (CampaignListModel under CampaignFilterProxy), in a 1280×800 window. Not shown yet.
class CampaignListWindow final
{
public:
    explicit CampaignListWindow(Sync::ClientCache &cache);
    Q_DISABLE_COPY_MOVE(CampaignListWindow)

    Ui::CampaignListModel model;
    Ui::CampaignFilterProxy proxy;
    QWidget window;
    QTableView *view = nullptr; // owned by the window
};

} // namespace ClipDesk::Bench

#include "campaignlistwindow.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace ClipDesk::Bench {

CampaignListWindow::CampaignListWindow(Sync::ClientCache &cache)
    : model(cache)
{
    proxy.setCampaignModel(&model);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLineEdit);
    view = new QTableView;
    view->setModel(&proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(model.sectionOf(Ui::CampaignListModel::UpdatedAt), Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    layout->addWidget(view);
    window.resize(1280, 800);
}

} // namespace ClipDesk::Bench

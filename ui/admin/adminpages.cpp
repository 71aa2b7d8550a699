#include "admin/adminpages.h"

#include "admin/auditlogpage.h"
#include "admin/flaggabletablepage.h"
#include "models/accountlistmodel.h"
#include "models/campaignlistmodel.h"
#include "review/submissionspage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace ClipDesk::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AdminPages)
};

QWidget *createUsersPage(AppContext &context, QWidget *parent)
{
    FlaggableTablePage::Config config;
    config.title = Tr::tr("Users");
    config.subtitle = Tr::tr("Every account. A flagged user cannot sign in; the reason is shown to them.");
    config.emptyText = Tr::tr("No accounts in the local cache yet. They appear after the first sync.");
    config.flagMutation = QStringLiteral("admin.flag_user");
    config.unflagMutation = QStringLiteral("admin.unflag_user");
    config.idRole = AccountListModel::IdRole;
    config.flaggedReasonRole = AccountListModel::FlaggedReasonRole;
    config.nameColumn = AccountListModel::UsernameColumn;
    config.sortColumn = AccountListModel::CreatedColumn;
    config.sortOrder = Qt::DescendingOrder;
    config.sortRole = AccountListModel::SortRole;
    auto *page = new FlaggableTablePage(context, new AccountListModel(*context.cache), config, parent);
    page->setObjectName(QStringLiteral("adminUsersPage"));
    return page;
}

QWidget *createCampaignsPage(AppContext &context, QWidget *parent)
{
    auto *model = new CampaignListModel(*context.cache);
    model->setScope(QStringLiteral("is_template = 0"));
    model->setColumns({CampaignListModel::Name, CampaignListModel::Status, CampaignListModel::Category,
                       CampaignListModel::Budget, CampaignListModel::PayoutModel, CampaignListModel::Visibility,
                       CampaignListModel::UpdatedAt});
    FlaggableTablePage::Config config;
    config.title = Tr::tr("Campaigns");
    config.subtitle = Tr::tr("All campaigns, flagged ones included. A flagged campaign leaves discovery and cannot get new offers.");
    config.emptyText = Tr::tr("No campaigns in the local cache yet.");
    config.flagMutation = QStringLiteral("admin.flag_campaign");
    config.unflagMutation = QStringLiteral("admin.unflag_campaign");
    config.idRole = CampaignListModel::IdRole;
    config.flaggedReasonRole = CampaignListModel::FlaggedReasonRole;
    config.nameColumn = 0;
    config.sortColumn = 6;
    config.sortOrder = Qt::DescendingOrder;
    config.sortRole = CampaignListModel::SortRole;
    config.chipColumn = 1;
    config.chipRole = CampaignListModel::StatusRole;
    auto *page = new FlaggableTablePage(context, model, config, parent);
    page->setObjectName(QStringLiteral("adminCampaignsPage"));
    return page;
}

} // namespace

QList<PageEntry> adminPages()
{
    QStyle *style = QApplication::style();
    return {
        {QStringLiteral("admin.users"), Tr::tr("Users"),
         QIcon::fromTheme(QStringLiteral("system-users"), style->standardIcon(QStyle::SP_DirHomeIcon)),
         QKeySequence(Qt::CTRL | Qt::Key_1), createUsersPage},
        {QStringLiteral("admin.campaigns"), Tr::tr("Campaigns"),
         QIcon::fromTheme(QStringLiteral("view-list-details"), style->standardIcon(QStyle::SP_FileDialogListView)),
         QKeySequence(Qt::CTRL | Qt::Key_2), createCampaignsPage},
        {QStringLiteral("admin.audit"), Tr::tr("Audit log"),
         QIcon::fromTheme(QStringLiteral("document-properties"), style->standardIcon(QStyle::SP_FileDialogInfoView)),
         QKeySequence(Qt::CTRL | Qt::Key_3),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new AuditLogPage(context, parent); }},
        {QStringLiteral("admin.submissions"), Tr::tr("Submissions"),
         QIcon::fromTheme(QStringLiteral("view-media-playlist"), style->standardIcon(QStyle::SP_MediaPlay)),
         QKeySequence(Qt::CTRL | Qt::Key_4),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new SubmissionsPage(context, parent); }},
    };
}

} // namespace ClipDesk::Ui

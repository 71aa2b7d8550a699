#include "brandpages.h"

#include "brandactions.h"
#include "campaignspage.h"
#include "creatorspage.h"
#include "offerspage.h"
#include "review/submissionspage.h"

#include <QCoreApplication>

namespace ClipDesk::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BrandPages)
};

} // namespace

QList<PageEntry> brandPages()
{
    return {
        {QStringLiteral("brand.campaigns"), Tr::tr("Campaigns"), brandIcon("view-list-details", "campaigns"),
         QKeySequence(Qt::CTRL | Qt::Key_1),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new CampaignsPage(context, parent); }},
        {QStringLiteral("brand.creators"), Tr::tr("Creators"), brandIcon("system-users", "creators"),
         QKeySequence(Qt::CTRL | Qt::Key_2),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new CreatorsPage(context, parent); }},
        {QStringLiteral("brand.offers"), Tr::tr("Offers"), brandIcon("mail-message", "offers"),
         QKeySequence(Qt::CTRL | Qt::Key_3),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new OffersPage(context, parent); }},
        {QStringLiteral("brand.submissions"), Tr::tr("Submissions"), brandIcon("view-media-playlist", "accept"),
         QKeySequence(Qt::CTRL | Qt::Key_4),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new SubmissionsPage(context, parent); }},
    };
}

} // namespace ClipDesk::Ui

#include "clipper/clipperpages.h"

#include "clipper/discoverpage.h"
#include "clipper/mycampaignspage.h"
#include "clipper/offersinboxpage.h"
#include "clips/myclipspage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace ClipDesk::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClipperPages)
};

} // namespace

QList<PageEntry> clipperPages()
{
    QStyle *style = QApplication::style();
    return {
        {QStringLiteral("clipper.discover"), Tr::tr("Discover"),
         QIcon::fromTheme(QStringLiteral("edit-find"), style->standardIcon(QStyle::SP_FileDialogContentsView)),
         QKeySequence(Qt::CTRL | Qt::Key_1),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new DiscoverPage(context, parent); }},
        {QStringLiteral("clipper.offers"), Tr::tr("Offers"),
         QIcon::fromTheme(QStringLiteral("mail-message"), style->standardIcon(QStyle::SP_DirOpenIcon)),
         QKeySequence(Qt::CTRL | Qt::Key_2),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new OffersInboxPage(context, parent); }},
        {QStringLiteral("clipper.campaigns"), Tr::tr("My campaigns"),
         QIcon::fromTheme(QStringLiteral("folder"), style->standardIcon(QStyle::SP_DirIcon)),
         QKeySequence(Qt::CTRL | Qt::Key_3),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new MyCampaignsPage(context, parent); }},
        {QStringLiteral("clipper.clips"), Tr::tr("My clips"),
         QIcon::fromTheme(QStringLiteral("video-x-generic"), style->standardIcon(QStyle::SP_MediaPlay)),
         QKeySequence(Qt::CTRL | Qt::Key_4),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new MyClipsPage(context, parent); }},
    };
}

} // namespace ClipDesk::Ui

#include "profile/profilepages.h"

#include "profile/profileeditorpage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace ClipDesk::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfilePages)
};

} // namespace

QList<PageEntry> profilePages()
{
    return {
        {QStringLiteral("profile"), Tr::tr("Profile"),
         QIcon::fromTheme(QStringLiteral("user-identity"), QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon)),
         QKeySequence(Qt::CTRL | Qt::Key_9),
         [](AppContext &context, QWidget *parent) -> QWidget * { return new ProfileEditorPage(context, parent); }},
    };
}

} // namespace ClipDesk::Ui

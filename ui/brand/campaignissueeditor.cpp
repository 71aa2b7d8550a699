#include "brand/campaignissueeditor.h"

#include "brand/campaigneditordialog.h"
#include "sync/clientcache.h"

namespace ClipDesk::Ui {

QDialog *editCampaignIssue(AppContext &context, const Sync::OutboxEntry &issue, QWidget *parent)
{
    const QString name = issue.mutation.name;
    const QJsonObject args = issue.mutation.args;
    if (name == u"campaign.update") {
        const QString id = args.value(QLatin1String("id")).toString();
        auto row = context.cache->row(QStringLiteral("campaign"), id);
        if (id.isEmpty() || !row || !*row)
            return nullptr; // the campaign is gone from the server
        auto *editor = new CampaignEditorDialog(context, id, parent);
        editor->fillInChanges(args.value(QLatin1String("changes")).toObject());
        return editor;
    }
    if (name == u"campaign.create") {
        auto *editor = new CampaignEditorDialog(context, {}, parent);
        editor->fillInChanges(args.value(QLatin1String("fields")).toObject());
        return editor;
    }
    return nullptr;
}

} // namespace ClipDesk::Ui

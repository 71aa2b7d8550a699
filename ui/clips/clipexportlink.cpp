#include "clips/clipexportlink.h"

#include "domain/clip.h"
#include "domain/cliprules.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

namespace ClipDesk::Ui {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

ClipExportLink::ClipExportLink(AppContext &context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{
}

void ClipExportLink::offer(const QString &clipId, const QString &path)
{
    auto row = m_context.cache->row(Sync::Entity::Clip, clipId);
    const QJsonObject clip = row && *row ? **row : QJsonObject();
    const QString title = clip.value(QStringLiteral("title")).toString();
    const auto status = Domain::clipStatusFromName(clip.value(QStringLiteral("status")).toString());
    const QString file = QFileInfo(path).fileName();
    QString text;
    if (clip.isEmpty())
        text = tr("Make a new draft clip from “%1” and upload it?").arg(file);
    else if (status && Domain::ClipRules::isEditableInPlace(*status))
        text = tr("Use “%1” as the video of the draft “%2” and upload it?").arg(file, title);
    else
        text = tr("“%2” has been reviewed and stays exactly as the reviewer saw it. Make a new version of it with "
                  "“%1” and upload that?").arg(file, title);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Use the exported video"), text, QMessageBox::NoButton,
                                m_dialogParent);
    box->setObjectName(QStringLiteral("useExportQuestion"));
    QPushButton *upload = box->addButton(tr("Upload"), QMessageBox::AcceptRole);
    upload->setObjectName(QStringLiteral("useExportButton"));
    QPushButton *keep = box->addButton(tr("Keep the file only"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepExportButton"));
    box->setDefaultButton(upload);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, upload, clipId, path] {
        if (box->clickedButton() != upload)
            return;
        auto target = prepareTarget(clipId, path);
        if (!target)
            return Q_EMIT failed(target.error().message);
        const QString message = *target == clipId ? tr("Uploading the exported video for this draft.")
                                                  : tr("Made a new draft for the exported video; uploading it.");
        Q_EMIT targetReady(*target, path, message);
    });
    box->open();
    Q_EMIT questionOpened(box);
}

Result<QString> ClipExportLink::prepareTarget(const QString &clipId, const QString &path)
{
    auto row = m_context.cache->row(Sync::Entity::Clip, clipId);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return newDraft(path);
    const auto status = Domain::clipStatusFromName((**row).value(QStringLiteral("status")).toString());
    if (status && Domain::ClipRules::isEditableInPlace(*status))
        return clipId;
    // What the reviewer saw stays: the file goes to a new version.
    const QString next = newId();
    auto queued = m_context.mutations->submit(QStringLiteral("clip.new_version"),
                                              {{QStringLiteral("id"), clipId}, {QStringLiteral("new_id"), next}});
    if (!queued)
        return std::unexpected(queued.error());
    return next;
}

Result<QString> ClipExportLink::newDraft(const QString &path)
{
    const QString id = newId();
    const QString title = QFileInfo(path).completeBaseName().left(Domain::ClipRules::MaxTitleLength);
    auto queued = m_context.mutations->submit(
        QStringLiteral("clip.create"),
        {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), title}}}});
    if (!queued)
        return std::unexpected(queued.error());
    return id;
}

} // namespace ClipDesk::Ui

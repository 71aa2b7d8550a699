#pragma once

#include "domain/campaign.h"
#include "domain/error.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace ClipDesk::Ui {

class CampaignForm;
class MessageBanner;

// Creates or edits one campaign. Every keystroke runs the same domain rules the server runs
// (CampaignRules::applyChanges, plus validateForActivation for an active campaign or when
// the user activates) and shows their message. Save queues campaign.create (new id) or
// campaign.update with only the changed fields and base_version = the row's version; the
// status buttons queue campaign.set_status (saving first).
class CampaignEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    // An empty `campaignId` starts a new campaign.
    CampaignEditorDialog(AppContext &context, const QString &campaignId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignEditorDialog)

    QString campaignId() const { return m_original.id; }
    bool isNew() const { return m_isNew; }
    CampaignForm *form() const { return m_form; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *saveButton() const { return m_save; }

    // The campaign as it would be after saving, or the rule it breaks.
    Result<Domain::Campaign> predicted() const;
    // Fields that differ from the saved campaign (normalized, as they would be sent).
    Result<QJsonObject> changes() const;

    bool save();
    // Fills the form with `changes` (campaign.update / campaign.create fields) over the
    // campaign's current version, unsaved: how a rejected or conflicting change is edited.
    void fillInChanges(const QJsonObject &changes);
    bool changeStatus(Domain::CampaignStatus status);

Q_SIGNALS:
    void saved(const QString &campaignId);

private:
    void revalidate();
    void showProblem(const QString &message, const QJsonObject &fields, bool forActivation);
    // The field whose value breaks the rule: the first one that, set to a known good value,
    // makes the message go away or change.
    QString culpritField(const QString &message, const QJsonObject &fields, bool forActivation) const;
    void reloadOriginal();
    void updateHeader();
    QPushButton *statusButton(Domain::CampaignStatus status);

    AppContext &m_context;
    Domain::Campaign m_original;
    bool m_isNew = false;
    QLabel *m_title;
    QLabel *m_status;
    MessageBanner *m_banner;
    CampaignForm *m_form;
    QList<QPushButton *> m_statusButtons;
    QPushButton *m_save;
};

} // namespace ClipDesk::Ui

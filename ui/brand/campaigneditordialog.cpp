#include "campaigneditordialog.h"

#include "campaignbulkoperation.h"
#include "campaignform.h"
#include "domain/campaignrules.h"
#include "domain/profile.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"
#include "ui/models/campaignlistmodel.h"
#include "ui/signin/messagebanner.h"
#include "ui/widgets/statuschipdelegate.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {
const QString CampaignEntity = QStringLiteral("campaign");

// A campaign created locally and not yet pulled back has version 0; the server creates it at 1.
qint64 baseVersion(const Domain::Campaign &campaign)
{
    return qMax<qint64>(campaign.version, 1);
}
} // namespace

CampaignEditorDialog::CampaignEditorDialog(AppContext &context, const QString &campaignId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_isNew(campaignId.isEmpty())
{
    setObjectName(QStringLiteral("campaignEditor"));
    setWindowTitle(m_isNew ? tr("New campaign") : tr("Edit campaign"));
    resize(1120, 740);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *header = new QHBoxLayout;
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("editorStatusChip"));
    header->addWidget(m_title);
    header->addWidget(m_status);
    header->addStretch();
    layout->addLayout(header);

    m_banner = new MessageBanner;
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    layout->addWidget(m_banner);
    m_form = new CampaignForm;
    layout->addWidget(m_form, 1);

    auto *buttons = new QHBoxLayout;
    for (const auto status : {Domain::CampaignStatus::Active, Domain::CampaignStatus::Paused,
                              Domain::CampaignStatus::Completed, Domain::CampaignStatus::Archived})
        buttons->addWidget(statusButton(status));
    buttons->addStretch();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = box->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    buttons->addWidget(box);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_isNew) {
        m_original.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_original.brandId = context.viewer.userId;
        m_original.name.clear();
    } else {
        m_original.id = campaignId;
        reloadOriginal();
    }
    m_form->load(m_original);
    updateHeader();
    if (!m_isNew)
        revalidate();
    connect(m_form, &CampaignForm::edited, this, &CampaignEditorDialog::revalidate);
}

QPushButton *CampaignEditorDialog::statusButton(Domain::CampaignStatus status)
{
    auto *button = new QPushButton(CampaignBulkOperation::statusAction(status));
    button->setObjectName(QStringLiteral("statusButton_") + Domain::campaignStatusName(status));
    button->setProperty("status", Domain::campaignStatusName(status));
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, [this, status] {
        if (changeStatus(status))
            accept();
    });
    m_statusButtons.append(button);
    return button;
}

void CampaignEditorDialog::fillInChanges(const QJsonObject &changes)
{
    Domain::Campaign edited = m_original;
    if (auto applied = Domain::CampaignRules::applyChanges(edited, changes); !applied) {
        m_banner->showMessage(MessageBanner::Kind::Error, applied.error().message);
        return;
    }
    m_form->load(edited);
    revalidate();
}

void CampaignEditorDialog::reloadOriginal()
{
    const auto row = m_context.cache->row(CampaignEntity, m_original.id);
    if (row && *row)
        m_original = Domain::campaignFromJson(**row);
}

void CampaignEditorDialog::updateHeader()
{
    const bool editable = Domain::CampaignRules::isEditable(m_original);
    if (m_isNew)
        m_title->setText(tr("New campaign"));
    else if (m_original.isTemplate)
        m_title->setText(tr("Template: %1").arg(m_original.name));
    else
        m_title->setText(m_original.name);
    const QString status = m_original.isTemplate ? QStringLiteral("template") : Domain::campaignStatusName(m_original.status);
    const QColor color = StatusChipDelegate::chipColor(status);
    m_status->setText(m_original.isTemplate ? tr("Template") : CampaignListModel::statusText(status));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 9px; padding: 1px 8px; }")
                                .arg(color.name()));
    const QList<Domain::CampaignStatus> next = Domain::CampaignRules::nextStatuses(m_original.status);
    for (QPushButton *button : std::as_const(m_statusButtons)) {
        const auto target = Domain::campaignStatusFromName(button->property("status").toString());
        button->setVisible(!m_original.isTemplate && target && next.contains(*target));
    }
    m_form->setEditable(editable);
    m_save->setEnabled(editable);
    if (!editable)
        m_banner->showMessage(MessageBanner::Kind::Info, tr("A %1 campaign is read-only.").arg(CampaignListModel::statusText(status).toLower()));
}

Result<Domain::Campaign> CampaignEditorDialog::predicted() const
{
    const auto fields = m_form->fields();
    if (!fields)
        return std::unexpected(fields.error());
    Domain::Campaign next = m_original;
    if (auto applied = Domain::CampaignRules::applyChanges(next, *fields); !applied)
        return std::unexpected(applied.error());
    return next;
}

Result<QJsonObject> CampaignEditorDialog::changes() const
{
    const auto next = predicted();
    if (!next)
        return std::unexpected(next.error());
    const QJsonObject before = Domain::campaignToJson(m_original);
    const QJsonObject after = Domain::campaignToJson(*next);
    QJsonObject changed;
    for (const QString &field : Domain::editableCampaignFields()) {
        if (m_isNew || before.value(field) != after.value(field))
            changed.insert(field, after.value(field));
    }
    return changed;
}

void CampaignEditorDialog::revalidate()
{
    if (!Domain::CampaignRules::isEditable(m_original))
        return;
    const auto fields = m_form->fields();
    const auto next = predicted();
    if (!next) {
        showProblem(next.error().message, fields.value_or(QJsonObject{}), false);
        return;
    }
    if (m_original.status == Domain::CampaignStatus::Active) {
        if (auto active = Domain::CampaignRules::validateForActivation(*next, QDateTime::currentMSecsSinceEpoch()); !active) {
            showProblem(active.error().message, *fields, true);
            return;
        }
    }
    m_banner->clear();
    m_form->markInvalid({}, {});
}

void CampaignEditorDialog::showProblem(const QString &message, const QJsonObject &fields, bool forActivation)
{
    m_banner->showMessage(MessageBanner::Kind::Error, message);
    m_form->markInvalid(fields.isEmpty() ? QString() : culpritField(message, fields, forActivation), message);
}

QString CampaignEditorDialog::culpritField(const QString &message, const QJsonObject &fields, bool forActivation) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString currency = fields.value(QStringLiteral("budget")).toObject().value(QStringLiteral("currency")).toString();
    // Values that pass every rule, activation included; dependent fields are tried first.
    const QList<std::pair<QString, QJsonValue>> good = {
        {QStringLiteral("name"), QStringLiteral("Campaign")},
        {QStringLiteral("category"), Domain::ProfileRules::categories().value(0)},
        {QStringLiteral("time_zone"), QStringLiteral("UTC")},
        {QStringLiteral("ends_at"), now + 86'400'000LL * 400},
        {QStringLiteral("max_payout_per_clip_minor"), 0},
        {QStringLiteral("cap_per_clipper_minor"), 0},
        {QStringLiteral("submission_limit_per_clipper"), 5},
        {QStringLiteral("platforms"), QJsonArray{Domain::Platform::TikTok}},
        {QStringLiteral("required_hashtags"), QJsonArray{}},
        {QStringLiteral("blacklisted_hashtags"), QJsonArray{}},
        {QStringLiteral("source_asset_links"), QJsonArray{}},
        {QStringLiteral("brief"), QString()},
        {QStringLiteral("goals"), QString()},
        {QStringLiteral("disclosure_text"), QString()},
        {QStringLiteral("cpm_rate_minor"), 100},
        {QStringLiteral("starts_at"), now - 86'400'000LL},
        {QStringLiteral("budget"), Domain::moneyToJson(Domain::Money{100'000, currency.isEmpty() ? QStringLiteral("USD") : currency})},
    };
    for (const auto &[field, value] : good) {
        QJsonObject probe = fields;
        probe.insert(field, value);
        Domain::Campaign next = m_original;
        Status verdict = Domain::CampaignRules::applyChanges(next, probe);
        if (verdict && forActivation)
            verdict = Domain::CampaignRules::validateForActivation(next, now);
        if (verdict || verdict.error().message != message)
            return field;
    }
    return {};
}

bool CampaignEditorDialog::save()
{
    const auto changed = changes();
    if (!changed) {
        m_banner->showMessage(MessageBanner::Kind::Error, changed.error().message);
        return false;
    }
    if (changed->isEmpty())
        return true;
    Result<QString> queued = m_isNew
        ? m_context.mutations->submit(QStringLiteral("campaign.create"),
                                      {{QStringLiteral("id"), m_original.id}, {QStringLiteral("fields"), *changed}})
        : m_context.mutations->submit(QStringLiteral("campaign.update"),
                                      {{QStringLiteral("id"), m_original.id}, {QStringLiteral("changes"), *changed}},
                                      baseVersion(m_original));
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return false;
    }
    m_isNew = false;
    reloadOriginal();
    updateHeader();
    Q_EMIT saved(m_original.id);
    return true;
}

bool CampaignEditorDialog::changeStatus(Domain::CampaignStatus status)
{
    const auto next = predicted();
    if (!next) {
        m_banner->showMessage(MessageBanner::Kind::Error, next.error().message);
        return false;
    }
    if (auto allowed = Domain::CampaignRules::checkTransition(*next, status, QDateTime::currentMSecsSinceEpoch()); !allowed) {
        const auto fields = m_form->fields();
        showProblem(allowed.error().message, status == Domain::CampaignStatus::Active ? fields.value_or(QJsonObject{}) : QJsonObject{},
                    true);
        return false;
    }
    if (!save())
        return false;
    auto queued = m_context.mutations->submit(
        QStringLiteral("campaign.set_status"),
        {{QStringLiteral("id"), m_original.id}, {QStringLiteral("status"), Domain::campaignStatusName(status)}},
        baseVersion(m_original));
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return false;
    }
    reloadOriginal();
    updateHeader();
    return true;
}

} // namespace ClipDesk::Ui

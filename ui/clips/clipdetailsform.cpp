#include "clips/clipdetailsform.h"

#include "clips/uploadduplicateguard.h"
#include "models/cliplistmodel.h"
#include "domain/campaign.h"
#include "domain/campaignrules.h"
#include "domain/clip.h"
#include "domain/cliprules.h"
#include "storage/database.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

QPushButton *shortcutButton(const QString &text, const QKeySequence &key, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setShortcut(key);
    button->setToolTip(ClipDetailsForm::tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return button;
}

} // namespace

ClipDetailsForm::ClipDetailsForm(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_feedback(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_caption(new QPlainTextEdit(this))
    , m_hashtags(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_postedUrl(new QLineEdit(this))
    , m_campaign(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_guard(new UploadDuplicateGuard(context, this))
{
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_hashtags->setObjectName(QStringLiteral("hashtagsEdit"));
    m_platform->setObjectName(QStringLiteral("platformBox"));
    m_postedUrl->setObjectName(QStringLiteral("postedUrlEdit"));
    m_campaign->setObjectName(QStringLiteral("campaignBox"));
    m_error->setObjectName(QStringLiteral("clipError"));
    m_caption->setTabChangesFocus(true);
    m_caption->setMaximumHeight(90);
    m_hashtags->setPlaceholderText(tr("#tag #another"));
    m_postedUrl->setPlaceholderText(tr("https://…"));
    m_feedback->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    m_platform->addItem(tr("(none)"), QString());
    for (const QString &platform : Domain::Platform::all())
        m_platform->addItem(Domain::ClipRules::platformDisplayName(platform), platform);

    m_save = shortcutButton(tr("Save"), QKeySequence(Qt::CTRL | Qt::Key_S), tr("Save the changes"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_newVersion = shortcutButton(tr("Make a new version"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                  tr("A reviewed clip is never edited in place: edit a new version instead"), this);
    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    m_publish = shortcutButton(tr("Save link"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                               tr("Record where the approved clip is posted"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_submit = shortcutButton(tr("Submit"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                              tr("Submit the clip to the campaign for review"), this);
    m_submit->setObjectName(QStringLiteral("submitButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(tr("Hashtags:"), m_hashtags);
    form->addRow(tr("Platform:"), m_platform);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_newVersion);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(m_postedUrl, 1);
    publishRow->addWidget(m_publish);
    form->addRow(tr("Posted at:"), publishRow);
    auto *submitRow = new QHBoxLayout;
    submitRow->addWidget(m_campaign, 1);
    submitRow->addWidget(m_submit);
    form->addRow(tr("Submit to:"), submitRow);
    form->addRow(tr("Feedback:"), m_feedback);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_guard, &UploadDuplicateGuard::decided, this,
            [this](const QString &id, const QString &, bool proceed, const QString &note) {
                const auto [campaignId, campaignName] = std::exchange(m_pendingSubmission, {});
                if (proceed)
                    queueSubmit(id, campaignId, campaignName, note);
                else if (id == clipId())
                    showError(note);
            });
    connect(m_save, &QPushButton::clicked, this, &ClipDetailsForm::save);
    connect(m_submit, &QPushButton::clicked, this, &ClipDetailsForm::submit);
    connect(m_publish, &QPushButton::clicked, this, &ClipDetailsForm::publish);
    connect(m_newVersion, &QPushButton::clicked, this, &ClipDetailsForm::makeNewVersion);
    reloadCampaigns();
    setClip({});
}

QString ClipDetailsForm::clipId() const
{
    return m_row.value(QStringLiteral("id")).toString();
}

QString ClipDetailsForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ClipDetailsForm::reloadCampaigns()
{
    const QString current = m_campaign->currentData().toString();
    m_campaign->clear();
    auto query = m_context.cache->database().exec(
        QStringLiteral("SELECT m.campaign_id, COALESCE(c.name, m.campaign_id) FROM memberships m"
                       " LEFT JOIN campaigns c ON c.id = m.campaign_id"
                       " WHERE m.clipper_id = ? AND m.status = 'active' ORDER BY c.name"),
        {m_context.viewer.userId});
    while (query && query->next())
        m_campaign->addItem(query->value(1).toString(), query->value(0).toString());
    if (m_campaign->count() == 0)
        m_campaign->addItem(tr("(join a campaign first)"), QString());
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(current)));
}

void ClipDetailsForm::setClip(const QJsonObject &row)
{
    m_row = row;
    m_error->hide();
    const auto string = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    m_title->setText(string("title"));
    m_caption->setPlainText(string("caption"));
    QStringList tags;
    for (const QJsonValue &tag : row.value(QStringLiteral("hashtags")).toArray())
        tags << tag.toString();
    m_hashtags->setText(tags.join(QLatin1Char(' ')));
    m_platform->setCurrentIndex(std::max(0, m_platform->findData(string("platform"))));
    m_postedUrl->setText(string("posted_url"));
    const QString feedback = string("review_feedback");
    m_feedback->setText(feedback.isEmpty() ? tr("No feedback yet.") : feedback);
    if (const int campaign = m_campaign->findData(string("campaign_id")); campaign >= 0)
        m_campaign->setCurrentIndex(campaign);
    updateEnabled();
}

void ClipDetailsForm::updateEnabled()
{
    const bool selected = !m_row.isEmpty();
    const auto status = Domain::clipStatusFromName(m_row.value(QStringLiteral("status")).toString());
    const bool inPlace = status && Domain::ClipRules::isEditableInPlace(*status);
    for (QWidget *field : std::initializer_list<QWidget *>{m_title, m_caption, m_hashtags, m_platform, m_save})
        field->setEnabled(selected && inPlace);
    m_newVersion->setVisible(selected && !inPlace);
    const bool publishable = status == Domain::ClipStatus::Approved || status == Domain::ClipStatus::Published;
    m_postedUrl->setEnabled(selected && publishable);
    m_publish->setEnabled(selected && publishable);
    m_campaign->setEnabled(selected && inPlace);
    m_submit->setEnabled(selected && inPlace && !m_campaign->currentData().toString().isEmpty());
}

QStringList ClipDetailsForm::hashtags() const
{
    QStringList tags;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &word : m_hashtags->text().split(separators, Qt::SkipEmptyParts)) {
        const QString tag = Domain::CampaignRules::normalizedHashtag(word);
        tags << (tag.isEmpty() ? word : tag);
    }
    tags.removeDuplicates();
    return tags;
}

void ClipDetailsForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT failed(message);
}

void ClipDetailsForm::save()
{
    if (m_row.isEmpty())
        return;
    QJsonObject changes;
    const auto note = [&](const char *key, const QJsonValue &value) {
        if (m_row.value(QLatin1String(key)) != value)
            changes.insert(QLatin1String(key), value);
    };
    note("title", m_title->text().trimmed());
    note("caption", m_caption->toPlainText());
    note("hashtags", QJsonArray::fromStringList(hashtags()));
    note("platform", m_platform->currentData().toString());
    if (changes.isEmpty()) {
        showError(tr("There is nothing to save."));
        return;
    }
    const auto queued = m_context.mutations->submit(QStringLiteral("clip.update"),
                                                    {{QStringLiteral("id"), clipId()}, {QStringLiteral("changes"), changes}},
                                                    qint64(m_row.value(QStringLiteral("version")).toDouble()));
    if (!queued)
        return showError(queued.error().message);
    showError({});
    Q_EMIT changed(tr("Saved “%1”.").arg(m_title->text().trimmed()));
}

void ClipDetailsForm::submit()
{
    const QString campaignId = m_campaign->currentData().toString();
    if (m_row.isEmpty() || campaignId.isEmpty())
        return;
    // A clip with a video on the server is first checked for duplicates on the campaign.
    const QString sha256 = m_row.value(QStringLiteral("media_sha256")).toString();
    if (m_context.uploads && !sha256.isEmpty()) {
        m_pendingSubmission = {campaignId, m_campaign->currentText()};
        m_guard->checkUploaded(clipId(), campaignId, sha256);
        return;
    }
    queueSubmit(clipId(), campaignId, m_campaign->currentText(), {});
}

void ClipDetailsForm::queueSubmit(const QString &id, const QString &campaignId, const QString &campaignName,
                                  const QString &note)
{
    auto row = m_context.cache->row(Sync::Entity::Clip, id);
    const qint64 version = row && *row ? qint64((**row).value(QStringLiteral("version")).toDouble()) : 0;
    const auto queued = m_context.mutations->submit(
        QStringLiteral("clip.submit"), {{QStringLiteral("id"), id}, {QStringLiteral("campaign_id"), campaignId}}, version);
    if (!queued)
        return showError(queued.error().message);
    showError({});
    const QString done = tr("Submitted to “%1”.").arg(campaignName);
    Q_EMIT changed(note.isEmpty() ? done : done + u' ' + note);
}

void ClipDetailsForm::publish()
{
    if (m_row.isEmpty())
        return;
    const auto queued = m_context.mutations->submit(
        QStringLiteral("clip.publish"), {{QStringLiteral("id"), clipId()}, {QStringLiteral("posted_url"), m_postedUrl->text().trimmed()}},
        qint64(m_row.value(QStringLiteral("version")).toDouble()));
    if (!queued)
        return showError(queued.error().message);
    showError({});
    Q_EMIT changed(tr("Saved the posted link."));
}

void ClipDetailsForm::makeNewVersion()
{
    if (m_row.isEmpty())
        return;
    const QString newId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto queued = m_context.mutations->submit(QStringLiteral("clip.new_version"),
                                                    {{QStringLiteral("id"), clipId()}, {QStringLiteral("new_id"), newId}});
    if (!queued)
        return showError(queued.error().message);
    showError({});
    Q_EMIT newVersionCreated(newId);
    Q_EMIT changed(tr("Made a new version to edit; the reviewed one stays as it was."));
}

} // namespace ClipDesk::Ui

#include "campaignform.h"

#include "domain/campaignrules.h"
#include "domain/profile.h"
#include "ui/models/campaignlistmodel.h"
#include "ui/widgets/moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

QStringList splitList(const QString &text, const QString &separators)
{
    QStringList items;
    for (QString item : text.split(QRegularExpression(separators), Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

std::unexpected<Error> fieldError(const QString &field, const QString &message)
{
    return failure(QString::fromLatin1(ErrorCode::InvalidArgument), CampaignForm::tr("%1: %2").arg(field, message));
}

} // namespace

CampaignForm::CampaignForm(QWidget *parent)
    : QWidget(parent)
{
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);

    auto *fieldsPage = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fieldsPage);
    fieldsLayout->setContentsMargins(0, 0, 8, 0);
    fieldsLayout->addWidget(buildBasics());
    fieldsLayout->addWidget(buildMoney());
    fieldsLayout->addWidget(buildRules());
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(fieldsPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columns->addWidget(scroll);
    columns->addWidget(buildBrief());
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(columns);
}

void CampaignForm::watch(QWidget *input)
{
    const auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    if (auto *line = qobject_cast<QLineEdit *>(input))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(input))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(input))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(input))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *group = qobject_cast<QGroupBox *>(input))
        connect(group, &QGroupBox::toggled, this, changed);
}

QWidget *CampaignForm::buildBasics()
{
    auto *box = new QGroupBox(tr("Basics"));
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Summer drop 2026"));
    m_name->setMaxLength(Domain::CampaignRules::MaxNameLength + 20);
    form->addRow(tr("&Name:"), m_name);

    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("(choose a category)"), QString());
    for (const QString &category : Domain::ProfileRules::categories())
        m_category->addItem(category, category);
    form->addRow(tr("&Category:"), m_category);

    m_visibility = new QComboBox;
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    m_visibility->addItem(tr("Public — clippers can discover it"), QStringLiteral("public"));
    m_visibility->addItem(tr("Private — invited clippers only"), QStringLiteral("private"));
    form->addRow(tr("&Visibility:"), m_visibility);

    m_goals = new QPlainTextEdit;
    m_goals->setObjectName(QStringLiteral("goalsEdit"));
    m_goals->setPlaceholderText(tr("What should the clips achieve?"));
    m_goals->setFixedHeight(56);
    form->addRow(tr("&Goals:"), m_goals);
    for (QWidget *input : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_category),
                           static_cast<QWidget *>(m_visibility), static_cast<QWidget *>(m_goals)})
        watch(input);
    return box;
}

QWidget *CampaignForm::buildMoney()
{
    auto *box = new QGroupBox(tr("Budget, payout and schedule"));
    auto *form = new QFormLayout(box);

    auto *budgetRow = new QHBoxLayout;
    m_budget = new MoneyEdit;
    m_budget->setObjectName(QStringLiteral("budgetEdit"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->addItems(Domain::MoneyRules::supportedCurrencies());
    budgetRow->addWidget(m_budget, 1);
    budgetRow->addWidget(m_currency);
    auto *budgetLabel = new QLabel(tr("&Budget:"));
    budgetLabel->setBuddy(m_budget);
    budgetLabel->setToolTip(tr("The whole budget. Spending is not tracked yet, so the budget left is the budget."));
    form->addRow(budgetLabel, budgetRow);

    m_cpmRate = new MoneyEdit;
    m_cpmRate->setObjectName(QStringLiteral("cpmRateEdit"));
    m_cpmRate->setToolTip(tr("Paid per 1,000 qualifying views."));
    form->addRow(tr("C&PM rate:"), m_cpmRate);
    m_perClip = new MoneyEdit;
    m_perClip->setObjectName(QStringLiteral("perClipEdit"));
    m_perClip->setToolTip(tr("A flat fee for every approved clip."));
    form->addRow(tr("Fee per c&lip:"), m_perClip);
    m_maxPayoutPerClip = new MoneyEdit;
    m_maxPayoutPerClip->setObjectName(QStringLiteral("maxPayoutEdit"));
    m_maxPayoutPerClip->setPlaceholderText(tr("no cap"));
    form->addRow(tr("Max payout per clip:"), m_maxPayoutPerClip);
    m_capPerClipper = new MoneyEdit;
    m_capPerClipper->setObjectName(QStringLiteral("capPerClipperEdit"));
    m_capPerClipper->setPlaceholderText(tr("no cap"));
    form->addRow(tr("Cap per clipper:"), m_capPerClipper);
    m_minViews = new QSpinBox;
    m_minViews->setObjectName(QStringLiteral("minViewsSpin"));
    m_minViews->setRange(0, 1'000'000'000);
    m_minViews->setGroupSeparatorShown(true);
    m_minViews->setToolTip(tr("Views a clip needs before it earns."));
    form->addRow(tr("Minimum views:"), m_minViews);

    m_schedule = new QGroupBox(tr("Schedule"));
    m_schedule->setObjectName(QStringLiteral("scheduleGroup"));
    m_schedule->setCheckable(true);
    m_schedule->setChecked(false);
    auto *scheduleForm = new QFormLayout(m_schedule);
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    m_startsAt = new QDateTimeEdit;
    m_startsAt->setObjectName(QStringLiteral("startsAtEdit"));
    m_endsAt = new QDateTimeEdit;
    m_endsAt->setObjectName(QStringLiteral("endsAtEdit"));
    for (QDateTimeEdit *edit : {m_startsAt, m_endsAt}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setTimeSpec(Qt::LocalTime);
    }
    scheduleForm->addRow(tr("&Starts:"), m_startsAt);
    scheduleForm->addRow(tr("&Ends:"), m_endsAt);
    scheduleForm->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(m_schedule);

    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &currency) { setCurrency(currency); });
    for (QWidget *input : std::initializer_list<QWidget *>{m_budget, m_currency, m_cpmRate, m_perClip, m_maxPayoutPerClip,
                                                           m_capPerClipper, m_minViews, m_schedule, m_timeZone,
                                                           m_startsAt, m_endsAt})
        watch(input);
    return box;
}

QWidget *CampaignForm::buildRules()
{
    auto *box = new QGroupBox(tr("Clip rules"));
    auto *form = new QFormLayout(box);
    auto *platforms = new QHBoxLayout;
    for (const QString &platform : Domain::Platform::all()) {
        auto *check = new QCheckBox(CampaignListModel::platformText(platform));
        check->setObjectName(QStringLiteral("platform_") + platform);
        check->setProperty("platform", platform);
        platforms->addWidget(check);
        m_platforms.append(check);
        watch(check);
    }
    platforms->addStretch();
    form->addRow(tr("Platforms:"), platforms);
    m_requiredHashtags = new QLineEdit;
    m_requiredHashtags->setObjectName(QStringLiteral("requiredHashtagsEdit"));
    m_requiredHashtags->setPlaceholderText(tr("#brand, #ad (comma separated)"));
    form->addRow(tr("&Required hashtags:"), m_requiredHashtags);
    m_blacklistedHashtags = new QLineEdit;
    m_blacklistedHashtags->setObjectName(QStringLiteral("blacklistedHashtagsEdit"));
    m_blacklistedHashtags->setPlaceholderText(tr("hashtags clips must not use"));
    form->addRow(tr("Blac&klisted hashtags:"), m_blacklistedHashtags);
    m_disclosure = new QLineEdit;
    m_disclosure->setObjectName(QStringLiteral("disclosureEdit"));
    m_disclosure->setPlaceholderText(tr("e.g. #ad — paid partnership with ACME"));
    form->addRow(tr("&Disclosure text:"), m_disclosure);
    m_submissionLimit = new QSpinBox;
    m_submissionLimit->setObjectName(QStringLiteral("submissionLimitSpin"));
    m_submissionLimit->setRange(0, Domain::CampaignRules::MaxSubmissionLimit + 1);
    m_submissionLimit->setValue(5);
    form->addRow(tr("Submissions per clipper:"), m_submissionLimit);
    m_sourceLinks = new QPlainTextEdit;
    m_sourceLinks->setObjectName(QStringLiteral("sourceLinksEdit"));
    m_sourceLinks->setPlaceholderText(tr("One https:// link per line (long videos to cut from)"));
    m_sourceLinks->setFixedHeight(64);
    form->addRow(tr("Source &asset links:"), m_sourceLinks);
    for (QWidget *input : std::initializer_list<QWidget *>{m_requiredHashtags, m_blacklistedHashtags, m_disclosure,
                                                           m_submissionLimit, m_sourceLinks})
        watch(input);
    return box;
}

QWidget *CampaignForm::buildBrief()
{
    auto *box = new QGroupBox(tr("Brief (Markdown)"));
    auto *layout = new QVBoxLayout(box);
    auto *split = new QSplitter(Qt::Vertical);
    m_brief = new QPlainTextEdit;
    m_brief->setObjectName(QStringLiteral("briefEdit"));
    m_brief->setPlaceholderText(tr("# What we want\n\nDescribe the clips, the tone, do's and don'ts…"));
    m_preview = new QTextBrowser;
    m_preview->setObjectName(QStringLiteral("briefPreview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setPlaceholderText(tr("The preview appears here."));
    split->addWidget(m_brief);
    split->addWidget(m_preview);
    layout->addWidget(split);
    layout->addWidget(new QLabel(tr("Preview updates as you type.")));
    connect(m_brief, &QPlainTextEdit::textChanged, this, &CampaignForm::updatePreview);
    watch(m_brief);
    return box;
}

void CampaignForm::updatePreview()
{
    m_preview->document()->setMarkdown(m_brief->toPlainText());
}

void CampaignForm::setCurrency(const QString &currency)
{
    for (MoneyEdit *edit : {m_budget, m_cpmRate, m_perClip, m_maxPayoutPerClip, m_capPerClipper})
        edit->setCurrency(currency);
}

void CampaignForm::load(const Domain::Campaign &campaign)
{
    m_loading = true;
    m_name->setText(campaign.name);
    m_category->setCurrentIndex(qMax(0, m_category->findData(campaign.category)));
    m_visibility->setCurrentIndex(campaign.visibility == Domain::Visibility::Private ? 1 : 0);
    m_goals->setPlainText(campaign.goals);
    m_currency->setCurrentText(campaign.budget.currency);
    setCurrency(campaign.budget.currency);
    m_budget->setMinorUnits(campaign.budget.minor);
    m_cpmRate->setMinorUnits(campaign.cpmRateMinor);
    m_perClip->setMinorUnits(campaign.perClipMinor);
    m_maxPayoutPerClip->setMinorUnits(campaign.maxPayoutPerClipMinor);
    m_capPerClipper->setMinorUnits(campaign.capPerClipperMinor);
    m_minViews->setValue(int(qMin<qint64>(campaign.minViews, m_minViews->maximum())));
    const int zone = m_timeZone->findText(campaign.timeZone);
    m_timeZone->setCurrentIndex(zone >= 0 ? zone : m_timeZone->findText(QStringLiteral("UTC")));
    const QTimeZone tz(campaign.timeZone.toUtf8());
    const auto wallTime = [&tz](qint64 ms) {
        const QDateTime zoned = QDateTime::fromMSecsSinceEpoch(ms, tz.isValid() ? tz : QTimeZone::utc());
        return QDateTime(zoned.date(), zoned.time());
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_schedule->setChecked(campaign.startsAtMs > 0 || campaign.endsAtMs > 0);
    m_loadedStartsAtMs = campaign.startsAtMs;
    m_loadedEndsAtMs = campaign.endsAtMs;
    m_loadedTimeZone = m_timeZone->currentText();
    m_startsAt->setDateTime(wallTime(campaign.startsAtMs > 0 ? campaign.startsAtMs : now));
    m_endsAt->setDateTime(wallTime(campaign.endsAtMs > 0 ? campaign.endsAtMs : now + 30LL * 86'400'000));
    m_loadedPlatforms = campaign.platforms;
    for (QCheckBox *check : std::as_const(m_platforms))
        check->setChecked(campaign.platforms.contains(check->property("platform").toString()));
    m_requiredHashtags->setText(campaign.requiredHashtags.join(QStringLiteral(", ")));
    m_blacklistedHashtags->setText(campaign.blacklistedHashtags.join(QStringLiteral(", ")));
    m_disclosure->setText(campaign.disclosureText);
    m_submissionLimit->setValue(campaign.submissionLimitPerClipper);
    m_sourceLinks->setPlainText(campaign.sourceAssetLinks.join(u'\n'));
    m_brief->setPlainText(campaign.briefMarkdown);
    updatePreview();
    m_loading = false;
}

qint64 CampaignForm::toEpochMs(const QDateTimeEdit *edit, qint64 loadedMs) const
{
    const QTimeZone zone(m_timeZone->currentText().toUtf8());
    const QDateTime wall = edit->dateTime();
    const qint64 ms = QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute()), zone.isValid() ? zone : QTimeZone::utc())
                          .toMSecsSinceEpoch();
    // The editor shows minutes: an untouched date keeps its exact stored value.
    constexpr qint64 MinuteMs = 60'000;
    if (loadedMs > 0 && m_timeZone->currentText() == m_loadedTimeZone && ms == loadedMs - loadedMs % MinuteMs)
        return loadedMs;
    return ms;
}

Result<QJsonObject> CampaignForm::fields() const
{
    QJsonObject json;
    json.insert(QStringLiteral("name"), m_name->text().trimmed());
    json.insert(QStringLiteral("brief"), m_brief->toPlainText());
    json.insert(QStringLiteral("category"), m_category->currentData().toString());
    json.insert(QStringLiteral("visibility"), m_visibility->currentData().toString());
    json.insert(QStringLiteral("goals"), m_goals->toPlainText().trimmed());
    json.insert(QStringLiteral("time_zone"), m_timeZone->currentText());
    json.insert(QStringLiteral("starts_at"), m_schedule->isChecked() ? toEpochMs(m_startsAt, m_loadedStartsAtMs) : 0);
    json.insert(QStringLiteral("ends_at"), m_schedule->isChecked() ? toEpochMs(m_endsAt, m_loadedEndsAtMs) : 0);

    const std::pair<const MoneyEdit *, QString> amounts[] = {
        {m_budget, tr("Budget")}, {m_cpmRate, tr("CPM rate")}, {m_perClip, tr("Fee per clip")},
        {m_maxPayoutPerClip, tr("Max payout per clip")}, {m_capPerClipper, tr("Cap per clipper")}};
    QList<qint64> minor;
    for (const auto &[edit, label] : amounts) {
        const auto value = edit->minorUnits();
        if (!value)
            return fieldError(label, value.error().message);
        minor.append(*value);
    }
    json.insert(QStringLiteral("budget"), Domain::moneyToJson(Domain::Money{minor.at(0), m_currency->currentText()}));
    json.insert(QStringLiteral("cpm_rate_minor"), minor.at(1));
    json.insert(QStringLiteral("per_clip_minor"), minor.at(2));
    json.insert(QStringLiteral("max_payout_per_clip_minor"), minor.at(3));
    json.insert(QStringLiteral("cap_per_clipper_minor"), minor.at(4));
    json.insert(QStringLiteral("min_views"), m_minViews->value());
    json.insert(QStringLiteral("submission_limit_per_clipper"), m_submissionLimit->value());

    QStringList checked;
    for (const QCheckBox *check : std::as_const(m_platforms)) {
        if (check->isChecked())
            checked.append(check->property("platform").toString());
    }
    QStringList platforms;
    for (const QString &platform : m_loadedPlatforms) {
        if (checked.contains(platform))
            platforms.append(platform);
    }
    for (const QString &platform : std::as_const(checked)) {
        if (!platforms.contains(platform))
            platforms.append(platform);
    }
    json.insert(QStringLiteral("platforms"), QJsonArray::fromStringList(platforms));
    const QString tagSeparators = QStringLiteral("[,;\\s]+");
    json.insert(QStringLiteral("required_hashtags"),
                QJsonArray::fromStringList(splitList(m_requiredHashtags->text(), tagSeparators)));
    json.insert(QStringLiteral("blacklisted_hashtags"),
                QJsonArray::fromStringList(splitList(m_blacklistedHashtags->text(), tagSeparators)));
    json.insert(QStringLiteral("disclosure_text"), m_disclosure->text().trimmed());
    json.insert(QStringLiteral("source_asset_links"),
                QJsonArray::fromStringList(splitList(m_sourceLinks->toPlainText(), QStringLiteral("[\\s]+"))));
    return json;
}

void CampaignForm::setEditable(bool editable)
{
    const auto inputs = findChildren<QWidget *>();
    for (QWidget *input : inputs) {
        if (qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input) || qobject_cast<QSpinBox *>(input)
            || qobject_cast<QDateTimeEdit *>(input) || qobject_cast<QCheckBox *>(input))
            input->setEnabled(editable);
    }
    m_schedule->setEnabled(editable);
    m_brief->setReadOnly(!editable);
    m_goals->setReadOnly(!editable);
    m_sourceLinks->setReadOnly(!editable);
}

QWidget *CampaignForm::inputFor(const QString &field) const
{
    const QHash<QString, QWidget *> inputs = {
        {QStringLiteral("name"), m_name}, {QStringLiteral("brief"), m_brief}, {QStringLiteral("category"), m_category},
        {QStringLiteral("visibility"), m_visibility}, {QStringLiteral("goals"), m_goals},
        {QStringLiteral("starts_at"), m_startsAt}, {QStringLiteral("ends_at"), m_endsAt}, {QStringLiteral("time_zone"), m_timeZone},
        {QStringLiteral("budget"), m_budget}, {QStringLiteral("cpm_rate_minor"), m_cpmRate},
        {QStringLiteral("per_clip_minor"), m_perClip}, {QStringLiteral("max_payout_per_clip_minor"), m_maxPayoutPerClip},
        {QStringLiteral("cap_per_clipper_minor"), m_capPerClipper}, {QStringLiteral("min_views"), m_minViews},
        {QStringLiteral("submission_limit_per_clipper"), m_submissionLimit},
        {QStringLiteral("platforms"), m_platforms.value(0)}, {QStringLiteral("required_hashtags"), m_requiredHashtags},
        {QStringLiteral("blacklisted_hashtags"), m_blacklistedHashtags}, {QStringLiteral("disclosure_text"), m_disclosure},
        {QStringLiteral("source_asset_links"), m_sourceLinks},
    };
    return inputs.value(field);
}

void CampaignForm::markInvalid(const QString &field, const QString &message)
{
    if (QWidget *previous = inputFor(m_invalidField)) {
        previous->setStyleSheet({});
        previous->setToolTip(previous->property("plainToolTip").toString());
    }
    m_invalidField = field;
    QWidget *input = inputFor(field);
    if (!input)
        return;
    input->setProperty("plainToolTip", input->toolTip());
    const QMetaObject *type = input->metaObject(); // style sheets know Qt's classes, not ours
    while (type->superClass() && QByteArrayView(type->className()).contains("::"))
        type = type->superClass();
    input->setStyleSheet(QStringLiteral("%1 { border: 1px solid #d64545; border-radius: 2px; padding: 2px; }")
                             .arg(QString::fromLatin1(type->className())));
    input->setToolTip(message);
}

} // namespace ClipDesk::Ui

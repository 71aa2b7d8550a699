#include "offertermsdialog.h"

#include "ui/signin/messagebanner.h"
#include "ui/widgets/moneyedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {
constexpr int CurrencyRole = Qt::UserRole + 1;
constexpr int PayoutRole = Qt::UserRole + 2;
} // namespace

OfferTermsDialog::OfferTermsDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("offerTermsDialog"));
    setWindowTitle(title);
    resize(560, 480);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_intro = new QLabel(intro);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_banner = new MessageBanner;
    m_banner->setObjectName(QStringLiteral("termsBanner"));
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_campaign = new QComboBox;
    m_campaign->setObjectName(QStringLiteral("campaignCombo"));
    form->addRow(tr("&Campaign:"), m_campaign);
    m_payoutHint = new QLabel;
    m_payoutHint->setObjectName(QStringLiteral("payoutHint"));
    m_payoutHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_payoutHint);
    m_requirements = new QPlainTextEdit;
    m_requirements->setObjectName(QStringLiteral("requirementsEdit"));
    m_requirements->setPlaceholderText(tr("e.g. 3 clips, product visible for 10 s, link in bio"));
    m_requirements->setFixedHeight(80);
    form->addRow(tr("&Requirements:"), m_requirements);
    m_perClip = new MoneyEdit;
    m_perClip->setObjectName(QStringLiteral("termsPerClipEdit"));
    m_currency = new QLabel;
    auto *perClipRow = new QHBoxLayout;
    perClipRow->addWidget(m_perClip, 1);
    perClipRow->addWidget(m_currency);
    auto *perClipLabel = new QLabel(tr("Fee per c&lip:"));
    perClipLabel->setBuddy(m_perClip);
    form->addRow(perClipLabel, perClipRow);
    m_cpmRate = new MoneyEdit;
    m_cpmRate->setObjectName(QStringLiteral("termsCpmEdit"));
    m_cpmRate->setToolTip(tr("Paid per 1,000 qualifying views."));
    form->addRow(tr("C&PM rate:"), m_cpmRate);
    m_message = new QPlainTextEdit;
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setPlaceholderText(tr("A note to the other side"));
    m_message->setFixedHeight(80);
    form->addRow(tr("&Message:"), m_message);
    layout->addLayout(form);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_send = buttons->button(QDialogButtonBox::Ok);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setText(tr("&Send"));
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &OfferTermsDialog::updateCurrency);
}

void OfferTermsDialog::setCampaigns(const QList<CampaignChoice> &campaigns)
{
    m_campaign->clear();
    for (const CampaignChoice &choice : campaigns) {
        m_campaign->addItem(choice.name, choice.id);
        m_campaign->setItemData(m_campaign->count() - 1, choice.currency, CurrencyRole);
        m_campaign->setItemData(m_campaign->count() - 1, choice.payoutSummary, PayoutRole);
    }
    updateCurrency();
}

void OfferTermsDialog::setTerms(const Domain::OfferTerms &terms)
{
    m_requirements->setPlainText(terms.requirements);
    m_perClip->setMinorUnits(terms.perClipMinor);
    m_cpmRate->setMinorUnits(terms.cpmRateMinor);
    m_message->setPlainText(terms.message);
}

void OfferTermsDialog::setSendText(const QString &text)
{
    m_send->setText(text);
}

QString OfferTermsDialog::campaignId() const
{
    return m_campaign->currentData().toString();
}

QString OfferTermsDialog::currency() const
{
    return m_campaign->currentData(CurrencyRole).toString();
}

void OfferTermsDialog::updateCurrency()
{
    const QString code = currency().isEmpty() ? QStringLiteral("USD") : currency();
    m_perClip->setCurrency(code);
    m_cpmRate->setCurrency(code);
    m_currency->setText(code);
    const QString payout = m_campaign->currentData(PayoutRole).toString();
    m_payoutHint->setText(payout.isEmpty() ? QString() : tr("The campaign pays: %1").arg(payout));
    m_payoutHint->setVisible(!payout.isEmpty());
}

Result<Domain::OfferTerms> OfferTermsDialog::terms() const
{
    if (campaignId().isEmpty())
        return failure(QString::fromLatin1(ErrorCode::InvalidArgument), tr("Choose a campaign first."));
    Domain::OfferTerms terms;
    terms.requirements = m_requirements->toPlainText().trimmed();
    terms.message = m_message->toPlainText().trimmed();
    terms.currency = currency();
    const auto perClip = m_perClip->minorUnits();
    if (!perClip)
        return failure(perClip.error().code, tr("Fee per clip: %1").arg(perClip.error().message));
    const auto cpm = m_cpmRate->minorUnits();
    if (!cpm)
        return failure(cpm.error().code, tr("CPM rate: %1").arg(cpm.error().message));
    terms.perClipMinor = *perClip;
    terms.cpmRateMinor = *cpm;
    if (auto valid = Domain::OfferRules::validateTerms(terms, currency()); !valid)
        return std::unexpected(valid.error());
    return terms;
}

bool OfferTermsDialog::send()
{
    const auto chosen = terms();
    if (!chosen) {
        m_banner->showMessage(MessageBanner::Kind::Error, chosen.error().message);
        return false;
    }
    if (!m_submit)
        return true;
    const auto queued = m_submit(campaignId(), Domain::offerTermsToJson(*chosen));
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return false;
    }
    return true;
}

} // namespace ClipDesk::Ui

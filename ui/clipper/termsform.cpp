#include "clipper/termsform.h"

#include "widgets/moneyedit.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace ClipDesk::Ui {

TermsForm::TermsForm(QWidget *parent)
    : QWidget(parent)
    , m_requirements(new QPlainTextEdit(this))
    , m_perClip(new MoneyEdit(this))
    , m_cpm(new MoneyEdit(this))
    , m_message(new QPlainTextEdit(this))
{
    m_requirements->setObjectName(QStringLiteral("requirementsEdit"));
    m_requirements->setPlaceholderText(tr("e.g. 3 clips, product visible for 10 s"));
    m_requirements->setTabChangesFocus(true);
    m_requirements->setFixedHeight(60);
    m_perClip->setObjectName(QStringLiteral("perClipEdit"));
    m_perClip->setToolTip(tr("Flat fee per approved clip"));
    m_cpm->setObjectName(QStringLiteral("cpmEdit"));
    m_cpm->setToolTip(tr("Paid per 1,000 qualifying views"));
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setPlaceholderText(tr("A note to the other side"));
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(80);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Requirements:"), m_requirements);
    layout->addRow(tr("&Per clip:"), m_perClip);
    layout->addRow(tr("&CPM rate:"), m_cpm);
    layout->addRow(tr("&Message:"), m_message);
}

void TermsForm::setTerms(const Domain::OfferTerms &terms)
{
    m_currency = terms.currency;
    m_requirements->setPlainText(terms.requirements);
    m_perClip->setCurrency(terms.currency);
    m_perClip->setMinorUnits(terms.perClipMinor);
    m_cpm->setCurrency(terms.currency);
    m_cpm->setMinorUnits(terms.cpmRateMinor);
    m_message->setPlainText(terms.message);
}

Result<Domain::OfferTerms> TermsForm::terms() const
{
    Domain::OfferTerms terms;
    terms.currency = m_currency;
    terms.requirements = m_requirements->toPlainText().trimmed();
    terms.message = m_message->toPlainText().trimmed();
    const Result<qint64> perClip = m_perClip->minorUnits();
    if (!perClip)
        return std::unexpected(perClip.error());
    const Result<qint64> cpm = m_cpm->minorUnits();
    if (!cpm)
        return std::unexpected(cpm.error());
    terms.perClipMinor = *perClip;
    terms.cpmRateMinor = *cpm;
    if (const Status valid = Domain::OfferRules::validateTerms(terms, m_currency); !valid)
        return std::unexpected(valid.error());
    return terms;
}

} // namespace ClipDesk::Ui

#pragma once

#include "domain/error.h"
#include "domain/offer.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ClipDesk::Ui {

class MessageBanner;
class MoneyEdit;

// The terms of an offer (requirements, fee per clip, CPM rate in the campaign's currency, a
// message), for an invite (with a campaign to choose) or a counter-offer (one fixed
// campaign). Send checks the terms with OfferRules and calls the submit function, which
// queues the mutation; its error is shown inline and the dialog stays open.
class OfferTermsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct CampaignChoice
    {
        QString id;
        QString name;
        QString currency;
        QString payoutSummary; // what the campaign pays publicly, shown as a hint
    };
    using Submit = std::function<Result<QString>(const QString &campaignId, const QJsonObject &terms)>;

    OfferTermsDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OfferTermsDialog)

    void setCampaigns(const QList<CampaignChoice> &campaigns);
    void setTerms(const Domain::OfferTerms &terms);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void setSendText(const QString &text);

    QString campaignId() const;
    QString currency() const;
    Result<Domain::OfferTerms> terms() const;
    bool send();

    QComboBox *campaignCombo() const { return m_campaign; }
    QPlainTextEdit *requirementsEdit() const { return m_requirements; }
    MoneyEdit *perClipEdit() const { return m_perClip; }
    MoneyEdit *cpmRateEdit() const { return m_cpmRate; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *sendButton() const { return m_send; }

private:
    void updateCurrency();

    QLabel *m_intro;
    MessageBanner *m_banner;
    QComboBox *m_campaign;
    QLabel *m_currency;
    QLabel *m_payoutHint;
    QPlainTextEdit *m_requirements;
    MoneyEdit *m_perClip;
    MoneyEdit *m_cpmRate;
    QPlainTextEdit *m_message;
    QPushButton *m_send;
    Submit m_submit;
};

} // namespace ClipDesk::Ui

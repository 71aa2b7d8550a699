#pragma once

#include "domain/error.h"
#include "domain/offer.h"

#include <QWidget>

class QPlainTextEdit;

namespace ClipDesk::Ui {

class MoneyEdit;

// Offer terms as a form: requirements, per-clip fee, CPM rate and a message. terms() checks
// them with the same OfferRules the server runs.
class TermsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit TermsForm(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TermsForm)

    void setTerms(const Domain::OfferTerms &terms);
    Result<Domain::OfferTerms> terms() const;

    QPlainTextEdit *requirementsEdit() const { return m_requirements; }
    MoneyEdit *perClipEdit() const { return m_perClip; }
    MoneyEdit *cpmEdit() const { return m_cpm; }
    QPlainTextEdit *messageEdit() const { return m_message; }

private:
    QString m_currency = QStringLiteral("USD");
    QPlainTextEdit *m_requirements;
    MoneyEdit *m_perClip;
    MoneyEdit *m_cpm;
    QPlainTextEdit *m_message;
};

} // namespace ClipDesk::Ui

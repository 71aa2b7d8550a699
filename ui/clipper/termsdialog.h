#pragma once

#include "appcontext.h"
#include "domain/offer.h"

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;

namespace ClipDesk::Ui {

class MessageBanner;
class TermsForm;

// Terms in a dialog that queues one mutation when OK is pressed: an application
// (offer.create) or a counter-offer (offer.counter). The domain's refusal is shown inline and
// the dialog stays open.
class TermsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `args` are the mutation's arguments without `terms` (and without `id`, which is made here).
    TermsDialog(AppContext &context, QString mutation, QJsonObject args, const Domain::OfferTerms &initial,
                const QString &title, const QString &intro, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TermsDialog)

    TermsForm *form() const { return m_form; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageBanner *banner() const { return m_banner; }
    QString queuedMutationId() const { return m_queuedId; }

    void accept() override;

private:
    AppContext &m_context;
    QString m_mutation;
    QJsonObject m_args;
    TermsForm *m_form;
    MessageBanner *m_banner;
    QDialogButtonBox *m_buttons;
    QString m_queuedId;
};

} // namespace ClipDesk::Ui

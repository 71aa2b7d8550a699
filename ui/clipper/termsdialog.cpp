#include "clipper/termsdialog.h"

#include "clipper/termsform.h"
#include "signin/messagebanner.h"
#include "sync/mutationqueue.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

TermsDialog::TermsDialog(AppContext &context, QString mutation, QJsonObject args, const Domain::OfferTerms &initial,
                         const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_mutation(std::move(mutation))
    , m_args(std::move(args))
    , m_form(new TermsForm(this))
    , m_banner(new MessageBanner(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_form->setTerms(initial);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_form);
    layout->addWidget(m_banner);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TermsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

void TermsDialog::accept()
{
    const Result<Domain::OfferTerms> terms = m_form->terms();
    if (!terms) {
        m_banner->showMessage(MessageBanner::Kind::Error, terms.error().message);
        return;
    }
    QJsonObject args = m_args;
    args.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    args.insert(QStringLiteral("terms"), Domain::offerTermsToJson(*terms));
    const Result<QString> queued = m_context.mutations->submit(m_mutation, args);
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return;
    }
    m_queuedId = *queued;
    QDialog::accept();
}

} // namespace ClipDesk::Ui

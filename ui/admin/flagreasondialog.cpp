#include "admin/flagreasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

FlagReasonDialog::FlagReasonDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (required; the owner is told)"));
    m_reason->setTabChangesFocus(true);
    m_counter->setAlignment(Qt::AlignRight);
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_counter);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &FlagReasonDialog::updateState);
    resize(420, 240);
    updateState();
}

QString FlagReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void FlagReasonDialog::updateState()
{
    const qsizetype length = reason().size();
    m_counter->setText(tr("%1 / %2").arg(length).arg(MaxReasonLength));
    const bool ok = length > 0 && length <= MaxReasonLength;
    QPushButton *okButton = m_buttons->button(QDialogButtonBox::Ok);
    okButton->setEnabled(ok);
    okButton->setToolTip(ok ? QString() : tr("Enter a reason first."));
}

} // namespace ClipDesk::Ui

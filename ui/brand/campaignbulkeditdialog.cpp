#include "campaignbulkeditdialog.h"

#include "ui/signin/messagebanner.h"
#include "ui/widgets/moneyedit.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

CampaignBulkEditDialog::CampaignBulkEditDialog(int campaignCount, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk edit"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Selected campaigns: %1. Each one is checked on its own; "
                                    "the ones that cannot take the change are listed afterwards.").arg(campaignCount)));
    m_banner = new MessageBanner;
    layout->addWidget(m_banner);

    auto *form = new QFormLayout;
    m_shift = new QRadioButton(tr("&Shift dates by"));
    m_shift->setObjectName(QStringLiteral("shiftOption"));
    m_shift->setChecked(true);
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(-3650, 3650);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    form->addRow(m_shift, m_days);

    m_dates = new QRadioButton(tr("Set &dates (UTC)"));
    m_dates->setObjectName(QStringLiteral("datesOption"));
    auto *dates = new QHBoxLayout;
    m_startsAt = new QDateTimeEdit(QDateTime::currentDateTimeUtc());
    m_endsAt = new QDateTimeEdit(QDateTime::currentDateTimeUtc().addDays(30));
    for (QDateTimeEdit *edit : {m_startsAt, m_endsAt}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    dates->addWidget(m_startsAt);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_endsAt);
    form->addRow(m_dates, dates);

    m_budget = new QRadioButton(tr("Set &budget to"));
    m_budget->setObjectName(QStringLiteral("budgetOption"));
    m_budgetEdit = new MoneyEdit;
    m_budgetEdit->setObjectName(QStringLiteral("bulkBudgetEdit"));
    m_budgetEdit->setToolTip(tr("In each campaign's own currency."));
    form->addRow(m_budget, m_budgetEdit);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    buttons->button(QDialogButtonBox::Apply)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &CampaignBulkEditDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *option : {m_shift, m_dates, m_budget})
        connect(option, &QRadioButton::toggled, this, &CampaignBulkEditDialog::updateEnabled);
    updateEnabled();
}

void CampaignBulkEditDialog::updateEnabled()
{
    m_days->setEnabled(m_shift->isChecked());
    m_startsAt->setEnabled(m_dates->isChecked());
    m_endsAt->setEnabled(m_dates->isChecked());
    m_budgetEdit->setEnabled(m_budget->isChecked());
}

void CampaignBulkEditDialog::tryAccept()
{
    if (m_budget->isChecked()) {
        const auto minor = m_budgetEdit->minorUnits();
        if (!minor) {
            m_banner->showMessage(MessageBanner::Kind::Error, minor.error().message);
            return;
        }
        m_budgetMinor = *minor;
    }
    if (m_dates->isChecked() && endsAtMs() <= startsAtMs()) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The campaigns must end after they start."));
        return;
    }
    accept();
}

CampaignBulkEditDialog::Change CampaignBulkEditDialog::change() const
{
    if (m_dates->isChecked())
        return Change::SetDates;
    if (m_budget->isChecked())
        return Change::SetBudget;
    return Change::ShiftDates;
}

int CampaignBulkEditDialog::shiftDays() const
{
    return m_days->value();
}

qint64 CampaignBulkEditDialog::startsAtMs() const
{
    const QDateTime wall = m_startsAt->dateTime();
    return QDateTime(wall.date(), wall.time(), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 CampaignBulkEditDialog::endsAtMs() const
{
    const QDateTime wall = m_endsAt->dateTime();
    return QDateTime(wall.date(), wall.time(), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 CampaignBulkEditDialog::budgetMinor() const
{
    return m_budgetMinor;
}

} // namespace ClipDesk::Ui

#pragma once

#include <QDialog>

class QDateTimeEdit;
class QRadioButton;
class QSpinBox;

namespace ClipDesk::Ui {

class MessageBanner;
class MoneyEdit;

// Asks what to change on several campaigns at once: shift the dates by N days, set the start
// and end (UTC), or set the budget (in each campaign's own currency).
class CampaignBulkEditDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Change { ShiftDates, SetDates, SetBudget };

    CampaignBulkEditDialog(int campaignCount, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignBulkEditDialog)

    Change change() const;
    int shiftDays() const;
    qint64 startsAtMs() const;
    qint64 endsAtMs() const;
    qint64 budgetMinor() const; // valid after accept()

    QRadioButton *shiftOption() const { return m_shift; }
    QRadioButton *datesOption() const { return m_dates; }
    QRadioButton *budgetOption() const { return m_budget; }
    QSpinBox *daysSpin() const { return m_days; }
    MoneyEdit *budgetEdit() const { return m_budgetEdit; }

private:
    void tryAccept();
    void updateEnabled();

    QRadioButton *m_shift;
    QRadioButton *m_dates;
    QRadioButton *m_budget;
    QSpinBox *m_days;
    QDateTimeEdit *m_startsAt;
    QDateTimeEdit *m_endsAt;
    MoneyEdit *m_budgetEdit;
    MessageBanner *m_banner;
    qint64 m_budgetMinor = 0;
};

} // namespace ClipDesk::Ui

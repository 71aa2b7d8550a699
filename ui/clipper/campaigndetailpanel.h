#pragma once

#include "appcontext.h"
#include "domain/campaign.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace ClipDesk::Ui {

class EmptyState;

// One campaign as a clipper reads it before applying: the brief (Markdown), payout terms, dates
// in the campaign's time zone, platforms, hashtags, disclosure, submission limit, source links
// and the brand's name. "Apply…" is disabled, with the reason, when the clipper already has an
// open thread for it or is a member.
class CampaignDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignDetailPanel(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignDetailPanel)

    void showCampaign(const QString &campaignId); // empty: nothing selected
    QString campaignId() const { return m_campaign.id; }
    const Domain::Campaign &campaign() const { return m_campaign; }

    QPushButton *applyButton() const { return m_apply; }
    QLabel *applyNote() const { return m_applyNote; }
    QTextBrowser *browser() const { return m_browser; }

    // Markdown for the whole panel (brand name passed in).
    static QString markdownFor(const Domain::Campaign &campaign, const QString &brandName);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void applyRequested(const QString &campaignId);

private:
    QString brandName(const QString &brandId) const;
    QString applyBlocker() const; // why Apply is disabled; empty when it is allowed

    AppContext &m_context;
    Domain::Campaign m_campaign;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTextBrowser *m_browser;
    QPushButton *m_apply;
    QLabel *m_applyNote;
};

} // namespace ClipDesk::Ui

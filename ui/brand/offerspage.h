#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class EmptyState;
class MessageBanner;
class OfferTermsDialog;
class OfferThreadListModel;
class OfferThreadModel;

// The brand's negotiations: one row per thread (campaign, clipper, newest round's status);
// the selected thread's rounds with their terms and authors; Accept / Reject / Counter when it
// is the brand's turn (OfferRules::checkResponder), Withdraw when the brand wrote the pending
// round (OfferRules::checkWithdrawer).
class OffersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OffersPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OffersPage)

    QTableView *threadsTable() const { return m_threads; }
    QTableView *roundsTable() const { return m_rounds; }
    OfferThreadListModel *threadModel() const { return m_threadModel; }
    OfferThreadModel *roundModel() const { return m_roundModel; }
    MessageBanner *banner() const { return m_banner; }
    QAction *acceptAction() const { return m_accept; }
    QAction *rejectAction() const { return m_reject; }
    QAction *counterAction() const { return m_counter; }
    QAction *withdrawAction() const { return m_withdraw; }

    void selectThread(const QString &threadId);
    // Opens the counter-offer form prefilled with the pending terms (non-blocking).
    OfferTermsDialog *openCounter();

private:
    void showThread();
    void updateActions();
    void respond(const QString &mutation, const QString &doneText);

    AppContext &m_context;
    OfferThreadListModel *m_threadModel;
    OfferThreadModel *m_roundModel;
    QTableView *m_threads;
    QTableView *m_rounds;
    QLabel *m_threadTitle;
    QLabel *m_turn;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QAction *m_accept;
    QAction *m_reject;
    QAction *m_counter;
    QAction *m_withdraw;
    QString m_selectedThread;
};

} // namespace ClipDesk::Ui

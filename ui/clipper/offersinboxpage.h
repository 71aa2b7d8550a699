#pragma once

#include "appcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class EmptyState;
class MessageBanner;
class OfferThreadListModel;
class OfferThreadModel;
class TermsDialog;

// The clipper's invitations and applications, one row per thread (threads waiting for the
// clipper in bold), and the selected thread's rounds with their terms. Accept / Reject /
// Counter… when it is the clipper's turn, Withdraw when the clipper wrote the pending round.
class OffersInboxPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Show { All, WaitingForMe, WaitingForBrand, Closed };

    explicit OffersInboxPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OffersInboxPage)

    QTableView *threadView() const { return m_threads; }
    QTableView *roundView() const { return m_rounds; }
    OfferThreadListModel *threadModel() const { return m_threadModel; }
    OfferThreadModel *roundModel() const { return m_roundModel; }
    QComboBox *showFilter() const { return m_show; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *counterButton() const { return m_counter; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    MessageBanner *banner() const { return m_banner; }

    bool selectThread(const QString &threadId);

public Q_SLOTS:
    void acceptSelected();
    void rejectSelected();
    void counterSelected();
    void withdrawSelected();

Q_SIGNALS:
    void counterDialogOpened(ClipDesk::Ui::TermsDialog *dialog);

private:
    void showThread(const QString &threadId);
    void updateActions();
    void updateEmptyState();
    void answer(const QString &mutation, const QString &done);
    QString selectedThreadId() const;

    AppContext &m_context;
    OfferThreadListModel *m_threadModel;
    QSortFilterProxyModel *m_filter;
    OfferThreadModel *m_roundModel;
    QComboBox *m_show;
    QTableView *m_threads;
    QTableView *m_rounds;
    QLabel *m_threadTitle;
    QLabel *m_turn;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_counter;
    QPushButton *m_withdraw;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QString m_currentThread;
};

} // namespace ClipDesk::Ui

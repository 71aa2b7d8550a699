#pragma once

#include "appcontext.h"

#include <QWidget>

class QCheckBox;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class EmptyState;
class MembershipModel;
class MessageBanner;

// The campaigns the clipper is a member of, with the agreed terms, and "Leave campaign…"
// (confirmed) → membership.leave.
class MyCampaignsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MyCampaignsPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MyCampaignsPage)

    QTableView *view() const { return m_view; }
    MembershipModel *model() const { return m_model; }
    QPushButton *leaveButton() const { return m_leave; }
    QCheckBox *showEndedBox() const { return m_showEnded; }
    MessageBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void leaveSelected(); // asks first

Q_SIGNALS:
    void confirmationOpened(QMessageBox *box);

private:
    void updateActions();
    void updateEmptyState();

    AppContext &m_context;
    MembershipModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QPushButton *m_leave;
    QCheckBox *m_showEnded;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
};

} // namespace ClipDesk::Ui

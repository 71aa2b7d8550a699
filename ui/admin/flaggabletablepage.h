#pragma once

#include "appcontext.h"

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class EmptyState;
class MessageBanner;
class PageHeading;

// An admin table of things that can be flagged (users, campaigns): search, a state filter,
// and Flag… / Unflag… that ask for a mandatory reason and queue the admin mutation.
class FlaggableTablePage final : public QWidget
{
    Q_OBJECT

public:
    struct Config
    {
        QString title;
        QString subtitle;
        QString emptyText;
        QString flagMutation;   // "admin.flag_user"
        QString unflagMutation; // "admin.unflag_user"
        int idRole = 0;
        int flaggedReasonRole = 0; // "" when not flagged
        int nameColumn = 0;        // what the reason dialog names
        int sortColumn = 0;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        int sortRole = Qt::DisplayRole;
        int chipColumn = -1; // a column painted as a status chip, if any
        int chipRole = 0;    // the role holding that column's status name
    };

    // Takes ownership of `model`.
    FlaggableTablePage(AppContext &context, QAbstractItemModel *model, Config config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FlaggableTablePage)

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QAction *flagAction() const { return m_flag; }
    QAction *unflagAction() const { return m_unflag; }
    MessageBanner *banner() const { return m_banner; }
    QString lastMutationId() const { return m_lastMutationId; }

public Q_SLOTS:
    void flagSelected();
    void unflagSelected();

private:
    void askReason(bool flag);
    void updateActions();
    void updateEmptyState();
    QModelIndex currentSource() const;

    AppContext &m_context;
    Config m_config;
    QAbstractItemModel *m_model;
    QSortFilterProxyModel *m_textFilter;
    QSortFilterProxyModel *m_stateFilter;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_state;
    QAction *m_flag;
    QAction *m_unflag;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QString m_lastMutationId;
};

} // namespace ClipDesk::Ui

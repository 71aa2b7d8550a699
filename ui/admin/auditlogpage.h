#pragma once

#include "appcontext.h"

#include <QWidget>

class QLineEdit;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class AuditLogModel;

// What admins did, newest first: time, admin, action, target and reason, with a search field.
class AuditLogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AuditLogPage)

    QTableView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }

private:
    AuditLogModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
};

} // namespace ClipDesk::Ui

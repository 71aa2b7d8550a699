#pragma once

#include "ui/appcontext.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class CreatorSearchModel;
class EmptyState;
class MessageBanner;
class OfferTermsDialog;

// Finds clippers in the cached public profiles (category, niche, minimum reach) and invites
// the chosen one to one of the brand's campaigns with terms (offer.create).
class CreatorsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CreatorsPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CreatorsPage)

    QTableView *table() const { return m_table; }
    CreatorSearchModel *model() const { return m_model; }
    MessageBanner *banner() const { return m_banner; }
    QComboBox *categoryFilter() const { return m_category; }
    QLineEdit *nicheFilter() const { return m_niche; }
    QSpinBox *reachFilter() const { return m_reach; }

    // Opens the invite form for the selected creator (non-blocking); nullptr when none.
    OfferTermsDialog *openInvite();

private:
    void search();
    void updateState();

    AppContext &m_context;
    CreatorSearchModel *m_model;
    QSortFilterProxyModel *m_sorted;
    MessageBanner *m_banner;
    QComboBox *m_category;
    QLineEdit *m_niche;
    QSpinBox *m_reach;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QAction *m_invite;
};

} // namespace ClipDesk::Ui

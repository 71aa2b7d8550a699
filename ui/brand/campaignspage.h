#pragma once

#include "domain/campaign.h"
#include "ui/appcontext.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace ClipDesk::Ui {

class CampaignEditorDialog;
class CampaignFilterProxy;
class CampaignListModel;
class EmptyState;
class MessageBanner;
class PageHeading;
struct BulkOutcome;

// The brand's campaigns: search, filters, a sortable table, templates in their own view, and
// actions on the selection (edit, clone, templates, status changes, delete, bulk edit). Every
// change is one mutation per campaign through the mutation queue; failures are listed.
class CampaignsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignsPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CampaignsPage)

    QTableView *table() const { return m_table; }
    CampaignListModel *model() const { return m_model; }
    CampaignFilterProxy *proxy() const { return m_proxy; }
    MessageBanner *banner() const { return m_banner; }
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);

    // Opens the editor (non-blocking); an empty id starts a new campaign.
    CampaignEditorDialog *openEditor(const QString &campaignId);
    void changeStatusOfSelection(Domain::CampaignStatus status);
    void openBulkEdit();
    void setTemplatesShown(bool shown);

private:
    void buildActions();
    QWidget *buildFilters();
    void updateActions();
    void updateEmptyState();
    void report(const BulkOutcome &outcome, const QString &verb, const QString &successText);
    void cloneSelection(bool asTemplate);
    void newFromTemplate();
    void deleteSelection();
    void applyFilters();

    AppContext &m_context;
    CampaignListModel *m_model;
    CampaignFilterProxy *m_proxy;
    PageHeading *m_heading;
    MessageBanner *m_banner;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_categoryFilter;
    QToolButton *m_templatesToggle;
    QStackedWidget *m_stack;
    QTableView *m_table;
    EmptyState *m_empty;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_clone = nullptr;
    QAction *m_saveTemplate = nullptr;
    QAction *m_fromTemplate = nullptr;
    QList<std::pair<QAction *, Domain::CampaignStatus>> m_statusActions;
    QAction *m_delete = nullptr;
    QAction *m_bulkEdit = nullptr;
    QAction *m_find = nullptr;
};

} // namespace ClipDesk::Ui

#include "clips/myclipspage.h"

#include "admin/emptystate.h"
#include "admin/pageheading.h"
#include "clips/clipdetailsform.h"
#include "clips/clipdisplayproxy.h"
#include "clips/clipeditorfactory.h"
#include "clips/clipeditorplugin.h"
#include "clips/clipexportlink.h"
#include "clips/clipuploadpanel.h"
#include "domain/clip.h"
#include "domain/cliprules.h"
#include "models/cliplistmodel.h"
#include "signin/messagebanner.h"
#include "sync/mutationqueue.h"
#include "widgets/shortcutbutton.h"
#include "widgets/statuschipdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QMessageBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

QString settingsKey(const QString &clipId)
{
    return QStringLiteral("clips/localFiles/") + clipId;
}

} // namespace

MyClipsPage::MyClipsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ClipListModel(*context.cache, this))
    , m_proxy(new ClipDisplayProxy(*context.cache, this))
    , m_view(new QTableView(this))
    , m_details(new ClipDetailsForm(context, this))
    , m_uploadPanel(new ClipUploadPanel(context, this))
    , m_new(shortcutButton(style()->standardIcon(QStyle::SP_FileIcon), tr("New clip"), QKeySequence(Qt::CTRL | Qt::Key_N),
                         tr("Start a new draft clip"), this))
    , m_delete(shortcutButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete…"), QKeySequence(Qt::Key_Delete),
                            tr("Delete the selected draft or rejected clip"), this))
    , m_edit(shortcutButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Edit in editor"),
                          QKeySequence(Qt::CTRL | Qt::Key_E), tr("Open the clip's video in the clip editor"), this))
    , m_banner(new MessageBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(style()->standardIcon(QStyle::SP_MediaPlay),
                             tr("No clips yet. Start one, then cut it in the clip editor."), this))
    , m_exportLink(new ClipExportLink(context, this))
{
    setObjectName(QStringLiteral("myClipsPage"));
    m_model->setScope(QStringLiteral("k.owner_id = ?"), {context.viewer.userId});
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("clipTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setIconSize(QSize(48, 27));
    m_view->verticalHeader()->hide();
    for (int column = ClipListModel::ClipperColumn; column < ClipListModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, true); // the review queue's columns
    m_view->verticalHeader()->setDefaultSectionSize(36);
    m_view->horizontalHeader()->setSectionResizeMode(ClipListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(ClipListModel::StatusColumn,
                                     new StatusChipDelegate(ClipDisplayProxy::ChipRole, m_view));
    m_new->setObjectName(QStringLiteral("newClipButton"));
    m_delete->setObjectName(QStringLiteral("deleteClipButton"));
    m_edit->setObjectName(QStringLiteral("editClipButton"));
    connect(m_empty->setAction(tr("New clip")), &QPushButton::clicked, this, &MyClipsPage::createClip);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 0, 0, 0);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(m_uploadPanel);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addStretch();
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(new PageHeading(tr("My clips"), tr("Your clips, their review status and the reviewers' feedback."), this));
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &MyClipsPage::createClip);
    connect(m_delete, &QPushButton::clicked, this, &MyClipsPage::deleteSelected);
    connect(m_edit, &QPushButton::clicked, this, &MyClipsPage::editSelected);
    connect(m_uploadPanel, &ClipUploadPanel::fileChosen, this, [](const QString &clipId, const QString &path) {
        rememberLocalFile(clipId, path);
    });
    connect(m_exportLink, &ClipExportLink::targetReady, this,
            [this](const QString &clipId, const QString &path, const QString &message) {
                selectClip(clipId);
                if (m_uploadPanel->uploadFile(path))
                    m_banner->showMessage(MessageBanner::Kind::Success, message);
                else
                    m_banner->showMessage(MessageBanner::Kind::Error, tr("The exported video was not uploaded: %1")
                                                                          .arg(m_uploadPanel->statusText()));
            });
    connect(m_exportLink, &ClipExportLink::failed, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MyClipsPage::updateSelection);
    connect(m_details, &ClipDetailsForm::changed, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Success, message); });
    connect(m_details, &ClipDetailsForm::failed, m_banner, &MessageBanner::clear);
    connect(m_details, &ClipDetailsForm::newVersionCreated, this, [this](const QString &id) { selectClip(id); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = m_details->clipId();
        updateEmptyState();
        for (int column = ClipListModel::CampaignColumn; column <= ClipListModel::UpdatedColumn; ++column)
            m_view->resizeColumnToContents(column);
        m_details->reloadCampaigns();
        if (keep.isEmpty() || !selectClip(keep))
            updateSelection();
    });
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ClipListModel::TitleColumn, QHeaderView::Stretch);
    updateEmptyState();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateSelection();
}

QString MyClipsPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CacheRowTableModel::IdRole).toString() : QString();
}

bool MyClipsPage::selectClip(const QString &clipId)
{
    const int row = m_model->rowOf(clipId);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_proxy->index(row, 0));
    updateSelection();
    return true;
}

void MyClipsPage::updateSelection()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QJsonObject row = current.isValid() ? m_model->rowAt(current.row()) : QJsonObject();
    m_details->setClip(row);
    m_uploadPanel->setClip(row);
    const auto status = Domain::clipStatusFromName(row.value(QStringLiteral("status")).toString());
    m_delete->setEnabled(status && Domain::ClipRules::isDeletable(*status));
    m_edit->setEnabled(current.isValid());
}

void MyClipsPage::updateEmptyState()
{
    m_stack->setCurrentWidget(m_proxy->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_view);
}

void MyClipsPage::createClip()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto queued = m_context.mutations->submit(
        QStringLiteral("clip.create"),
        {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonObject{{QStringLiteral("title"), tr("New clip")}}}});
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return;
    }
    selectClip(id);
    m_banner->showMessage(MessageBanner::Kind::Success, tr("New draft clip created: give it a title and a video."));
}

void MyClipsPage::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_delete->isEnabled())
        return;
    const QString title = m_model->rowAt(m_model->rowOf(id)).value(QStringLiteral("title")).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete clip"),
                                tr("Delete “%1”? This cannot be undone.").arg(title),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id, title](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const auto queued = m_context.mutations->submit(QStringLiteral("clip.delete"), {{QStringLiteral("id"), id}});
        if (!queued) {
            m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success, tr("Deleted “%1”.").arg(title));
    });
    box->open();
    Q_EMIT confirmationOpened(box);
}

QString MyClipsPage::localFile(const QString &clipId)
{
    return QSettings().value(settingsKey(clipId)).toString();
}

void MyClipsPage::rememberLocalFile(const QString &clipId, const QString &path)
{
    QSettings().setValue(settingsKey(clipId), path);
}

void MyClipsPage::editSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    ClipEditorFactory *factory = nullptr;
    if (!m_editor) {
        QString error;
        factory = ClipEditorPlugin::factory(&error);
        if (!factory) {
            m_banner->showMessage(MessageBanner::Kind::Error, tr("The clip editor could not be loaded: %1").arg(error));
            return;
        }
        ClipEditorFactory::EditorCallbacks callbacks;
        callbacks.fileOpened = [this](const QString &path) {
            if (!m_editorClipId.isEmpty())
                rememberLocalFile(m_editorClipId, path);
        };
        callbacks.exported = [this](const QString &path) {
            if (!m_editorClipId.isEmpty())
                m_exportLink->offer(m_editorClipId, path);
        };
        m_editor = factory->createEditor(this, std::move(callbacks));
        m_editor->setObjectName(QStringLiteral("clipEditor"));
        m_editor->setWindowFlag(Qt::Window);
        m_editor->setAttribute(Qt::WA_DeleteOnClose);
        m_editor->resize(1280, 800);
    } else {
        factory = ClipEditorPlugin::factory();
    }
    m_editorClipId = id;
    m_editor->setWindowTitle(tr("Clip editor — %1").arg(m_model->rowAt(m_model->rowOf(id)).value(QStringLiteral("title")).toString()));
    const QString path = localFile(id);
    if (!path.isEmpty() && QFileInfo::exists(path) && factory)
        factory->openFile(m_editor, path);
    m_editor->show();
    m_editor->raise();
    m_editor->activateWindow();
}

} // namespace ClipDesk::Ui

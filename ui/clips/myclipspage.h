#pragma once

#include "appcontext.h"

#include <QPointer>
#include <QWidget>

class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ClipDesk::Ui {

class ClipDetailsForm;
class ClipExportLink;
class ClipUploadPanel;
class ClipDisplayProxy;
class ClipListModel;
class EmptyState;
class MessageBanner;

// The clipper's "My clips": every clip with its thumbnail, campaign, status chip and reviewer
// feedback; the selected clip's fields on the right (edit, submit, posted link). New (Ctrl+N)
// makes a draft, Delete (Del, drafts and rejected clips only) asks first, Edit in editor
// (Ctrl+E) opens the clip editor on the clip's local video when this computer knows it (the
// editor comes from the media plugin, loaded on first use: see clipeditorfactory.h); what it
// exports can become the clip's video (a new version for a reviewed clip, ClipExportLink).
class MyClipsPage final : public QWidget
{
    Q_OBJECT

public:
    MyClipsPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MyClipsPage)

    ClipListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ClipDetailsForm *details() const { return m_details; }
    ClipUploadPanel *uploadPanel() const { return m_uploadPanel; }
    // The clip editor window once opened (a ClipEditorWidget of the media plugin), else null.
    QWidget *editor() const { return m_editor; }
    ClipExportLink *exportLink() const { return m_exportLink; }
    bool selectClip(const QString &clipId);

    // The local video a clip was edited from (remembered per clip on this computer).
    static QString localFile(const QString &clipId);
    static void rememberLocalFile(const QString &clipId, const QString &path);

public Q_SLOTS:
    void createClip();
    void deleteSelected();
    void editSelected();

Q_SIGNALS:
    void confirmationOpened(QMessageBox *box);

private:
    QString selectedId() const;
    void updateSelection();
    void updateEmptyState();

    AppContext &m_context;
    ClipListModel *m_model;
    ClipDisplayProxy *m_proxy;
    QTableView *m_view;
    ClipDetailsForm *m_details;
    ClipUploadPanel *m_uploadPanel;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_edit;
    MessageBanner *m_banner;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QPointer<QWidget> m_editor;
    QString m_editorClipId; // the clip the editor was opened for
    ClipExportLink *m_exportLink;
};

} // namespace ClipDesk::Ui

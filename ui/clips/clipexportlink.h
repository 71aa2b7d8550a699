#pragma once

#include "appcontext.h"
#include "domain/error.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace ClipDesk::Ui {

// Makes a file exported in the clip editor the video of a clip. A draft gets it directly; a
// clip a reviewer has seen (submitted, approved, rejected, published) is never changed: it gets
// a new version (`clip.new_version`), and that draft gets the file; a clip that is gone gets a
// new draft. offer() asks first; on "Upload" targetReady() names the draft whose upload the
// page then starts (through the upload panel, duplicate check included).
class ClipExportLink final : public QObject
{
    Q_OBJECT

public:
    ClipExportLink(AppContext &context, QWidget *dialogParent);
    Q_DISABLE_COPY_MOVE(ClipExportLink)

    // Asks whether `path` (just exported while editing clip `clipId`) becomes the clip's video.
    void offer(const QString &clipId, const QString &path);
    // The draft that gets the file, making a new version or a new draft when needed.
    Result<QString> prepareTarget(const QString &clipId, const QString &path);

Q_SIGNALS:
    void questionOpened(QMessageBox *box);
    // `clipId` is the draft to upload `path` for; `message` says what was done.
    void targetReady(const QString &clipId, const QString &path, const QString &message);
    void failed(const QString &message);

private:
    Result<QString> newDraft(const QString &path);

    AppContext &m_context;
    QPointer<QWidget> m_dialogParent;
};

} // namespace ClipDesk::Ui

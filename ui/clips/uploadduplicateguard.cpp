#include "clips/uploadduplicateguard.h"

#include "clips/clipeditorfactory.h"
#include "clips/clipeditorplugin.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/clipuploadqueue.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace ClipDesk::Ui {

struct UploadDuplicateGuard::Identity
{
    QString sha256;
    QByteArray fingerprint;
    QString error;
    bool cancelled = false;
};

namespace {

constexpr double HashShare = 0.2; // of the progress bar; the fingerprint decodes the video
constexpr qint64 ReadChunk = 1 << 20;

// What the worker reports to and polls from the GUI thread.
struct WorkerControl
{
    std::function<void(double fraction)> report;
    std::function<bool()> cancelled;
};

QString fileSha256(const QString &path, const WorkerControl &control, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 size = std::max<qint64>(file.size(), 1);
    while (!file.atEnd()) {
        if (control.cancelled())
            return {};
        const QByteArray chunk = file.read(ReadChunk);
        if (chunk.isEmpty() && !file.atEnd()) {
            *error = file.errorString();
            return {};
        }
        hash.addData(chunk);
        control.report(HashShare * double(file.pos()) / double(size));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

UploadDuplicateGuard::UploadDuplicateGuard(AppContext &context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{
}

UploadDuplicateGuard::~UploadDuplicateGuard()
{
    if (m_cancel)
        m_cancel->store(true);
    m_job.waitForFinished();
}

void UploadDuplicateGuard::start(const QString &clipId, const QString &campaignId, const QString &path,
                                 const QString &label)
{
    cancel();
    m_job.waitForFinished();
    m_clipId = clipId;
    m_campaignId = campaignId;
    m_path = path;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(label.arg(campaignName()), tr("Cancel"), 0, 1000, m_dialogParent);
    m_progress->setObjectName(QStringLiteral("duplicateCheckProgress"));
    m_progress->setWindowTitle(tr("Duplicate check"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &UploadDuplicateGuard::cancel);
}

void UploadDuplicateGuard::checkUploaded(const QString &clipId, const QString &campaignId, const QString &sha256)
{
    start(clipId, campaignId, QString(), tr("Asking the server about clips on %1…"));
    identified(Identity{sha256, {}, {}, false});
}

void UploadDuplicateGuard::check(const QString &clipId, const QString &campaignId, const QString &path)
{
    start(clipId, campaignId, path, tr("Checking whether this video was already submitted to %1…"));
    // The fingerprint needs FFmpeg, which lives in the media plugin (loaded here, on this thread).
    QString pluginError;
    ClipEditorFactory *media = ClipEditorPlugin::factory(&pluginError);
    m_job = QtConcurrent::run([this, path, media, pluginError, cancel = m_cancel] {
        const WorkerControl control{[this, cancel](double fraction) {
                                        QMetaObject::invokeMethod(this, [this, cancel, fraction] {
                                            if (m_progress && !cancel->load())
                                                m_progress->setValue(int(fraction * 1000));
                                        }, Qt::QueuedConnection);
                                    },
                                    [cancel] { return cancel->load(); }};
        Identity identity;
        identity.sha256 = fileSha256(path, control, &identity.error);
        if (identity.error.isEmpty() && !control.cancelled()) {
            if (media)
                identity.fingerprint = media->fingerprintVideo(
                    path, [&control](double f) { control.report(HashShare + (1 - HashShare) * f); }, control.cancelled,
                    &identity.error);
            else
                identity.error = pluginError;
        }
        identity.cancelled = control.cancelled();
        QMetaObject::invokeMethod(this, [this, identity, cancel] {
            if (cancel == m_cancel)
                identified(identity);
        }, Qt::QueuedConnection);
    });
}

void UploadDuplicateGuard::cancel()
{
    if (!m_cancel || m_cancel->load() || !isChecking())
        return;
    m_cancel->store(true);
    finish(false, isSubmission() ? tr("Not submitted.") : tr("Upload cancelled; nothing was sent."));
}

void UploadDuplicateGuard::identified(const Identity &identity)
{
    if (identity.cancelled || !isChecking())
        return;
    if (!identity.error.isEmpty() && identity.sha256.isEmpty())
        return finish(false, tr("“%1” cannot be read: %2").arg(m_path, identity.error));
    if (!m_context.uploads)
        return finish(true, tr("The duplicate check could not be done. The campaign checks again when you submit."));
    if (m_progress)
        m_progress->setLabelText(tr("Asking the server about clips on %1…").arg(campaignName()));
    // A video without a fingerprint (it could not be decoded) is still checked for exact copies.
    m_context.uploads->checkDuplicate({m_campaignId, m_clipId, identity.sha256, identity.fingerprint}, this,
                                      [this, cancel = m_cancel](const Sync::DuplicateVerdict &verdict) {
                                          if (cancel == m_cancel && !cancel->load())
                                              answered(verdict);
                                      });
}

void UploadDuplicateGuard::answered(const Sync::DuplicateVerdict &verdict)
{
    using Outcome = Sync::DuplicateVerdict::Outcome;
    if (verdict.outcome == Outcome::Unchecked)
        return finish(true, tr("The duplicate check could not be done: %1 The campaign checks again when you submit.")
                                .arg(verdict.reason));
    if (verdict.outcome == Outcome::NoMatch)
        return finish(true, tr("No duplicate found on %1.").arg(campaignName()));
    warn(verdict);
}

void UploadDuplicateGuard::warn(const Sync::DuplicateVerdict &verdict)
{
    if (m_progress)
        m_progress->hide();
    const QString campaign = campaignName();
    QString text;
    if (verdict.own) {
        auto row = m_context.cache->row(Sync::Entity::Clip, verdict.ownClipId);
        const QString title = row && *row ? (**row).value(QStringLiteral("title")).toString() : QString();
        text = tr("This video looks like your clip “%1”, already submitted to %2.").arg(title, campaign);
    } else {
        text = tr("This video looks like a clip already submitted to %1.").arg(campaign);
    }
    const QString detail = verdict.outcome == Sync::DuplicateVerdict::Outcome::Exact
        ? tr("It is the very same file.")
        : tr("They are %1 % alike: a re-encode, a crop or a cut of it.").arg(verdict.similarityPercent);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Possible duplicate"), text, QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("duplicateWarning"));
    box->setInformativeText(detail + u' '
                            + tr("The campaign rejects duplicates automatically when they are submitted."));
    QPushButton *anyway = box->addButton(isSubmission() ? tr("Submit anyway") : tr("Upload anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("uploadAnywayButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelUploadButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, anyway] {
        if (!isChecking())
            return;
        if (box->clickedButton() != anyway)
            return finish(false, isSubmission() ? tr("Not submitted.") : tr("Upload cancelled; nothing was sent."));
        finish(true, isSubmission() ? tr("Submitted although it looks like a duplicate.")
                                    : tr("Uploading although it looks like a duplicate."));
    });
    box->open();
    Q_EMIT warningOpened(box);
}

void UploadDuplicateGuard::finish(bool proceed, const QString &note)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QString clipId = std::exchange(m_clipId, QString());
    const QString path = std::exchange(m_path, QString());
    Q_EMIT decided(clipId, path, proceed, note);
}

QString UploadDuplicateGuard::campaignName() const
{
    auto row = m_context.cache->row(Sync::Entity::Campaign, m_campaignId);
    const QString name = row && *row ? (**row).value(QStringLiteral("name")).toString() : QString();
    return name.isEmpty() ? tr("the campaign") : tr("“%1”").arg(name);
}

} // namespace ClipDesk::Ui

#pragma once

#include "appcontext.h"

#include <QJsonObject>
#include <QWidget>

#include <utility>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ClipDesk::Ui {

class FieldErrorLabel;
class UploadDuplicateGuard;

// The selected clip's fields: title, caption, hashtags and target platform (saved with
// clip.update while the clip is a draft; a reviewed clip gets a new version first), the posted
// link (clip.publish, once approved), the reviewer's feedback, and submitting to one of the
// clipper's campaigns (clip.submit, after a duplicate check when the server has the video).
// Rule errors show inline under the form.
class ClipDetailsForm final : public QWidget
{
    Q_OBJECT

public:
    ClipDetailsForm(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClipDetailsForm)

    void setClip(const QJsonObject &row); // empty: nothing selected
    QString clipId() const;
    QString errorText() const;
    void reloadCampaigns();
    // Asks before submitting a video that looks like a clip already on the campaign.
    UploadDuplicateGuard *duplicateGuard() const { return m_guard; }

public Q_SLOTS:
    void save();
    void submit();
    void publish();
    void makeNewVersion();

Q_SIGNALS:
    // A mutation was queued; `message` says what happened.
    void changed(const QString &message);
    void newVersionCreated(const QString &newClipId);
    // A rule refused the last action; the form shows why.
    void failed(const QString &message);

private:
    void showError(const QString &message);
    void updateEnabled();
    QStringList hashtags() const;
    void queueSubmit(const QString &id, const QString &campaignId, const QString &campaignName, const QString &note);

    AppContext &m_context;
    QJsonObject m_row;
    QLabel *m_feedback;
    QLineEdit *m_title;
    QPlainTextEdit *m_caption;
    QLineEdit *m_hashtags;
    QComboBox *m_platform;
    QPushButton *m_save;
    QPushButton *m_newVersion;
    QLineEdit *m_postedUrl;
    QPushButton *m_publish;
    QComboBox *m_campaign;
    QPushButton *m_submit;
    QLabel *m_error;
    UploadDuplicateGuard *m_guard;
    std::pair<QString, QString> m_pendingSubmission; // campaign id and name while the duplicate check runs
};

} // namespace ClipDesk::Ui

#pragma once

#include "appcontext.h"
#include "domain/profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ClipDesk::Ui {

class ColorSwatchEditor;
class LinkListEditor;
class MessageBanner;

// The signed-in user's own profile: display name, bio, social links and the fields of their
// role (brand: company, industry, colours; clipper: category, niche, reach, portfolio), checked
// live with the same ProfileRules the server runs. Save queues `profile.update` with only the
// changed fields and the cached version as base_version.
//
// The avatar is picked and cropped here and queued in the cache's ImageStore; uploading it is
// the sync engine's job. Until the server has it the page shows it as "pending upload" (or why
// the server refused it), then the server's copy, downloaded into the cache.
class ProfileEditorPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditorPage(AppContext &context, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProfileEditorPage)

    // The fields that differ from the cached profile, as profile.update `changes`.
    QJsonObject changes() const;
    // Empty when the edited profile passes the rules.
    QString validationMessage() const { return m_validation; }
    QByteArray pendingAvatar() const { return m_pendingAvatar; }
    QString avatarStateText() const;

    QLineEdit *displayNameEdit() const { return m_displayName; }
    QPlainTextEdit *bioEdit() const { return m_bio; }
    LinkListEditor *socialLinksEditor() const { return m_socialLinks; }
    QLineEdit *companyEdit() const { return m_company; }
    QComboBox *categoryCombo() const { return m_category; }
    QLineEdit *nicheEdit() const { return m_niche; }
    QSpinBox *reachEdit() const { return m_reach; }
    LinkListEditor *portfolioEditor() const { return m_portfolio; }
    ColorSwatchEditor *colorEditor() const { return m_colors; }
    QPushButton *saveButton() const { return m_save; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *avatarLabel() const { return m_avatar; }

public Q_SLOTS:
    void save();
    void revert();
    void chooseAvatar();                      // file dialog, then the crop dialog
    void cropAvatarFrom(const QString &path); // the crop dialog for one image file
    void setPendingAvatar(const QByteArray &png);

Q_SIGNALS:
    // A cropped 512×512 PNG the user picked, queued for upload (PUT /api/v1/profile/avatar).
    void avatarChosen(const QByteArray &png);

private:
    void load();
    void fillFields();
    void revalidate();
    void showAvatar();

    AppContext &m_context;
    Domain::Profile m_original;
    bool m_loaded = false;
    QString m_validation;
    QByteArray m_pendingAvatar;
    QString m_avatarError; // why the server refused the pending picture

    QLabel *m_avatar;
    QLabel *m_avatarState;
    QLineEdit *m_displayName;
    QPlainTextEdit *m_bio;
    LinkListEditor *m_socialLinks;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_industry = nullptr;
    ColorSwatchEditor *m_colors = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_niche = nullptr;
    QSpinBox *m_reach = nullptr;
    LinkListEditor *m_portfolio = nullptr;
    MessageBanner *m_banner;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace ClipDesk::Ui

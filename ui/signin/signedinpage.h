#pragma once

#include "ui/serverstatus.h"
#include "net/session.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ClipDesk::Ui {

class MessageBanner;

// The page shown while an account is signed in: who, with which role, on which server,
// whether the server confirmed the session, and where its token is kept.
class SignedInPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SignedInPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignedInPage)

    void showSession(const Net::Session &session);
    void showServerStatus(const ServerStatus &status);
    // `explanation` from SessionStore::storageExplanation(); `fallback` marks the file case.
    void showTokenStorage(const QString &explanation, bool fallback);
    void showNotice(const QString &notice);

Q_SIGNALS:
    void switchAccountRequested();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSessionText();

    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_handle;
    QLabel *m_serverCaption;
    QLabel *m_server;
    QLabel *m_statusDot;
    QLabel *m_emailCaption;
    QLabel *m_email;
    QLabel *m_sessionCaption;
    QLabel *m_sessionState;
    QLabel *m_storageCaption;
    QLabel *m_storage;
    MessageBanner *m_notice;
    QPushButton *m_switch;
    QPushButton *m_signOut;
    Net::Session m_session;
    ServerStatus m_status;
    QString m_storageExplanation;
    bool m_fallback = false;
};

} // namespace ClipDesk::Ui

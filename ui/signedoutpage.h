#pragma once

#include "serverstatus.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ClipDesk::Ui {

class MessageBanner;

// The page shown while nobody is signed in: who we are, which server we talk to, whether it
// answers, and the way to sign in.
class SignedOutPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SignedOutPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignedOutPage)

    void showStatus(const ServerStatus &status);
    // A note such as "Your session has ended"; empty hides it.
    void showNotice(const QString &notice);
    void setSignInEnabled(bool enabled);

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_serverCaption;
    QLabel *m_statusCaption;
    QLabel *m_addressLabel;
    QLabel *m_statusDot;
    QLabel *m_statusLabel;
    MessageBanner *m_notice;
    QPushButton *m_signIn;
    QLabel *m_shortcutHint;
    ServerStatus m_status;
};

} // namespace ClipDesk::Ui

#pragma once

#include "serverstatus.h"

#include <QWidget>

class QLabel;

namespace ClipDesk::Ui {

// The page shown while nobody is signed in: who we are, which server we talk to, and
// whether it answers.
class SignedOutPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SignedOutPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignedOutPage)

    void showStatus(const ServerStatus &status);

private:
    QLabel *m_addressLabel;
    QLabel *m_statusDot;
    QLabel *m_statusLabel;
};

} // namespace ClipDesk::Ui

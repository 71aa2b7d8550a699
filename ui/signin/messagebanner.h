#pragma once

#include "feedbackcolors.h"

#include <QFrame>

class QLabel;

namespace ClipDesk::Ui {

// A coloured box with one message (an error, a warning, a note); hidden while empty.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    using Kind = FeedbackColors::Kind;

    explicit MessageBanner(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MessageBanner)

    void showMessage(Kind kind, const QString &message);
    void clear();
    QString message() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();

    QLabel *m_label;
    Kind m_kind = Kind::Info;
};

} // namespace ClipDesk::Ui

#pragma once

#include <QWidget>

class QLabel;

namespace ClipDesk::Ui {

// The top of a page: a bold title and a one-line grey subtitle.
class PageHeading final : public QWidget
{
    Q_OBJECT

public:
    PageHeading(const QString &title, const QString &subtitle, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PageHeading)

    void setSubtitle(const QString &subtitle);

private:
    QLabel *m_subtitle;
};

} // namespace ClipDesk::Ui

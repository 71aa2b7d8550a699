#include "admin/pageheading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

PageHeading::PageHeading(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_subtitle(new QLabel(subtitle, this))
{
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("pageTitle"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    titleLabel->setFont(font);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(titleLabel);
    layout->addWidget(m_subtitle);
}

void PageHeading::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

} // namespace ClipDesk::Ui

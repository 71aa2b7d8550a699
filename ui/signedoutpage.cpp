#include "signedoutpage.h"

#include "statuscolors.h"

#include <QFrame>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

constexpr int IconSize = 112;
constexpr int ColumnWidth = 560;
constexpr int DotSize = 10;

QLabel *captionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

SignedOutPage::SignedOutPage(QWidget *parent)
    : QWidget(parent)
    , m_addressLabel(new QLabel(this))
    , m_statusDot(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/clipdesk.svg")).pixmap(IconSize, IconSize));
    icon->setAlignment(Qt::AlignHCenter);
    icon->setMinimumHeight(IconSize);

    auto *heading = new QLabel(tr("Signed out"), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.2);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto *explanation = new QLabel(tr("You are not signed in to a ClipDesk server."), this);
    explanation->setAlignment(Qt::AlignHCenter);
    explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("serverCard"));
    card->setStyleSheet(QStringLiteral("QFrame#serverCard { background: palette(base); border: 1px solid palette(mid);"
                                       " border-radius: 10px; }"));

    m_addressLabel->setObjectName(QStringLiteral("serverAddressLabel"));
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setObjectName(QStringLiteral("serverStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusDot->setFixedSize(DotSize, DotSize);

    // The dot sits centred on the first line of the (possibly wrapped) status text.
    auto *dotColumn = new QVBoxLayout;
    dotColumn->setContentsMargins(0, (m_statusLabel->fontMetrics().height() - DotSize) / 2, 0, 0);
    dotColumn->addWidget(m_statusDot);
    dotColumn->addStretch();
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    statusRow->addLayout(dotColumn);
    statusRow->addWidget(m_statusLabel, 1);

    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(20, 16, 20, 16);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    grid->addWidget(captionLabel(tr("Server"), card), 0, 0);
    grid->addWidget(m_addressLabel, 0, 1);
    grid->addWidget(captionLabel(tr("Status"), card), 1, 0);
    grid->addLayout(statusRow, 1, 1);
    grid->setColumnStretch(1, 1);

    auto *column = new QWidget(this);
    column->setFixedWidth(ColumnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(explanation);
    columnLayout->addSpacing(20);
    columnLayout->addWidget(card);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    outer->addWidget(column, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    showStatus({});
}

void SignedOutPage::showStatus(const ServerStatus &status)
{
    m_addressLabel->setText(status.address.isEmpty() ? tr("Not set") : status.address.toDisplayString());
    m_statusLabel->setText(status.text.isEmpty() ? tr("No server address yet.") : status.text);
    m_statusDot->setStyleSheet(QStringLiteral("background: %1; border-radius: %2px;")
                                   .arg(statusColor(status.kind).name())
                                   .arg(DotSize / 2));
    m_statusDot->setToolTip(m_statusLabel->text());
}

} // namespace ClipDesk::Ui

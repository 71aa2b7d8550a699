#include "signedoutpage.h"

#include "signin/messagebanner.h"
#include "statuscolors.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

constexpr int IconSize = 112;
constexpr int ColumnWidth = 560;
constexpr int DotSize = 10;

QLabel *captionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

SignedOutPage::SignedOutPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_serverCaption(captionLabel(this))
    , m_statusCaption(captionLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_statusDot(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_notice(new MessageBanner(this))
    , m_signIn(new QPushButton(this))
    , m_shortcutHint(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/clipdesk.svg")).pixmap(IconSize, IconSize));
    icon->setAlignment(Qt::AlignHCenter);
    icon->setMinimumHeight(IconSize);

    m_heading->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.2);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignHCenter);

    m_explanation->setAlignment(Qt::AlignHCenter);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    m_notice->setObjectName(QStringLiteral("signedOutNotice"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setMinimumWidth(160);
    QFont buttonFont = m_signIn->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.1);
    m_signIn->setFont(buttonFont);
    m_shortcutHint->setObjectName(QStringLiteral("signInShortcutHint"));
    m_shortcutHint->setForegroundRole(QPalette::PlaceholderText);
    m_shortcutHint->setAlignment(Qt::AlignHCenter);

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
    grid->addWidget(m_serverCaption, 0, 0);
    grid->addWidget(m_addressLabel, 0, 1);
    grid->addWidget(m_statusCaption, 1, 0);
    grid->addLayout(statusRow, 1, 1);
    grid->setColumnStretch(1, 1);

    auto *column = new QWidget(this);
    column->setFixedWidth(ColumnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_explanation);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_signIn, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_shortcutHint);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_notice);
    columnLayout->addWidget(card);

    // Centred by stretches rather than by alignment, so that wrapped text gets the height it
    // needs at the column's width (box layouts ask for height-for-width at their own width).
    auto *centered = new QHBoxLayout;
    centered->addStretch();
    centered->addWidget(column);
    centered->addStretch();
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 32, 32, 32);
    outer->addStretch(2);
    outer->addLayout(centered);
    outer->addStretch(3);

    connect(m_signIn, &QPushButton::clicked, this, &SignedOutPage::signInRequested);
    retranslate();
    showStatus({});
}

void SignedOutPage::showStatus(const ServerStatus &status)
{
    m_status = status;
    m_addressLabel->setText(status.address.isEmpty() ? tr("Not set") : status.address.toDisplayString());
    m_statusLabel->setText(status.text.isEmpty() ? tr("No server address yet.") : status.text);
    m_statusDot->setStyleSheet(QStringLiteral("background: %1; border-radius: %2px;")
                                   .arg(statusColor(status.kind).name())
                                   .arg(DotSize / 2));
    m_statusDot->setToolTip(m_statusLabel->text());
}

void SignedOutPage::showNotice(const QString &notice)
{
    if (notice.isEmpty())
        m_notice->clear();
    else
        m_notice->showMessage(MessageBanner::Kind::Warning, notice);
}

void SignedOutPage::setSignInEnabled(bool enabled)
{
    m_signIn->setEnabled(enabled);
}

void SignedOutPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SignedOutPage::retranslate()
{
    m_heading->setText(tr("Signed out"));
    m_explanation->setText(tr("You are not signed in to a ClipDesk server."));
    m_serverCaption->setText(tr("Server"));
    m_statusCaption->setText(tr("Status"));
    m_signIn->setText(tr("Sign In…"));
    m_signIn->setToolTip(tr("Sign in or create an account (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    m_shortcutHint->setText(tr("or press %1").arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    showStatus(m_status);
}

} // namespace ClipDesk::Ui

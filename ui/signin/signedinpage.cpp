#include "signedinpage.h"

#include "messagebanner.h"
#include "ui/statuscolors.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

constexpr int AvatarSize = 88;
constexpr int ColumnWidth = 600;
constexpr int DotSize = 10;

QPixmap avatarFor(const Net::AccountIdentity &user, qreal devicePixelRatio)
{
    static const QColor colors[] = {QColor(0x5a, 0x3f, 0xd0), QColor(0x1f, 0x7a, 0x8c), QColor(0xc2, 0x4e, 0x2b),
                                    QColor(0x2e, 0x7d, 0x32), QColor(0xad, 0x1f, 0x6b), QColor(0x45, 0x5a, 0x64)};
    const QColor color = colors[qHash(user.id) % std::size(colors)];
    QString initials;
    for (const QString &word : user.name().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    QPixmap pixmap(QSize(AvatarSize, AvatarSize) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0, 0, AvatarSize, AvatarSize));
    QFont font = painter.font();
    font.setPixelSize(AvatarSize * 2 / 5);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, AvatarSize, AvatarSize), Qt::AlignCenter, initials);
    return pixmap;
}

QLabel *caption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *value(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SignedInPage::SignedInPage(QWidget *parent)
    : QWidget(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_handle(new QLabel(this))
    , m_serverCaption(caption(this))
    , m_server(value("signedInServerLabel", this))
    , m_statusDot(new QLabel(this))
    , m_emailCaption(caption(this))
    , m_email(value("signedInEmailLabel", this))
    , m_sessionCaption(caption(this))
    , m_sessionState(value("sessionStateLabel", this))
    , m_storageCaption(caption(this))
    , m_storage(value("tokenStorageLabel", this))
    , m_notice(new MessageBanner(this))
    , m_switch(new QPushButton(this))
    , m_signOut(new QPushButton(this))
{
    m_avatar->setAlignment(Qt::AlignHCenter);
    m_avatar->setMinimumHeight(AvatarSize);
    m_name->setObjectName(QStringLiteral("signedInNameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 2.0);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_name->setAlignment(Qt::AlignHCenter);
    m_handle->setObjectName(QStringLiteral("signedInRoleLabel"));
    m_handle->setAlignment(Qt::AlignHCenter);
    m_handle->setForegroundRole(QPalette::PlaceholderText);
    m_statusDot->setFixedSize(DotSize, DotSize);
    m_notice->setObjectName(QStringLiteral("sessionNotice"));
    m_switch->setObjectName(QStringLiteral("switchAccountButton"));
    m_signOut->setObjectName(QStringLiteral("signOutButton"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("sessionCard"));
    card->setStyleSheet(QStringLiteral("QFrame#sessionCard { background: palette(base); border: 1px solid palette(mid);"
                                       " border-radius: 10px; }"));
    auto *serverRow = new QHBoxLayout;
    serverRow->setSpacing(8);
    serverRow->addWidget(m_statusDot, 0, Qt::AlignVCenter);
    serverRow->addWidget(m_server, 1);
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(20, 16, 20, 16);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    grid->addWidget(m_serverCaption, 0, 0);
    grid->addLayout(serverRow, 0, 1);
    grid->addWidget(m_emailCaption, 1, 0);
    grid->addWidget(m_email, 1, 1);
    grid->addWidget(m_sessionCaption, 2, 0);
    grid->addWidget(m_sessionState, 2, 1);
    grid->addWidget(m_storageCaption, 3, 0);
    grid->addWidget(m_storage, 3, 1);
    grid->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_switch);
    buttons->addWidget(m_signOut);

    auto *column = new QWidget(this);
    column->setFixedWidth(ColumnWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(m_avatar);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_name);
    columnLayout->addWidget(m_handle);
    columnLayout->addSpacing(14);
    columnLayout->addWidget(m_notice);
    columnLayout->addWidget(card);
    columnLayout->addSpacing(4);
    columnLayout->addLayout(buttons);

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

    connect(m_switch, &QPushButton::clicked, this, &SignedInPage::switchAccountRequested);
    connect(m_signOut, &QPushButton::clicked, this, &SignedInPage::signOutRequested);
    retranslate();
}

void SignedInPage::showSession(const Net::Session &session)
{
    m_session = session;
    m_avatar->setPixmap(avatarFor(session.user, devicePixelRatioF()));
    m_name->setText(session.user.name());
    m_email->setText(session.user.email.isEmpty() ? QStringLiteral("—") : session.user.email);
    updateSessionText();
}

void SignedInPage::showServerStatus(const ServerStatus &status)
{
    m_status = status;
    m_statusDot->setStyleSheet(QStringLiteral("background: %1; border-radius: %2px;")
                                   .arg(statusColor(status.kind).name())
                                   .arg(DotSize / 2));
    m_statusDot->setToolTip(status.text);
    m_server->setToolTip(status.text);
}

void SignedInPage::showTokenStorage(const QString &explanation, bool fallback)
{
    m_storageExplanation = explanation;
    m_fallback = fallback;
    updateSessionText();
}

void SignedInPage::showNotice(const QString &notice)
{
    if (notice.isEmpty())
        m_notice->clear();
    else
        m_notice->showMessage(MessageBanner::Kind::Warning, notice);
}

void SignedInPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SignedInPage::retranslate()
{
    m_serverCaption->setText(tr("Server"));
    m_emailCaption->setText(tr("Email"));
    m_sessionCaption->setText(tr("Session"));
    m_storageCaption->setText(tr("Stored in"));
    m_switch->setText(tr("Switch Account…"));
    m_switch->setToolTip(tr("Sign in with another account; this one stays saved on this computer"));
    m_signOut->setText(tr("Sign Out"));
    m_signOut->setToolTip(tr("Sign out and forget the session on this computer (Ctrl+Shift+Q)"));
    updateSessionText();
}

void SignedInPage::updateSessionText()
{
    const Net::Session &session = m_session;
    m_handle->setText(tr("@%1 · %2").arg(session.user.username, session.user.roleTitle()));
    m_server->setText(session.serverUrl.toDisplayString());
    m_sessionState->setText(session.verified
                                ? (session.expiresAt.isValid()
                                       ? tr("Confirmed by the server; valid until %1 at the latest.")
                                             .arg(QLocale().toString(session.expiresAt.toLocalTime().date(), QLocale::ShortFormat))
                                       : tr("Confirmed by the server."))
                                : tr("Not confirmed yet: the server could not be reached, so ClipDesk works offline "
                                     "with the account remembered from last time."));
    // Paths get break opportunities after each '/', so that a long one wraps inside the card.
    QString breakable = m_storageExplanation;
    breakable.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
    m_storage->setText(m_storageExplanation.isEmpty() ? tr("Checking…") : m_fallback ? breakable : tr("The system keychain"));
    m_storage->setToolTip(m_storageExplanation);
}

} // namespace ClipDesk::Ui

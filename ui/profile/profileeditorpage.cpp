#include "profile/profileeditorpage.h"

#include "admin/pageheading.h"
#include "profile/avatarcropdialog.h"
#include "sync/imagestore.h"
#include "profile/colorswatcheditor.h"
#include "profile/linklisteditor.h"
#include "signin/messagebanner.h"
#include "sync/changeset.h"
#include "sync/clientcache.h"
#include "sync/mutationqueue.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ClipDesk::Ui {

namespace {

constexpr int AvatarSide = 96;

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

Domain::Profile profileFromRow(const QJsonObject &row, const Sync::Viewer &viewer)
{
    Domain::Profile profile;
    profile.userId = viewer.userId;
    profile.role = Domain::roleFromName(row.value(QStringLiteral("role")).toString()).value_or(viewer.role);
    profile.displayName = row.value(QStringLiteral("display_name")).toString();
    profile.bio = row.value(QStringLiteral("bio")).toString();
    profile.avatarSha256 = row.value(QStringLiteral("avatar")).toString();
    profile.socialLinks = stringList(row.value(QStringLiteral("social_links")));
    profile.companyName = row.value(QStringLiteral("company_name")).toString();
    profile.industry = row.value(QStringLiteral("industry")).toString();
    profile.brandColors = stringList(row.value(QStringLiteral("brand_colors")));
    profile.category = row.value(QStringLiteral("category")).toString();
    profile.niche = row.value(QStringLiteral("niche")).toString();
    profile.reach = qint64(row.value(QStringLiteral("reach")).toDouble());
    profile.portfolioLinks = stringList(row.value(QStringLiteral("portfolio_links")));
    profile.version = qint64(row.value(QStringLiteral("version")).toDouble());
    return profile;
}

QPixmap roundAvatar(const QImage &image, const QString &initials, const QColor &background)
{
    QPixmap pixmap(AvatarSide, AvatarSide);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, AvatarSide, AvatarSide));
    painter.setClipPath(circle);
    if (!image.isNull()) {
        painter.drawImage(QRectF(0, 0, AvatarSide, AvatarSide), image);
    } else {
        painter.fillRect(pixmap.rect(), background);
        QFont font = painter.font();
        font.setPixelSize(AvatarSide / 3);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(pixmap.rect(), Qt::AlignCenter, initials);
    }
    return pixmap;
}

} // namespace

ProfileEditorPage::ProfileEditorPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_avatar(new QLabel(this))
    , m_avatarState(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_bio(new QPlainTextEdit(this))
    , m_socialLinks(new LinkListEditor(tr("https://www.tiktok.com/@you"), this))
    , m_banner(new MessageBanner(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
{
    setObjectName(QStringLiteral("profileEditorPage"));
    auto *content = new QWidget;
    auto *form = new QVBoxLayout(content);
    form->setContentsMargins(12, 12, 12, 12);
    form->addWidget(new PageHeading(tr("Profile"), tr("How brands and clippers see you. Changes are saved locally and "
                                                      "sent with the next sync."), content));

    // Avatar
    auto *avatarRow = new QHBoxLayout;
    m_avatar->setFixedSize(AvatarSide, AvatarSide);
    m_avatar->setObjectName(QStringLiteral("avatar"));
    auto *changeAvatar = new QPushButton(tr("Change avatar…"), content);
    changeAvatar->setObjectName(QStringLiteral("changeAvatarButton"));
    changeAvatar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    changeAvatar->setToolTip(tr("Pick and crop a picture (%1)").arg(changeAvatar->shortcut().toString(QKeySequence::NativeText)));
    m_avatarState->setObjectName(QStringLiteral("avatarState"));
    m_avatarState->setForegroundRole(QPalette::PlaceholderText);
    m_avatarState->setWordWrap(true);
    auto *avatarSide = new QVBoxLayout;
    avatarSide->addStretch();
    avatarSide->addWidget(changeAvatar, 0, Qt::AlignLeft);
    avatarSide->addWidget(m_avatarState);
    avatarSide->addStretch();
    avatarRow->addWidget(m_avatar);
    avatarRow->addSpacing(12);
    avatarRow->addLayout(avatarSide, 1);
    form->addLayout(avatarRow);
    connect(changeAvatar, &QPushButton::clicked, this, &ProfileEditorPage::chooseAvatar);

    // Everyone
    auto *general = new QGroupBox(tr("About you"), content);
    auto *generalForm = new QFormLayout(general);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(Domain::ProfileRules::MaxDisplayNameLength);
    m_bio->setObjectName(QStringLiteral("bioEdit"));
    m_bio->setPlaceholderText(tr("A few sentences about you or your brand"));
    m_bio->setTabChangesFocus(true);
    m_bio->setFixedHeight(90);
    m_socialLinks->setObjectName(QStringLiteral("socialLinksEditor"));
    generalForm->addRow(tr("&Display name:"), m_displayName);
    generalForm->addRow(tr("&Bio:"), m_bio);
    generalForm->addRow(tr("&Social links:"), m_socialLinks);
    form->addWidget(general);

    // Role fields
    if (m_context.viewer.role == Domain::Role::Brand) {
        auto *brand = new QGroupBox(tr("Brand"), content);
        auto *brandForm = new QFormLayout(brand);
        m_company = new QLineEdit(brand);
        m_company->setObjectName(QStringLiteral("companyEdit"));
        m_industry = new QLineEdit(brand);
        m_industry->setObjectName(QStringLiteral("industryEdit"));
        m_colors = new ColorSwatchEditor(Domain::ProfileRules::MaxBrandColors, brand);
        m_colors->setObjectName(QStringLiteral("colorEditor"));
        brandForm->addRow(tr("&Company name:"), m_company);
        brandForm->addRow(tr("&Industry:"), m_industry);
        brandForm->addRow(tr("Brand colours:"), m_colors);
        form->addWidget(brand);
        connect(m_company, &QLineEdit::textChanged, this, &ProfileEditorPage::revalidate);
        connect(m_industry, &QLineEdit::textChanged, this, &ProfileEditorPage::revalidate);
        connect(m_colors, &ColorSwatchEditor::colorsChanged, this, &ProfileEditorPage::revalidate);
    } else if (m_context.viewer.role == Domain::Role::Clipper) {
        auto *clipper = new QGroupBox(tr("Clipper"), content);
        auto *clipperForm = new QFormLayout(clipper);
        m_category = new QComboBox(clipper);
        m_category->setObjectName(QStringLiteral("categoryCombo"));
        m_category->addItem(tr("(none)"), QString());
        for (const QString &category : Domain::ProfileRules::categories())
            m_category->addItem(category, category);
        m_niche = new QLineEdit(clipper);
        m_niche->setObjectName(QStringLiteral("nicheEdit"));
        m_niche->setPlaceholderText(tr("e.g. speedruns, street food"));
        m_reach = new QSpinBox(clipper);
        m_reach->setObjectName(QStringLiteral("reachEdit"));
        m_reach->setRange(0, std::numeric_limits<int>::max());
        m_reach->setGroupSeparatorShown(true);
        m_reach->setSuffix(tr(" followers"));
        m_reach->setAlignment(Qt::AlignRight);
        m_portfolio = new LinkListEditor(tr("https://… a clip you made"), clipper);
        m_portfolio->setObjectName(QStringLiteral("portfolioEditor"));
        clipperForm->addRow(tr("C&ategory:"), m_category);
        clipperForm->addRow(tr("&Niche:"), m_niche);
        clipperForm->addRow(tr("&Reach:"), m_reach);
        clipperForm->addRow(tr("&Portfolio links:"), m_portfolio);
        form->addWidget(clipper);
        connect(m_category, &QComboBox::currentIndexChanged, this, &ProfileEditorPage::revalidate);
        connect(m_niche, &QLineEdit::textChanged, this, &ProfileEditorPage::revalidate);
        connect(m_reach, &QSpinBox::valueChanged, this, &ProfileEditorPage::revalidate);
        connect(m_portfolio, &LinkListEditor::linksChanged, this, &ProfileEditorPage::revalidate);
    }
    form->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAlignment(Qt::AlignHCenter);
    content->setMaximumWidth(860);

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setToolTip(tr("Undo the unsaved changes"));
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 0, 12, 12);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(12, 0, 12, 0);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);
    layout->addLayout(buttons);

    connect(m_displayName, &QLineEdit::textChanged, this, &ProfileEditorPage::revalidate);
    connect(m_bio, &QPlainTextEdit::textChanged, this, &ProfileEditorPage::revalidate);
    connect(m_socialLinks, &LinkListEditor::linksChanged, this, &ProfileEditorPage::revalidate);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditorPage::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfileEditorPage::revert);
    connect(m_context.cache, &Sync::ClientCache::entitiesChanged, this, [this](const QStringList &entities) {
        if (entities.contains(Sync::Entity::Profile))
            load();
        else if (entities.contains(QLatin1String(Sync::ImageStore::Entity)))
            showAvatar();
    });
    load();
}

void ProfileEditorPage::load()
{
    const bool edited = m_loaded && !changes().isEmpty();
    auto row = m_context.cache->row(Sync::Entity::Profile, m_context.viewer.userId);
    if (!row) {
        m_banner->showMessage(MessageBanner::Kind::Error, row.error().message);
        return;
    }
    QJsonObject json = row->value_or(QJsonObject());
    m_original = profileFromRow(json, m_context.viewer);
    if (!row->has_value() && m_original.displayName.isEmpty())
        m_original.displayName = m_context.displayName;
    if (!edited)
        fillFields();
    m_loaded = true;
    showAvatar();
    revalidate();
}

void ProfileEditorPage::fillFields()
{
    const QSignalBlocker b1(m_displayName);
    const QSignalBlocker b2(m_bio);
    m_displayName->setText(m_original.displayName);
    m_bio->setPlainText(m_original.bio);
    m_socialLinks->setLinks(m_original.socialLinks);
    if (m_company) {
        const QSignalBlocker b3(m_company);
        const QSignalBlocker b4(m_industry);
        m_company->setText(m_original.companyName);
        m_industry->setText(m_original.industry);
        m_colors->setColors(m_original.brandColors);
    }
    if (m_category) {
        const QSignalBlocker b5(m_category);
        const QSignalBlocker b6(m_niche);
        const QSignalBlocker b7(m_reach);
        m_category->setCurrentIndex(qMax(0, m_category->findData(m_original.category)));
        m_niche->setText(m_original.niche);
        m_reach->setValue(int(qMin<qint64>(m_original.reach, std::numeric_limits<int>::max())));
        m_portfolio->setLinks(m_original.portfolioLinks);
    }
}

QJsonObject ProfileEditorPage::changes() const
{
    QJsonObject changed;
    const auto text = [&](const char *key, const QString &now, const QString &before) {
        if (now.trimmed() != before)
            changed.insert(QLatin1String(key), now.trimmed());
    };
    const auto list = [&](const char *key, const QStringList &now, const QStringList &before) {
        if (now != before)
            changed.insert(QLatin1String(key), QJsonArray::fromStringList(now));
    };
    text("display_name", m_displayName->text(), m_original.displayName);
    text("bio", m_bio->toPlainText(), m_original.bio);
    list("social_links", m_socialLinks->links(), m_original.socialLinks);
    if (m_company) {
        text("company_name", m_company->text(), m_original.companyName);
        text("industry", m_industry->text(), m_original.industry);
        list("brand_colors", m_colors->colors(), m_original.brandColors);
    }
    if (m_category) {
        text("category", m_category->currentData().toString(), m_original.category);
        text("niche", m_niche->text(), m_original.niche);
        if (m_reach->value() != m_original.reach)
            changed.insert(QStringLiteral("reach"), qint64(m_reach->value()));
        list("portfolio_links", m_portfolio->links(), m_original.portfolioLinks);
    }
    return changed;
}

void ProfileEditorPage::revalidate()
{
    const QJsonObject changed = changes();
    Domain::Profile candidate = m_original;
    const Status status = Domain::ProfileRules::applyUpdate(candidate, changed);
    m_validation = status ? QString() : status.error().message;
    if (!m_validation.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, m_validation);
    else if (m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->clear();
    m_save->setEnabled(m_validation.isEmpty() && !changed.isEmpty());
    m_revert->setEnabled(!changed.isEmpty());
}

void ProfileEditorPage::save()
{
    revalidate();
    const QJsonObject changed = changes();
    if (!m_validation.isEmpty() || changed.isEmpty())
        return;
    auto queued = m_context.mutations->submit(QStringLiteral("profile.update"), {{QStringLiteral("changes"), changed}},
                                              m_original.version);
    if (!queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, queued.error().message);
        return;
    }
    load();
    fillFields();
    revalidate();
    m_banner->showMessage(MessageBanner::Kind::Success, tr("Saved. Your changes are sent with the next sync."));
}

void ProfileEditorPage::revert()
{
    fillFields();
    revalidate();
    m_banner->clear();
}

void ProfileEditorPage::chooseAvatar()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an avatar"), {},
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        cropAvatarFrom(path);
}

void ProfileEditorPage::cropAvatarFrom(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_banner->showMessage(MessageBanner::Kind::Error,
                              tr("“%1” could not be read as an image: %2").arg(path, reader.errorString()));
        return;
    }
    auto *dialog = new AvatarCropDialog(image, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setPendingAvatar(dialog->croppedPng()); });
    dialog->open();
}

void ProfileEditorPage::setPendingAvatar(const QByteArray &png)
{
    if (auto queued = Sync::ImageStore(*m_context.cache).queueUpload(Sync::ImageSlot::Avatar, png); !queued) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The picture could not be saved: %1").arg(queued.error().message));
        return;
    }
    showAvatar();
    Q_EMIT avatarChosen(png);
}

void ProfileEditorPage::showAvatar()
{
    Sync::ImageStore store(*m_context.cache);
    auto pending = store.pending(Sync::ImageSlot::Avatar);
    m_pendingAvatar = pending && *pending ? (*pending)->png : QByteArray();
    m_avatarError = pending && *pending ? (*pending)->error : QString();
    QImage image;
    if (!m_pendingAvatar.isEmpty()) {
        image.loadFromData(m_pendingAvatar, "PNG");
    } else if (!m_original.avatarSha256.isEmpty()) {
        if (auto stored = store.image(m_original.avatarSha256); stored && *stored)
            image.loadFromData(**stored, "PNG");
    }
    QString initials;
    for (const QString &word : m_original.displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2))
        initials.append(word.at(0).toUpper());
    m_avatar->setPixmap(roundAvatar(image, initials, palette().color(QPalette::Highlight)));
    m_avatarState->setText(avatarStateText());
}

QString ProfileEditorPage::avatarStateText() const
{
    if (!m_avatarError.isEmpty())
        return tr("The server refused this picture: %1").arg(m_avatarError);
    if (!m_pendingAvatar.isEmpty())
        return tr("New picture pending upload");
    if (!m_original.avatarSha256.isEmpty())
        return tr("Your current picture is stored on the server");
    return tr("No picture yet");
}

} // namespace ClipDesk::Ui

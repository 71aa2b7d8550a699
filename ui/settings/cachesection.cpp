#include "cachesection.h"

#include "net/accountpaths.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QtConcurrent>

namespace ClipDesk::Ui {

CacheSection::CacheSection(QWidget *parent)
    : QGroupBox(parent)
    , m_locationLabel(new QLabel(this))
    , m_location(new QLineEdit(this))
    , m_openFolder(new QPushButton(this))
    , m_sizeCaption(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_clear(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("cacheGroup"));
    m_location->setObjectName(QStringLiteral("cacheLocationField"));
    m_location->setReadOnly(true);
    m_locationLabel->setBuddy(m_location);
    m_openFolder->setObjectName(QStringLiteral("openCacheFolderButton"));
    m_sizeLabel->setObjectName(QStringLiteral("cacheSizeLabel"));
    m_clear->setObjectName(QStringLiteral("clearCacheButton"));
    m_note->setObjectName(QStringLiteral("cacheNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->addWidget(m_locationLabel, 0, 0);
    grid->addWidget(m_location, 0, 1);
    grid->addWidget(m_openFolder, 0, 2);
    grid->addWidget(m_sizeCaption, 1, 0);
    grid->addWidget(m_sizeLabel, 1, 1);
    grid->addWidget(m_clear, 1, 2);
    grid->addWidget(m_note, 2, 1, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_cacheFile).absolutePath()));
    });
    connect(m_clear, &QPushButton::clicked, this, &CacheSection::clearCache);
    connect(&m_measure, &QFutureWatcher<qint64>::finished, this, [this] {
        if (m_measure.isCanceled())
            return;
        m_size = m_measure.result();
        updateSizeText();
        Q_EMIT sizeMeasured(m_size);
    });
    retranslate();
}

CacheSection::~CacheSection()
{
    m_measure.waitForFinished();
}

void CacheSection::setCacheFile(const QString &cacheFile)
{
    m_cacheFile = cacheFile;
    m_location->setText(QDir::toNativeSeparators(cacheFile));
    m_location->setCursorPosition(0);
    m_location->setToolTip(m_location->text());
    m_clearError.clear();
    refreshSize();
}

void CacheSection::refreshSize()
{
    m_size = -1;
    updateSizeText();
    if (m_cacheFile.isEmpty())
        return;
    const QString file = m_cacheFile;
    m_measure.setFuture(QtConcurrent::run([file] { return Net::AccountPaths::cacheSizeBytes(file); }));
}

void CacheSection::clearCache()
{
    if (m_cacheFile.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Clear Cache"),
        tr("Delete the local cache of this account?\n\nClipDesk downloads everything again from the server at the next sync. "
           "Changes that were not sent to the server yet are lost."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT aboutToClearCache(m_cacheFile);
    const Status removed = Net::AccountPaths::removeCacheFiles(m_cacheFile);
    m_clearError = removed ? QString() : removed.error().message;
    refreshSize();
    if (removed)
        Q_EMIT cacheCleared(m_cacheFile);
}

void CacheSection::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CacheSection::retranslate()
{
    setTitle(tr("Local cache"));
    m_locationLabel->setText(tr("Location"));
    m_openFolder->setText(tr("&Open Folder"));
    m_openFolder->setToolTip(tr("Show the folder with the cache in the file manager"));
    m_sizeCaption->setText(tr("Size"));
    m_clear->setText(tr("Clear &Cache…"));
    m_clear->setToolTip(tr("Delete this account's cache; it is downloaded again at the next sync"));
    updateSizeText();
}

void CacheSection::updateSizeText()
{
    const bool signedIn = !m_cacheFile.isEmpty();
    m_openFolder->setEnabled(signedIn && QFileInfo(QFileInfo(m_cacheFile).absolutePath()).isDir());
    m_clear->setEnabled(signedIn && m_size > 0);
    if (!signedIn) {
        m_location->setPlaceholderText(tr("Nobody is signed in"));
        m_sizeLabel->setText(QStringLiteral("—"));
        m_note->setText(tr("Each account keeps its own cache; sign in to see yours."));
        return;
    }
    if (m_size < 0)
        m_sizeLabel->setText(tr("Measuring…"));
    else if (m_size == 0)
        m_sizeLabel->setText(tr("Empty (nothing synced yet)"));
    else
        m_sizeLabel->setText(QLocale().formattedDataSize(m_size));
    m_note->setText(m_clearError.isEmpty() ? tr("The cache lets you work offline; it is rebuilt from the server when cleared.")
                                           : m_clearError);
}

} // namespace ClipDesk::Ui

// Profile pictures through the sync engine against the real server: a picture picked offline
// waits in the cache across a restart and is uploaded once the server is reachable; the
// server's copy comes back into the cache and the profile editor shows it; a picture the
// server refuses keeps its reason and does not block the others. Real caches, no mocks.

#include "profile/profileeditorpage.h"
#include "freeport.h"
#include "serverprocess.h"
#include "syncdevice.h"
#include "sync/changeset.h"
#include "sync/imagestore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

QByteArray pngOf(QColor color)
{
    QImage image(512, 512, QImage::Format_ARGB32);
    image.fill(color);
    QPainter(&image).fillRect(QRect(0, 0, 256, 256), Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString avatarOf(Sync::ClientCache &cache, const QString &userId)
{
    auto row = cache.row(Sync::Entity::Profile, userId);
    return row && *row ? (**row).value(QLatin1String("avatar")).toString() : QString();
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CLIPDESK_TEST_OUTPUT") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + u'/' + name));
}

} // namespace

class TestImageSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pictureQueuedOfflineIsUploadedAfterARestart();
    void refusedPictureKeepsItsReason();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

void TestImageSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dataDir = m_dir.filePath(QStringLiteral("server"));
    QVERIFY(QDir().mkpath(dataDir));
    m_server = std::make_unique<ServerProcess>(QStringList{}, dataDir);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestImageSync::pictureQueuedOfflineIsUploadedAfterARestart()
{
    TestApiClient api(m_server->baseUrl());
    const TestUser clipper = api.registerUser(QStringLiteral("clipper"), QStringLiteral("picture"));
    QVERIFY(clipper.isValid());
    const QString cacheFile = m_dir.filePath(QStringLiteral("picture-cache.db"));
    const QByteArray png = pngOf(Qt::darkGreen);

    // Offline (nothing listens on that port): the picture is queued and counted as pending.
    const QUrl unreachable(QStringLiteral("http://127.0.0.1:%1").arg(freeLoopbackPort()));
    {
        SyncDevice device(cacheFile, clipper, unreachable);
        QVERIFY(device.isValid());
        std::unique_ptr<Ui::ProfileEditorPage> page(new Ui::ProfileEditorPage(device.context()));
        page->setPendingAvatar(png);
        QCOMPARE(page->pendingAvatar(), png);
        QVERIFY(page->avatarStateText().contains(QStringLiteral("pending upload")));
        QTRY_COMPARE_WITH_TIMEOUT(device.engine().state(), Sync::SyncEngine::State::Offline, 15'000);
        QCOMPARE(device.pending(), 1);
    }
    // After a restart, with the server back: uploaded, and the server's copy downloaded.
    {
        SyncDevice device(cacheFile, clipper, m_server->baseUrl());
        QCOMPARE(device.pending(), 1);
        QVERIFY(device.waitUntilSynced(30'000));
        QTRY_VERIFY_WITH_TIMEOUT(!avatarOf(device.cache(), clipper.id).isEmpty(), 15'000);
        QCOMPARE(device.pending(), 0);
        Sync::ImageStore store(device.cache());
        auto pending = store.pending(Sync::ImageSlot::Avatar);
        QVERIFY(pending && !*pending);

        const QString sha256 = avatarOf(device.cache(), clipper.id);
        QTRY_VERIFY_WITH_TIMEOUT([&] { auto image = store.image(sha256); return image && *image; }(), 15'000);
        const QByteArray stored = **store.image(sha256);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(stored, QCryptographicHash::Sha256).toHex()), sha256);
        QImage decoded;
        QVERIFY(decoded.loadFromData(stored));
        QCOMPARE(QColor(decoded.pixel(400, 400)), QColor(Qt::darkGreen));

        std::unique_ptr<Ui::ProfileEditorPage> page(new Ui::ProfileEditorPage(device.context()));
        page->resize(1000, 700);
        QVERIFY(page->pendingAvatar().isEmpty());
        QCOMPARE(page->avatarStateText(), QStringLiteral("Your current picture is stored on the server"));
        const QImage shown = page->avatarLabel()->pixmap().toImage();
        QCOMPARE(QColor(shown.pixel(shown.width() * 3 / 4, shown.height() * 3 / 4)), QColor(Qt::darkGreen));
        saveScreenshot(*page, QStringLiteral("profile-avatar-synced.png"));
    }
}

void TestImageSync::refusedPictureKeepsItsReason()
{
    TestApiClient api(m_server->baseUrl());
    const TestUser brand = api.registerUser(QStringLiteral("brand"), QStringLiteral("badpicture"));
    QVERIFY(brand.isValid());
    SyncDevice device(m_dir.filePath(QStringLiteral("bad-picture-cache.db")), brand, m_server->baseUrl());
    QVERIFY(device.waitUntilSynced());

    Sync::ImageStore store(device.cache());
    const QByteArray garbage("this is not an image at all");
    QVERIFY(store.queueUpload(Sync::ImageSlot::Avatar, garbage));
    const QByteArray logo = pngOf(Qt::darkBlue);
    QVERIFY(store.queueUpload(Sync::ImageSlot::Logo, logo));
    QTRY_VERIFY_WITH_TIMEOUT([&] { auto p = store.pending(Sync::ImageSlot::Avatar); return p && *p && !(*p)->error.isEmpty(); }(), 20'000);
    // The logo went through regardless, and the refused avatar is not counted as pending.
    QTRY_VERIFY_WITH_TIMEOUT([&] { auto p = store.pending(Sync::ImageSlot::Logo); return p && !*p; }(), 20'000);
    QVERIFY(device.waitUntilSynced());
    QCOMPARE(device.pending(), 0);
    auto row = device.cache().row(Sync::Entity::Profile, brand.id);
    QVERIFY(row && *row);
    QCOMPARE((**row).value(QLatin1String("logo")).toString().size(), 64);
    QVERIFY((**row).value(QLatin1String("avatar")).toString().isEmpty());

    std::unique_ptr<Ui::ProfileEditorPage> page(new Ui::ProfileEditorPage(device.context()));
    page->resize(1000, 700);
    QVERIFY2(page->avatarStateText().startsWith(QStringLiteral("The server refused this picture:")), qPrintable(page->avatarStateText()));
    saveScreenshot(*page, QStringLiteral("profile-avatar-refused.png"));
}

QTEST_MAIN(TestImageSync)
#include "tst_imagesync.moc"

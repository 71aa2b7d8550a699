// Profiles against the real server binary, on SQLite and PostgreSQL: reading and editing with
// role rules and versions, avatar and logo uploads, and serving stored images.
#include "backendfixture.h"
#include "jsonapiclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QPainter>
#include <QTest>

using namespace ClipDesk;
using namespace ClipDesk::Testing;

namespace {

const QString Password = QStringLiteral("correct horse battery staple");

QString uniqueName(const QString &prefix)
{
    static int counter = 0;
    return prefix + QString::number(++counter) + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
}

QByteArray encodedImage(int width, int height, const char *format, const QString &text = {})
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 90));
    {
        QPainter painter(&image);
        painter.fillRect(0, 0, width / 2, height / 2, Qt::blue);
    }
    if (!text.isEmpty())
        image.setText(QStringLiteral("Comment"), text); // metadata that must not survive
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QJsonObject profileOf(const ApiReply &reply)
{
    return reply.json().value(QStringLiteral("profile")).toObject();
}

} // namespace

#define SHARED_SERVER(name)                                                                                          \
    QFETCH(QString, backend);                                                                                        \
    BackendFixture::Server *name = m_fixture.shared(backend);                                                        \
    QVERIFY2(name, qPrintable(m_fixture.errorString()));                                                             \
    JsonApiClient &api = *name->client

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAndEdit_data() { BackendFixture::addBackendColumn(); }
    void readAndEdit()
    {
        SHARED_SERVER(server);
        const QString name = uniqueName(QStringLiteral("Clip"));
        const QString token = api.registerAndLogin(name, Password, QStringLiteral("clipper"));
        QVERIFY(!token.isEmpty());

        QCOMPARE(api.get(QStringLiteral("/api/v1/profile")).status, 401);
        const ApiReply mine = api.get(QStringLiteral("/api/v1/profile"), token);
        QCOMPARE(mine.status, 200);
        QJsonObject profile = profileOf(mine);
        QCOMPARE(profile.value(QStringLiteral("display_name")).toString(), name);
        QCOMPARE(profile.value(QStringLiteral("role")).toString(), QStringLiteral("clipper"));
        QCOMPARE(profile.value(QStringLiteral("version")).toInteger(), 1);

        const ApiReply edited = api.patch(QStringLiteral("/api/v1/profile"),
                                          {{QStringLiteral("display_name"), QStringLiteral("Clip Master")},
                                           {QStringLiteral("reach"), 125000},
                                           {QStringLiteral("category"), QStringLiteral("gaming")},
                                           {QStringLiteral("portfolio_links"), QJsonArray{QStringLiteral("https://example.com/reel")}},
                                           {QStringLiteral("base_version"), 1}},
                                          token);
        QCOMPARE(edited.status, 200);
        profile = profileOf(edited);
        QCOMPARE(profile.value(QStringLiteral("display_name")).toString(), QStringLiteral("Clip Master"));
        QCOMPARE(profile.value(QStringLiteral("reach")).toInteger(), 125000);
        QCOMPARE(profile.value(QStringLiteral("version")).toInteger(), 2);
        QCOMPARE(profileOf(api.get(QStringLiteral("/api/v1/profile"), token)), profile);
        QCOMPARE(api.get(QStringLiteral("/api/v1/auth/me"), token).json().value(QStringLiteral("user")).toObject()
                     .value(QStringLiteral("display_name")).toString(), QStringLiteral("Clip Master"));

        // Fields of the other role, unknown fields and bad values change nothing.
        for (const QJsonObject &bad : {QJsonObject{{QStringLiteral("company_name"), QStringLiteral("Acme")}},
                                       QJsonObject{{QStringLiteral("is_admin"), true}},
                                       QJsonObject{{QStringLiteral("reach"), -5}},
                                       QJsonObject{{QStringLiteral("bio"), QStringLiteral("fine")}, {QStringLiteral("category"), QStringLiteral("nope")}}}) {
            const ApiReply refused = api.patch(QStringLiteral("/api/v1/profile"), bad, token);
            QCOMPARE(refused.status, 400);
        }
        QCOMPARE(profileOf(api.get(QStringLiteral("/api/v1/profile"), token)), profile);

        // A stale base version is a conflict that shows the current profile.
        const ApiReply stale = api.patch(QStringLiteral("/api/v1/profile"),
                                         {{QStringLiteral("bio"), QStringLiteral("late edit")}, {QStringLiteral("base_version"), 1}}, token);
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), QStringLiteral("conflict"));
        QCOMPARE(stale.json().value(QStringLiteral("current")).toObject(), profile);

        // Brands have their own fields.
        const QString brandName = uniqueName(QStringLiteral("Brand"));
        const QString brand = api.registerAndLogin(brandName, Password, QStringLiteral("brand"));
        QVERIFY(!brand.isEmpty());
        QCOMPARE(api.patch(QStringLiteral("/api/v1/profile"), {{QStringLiteral("reach"), 10}}, brand).status, 400);
        const ApiReply brandEdit = api.patch(QStringLiteral("/api/v1/profile"),
                                             {{QStringLiteral("company_name"), QStringLiteral("Acme")},
                                              {QStringLiteral("brand_colors"), QJsonArray{QStringLiteral("#FF0000")}}}, brand);
        QCOMPARE(brandEdit.status, 200);
        QCOMPARE(profileOf(brandEdit).value(QStringLiteral("company_name")).toString(), QStringLiteral("Acme"));

        // Anyone signed in can read anyone's profile, but only write their own.
        const QString clipperId = profile.value(QStringLiteral("user_id")).toString();
        const ApiReply other = api.get(QStringLiteral("/api/v1/users/%1/profile").arg(clipperId), brand);
        QCOMPARE(other.status, 200);
        QCOMPARE(profileOf(other), profile);
        QCOMPARE(api.get(QStringLiteral("/api/v1/users/%1/profile").arg(clipperId)).status, 401);
        QCOMPARE(api.get(QStringLiteral("/api/v1/users/no-such-user/profile"), brand).status, 404);
        QCOMPARE(api.send({QByteArrayLiteral("PATCH"), QStringLiteral("/api/v1/users/%1/profile").arg(clipperId),
                           QByteArrayLiteral(R"({"bio":"hacked"})"), brand}).status, 405);
        QCOMPARE(profileOf(api.get(QStringLiteral("/api/v1/profile"), token)), profile);
    }

    void avatarsAndLogos_data() { BackendFixture::addBackendColumn(); }
    void avatarsAndLogos()
    {
        SHARED_SERVER(server);
        const QString clipper = api.registerAndLogin(uniqueName(QStringLiteral("Face")), Password, QStringLiteral("clipper"));
        const QString brand = api.registerAndLogin(uniqueName(QStringLiteral("Logo")), Password, QStringLiteral("brand"));
        QVERIFY(!clipper.isEmpty() && !brand.isEmpty());
        const QJsonObject before = profileOf(api.get(QStringLiteral("/api/v1/profile"), clipper));

        // Garbage and non-images change nothing.
        const ApiReply garbage = api.put(QStringLiteral("/api/v1/profile/avatar"), QByteArray(4096, 'x'), "image/png", clipper);
        QVERIFY2(garbage.status == 400 || garbage.status == 415, garbage.body.constData());
        QByteArray truncated = encodedImage(64, 64, "PNG");
        truncated.truncate(truncated.size() / 2);
        const ApiReply broken = api.put(QStringLiteral("/api/v1/profile/avatar"), truncated, "image/png", clipper);
        QVERIFY2(broken.status == 400 || broken.status == 415, broken.body.constData());
        const ApiReply huge = api.put(QStringLiteral("/api/v1/profile/avatar"), encodedImage(4097, 8, "PNG"), "image/png", clipper);
        QCOMPARE(huge.status, 400);
        QCOMPARE(profileOf(api.get(QStringLiteral("/api/v1/profile"), clipper)), before);

        // A large JPEG with metadata becomes a clean PNG of at most 512 px.
        const ApiReply uploaded = api.put(QStringLiteral("/api/v1/profile/avatar"),
                                          encodedImage(1600, 900, "JPEG", QStringLiteral("secret gps data")), "image/jpeg", clipper);
        QCOMPARE(uploaded.status, 200);
        const QJsonObject after = profileOf(uploaded);
        const QString sha = after.value(QStringLiteral("avatar")).toString();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(after.value(QStringLiteral("version")).toInteger(), before.value(QStringLiteral("version")).toInteger() + 1);

        const ApiReply media = api.get(QStringLiteral("/api/v1/media/") + sha, brand);
        QCOMPARE(media.status, 200);
        QCOMPARE(media.header("Content-Type"), QByteArrayLiteral("image/png"));
        QCOMPARE(media.header("ETag"), '"' + sha.toLatin1() + '"');
        QVERIFY(media.header("Cache-Control").contains("max-age"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(media.body, QCryptographicHash::Sha256).toHex()), sha);
        QVERIFY(!media.body.contains("secret gps data"));
        QImage served;
        QVERIFY(served.loadFromData(media.body, "PNG"));
        QCOMPARE(served.width(), 512);
        QCOMPARE(served.height(), 288);
        QVERIFY(served.text().isEmpty());
        QVERIFY(QFile::exists(QDir(server->process->dataDir()).filePath(QStringLiteral("media/%1/%2").arg(sha.left(2), sha))));

        QCOMPARE(api.get(QStringLiteral("/api/v1/media/") + sha).status, 401);
        QCOMPARE(api.get(QStringLiteral("/api/v1/media/") + QString(64, u'0'), brand).status, 404);
        QCOMPARE(api.get(QStringLiteral("/api/v1/media/..%2F..%2Fclipdesk.db"), brand).status, 404);

        // Logos are for brands.
        const ApiReply clipperLogo = api.put(QStringLiteral("/api/v1/profile/logo"), encodedImage(64, 64, "PNG"), "image/png", clipper);
        QCOMPARE(clipperLogo.status, 403);
        const ApiReply brandLogo = api.put(QStringLiteral("/api/v1/profile/logo"), encodedImage(300, 200, "PNG"), "image/png", brand);
        QCOMPARE(brandLogo.status, 200);
        const QString logo = profileOf(brandLogo).value(QStringLiteral("logo")).toString();
        QCOMPARE(logo.size(), 64);
        QImage logoImage;
        QVERIFY(logoImage.loadFromData(api.get(QStringLiteral("/api/v1/media/") + logo, clipper).body, "PNG"));
        QCOMPARE(logoImage.size(), QSize(300, 200)); // small images keep their size
    }

private:
    BackendFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"

#include "testapiclient.h"

#include "serverprocess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace ClipDesk::Testing {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString uniqueUsername(const QString &name)
{
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return name.left(20) + u'-' + suffix;
}

} // namespace

QString TestApiReply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString TestApiReply::errorMessage() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

QByteArray TestApiReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestApiClient::TestApiClient(QUrl baseUrl)
    : m_base(std::move(baseUrl))
{
}

TestApiClient::~TestApiClient() = default;

QNetworkReply *TestApiClient::start(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return m_network.sendCustomRequest(request, method, body);
}

bool TestApiClient::waitForAll(const QList<QNetworkReply *> &replies, int timeoutMs)
{
    const auto allFinished = [&replies] {
        return std::all_of(replies.cbegin(), replies.cend(), [](const QNetworkReply *reply) { return reply->isFinished(); });
    };
    if (allFinished())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (QNetworkReply *reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop, &allFinished] {
            if (allFinished())
                loop.quit();
        });
    }
    timer.start(timeoutMs);
    loop.exec();
    return allFinished();
}

TestApiReply TestApiClient::take(QNetworkReply *reply)
{
    TestApiReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.networkError = QStringLiteral("no reply before the timeout");
    } else {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            out.headers.append({pair.first.toLower(), pair.second});
        out.json = QJsonDocument::fromJson(out.body).object();
        if (reply->error() != QNetworkReply::NoError && out.status == 0)
            out.networkError = reply->errorString();
    }
    reply->deleteLater();
    return out;
}

TestApiReply TestApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    QNetworkReply *reply = start(method, path, body, token);
    waitForAll({reply}, m_timeoutMs + 5'000);
    return take(reply);
}

TestApiReply TestApiClient::get(const QString &path, const QString &token)
{
    return send(QByteArrayLiteral("GET"), path, {}, token);
}

TestApiReply TestApiClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return send(QByteArrayLiteral("POST"), path, compact(body), token);
}

TestApiReply TestApiClient::patch(const QString &path, const QJsonObject &body, const QString &token)
{
    return send(QByteArrayLiteral("PATCH"), path, compact(body), token);
}

TestApiReply TestApiClient::put(const QString &path, const QJsonObject &body, const QString &token)
{
    return send(QByteArrayLiteral("PUT"), path, compact(body), token);
}

TestApiReply TestApiClient::del(const QString &path, const QString &token)
{
    return send(QByteArrayLiteral("DELETE"), path, {}, token);
}

TestUser TestApiClient::login(const QString &loginName, const QString &password)
{
    const TestApiReply reply = post(QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("login"), loginName}, {QStringLiteral("password"), password}});
    if (reply.status != 200) {
        qWarning() << "login of" << loginName << "failed:" << reply.status << reply.body << reply.networkError;
        return {};
    }
    const QJsonObject user = reply.json.value(QStringLiteral("user")).toObject();
    TestUser result;
    result.id = user.value(QStringLiteral("id")).toString();
    result.username = user.value(QStringLiteral("username")).toString();
    result.email = user.value(QStringLiteral("email")).toString();
    result.role = user.value(QStringLiteral("role")).toString();
    result.token = reply.json.value(QStringLiteral("token")).toString();
    result.password = password;
    return result;
}

TestUser TestApiClient::registerUser(const QString &role, const QString &name)
{
    const QString username = uniqueUsername(name);
    const QString email = username.toLower() + QStringLiteral("@example.com");
    const TestApiReply reply = post(QStringLiteral("/api/v1/auth/register"),
                                    {{QStringLiteral("email"), email},
                                     {QStringLiteral("username"), username},
                                     {QStringLiteral("password"), DefaultPassword},
                                     {QStringLiteral("role"), role}});
    if (reply.status != 201) {
        qWarning() << "registering" << username << "failed:" << reply.status << reply.body << reply.networkError;
        return {};
    }
    return login(username, DefaultPassword);
}

bool TestApiClient::createAdminAccount(const QString &dataDir, const QString &dbArg, const QString &email,
                                       const QString &username, const QString &password, QString *error)
{
    const QString binary = qEnvironmentVariable("CLIPDESK_SERVER_BINARY");
    QStringList arguments = {QStringLiteral("admin"), QStringLiteral("create"), QStringLiteral("--email"), email,
                             QStringLiteral("--username"), username, QStringLiteral("--data-dir"), dataDir};
    if (!dbArg.isEmpty())
        arguments << QStringLiteral("--db") << dbArg;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary, arguments);
    if (!process.waitForStarted(10'000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(binary, process.errorString());
        return false;
    }
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(60'000);
    if (!finished)
        process.kill();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("admin create failed (exit %1): %2")
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

TestUser TestApiClient::createAdmin(const ServerProcess &server, const QString &dbArg, const QString &name)
{
    const QString username = uniqueUsername(name);
    const QString email = username.toLower() + QStringLiteral("@example.com");
    QString error;
    if (!createAdminAccount(server.dataDir(), dbArg, email, username, DefaultPassword, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    return login(username, DefaultPassword);
}

QNetworkReply *TestApiClient::startPush(const QString &token, const QString &clientId, const QJsonArray &mutations)
{
    const QJsonObject body{{QStringLiteral("client_id"), clientId}, {QStringLiteral("mutations"), mutations}};
    return start(QByteArrayLiteral("POST"), PushPath, compact(body), token);
}

PushOutcome TestApiClient::pushOutcome(const TestApiReply &reply)
{
    PushOutcome outcome;
    outcome.reply = reply;
    if (reply.status == 200)
        outcome.results = reply.json.value(QStringLiteral("results")).toArray();
    return outcome;
}

PushOutcome TestApiClient::push(const QString &token, const QString &clientId, const QJsonArray &mutations)
{
    QNetworkReply *reply = startPush(token, clientId, mutations);
    waitForAll({reply}, m_timeoutMs + 5'000);
    return pushOutcome(take(reply));
}

QString TestApiClient::pullPath(qint64 cursor, int limit)
{
    QString path = QStringLiteral("/api/v1/sync/pull?cursor=%1").arg(cursor);
    if (limit > 0)
        path += QStringLiteral("&limit=%1").arg(limit);
    return path;
}

QNetworkReply *TestApiClient::startPull(const QString &token, qint64 cursor, int limit)
{
    return start(QByteArrayLiteral("GET"), pullPath(cursor, limit), {}, token);
}

TestApiReply TestApiClient::pullPage(const QString &token, qint64 cursor, int limit)
{
    return get(pullPath(cursor, limit), token);
}

bool TestApiClient::pullInto(const QString &token, PulledState &state, int limit)
{
    constexpr int MaxPages = 100'000;
    for (int page = 0; page < MaxPages; ++page) {
        const TestApiReply reply = pullPage(token, state.cursor(), limit);
        if (reply.status != 200) {
            state.addProblem(QStringLiteral("pull from cursor %1 failed: HTTP %2 %3 %4")
                                 .arg(state.cursor())
                                 .arg(reply.status)
                                 .arg(QString::fromUtf8(reply.body.left(300)), reply.networkError));
            return false;
        }
        bool hasMore = false;
        if (!state.apply(reply.json, &hasMore))
            return false;
        if (!hasMore)
            return true;
    }
    state.addProblem(QStringLiteral("has_more never became false"));
    return false;
}

PulledState TestApiClient::pullAll(const QString &token, qint64 cursor, int limit)
{
    PulledState state;
    state.setCursor(cursor);
    pullInto(token, state, limit);
    return state;
}

QJsonObject TestApiClient::mutation(const QString &name, const QJsonObject &args, qint64 baseVersion)
{
    return QJsonObject{{QStringLiteral("id"), newId()},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("args"), args},
                       {QStringLiteral("base_version"), baseVersion}};
}

QString TestApiClient::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ClipDesk::Testing

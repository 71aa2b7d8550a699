#include "serverconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ClipDesk::Server {

namespace {

Error invalid(const QString &message)
{
    return Error{QString::fromLatin1(ErrorCode::InvalidArgument), message};
}

// Reads a positive integer setting if present; keeps `target` otherwise.
template<typename Number>
Status readPositive(const QJsonObject &object, const char *key, Number &target)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number <= 0 || number != qint64(number))
        return std::unexpected(invalid(ServerConfig::tr("\"%1\" must be a positive whole number.").arg(QLatin1String(key))));
    target = Number(number);
    return {};
}

Status readString(const QJsonObject &object, const char *key, QString &target)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    if (!value.isString())
        return std::unexpected(invalid(ServerConfig::tr("\"%1\" must be a string.").arg(QLatin1String(key))));
    target = value.toString();
    return {};
}

} // namespace

Result<std::pair<QHostAddress, quint16>> ServerConfig::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::unexpected(invalid(tr("--listen takes HOST:PORT, for example 127.0.0.1:8470.")));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::unexpected(invalid(tr("\"%1\" is not a valid port.").arg(text.mid(colon + 1))));
    QHostAddress address;
    if (host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::unexpected(invalid(tr("\"%1\" is not an IP address.").arg(host)));
    return std::pair{address, quint16(port)};
}

Result<ServerConfig> ServerConfig::fromJson(const QJsonObject &json, ServerConfig config)
{
    static const QStringList known = {QStringLiteral("listen"),   QStringLiteral("data_dir"),
                                      QStringLiteral("db"),       QStringLiteral("tls_cert"),
                                      QStringLiteral("tls_key"),  QStringLiteral("public_url"),
                                      QStringLiteral("http"),     QStringLiteral("auth"),
                                      QStringLiteral("smtp"),     QStringLiteral("uploads")};
    for (const QString &key : json.keys()) {
        if (!known.contains(key))
            return std::unexpected(invalid(tr("Unknown setting \"%1\" in the config file.").arg(key)));
    }

    QString listen;
    Status status = firstFailure({
        [&] { return readString(json, "listen", listen); },
        [&] { return readString(json, "data_dir", config.dataDir); },
        [&] { return readString(json, "db", config.database); },
        [&] { return readString(json, "tls_cert", config.tlsCertificatePath); },
        [&] { return readString(json, "tls_key", config.tlsKeyPath); },
        [&] { return readString(json, "public_url", config.publicUrl); },
    });
    if (!status)
        return std::unexpected(status.error());
    if (!listen.isEmpty()) {
        auto parsed = parseListen(listen);
        if (!parsed)
            return std::unexpected(parsed.error());
        std::tie(config.listenAddress, config.listenPort) = *parsed;
    }

    const QJsonObject http = json.value(QStringLiteral("http")).toObject();
    status = firstFailure({
        [&] { return readPositive(http, "max_header_bytes", config.http.maxHeaderBytes); },
        [&] { return readPositive(http, "idle_timeout_ms", config.http.idleTimeoutMs); },
        [&] { return readPositive(http, "body_idle_timeout_ms", config.http.bodyIdleTimeoutMs); },
        [&] { return readPositive(http, "max_connections", config.http.maxConnections); },
        [&] { return readPositive(http, "max_ws_message_bytes", config.http.maxWebSocketMessageBytes); },
        [&] { return readPositive(http, "ws_handshake_timeout_ms", config.http.webSocketHandshakeTimeoutMs); },
    });
    if (!status)
        return std::unexpected(status.error());

    config.auth = json.value(QStringLiteral("auth")).toObject();
    config.smtp = json.value(QStringLiteral("smtp")).toObject();
    config.uploads = json.value(QStringLiteral("uploads")).toObject();
    return config;
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The ClipDesk server: REST API, sync and WebSocket on one port."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), tr("Address and port to listen on (default 127.0.0.1:8470)."), tr("HOST:PORT"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), tr("Directory for the database and media."), tr("DIR"));
    const QCommandLineOption db(QStringLiteral("db"), tr("\"sqlite\" (default, in the data directory) or postgresql://user:password@host:port/db."), tr("DB"));
    const QCommandLineOption config(QStringLiteral("config"), tr("JSON config file."), tr("FILE"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), tr("PEM certificate chain for TLS."), tr("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), tr("PEM private key for TLS."), tr("FILE"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Fill an empty database with the demo world (brands, campaigns, clippers, offers)."));
    parser.addOptions({listen, dataDir, db, config, tlsCert, tlsKey, demo});
    if (!parser.parse(arguments))
        return std::unexpected(invalid(parser.errorText()));
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        return std::unexpected(Error{QStringLiteral("help"), parser.isSet(QStringLiteral("help")) ? parser.helpText()
                                     : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()});
    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(invalid(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst())));

    ServerConfig result;
    if (parser.isSet(config)) {
        QFile file(parser.value(config));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(invalid(tr("Cannot read the config file %1: %2").arg(file.fileName(), file.errorString())));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject())
            return std::unexpected(invalid(tr("The config file %1 is not a JSON object: %2").arg(file.fileName(), error.errorString())));
        auto parsed = fromJson(document.object(), result);
        if (!parsed)
            return parsed;
        result = *parsed;
    }
    if (parser.isSet(listen)) {
        auto parsed = parseListen(parser.value(listen));
        if (!parsed)
            return std::unexpected(parsed.error());
        std::tie(result.listenAddress, result.listenPort) = *parsed;
    }
    if (parser.isSet(dataDir))
        result.dataDir = parser.value(dataDir);
    if (parser.isSet(db))
        result.database = parser.value(db);
    if (parser.isSet(tlsCert))
        result.tlsCertificatePath = parser.value(tlsCert);
    if (parser.isSet(tlsKey))
        result.tlsKeyPath = parser.value(tlsKey);
    result.demo = parser.isSet(demo);

    if (result.dataDir.isEmpty())
        result.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    result.dataDir = QDir(result.dataDir).absolutePath();
    if (result.tlsCertificatePath.isEmpty() != result.tlsKeyPath.isEmpty())
        return std::unexpected(invalid(tr("TLS needs both --tls-cert and --tls-key.")));
    if (result.publicUrl.isEmpty())
        result.publicUrl = result.listenUrl();
    return result;
}

QString ServerConfig::listenUrl() const
{
    const QString scheme = tlsCertificatePath.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    QString host = listenAddress.toString();
    if (listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return scheme + u"://" + host + u':' + QString::number(listenPort);
}

} // namespace ClipDesk::Server

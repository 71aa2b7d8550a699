#pragma once

#include "domain/error.h"
#include "http/httpserver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ClipDesk::Server {

// Everything `clipdesk-server` needs to run. Read from an optional JSON config file
// (`--config FILE`), then overridden by command-line flags.
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8470;
    QString dataDir;
    QString database = QStringLiteral("sqlite");
    QString tlsCertificatePath;
    QString tlsKeyPath;
    QString publicUrl; // how clients reach us, for links in emails; defaults to the listen URL
    HttpLimits http;
    QJsonObject auth;  // read by the accounts module
    QJsonObject smtp;  // read by the accounts module
    QJsonObject uploads; // read by the uploads module (UploadSettings)
    bool demo = false; // seed the demo world into an empty database (`--demo`)

    // Parses `--listen`, `--data-dir`, `--db`, `--config`, `--tls-cert`, `--tls-key`, `--demo`.
    static Result<ServerConfig> fromArguments(const QStringList &arguments);
    static Result<ServerConfig> fromJson(const QJsonObject &json, ServerConfig base);
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

    QString listenUrl() const;
};

} // namespace ClipDesk::Server

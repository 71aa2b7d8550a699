#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ClipDesk::Ui {

// What the app currently knows about its server, as shown to the user.
struct ServerStatus
{
    enum class Kind {
        Unknown,     // no server address yet
        Starting,    // the bundled demo server is starting
        Checking,    // first health check in flight
        Connected,   // the health check succeeded
        Unreachable, // the health check or the bundled server failed
    };

    Kind kind = Kind::Unknown;
    QUrl address;
    QString serverVersion; // set when connected
    QString text;          // one translated sentence for the user

    friend bool operator==(const ServerStatus &, const ServerStatus &) = default;
};

} // namespace ClipDesk::Ui

Q_DECLARE_METATYPE(ClipDesk::Ui::ServerStatus)

#pragma once

#include "serverstatus.h"

#include <QColor>

namespace ClipDesk::Ui {

// The colour of the status dot for each server state (green, amber, red, grey).
inline QColor statusColor(ServerStatus::Kind kind)
{
    switch (kind) {
    case ServerStatus::Kind::Connected:
        return QColor(0x2e, 0x9e, 0x5b);
    case ServerStatus::Kind::Starting:
    case ServerStatus::Kind::Checking:
        return QColor(0xd9, 0xa2, 0x1b);
    case ServerStatus::Kind::Unreachable:
        return QColor(0xd6, 0x45, 0x45);
    case ServerStatus::Kind::Unknown:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

} // namespace ClipDesk::Ui

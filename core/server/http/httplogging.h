#pragma once

#include <QLoggingCategory>

namespace ClipDesk::Server {
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
}

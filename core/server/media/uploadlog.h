#pragma once

#include <QLoggingCategory>

namespace ClipDesk::Server {

// The logging category of uploads and served media ("clipdesk.uploads").
Q_DECLARE_LOGGING_CATEGORY(lcUploads)

} // namespace ClipDesk::Server

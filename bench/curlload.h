#pragma once

#include "httploadclient.h"

#include <QUrl>

#include <chrono>

namespace ClipDesk::Bench {

// curl's own numbers for the same GETs: one `curl --parallel` process fetching a URL list
// over at most `parallel` reused connections. Sized to take about `duration`.
LoadResult runCurl(const QUrl &url, int parallel, std::chrono::milliseconds duration);
QString curlVersion();

} // namespace ClipDesk::Bench
